"""Beer and liquor brands count as drinks, "another" repeats the drink or dose before it, alcohol named as a subject
hides no count, a refusal to the last drop is a none, and leave to drink asked mid-sentence is a question."""

import pytest

from tests.replies.readings import doses, read


@pytest.mark.parametrize(
    "text, drinks",
    [
        ("at the bar for trivia, had 3 miller lites", 3.0),
        ("2 michelob ultras", 2.0),
        ("a pint of jim beam", 8.5),
        ("quarter of a handle of crown", 9.75),
        ("tres chupitos de pisco", 3.0),
        ("un chupito de ron", 1.0),
        ("one beer and another 2 after dinner", 3.0),
        ("una copa de vino y otra en la noche", 2.0),
        ("trying to cut back on alcohol, 2 beers yesterday", 2.0),
        ("not even one drop", 0.0),
    ],
)
def test_drinks_are_counted(text: str, drinks: float) -> None:
    reply = read(text)
    assert reply["intent"] == "report"
    assert reply["drinks"] == pytest.approx(drinks, rel=0.01)


def test_a_generic_alcohol_mention_alone_is_still_asked_about() -> None:
    reply = read("le estoy bajando al alcohol", lang="es")
    assert reply["needs_clarification"]
    assert reply["drinks"] is None


def test_a_vague_amount_beside_a_count_is_still_asked_about() -> None:
    assert read("had some drinks and 2 beers")["drinks"] is None


@pytest.mark.parametrize(
    "text, lang",
    [
        ("my birthday is friday can i have a margarita", "en"),
        ("is a glass of wine saturday fine or not", "en"),
        ("mañana hay carne asada puedo tomar dos cervezas", "es"),
    ],
)
def test_leave_to_drink_is_a_question_without_a_question_mark(text: str, lang: str) -> None:
    assert read(text, lang=lang)["intent"] == "question"


@pytest.mark.parametrize(
    "text, mg",
    [
        ("klonopin .25 in the morning and .25 at bedtime", 0.5),
        ("0.25 klonopin in the am and 0.25 at night", 0.5),
        ("ativan 1 in the morning and 1 at night", 2.0),
    ],
)
def test_a_second_bare_amount_at_a_later_time_repeats_drug_and_unit(text: str, mg: float) -> None:
    taken = doses(text)
    assert taken is not None and len(taken) == 1
    assert taken[0][1] == pytest.approx(mg)
