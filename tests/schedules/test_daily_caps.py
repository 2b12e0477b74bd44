"""Rule 6: one check-in a day, `max_per_day` messages a day; the nearer appointment wins."""

from collections import Counter

from schedules.planner import SentMessage
from tests.schedules.helpers import DEFAULT, local, plan_for

ZONE = "America/Los_Angeles"
FIRST_COURSE = ["2027-05-03T09:00", "2027-05-05T09:00", "2027-05-07T09:00"]
SECOND_COURSE = ["2027-05-17T09:00"]


def per_day(messages, kind=None):
    return Counter(f"{m.send_at_local:%m-%d}" for m in messages if kind in (None, m.kind))


def test_overlapping_courses_still_get_one_checkin_a_day():
    messages = plan_for(ZONE, FIRST_COURSE + SECOND_COURSE, enrolled="2027-04-01T12:00")
    assert max(per_day(messages, "checkin").values()) == 1


def test_the_checkin_for_the_nearer_appointment_wins():
    messages = plan_for(ZONE, FIRST_COURSE + SECOND_COURSE, enrolled="2027-04-01T12:00")
    on_may_4 = [m for m in messages if m.kind == "checkin" and f"{m.send_at_local:%m-%d}" == "05-04"]
    assert [m.appointment.id for m in on_may_4] == ["2027-05-05T09:00"]


def test_no_day_has_more_than_the_daily_cap():
    messages = plan_for(ZONE, FIRST_COURSE + SECOND_COURSE, enrolled="2027-04-20T12:00")
    assert max(per_day(messages).values()) <= 3


def test_a_cap_of_one_keeps_the_nearer_appointments_message():
    cadence = DEFAULT.model_copy(update={"max_per_day": 1})
    messages = plan_for(ZONE, FIRST_COURSE + SECOND_COURSE, enrolled="2027-04-01T12:00", cadence=cadence)
    assert max(per_day(messages).values()) == 1
    on_may_3 = [m for m in messages if f"{m.send_at_local:%m-%d}" == "05-03"]
    assert [m.appointment.id for m in on_may_3] == ["2027-05-05T09:00"]


def test_a_cap_of_one_keeps_the_more_important_kind_for_the_same_appointment():
    cadence = DEFAULT.model_copy(update={"max_per_day": 1})
    messages = plan_for(ZONE, ["2027-06-20T09:00"], enrolled="2027-05-01T12:00", cadence=cadence)
    by_day = {f"{m.send_at_local:%m-%d}": m.kind for m in messages}
    assert by_day["06-19"] == "day_before"
    assert by_day["06-17"] == "reminder"
    assert by_day["06-16"] == "checkin"


def test_messages_already_sent_today_count_against_the_cap():
    sent = [
        SentMessage("welcome", "2027-06-20T09:00", "", local("2027-06-10T08:00", ZONE)),
        SentMessage("avoid_start", "2027-06-20T09:00", "", local("2027-06-10T08:01", ZONE)),
        SentMessage("checkin", "2027-06-20T09:00", "2027-06-10", local("2027-06-10T08:02", ZONE)),
    ]
    messages = plan_for(ZONE, ["2027-06-20T09:00"], enrolled="2027-06-10T07:00", now="2027-06-10T09:00", sent=sent)
    assert "06-10" not in per_day(messages)
    assert "06-11" in per_day(messages, "checkin")
