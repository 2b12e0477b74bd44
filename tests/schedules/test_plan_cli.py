"""`taperline plan --json` prints exactly the contract's shape, and bad input gets one line."""

import json

import pytest

from tests.cli import Run, assert_one_line_error, taperline


def test_it_prints_the_contracts_json_sorted_by_time():
    result = taperline(
        "plan",
        "--timezone",
        "America/New_York",
        "--appointment",
        "2027-03-14T09:00",
        "--appointment",
        "2027-03-16T09:00",
        "--enrolled",
        "2027-02-20T12:00",
        "--json",
    )
    assert result.returncode == 0, result.stderr
    plan = json.loads(result.stdout)
    assert plan[0] == {
        "kind": "welcome",
        "template": "welcome",
        "appointment": "2027-03-14T09:00:00-04:00",
        "send_at": "2027-02-20T17:00:00Z",
        "send_at_local": "2027-02-20T12:00:00-05:00",
    }
    assert [m["send_at"] for m in plan] == sorted(m["send_at"] for m in plan)
    assert {m["appointment"] for m in plan} == {"2027-03-14T09:00:00-04:00", "2027-03-16T09:00:00-04:00"}


def test_an_appointment_with_an_offset_is_converted_to_the_patients_zone(cli: Run):
    result = cli(
        "plan", "--timezone", "Asia/Kolkata", "--appointment", "2027-03-14T03:30:00Z",
        "--enrolled", "2027-03-01T12:00", "--json",
    )  # fmt: skip
    assert json.loads(result.stdout)[0]["appointment"] == "2027-03-14T09:00:00+05:30"


def test_a_clinic_cadence_file_is_used(cli: Run, tmp_path):
    cadence = tmp_path / "clinic.yaml"
    cadence.write_text('messages:\n  day_before: {anchor: appointment, days_before: [1], at: "18:00"}\n')
    result = cli(
        "plan", "--timezone", "Europe/London", "--appointment", "2027-03-14T09:00",
        "--enrolled", "2027-03-01T12:00", "--cadence", str(cadence), "--json",
    )  # fmt: skip
    assert [m["send_at_local"] for m in json.loads(result.stdout)] == ["2027-03-13T18:00:00+00:00"]


@pytest.mark.parametrize(
    ("args", "complaint"),
    [
        (["--timezone", "Mars/Olympus", "--appointment", "2027-03-14T09:00"], "unknown time zone"),
        (["--timezone", "UTC", "--appointment", "14/03/2027"], "not an ISO date-time"),
        (["--timezone", "UTC", "--appointment", "2027-03-14T09:00", "--enrolled", "soon"], "--enrolled"),
        (["--timezone", "UTC"], "Missing option '--appointment'"),
        (["--timezone", "UTC", "--appointment", "2027-03-14T09:00", "--cadence", "nope.yaml"], "nope.yaml"),
    ],
)
def test_bad_input_gets_one_line_on_stderr_and_nothing_on_stdout(cli: Run, args, complaint):
    assert_one_line_error(cli("plan", *args, "--json"), complaint)
