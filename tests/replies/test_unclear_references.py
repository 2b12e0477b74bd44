"""An amount given by reference ("same as yesterday", "my usual") or left vague before a place or time ("had a few
after work") is a report that must be asked about, never a number."""

import pytest

from tests.replies.readings import doses, read


def _asked_without_a_number(text: str, prompt: str = "checkin") -> bool:
    parsed = read(text, prompt)
    return (
        parsed["intent"] == "report"
        and parsed["needs_clarification"]
        and parsed["drinks"] is None
        and not any(item["mg"] or item["tablets"] for item in parsed["benzos"] or [])
    )


@pytest.mark.parametrize(
    "text",
    [
        "same as last time", "the same as the day before", "same as usual", "as usual", "the usual", "my usual",
        "had the usual", "took my normal dose", "lo mismo de siempre", "igual que anoche", "lo de siempre",
        "como siempre", "tomé lo mismo que el sábado",
    ],
)  # fmt: skip
def test_an_amount_given_by_reference_to_another_day_or_a_habit_is_asked_about(text):
    assert _asked_without_a_number(text)


def test_took_my_usual_asks_which_benzo_and_had_the_usual_asks_how_many_drinks():
    assert read("took my regular")["clarify"].startswith("Which benzo")
    assert read("had the usual")["clarify"].startswith("How many drinks")


def test_a_usual_dose_of_a_named_drug_asks_for_its_mg():
    parsed = read("took my usual klonopin")
    assert parsed["clarify"].startswith("How many mg of klonopin")
    assert parsed["benzos"][0]["tablets"] is None


def test_a_reference_beside_a_clear_amount_is_only_a_comparison():
    parsed = read("3 glasses of wine, same as yesterday")
    assert (parsed["drinks"], parsed["needs_clarification"], parsed["day_offset"]) == (3, False, None)


@pytest.mark.parametrize(
    "text",
    [
        "had a few with friends", "drank some at the game", "drank a lot on saturday", "had several at the party",
        "tomé unas cuantas con la cena", "bebí algunas después del trabajo",
    ],
)  # fmt: skip
def test_a_vague_amount_before_a_place_or_a_time_is_asked_about(text):
    assert _asked_without_a_number(text)


def test_a_vague_amount_of_something_else_is_no_report():
    assert read("had a few questions")["intent"] == "unknown"


def test_a_vague_count_among_counts_at_times_of_day_is_never_logged_in_part():
    parsed = read("had a few at lunch and 2 at dinner")
    assert parsed["drinks"] is None
    assert parsed["intent"] != "report" or parsed["needs_clarification"]


@pytest.mark.parametrize(
    ("text", "drinks"),
    [("had 1 at lunch and 2 at dinner", 3), ("one at lunch and two at dinner", 3), ("2 at lunch 1 at night", 3)],
)
def test_whole_counts_at_times_of_one_day_answer_the_drinks_question_in_all(text, drinks):
    assert read(text)["drinks"] == drinks


@pytest.mark.parametrize("text", ["as usual, nothing", "lo de siempre: nada"])
def test_a_reference_beside_a_none_is_a_none(text):
    parsed = read(text)
    assert (parsed["drinks"], parsed["benzos"], parsed["needs_clarification"]) == (0, [], False)


def test_a_habit_that_describes_a_plain_drink_reports_nothing():
    assert read("I had my usual coffee")["intent"] == "unknown"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tapering my klonopin like the doc said, took 0.25 mg", [("clonazepam", 0.25, None)]),
        ("took my ativan. 2 pills", [("lorazepam", None, 2)]),
    ],
)
def test_my_drug_takes_the_amount_said_apart_from_it(text, expected):
    assert doses(text) == expected


@pytest.mark.parametrize(
    ("text", "lang"), [("beer at lunch and 2 more at dinner", "en"), ("una en la comida y 2 en la cena", "es")]
)
def test_one_count_at_a_time_beside_an_uncounted_one_is_never_logged_alone(text, lang):
    assert read(text, lang=lang)["drinks"] != 2
