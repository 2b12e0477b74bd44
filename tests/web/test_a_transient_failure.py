"""An undelivered message with a transient error (30003: handset off or out of coverage) is marked failed with
its code, and nothing else happens: the patient stays on the list and no coordinator is bothered."""

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.models import Alert
from tests.web.twilio_calls import Twilio, add_message, sent_with_one_planned, sid


def test_an_undelivered_callback_with_30003_marks_the_message_failed_and_raises_no_alert(
    twilio: Twilio, session: Session
) -> None:
    patient, message, planned = sent_with_one_planned(session)

    response = twilio.status(sid(1), "undelivered", 30003)

    assert response.status_code == 200
    session.expire_all()
    assert (message.status, message.error_code) == ("failed", 30003)
    assert planned.status == "planned"
    assert patient.may_be_texted
    assert session.scalars(select(Alert)).all() == []


def test_a_failed_callback_without_an_error_code_marks_the_message_failed_and_raises_no_alert(
    twilio: Twilio, session: Session
) -> None:
    message = add_message(session, sid=sid(1))
    session.commit()

    twilio.status(sid(1), "failed")

    session.expire_all()
    assert (message.status, message.error_code) == ("failed", None)
    assert message.patient.may_be_texted
    assert session.scalars(select(Alert)).all() == []
