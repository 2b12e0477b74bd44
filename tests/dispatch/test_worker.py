"""The worker as it runs: `worker --once`, the APScheduler tick, and SIGTERM draining `worker` and `serve`."""

import os
import signal
import subprocess
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from freezegun import freeze_time
from sqlalchemy import Engine, update

from bot import admin
from bot.db import session_scope
from bot.models import OutboundMessage
from bot.worker import Worker
from tests.bot.serving import free_port
from tests.cli import TAPERLINE, Run
from tests.dispatch.conftest import CLINIC_NUMBER, ENROLLED
from tests.fakes.twilio_server import FakeTwilio
from tests.queries import rows


def daytime_zone() -> str:
    """A fixed-offset zone where it is about noon now, so a message due now is inside the sending window."""
    offset = (12 - datetime.now(UTC).hour + 12) % 24 - 12
    return "Etc/GMT" + (f"-{offset}" if offset > 0 else f"+{-offset}")


def enrol_now(engine: Engine) -> int:
    """A patient enrolled this minute, so their welcome is due at once."""
    now = datetime.now(UTC)
    with session_scope(engine) as session:
        clinic = admin.add_clinic(session, name="Hudson Ketamine", timezone=daytime_zone())
        clinic.twilio_from_number = CLINIC_NUMBER
        patient, _ = admin.add_patient(
            session, clinic_id=clinic.id, name="Maya", phone="+12125550101", consent="sms", now=now
        )
        admin.add_appointment(session, patient_id=patient.id, at=(now + timedelta(days=20)).isoformat(), now=now)
        # Plans are kept to the minute: the welcome would wait for the next one.
        session.execute(update(OutboundMessage).where(OutboundMessage.kind == "welcome").values(send_at=now))
        return patient.id


def twilio_env(fake: FakeTwilio, database_url: str) -> dict[str, str]:
    return {
        "DATABASE_URL": database_url,
        "SMS_TRANSPORT": "twilio",
        "TWILIO_ACCOUNT_SID": fake.account_sid,
        "TWILIO_AUTH_TOKEN": fake.auth_token,
        "TWILIO_API_BASE_URL": fake.base_url,
        "DISPATCH_INTERVAL_SECONDS": "1",
    }


def wait_for(condition: Callable[[], bool], seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_worker_once_sends_what_is_due_and_exits(cli: Run, enrol, engine, database_url, fake_twilio, monkeypatch):
    patient_id = enrol()
    for name, value in twilio_env(fake_twilio, database_url).items():
        monkeypatch.setenv(name, value)
    with freeze_time(ENROLLED):
        result = cli("worker", "--once", database_url=database_url)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "dispatch pass: 1 sent"
    assert rows(engine, patient_id)[0].status == "sent"
    assert len(fake_twilio.messages) == 1


def test_the_scheduler_ticks_the_dispatcher_until_shut_down(dispatcher, engine):
    enrol_now(engine)
    worker = Worker(dispatcher, interval_seconds=1)
    worker.start()
    try:
        wait_for(lambda: rows(engine)[0].status == "sent")
    finally:
        worker.shutdown()
    assert not worker.scheduler.running


@pytest.mark.parametrize("command", ["worker", "serve"])
def test_sigterm_drains_and_exits_cleanly(command, engine, database_url, fake_twilio, tmp_path: Path):
    enrol_now(engine)
    command = ["serve", "--port", str(free_port())] if command == "serve" else ["worker"]
    env = {**os.environ, **twilio_env(fake_twilio, database_url)}
    process = subprocess.Popen(
        [TAPERLINE, *command], cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        wait_for(lambda: len(fake_twilio.messages) == 1 or process.poll() is not None)
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=30)
    finally:
        process.kill()
    # uvicorn re-raises SIGTERM once it has shut down, as servers conventionally do; the worker exits 0.
    assert process.returncode == (-signal.SIGTERM if command[0] == "serve" else 0), stderr
    assert "worker stopped" in stderr
    assert "+12125550101" not in stderr
    assert len(fake_twilio.messages) == 1
