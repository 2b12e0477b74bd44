"""A patient's "sorry, it was 3" corrects their own last log (within CORRECTION_WINDOW), keeping what it said
first. The parser says a text is a correction (`correction`) and has already read the corrected figure; with no
recent log to correct, the text is an ordinary report."""

import dataclasses
from datetime import timedelta

from sqlalchemy import update
from sqlalchemy.orm import Session

import bot.conversation
from bot.conversation import CORRECTION_WINDOW
from bot.models import IntakeReport
from replies import ParsedReply, parse
from tests.conversation.conftest import said
from tests.queries import inbound, intake


def test_a_correction_replaces_the_last_log_and_keeps_the_original(text, patient_id, engine):
    said(text("2 beers"))
    answer = said(text("sorry, it was 3"))
    [row] = intake(engine)
    assert row.standard_drinks == 3
    assert row.original["standard_drinks"] == 2
    assert row.corrected_at is not None
    assert answer.startswith("Logged: 3 drinks")
    first, correction = inbound(engine)
    assert correction.intent == "report" and correction.parsed["corrects"] == first.id


def test_the_parsers_flag_is_what_makes_a_text_a_correction(text, patient_id, engine, monkeypatch):
    def flagged(body: str, prompt: str, lang: str) -> ParsedReply:
        parsed = parse(body, prompt, lang)
        return dataclasses.replace(parsed, correction=True) if body == "3" else parsed

    monkeypatch.setattr(bot.conversation, "parse", flagged)
    said(text("2 beers"))
    said(text("3"))
    [row] = intake(engine)
    assert (row.standard_drinks, row.original["standard_drinks"]) == (3, 2)


def test_a_correction_with_nothing_recent_to_correct_is_logged_as_a_report(text, patient_id, engine):
    answer = said(text("sorry, it was 3"))
    [row] = intake(engine)
    assert (row.standard_drinks, row.original, row.corrected_at) == (3, None, None)
    assert answer.startswith("Logged: 3 drinks")


def test_a_log_older_than_the_correction_window_is_left_alone(text, patient_id, engine):
    said(text("2 beers"))
    [row] = intake(engine)
    with Session(engine) as session:
        session.execute(
            update(IntakeReport).values(received_at=row.received_at - CORRECTION_WINDOW - timedelta(hours=1))
        )
        session.commit()
    said(text("sorry, it was 3"))
    old, new = intake(engine)
    assert (old.standard_drinks, old.corrected_at) == (2, None)
    assert new.standard_drinks == 3
