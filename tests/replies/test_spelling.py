"""The safety checks read through typos in the words they hinge on, and leave every other word alone."""

import pytest

from replies.safety.spelling import repair_safety_words, repaired


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("sucidal", "suicidal"), ("suiside", "suicide"), ("myslef", "myself"), ("kil", "kill"), ("killll", "kill"),
        ("overdoseing", "overdosing"), ("siezure", "seizure"), ("halucinations", "hallucinations"),
        ("kiero", "quiero"), ("q", "que"), ("suisidarme", "suicidarme"), ("tiemblann", "tiemblan"),
    ],
)  # fmt: skip
def test_a_misspelt_safety_word_is_read_as_meant(typed, meant):
    assert repaired(typed) == meant


@pytest.mark.parametrize(
    "word", ["sharing", "painted", "sizing", "overdone", "homeless", "helpless", "putting", "filling", "quiere", "beer"]
)
def test_a_real_word_near_a_safety_word_is_left_alone(word):
    assert repaired(word) == word


def test_only_the_words_change_in_a_repaired_text():
    assert repair_safety_words("i wanna kil my self, 2nite!") == "i wanna kill my self, 2nite!"
