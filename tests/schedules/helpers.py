"""Building plans in tests: local wall-clock times in, planned messages out."""

from datetime import datetime
from zoneinfo import ZoneInfo

from schedules.cadence import Cadence, load_cadence, parse_cadence
from schedules.planner import Appointment, PlannedMessage, SentMessage, plan

DEFAULT = load_cadence()


def local(text: str, zone: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZoneInfo(zone))


def plan_for(
    zone: str,
    appointments: list[str] | dict[str, str],
    enrolled: str,
    cadence: Cadence = DEFAULT,
    now: str | None = None,
    sent: list[SentMessage] = (),  # type: ignore[assignment]
    taper_steps: tuple = (),
) -> list[PlannedMessage]:
    """Appointments are local ISO times, each its own id, or a mapping of id to local ISO time."""
    by_id = appointments if isinstance(appointments, dict) else {text: text for text in appointments}
    return plan(
        [Appointment(key, local(text, zone)) for key, text in by_id.items()],
        ZoneInfo(zone),
        local(enrolled, zone),
        cadence,
        now=local(now, zone) if now else None,
        sent=sent,
        taper_steps=taper_steps,
    )


def cadence_with(yaml_text: str) -> Cadence:
    return parse_cadence(yaml_text, "test.yaml")


def local_times(messages: list[PlannedMessage], kind: str) -> list[str]:
    return [f"{m.send_at_local:%Y-%m-%d %H:%M}" for m in messages if m.kind == kind]
