"""Replies typed fast on a phone: plurals in "z", dropped g's, digits for words ("nothing 2 report"), day words cut
short, and a "didn't" that never reaches past the next thing done."""

import pytest

from tests.replies.readings import doses, read


@pytest.mark.parametrize(
    ("text", "drinks", "benzos"),
    [
        ("4 drinkz, 0 pillz", 4, []),
        ("was drinkin 2 ciders", 2, None),
        ("nothing 2 report", 0, []),
        ("nada 4 me", 0, []),
    ],
)  # fmt: skip
def test_a_texted_word_reads_as_the_word_it_bends(text, drinks, benzos):
    parsed = read(text)
    assert (parsed["drinks"], parsed["benzos"]) == (drinks, benzos)


@pytest.mark.parametrize(("text", "day"), [("ystday 2 beers", -1), ("1 klonopin lst nite", -1), ("2day 1 beer", 0)])
def test_a_day_cut_short_is_still_that_day(text, day):
    assert read(text)["day_offset"] == day


@pytest.mark.parametrize(
    "text", ["trembin and shakin since i quit the ativan", "been seein spiders crawlin on the ceiling"]
)
def test_a_danger_sign_without_its_g_is_still_a_danger_sign(text):
    assert read(text)["intent"] == "symptom"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("didnt drink, took my ativan 1mg tho", [("lorazepam", 1, 1)]),
        ("no booze had 1 klonopin 0.5 this am", [("clonazepam", 0.5, 1)]),
    ],
)  # fmt: skip
def test_a_none_stops_at_the_next_thing_done(text, expected):
    assert (read(text)["drinks"], doses(text)) == (0, expected)


@pytest.mark.parametrize(("text", "drinks"), [("una copa de vino nada mas", 1), ("tres chelas no mas", 3)])
def test_nada_mas_after_an_amount_means_only(text, drinks):
    assert read(text, lang="es")["drinks"] == drinks


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("not sure i can come weds, can u move it", "en"),
        ("my dad wants to know if he can take his xanax before", "en"),
        ("mi esposa pregunta si puede tomar vino el sabado", "es"),
        ("need to resked my appt", "en"),
    ],
)  # fmt: skip
def test_a_request_or_a_relatives_question_is_a_question(text, lang):
    assert read(text, lang=lang)["intent"] == "question"
