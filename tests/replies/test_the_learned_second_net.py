"""The learned second net (replies/safety/learned.py) makes a crisis of text the rules could not read when it reads
like one, leaves plain chatter and fully read reports alone, and ships a model built from the corpus beside it."""

import json

import pytest

from replies import parse
from replies.safety.learned import MODEL, crisis_score, features, weighing_words
from tools.crisis_model import CORPUS


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ive been quietly getting my affairs together, the dog goes to my sister", "en"),
        ("ya le di las llaves de la casa a mi hermana y le pedí que cuide a mis gatos para siempre", "es"),
    ],
)  # fmt: skip
def test_unread_text_that_reads_like_a_crisis_is_one(text, lang):
    parsed = parse(text, lang=lang)
    assert parsed.intent == "crisis" and parsed.why[0].rule in ("crisis.learned", "crisis.risk_in_unread_text")


@pytest.mark.parametrize(
    "text", ["who is this?", "ok sounds good, see you tuesday", "the parking garage was full again", "gracias!!"]
)
def test_everyday_chatter_is_no_crisis(text):
    assert parse(text).intent != "crisis"


def test_a_fully_read_report_is_not_made_a_crisis():
    assert parse("finished a bottle of wine by myself last night").intent == "report"


def test_the_score_is_a_probability_and_the_words_that_weigh_most_are_named():
    text = "i dont want to be here anymore"
    assert 0.0 <= crisis_score(text) <= 1.0 and "want" in weighing_words(text)


def test_features_are_words_pairs_and_letter_groups():
    assert {"w pile", "p little pile", "c|pil", "c|pile "} <= features("a little pile")


def test_the_shipped_model_was_built_from_the_whole_corpus():
    lines = sum(1 for path in CORPUS.glob("*.jsonl") for line in path.read_text().splitlines() if line.strip())
    assert json.loads(MODEL.read_text())["corpus_lines"] == lines


@pytest.mark.parametrize(("score", "review"), [(0.7, True), (0.5, False)])
def test_a_fully_read_report_goes_before_a_person_when_it_reads_somewhat_like_a_crisis(monkeypatch, score, review):
    monkeypatch.setattr("replies.parser.crisis_score", lambda safety: score)
    parsed = parse("had 3 beers last night by myself")
    assert (parsed.intent, parsed.drinks, parsed.review, parsed.reads_like_a_crisis) == ("report", 3, review, review)


def test_a_high_score_never_makes_a_crisis_of_a_fully_read_report(monkeypatch):
    monkeypatch.setattr("replies.parser.crisis_score", lambda safety: 0.999)
    assert parse("had 3 beers last night by myself").intent == "report"
