"""Explicit nones: 0 and [] for what was ruled out, null for what was not mentioned."""

import pytest

from tests.replies.readings import read


@pytest.mark.parametrize(
    "text",
    [
        "none", "None.", "NONE", "0", "zero", "Nothing", "nothing at all", "nope", "no", "No!", "no to both",
        "nope, nothing yesterday", "none today", "no drinks no benzos", "Zero drinks and no pills",
        "0 drinks, no benzos",
        "No alcohol and no benzos", "didn't have any", "Nothing to report", "0 and 0", "not today", "I'm clean",
        "alcohol 0, benzos 0", "0 drinks 0 pills", "nada", "no tomé nada", "ninguno", "ni alcohol ni pastillas",
    ],
)  # fmt: skip
def test_a_reply_that_rules_out_both_gives_zero_drinks_and_no_benzos(text):
    parsed = read(text)
    assert (parsed["intent"], parsed["drinks"], parsed["benzos"]) == ("report", 0, [])


@pytest.mark.parametrize(
    "text",
    [
        "no alcohol", "no drinks", "Sober!", "didn't drink anything", "I did not drink", "no booze", "No beer no wine",
        "I haven't had a drink in 5 days", "haven't touched a drop", "not a drop", "stopped drinking 3 days ago",
        "I don't drink anymore", "alcohol free today", "it's been 3 days since my last drink",
        "no tomé nada de alcohol",
        "sin alcohol", "No bebí alcohol", "0 tragos",
    ],
)  # fmt: skip
def test_ruling_out_alcohol_gives_zero_drinks_and_leaves_benzos_unmentioned(text):
    parsed = read(text)
    assert (parsed["drinks"], parsed["benzos"]) == (0, None)


@pytest.mark.parametrize(
    "text",
    [
        "no benzos", "no xanax", "didn't take any pills", "skipped my klonopin", "forgot to take my ativan",
        "benzo free", "no tomé pastillas", "ninguna pastilla", "no tomé el rivotril",
    ],
)  # fmt: skip
def test_ruling_out_benzos_gives_an_empty_list_and_leaves_drinks_unmentioned(text):
    parsed = read(text)
    assert (parsed["drinks"], parsed["benzos"]) == (None, [])


@pytest.mark.parametrize(
    ("text", "drinks", "drugs"),
    [
        ("no drinks but took 1mg ativan", 0, ["lorazepam"]),
        ("no alcohol, 5mg valium", 0, ["diazepam"]),
        ("1 glass wine, no benzos", 1, []),
        ("no benzos just 2 beers", 2, []),
        ("no drinks 1 xanax", 0, ["alprazolam"]),
        ("Drinks: 2. Benzos: none", 2, []),
        ("drinks 0 benzos 1mg ativan", 0, ["lorazepam"]),
    ],
)
def test_a_negation_reaches_only_what_it_names(text, drinks, drugs):
    parsed = read(text)
    assert parsed["drinks"] == drinks
    assert [item["drug"] for item in parsed["benzos"]] == drugs


@pytest.mark.parametrize("text", ["I didn't sleep well", "no worries", "not bad", "didn't have dinner"])
def test_a_negation_about_something_else_rules_nothing_out(text):
    parsed = read(text)
    assert (parsed["intent"], parsed["drinks"], parsed["benzos"]) == ("unknown", None, None)


def test_a_plan_that_did_not_happen_is_no_drink():
    assert read("I was going to have a beer but didn't")["drinks"] == 0


@pytest.mark.parametrize(
    ("prompt", "drinks", "benzos"), [("checkin", 0, []), ("alcohol", 0, None), ("benzo", None, [])]
)
def test_a_plain_no_answers_the_question_asked(prompt, drinks, benzos):
    for text in ("no", "none", "nope", "nada", "0"):
        parsed = read(text, prompt)
        assert (parsed["drinks"], parsed["benzos"]) == (drinks, benzos), (text, prompt)
