"""Only the patient's own intake is logged: not a partner's, not a plan that fell through, and not a share of a
bottle whose part nobody knows."""

import pytest

from tests.replies.readings import read


@pytest.mark.parametrize("text", ["my husband had 3 beers", "he took a xanax", "my wife drank a bottle of wine"])
def test_someone_elses_intake_is_not_the_patients(text):
    parsed = read(text)
    assert parsed["intent"] == "unknown"
    assert (parsed["drinks"], parsed["benzos"]) == (None, None)


def test_the_patients_own_part_of_the_same_reply_is_kept():
    parsed = read("my husband had 3 beers, I had none")
    assert (parsed["drinks"], parsed["benzos"]) == (0, [])


@pytest.mark.parametrize(
    "text", ["we had 2 bottles of wine", "my wife and I split a bottle of wine", "split a bottle of wine with my wife"]
)
def test_a_shared_bottle_is_asked_about(text):
    parsed = read(text)
    assert parsed["needs_clarification"]
    assert parsed["drinks"] is None


def test_drinking_in_company_is_still_the_patients_own():
    assert read("I had 2 beers with my wife")["drinks"] == 2


@pytest.mark.parametrize("text", ["I was going to have a beer but didn't", "was gonna have a glass of wine, didn't"])
def test_a_plan_that_fell_through_is_not_intake(text):
    assert read(text)["drinks"] == 0


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("a bottle of red between the four of us", "en"),
        ("a bottle of wine split 3 ways", "en"),
        ("abrimos una botella de vino entre 5", "es"),
        ("una botella de tequila entre todos", "es"),
    ],
)  # fmt: skip
def test_a_drink_shared_said_after_it_is_asked_about(text, lang):
    parsed = read(text, lang=lang)
    assert (parsed["needs_clarification"], parsed["drinks"]) == (True, None)


@pytest.mark.parametrize("text", ["6 beers between 8 and 11pm", "had 3 beers between 2 bars"])
def test_between_two_times_or_places_shares_nothing(text):
    assert read(text)["drinks"] in (6, 3)
