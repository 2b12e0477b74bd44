"""How fast one dispatcher worker empties a full outbox, and how much memory it takes to do it.

The dispatcher sends one message at a time and records each before the next, so that a crash never sends a row
twice; a pass's throughput is therefore the sum of its per-message costs: database round trips and commits,
rendering, the Twilio SDK and one HTTP request. This measures them together, as production runs them: a migrated
database (a throw-away SQLite file, or a database of its own on the PostgreSQL server --database-url names), the
default DispatchPolicy with the clinic's rate limit lifted, and the real TwilioTransport talking over loopback to
the fake Twilio server. The fake runs in a process of its own so that it does not compete with the dispatcher for
the GIL, and so does the seeding, so that the peak memory reported is the dispatcher's own.

Run from the repository root: `python -m benchmarks.dispatch [--messages N] [--database-url URL] [--json]`
(`--help` lists the rest). It exits non-zero unless every row was sent exactly once; the targets are reported as
PASS or MISS, and do not change the exit status: a loaded machine should not fail a build.
"""

import argparse
import cProfile
import json
import multiprocessing
import os
import platform
import resource
import secrets
import socket
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from itertools import islice
from multiprocessing.connection import Connection
from pathlib import Path
from types import TracebackType
from typing import Any, Self
from urllib.parse import urlsplit
from uuid import uuid4
from zoneinfo import ZoneInfo

from sqlalchemy import create_engine, func, insert, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from bot import admin
from bot.db import make_engine, session_scope
from bot.dispatcher import Dispatcher, DispatchPolicy, Outcome
from bot.migrations import upgrade
from bot.models import Appointment, OutboundMessage, OutboxStatus, Patient
from bot.outbox import default_cadence
from bot.settings import Settings, normalize_database_url
from bot.transports import TwilioTransport
from schedules.cadence import DEFAULT_CADENCE_PATH
from tests.fakes.twilio_server import FakeTwilio

TARGET_RATE = 300.0  # messages a second from one worker with the rate limit lifted
TARGET_PEAK_MB = 150.0
ZONE = "America/New_York"
NOW = datetime(2027, 3, 1, 16, 0, tzinfo=UTC)  # 11:00 in New York, inside the 08:00-21:00 sending window
MAX_PATIENTS = 250
CLINIC_NUMBER = "+15005550006"
CLINIC_MAX_RATE = 1_000_000  # the rate limiter still runs, as in production, but never waits
SPAWN = multiprocessing.get_context("spawn")


def seed(url: str, messages: int, own_cadence: bool) -> int:
    """Migrate, enrol patients through bot.admin as a clinic would, then bulk-insert check-ins and reminders until
    exactly `messages` rows are due at NOW; returns the number of patients. With `own_cadence` the clinic has its
    own cadence (a copy of the default), as clinics may, instead of using the shipped one.

    Each patient has one appointment far enough ahead that its avoidance window opens after NOW (so enrolment
    makes only the welcome due) and that there is a distinct slot for every extra row.
    """
    upgrade(url)
    patients = min(messages, MAX_PATIENTS)
    days_ahead = max(30, -(-messages // (2 * patients)) + 20)
    today = NOW.astimezone(ZoneInfo(ZONE)).date()
    starts_at = f"{today + timedelta(days=days_ahead)}T09:00"
    engine = make_engine(url)
    try:
        with session_scope(engine) as session:
            clinic = admin.add_clinic(
                session,
                name="Hudson Ketamine",
                timezone=ZONE,
                max_rate=CLINIC_MAX_RATE,
                cadence_yaml=DEFAULT_CADENCE_PATH.read_text() if own_cadence else None,
            )
            clinic.twilio_from_number = CLINIC_NUMBER
            appointments = [
                (patient.id, appointment.id)
                for patient, appointment in enrol_patients(session, clinic.id, patients, starts_at, NOW, ("en", "es"))
            ]
            due = session.scalar(select(func.count()).where(OutboundMessage.send_at <= NOW)) or 0
            if due > messages:
                raise RuntimeError(f"enrolment alone made {due} rows due, more than the {messages} asked for")
            keys = select(OutboundMessage.appointment_id, OutboundMessage.kind, OutboundMessage.slot)
            taken = set(session.execute(keys).tuples())
            rows = list(islice(extra_rows(appointments, today, days_ahead, taken), messages - due))
            if rows:  # an empty list would run one INSERT of defaults alone
                session.execute(insert(OutboundMessage), rows)
    finally:
        engine.dispose()
    return patients


def enrol_patients(
    session: Session, clinic_id: int, count: int, starts_at: str, now: datetime, languages: Sequence[str] = ("en",)
) -> list[tuple[Patient, Appointment]]:
    """Consenting patients enrolled through bot.admin, as a clinic would, each with one appointment at
    `starts_at` (local ISO); shared by the benchmarks that need a clinic's patients."""
    enrolled = []
    for index in range(count):
        patient, _ = admin.add_patient(
            session,
            clinic_id=clinic_id,
            name=f"Patient {index}",
            phone=f"+1212555{1000 + index:04d}",
            consent="written",
            language=languages[index % len(languages)],
            now=now,
        )
        appointment, _ = admin.add_appointment(session, patient_id=patient.id, at=starts_at, now=now)
        enrolled.append((patient, appointment))
    return enrolled


def extra_rows(
    appointments: Sequence[tuple[int, int]], today: date, days_ahead: int, taken: set[Any]
) -> Iterator[dict[str, Any]]:
    """Due now, for an appointment still ahead, on a slot day not yet gone: rows the dispatcher sends, not skips.

    A check-in's slot is its day; a reminder's counts days back from the appointment, `days_ahead` days away.
    """
    cadence = default_cadence()
    for day in range(days_ahead):
        slots = (("checkin", (today + timedelta(days=day)).isoformat()), ("reminder", f"d{days_ahead - day}"))
        for patient_id, appointment_id in appointments:
            for kind, slot in slots:
                if (appointment_id, kind, slot) not in taken:
                    yield {
                        "patient_id": patient_id,
                        "appointment_id": appointment_id,
                        "kind": kind,
                        "template": cadence.template_for(kind),
                        "slot": slot,
                        "send_at": NOW,
                    }


def serve_fake_twilio(account_sid: str, auth_token: str, latency: float, connection: Connection) -> None:
    """The fake's process: sends its base URL, serves until asked, then sends the SIDs of the messages accepted."""
    with FakeTwilio(account_sid, auth_token, latency=latency) as fake:
        connection.send(fake.base_url)
        connection.recv()
        connection.send([message["sid"] for message in fake.messages])


class FakeTwilioProcess:
    """FakeTwilio in a spawned process: `with FakeTwilioProcess() as fake:`, and `fake.stop()` returns the SIDs of
    the messages it accepted."""

    def __init__(self, latency: float = 0.0) -> None:
        self.account_sid = "AC" + secrets.token_hex(16)
        self.auth_token = secrets.token_hex(16)
        self.base_url = ""
        self._connection, child = SPAWN.Pipe()
        self._process = SPAWN.Process(
            target=serve_fake_twilio, args=(self.account_sid, self.auth_token, latency, child), daemon=True
        )

    def __enter__(self) -> Self:
        self._process.start()
        if not self._connection.poll(60):
            raise RuntimeError("the fake Twilio process did not start within a minute")
        self.base_url = self._connection.recv()
        parts = urlsplit(self.base_url)
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection((parts.hostname, parts.port), timeout=1).close()
                return self
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def stop(self) -> list[str]:
        self._connection.send("stop")
        sids: list[str] = self._connection.recv()
        return sids

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self._process.join(5)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join()


@contextmanager
def scratch_database(server_url: str | None) -> Iterator[tuple[str, str]]:
    """A database of the benchmark's own and what to call it; nothing of it is left afterwards."""
    if server_url is None:
        with tempfile.TemporaryDirectory(prefix="taperline-bench-") as folder:
            yield f"sqlite:///{Path(folder) / 'taperline.db'}", "SQLite (a file in a temporary folder)"
        return
    server = make_url(normalize_database_url(server_url))
    if server.get_backend_name() != "postgresql":
        raise SystemExit("--database-url must name a PostgreSQL server; without it a throw-away SQLite file is used")
    name = f"taperline_bench_{uuid4().hex[:12]}"
    maintenance = create_engine(server, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with maintenance.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield server.set(database=name).render_as_string(hide_password=False), f"PostgreSQL ({name} on {server.host})"
    finally:
        with maintenance.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        maintenance.dispose()


def environment(url: str, database: str) -> dict[str, Any]:
    """Where a benchmark ran, reported beside its figures: they mean little without it."""
    return {
        "backend": make_url(url).get_backend_name(),
        "database": database,
        "python": platform.python_version(),
        "machine": f"{platform.system()} {platform.machine()}",
        "cpu_count": os.cpu_count(),
    }


def peak_rss_mb() -> float:
    """This process's high-water mark so far: Linux counts ru_maxrss in KiB, macOS in bytes."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def dispatch_once(url: str, fake: FakeTwilioProcess, profile: Path | None) -> tuple[Counter[Outcome], float, float]:
    """One pass, timed in wall and CPU seconds: the difference is time spent waiting on the database, on the fake
    or for a core. With `profile` it runs under cProfile (slower), whose statistics are written there."""
    engine = make_engine(url)
    settings = Settings(
        database_url=url,
        twilio_account_sid=fake.account_sid,
        twilio_auth_token=fake.auth_token,
        twilio_api_base_url=fake.base_url,
        public_base_url="https://taperline.example.org",
        sms_transport="twilio",
    )
    transport = TwilioTransport(fake.account_sid, fake.auth_token, fake.base_url)
    dispatcher = Dispatcher(engine, transport, settings, DispatchPolicy())
    profiler = cProfile.Profile()
    try:
        started, cpu_started = time.perf_counter(), time.process_time()
        if profile is None:
            outcomes = dispatcher.run_pass(now=lambda: NOW)
        else:
            outcomes = profiler.runcall(dispatcher.run_pass, now=lambda: NOW)
        seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
    finally:
        engine.dispose()
    if profile is not None:
        profiler.dump_stats(profile)
    return outcomes, seconds, cpu_seconds


def exactly_once(url: str, messages: int, outcomes: Counter[Outcome], accepted: Sequence[str]) -> list[str]:
    """What went wrong, if anything: every due row sent, and each accepted by Twilio exactly once."""
    engine = make_engine(url)
    try:
        with session_scope(engine) as session:
            recorded = session.scalars(
                select(OutboundMessage.twilio_sid).where(OutboundMessage.status == OutboxStatus.SENT)
            ).all()
    finally:
        engine.dispose()
    problems = []
    if outcomes != Counter({Outcome.SENT: messages}):
        problems.append(f"the pass reported {dict(outcomes)}, not {messages} sent")
    if len(recorded) != messages:
        problems.append(f"{len(recorded)} rows are recorded as sent, not {messages}")
    if len(accepted) != messages:
        problems.append(f"the fake Twilio accepted {len(accepted)} messages, not {messages}")
    if sorted(map(str, recorded)) != sorted(accepted):
        problems.append("the SIDs recorded as sent are not those the fake Twilio accepted")
    return problems


def run(
    messages: int, server_url: str | None, own_cadence: bool, profile: Path | None, latency_ms: float = 0
) -> dict[str, Any]:
    with scratch_database(server_url) as (url, database):
        started = time.perf_counter()
        with SPAWN.Pool(1) as pool:
            patients = pool.apply(seed, (url, messages, own_cadence))
        seed_seconds = time.perf_counter() - started
        with FakeTwilioProcess(latency_ms / 1000) as fake:
            rss_before, load = peak_rss_mb(), os.getloadavg()[0]
            outcomes, seconds, cpu_seconds = dispatch_once(url, fake, profile)
            accepted = fake.stop()
        peak = peak_rss_mb()
        problems = exactly_once(url, messages, outcomes, accepted)
    rate = outcomes[Outcome.SENT] / seconds
    return {
        **environment(url, database),
        "load_average": round(load, 2),
        "messages": messages,
        "patients": patients,
        "clinic_cadence": own_cadence,
        "twilio_latency_ms": latency_ms,
        "seed_seconds": round(seed_seconds, 2),
        "sent": outcomes[Outcome.SENT],
        "seconds": round(seconds, 3),
        "cpu_seconds": round(cpu_seconds, 3),
        "messages_per_second": round(rate, 1),
        "peak_rss_mb": round(peak, 1),
        "rss_before_pass_mb": round(rss_before, 1),
        "profiled": profile is not None,
        "rate_target": TARGET_RATE,
        "rate_pass": rate >= TARGET_RATE if latency_ms == 0 else None,  # the target is for the loopback alone
        "peak_rss_target_mb": TARGET_PEAK_MB,
        "peak_rss_pass": peak <= TARGET_PEAK_MB,
        "exactly_once": not problems,
        "problems": problems,
    }


def report(result: dict[str, Any]) -> str:
    def verdict(passed: bool | None) -> str:
        return "not judged with added latency" if passed is None else "PASS" if passed else "MISS"

    lines = [
        "Taperline dispatch benchmark: one pass, real Twilio SDK to the fake Twilio in another process",
        f"  database     {result['database']}",
        f"  policy       DispatchPolicy() defaults, the clinic's max_rate lifted to {CLINIC_MAX_RATE:,} a second",
        "  cadence      " + ("the clinic's own (a copy of the default)" if result["clinic_cadence"] else "the default"),
        f"  twilio       answers each message after {result['twilio_latency_ms']:g} ms, on loopback",
        f"  python       {result['python']} on {result['machine']}, {result['cpu_count']} CPUs,"
        f" load average {result['load_average']} before the pass",
        f"  seeded       {result['messages']} due rows for {result['patients']} patients in {result['seed_seconds']} s",
        f"  sent         {result['sent']} in {result['seconds']} s, {result['cpu_seconds']} s of it on the CPU"
        + (" (under cProfile: slower than normal)" if result["profiled"] else ""),
        f"  throughput   {result['messages_per_second']} messages/s"
        f"  (target >= {result['rate_target']:.0f}/s: {verdict(result['rate_pass'])})",
        f"  peak RSS     {result['peak_rss_mb']} MB, {result['rss_before_pass_mb']} MB before the pass"
        f"  (target <= {result['peak_rss_target_mb']:.0f} MB: {verdict(result['peak_rss_pass'])})",
        "  exactly once " + ("yes" if result["exactly_once"] else "NO: " + "; ".join(result["problems"])),
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.dispatch", description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=2000, help="due outbox rows to send (default 2000)")
    parser.add_argument(
        "--database-url",
        help="a PostgreSQL server to create (and drop) a database of the benchmark's own on; default: SQLite",
    )
    parser.add_argument(
        "--clinic-cadence", action="store_true", help="give the clinic its own cadence (a copy of the default)"
    )
    parser.add_argument(
        "--twilio-latency-ms",
        type=float,
        default=0,
        help="delay each of the fake Twilio's answers, as the round trip to Twilio's API does (default 0)",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of the report")
    parser.add_argument("--profile", type=Path, help="run the pass under cProfile and write its statistics here")
    args = parser.parse_args(argv)
    if args.messages < 1:
        parser.error("--messages must be at least 1")
    if args.twilio_latency_ms < 0:
        parser.error("--twilio-latency-ms must not be negative")
    result = run(args.messages, args.database_url, args.clinic_cadence, args.profile, args.twilio_latency_ms)
    print(json.dumps(result) if args.json else report(result))
    return 0 if result["exactly_once"] else 1


if __name__ == "__main__":
    sys.exit(main())
