"""When a bug of the parser's raises, parse() catches it and names it (`fallback`): the text still reaches a person
as an `unparsed` alert, a crisis still gets its crisis handling, and one WARNING line names the exception and the
message's sid, never the text or the patient's number."""

import logging

import pytest

import replies.parser
from tests.conversation.conftest import PHONE, said
from tests.queries import alerts, intake

SID = "SM" + "f" * 32


class ParserBug(Exception):
    pass


@pytest.fixture
def broken_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    def read(*_args: object) -> None:
        raise ParserBug("the text was: 2 beers")

    monkeypatch.setattr(replies.parser, "_read", read)


def test_the_text_raises_one_unparsed_alert_naming_the_error(text, patient_id, engine, broken_parser):
    answer = said(text("2 beers", sid=SID))
    assert "get back to you" in answer
    [alert] = alerts(engine)
    assert alert.kind == "unparsed" and "ParserBug" in alert.message and '"2 beers"' in alert.message
    assert intake(engine) == []


def test_one_warning_names_the_error_and_the_message_but_not_its_text_or_number(
    text, patient_id, caplog, broken_parser
):
    caplog.set_level(logging.DEBUG)
    said(text("2 beers", sid=SID))
    [line] = [r for r in caplog.records if r.name == "taperline.conversation"]
    assert line.levelno == logging.WARNING
    assert "ParserBug" in line.getMessage() and SID in line.getMessage()
    for secret in ("2 beers", PHONE, PHONE.removeprefix("+1")):
        assert secret not in caplog.text


def test_a_crisis_still_gets_its_crisis_handling(text, patient_id, engine, broken_parser):
    answer = said(text("I want to die. had 2 beers"))
    assert "988" in answer and "911" in answer
    assert sorted(alert.kind for alert in alerts(engine)) == ["crisis", "unparsed"]


def test_a_parser_that_reads_the_text_logs_nothing(text, patient_id, caplog):
    caplog.set_level(logging.DEBUG)
    said(text("2 beers"))
    assert [r for r in caplog.records if r.name == "taperline.conversation"] == []
