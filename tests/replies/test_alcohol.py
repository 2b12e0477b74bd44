"""Standard drinks from what patients say, per the contract's table (NIAAA)."""

import pytest

from tests.replies.readings import read


@pytest.mark.parametrize(
    ("text", "drinks"),
    [
        ("2 beers", 2), ("2beers", 2), ("a beer", 1), ("THREE BEERS", 3), ("a can", 1), ("3 cans of beer", 3),
        ("a bottle of beer", 1), ("a bottle", 1), ("1 hard seltzer", 1), ("2 white claws", 2), ("a cider", 1),
        ("a glass of wine", 1), ("1 glass wine", 1), ("a couple glasses of red", 2), ("two glasses of white", 2),
        ("2 shots", 2), ("one shot of tequila", 1), ("a cocktail", 1), ("2 mixed drinks", 2), ("2 margaritas", 2),
        ("one vodka soda", 1), ("2 gin and tonics", 2), ("a rum and coke", 1), ("4 drinks", 4),
        ("a pint", 1.3), ("2 pints of IPA", 2.6), ("a tall can", 1.3), ("3 tall cans", 3.9), ("2 tallboys", 2.6),
        ("a 24 oz can", 2), ("24 oz can", 2), ("a 16oz", 1.3), ("a 40", 4.5), ("a forty", 4.5), ("two 40s", 9),
        ("40oz", 4.5), ("a double", 2), ("a double whiskey", 2), ("2 doubles", 4), ("a bottle of wine", 5),
        ("half a bottle of wine", 2.5), ("half bottle of wine", 2.5), ("a six pack", 6), ("six pack", 6),
        ("a six-pack of beer", 6), ("6 pack", 6), ("a 12 pack", 12), ("a twelve pack", 12),
        ("a pint of vodka", 8.5), ("pint of whiskey", 8.5), ("a fifth of vodka", 17), ("a fifth", 17),
        ("handle of vodka", 39), ("a handle", 39), ("a liter of wine", 6.8), ("a bomber", 2), ("a 22 oz", 2),
        ("a nip of vodka", 1.1), ("a half pint of vodka", 4.5), ("a bottle of vodka", 17),
        ("a bottle of champagne", 5), ("Wine. 2 glasses.", 2),
    ],
)  # fmt: skip
def test_a_container_or_drink_counts_its_standard_drinks(text, drinks):
    assert read(text)["drinks"] == pytest.approx(drinks, rel=0.05)


@pytest.mark.parametrize(
    ("text", "drinks"),
    [
        ("2 beers and a shot", 3), ("a glass of wine and 2 beers", 3), ("4 beers and 2 shots", 6),
        ("1 beer, 1 glass of wine", 2), ("2 white claws and a shot", 3),
    ],
)  # fmt: skip
def test_several_drinks_add_up(text, drinks):
    assert read(text)["drinks"] == drinks


@pytest.mark.parametrize(
    ("text", "drinks"),
    [
        ("1 and a half beers", 1.5), ("one and a half glasses of wine", 1.5), ("a beer and a half", 1.5),
        ("a glass and a half of wine", 1.5), ("a bottle and a half of wine", 7.5), ("1.5 glasses of wine", 1.5),
        ("1 1/2 beers", 1.5), ("half a glass of wine", 0.5),
    ],
)  # fmt: skip
def test_halves_count_half(text, drinks):
    assert read(text)["drinks"] == pytest.approx(drinks)


@pytest.mark.parametrize(
    ("text", "drinks"),
    [
        ("beer x2", 2), ("beers x 2", 2), ("2x beer", 2), ("vodka x3", 3), ("shots x4", 4), ("Drinks: 2", 2),
        ("drinks: 3", 3), ("Wine 2 glasses", 2), ("wine: 2 glasses", 2), ("vodka - 3 shots", 3),
    ],
)  # fmt: skip
def test_a_count_after_the_drink_counts_it(text, drinks):
    assert read(text)["drinks"] == drinks


@pytest.mark.parametrize(("text", "drinks"), [("🍺🍺", 2), ("🍷", 1), ("🍷🍷🍷", 3), ("3 🍺", 3), ("🍺x3", 3)])
def test_drink_emoji_count_when_they_are_the_report(text, drinks):
    assert read(text)["drinks"] == drinks


def test_an_emoji_after_a_count_is_decoration():
    assert read("2 beers 🍺 last night")["drinks"] == 2


@pytest.mark.parametrize(("text", "drinks"), [("had like 3 beers", 3), ("around 3 beers", 3), ("~3 drinks", 3)])
def test_a_hedge_before_a_number_keeps_the_number(text, drinks):
    assert read(text)["drinks"] == drinks


def test_each_item_says_its_quantity_unit_beverage_and_standard_drinks():
    assert read("2 glasses of wine and a pint")["alcohol_items"] == [
        {"quantity": 2, "unit": "glass", "beverage": "wine", "standard_drinks": 2.0},
        {"quantity": 1, "unit": "pint", "beverage": "beer", "standard_drinks": 1.3},
    ]


@pytest.mark.parametrize("text", ["a root beer", "2 NA beers", "a mocktail", "virgin margarita", "ginger beer"])
def test_a_stand_in_for_a_drink_says_none_was_had(text):
    assert read(text)["drinks"] == 0


@pytest.mark.parametrize("text", ["had a coke", "drinking lots of water", "2 cups of coffee"])
def test_an_everyday_drink_without_alcohol_reports_nothing(text):
    parsed = read(text)
    assert (parsed["intent"], parsed["drinks"]) == ("unknown", None)


@pytest.mark.parametrize(("text", "lang"), [("just water", "en"), ("yo solo tomé agua", "es"), ("only had tea", "en")])
def test_only_an_everyday_drink_said_so_is_no_alcohol(text, lang):
    assert read(text, lang=lang)["drinks"] == 0


@pytest.mark.parametrize("text", ["went to a bar and had 3 beers", "at the bar, 3 beers"])
def test_a_bar_you_drink_in_is_not_a_xanax_bar(text):
    parsed = read(text)
    assert parsed["drinks"] == 3
    assert parsed["benzos"] is None


@pytest.mark.parametrize(
    "text",
    [
        "got my flu shot", "took a cab home", "can I get a ride", "Had a shot of espresso", "a pint of ice cream",
        "a can of soup", "I saw a red car", "I have 2 kids and a job",
    ],
)  # fmt: skip
def test_words_that_only_look_like_drinking_log_nothing(text):
    parsed = read(text)
    assert parsed["drinks"] is None
    assert parsed["intent"] != "report"
