"""`taperline demo`: the whole loop on a throw-away database, with the console transport and a simulated clock.

The clock jumps from one event to the next (an enrolment, a patient's text, or the next message due), so two
weeks of texting take seconds, and the dispatcher and the webhook see exactly the moments they would see in
production. Patients' texts go through the real webhook code path: signed requests into the app.
"""

import io
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from xml.etree import ElementTree
from zoneinfo import ZoneInfo

from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session
from twilio.request_validator import RequestValidator

from bot import admin
from bot.db import session_scope
from bot.dispatcher import Dispatcher, DispatchPolicy
from bot.migrations import upgrade
from bot.models import Alert, AppointmentStatus, InboundMessage, IntakeReport, OutboundMessage, OutboxStatus, Patient
from bot.settings import Settings
from bot.transports import ConsoleTransport
from bot.web.app import create_app
from schedules.localtime import at_local

ZONE = ZoneInfo("America/New_York")
CLINIC = {
    "name": "Hudson Valley Ketamine",
    "timezone": ZONE.key,
    "phone": "+12125550100",
    "on_call_phone": "+12125550111",
}
CLINIC_NUMBER = "+15005550006"
PUBLIC_BASE_URL = "https://demo.taperline.invalid"
AUTH_TOKEN = "demo-auth-token"


@dataclass(frozen=True)
class DemoPatient:
    """Days count from the demo's first day; times are the clinic's local wall clock."""

    name: str
    phone: str
    language: str
    enrolled: tuple[int, time]
    infusions: tuple[tuple[int, time], ...]
    story: str


@dataclass(frozen=True)
class DemoText:
    """A patient's text: who, which day, what time, what."""

    phone: str
    day: int
    at: time
    body: str


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

TEXTS = (
    DemoText("+12125550147", 2, time(10, 20), "none"),
    DemoText("+12125550147", 3, time(10, 5), "2 beers with dinner"),
    DemoText("+12125550147", 4, time(10, 40), "a few drinks"),
    DemoText("+12125550147", 4, time(10, 46), "3"),
    DemoText("+12125550147", 5, time(11, 0), "sorry, it was 2"),
    DemoText("+12125550147", 6, time(10, 15), "took 0.5mg xanax last night, no drinks"),
    DemoText("+12125550148", 3, time(10, 30), "nada"),
    DemoText("+12125550148", 4, time(12, 10), "2 copas de vino anoche"),
    DemoText("+12125550148", 6, time(9, 0), "¿puedo tomar una cerveza en la boda?"),
    DemoText("+12125550149", 6, time(10, 50), "0"),
    DemoText("+12125550149", 7, time(22, 10), "honestly I don't want to be alive anymore"),
    DemoText("+12125550149", 8, time(7, 30), "HELP"),
    DemoText("+12125550148", 9, time(10, 30), "STOP"),
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


class _Clock:
    """The simulated now, shared by the dispatcher and the app."""

    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now


def run_demo(days: int = 15, on_line: Callable[[Line], None] = lambda line: None) -> DemoRun:
    """Run the demo for `days` days from tomorrow; `on_line` sees each transcript line as it happens."""
    first_day = datetime.now(ZONE).date() + timedelta(days=1)
    run = DemoRun(first_day)

    def record(line: Line) -> None:
        run.transcript.append(line)
        on_line(line)

    with tempfile.TemporaryDirectory(prefix="taperline-demo-") as folder:
        url = f"sqlite:///{Path(folder) / 'demo.db'}"
        upgrade(url)
        settings = Settings(database_url=url, twilio_auth_token=AUTH_TOKEN, public_base_url=PUBLIC_BASE_URL)
        clock = _Clock()
        app = create_app(settings, clock=clock)
        app.state.transport = ConsoleTransport(io.StringIO())
        engine: Engine = app.state.engine
        dispatcher = Dispatcher(engine, ConsoleTransport(io.StringIO()), settings, DispatchPolicy(rate_limited=False))
        with TestClient(app) as client:
            for moment, happening in _events(engine, first_day, first_day + timedelta(days=days)):
                clock.now = moment
                if isinstance(happening, DemoText):
                    _text(client, engine, happening, moment, record)
                dispatcher.run_pass(now=clock)
                for line in _sent_at(engine, moment):
                    record(line)
            run.summary = _summary(engine)
    return run


def _events(engine: Engine, first_day: date, last_day: date) -> Iterator[tuple[datetime, DemoText | None]]:
    """Each moment something happens before `last_day`: an enrolment, a patient's text, or a message due."""
    clinic_id = _add_clinic(engine)
    end = at_local(last_day, time(0), ZONE)
    scripted: list[tuple[datetime, DemoPatient | DemoText]] = sorted(
        [(at_local(first_day + timedelta(days=p.enrolled[0]), p.enrolled[1], ZONE), p) for p in PATIENTS]
        + [(at_local(first_day + timedelta(days=t.day), t.at, ZONE), t) for t in TEXTS],
        key=lambda event: event[0],
    )
    while True:
        due = _next_due(engine)
        if scripted and (due is None or scripted[0][0] <= due):
            moment, happening = scripted.pop(0)
        elif due is not None:
            moment, happening = due, None
        else:
            return
        if moment >= end:
            return
        if isinstance(happening, DemoPatient):
            _enrol(engine, clinic_id, happening, first_day, moment)
            happening = None
        yield moment, happening


def _text(client: TestClient, engine: Engine, text: DemoText, moment: datetime, record: Callable[[Line], None]) -> None:
    """The patient's text, posted and signed exactly as Twilio would post it."""
    params = {
        "MessageSid": f"SMdemo{int(moment.timestamp())}{text.phone[-4:]}",
        "AccountSid": "AC" + "0" * 32,
        "From": text.phone,
        "To": CLINIC_NUMBER,
        "Body": text.body,
    }
    signature = RequestValidator(AUTH_TOKEN).compute_signature(PUBLIC_BASE_URL + "/twilio/sms", params)
    response = client.post("/twilio/sms", data=params, headers={"X-Twilio-Signature": signature})
    response.raise_for_status()
    with Session(engine) as session:
        inbound = session.scalars(
            select(InboundMessage).where(InboundMessage.message_sid == params["MessageSid"])
        ).one()
        patient_id, intent = inbound.patient_id or 0, inbound.intent or "unknown"
    local = moment.astimezone(ZONE)
    record(Line(patient_id, "in", intent, local, text.body))
    answer = ElementTree.fromstring(response.text).find("Message")
    if answer is not None and answer.text:
        record(Line(patient_id, "out", "reply", local, answer.text))


def _add_clinic(engine: Engine) -> int:
    with session_scope(engine) as session:
        clinic = admin.add_clinic(session, **CLINIC)
        clinic.twilio_from_number = CLINIC_NUMBER
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
        rows = session.scalars(
            select(OutboundMessage)
            .where(OutboundMessage.status == OutboxStatus.SENT, OutboundMessage.sent_at == moment)
            .order_by(OutboundMessage.id)
        ).all()
    return [Line(row.patient_id, "out", row.kind, moment.astimezone(ZONE), row.body or "") for row in rows]


def _summary(engine: Engine) -> list[dict[str, Any]]:
    with Session(engine) as session:
        return [_patient_summary(session, patient) for patient in session.scalars(select(Patient).order_by(Patient.id))]


def _patient_summary(session: Session, patient: Patient) -> dict[str, Any]:
    zone = ZoneInfo(patient.timezone)
    story = next(person.story for person in PATIENTS if person.phone == patient.phone)
    statuses = Counter(row.status for row in patient.outbox)
    sent = Counter(row.kind for row in patient.outbox if row.status == OutboxStatus.SENT)
    intake = session.scalars(
        select(IntakeReport).where(IntakeReport.patient_id == patient.id).order_by(IntakeReport.day, IntakeReport.id)
    )
    alerts = session.scalars(select(Alert.kind).where(Alert.patient_id == patient.id).order_by(Alert.id))
    return {
        "patient_id": patient.id,
        "name": patient.name,
        "language": patient.language,
        "story": story,
        "enrolled": patient.enrolled_at.astimezone(zone).isoformat(),
        "opted_out": patient.opted_out_at is not None,
        "appointments": [
            a.starts_at.astimezone(zone).isoformat()
            for a in patient.appointments
            if a.status != AppointmentStatus.CANCELLED
        ],
        "sent": dict(sorted(sent.items())),
        "still_planned": statuses[OutboxStatus.PLANNED],
        "skipped": statuses[OutboxStatus.SKIPPED],
        "intake": [
            {
                "day": row.day.isoformat(),
                "substance": row.substance,
                "standard_drinks": row.standard_drinks,
                "mg": row.mg,
                "corrected": row.corrected_at is not None,
            }
            for row in intake
        ],
        "alerts": list(alerts),
    }
