"""The backward planner: from infusion appointments to the messages that prepare a patient for them.

A pure function of its inputs (no clock, no database), so every rule of CONTRACTS.md section 3 can be pinned by
a test and the same plan comes out of the CLI, the admin commands and the re-planner. All instants are UTC;
days and wall-clock times are the patient's local ones.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from itertools import groupby
from zoneinfo import ZoneInfo

from schedules.cadence import Anchor, Cadence, MessageRule
from schedules.localtime import at_local, ceil_to_minute, local_day
from schedules.quiet_hours import nearest_allowed, next_allowed


@dataclass(frozen=True)
class Appointment:
    """An infusion; `id` is the caller's own handle, handed back on every message that serves it."""

    id: Hashable
    starts_at: datetime


@dataclass(frozen=True)
class SentMessage:
    """A message already sent (or in flight) for this patient: never sent again, and counted in the day's cap."""

    kind: str
    appointment_id: Hashable
    slot: str
    sent_at: datetime


def slot_day(slot: str, appointment_day: date) -> date | None:
    """The local day a message was planned for, read back from its slot; None for messages not tied to a day
    (the welcome, the window opening), which stay useful until their appointment."""
    if slot.startswith("d+"):
        return appointment_day + timedelta(days=int(slot[2:]))
    if slot.startswith("d"):
        return appointment_day - timedelta(days=int(slot[1:]))
    return date.fromisoformat(slot) if slot else None


@dataclass(frozen=True)
class PlannedMessage:
    kind: str
    template: str
    appointment: Appointment
    slot: str
    send_at: datetime
    zone: ZoneInfo = field(compare=False)

    @property
    def send_at_local(self) -> datetime:
        return self.send_at.astimezone(self.zone)

    @property
    def appointment_local(self) -> datetime:
        return self.appointment.starts_at.astimezone(self.zone)


@dataclass(frozen=True)
class _Course:
    appointments: tuple[Appointment, ...]
    opens_on: date

    @property
    def first(self) -> Appointment:
        return self.appointments[0]

    @property
    def last(self) -> Appointment:
        return self.appointments[-1]


@dataclass(frozen=True)
class _Wish:
    """A message the cadence asks for, before quiet hours, enrolment and caps have had their say."""

    kind: str
    rule: MessageRule
    appointment: Appointment
    slot: str
    at: datetime


@dataclass(frozen=True)
class _Context:
    zone: ZoneInfo
    cadence: Cadence
    start: datetime
    enrolled_on: date


def plan(
    appointments: Iterable[Appointment],
    zone: ZoneInfo,
    enrolled: datetime,
    cadence: Cadence,
    now: datetime | None = None,
    sent: Sequence[SentMessage] = (),
    taper_steps: Iterable[date] = (),
) -> list[PlannedMessage]:
    """The messages still to send, sorted by time.

    Nothing is planned before `enrolled` or `now`; `sent` holds what already went out, so a re-plan neither
    repeats it nor exceeds a day's cap because of it.
    """
    start = ceil_to_minute(max(enrolled, now or enrolled).astimezone(UTC))
    context = _Context(zone, cadence, start, local_day(enrolled, zone))
    courses = _courses(sorted(appointments, key=lambda a: a.starts_at), cadence, zone)
    wishes = [wish for course in courses for wish in _course_wishes(course, context)]
    wishes += _taper_wishes(courses, sorted(set(taper_steps)), context)
    wishes += _welcome_wishes(courses, context)
    placed = [message for wish in wishes if (message := _place(wish, context)) is not None]
    fresh = [message for message in placed if not _already_sent(message, sent, courses, cadence)]
    return _within_daily_caps(fresh, sent, context)


def _courses(appointments: Sequence[Appointment], cadence: Cadence, zone: ZoneInfo) -> list[_Course]:
    runs: list[list[Appointment]] = []
    for appointment in appointments:
        day = local_day(appointment.starts_at, zone)
        if runs and (day - local_day(runs[-1][-1].starts_at, zone)).days <= cadence.course_gap_days:
            runs[-1].append(appointment)
        else:
            runs.append([appointment])
    return [_Course(tuple(run), local_day(run[0].starts_at, zone) - timedelta(days=cadence.avoid_days)) for run in runs]


def _course_wishes(course: _Course, context: _Context) -> Iterator[_Wish]:
    zone = context.zone
    for kind, rule in context.cadence.messages.items():
        if rule.anchor is Anchor.WINDOW_OPEN:
            yield from _window_opening(kind, rule, course, context)
        elif rule.anchor is Anchor.COURSE_START:
            yield from _counted(kind, rule, course.first, zone)
        elif rule.anchor is Anchor.COURSE_END:
            yield from _counted(kind, rule, course.last, zone)
        elif rule.anchor is Anchor.APPOINTMENT:
            for appointment in course.appointments:
                yield from _counted(kind, rule, appointment, zone)
        elif rule.anchor is Anchor.DAILY:
            yield from _daily(kind, rule, course, context)


def _window_opening(kind: str, rule: MessageRule, course: _Course, context: _Context) -> Iterator[_Wish]:
    assert rule.at is not None
    opens_at = at_local(course.opens_on, rule.at, context.zone)
    if opens_at >= context.start:
        yield _Wish(kind, rule, course.first, "", opens_at)
    else:  # enrolled (or re-planned) inside an open window: the opening message comes now rather than never
        yield from _as_soon_as_possible(kind, rule, course.appointments, context)


def _counted(kind: str, rule: MessageRule, appointment: Appointment, zone: ZoneInfo) -> Iterator[_Wish]:
    assert rule.at is not None
    day = local_day(appointment.starts_at, zone)
    offsets = [(-days, f"d{days}") for days in rule.days_before]
    offsets += [(days, f"d+{days}") for days in rule.days_after]
    for shift, slot in offsets:
        yield _Wish(kind, rule, appointment, slot, at_local(day + timedelta(days=shift), rule.at, zone))


def _daily(kind: str, rule: MessageRule, course: _Course, context: _Context) -> Iterator[_Wish]:
    """From the window's second day to the day before the course's last appointment; each day serves the next
    appointment on a later day. A check-in asks about yesterday, so none comes on the day of enrolment."""
    assert rule.at is not None
    zone = context.zone
    day = max(course.opens_on, context.enrolled_on) + timedelta(days=1)
    for appointment in course.appointments:
        appointment_day = local_day(appointment.starts_at, zone)
        while day < appointment_day:
            yield _Wish(kind, rule, appointment, day.isoformat(), at_local(day, rule.at, zone))
            day += timedelta(days=1)


def _taper_wishes(courses: Sequence[_Course], steps: Sequence[date], context: _Context) -> Iterator[_Wish]:
    appointments = [appointment for course in courses for appointment in course.appointments]
    for kind, rule in context.cadence.messages.items():
        if rule.anchor is not Anchor.TAPER_STEP:
            continue
        assert rule.at is not None
        for step in steps:
            at = at_local(step, rule.at, context.zone)
            serves = next((a for a in appointments if a.starts_at > at), None)
            if serves is not None:
                yield _Wish(kind, rule, serves, step.isoformat(), at)


def _welcome_wishes(courses: Sequence[_Course], context: _Context) -> Iterator[_Wish]:
    appointments = [appointment for course in courses for appointment in course.appointments]
    for kind, rule in context.cadence.messages.items():
        if rule.anchor is Anchor.ENROLMENT:
            yield from _as_soon_as_possible(kind, rule, appointments, context)


def _as_soon_as_possible(
    kind: str, rule: MessageRule, appointments: Sequence[Appointment], context: _Context
) -> Iterator[_Wish]:
    """At the first allowed moment from the start, for the first appointment still ahead at that moment."""
    at = next_allowed(context.start, context.cadence.sending_window, context.zone)
    serves = next((a for a in appointments if a.starts_at > at), None)
    if serves is not None:
        yield _Wish(kind, rule, serves, "", at)


def _place(wish: _Wish, context: _Context) -> PlannedMessage | None:
    """Quiet hours, enrolment and the appointment itself bound when a message may go (rules 3 to 5)."""
    before = None if wish.rule.after else wish.appointment.starts_at
    if wish.at < context.start:
        return None
    at = nearest_allowed(wish.at, context.cadence.sending_window, context.zone, context.start, before)
    if at is None:
        return None
    template = context.cadence.template_for(wish.kind)
    return PlannedMessage(wish.kind, template, wish.appointment, wish.slot, at, context.zone)


def _already_sent(
    message: PlannedMessage, sent: Sequence[SentMessage], courses: Sequence[_Course], cadence: Cadence
) -> bool:
    """Rule 7: a re-plan never repeats what went out; the window-opening message comes again only for a new
    course, one whose window opens more than a course gap after it was last sent."""
    anchor = cadence.messages[message.kind].anchor
    same_kind = [s for s in sent if s.kind == message.kind]
    if anchor is Anchor.ENROLMENT:
        return bool(same_kind)
    if anchor is Anchor.WINDOW_OPEN:
        course = next(c for c in courses if message.appointment in c.appointments)
        since = course.opens_on - timedelta(days=cadence.course_gap_days)
        return any(local_day(s.sent_at, message.zone) >= since and s.sent_at < course.last.starts_at for s in same_kind)
    return any(s.appointment_id == message.appointment.id and s.slot == message.slot for s in same_kind)


def _within_daily_caps(
    messages: Sequence[PlannedMessage], sent: Sequence[SentMessage], context: _Context
) -> list[PlannedMessage]:
    """Rule 6: one daily (check-in) kind per day and `max_per_day` in all, counting what was already sent;
    the message serving the nearer appointment wins, then the more important kind."""
    cadence = context.cadence
    daily_kinds = {kind for kind, rule in cadence.messages.items() if rule.anchor is Anchor.DAILY}
    used: dict[date, int] = defaultdict(int)
    daily_used: set[tuple[date, str]] = set()
    for message in sent:
        day = local_day(message.sent_at, context.zone)
        used[day] += 1
        if message.kind in daily_kinds:
            daily_used.add((day, message.kind))

    def rank(message: PlannedMessage) -> tuple[datetime, int, datetime]:
        return message.appointment.starts_at, cadence.priority(message.kind), message.send_at

    def day_of(message: PlannedMessage) -> date:
        return local_day(message.send_at, context.zone)

    kept: list[PlannedMessage] = []
    for day, competing in groupby(sorted(messages, key=lambda m: (day_of(m), rank(m))), key=day_of):
        for message in competing:
            if used[day] >= cadence.max_per_day:
                break
            if message.kind in daily_kinds:
                if (day, message.kind) in daily_used:
                    continue
                daily_used.add((day, message.kind))
            used[day] += 1
            kept.append(message)
    return sorted(kept, key=lambda m: (m.send_at, cadence.priority(m.kind)))
