"""`taperline demo`: the whole loop on a throw-away database, with the console transport and a simulated clock.

The clock jumps from one event to the next (an enrolment, or the next message due), so two weeks of texting take
seconds, and the dispatcher sees exactly the moments it would see in production.
"""

import io
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from bot import admin
from bot.db import make_engine, session_scope
from bot.dispatcher import Dispatcher, DispatchPolicy
from bot.migrations import upgrade
from bot.models import Appointment, AppointmentStatus, OutboundMessage, OutboxStatus, Patient
from bot.settings import Settings
from bot.transports import ConsoleTransport

ZONE = ZoneInfo("America/New_York")
CLINIC = {"name": "Hudson Valley Ketamine", "timezone": ZONE.key, "phone": "+12125550100"}


@dataclass(frozen=True)
class DemoPatient:
    """Days count from the demo's first day; times are the clinic's local wall clock."""

    name: str
    phone: str
    language: str
    enrolled: tuple[int, time]
    infusions: tuple[tuple[int, time], ...]
    story: str


PATIENTS = (
    DemoPatient(
        "Alex Chen",
        "+12125550147",
        "en",
        (0, time(8, 30)),
        ((14, time(9)), (16, time(9)), (18, time(9))),
        "a course of three infusions",
    ),
    DemoPatient("Lucía Gómez", "+12125550148", "es", (0, time(8, 45)), ((15, time(10)),), "texts in Spanish"),
    DemoPatient(
        "Sam Rivera", "+12125550149", "en", (5, time(19, 30)), ((13, time(11)),), "enrolled after the window opened"
    ),
)


@dataclass(frozen=True)
class Line:
    patient_id: int
    direction: str
    kind: str
    local_time: datetime
    body: str

    def as_json(self) -> dict[str, Any]:
        return {
            "patient_id": self.patient_id,
            "direction": self.direction,
            "kind": self.kind,
            "local_time": self.local_time.isoformat(),
            "body": self.body,
        }


@dataclass
class DemoRun:
    first_day: date
    transcript: list[Line] = field(default_factory=list)
    summary: list[dict[str, Any]] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {"transcript": [line.as_json() for line in self.transcript], "summary": self.summary}


def run_demo(days: int = 15, on_line: Callable[[Line], None] = lambda line: None) -> DemoRun:
    """Run the demo for `days` days from tomorrow; `on_line` sees each transcript line as it happens."""
    first_day = datetime.now(ZONE).date() + timedelta(days=1)
    end = _local(first_day + timedelta(days=days), time(0))
    run = DemoRun(first_day)
    with tempfile.TemporaryDirectory(prefix="taperline-demo-") as folder:
        url = f"sqlite:///{Path(folder) / 'demo.db'}"
        upgrade(url)
        engine = make_engine(url)
        try:
            dispatcher = Dispatcher(
                engine, ConsoleTransport(io.StringIO()), Settings(database_url=url), DispatchPolicy(rate_limited=False)
            )
            for moment in _timeline(engine, first_day, end):
                dispatcher.run_pass(now=lambda moment=moment: moment)
                for line in _sent_at(engine, moment):
                    run.transcript.append(line)
                    on_line(line)
            run.summary = _summary(engine)
        finally:
            engine.dispose()
    return run


def _timeline(engine: Engine, first_day: date, end: datetime) -> Iterator[datetime]:
    """Each moment something happens before `end`: a patient enrols, or a message falls due."""
    clinic_id = _add_clinic(engine)
    waiting = sorted(PATIENTS, key=lambda person: person.enrolled)
    while True:
        enrol_at = (
            _local(first_day + timedelta(days=waiting[0].enrolled[0]), waiting[0].enrolled[1]) if waiting else None
        )
        upcoming = [moment for moment in (_next_due(engine), enrol_at) if moment is not None]
        if not upcoming or min(upcoming) >= end:
            return
        moment = min(upcoming)
        if moment == enrol_at:
            _enrol(engine, clinic_id, waiting.pop(0), first_day, moment)
        yield moment


def _add_clinic(engine: Engine) -> int:
    with session_scope(engine) as session:
        clinic = admin.add_clinic(session, **CLINIC)
        clinic.twilio_from_number = "+15005550006"
        return clinic.id


def _enrol(engine: Engine, clinic_id: int, person: DemoPatient, first_day: date, now: datetime) -> None:
    with session_scope(engine) as session:
        patient, _ = admin.add_patient(
            session,
            clinic_id=clinic_id,
            name=person.name,
            phone=person.phone,
            language=person.language,
            consent="written",
            now=now,
        )
        for day, clock in person.infusions:
            at = datetime.combine(first_day + timedelta(days=day), clock).isoformat()
            admin.add_appointment(session, patient_id=patient.id, at=at, now=now)


def _next_due(engine: Engine) -> datetime | None:
    with Session(engine) as session:
        return session.scalar(
            select(func.min(OutboundMessage.send_at)).where(OutboundMessage.status == OutboxStatus.PLANNED)
        )


def _sent_at(engine: Engine, moment: datetime) -> list[Line]:
    with Session(engine) as session:
        rows = session.execute(
            select(OutboundMessage, Patient.timezone)
            .join(Patient)
            .where(OutboundMessage.status == OutboxStatus.SENT, OutboundMessage.sent_at == moment)
            .order_by(OutboundMessage.id)
        ).all()
    return [
        Line(row.patient_id, "out", row.kind, moment.astimezone(ZoneInfo(zone)), row.body or "") for row, zone in rows
    ]


def _summary(engine: Engine) -> list[dict[str, Any]]:
    with Session(engine) as session:
        summary = []
        for patient in session.scalars(select(Patient).order_by(Patient.id)):
            zone = ZoneInfo(patient.timezone)
            story = next(person.story for person in PATIENTS if person.phone == patient.phone)
            statuses = Counter(row.status for row in patient.outbox)
            sent = Counter(row.kind for row in patient.outbox if row.status == OutboxStatus.SENT)
            summary.append(
                {
                    "patient_id": patient.id,
                    "name": patient.name,
                    "language": patient.language,
                    "story": story,
                    "enrolled": patient.enrolled_at.astimezone(zone).isoformat(),
                    "appointments": [a.starts_at.astimezone(zone).isoformat() for a in _live(patient)],
                    "sent": dict(sorted(sent.items())),
                    "still_planned": statuses[OutboxStatus.PLANNED],
                    "skipped": statuses[OutboxStatus.SKIPPED],
                }
            )
        return summary


def _live(patient: Patient) -> list[Appointment]:
    return [a for a in patient.appointments if a.status != AppointmentStatus.CANCELLED]


def _local(day: date, clock: time) -> datetime:
    return datetime.combine(day, clock, tzinfo=ZONE).astimezone(UTC)
