"""The adherence log as the outside world reads it (CONTRACTS.md section 5): one flat record per intake row."""

from collections.abc import Iterator
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.models import InboundMessage, IntakeReport, Patient

INTAKE_FIELDS = (
    "patient_id",
    "phone",
    "day",
    "substance",
    "standard_drinks",
    "mg",
    "tablets",
    "diazepam_eq_mg",
    "message_sid",
    "received_at",
    "corrected",
)


def intake_records(
    session: Session, clinic_id: int | None = None, patient_id: int | None = None, since: date | None = None
) -> Iterator[dict[str, Any]]:
    """Oldest day first, streamed, so an export of a large clinic does not sit in memory."""
    query = (
        select(IntakeReport, Patient.phone, InboundMessage.message_sid)
        .join(Patient, IntakeReport.patient_id == Patient.id)
        .outerjoin(InboundMessage, IntakeReport.inbound_message_id == InboundMessage.id)
        .order_by(IntakeReport.day, IntakeReport.patient_id, IntakeReport.id)
        .execution_options(yield_per=500)
    )
    if clinic_id is not None:
        query = query.where(IntakeReport.clinic_id == clinic_id)
    if patient_id is not None:
        query = query.where(IntakeReport.patient_id == patient_id)
    if since is not None:
        query = query.where(IntakeReport.day >= since)
    for report, phone, message_sid in session.execute(query):
        yield {
            "patient_id": report.patient_id,
            "phone": phone,
            "day": report.day.isoformat(),
            "substance": report.substance,
            "standard_drinks": report.standard_drinks,
            "mg": report.mg,
            "tablets": report.tablets,
            "diazepam_eq_mg": report.diazepam_eq_mg,
            "message_sid": message_sid,
            "received_at": report.received_at.isoformat().replace("+00:00", "Z"),
            "corrected": report.corrected_at is not None,
        }
