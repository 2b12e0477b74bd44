"""A report holding words the parser could not account for (`review`) is logged for what is clear, but a person
also reads it: a `review` alert, and the patient is told someone will get back to them as well as what was logged.

Until the parser flags such texts itself, the conversation's `parse` is wrapped to mark every report of a real
parse as needing review.
"""

import dataclasses
from collections.abc import Callable

import pytest
from sqlalchemy.orm import Session

import bot.conversation
from bot.models import Patient
from messages.dates import short_date
from replies import Intent, ParsedReply, parse
from replies.reasons import Reason
from replies.reply import READS_LIKE_A_CRISIS
from tests.conversation.conftest import said
from tests.queries import alerts, inbound, intake

ACKNOWLEDGEMENT = "Thanks, Maya. Someone from Hudson Ketamine will read your message and get back to you."


def reviewed(only: str | None = None) -> Callable[[str, str, str], ParsedReply]:
    """The real parser, with every report (or only the text `only`) marked as holding stray words."""

    def parse_for_review(text: str, prompt: str, lang: str) -> ParsedReply:
        parsed = parse(text, prompt, lang)
        if parsed.intent is Intent.REPORT and only in (None, text):
            return dataclasses.replace(parsed, review=True)
        return parsed

    return parse_for_review


@pytest.fixture
def review(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bot.conversation, "parse", reviewed())


def test_the_report_is_logged_and_a_review_alert_names_what_the_patient_wrote(text, patient_id, engine, review):
    said(text("2 beers"))
    [row] = intake(engine)
    assert (row.substance, row.standard_drinks) == ("alcohol", 2.0)
    [alert] = alerts(engine)
    assert alert.kind == "review" and alert.patient_id == patient_id and '"2 beers"' in alert.message
    assert alert.inbound_message_id == row.inbound_message_id
    assert inbound(engine)[0].parsed["review"] is True


def test_the_answer_says_someone_will_get_back_and_what_was_logged_in_one_text(text, patient_id, engine, review):
    answer = said(text("2 beers"))
    [row] = intake(engine)
    assert answer == f"{ACKNOWLEDGEMENT} Logged: 2 drinks on {short_date(row.day, 'en')}. Thanks!"


def test_a_spanish_patient_gets_both_answers_in_spanish(text, patient_id, engine, review):
    with Session(engine) as session:
        session.get_one(Patient, patient_id).language = "es"
        session.commit()
    answer = said(text("2 cervezas"))
    assert answer.startswith("Gracias, Maya. Alguien de Hudson Ketamine leerá su mensaje")
    assert "Registrado: 2 bebidas" in answer


def test_a_report_without_stray_words_is_only_confirmed(text, patient_id, engine):
    answer = said(text("2 beers"))
    assert answer.startswith("Logged: 2 drinks") and "get back to you" not in answer
    assert alerts(engine) == []


def test_an_unclear_report_is_asked_about_first_and_reviewed_once_the_answer_completes_it(
    text, patient_id, engine, monkeypatch
):
    first = "some wine last night"
    monkeypatch.setattr(bot.conversation, "parse", reviewed(only=first))  # the answer has no stray words
    question = said(text(first))
    assert "?" in question and alerts(engine) == [] and intake(engine) == []
    answer = said(text("2 glasses"))
    assert [row.standard_drinks for row in intake(engine)] == [2]
    assert [alert.kind for alert in alerts(engine)] == ["review"]
    assert answer.startswith(ACKNOWLEDGEMENT) and "Logged: 2 drinks" in answer


def test_a_correction_with_stray_words_is_reviewed_too(text, patient_id, engine, monkeypatch):
    said(text("2 beers"))
    monkeypatch.setattr(bot.conversation, "parse", reviewed())
    answer = said(text("sorry, it was 3"))
    [row] = intake(engine)
    assert row.standard_drinks == 3 and row.original["standard_drinks"] == 2
    assert [alert.kind for alert in alerts(engine)] == ["review"]
    assert answer.startswith(ACKNOWLEDGEMENT) and "Logged: 3 drinks" in answer


def test_a_fully_read_report_that_reads_like_a_crisis_says_so_in_its_alert(text, patient_id, engine, monkeypatch):
    def second_look(text: str, prompt: str, lang: str) -> ParsedReply:
        parsed = parse(text, prompt, lang)
        return dataclasses.replace(parsed, review=True, why=(*parsed.why, Reason(READS_LIKE_A_CRISIS, "tired", "0.7")))

    monkeypatch.setattr(bot.conversation, "parse", second_look)
    said(text("2 beers"))
    [alert] = alerts(engine)
    assert alert.kind == "review" and "reads somewhat like a crisis" in alert.message and len(intake(engine)) == 1
