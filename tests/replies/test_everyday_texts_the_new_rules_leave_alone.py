"""Everyday texts that share words with this session's crisis, correction and doubt rules, and must read as what
they are: cutting back is no self-harm, a pill count in mg is no hoard, "nope" opening a check-in answer is no
correction of the last log, a question with a "maybe" is still a question."""

import pytest

from replies import parse
from tests.replies.readings import read


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("my sponsor's voice in my head telling me to cut back, only 2 beers", "en"),
        ("la voz de mi doctora me dice que corte el alcohol, 1 cerveza", "es"),
        ("put my phone away just in case, had 2 beers", "en"),
        ("took 0.25 mg xanax, not enough to sleep", "en"),
        ("took 50 mg librium at my apartment", "en"),
        ("ya lo decidi, se acabo el alcohol. 0 copas", "es"),
        ("i have a plan, im done for good with beer. 0 drinks", "en"),
        ("googled how much wine is too much for a woman, had 2 glasses", "en"),
        ("had 3 beers after writing my eulogy for grandpa", "en"),
        ("cleaned the garage, my car was on the driveway, 1 beer", "en"),
        ("i want to quit", "en"),
    ],
)  # fmt: skip
def test_it_is_no_crisis(text, lang):
    assert read(text, lang=lang)["intent"] != "crisis"


@pytest.mark.parametrize(("text", "drinks"), [("nope. no drinks", 0), ("nope, 0", 0), ("digo que tomé 3 cervezas", 3)])
def test_a_texted_marker_opening_an_answer_corrects_no_earlier_log(text, drinks):
    parsed = parse(text, lang="es" if "tomé" in text else "en")
    assert (parsed.drinks, parsed.correction) == (drinks, False)


def test_i_meant_to_say_is_one_marker():
    assert read("3 beers, i meant to say 2")["drinks"] == 2


def test_a_none_about_someone_else_beside_a_correction_keeps_the_patients_drinks():
    assert read("3 beers, wait no 2. my wife didnt have any")["drinks"] == 2


def test_a_day_correction_it_cannot_read_keeps_the_day_said():
    assert read("3 beers yesterday, sorry i mean the other day")["day_offset"] == -1


@pytest.mark.parametrize(
    "text",
    [
        "can i have 2 beers tonight? maybe?",
        "should i take 2 xanax tonight? idk",
        "is it ok if i take 1 xanax? not sure",
    ],
)
def test_a_question_with_a_doubt_is_still_a_question(text):
    assert read(text)["intent"] == "question"


@pytest.mark.parametrize("text", ["3 beers. maybe i should cut back", "1 beer or soda", "2 ciders, idk why i bother"])
def test_a_doubt_about_something_else_leaves_the_amount_logged(text):
    parsed = read(text)
    assert (parsed["needs_clarification"], parsed["drinks"]) == (False, parsed["drinks"]) and parsed["drinks"]


def test_a_reply_full_of_markers_is_read_quickly_and_in_full():
    parsed = parse(" ".join(["3 beers sorry"] * 94))
    assert parsed.intent == "report" and parsed.fallback is None
