"""A permanent failure that says nothing about the patient's number (21408: sending to that region is not
enabled on the account) raises an alert for a coordinator but keeps the patient on the list: the fix is in the
clinic's Twilio settings, not in the patient record."""

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.models import Alert
from tests.web.twilio_calls import Twilio, sent_with_one_planned, sid


def test_a_failed_callback_with_21408_raises_an_alert_and_keeps_texting_the_patient(
    twilio: Twilio, session: Session
) -> None:
    patient, message, planned = sent_with_one_planned(session)

    response = twilio.status(sid(1), "failed", 21408)

    assert response.status_code == 200
    session.expire_all()
    assert (message.status, message.error_code) == ("failed", 21408)
    assert patient.may_be_texted
    assert planned.status == "planned"
    alerts = session.scalars(select(Alert)).all()
    assert [(a.kind, a.patient_id, a.outbound_message_id) for a in alerts] == [
        ("delivery_failure", patient.id, message.id)
    ]
    assert "21408" in alerts[0].message
