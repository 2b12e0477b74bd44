"""Drinks as patients phrase them beyond the plain table: a size that belongs to its container, "and a half" after
a lone container, a describing word before the drink, cocktails by name, a dry day, and a none said emphatically."""

import pytest

from tests.replies.readings import read


@pytest.mark.parametrize(
    ("text", "drinks"),
    [
        ("a can of 24 oz beer", 2), ("2 latas de 16 oz", 2.6), ("una botella de 750 ml de vino", 5),
        ("a tall can of 16 oz", 1.3), ("un vaso de 12 oz de cerveza", 1),
    ],
)  # fmt: skip
def test_a_size_that_qualifies_its_container_is_one_item(text, drinks):
    assert read(text)["drinks"] == pytest.approx(drinks, rel=0.05)


@pytest.mark.parametrize(
    ("text", "drinks"),
    [
        ("glass and a half of red", 1.5), ("botella y media de vino", 7.5), ("una cerveza y media", 1.5),
        ("two and a half beers", 2.5), ("shot and a half of tequila", 1.5),
    ],
)  # fmt: skip
def test_and_a_half_after_a_container_adds_half_of_it(text, drinks):
    assert read(text)["drinks"] == pytest.approx(drinks)


@pytest.mark.parametrize(
    ("text", "drinks"),
    [
        ("2 hazy ipas", 2), ("a dirty martini", 1), ("3 frozen margaritas last night", 3), ("one skinny marg", 1),
        ("2 pisco sours", 2), ("a negroni and an old fashioned", 2), ("2 micheladas", 2), ("una paloma", 1),
        ("an espresso martini", 1),
    ],
)  # fmt: skip
def test_a_describing_word_before_a_drink_or_a_cocktail_by_name_counts(text, drinks):
    assert read(text)["drinks"] == drinks


@pytest.mark.parametrize(("text", "drinks"), [("2 soup cans", None), ("2 virgin margaritas", 0)])
def test_a_describing_word_never_makes_a_drink_of_something_else(text, drinks):
    assert read(text)["drinks"] == drinks


@pytest.mark.parametrize(
    "text", ["kept it dry yesterday", "dry day today", "i was dry all weekend", "stayed dry", "another sober day"]
)
def test_a_dry_day_is_zero_drinks(text):
    assert read(text)["drinks"] == 0


def test_a_dry_day_beside_a_sleep_drug_logs_both():
    parsed = read("dry day, just 1 zolpidem 10mg")
    assert (parsed["drinks"], parsed["benzos"][0]["drug"], parsed["benzos"][0]["mg"]) == (0, "zolpidem", 10)


def test_a_dry_wine_is_still_wine():
    assert read("a glass of dry white")["drinks"] == 1


@pytest.mark.parametrize(
    "text", ["nothing whatsoever", "absolutely nothing", "none at all", "nada de nada", "para nada", "not even one"]
)
def test_an_emphatic_none_still_rules_out_what_was_asked(text):
    assert read(text, "alcohol")["drinks"] == 0
    assert read(text, "benzo")["benzos"] == []


@pytest.mark.parametrize("text", ["ni una gota", "not even one beer", "ni siquiera una cerveza"])
def test_an_emphatic_none_of_alcohol_is_zero_drinks(text):
    assert read(text)["drinks"] == 0
