"""Local calendar days and wall-clock times turned into instants, so offsets survive daylight-saving changes."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo


def at_local(day: date, clock: time, zone: ZoneInfo) -> datetime:
    """The UTC instant of `clock` on `day` in `zone`.

    A wall-clock time skipped by a spring-forward change lands just after the gap; a time that happens twice in
    the autumn is its first occurrence.
    """
    return datetime.combine(day, clock, tzinfo=zone).astimezone(UTC)


def local_day(moment: datetime, zone: ZoneInfo) -> date:
    return moment.astimezone(zone).date()


def ceil_to_minute(moment: datetime) -> datetime:
    """Plans are kept to the minute; a moment inside a minute moves to the next one, never earlier."""
    whole = moment.replace(second=0, microsecond=0)
    return whole if whole == moment else whole + timedelta(minutes=1)
