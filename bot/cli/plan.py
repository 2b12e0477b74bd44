"""`taperline plan`: the pure planner on the command line, with no database (CONTRACTS.md section 3)."""

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated
from zoneinfo import ZoneInfo

import typer

from bot.cli.app import app
from bot.cli.output import print_table
from bot.errors import TaperlineError
from bot.zones import parse_local_datetime, parse_zone
from schedules.cadence import load_cadence
from schedules.planner import Appointment, PlannedMessage, plan


def planned_message_json(message: PlannedMessage) -> dict[str, str]:
    """The contract's shape of one planned message."""
    return {
        "kind": message.kind,
        "template": message.template,
        "appointment": message.appointment_local.isoformat(),
        "send_at": message.send_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "send_at_local": message.send_at_local.isoformat(),
    }


@app.command("plan")
def plan_command(
    timezone: Annotated[str, typer.Option("--timezone", help="The patient's IANA zone, e.g. America/New_York.")],
    appointment: Annotated[
        list[str],
        typer.Option("--appointment", help="An infusion, local ISO time (repeat for a course)."),
    ],
    enrolled: Annotated[
        str | None, typer.Option(help="When the patient joined, local ISO time (default: now).")
    ] = None,
    cadence: Annotated[Path | None, typer.Option(help="A cadence YAML file (default: the built-in one).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the plan as a JSON array.")] = False,
) -> None:
    """Plan the messages for one patient's appointments, without touching the database."""
    zone = parse_zone(timezone)
    appointments = _appointments(appointment, zone)
    joined = parse_local_datetime(enrolled, zone, "--enrolled") if enrolled else datetime.now(UTC)
    messages = plan(appointments, zone, joined, load_cadence(cadence))
    if as_json:
        typer.echo(json.dumps([planned_message_json(m) for m in messages], indent=2))
    else:
        _print_table(messages, zone)


def _appointments(values: list[str], zone: ZoneInfo) -> list[Appointment]:
    moments = {parse_local_datetime(value, zone, "--appointment") for value in values}
    if not moments:
        raise TaperlineError("give at least one --appointment")
    return [Appointment(moment.astimezone(zone).isoformat(), moment) for moment in sorted(moments)]


def _print_table(messages: list[PlannedMessage], zone: ZoneInfo) -> None:
    print_table(
        f"{len(messages)} messages planned ({zone.key})",
        ("local time", "kind", "template", "for the appointment at"),
        (
            (
                f"{m.send_at_local:%a %Y-%m-%d %H:%M %Z}",
                m.kind,
                m.template,
                f"{m.appointment_local:%a %Y-%m-%d %H:%M}",
            )
            for m in messages
        ),
    )
