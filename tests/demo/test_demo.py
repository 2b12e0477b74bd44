"""`taperline demo` runs the whole loop offline in seconds, and its transcript obeys the planner's rules."""

import json
from collections import Counter
from datetime import datetime, time

import pytest

from tests.cli import Run


@pytest.fixture(scope="module")
def demo() -> dict:
    from bot.demo import run_demo

    return run_demo(15).as_json()


def local(line: dict) -> datetime:
    return datetime.fromisoformat(line["local_time"])


def test_the_cli_prints_the_transcript_and_summary_as_json(cli: Run):
    result = cli("demo", "--days", "3", "--json")
    assert result.returncode == 0, result.stderr
    printed = json.loads(result.stdout)
    assert set(printed) == {"transcript", "summary"}
    assert set(printed["transcript"][0]) == {"patient_id", "direction", "kind", "local_time", "body"}


def test_the_cli_prints_a_readable_transcript(cli: Run):
    result = cli("demo", "--days", "2")
    assert result.returncode == 0, result.stderr
    assert "welcome" in result.stdout and "After 2 days" in result.stdout


def test_three_patients_take_part(demo):
    stories = [patient["story"] for patient in demo["summary"]]
    assert stories == ["a course of three infusions", "texts in Spanish", "enrolled after the window opened"]
    assert len(demo["summary"][0]["appointments"]) == 3


def test_every_message_is_sent_inside_the_patients_sending_window(demo):
    assert demo["transcript"]
    assert all(time(8) <= local(line).time() < time(21) for line in demo["transcript"])


def test_no_patient_gets_more_than_three_messages_or_two_checkins_a_day(demo):
    per_day = Counter((line["patient_id"], local(line).date()) for line in demo["transcript"])
    checkins = Counter(
        (line["patient_id"], local(line).date()) for line in demo["transcript"] if line["kind"] == "checkin"
    )
    assert max(per_day.values()) <= 3
    assert max(checkins.values()) == 1


def test_each_patient_is_first_welcomed_by_name_of_clinic_with_stop_and_help(demo):
    for patient in demo["summary"]:
        first = next(line for line in demo["transcript"] if line["patient_id"] == patient["patient_id"])
        assert first["kind"] == "welcome"
        assert "Hudson Valley Ketamine" in first["body"]
        assert "STOP" in first["body"]


def test_the_spanish_patient_is_texted_in_spanish(demo):
    bodies = [line["body"] for line in demo["transcript"] if line["patient_id"] == 2]
    assert all("infusion " not in body for body in bodies)
    assert any("infusión" in body for body in bodies)


def test_the_late_patient_hears_the_window_is_open_at_enrolment(demo):
    late = demo["summary"][2]
    opening = next(line for line in demo["transcript"] if line["patient_id"] == 3 and line["kind"] == "avoid_start")
    assert opening["local_time"] == late["enrolled"]


def test_nothing_is_sent_after_a_patients_last_appointment(demo):
    for patient in demo["summary"]:
        last = max(datetime.fromisoformat(at) for at in patient["appointments"])
        sent = [local(line) for line in demo["transcript"] if line["patient_id"] == patient["patient_id"]]
        assert max(sent) < last
