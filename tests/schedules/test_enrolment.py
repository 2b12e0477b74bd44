"""Rule 4: nothing before enrolment (or now); a patient enrolled inside an open window still gets told."""

import json
from datetime import UTC, datetime

from freezegun import freeze_time
from typer.testing import CliRunner

from bot.cli import app
from tests.schedules.helpers import local, local_times, plan_for

ZONE = "America/New_York"


def test_nothing_is_planned_before_enrolment():
    messages = plan_for(ZONE, ["2027-04-20T09:00"], enrolled="2027-04-10T11:00")
    assert min(m.send_at for m in messages) >= local("2027-04-10T11:00", ZONE)


def test_a_patient_enrolled_inside_the_window_gets_the_opening_message_at_once():
    messages = plan_for(ZONE, ["2027-04-20T09:00"], enrolled="2027-04-10T11:00")
    assert local_times(messages, "avoid_start") == ["2027-04-10 11:00"]
    assert local_times(messages, "welcome") == ["2027-04-10 11:00"]
    assert [m.kind for m in messages][:2] == ["welcome", "avoid_start"]


def test_a_late_enrolment_drops_the_other_past_messages():
    messages = plan_for(ZONE, ["2027-04-20T09:00"], enrolled="2027-04-10T11:00")
    assert local_times(messages, "reminder") == ["2027-04-10 12:00", "2027-04-13 12:00", "2027-04-17 12:00"]
    assert local_times(messages, "checkin")[0] == "2027-04-11 10:00"


def test_a_late_enrolment_at_night_opens_the_window_the_next_morning():
    messages = plan_for(ZONE, ["2027-04-20T09:00"], enrolled="2027-04-10T23:30")
    assert local_times(messages, "avoid_start") == ["2027-04-11 08:00"]


def test_a_patient_enrolled_before_the_window_hears_of_it_when_it_opens():
    messages = plan_for(ZONE, ["2027-04-20T09:00"], enrolled="2027-03-01T11:00")
    assert local_times(messages, "welcome") == ["2027-03-01 11:00"]
    assert local_times(messages, "avoid_start") == ["2027-04-06 09:00"]


def test_a_patient_enrolled_mid_course_is_told_about_the_next_infusion():
    course = ["2027-04-19T09:00", "2027-04-21T09:00", "2027-04-23T09:00"]
    messages = plan_for(ZONE, course, enrolled="2027-04-20T13:00")
    opening = next(m for m in messages if m.kind == "avoid_start")
    assert opening.appointment.id == "2027-04-21T09:00"
    assert all(m.appointment.id != "2027-04-19T09:00" for m in messages)


def test_now_bounds_the_plan_as_enrolment_does():
    messages = plan_for(ZONE, ["2027-04-20T09:00"], enrolled="2027-03-01T11:00", now="2027-04-15T10:30")
    assert min(m.send_at for m in messages) >= local("2027-04-15T10:30", ZONE)
    assert local_times(messages, "avoid_start") == ["2027-04-15 10:30"]


@freeze_time("2027-04-10 15:00:00")
def test_the_cli_plans_from_now_when_no_enrolment_is_given():
    result = CliRunner().invoke(app, ["plan", "--timezone", ZONE, "--appointment", "2027-04-20T09:00", "--json"])
    assert result.exit_code == 0, result.output
    plan = json.loads(result.stdout)
    assert plan[0]["send_at"] == "2027-04-10T15:00:00Z"
    assert all(datetime.fromisoformat(m["send_at"]) >= datetime(2027, 4, 10, 15, tzinfo=UTC) for m in plan)
