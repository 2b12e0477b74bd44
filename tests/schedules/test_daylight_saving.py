"""Rule 2: offsets are local calendar days and wall-clock times, whatever the UTC offset does."""

from datetime import UTC

import pytest

from tests.schedules.helpers import local_times, plan_for


def utc_times(messages, kind):
    return [f"{m.send_at.astimezone(UTC):%m-%d %H:%M}" for m in messages if m.kind == kind]


def test_checkins_keep_ten_oclock_across_the_spring_change_in_new_york():
    messages = plan_for("America/New_York", ["2027-03-20T09:00"], enrolled="2027-02-01T12:00")
    assert set(t[-5:] for t in local_times(messages, "checkin")) == {"10:00"}
    utc = utc_times(messages, "checkin")
    assert "03-13 15:00" in utc  # EST, the day before the change
    assert "03-14 14:00" in utc  # EDT, the day of it


def test_checkins_keep_ten_oclock_across_the_autumn_change_in_new_york():
    messages = plan_for("America/New_York", ["2027-11-10T09:00"], enrolled="2027-10-01T12:00")
    assert set(t[-5:] for t in local_times(messages, "checkin")) == {"10:00"}
    utc = utc_times(messages, "checkin")
    assert "11-06 14:00" in utc  # EDT
    assert "11-07 15:00" in utc  # EST


def test_a_reminder_seven_days_before_is_seven_calendar_days_not_168_hours():
    messages = plan_for("America/New_York", ["2027-03-17T12:00"], enrolled="2027-02-01T12:00")
    reminder = next(m for m in messages if m.kind == "reminder" and m.slot == "d7")
    assert f"{reminder.send_at_local:%Y-%m-%d %H:%M}" == "2027-03-10 12:00"
    assert (reminder.appointment.starts_at - reminder.send_at).total_seconds() == 7 * 24 * 3600 - 3600


@pytest.mark.parametrize(
    ("appointment", "window_opens"),
    [("2027-04-05T09:00", "2027-03-22 09:00"), ("2027-11-10T09:00", "2027-10-27 09:00")],
)
def test_the_window_opens_at_nine_local_in_london_across_either_change(appointment, window_opens):
    messages = plan_for("Europe/London", [appointment], enrolled="2027-01-01T12:00")
    assert local_times(messages, "avoid_start") == [window_opens]
    assert local_times(messages, "day_before")[0][-5:] == "17:00"


def test_a_zone_without_daylight_saving_keeps_one_offset():
    messages = plan_for("Asia/Kolkata", ["2027-03-28T09:00"], enrolled="2027-01-01T12:00")
    assert {m.send_at_local.utcoffset().total_seconds() for m in messages} == {5.5 * 3600}
    assert {t[-5:] for t in local_times(messages, "checkin")} == {"10:00"}
