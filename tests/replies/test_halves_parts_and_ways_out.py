"""A half said after a count belongs to the count, a part of a container is asked about, a figure of times after a
comma multiplies, a question may open with "will" and no mark, and seeing no way out is a crisis."""

import pytest

from tests.replies.readings import doses, read


@pytest.mark.parametrize(("text", "drinks"), [("two and a half pints of lager", 3.25), ("1 and a half pints", 1.95)])
def test_and_a_half_before_pints_is_half_a_pint_more_not_a_half_pint(text, drinks):
    assert read(text)["drinks"] == pytest.approx(drinks)


def test_a_half_pint_alone_is_still_a_half_pint():
    assert read("a half pint of whiskey")["drinks"] == pytest.approx(4.5)


@pytest.mark.parametrize(("text", "drinks"), [("a tequila shot, times three", 3), ("2 glasses of red, x 2", 4)])
def test_a_figure_of_times_after_a_comma_multiplies_the_drink(text, drinks):
    assert read(text)["drinks"] == drinks


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("part of a bottle of red", "en"),
        ("drank the rest of the bottle of vodka", "en"),
        ("some of a six pack", "en"),
        ("parte de una botella de tequila", "es"),
        ("me tomé lo que quedaba de la botella de vino", "es"),
    ],
)  # fmt: skip
def test_an_unknown_part_of_a_container_is_asked_about_not_logged_whole(text, lang):
    parsed = read(text, lang=lang)
    assert (parsed["needs_clarification"], parsed["drinks"]) == (True, None)


@pytest.mark.parametrize(
    "text", ["will my insurance pay for the infusions", "will the nurse call me", "do they validate parking"]
)
def test_a_question_opening_with_will_or_do_needs_no_mark(text):
    assert read(text)["intent"] == "question"


def test_will_do_beside_a_report_is_manners_not_an_unread_word():
    parsed = read("will do! 1 beer")
    assert (parsed["intent"], parsed["drinks"], parsed["review"]) == ("report", 1, False)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("honestly i can't see a way out", "en"),
        ("theres no way out for me", "en"),
        ("there's no way out except to die", "en"),
        ("ya no veo salida", "es"),
    ],
)  # fmt: skip
def test_seeing_no_way_out_is_a_crisis(text, lang):
    assert read(text, lang=lang)["intent"] == "crisis"


@pytest.mark.parametrize("text", ["no way out of this meeting till 6", "the escape room had no way out lol"])
def test_no_way_out_of_something_named_is_no_crisis(text):
    assert read(text)["intent"] != "crisis"


@pytest.mark.parametrize(
    ("text", "lang", "tablets"),
    [
        ("pastilla y media de clonazepam", "es", 1.5),
        ("an ativan and a half", "en", 1.5),
        ("a tablet and a half of xanax", "en", 1.5),
        ("tomé lorazepam anoche, pastilla y media", "es", 1.5),
    ],
)  # fmt: skip
def test_a_tablet_and_a_half_is_one_and_a_half_tablets(text, lang, tablets):
    [(_, _, got)] = doses(text, lang=lang)
    assert got == tablets


def test_a_half_that_names_a_drink_after_a_tablet_is_the_drinks():
    parsed = read("a xanax and half a beer")
    assert (parsed["drinks"], doses("a xanax and half a beer")) == (0.5, [("alprazolam", None, 1)])


def test_tens_and_digits_joined_by_and_are_two_amounts_in_english():
    assert read("a forty and 2 shots")["drinks"] == pytest.approx(6.5)
