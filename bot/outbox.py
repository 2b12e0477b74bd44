"""Writing a patient's plan into the outbox, and rewriting it when anything about their appointments changes.

The outbox is the single record of what will be sent. Re-planning runs inside the caller's transaction and
touches only rows still `planned`: whatever was sent, or is being sent, stays as it is (CONTRACTS.md rule 7).
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache, lru_cache
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.models import (
    Appointment,
    AppointmentStatus,
    Clinic,
    OutboundMessage,
    OutboxStatus,
    Patient,
    TaperPlan,
    TaperStep,
)
from schedules import planner
from schedules.cadence import Cadence, load_cadence, parse_cadence

# Rows that went out or may have: never planned again, and counted in the day's cap.
ATTEMPTED = {OutboxStatus.CLAIMED, OutboxStatus.SENT, OutboxStatus.DELIVERED, OutboxStatus.FAILED}
# Rows a new plan may take over again under the same (appointment, kind, slot).
REUSABLE = {OutboxStatus.PLANNED, OutboxStatus.CANCELLED, OutboxStatus.SKIPPED}


@dataclass(frozen=True)
class Replan:
    """What one re-plan did, for the person who caused it."""

    planned: int
    cancelled: int


@cache
def default_cadence() -> Cadence:
    return load_cadence()


def cadence_for(clinic: Clinic) -> Cadence:
    if clinic.cadence_yaml is None:
        return default_cadence()
    return _clinic_cadence(clinic.cadence_yaml, clinic.id)


@lru_cache(maxsize=256)
def _clinic_cadence(text: str, clinic_id: int) -> Cadence:
    """Parsing YAML costs milliseconds and the dispatcher asks for every message; a Cadence is frozen, so the
    parsed one is shared until the clinic's text changes."""
    return parse_cadence(text, f"cadence of clinic {clinic_id}")


def replan(session: Session, patient: Patient, now: datetime) -> Replan:
    """Make the patient's unsent outbox match a fresh plan; nothing is planned for a patient who may not be texted
    (no consent, opted out, or a number Twilio refused)."""
    session.flush()
    session.execute(select(Patient.id).where(Patient.id == patient.id).with_for_update())  # one at a time
    rows = session.scalars(select(OutboundMessage).where(OutboundMessage.patient_id == patient.id)).all()
    by_key = {(row.appointment_id, row.kind, row.slot): row for row in rows}
    wanted = _plan(session, patient, rows, now) if patient.may_be_texted else []

    planned = set()
    for message in wanted:
        key = (message.appointment.id, message.kind, message.slot)
        planned.add(key)
        row = by_key.get(key)
        if row is None:
            session.add(
                OutboundMessage(
                    patient_id=patient.id,
                    appointment_id=message.appointment.id,
                    kind=message.kind,
                    template=message.template,
                    slot=message.slot,
                    send_at=message.send_at,
                )
            )
        elif row.status in REUSABLE:
            row.send_at, row.template, row.status = message.send_at, message.template, OutboxStatus.PLANNED.value

    cancelled = 0
    for key, row in by_key.items():
        if row.status == OutboxStatus.PLANNED and key not in planned:
            row.status = OutboxStatus.CANCELLED.value
            cancelled += 1
    session.flush()
    return Replan(planned=len(wanted), cancelled=cancelled)


def _plan(
    session: Session, patient: Patient, rows: Sequence[OutboundMessage], now: datetime
) -> list[planner.PlannedMessage]:
    appointments = [
        planner.Appointment(appointment_id, starts_at)
        for appointment_id, starts_at in session.execute(
            select(Appointment.id, Appointment.starts_at).where(
                Appointment.patient_id == patient.id, Appointment.status != AppointmentStatus.CANCELLED
            )
        )
    ]
    sent = [
        planner.SentMessage(row.kind, row.appointment_id, row.slot, row.sent_at or row.send_at)
        for row in rows
        if row.status in ATTEMPTED
    ]
    taper_steps = session.scalars(
        select(TaperStep.starts_on).join(TaperPlan).where(TaperPlan.patient_id == patient.id, TaperPlan.active)
    ).all()
    return planner.plan(
        appointments,
        ZoneInfo(patient.timezone),
        patient.enrolled_at,
        cadence_for(patient.clinic),
        now=now,
        sent=sent,
        taper_steps=taper_steps,
    )
