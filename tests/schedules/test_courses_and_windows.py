"""Rule 1: the avoidance window opens 14 local days before the first infusion of each course."""

from tests.schedules.helpers import local_times, plan_for


def test_the_window_opens_fourteen_local_days_before_the_first_infusion():
    messages = plan_for("America/Chicago", ["2027-04-20T09:00"], enrolled="2027-03-01T12:00")
    assert local_times(messages, "avoid_start") == ["2027-04-06 09:00"]


def test_a_course_shares_one_window_and_its_reminders_count_from_its_first_infusion():
    course = ["2027-04-19T09:00", "2027-04-21T09:00", "2027-04-23T09:00"]
    messages = plan_for("America/Chicago", course, enrolled="2027-03-01T12:00")
    assert local_times(messages, "avoid_start") == ["2027-04-05 09:00"]
    assert local_times(messages, "reminder") == ["2027-04-09 12:00", "2027-04-12 12:00", "2027-04-16 12:00"]
    assert local_times(messages, "day_before") == ["2027-04-18 17:00", "2027-04-20 17:00", "2027-04-22 17:00"]


def test_infusions_seven_days_apart_are_one_course():
    messages = plan_for("Europe/London", ["2027-06-01T10:00", "2027-06-08T10:00"], enrolled="2027-05-01T12:00")
    assert local_times(messages, "avoid_start") == ["2027-05-18 09:00"]


def test_infusions_eight_days_apart_open_a_second_window():
    messages = plan_for("Europe/London", ["2027-06-01T10:00", "2027-06-09T10:00"], enrolled="2027-05-01T12:00")
    assert local_times(messages, "avoid_start") == ["2027-05-18 09:00", "2027-05-26 09:00"]
    second = [m for m in messages if m.kind == "avoid_start"][1]
    assert second.appointment.id == "2027-06-09T10:00"


def test_daily_checkins_run_from_the_windows_second_day_to_the_day_before_the_last_infusion():
    messages = plan_for("Asia/Kolkata", ["2027-02-15T11:00", "2027-02-17T11:00"], enrolled="2027-01-01T12:00")
    checkins = local_times(messages, "checkin")
    assert checkins[0] == "2027-02-02 10:00"
    assert checkins[-1] == "2027-02-16 10:00"
    assert len(checkins) == 15


def test_a_checkin_between_infusions_serves_the_next_one():
    messages = plan_for("Asia/Kolkata", ["2027-02-15T11:00", "2027-02-17T11:00"], enrolled="2027-01-01T12:00")
    served = {f"{m.send_at_local:%m-%d}": m.appointment.id for m in messages if m.kind == "checkin"}
    assert served["02-14"] == "2027-02-15T11:00"
    assert served["02-15"] == "2027-02-17T11:00"


def test_a_patient_with_no_appointments_gets_nothing():
    assert plan_for("America/New_York", [], enrolled="2027-03-01T12:00") == []
