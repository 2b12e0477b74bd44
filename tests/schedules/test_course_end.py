"""Rule 5: nothing after the last infusion of a course starts, but for kinds marked `after`."""

from tests.schedules.helpers import cadence_with, local, local_times, plan_for

ZONE = "Europe/London"
COURSE = ["2027-09-06T09:00", "2027-09-08T09:00", "2027-09-10T09:00"]


def test_nothing_is_planned_once_the_last_infusion_of_a_course_starts():
    messages = plan_for(ZONE, COURSE, enrolled="2027-08-01T12:00")
    assert max(m.send_at for m in messages) < local(COURSE[-1], ZONE)


def test_every_message_comes_before_the_appointment_it_serves():
    messages = plan_for(ZONE, COURSE, enrolled="2027-08-01T12:00")
    assert all(m.send_at < m.appointment.starts_at for m in messages)


def test_a_kind_marked_after_may_follow_the_course():
    cadence = cadence_with(
        """
messages:
  day_before: {anchor: appointment, days_before: [1], at: "17:00"}
  follow_up: {anchor: course_end, days_after: [2], at: "11:00", after: true}
"""
    )
    messages = plan_for(ZONE, COURSE, enrolled="2027-08-01T12:00", cadence=cadence)
    assert local_times(messages, "follow_up") == ["2027-09-12 11:00"]
    assert max(m.send_at for m in messages if m.kind != "follow_up") < local(COURSE[-1], ZONE)
