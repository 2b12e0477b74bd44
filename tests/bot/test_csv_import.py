"""`taperline appointments import`: every bad row reported by line, all or nothing, and idempotent."""

import json

import pytest
from sqlalchemy import Engine, func, select

from bot import admin
from bot.db import session_scope
from bot.models import Appointment, OutboundMessage, Patient
from tests.cli import Run

GOOD = """name,phone,appointment_at,timezone,language,consent,external_id
Dana Ruiz,(303) 555-0147,2030-05-20T09:00,,es,written,A-1
Dana Ruiz,(303) 555-0147,2030-05-22T09:00,,es,written,A-2
Lee Park,+1 720 555 0199,2030-06-03T14:30,America/Los_Angeles,,sms,
"""

BAD = """name,phone,appointment_at,consent
Dana Ruiz,(303) 555-0147,2030-05-20T09:00,written
No Phone,,2030-05-21T09:00,written
Bad Phone,555,2030-05-21T09:00,written
Bad Date,720 555 0100,next tuesday,written
Past,720 555 0101,2001-01-01T09:00,written
Bad Consent,720 555 0102,2030-05-21T09:00,perhaps
"""


@pytest.fixture
def clinic(engine: Engine) -> str:
    with session_scope(engine) as session:
        return str(admin.add_clinic(session, name="Clearwater", timezone="America/Denver").id)


@pytest.fixture
def run_import(cli: Run, database_url: str, tmp_path, clinic):
    def run(text: str, *flags: str):
        path = tmp_path / "appointments.csv"
        path.write_text(text)
        return cli("appointments", "import", str(path), "--clinic", clinic, *flags, database_url=database_url)

    return run


def count(engine: Engine, model) -> int:
    with engine.connect() as connection:
        return connection.scalar(select(func.count()).select_from(model))


def test_a_good_file_adds_patients_appointments_and_their_plans(run_import, engine):
    result = run_import(GOOD, "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "patients_added": 2, "appointments_added": 3, "appointments_moved": 0, "unchanged": 0, "skipped": [],
    }  # fmt: skip
    assert count(engine, OutboundMessage) > 30
    with engine.connect() as connection:
        zones = {phone: zone for phone, zone in connection.execute(select(Patient.phone, Patient.timezone))}
    assert zones == {"+13035550147": "America/Denver", "+17205550199": "America/Los_Angeles"}


def test_importing_the_same_file_twice_changes_nothing(run_import, engine):
    run_import(GOOD)
    before = (count(engine, Patient), count(engine, Appointment), count(engine, OutboundMessage))
    result = run_import(GOOD, "--json")
    assert json.loads(result.stdout)["unchanged"] == 3
    assert (count(engine, Patient), count(engine, Appointment), count(engine, OutboundMessage)) == before


def test_a_changed_time_for_a_known_external_id_moves_the_appointment(run_import, engine):
    run_import(GOOD)
    result = run_import(GOOD.replace("2030-05-22T09:00", "2030-05-23T09:00"), "--json")
    assert json.loads(result.stdout)["appointments_moved"] == 1
    assert count(engine, Appointment) == 3


def test_a_file_with_bad_rows_lists_each_by_line_and_imports_nothing(run_import, engine):
    result = run_import(BAD)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert [line.split(": ", 2)[1] for line in lines[:-1]] == [f"line {n}" for n in range(3, 8)]
    assert "phone is empty" in lines[0]
    assert "'555' is not a valid phone number" in lines[1]
    assert "not an ISO date-time" in lines[2]
    assert "already passed" in lines[3]
    assert "consent must be one of" in lines[4]
    assert "nothing imported" in lines[-1]
    assert "Traceback" not in result.stderr
    assert count(engine, Patient) == count(engine, Appointment) == 0


def test_skip_invalid_imports_the_good_rows_and_lists_the_rest(run_import, engine):
    result = run_import(BAD, "--skip-invalid", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["appointments_added"] == 1
    assert [problem["line"] for problem in report["skipped"]] == [3, 4, 5, 6, 7]
    assert len(result.stderr.strip().splitlines()) == 5
    assert count(engine, Appointment) == 1


def test_a_file_without_the_required_columns_is_refused(run_import, engine):
    result = run_import("name,mobile,when\nDana,3035550147,2030-05-20T09:00\n")
    assert result.returncode != 0
    assert "missing column(s) phone, appointment_at" in result.stderr
    assert "unknown column(s) mobile, when" in result.stderr
    assert count(engine, Patient) == 0
