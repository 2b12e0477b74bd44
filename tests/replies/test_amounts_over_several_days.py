"""An amount said of several days ("this week", "toda la semana") is no one day's: it is asked about, never logged
for yesterday. A span named in another clause leaves the report alone, and a none over the week still rules out."""

import pytest

from tests.replies.readings import read


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("5 beers this week", "en"),
        ("3 glasses of wine over the weekend", "en"),
        ("had 6 beers, but that was the whole week", "en"),
        ("4 copas en toda la semana", "es"),
        ("7 cervezas, pero eso fue toda la semana", "es"),
    ],
)  # fmt: skip
def test_an_amount_over_several_days_is_asked_about(text, lang):
    parsed = read(text, lang=lang)
    assert (parsed["intent"], parsed["needs_clarification"], parsed["drinks"]) == ("report", True, None)


def test_a_span_in_another_clause_leaves_the_days_amount_alone():
    assert read("rough week at work honestly. 2 beers last night")["drinks"] == 2


def test_a_none_over_the_week_is_a_none():
    assert read("no drinks all week")["drinks"] == 0
