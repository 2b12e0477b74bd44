"""Two preparations together, or a goodbye message and no answer since, are a crisis where either alone is an
errand; all of the pills named, taken as a plan, is a crisis; a bridge crossed in traffic, a meme that "had me
dead" and a phone thrown in jest are not; a drug named with no amount beside a none is what the none is about."""

import pytest

from tests.replies.readings import read


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("0 drinks. updated my life insurance and said goodbye to my brother", "en"),
        ("my dad sent us a goodbye text and isnt picking up", "en"),
        ("2 cervezas. ya arreglé mis papeles y le dejé una carta a mi hija", "es"),
        ("mi mamá mandó un mensaje de despedida y no contesta", "es"),
    ],
)  # fmt: skip
def test_two_preparations_or_a_goodbye_and_silence_are_a_crisis(text, lang):
    assert read(text, lang=lang)["intent"] == "crisis"


@pytest.mark.parametrize(
    ("text", "lang"),
    [("said goodbye to my cousin at the airport, 2 beers", "en"), ("dejé una nota para la niñera, 1 copa", "es")],
)
def test_one_preparation_alone_is_an_errand(text, lang):
    assert read(text, lang=lang)["intent"] != "crisis"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("got 40 restoril in the drawer, gonna take them all", "en"),
        ("tengo mis clonazepam guardados, me los voy a tomar todos", "es"),
    ],
)  # fmt: skip
def test_taking_all_of_the_pills_named_is_a_crisis(text, lang):
    assert read(text, lang=lang)["intent"] == "crisis"


def test_all_of_the_pills_taken_in_the_past_as_prescribed_is_a_report():
    assert read("had 2 ativan left and took them all as prescribed")["intent"] == "report"


@pytest.mark.parametrize(
    ("text", "lang", "drinks"),
    [
        ("your last text had me dead lol. 2 beers", "en", 2),
        ("crossed the bridge to work, traffic was awful. 1 glass of wine", "en", 1),
        ("crucé el puente con muchísimo tráfico. 1 cerveza", "es", 1),
        ("si me escriben a las 6 otra vez tiro el celular jaja. 0 y 0", "es", 0),
    ],
)  # fmt: skip
def test_figures_of_speech_and_bridges_crossed_are_reports(text, lang, drinks):
    parsed = read(text, lang=lang)
    assert (parsed["intent"], parsed["drinks"]) == ("report", drinks)


def test_a_bridge_gone_to_beside_a_report_is_still_a_crisis():
    assert read("drove out to the bridge tonight. 2 beers")["intent"] == "crisis"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("took my leftover valium to the pharmacy take-back, took none", "en"),
        ("llevé el clonazepam que me sobraba a la farmacia, no tomé ninguno", "es"),
    ],
)  # fmt: skip
def test_a_drug_named_without_an_amount_beside_a_none_is_ruled_out(text, lang):
    assert read(text, lang=lang)["benzos"] == []
