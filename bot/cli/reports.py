"""What coordinators take away: the adherence log (`export intake`) and the alerts to act on (`alerts list`)."""

import csv
import json
import sys
from datetime import date
from enum import StrEnum
from typing import Annotated, Any

import typer
from sqlalchemy import select

from bot.cli.app import app
from bot.cli.database import database_session
from bot.cli.output import iso, print_table
from bot.errors import TaperlineError

export_app = typer.Typer(help="Export records.", no_args_is_help=True)
alerts_app = typer.Typer(help="Alerts for the clinic's staff.", no_args_is_help=True)
app.add_typer(export_app, name="export")
app.add_typer(alerts_app, name="alerts")


class Format(StrEnum):
    CSV = "csv"
    JSON = "json"


@export_app.command("intake")
def export_intake(
    output: Annotated[Format, typer.Option("--format", help="csv (with a header line) or json (an array).")],
    clinic: Annotated[int | None, typer.Option(help="Only this clinic.")] = None,
    patient: Annotated[int | None, typer.Option(help="Only this patient.")] = None,
    since: Annotated[str | None, typer.Option(help="Only days on or after this date (YYYY-MM-DD).")] = None,
) -> None:
    """The adherence log: one row per logged substance per patient-local day."""
    from bot.adherence import INTAKE_FIELDS, intake_records

    first_day = _date(since, "--since") if since else None
    with database_session() as session:
        records = intake_records(session, clinic_id=clinic, patient_id=patient, since=first_day)
        if output is Format.JSON:
            typer.echo(json.dumps(list(records), indent=2))
            return
        writer = csv.DictWriter(sys.stdout, fieldnames=INTAKE_FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(records)


class AlertState(StrEnum):
    OPEN = "open"
    ACKNOWLEDGED = "acknowledged"


@alerts_app.command("list")
def alerts_list(
    clinic: Annotated[int | None, typer.Option(help="Only this clinic.")] = None,
    status: Annotated[AlertState | None, typer.Option(help="open or acknowledged.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON array.")] = False,
) -> None:
    """Alerts for humans, newest first: crises, symptoms, questions, failed texts."""
    from bot.models import Alert

    query = select(Alert).order_by(Alert.created_at.desc(), Alert.id.desc())
    if clinic is not None:
        query = query.where(Alert.clinic_id == clinic)
    if status is not None:
        query = query.where(Alert.status == status.value)
    with database_session() as session:
        alerts = [_alert_json(alert) for alert in session.scalars(query)]
    if as_json:
        typer.echo(json.dumps(alerts, indent=2))
        return
    print_table(
        f"{len(alerts)} alerts",
        ("id", "patient", "kind", "status", "created (UTC)", "message"),
        (
            (a["id"], a["patient_id"], a["kind"], a["status"], a["created_at"][:16].replace("T", " "), a["message"])
            for a in alerts
        ),
    )


def _alert_json(alert: Any) -> dict[str, Any]:
    return {
        "id": alert.id,
        "patient_id": alert.patient_id,
        "kind": alert.kind,
        "status": alert.status,
        "created_at": iso(alert.created_at),
        "message": alert.message,
    }


def _date(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise TaperlineError(f"{option}: {text!r} is not a date such as 2027-03-14") from None
