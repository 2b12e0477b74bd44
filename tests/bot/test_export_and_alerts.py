"""`export intake` writes the contract's adherence log; `alerts list` shows what humans must act on."""

import csv
import functools
import io
import json
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import Engine

from bot.db import session_scope
from bot.models import Alert, InboundMessage, IntakeReport
from tests.bot.factories import add_clinic, add_patient
from tests.cli import Run, assert_one_line_error

FIELDS = [
    "patient_id", "phone", "day", "substance", "standard_drinks", "mg", "tablets", "diazepam_eq_mg",
    "message_sid", "received_at", "corrected",
]  # fmt: skip


@pytest.fixture
def run(cli: Run, engine: Engine, database_url: str) -> Run:
    return functools.partial(cli, database_url=database_url)


@pytest.fixture
def logged(engine: Engine) -> dict[str, int]:
    with session_scope(engine) as session:
        first, second = add_clinic(session), add_clinic(session, name="Other Clinic")
        dana = add_patient(session, first)
        lee = add_patient(session, second, phone="+12125550148")
        message = InboundMessage(
            message_sid="SM" + "1" * 32, patient_id=dana.id, from_phone=dana.phone, to_phone="x", body="2 beers"
        )
        session.add(message)
        session.flush()
        received = datetime(2027, 3, 9, 15, 0, tzinfo=UTC)
        session.add_all(
            [
                IntakeReport(clinic_id=first.id, patient_id=dana.id, day=date(2027, 3, 8), substance="alcohol",
                             standard_drinks=2.0, inbound_message_id=message.id, received_at=received),
                IntakeReport(clinic_id=first.id, patient_id=dana.id, day=date(2027, 3, 9), substance="alprazolam",
                             mg=1.0, tablets=2.0, diazepam_eq_mg=20.0, received_at=received, corrected_at=received,
                             original={"mg": 0.5}),
                IntakeReport(clinic_id=second.id, patient_id=lee.id, day=date(2027, 3, 9), substance="alcohol",
                             standard_drinks=0.0, received_at=received),
                Alert(clinic_id=first.id, patient_id=dana.id, kind="crisis", message='The patient wrote: "help me"'),
                Alert(clinic_id=second.id, patient_id=lee.id, kind="question", message="q", status="acknowledged"),
            ]
        )  # fmt: skip
        return {"first": first.id, "second": second.id, "dana": dana.id}


def test_csv_has_the_contract_header_and_a_row_per_intake(run, logged):
    result = run("export", "intake", "--format", "csv")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert result.stdout.splitlines()[0] == ",".join(FIELDS)
    assert len(rows) == 3
    first = rows[0]
    assert (first["day"], first["substance"], first["standard_drinks"]) == ("2027-03-08", "alcohol", "2.0")
    assert first["message_sid"] == "SM" + "1" * 32 and first["corrected"] == "False"


def test_json_has_the_same_objects_and_marks_corrections(run, logged):
    records = json.loads(run("export", "intake", "--format", "json").stdout)
    assert [list(record) for record in records] == [FIELDS] * 3
    xanax = next(record for record in records if record["substance"] == "alprazolam")
    assert (xanax["mg"], xanax["tablets"], xanax["diazepam_eq_mg"], xanax["corrected"]) == (1.0, 2.0, 20.0, True)
    assert xanax["received_at"] == "2027-03-09T15:00:00Z"


def test_filters_narrow_the_export(run, logged):
    by_clinic = json.loads(run("export", "intake", "--format", "json", "--clinic", str(logged["second"])).stdout)
    by_patient = json.loads(run("export", "intake", "--format", "json", "--patient", str(logged["dana"])).stdout)
    since = json.loads(run("export", "intake", "--format", "json", "--since", "2027-03-09").stdout)
    assert len(by_clinic) == 1 and len(by_patient) == 2 and len(since) == 2


def test_a_bad_date_or_format_is_one_line(run, logged):
    assert_one_line_error(run("export", "intake", "--format", "json", "--since", "March 9"), "not a date")
    assert_one_line_error(run("export", "intake", "--format", "xml"), "--format")


def test_alerts_list_shows_open_alerts_with_the_message_that_raised_them(run, logged):
    alerts = json.loads(run("alerts", "list", "--status", "open", "--json").stdout)
    assert [(alert["kind"], alert["message"]) for alert in alerts] == [("crisis", 'The patient wrote: "help me"')]
    assert set(alerts[0]) == {"id", "patient_id", "kind", "status", "created_at", "message"}
    everyone = json.loads(run("alerts", "list", "--clinic", str(logged["second"]), "--json").stdout)
    assert [alert["status"] for alert in everyone] == ["acknowledged"]
