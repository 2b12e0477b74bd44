"""Every rule of CONTRACTS.md section 3 holds for any appointments, zone and enrolment time."""

from collections import Counter
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from schedules.planner import Appointment, plan
from schedules.quiet_hours import next_allowed
from tests.schedules.helpers import DEFAULT

ZONES = [
    "America/New_York",
    "America/Los_Angeles",
    "Europe/London",
    "Asia/Kolkata",
    "Australia/Lord_Howe",
    "America/Sao_Paulo",
    "Pacific/Chatham",
    "UTC",
]
WINDOW = DEFAULT.sending_window
LOCAL_TIMES = {"avoid_start": "09:00", "reminder": "12:00", "checkin": "10:00", "day_before": "17:00"}


@st.composite
def scenarios(draw):
    zone = ZoneInfo(draw(st.sampled_from(ZONES)))
    first = datetime(2027, 1, 1) + timedelta(days=draw(st.integers(0, 364)))
    gaps = draw(st.lists(st.integers(1, 30), max_size=4))
    days = [first]
    for gap in gaps:
        days.append(days[-1] + timedelta(days=gap))
    appointments = [
        Appointment(i, day.replace(hour=draw(st.integers(6, 19)), minute=draw(st.sampled_from([0, 30])), tzinfo=zone))
        for i, day in enumerate(days)
    ]
    enrolled = (first + timedelta(days=draw(st.integers(-40, 5)), minutes=draw(st.integers(0, 1439)))).replace(
        tzinfo=zone
    )
    return zone, appointments, enrolled


@settings(max_examples=300, deadline=None)
@given(scenarios())
def test_every_plan_obeys_the_rules(scenario):
    zone, appointments, enrolled = scenario
    messages = plan(appointments, zone, enrolled, DEFAULT)
    first_allowed = next_allowed(enrolled, WINDOW, zone)

    assert [m.send_at for m in messages] == sorted(m.send_at for m in messages)
    for message in messages:
        assert message.send_at.tzinfo is UTC or message.send_at.utcoffset() == timedelta(0)
        assert message.send_at >= enrolled, "rule 4: nothing before enrolment"
        assert message.send_at_local.time() in WINDOW, "rule 3: quiet hours"
        assert message.send_at < message.appointment.starts_at, "rules 3 and 5: before what it serves"
        if message.kind in LOCAL_TIMES and message.send_at > first_allowed:  # catch-ups come at once
            assert f"{message.send_at_local:%H:%M}" == LOCAL_TIMES[message.kind], "rule 2: wall-clock time"
        if message.kind == "day_before":
            assert message.appointment_local.date() - message.send_at_local.date() == timedelta(days=1)

    days = Counter(m.send_at_local.date() for m in messages)
    checkin_days = Counter(m.send_at_local.date() for m in messages if m.kind == "checkin")
    assert all(count <= DEFAULT.max_per_day for count in days.values()), "rule 6: daily cap"
    assert all(count == 1 for count in checkin_days.values()), "rule 6: one check-in a day"
    assert sum(m.kind == "welcome" for m in messages) <= 1
    if messages:
        assert messages[0].kind == "welcome", "the first message names the clinic and how to opt out"


@settings(max_examples=200, deadline=None)
@given(scenarios())
def test_a_window_that_opens_after_enrolment_opens_at_nine_local(scenario):
    zone, appointments, enrolled = scenario
    first = appointments[0].starts_at.astimezone(zone)
    opens = datetime.combine(first.date() - timedelta(days=14), datetime.min.time().replace(hour=9), tzinfo=zone)
    messages = plan(appointments, zone, enrolled, DEFAULT)
    openings = [m for m in messages if m.kind == "avoid_start" and m.appointment == appointments[0]]
    if opens > enrolled + timedelta(days=1):
        assert [m.send_at_local for m in openings] == [opens]
