"""Twilio's 21610 means the patient texted STOP to the clinic's number: they are opted out, everything not yet
sent is cancelled, and a coordinator is told."""

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.models import Alert
from tests.bot.factories import add_appointment, add_patient
from tests.web.twilio_calls import Twilio, add_message, sid


def test_a_failed_callback_with_21610_opts_the_patient_out_cancels_unsent_messages_and_raises_an_alert(
    twilio: Twilio, session: Session
) -> None:
    patient = add_patient(session, consent_method="written")
    appointment = add_appointment(session, patient)
    message = add_message(session, appointment=appointment, sid=sid(1))
    earlier = add_message(session, appointment=appointment, sid=sid(2), kind="welcome", status="delivered")
    planned = add_message(session, appointment=appointment, sid=None, status="planned", kind="day_before")
    session.commit()

    response = twilio.status(sid(1), "failed", 21610)

    assert response.status_code == 200
    session.expire_all()
    assert (message.status, message.error_code) == ("failed", 21610)
    assert patient.opted_out_at is not None
    assert not patient.may_be_texted
    assert planned.status == "cancelled"
    assert earlier.status == "delivered"
    alerts = session.scalars(select(Alert)).all()
    assert [(a.kind, a.patient_id, a.outbound_message_id) for a in alerts] == [
        ("delivery_failure", patient.id, message.id)
    ]
