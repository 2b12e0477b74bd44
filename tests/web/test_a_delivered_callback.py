"""A signed `delivered` status callback marks its outbox row delivered, and only that row."""

from sqlalchemy.orm import Session

from tests.web.twilio_calls import Twilio, add_message, sid


def test_a_signed_delivered_callback_marks_the_message_delivered(twilio: Twilio, session: Session) -> None:
    message = add_message(session, sid=sid(1))
    session.commit()

    response = twilio.status(sid(1), "delivered")

    assert response.status_code == 200
    session.expire_all()
    assert message.status == "delivered"
    assert message.error_code is None


def test_a_delivered_callback_leaves_the_patients_other_messages_alone(twilio: Twilio, session: Session) -> None:
    message = add_message(session, sid=sid(1))
    other = add_message(session, message.patient, message.appointment, sid=sid(2), kind="day_before")
    session.commit()

    twilio.status(sid(1), "delivered")

    session.expire_all()
    assert other.status == "sent"
