"""Round BF: selling and giving away one's things for where one is going, pills saved to take together, and "won't
be a problem for you much longer" are crises; "no point going out in this rain", "look like death warmed over",
"gave my mom a heart attack" and the last dose of a finished taper are not; an amount restated after "=" is one."""

import pytest

from tests.replies.readings import doses, read


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("vendí mi carro y regalé mi ropa, no me va a hacer falta nada a donde voy. 1 cerveza", "es"),
        ("junté las pastillas para dormir de todo el mes para tomármelas juntas", "es"),
        ("she keeps saying she won't be a burden to us much longer. 2 glasses of wine", "en"),
    ],
)  # fmt: skip
def test_these_are_crises(text, lang):
    assert read(text, lang=lang)["intent"] == "crisis"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("no point going out in this snow, stayed home. 1 beer", "en"),
        ("felt like death warmed over this morning, 2 beers last night", "en"),
        ("nearly gave my dad a heart attack with the news lol. 0 drinks", "en"),
        ("mi última pastilla de lorazepam! terminé la reducción. nada de alcohol", "es"),
        ("the leak won't be a problem for us anymore, 1 beer", "en"),
    ],
)  # fmt: skip
def test_these_are_not(text, lang):
    assert read(text, lang=lang)["intent"] != "crisis"


def test_an_amount_restated_after_equals_is_the_same_amount():
    assert doses("tapering the klonopin, 2 tabs of 0.25 = 0.5mg") == [("clonazepam", 0.5, 2)]


def test_being_late_for_a_boss_who_will_kill_you_is_no_request():
    assert read("mi jefe me va a matar si llego tarde jaja. 1 cerveza", lang="es")["intent"] == "report"
