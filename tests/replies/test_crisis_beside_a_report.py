"""A sentence about one's own ending beside an ordinary report makes the whole reply a crisis, and a clause no report
rule read is never answered by the machine alone."""

import pytest

from tests.replies.readings import read


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("4 beers yesterday. honestly wouldn't care if i didn't wake up", "en"),
        ("no pills, 1 glass of wine. id be ok if a truck hit me tbh", "en"),
        ("2 shots last night and I dont care what happens to me anymore", "en"),
        ("had a beer. I don't deserve to live after what I did", "en"),
        ("one ativan. not planning on waking up tomorrow", "en"),
        ("dos cervezas anoche, ya no me importa si despierto o no", "es"),
        ("nada de alcohol. no merezco vivir", "es"),
        ("sober but been banging my head against the wall again", "en"),
        ("cero pastillas, pero me volví a hacer cortes en los brazos", "es"),
        ("2 beers. been having SI again", "en"),
    ],
)  # fmt: skip
def test_a_crisis_sentence_beside_a_report_makes_it_a_crisis(text, lang):
    assert read(text, lang=lang)["intent"] == "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "my ambien and the vodka tonight, permanently",
        "if i take every klonopin i have with the whiskey that should do it",
        "got 4 bottles of advil, i looked up how many it takes",
        "filling a jar with my xanax, when its full im done",
        "the lorazepam is lined up. goodbye",
    ],
)
def test_pills_beside_a_word_of_ending_are_a_crisis(text):
    assert read(text)["intent"] == "crisis"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("estoy muerto de cansancio, 1 cerveza nada más", "es"),
        ("we were dying laughing at the movie, 2 ciders", "en"),
        ("didn't wake up till noon, no drinks", "en"),
        ("done with my shift, 1 beer", "en"),
        ("picked up my xanax prescription, took 1 for sleep", "en"),
    ],
)  # fmt: skip
def test_everyday_talk_with_the_same_words_is_no_crisis(text, lang):
    assert read(text, lang=lang)["intent"] != "crisis"


@pytest.mark.parametrize("text", ["2 beers. the house feels so empty since march", "1 glass of wine, money is tight"])
def test_a_report_beside_a_clause_no_rule_read_goes_to_a_person(text):
    parsed = read(text)
    assert (parsed["intent"], parsed["review"]) == ("report", True)


def test_a_report_with_only_its_own_words_is_answered_by_the_machine():
    assert read("2 beers and no benzos yesterday")["review"] is False
