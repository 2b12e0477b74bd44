"""Whether a patient may still be texted, and what happens to their outbox when they may not.

Both an opt-out (STOP, or Twilio's 21610) and a number Twilio refuses end the same way: every unsent message is
cancelled at once, in the same transaction, so no dispatcher can pick one up afterwards.
"""

from datetime import datetime

from sqlalchemy import update
from sqlalchemy.orm import Session

from bot.alerts import raise_alert
from bot.models import AlertKind, OutboundMessage, OutboxStatus, Patient
from bot.transports import RECIPIENT_CODES

OPTED_OUT_CODE = 21610


def opt_out(session: Session, patient: Patient, now: datetime) -> int:
    """The patient said STOP; returns how many unsent messages were cancelled."""
    if patient.opted_out_at is None:
        patient.opted_out_at = now
    return cancel_unsent(session, patient)


def refuse_number(
    session: Session, patient: Patient, code: int, now: datetime, outbound_message_id: int | None = None
) -> None:
    """Twilio refused the patient's number: stop texting them and tell a coordinator why."""
    if code == OPTED_OUT_CODE:
        opt_out(session, patient, now)
        reason = "Twilio reports this patient opted out (error 21610); texts stopped."
    else:
        patient.unreachable_at, patient.unreachable_code = now, code
        cancel_unsent(session, patient)
        reason = f"Twilio cannot text this patient's number (error {code}); texts stopped. Check the number."
    raise_alert(session, patient, AlertKind.DELIVERY_FAILURE, reason, outbound_message_id=outbound_message_id)


def refuse_message(session: Session, row: OutboundMessage, code: int | None, now: datetime, reason: str) -> bool:
    """A message that will never be delivered, whether Twilio refused it at send time or reported it later. When
    the fault is the patient's number nothing more is sent to it; otherwise a coordinator is told `reason`.
    Returns whether the number was refused."""
    if code in RECIPIENT_CODES:
        refuse_number(session, row.patient, code, now, outbound_message_id=row.id)
        return True
    raise_alert(session, row.patient, AlertKind.DELIVERY_FAILURE, reason, outbound_message_id=row.id)
    return False


def cancel_unsent(session: Session, patient: Patient) -> int:
    result = session.execute(
        update(OutboundMessage)
        .where(OutboundMessage.patient_id == patient.id, OutboundMessage.status == OutboxStatus.PLANNED)
        .values(status=OutboxStatus.CANCELLED.value)
        .execution_options(synchronize_session="fetch")
    )
    return result.rowcount
