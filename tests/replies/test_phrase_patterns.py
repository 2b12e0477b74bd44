"""A phrase list grouped by first letter finds what the plain list finds, where it finds it."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from replies.phrases import phrase_pattern
from replies.safety.crisis import _CRISIS
from replies.safety.english import ENGLISH
from replies.safety.spanish import SPANISH
from replies.safety.symptoms import _SYMPTOM

_WORDS = (
    "i want to", "die", "kill myself", "end it all", "not wake up", "me quiero", "morir", "matarme", "ya no aguanto",
    "pills", "pastillas", "took all my xanax", "seizure", "shaking", "chest pain", "2 beers", "wine", "none",
    "tonight", "goodbye forever", "cut", "hurt", "no reason to live", "sleep and never wake up", "tirarme del puente",
)  # fmt: skip


@pytest.mark.parametrize("plain", [ENGLISH, SPANISH], ids=["english", "spanish"])
@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.sampled_from(_WORDS), min_size=1, max_size=9))
def test_the_grouped_list_matches_where_the_plain_list_does(plain, words):
    text = " ".join(words)
    grouped, expected = phrase_pattern(plain).search(text), re.search(plain, text)
    assert (grouped and grouped.start()) == (expected and expected.start())


@pytest.mark.parametrize(
    "text", ["i want to die", "me quiero morir", "quiero morir", "had a seizure", "my whole body is jerking"]
)
def test_the_parsers_lists_still_find_their_phrases(text):
    assert (_CRISIS.search(text) or _SYMPTOM.search(text)) is not None


def test_an_optional_opening_word_still_lets_the_phrase_start_without_it():
    pattern = phrase_pattern(r"\b(?:me\s+)?quiero\s+morir\b|\bsuicid\w*")
    assert [bool(pattern.search(text)) for text in ("quiero morir", "me quiero morir", "suicidal", "quiero")] == [
        True,
        True,
        True,
        False,
    ]


def test_a_bar_inside_a_character_class_or_escaped_is_no_alternative():
    pattern = phrase_pattern(r"\bend[|]it\b|\bsay\s+\|\s+bye\b")
    assert pattern.search("end|it") and pattern.search("say | bye") and not pattern.search("end")


def test_a_phrase_that_starts_with_a_look_behind_is_kept_as_written():
    pattern = phrase_pattern(r"\b(?<!not\s)sad\b|\bcry\b")
    assert pattern.search("so sad") and not pattern.search("not sad") and pattern.search("i cry")


_WIDE = (
    r"\b(?:(?:xanax|valium|ativan|klonopin|bars|pills|lorazepam|zolpidem|ambien)(?:es|s)?\s+(?:\w+\s+){0,2}?"
    r"(?:saved\s+up|stashed))\b|\b(?:want|wish|going|ready|hoping|about|rather)\s+to\s+die\b"
)
_WIDE_WORDS = ("xanax", "valiums", "my", "pills", "saved up", "stashed", "bars", "ambien", "going", "to die", "wish")


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.sampled_from(_WIDE_WORDS), min_size=1, max_size=8))
def test_a_phrase_opening_with_many_words_is_split_by_letter_and_still_matches_where_it_did(words):
    text = " ".join(words)
    grouped, expected = phrase_pattern(_WIDE).search(text), re.search(_WIDE, text)
    assert (grouped and grouped.span()) == (expected and expected.span())
