"""Alerts: things a coordinator must see and act on. Raising one is a row; telling a human is the dashboard's job
(and, for a crisis, the on-call phone's)."""

from sqlalchemy.orm import Session

from bot.models import Alert, AlertKind, InboundMessage, Patient


def raise_alert(
    session: Session,
    patient: Patient,
    kind: AlertKind,
    message: str,
    *,
    outbound_message_id: int | None = None,
    inbound_message: InboundMessage | None = None,
) -> Alert:
    alert = Alert(
        clinic_id=patient.clinic_id,
        patient_id=patient.id,
        kind=kind.value,
        message=message,
        outbound_message_id=outbound_message_id,
        inbound_message=inbound_message,
    )
    session.add(alert)
    return alert
