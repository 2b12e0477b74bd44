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


def planned(demo: dict) -> list[dict]:
    """The texts the planner scheduled, as opposed to the patients' texts and the answers to them."""
    return [line for line in demo["transcript"] if line["direction"] == "out" and line["kind"] != "reply"]


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


def test_every_planned_message_is_sent_inside_the_patients_sending_window(demo):
    assert planned(demo)
    assert all(time(8) <= local(line).time() < time(21) for line in planned(demo))


def test_no_patient_gets_more_than_three_messages_or_two_checkins_a_day(demo):
    per_day = Counter((line["patient_id"], local(line).date()) for line in planned(demo))
    checkins = Counter((line["patient_id"], local(line).date()) for line in planned(demo) if line["kind"] == "checkin")
    assert max(per_day.values()) <= 3
    assert max(checkins.values()) == 1


def test_each_patient_is_first_welcomed_by_name_of_clinic_with_stop_and_help(demo):
    for patient in demo["summary"]:
        first = next(line for line in demo["transcript"] if line["patient_id"] == patient["patient_id"])
        assert first["kind"] == "welcome"
        assert "Hudson Valley Ketamine" in first["body"]
        assert "STOP" in first["body"]


def test_the_spanish_patient_is_texted_in_spanish(demo):
    bodies = [line["body"] for line in demo["transcript"] if line["patient_id"] == 2 and line["direction"] == "out"]
    assert all("infusion " not in body for body in bodies)
    assert any("infusión" in body for body in bodies)


def test_the_late_patient_hears_the_window_is_open_at_enrolment(demo):
    late = demo["summary"][2]
    opening = next(line for line in demo["transcript"] if line["patient_id"] == 3 and line["kind"] == "avoid_start")
    assert opening["local_time"] == late["enrolled"]


def test_nothing_is_sent_after_a_patients_last_appointment(demo):
    for patient in demo["summary"]:
        last = max(datetime.fromisoformat(at) for at in patient["appointments"])
        sent = [local(line) for line in planned(demo) if line["patient_id"] == patient["patient_id"]]
        assert max(sent) < last


def test_patients_texts_go_through_the_webhook_and_are_answered(demo):
    texts = [line for line in demo["transcript"] if line["direction"] == "in"]
    assert {line["kind"] for line in texts} >= {"report", "question", "crisis", "stop", "help"}
    answers = [line["body"] for line in demo["transcript"] if line["kind"] == "reply"]
    assert any(answer.startswith("Logged:") for answer in answers)
    assert any(answer.startswith("Registrado:") for answer in answers)
    assert any("988" in answer for answer in answers)


def test_an_unclear_reply_is_asked_about_and_its_answer_logged(demo):
    lines = demo["transcript"]
    unclear = next(i for i, line in enumerate(lines) if line["body"] == "a few drinks")
    assert "?" in lines[unclear + 1]["body"]
    assert lines[unclear + 3]["body"].startswith("Logged: 3 drinks")


def test_the_summary_shows_logged_intake_and_alerts(demo):
    alex, lucia, sam = demo["summary"]
    assert [row["substance"] for row in alex["intake"]].count("alcohol") >= 3
    assert any(row["corrected"] for row in alex["intake"])
    assert lucia["opted_out"] and "opt_out" in lucia["alerts"] and "question" in lucia["alerts"]
    assert "crisis" in sam["alerts"]


def test_a_patient_who_said_stop_gets_nothing_more(demo):
    stop = next(line for line in demo["transcript"] if line["body"] == "STOP")
    later = [line for line in planned(demo) if line["patient_id"] == 2 and local(line) > local(stop)]
    assert later == []
