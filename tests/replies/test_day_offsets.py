"""Which day a reply is about: 0, -1 or not said."""

import pytest

from tests.replies.readings import read


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("none today", 0), ("2 beers this morning", 0), ("had 2 beers tonight", 0), ("this evening 1 glass of wine", 0),
        ("3 beers last night", -1), ("three drinks yesterday", -1), ("nothing yday", -1), ("2 beers last nite", -1),
        ("ayer 2 cervezas", -1), ("tres cervezas anoche", -1), ("una cerveza hoy", 0), ("nada esta mañana", 0),
        ("2 beers", None), ("2 beers the day before yesterday", None), ("anteayer 2 cervezas", None),
    ],
)  # fmt: skip
def test_the_day_is_the_one_named(text, day):
    assert read(text)["day_offset"] == day


@pytest.mark.parametrize(
    "text", ["3 beers last night, none today", "none today, 2 beers yesterday", "hoy nada, ayer 2 cervezas"]
)
def test_of_two_days_the_one_beside_what_was_had_wins(text):
    assert read(text)["day_offset"] == -1
