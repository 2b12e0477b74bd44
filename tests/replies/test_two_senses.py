"""Words with two senses need context for the one that logs a figure: a bar can be a pub, a double a work shift,
"meds" the heading of a list of non-benzos."""

import pytest

from tests.replies.readings import doses, read


@pytest.mark.parametrize(
    ("text", "drinks"),
    [
        ("hit a few bars and had 4 beers", 4), ("we went to three different bars, 5 drinks", 5),
        ("had 3 beers between 2 bars", 3), ("stopped by 2 bars downtown, 2 glasses of wine", 2),
    ],
)  # fmt: skip
def test_a_venue_called_a_bar_is_not_a_xanax_bar(text, drinks):
    parsed = read(text)
    assert (parsed["drinks"], parsed["benzos"]) == (drinks, None)


@pytest.mark.parametrize(
    ("text", "mg"),
    [("took 2 bars", 4), ("2 bars", 4), ("half a bar", 1), ("went down to 1 bar a day", 2), ("a xanax bar", 2)],
)
def test_a_bar_with_drug_context_or_alone_is_still_2_mg_of_alprazolam(text, mg):
    assert doses(text)[0][:2] == ("alprazolam", mg)


@pytest.mark.parametrize(
    ("text", "drinks", "mg"),
    [("2 bars and 3 beers", 3, 4), ("3 ciders, 1 bar", 3, 2), ("half a bar and a white claw", 1, 1)],
)
def test_a_counted_bar_beside_drinks_is_the_2_mg_xanax_the_contract_names(text, drinks, mg):
    parsed = read(text)
    assert (parsed["drinks"], doses(text)[0][:2]) == (drinks, ("alprazolam", mg))


def test_a_bar_beside_drinks_with_nothing_counting_it_is_a_place():
    assert read("3 beers at the bar")["benzos"] is None


def test_bars_taken_beside_beers_are_still_a_drug():
    parsed = read("took 2 bars and had 3 beers")
    assert (parsed["drinks"], doses("took 2 bars and had 3 beers")) == (3, [("alprazolam", 4, 2)])


@pytest.mark.parametrize(
    ("text", "drinks"),
    [
        ("pulled a double, 2 beers", 2),
        ("trabajé doble turno, después 2 cervezas", 2),
        ("double shift then a glass of wine", 1),
    ],
)
def test_a_double_that_was_worked_is_a_shift_not_two_drinks(text, drinks):
    assert read(text)["drinks"] == drinks


@pytest.mark.parametrize(("text", "drinks"), [("a double", 2), ("had a double whiskey", 2), ("2 doubles", 4)])
def test_a_double_that_was_drunk_is_still_two_drinks(text, drinks):
    assert read(text)["drinks"] == drinks


def test_a_double_dose_is_not_two_drinks():
    assert read("took a double dose of klonopin")["drinks"] is None


@pytest.mark.parametrize("text", ["meds: lexapro and trazodone. 1 beer", "my medication was seroquel, 2 beers"])
def test_a_class_word_heading_non_benzos_asks_nothing(text):
    parsed = read(text)
    assert (parsed["benzos"], parsed["needs_clarification"]) == (None, False)


@pytest.mark.parametrize("text", ["took my meds, no benzos", "nada de benzos, solo mis medicinas de siempre"])
def test_other_meds_beside_an_explicit_no_benzos_are_clear(text):
    parsed = read(text)
    assert (parsed["benzos"], parsed["needs_clarification"]) == ([], False)


def test_pills_counted_beside_no_benzos_are_still_asked_about():
    assert read("no benzos but took 2 sleeping pills")["needs_clarification"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("seroquel 50 + 1 klonopin", [("clonazepam", None, 1)]),
        ("gabapentin 600 and 2 valium", [("diazepam", None, 2)]),
        ("300 gabapentin + half an ativan", [("lorazepam", None, 0.5)]),
    ],
)  # fmt: skip
def test_a_non_benzos_number_is_not_taken_for_the_benzos(text, expected):
    parsed = read(text)
    assert (doses(text), parsed["needs_clarification"]) == (expected, False)


def test_a_counted_pin_is_a_clonazepam_and_pins_knocked_down_are_not():
    assert doses("half a pin and a beer") == [("clonazepam", None, 0.5)]
    assert read("went bowling, knocked down some pins, 2 beers")["benzos"] is None


def test_shooting_the_breeze_pours_no_shot():
    parsed = read("shot the breeze with the neighbors, 1 beer")
    assert parsed["drinks"] == 1
