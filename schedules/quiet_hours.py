"""Quiet hours: the allowed local sending window, and moving a moment into it (CONTRACTS.md section 3, rule 3)."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from schedules.cadence import SendingWindow
from schedules.localtime import at_local

_LAST_MINUTE = timedelta(minutes=1)


def is_allowed(moment: datetime, window: SendingWindow, zone: ZoneInfo) -> bool:
    return moment.astimezone(zone).time() in window


def next_allowed(moment: datetime, window: SendingWindow, zone: ZoneInfo) -> datetime:
    """The first allowed moment at or after `moment`."""
    if is_allowed(moment, window, zone):
        return moment
    local = moment.astimezone(zone)
    day = local.date() if local.time() < window.start else local.date() + timedelta(days=1)
    return at_local(day, window.start, zone)


def previous_allowed(moment: datetime, window: SendingWindow, zone: ZoneInfo) -> datetime:
    """The last allowed minute at or before `moment` (the window's end itself is not allowed)."""
    if is_allowed(moment, window, zone):
        return moment
    local = moment.astimezone(zone)
    day = local.date() if local.time() >= window.end else local.date() - timedelta(days=1)
    return at_local(day, window.end, zone) - _LAST_MINUTE


def nearest_allowed(
    moment: datetime,
    window: SendingWindow,
    zone: ZoneInfo,
    earliest: datetime,
    before: datetime | None,
) -> datetime | None:
    """The allowed moment nearest to `moment` that is no earlier than `earliest` and, when `before` is given,
    strictly before it; None when there is none."""
    candidates = {previous_allowed(moment, window, zone), next_allowed(moment, window, zone)}
    fitting = [c for c in candidates if c >= earliest and (before is None or c < before)]
    return min(fitting, key=lambda c: (abs(c - moment), c), default=None)
