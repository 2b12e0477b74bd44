"""Administration commands: clinics, patients, appointments, CSV import and the outbox (CONTRACTS.md section 1)."""

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from sqlalchemy import select

from bot import admin
from bot.cli.app import app
from bot.cli.database import database_session
from bot.cli.output import iso, print_table
from bot.db import utcnow
from bot.errors import TaperlineError
from bot.importer import ImportRefused, ImportReport, import_appointments
from bot.models import Appointment, Clinic, OutboundMessage, OutboxStatus, Patient
from bot.outbox import Replan

clinic_app = typer.Typer(help="Clinics.", no_args_is_help=True)
patient_app = typer.Typer(help="Patients.", no_args_is_help=True)
appointment_app = typer.Typer(help="One appointment: add, move or cancel it.", no_args_is_help=True)
appointments_app = typer.Typer(help="Appointments in bulk.", no_args_is_help=True)
outbox_app = typer.Typer(help="Planned and sent messages.", no_args_is_help=True)
app.add_typer(clinic_app, name="clinic")
app.add_typer(patient_app, name="patient")
app.add_typer(appointment_app, name="appointment")
app.add_typer(appointments_app, name="appointments")
app.add_typer(outbox_app, name="outbox")

JsonFlag = Annotated[bool, typer.Option("--json", help="Print the record as JSON.")]


def clinic_json(clinic: Clinic) -> dict[str, Any]:
    return {
        "id": clinic.id,
        "name": clinic.name,
        "timezone": clinic.timezone,
        "phone": clinic.phone,
        "on_call_phone": clinic.on_call_phone,
        "country": clinic.country,
        "max_rate": clinic.max_rate,
        "custom_cadence": clinic.cadence_yaml is not None,
    }


def patient_json(patient: Patient, replanned: Replan) -> dict[str, Any]:
    return {
        "id": patient.id,
        "clinic_id": patient.clinic_id,
        "name": patient.name,
        "phone": patient.phone,
        "timezone": patient.timezone,
        "language": patient.language,
        "consent": patient.consent_method,
        "enrolled_at": iso(patient.enrolled_at),
        "planned_messages": replanned.planned,
    }


def appointment_json(appointment: Appointment, replanned: Replan) -> dict[str, Any]:
    return {
        "id": appointment.id,
        "patient_id": appointment.patient_id,
        "starts_at": iso(appointment.starts_at),
        "status": appointment.status,
        "planned_messages": replanned.planned,
        "cancelled_messages": replanned.cancelled,
    }


def emit(record: dict[str, Any], as_json: bool, summary: str) -> None:
    typer.echo(json.dumps(record, indent=2) if as_json else summary)


@clinic_app.command("add")
def clinic_add(
    name: Annotated[str, typer.Option(help="The clinic's name, as patients know it.")],
    timezone: Annotated[str, typer.Option(help="IANA zone; patients default to it.")],
    phone: Annotated[str | None, typer.Option(help="The clinic's phone (E.164), given in HELP answers.")] = None,
    on_call_phone: Annotated[str | None, typer.Option(help="Who is texted at once about a crisis.")] = None,
    max_rate: Annotated[float, typer.Option(help="Messages per second from this clinic's sender.")] = 1.0,
    country: Annotated[
        str | None, typer.Option(help="Region for national numbers (default: the phone's, or US).")
    ] = None,
    cadence: Annotated[Path | None, typer.Option(help="The clinic's own cadence YAML (default: built in).")] = None,
    as_json: JsonFlag = False,
) -> None:
    """Add a clinic."""
    cadence_yaml = _read_text(cadence) if cadence else None
    with database_session() as session:
        clinic = admin.add_clinic(
            session,
            name=name,
            timezone=timezone,
            phone=phone,
            on_call_phone=on_call_phone,
            max_rate=max_rate,
            country=country,
            cadence_yaml=cadence_yaml,
            cadence_source=str(cadence),
        )
    emit(clinic_json(clinic), as_json, f"added clinic {clinic.id}: {clinic.name} ({clinic.timezone})")


@patient_app.command("add")
def patient_add(
    clinic: Annotated[int, typer.Option(help="The clinic's id.")],
    name: Annotated[str, typer.Option(help="The patient's name.")],
    phone: Annotated[str, typer.Option(help="Mobile number; a national one takes the clinic's country.")],
    timezone: Annotated[str | None, typer.Option(help="IANA zone (default: the clinic's).")] = None,
    language: Annotated[str, typer.Option(help="en or es.")] = "en",
    consent: Annotated[str | None, typer.Option(help="written, verbal or sms; without it nothing is sent.")] = None,
    enrolled: Annotated[str | None, typer.Option(help="When the patient joined, local ISO (default: now).")] = None,
    as_json: JsonFlag = False,
) -> None:
    """Enrol a patient. Messages are planned only once consent is recorded."""
    with database_session() as session:
        patient, replanned = admin.add_patient(
            session,
            clinic_id=clinic,
            name=name,
            phone=phone,
            now=utcnow(),
            timezone=timezone,
            language=language,
            consent=consent,
            enrolled=enrolled,
        )
    note = "" if patient.consent_method else "; no consent recorded, so nothing will be sent"
    emit(patient_json(patient, replanned), as_json, f"added patient {patient.id} ({patient.phone}){note}")


@appointment_app.command("add")
def appointment_add(
    patient: Annotated[int, typer.Option(help="The patient's id.")],
    at: Annotated[str, typer.Option(help="Start, ISO, local to the patient's zone, e.g. 2027-03-14T09:00.")],
    as_json: JsonFlag = False,
) -> None:
    """Book an infusion and plan the messages that prepare for it."""
    with database_session() as session:
        appointment, replanned = admin.add_appointment(session, patient_id=patient, at=at, now=utcnow())
    emit(appointment_json(appointment, replanned), as_json, _changed("added", appointment, replanned))


@appointment_app.command("move")
def appointment_move(
    appointment_id: Annotated[int, typer.Argument(metavar="ID", help="The appointment's id.")],
    at: Annotated[str, typer.Option(help="New start, ISO, local to the patient's zone.")],
    as_json: JsonFlag = False,
) -> None:
    """Move an infusion; unsent messages are re-planned, sent ones are not repeated."""
    with database_session() as session:
        appointment, replanned = admin.move_appointment(session, appointment_id, at=at, now=utcnow())
    emit(appointment_json(appointment, replanned), as_json, _changed("moved", appointment, replanned))


@appointment_app.command("cancel")
def appointment_cancel(
    appointment_id: Annotated[int, typer.Argument(metavar="ID", help="The appointment's id.")],
    as_json: JsonFlag = False,
) -> None:
    """Cancel an infusion and its unsent messages."""
    with database_session() as session:
        appointment, replanned = admin.cancel_appointment(session, appointment_id, now=utcnow())
    emit(appointment_json(appointment, replanned), as_json, _changed("cancelled", appointment, replanned))


def _changed(verb: str, appointment: Appointment, replanned: Replan) -> str:
    return (
        f"{verb} appointment {appointment.id} at {iso(appointment.starts_at)}: "
        f"{replanned.planned} messages planned, {replanned.cancelled} cancelled"
    )


@appointments_app.command("import")
def appointments_import(
    file: Annotated[Path, typer.Argument(metavar="FILE.csv", help="name, phone, appointment_at[, timezone, ...]")],
    clinic: Annotated[int, typer.Option(help="The clinic's id.")],
    skip_invalid: Annotated[bool, typer.Option(help="Import the good rows and list the bad ones.")] = False,
    as_json: JsonFlag = False,
) -> None:
    """Import appointments from CSV; a bad row stops the whole import unless --skip-invalid."""
    try:
        with file.open(newline="", encoding="utf-8-sig") as source, database_session() as session:
            report = import_appointments(session, clinic, source, utcnow(), skip_invalid=skip_invalid)
    except OSError as error:
        raise TaperlineError(f"{file}: cannot read it ({error.strerror or error})") from None
    except UnicodeDecodeError:
        raise TaperlineError(f"{file}: not a UTF-8 text file") from None
    except ImportRefused as refused:
        for problem in refused.problems:
            typer.echo(f"{file}: {problem}", err=True)
        raise
    for problem in report.skipped:
        typer.echo(f"{file}: skipped {problem}", err=True)
    emit(_import_json(report), as_json, _import_summary(report))


def _import_json(report: ImportReport) -> dict[str, Any]:
    return {
        "patients_added": report.patients_added,
        "appointments_added": report.appointments_added,
        "appointments_moved": report.appointments_moved,
        "unchanged": report.unchanged,
        "skipped": [{"line": problem.line, "reason": problem.reason} for problem in report.skipped],
    }


def _import_summary(report: ImportReport) -> str:
    return (
        f"imported {report.appointments_added} new and {report.appointments_moved} moved appointments "
        f"({report.patients_added} new patients); {report.unchanged} unchanged, {len(report.skipped)} skipped"
    )


@outbox_app.command("list")
def outbox_list(
    patient: Annotated[int | None, typer.Option(help="Only this patient's messages.")] = None,
    status: Annotated[str | None, typer.Option(help="Only this status: " + ", ".join(OutboxStatus))] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON array.")] = False,
) -> None:
    """Planned and sent messages, in sending order."""
    if status is not None and status not in set(OutboxStatus):
        raise TaperlineError(f"--status must be one of {', '.join(OutboxStatus)}, not {status!r}")
    query = select(OutboundMessage).order_by(OutboundMessage.send_at, OutboundMessage.id)
    if patient is not None:
        query = query.where(OutboundMessage.patient_id == patient)
    if status is not None:
        query = query.where(OutboundMessage.status == status)
    with database_session() as session:
        if patient is not None:
            admin.get(session, Patient, patient)
        rows = [_outbox_json(row) for row in session.scalars(query)]
    if as_json:
        typer.echo(json.dumps(rows, indent=2))
        return
    columns = ("id", "patient", "appointment", "kind", "send_at (UTC)", "status", "twilio_sid", "error", "tries")
    print_table(f"{len(rows)} messages", columns, [list(row.values()) for row in rows])


def _outbox_json(row: OutboundMessage) -> dict[str, Any]:
    return {
        "id": row.id,
        "patient_id": row.patient_id,
        "appointment_id": row.appointment_id,
        "kind": row.kind,
        "send_at": iso(row.send_at),
        "status": row.status,
        "twilio_sid": row.twilio_sid,
        "error_code": row.error_code,
        "attempts": row.attempts,
    }


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as error:
        raise TaperlineError(f"{path}: cannot read it ({error.strerror or error})") from None
