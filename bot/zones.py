"""Time zones and local times typed by people, checked once at the edge with a one-line error."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.errors import TaperlineError


def parse_zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise TaperlineError(f"unknown time zone {name!r} (use an IANA name such as America/New_York)") from None


def parse_local_datetime(text: str, zone: ZoneInfo, what: str) -> datetime:
    """An ISO date-time; without an offset it is local to `zone`. Returned in UTC."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise TaperlineError(f"{what}: {text!r} is not an ISO date-time such as 2027-03-14T09:00") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    return moment.astimezone(UTC)
