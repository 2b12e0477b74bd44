"""Importing appointments from a clinic's CSV export: every row checked before anything is written.

A file with a bad row imports nothing unless the caller chooses to skip bad rows, and importing the same file
again changes nothing: patients are matched by phone, appointments by external id or by time.
"""

import csv
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.admin import audit, find_patient, get, one_of, required_name
from bot.errors import TaperlineError
from bot.models import Appointment, AppointmentStatus, Clinic, ConsentMethod, Language, Patient
from bot.outbox import replan
from bot.phones import to_e164
from bot.zones import parse_local_datetime, parse_zone

REQUIRED = ("name", "phone", "appointment_at")
OPTIONAL = ("timezone", "language", "consent", "external_id")


@dataclass(frozen=True)
class Problem:
    line: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


class ImportRefused(TaperlineError):
    """Bad rows and nothing imported; each problem is reported on its own line."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(f"{len(problems)} bad row(s), nothing imported (--skip-invalid imports the good ones)")


@dataclass(frozen=True)
class _Row:
    line: int
    name: str
    phone: str
    starts_at: datetime
    timezone: str
    language: str | None
    consent: str | None
    external_id: str | None


@dataclass
class ImportReport:
    patients_added: int = 0
    appointments_added: int = 0
    appointments_moved: int = 0
    unchanged: int = 0
    skipped: list[Problem] = field(default_factory=list)


def import_appointments(
    session: Session, clinic_id: int, source: TextIO, now: datetime, skip_invalid: bool = False
) -> ImportReport:
    clinic = get(session, Clinic, clinic_id)
    rows, problems = _read(session, clinic, source, now)
    if problems and not skip_invalid:
        raise ImportRefused(problems)
    report = ImportReport(skipped=problems)
    changed: dict[int, Patient] = {}
    for row in rows:
        patient = _patient_for(session, clinic, row, now, report)
        if _upsert_appointment(session, patient, row, report):
            changed[patient.id] = patient
    for patient in changed.values():
        replan(session, patient, now)
    if changed:
        audit(session, "import", clinic, {"added": report.appointments_added, "moved": report.appointments_moved})
    session.flush()
    return report


def _read(session: Session, clinic: Clinic, source: TextIO, now: datetime) -> tuple[list[_Row], list[Problem]]:
    reader = csv.DictReader(source)
    header = [name.strip().lower() for name in reader.fieldnames or []]
    missing = [name for name in REQUIRED if name not in header]
    unknown = [name for name in header if name not in REQUIRED + OPTIONAL]
    if missing or unknown:
        parts = [f"missing column(s) {', '.join(missing)}" if missing else ""]
        parts.append(f"unknown column(s) {', '.join(unknown)}" if unknown else "")
        raise TaperlineError(f"line 1: {'; '.join(p for p in parts if p)} (expected {', '.join(REQUIRED + OPTIONAL)})")
    reader.fieldnames = header
    rows, problems = [], []
    for values in reader:
        line = reader.line_num
        try:
            rows.append(_check(session, clinic, line, _cleaned(values.items()), now))
        except TaperlineError as error:
            problems.append(Problem(line, str(error)))
    return rows, problems


def _cleaned(items: Iterable[tuple[str | None, object]]) -> dict[str, str]:
    return {key: value.strip() for key, value in items if key is not None and isinstance(value, str) and value.strip()}


def _check(session: Session, clinic: Clinic, line: int, values: dict[str, str], now: datetime) -> _Row:
    for name in REQUIRED:
        if name not in values:
            raise TaperlineError(f"{name} is empty")
    phone = to_e164(values["phone"], clinic.country)
    known = find_patient(session, clinic.id, phone)
    zone_name = values.get("timezone") or (known.timezone if known else clinic.timezone)
    zone = parse_zone(zone_name)
    starts_at = parse_local_datetime(values["appointment_at"], zone, "appointment_at")
    if starts_at <= now:
        raise TaperlineError(f"appointment_at {values['appointment_at']} has already passed")
    language = one_of(Language, values["language"], "language") if "language" in values else None
    consent = one_of(ConsentMethod, values["consent"], "consent") if "consent" in values else None
    name = required_name(values["name"], "name")
    return _Row(line, name, phone, starts_at, zone_name, language, consent, values.get("external_id"))


def _patient_for(session: Session, clinic: Clinic, row: _Row, now: datetime, report: ImportReport) -> Patient:
    patient = find_patient(session, clinic.id, row.phone)
    if patient is None:
        patient = Patient(
            clinic_id=clinic.id,
            name=row.name,
            phone=row.phone,
            timezone=row.timezone,
            language=row.language or Language.EN.value,
            enrolled_at=now,
        )
        session.add(patient)
        report.patients_added += 1
    if row.consent and patient.consent_method is None:
        patient.consent_method, patient.consent_at, patient.consent_by = row.consent, now, "import"
    session.flush()
    return patient


def _upsert_appointment(session: Session, patient: Patient, row: _Row, report: ImportReport) -> bool:
    """Add or move the row's appointment; False when it was already there as the row says."""
    live = select(Appointment).where(
        Appointment.patient_id == patient.id, Appointment.status != AppointmentStatus.CANCELLED
    )
    if row.external_id:
        same = session.scalars(live.where(Appointment.external_id == row.external_id)).first()
        if same is not None:
            if same.starts_at == row.starts_at:
                report.unchanged += 1
                return False
            same.starts_at, same.status = row.starts_at, AppointmentStatus.MOVED.value
            report.appointments_moved += 1
            return True
    if session.scalars(live.where(Appointment.starts_at == row.starts_at)).first() is not None:
        report.unchanged += 1
        return False
    session.add(Appointment(patient_id=patient.id, starts_at=row.starts_at, external_id=row.external_id))
    report.appointments_added += 1
    return True
