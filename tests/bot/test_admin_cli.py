"""The administration commands as a coordinator's script uses them, and what they do with bad input."""

import functools
import json
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, MetaData, select

from bot import admin
from bot.db import session_scope
from tests.cli import Run, assert_one_line_error, taperline


@pytest.fixture
def run(cli: Run, engine: Engine, database_url: str) -> Run:
    return functools.partial(cli, database_url=database_url)


def snapshot(engine: Engine) -> dict[str, list[tuple]]:
    tables = MetaData()
    tables.reflect(engine)
    with engine.connect() as connection:
        return {name: sorted(map(tuple, connection.execute(select(t)))) for name, t in tables.tables.items()}


@pytest.fixture
def enrolled(engine: Engine) -> dict[str, int]:
    """A clinic, a consenting patient and an appointment, set up in-process: only the command under test runs
    as a process of its own."""
    now = datetime.now(UTC)
    with session_scope(engine) as session:
        clinic = admin.add_clinic(session, name="Clearwater", timezone="America/Denver")
        patient, _ = admin.add_patient(
            session, clinic_id=clinic.id, name="Dana", phone="(303) 555-0147", consent="verbal", now=now
        )
        appointment, _ = admin.add_appointment(session, patient_id=patient.id, at="2030-05-20T09:00", now=now)
    return {"clinic": clinic.id, "patient": patient.id, "appointment": appointment.id}


def test_add_commands_print_the_new_record_with_its_id(run, enrolled):
    patient = json.loads(run("outbox", "list", "--patient", str(enrolled["patient"]), "--json").stdout)
    assert patient and set(patient[0]) == {
        "id",
        "patient_id",
        "appointment_id",
        "kind",
        "send_at",
        "status",
        "twilio_sid",
        "error_code",
        "attempts",
    }
    assert patient[0]["kind"] == "welcome"
    assert all(row["send_at"].endswith("Z") for row in patient)


def test_a_national_phone_number_is_stored_in_e164(run, enrolled):
    result = run(
        "patient", "add", "--clinic", str(enrolled["clinic"]), "--name", "Lee", "--phone", "303.555.0148", "--json"
    )
    assert json.loads(result.stdout)["phone"] == "+13035550148"


def test_moving_an_appointment_rewrites_its_plan(run, enrolled):
    result = run("appointment", "move", str(enrolled["appointment"]), "--at", "2030-05-27T09:00", "--json")
    assert result.returncode == 0, result.stderr
    moved = json.loads(result.stdout)
    assert moved["status"] == "moved" and moved["starts_at"] == "2030-05-27T15:00:00Z"
    planned = json.loads(run("outbox", "list", "--status", "planned", "--json").stdout)
    assert max(row["send_at"] for row in planned) == "2030-05-26T23:00:00Z"  # 17:00 MDT the day before


def test_the_outbox_table_piped_to_a_file_keeps_every_row_on_one_line_in_full(run, enrolled):
    planned = json.loads(run("outbox", "list", "--json").stdout)
    table = run("outbox", "list").stdout.splitlines()
    for row in planned:
        [line] = [line for line in table if f" {row['send_at']} " in line]
        assert row["kind"] in line and row["status"] in line


def test_cancelling_an_appointment_leaves_nothing_planned(run, enrolled):
    assert run("appointment", "cancel", str(enrolled["appointment"])).returncode == 0
    assert json.loads(run("outbox", "list", "--status", "planned", "--json").stdout) == []


@pytest.mark.parametrize(
    ("args", "complaint"),
    [
        (["patient", "add", "--clinic", "99", "--name", "X", "--phone", "3035550100"], "no clinic with id 99"),
        (["patient", "add", "--clinic", "{clinic}", "--name", "X", "--phone", "555"], "not a valid phone number"),
        (["patient", "add", "--clinic", "{clinic}", "--name", "X", "--phone", "3035550147"], "already patient"),
        (
            [
                "patient",
                "add",
                "--clinic",
                "{clinic}",
                "--name",
                "X",
                "--phone",
                "3035550100",
                "--timezone",
                "Mars/Base",
            ],
            "unknown time zone",
        ),
        (
            ["patient", "add", "--clinic", "{clinic}", "--name", "X", "--phone", "3035550100", "--language", "fr"],
            "--language must be one of en, es",
        ),
        (
            ["patient", "add", "--clinic", "{clinic}", "--name", "X", "--phone", "3035550100", "--consent", "maybe"],
            "--consent must be one of",
        ),
        (
            ["patient", "add", "--clinic", "{clinic}", "--name", "X", "--phone", "3035550100", "--enrolled", "May 1"],
            "not an ISO date-time",
        ),
        (["appointment", "add", "--patient", "99", "--at", "2030-05-20T09:00"], "no patient with id 99"),
        (["appointment", "add", "--patient", "{patient}", "--at", "2030-02-30T09:00"], "not an ISO date-time"),
        (["appointment", "add", "--patient", "{patient}", "--at", "2020-05-20T09:00"], "already passed"),
        (["appointment", "add", "--patient", "{patient}", "--at", "2030-05-20T09:00"], "already has appointment"),
        (["appointment", "move", "99", "--at", "2030-05-20T09:00"], "no appointment with id 99"),
        (["appointment", "move", "{appointment}", "--at", "tomorrow"], "not an ISO date-time"),
        (["appointment", "cancel", "99"], "no appointment with id 99"),
        (["appointment", "cancel", "abc"], "Invalid value for 'ID'"),
        (["clinic", "add", "--name", "X", "--timezone", "Nowhere/Town"], "unknown time zone"),
        (["clinic", "add", "--name", "X", "--timezone", "UTC", "--phone", "12"], "not a valid phone number"),
        (
            ["clinic", "add", "--name", "X", "--timezone", "UTC", "--max-rate", "0"],
            "--max-rate must be a positive number",
        ),
        (["clinic", "add", "--name", "X", "--timezone", "UTC", "--cadence", "missing.yaml"], "missing.yaml"),
        (["clinic", "add", "--name", " ", "--timezone", "UTC"], "--name must not be empty"),
        (["appointments", "import", "missing.csv", "--clinic", "{clinic}"], "missing.csv: cannot read it"),
        (["outbox", "list", "--status", "lost"], "--status must be one of"),
        (["outbox", "list", "--patient", "99"], "no patient with id 99"),
    ],
)
def test_bad_input_gets_one_line_and_changes_nothing(run, engine, enrolled, args, complaint):
    before = snapshot(engine)
    result = run(*(arg.format(**enrolled) for arg in args))
    assert_one_line_error(result, complaint)
    assert snapshot(engine) == before


def test_a_database_that_was_never_migrated_says_how_to_fix_it(tmp_path):
    result = taperline("outbox", "list", cwd=tmp_path, database_url=f"sqlite:///{tmp_path / 'empty.db'}")
    assert_one_line_error(result, "run `taperline db upgrade`")
