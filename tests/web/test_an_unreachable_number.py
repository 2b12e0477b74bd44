"""Twilio's 30006 means the number cannot receive SMS (a landline, or unreachable from this sender): the patient
is marked unreachable with the code, everything not yet sent is cancelled, and a coordinator is told to check
the number."""

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.models import Alert
from tests.web.twilio_calls import Twilio, sent_with_one_planned, sid


def test_a_failed_callback_with_30006_marks_the_patient_unreachable_and_raises_an_alert(
    twilio: Twilio, session: Session
) -> None:
    patient, message, planned = sent_with_one_planned(session)

    response = twilio.status(sid(1), "failed", 30006)

    assert response.status_code == 200
    session.expire_all()
    assert (message.status, message.error_code) == ("failed", 30006)
    assert patient.unreachable_at is not None
    assert patient.unreachable_code == 30006
    assert patient.opted_out_at is None
    assert not patient.may_be_texted
    assert planned.status == "cancelled"
    alerts = session.scalars(select(Alert)).all()
    assert [(a.kind, a.patient_id, a.outbound_message_id) for a in alerts] == [
        ("delivery_failure", patient.id, message.id)
    ]
    assert "30006" in alerts[0].message
