"""Clinic administration: clinics, patients and appointments, each change re-planning in the same transaction.

Every function validates all of its input before it writes, raises TaperlineError with one line on bad input,
and leaves committing to the caller, so a refused change leaves the database as it was.
"""

from datetime import datetime
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.errors import TaperlineError
from bot.models import (
    Appointment,
    AppointmentStatus,
    AuditEvent,
    Base,
    Clinic,
    ConsentMethod,
    Language,
    Patient,
)
from bot.outbox import Replan, replan
from bot.phones import country_of, to_e164
from bot.zones import parse_local_datetime, parse_zone
from schedules.cadence import parse_cadence

Record = TypeVar("Record", bound=Base)


def get(session: Session, model: type[Record], record_id: int) -> Record:
    record = session.get(model, record_id)
    if record is None:
        raise TaperlineError(f"no {model.__name__.lower()} with id {record_id}")
    return record


def add_clinic(
    session: Session,
    *,
    name: str,
    timezone: str,
    phone: str | None = None,
    on_call_phone: str | None = None,
    max_rate: float = 1.0,
    country: str | None = None,
    cadence_yaml: str | None = None,
    cadence_source: str = "cadence",
) -> Clinic:
    parse_zone(timezone)
    if not max_rate > 0:
        raise TaperlineError(f"--max-rate must be a positive number of messages per second, not {max_rate}")
    if cadence_yaml is not None:
        parse_cadence(cadence_yaml, cadence_source)
    clinic_phone = to_e164(phone, country or "US") if phone else None
    region = (country or (clinic_phone and country_of(clinic_phone)) or "US").upper()
    clinic = Clinic(
        name=required_name(name),
        timezone=timezone,
        phone=clinic_phone,
        on_call_phone=to_e164(on_call_phone, region) if on_call_phone else None,
        country=region,
        max_rate=max_rate,
        cadence_yaml=cadence_yaml,
    )
    session.add(clinic)
    session.flush()
    audit(session, "add", clinic, {"timezone": timezone})
    return clinic


def add_patient(
    session: Session,
    *,
    clinic_id: int,
    name: str,
    phone: str,
    now: datetime,
    timezone: str | None = None,
    language: str = "en",
    consent: str | None = None,
    enrolled: str | None = None,
    external_id: str | None = None,
) -> tuple[Patient, Replan]:
    """Enrol a patient; with consent recorded, their appointments (none yet) will be planned."""
    clinic = get(session, Clinic, clinic_id)
    zone_name = timezone or clinic.timezone
    zone = parse_zone(zone_name)
    e164 = to_e164(phone, clinic.country)
    existing = find_patient(session, clinic.id, e164)
    if existing is not None:
        raise TaperlineError(f"{e164} is already patient {existing.id} at clinic {clinic.id}")
    patient = Patient(
        clinic_id=clinic.id,
        name=required_name(name),
        phone=e164,
        timezone=zone_name,
        language=one_of(Language, language, "--language"),
        consent_method=one_of(ConsentMethod, consent, "--consent") if consent else None,
        consent_at=now if consent else None,
        consent_by="cli" if consent else None,
        enrolled_at=parse_local_datetime(enrolled, zone, "--enrolled") if enrolled else now,
        external_id=external_id,
    )
    session.add(patient)
    session.flush()
    audit(session, "add", patient, {"consent": consent})
    return patient, replan(session, patient, now)


def find_patient(session: Session, clinic_id: int, e164: str) -> Patient | None:
    return session.scalars(select(Patient).where(Patient.clinic_id == clinic_id, Patient.phone == e164)).first()


def add_appointment(
    session: Session, *, patient_id: int, at: str, now: datetime, external_id: str | None = None
) -> tuple[Appointment, Replan]:
    patient = get(session, Patient, patient_id)
    starts_at = _future_time(at, patient, now)
    _refuse_double_booking(session, patient, starts_at)
    appointment = Appointment(patient_id=patient.id, starts_at=starts_at, external_id=external_id)
    session.add(appointment)
    session.flush()
    audit(session, "add", appointment, {"starts_at": starts_at.isoformat()})
    return appointment, replan(session, patient, now)


def move_appointment(session: Session, appointment_id: int, *, at: str, now: datetime) -> tuple[Appointment, Replan]:
    appointment = _live_appointment(session, appointment_id, "moved")
    starts_at = _future_time(at, appointment.patient, now)
    _refuse_double_booking(session, appointment.patient, starts_at, moving=appointment)
    detail = {"from": appointment.starts_at.isoformat(), "to": starts_at.isoformat()}
    appointment.starts_at = starts_at
    appointment.status = AppointmentStatus.MOVED.value
    audit(session, "move", appointment, detail)
    return appointment, replan(session, appointment.patient, now)


def cancel_appointment(session: Session, appointment_id: int, *, now: datetime) -> tuple[Appointment, Replan]:
    appointment = _live_appointment(session, appointment_id, "cancelled")
    appointment.status = AppointmentStatus.CANCELLED.value
    audit(session, "cancel", appointment, None)
    return appointment, replan(session, appointment.patient, now)


def _live_appointment(session: Session, appointment_id: int, verb: str) -> Appointment:
    appointment = get(session, Appointment, appointment_id)
    if appointment.status in (AppointmentStatus.CANCELLED, AppointmentStatus.DONE):
        raise TaperlineError(f"appointment {appointment_id} is {appointment.status}; it cannot be {verb}")
    return appointment


def _future_time(text: str, patient: Patient, now: datetime) -> datetime:
    zone = ZoneInfo(patient.timezone)
    starts_at = parse_local_datetime(text, zone, "--at")
    if starts_at <= now:
        raise TaperlineError(f"--at {starts_at.astimezone(zone):%Y-%m-%d %H:%M %Z} has already passed")
    return starts_at


def _refuse_double_booking(
    session: Session, patient: Patient, starts_at: datetime, moving: Appointment | None = None
) -> None:
    clash = session.scalars(
        select(Appointment).where(
            Appointment.patient_id == patient.id,
            Appointment.starts_at == starts_at,
            Appointment.status != AppointmentStatus.CANCELLED,
        )
    ).first()
    if clash is not None and clash is not moving:
        raise TaperlineError(f"patient {patient.id} already has appointment {clash.id} at that time")


def required_name(name: str, option: str = "--name") -> str:
    name = " ".join(name.split())
    if not name:
        raise TaperlineError(f"{option} must not be empty")
    if len(name) > 200:
        raise TaperlineError(f"{option} is longer than 200 characters")
    return name


def one_of(allowed: type[Language] | type[ConsentMethod], value: str, option: str) -> str:
    choices = [member.value for member in allowed]
    if value.lower() not in choices:
        raise TaperlineError(f"{option} must be one of {', '.join(choices)}, not {value!r}")
    return value.lower()


def audit(session: Session, action: str, record: Base, detail: dict[str, Any] | None) -> None:
    session.add(
        AuditEvent(actor="cli", action=action, entity=type(record).__tablename__, entity_id=record.id, detail=detail)
    )
