"""Round BH: a count at a later time of day repeats the drink said ("1 beer at lunch, 2 w dinner", "una en la
comida y dos en la cena"), a dose at a clock time and another at bedtime add up, "nope x2" is no to both, "y
luego" is what happened next rather than a plan, and typed slips of "glasses" and "wine" are read."""

import pytest

from tests.replies.readings import doses, read


@pytest.mark.parametrize(
    ("text", "lang", "drinks"),
    [
        ("1 beer at lunch, 2 w dinner", "en", 3),
        ("2 ciders at lunch 1 at dinner and a shot before bed", "en", 4),
        ("una cerveza en la comida y dos en la cena", "es", 3),
        ("una copa al mediodía, otra en la tarde y dos en la noche", "es", 4),
    ],
)  # fmt: skip
def test_a_count_at_a_later_time_repeats_the_drink(text, lang, drinks):
    assert read(text, lang=lang)["drinks"] == drinks


def test_a_count_with_no_time_is_not_taken_for_the_drink():
    assert read("2 beers at 5 and 3 at 9")["drinks"] == 2


def test_a_dose_at_a_clock_time_and_another_at_bedtime_add_up():
    assert doses("0.5 klonopin at 8am and 0.5 at bedtime") == [("clonazepam", 1.0, None)]


@pytest.mark.parametrize(("text", "lang"), [("nope x2", "en"), ("no x 2", "en"), ("nop x2", "es")])
def test_a_none_said_twice_rules_out_both(text, lang):
    parsed = read(text, lang=lang)
    assert (parsed["drinks"], parsed["benzos"]) == (0, [])


def test_and_then_is_what_happened_next_not_a_plan():
    parsed = read("ayer 2 cervezas y luego una copa de vino", lang="es")
    assert (parsed["intent"], parsed["drinks"]) == ("report", 3)


@pytest.mark.parametrize(("text", "drinks"), [("2 glasess of red", 2), ("3 glasses of wind lol", 3)])
def test_typed_slips_of_glasses_and_wine_are_read(text, drinks):
    assert read(text)["drinks"] == drinks


def test_wind_that_is_weather_is_no_wine():
    assert read("the wind was crazy, 1 beer")["drinks"] == 1
