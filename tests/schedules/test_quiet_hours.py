"""Rule 3: nothing outside the local sending window; a message moves to the nearest allowed time before its
appointment, or is dropped."""

from datetime import time
from zoneinfo import ZoneInfo

from schedules.cadence import SendingWindow
from schedules.quiet_hours import nearest_allowed, next_allowed
from tests.schedules.helpers import cadence_with, local, local_times, plan_for

ZONE = "America/Denver"
WINDOW = SendingWindow(start=time(8), end=time(21))


def nearest(moment: str, earliest: str = "2000-01-01T00:00", before: str | None = None) -> str | None:
    found = nearest_allowed(
        local(moment, ZONE),
        WINDOW,
        ZoneInfo(ZONE),
        local(earliest, ZONE),
        local(before, ZONE) if before else None,
    )
    return None if found is None else f"{found.astimezone(ZoneInfo(ZONE)):%Y-%m-%d %H:%M}"


def test_a_late_evening_moment_moves_back_to_the_last_minute_of_the_window():
    assert nearest("2027-05-04T21:30") == "2027-05-04 20:59"


def test_an_early_morning_moment_moves_forward_to_the_window_opening():
    assert nearest("2027-05-04T06:00") == "2027-05-04 08:00"


def test_the_window_end_is_exclusive():
    assert nearest("2027-05-04T21:00") == "2027-05-04 20:59"
    assert nearest("2027-05-04T20:59") == "2027-05-04 20:59"


def test_a_moment_cannot_move_before_the_earliest_allowed_one():
    assert nearest("2027-05-04T22:00", earliest="2027-05-04T21:45") == "2027-05-05 08:00"


def test_a_moment_cannot_move_past_the_appointment_it_serves():
    assert nearest("2027-05-05T06:00", before="2027-05-05T07:30") == "2027-05-04 20:59"


def test_a_moment_with_no_allowed_time_before_its_appointment_is_dropped():
    assert nearest("2027-05-05T06:00", earliest="2027-05-04T22:00", before="2027-05-05T08:00") is None


def test_next_allowed_after_the_window_is_the_next_mornings_opening():
    moment = next_allowed(local("2027-05-04T23:10", ZONE), WINDOW, ZoneInfo(ZONE))
    assert f"{moment.astimezone(ZoneInfo(ZONE)):%m-%d %H:%M}" == "05-05 08:00"


def test_a_patient_enrolled_at_night_is_welcomed_the_next_morning():
    messages = plan_for(ZONE, ["2027-06-20T09:00"], enrolled="2027-05-01T22:15")
    assert local_times(messages, "welcome") == ["2027-05-02 08:00"]


def test_a_patient_enrolled_before_dawn_is_welcomed_when_the_window_opens():
    messages = plan_for(ZONE, ["2027-06-20T09:00"], enrolled="2027-05-01T05:40")
    assert local_times(messages, "welcome") == ["2027-05-01 08:00"]


def test_a_patient_enrolled_the_night_before_an_eight_oclock_infusion_gets_nothing():
    assert plan_for(ZONE, ["2027-05-02T08:00"], enrolled="2027-05-01T22:00") == []


def test_a_clinic_window_keeps_every_message_inside_it():
    cadence = cadence_with(
        """
sending_window: {start: "09:30", end: "18:00"}
messages:
  welcome: {anchor: enrolment}
  checkin: {anchor: daily, at: "09:30"}
"""
    )
    messages = plan_for(ZONE, ["2027-06-20T09:00"], enrolled="2027-06-10T19:00", cadence=cadence)
    assert local_times(messages, "welcome") == ["2027-06-11 09:30"]
    assert all(time(9, 30) <= m.send_at_local.time() < time(18) for m in messages)
