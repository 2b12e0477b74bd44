"""Minimal valid rows, so each test spells out only what it is about."""

from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from bot.models import Appointment, Clinic, Patient


def add_clinic(session: Session, **fields: Any) -> Clinic:
    clinic = Clinic(**{"name": "Clearwater Infusions", "timezone": "America/New_York", **fields})
    session.add(clinic)
    session.flush()
    return clinic


def add_patient(session: Session, clinic: Clinic | None = None, **fields: Any) -> Patient:
    clinic = clinic or add_clinic(session)
    patient = Patient(
        **{"clinic_id": clinic.id, "name": "Dana", "phone": "+15555550123", "timezone": clinic.timezone, **fields}
    )
    session.add(patient)
    session.flush()
    return patient


def add_appointment(session: Session, patient: Patient | None = None, **fields: Any) -> Appointment:
    patient = patient or add_patient(session)
    appointment = Appointment(
        **{"patient_id": patient.id, "starts_at": datetime(2027, 3, 14, 13, 0, tzinfo=UTC), **fields}
    )
    session.add(appointment)
    session.flush()
    return appointment
