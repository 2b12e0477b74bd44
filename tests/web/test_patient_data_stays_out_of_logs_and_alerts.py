"""Status callbacks carry the patient's number, and the outbox row holds the text: neither may reach a log line
or an alert, which coordinators forward and log aggregators keep. The log names the outbox row and its status."""

import logging

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.models import Alert
from tests.web.twilio_calls import BODY, PATIENT_PHONE, Twilio, add_message, sid

NATIONAL = PATIENT_PHONE.removeprefix("+1")


@pytest.mark.parametrize(
    ("status", "code"),
    [
        ("sent", None),
        ("delivered", None),
        ("undelivered", 30003),
        ("failed", 21610),
        ("failed", 30006),
        ("failed", 21211),
        ("failed", 21408),
    ],
)
def test_alert_text_and_logs_contain_no_phone_number_or_message_body(
    twilio: Twilio, session: Session, caplog: pytest.LogCaptureFixture, status: str, code: int | None
) -> None:
    message = add_message(session, sid=sid(1))
    session.commit()
    caplog.set_level(logging.DEBUG)

    assert twilio.status(sid(1), status, code).status_code == 200

    alert_text = " ".join(alert.message for alert in session.scalars(select(Alert)))
    for text in (alert_text, caplog.text):
        assert PATIENT_PHONE not in text
        assert NATIONAL not in text
        assert BODY not in text
    outcome = [r.getMessage() for r in caplog.records if r.name == "taperline.twilio"]
    assert any(f"outbox {message.id} " in line for line in outcome)


def test_a_refused_request_logs_no_phone_number(
    twilio: Twilio, session: Session, caplog: pytest.LogCaptureFixture
) -> None:
    add_message(session, sid=sid(1))
    session.commit()
    caplog.set_level(logging.DEBUG)

    assert twilio.status(sid(1), "failed", 21610, signature="forged").status_code == 403
    assert twilio.status(sid(2), "failed", 21610).status_code == 200

    assert PATIENT_PHONE not in caplog.text
    assert NATIONAL not in caplog.text
