"""Rule 7: a re-plan replaces only what is unsent and never repeats a message already sent."""

from datetime import date

from schedules.planner import SentMessage, slot_day
from tests.schedules.helpers import local, local_times, plan_for

ZONE = "America/New_York"


def sent(kind, appointment, slot, at):
    return SentMessage(kind, appointment, slot, local(at, ZONE))


def test_a_moved_appointment_does_not_repeat_what_was_sent_for_it():
    history = [
        sent("welcome", "A", "", "2027-03-01T12:00"),
        sent("avoid_start", "A", "", "2027-03-31T09:00"),
        sent("reminder", "A", "d10", "2027-04-04T12:00"),
    ]
    messages = plan_for(
        ZONE, {"A": "2027-04-16T09:00"}, enrolled="2027-03-01T12:00", now="2027-04-05T08:00", sent=history
    )
    kinds = [(m.kind, m.slot) for m in messages]
    assert ("welcome", "") not in kinds
    assert ("avoid_start", "") not in kinds
    assert ("reminder", "d10") not in kinds
    assert ("reminder", "d7") in kinds


def test_a_moved_appointment_that_opens_a_new_course_reopens_the_window():
    history = [sent("avoid_start", "A", "", "2027-03-31T09:00")]
    messages = plan_for(
        ZONE, {"A": "2027-06-01T09:00"}, enrolled="2027-03-01T12:00", now="2027-04-05T08:00", sent=history
    )
    assert local_times(messages, "avoid_start") == ["2027-05-18 09:00"]


def test_an_added_course_gets_its_own_window_opening():
    history = [
        sent("welcome", "2027-04-14T09:00", "", "2027-03-01T12:00"),
        sent("avoid_start", "2027-04-14T09:00", "", "2027-03-31T09:00"),
    ]
    messages = plan_for(
        ZONE,
        ["2027-04-14T09:00", "2027-05-20T09:00"],
        enrolled="2027-03-01T12:00",
        now="2027-04-02T08:00",
        sent=history,
    )
    assert local_times(messages, "avoid_start") == ["2027-05-06 09:00"]
    assert local_times(messages, "welcome") == []


def test_a_cancelled_infusion_in_a_course_does_not_reopen_its_window():
    history = [sent("avoid_start", "2027-04-14T09:00", "", "2027-03-31T09:00")]
    messages = plan_for(ZONE, ["2027-04-16T09:00"], enrolled="2027-03-01T12:00", now="2027-04-05T08:00", sent=history)
    assert local_times(messages, "avoid_start") == []


def test_a_checkin_sent_today_is_not_sent_again_today():
    history = [sent("checkin", "A", "2027-04-05", "2027-04-05T10:00")]
    messages = plan_for(ZONE, ["2027-04-14T09:00"], enrolled="2027-03-01T12:00", now="2027-04-05T09:00", sent=history)
    assert local_times(messages, "checkin")[0] == "2027-04-06 10:00"


def test_a_slot_tells_the_day_its_message_was_planned_for():
    infusion = date(2027, 4, 14)
    assert slot_day("d3", infusion) == date(2027, 4, 11)
    assert slot_day("d+2", infusion) == date(2027, 4, 16)
    assert slot_day("2027-04-09", infusion) == date(2027, 4, 9)
    assert slot_day("", infusion) is None


def test_every_planned_slot_reads_back_as_its_local_send_day():
    messages = plan_for(ZONE, ["2027-04-14T09:00", "2027-04-16T09:00"], enrolled="2027-03-01T12:00")
    for message in messages:
        day = slot_day(message.slot, message.appointment_local.date())
        assert day in (None, message.send_at_local.date())
