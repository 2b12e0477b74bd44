"""The appointment as a patient reads it in their own language: short enough for an SMS, no locale database.

Written by hand rather than with `strftime` or Babel: `strftime` follows the server's locale, not the patient's,
and two languages do not justify a new dependency.
"""

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class _Style:
    weekdays: tuple[str, ...]  # Monday first, as `date.weekday()` counts
    month_first: bool
    twelve_hour: bool


_STYLES = {
    "en": _Style(("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"), month_first=True, twelve_hour=True),
    "es": _Style(("lun", "mar", "mié", "jue", "vie", "sáb", "dom"), month_first=False, twelve_hour=False),
}


def appointment_variables(appointment_local: datetime, today: date, language: str) -> dict[str, str | int]:
    """`appointment_local` is already in the patient's zone and `today` is the patient's local date, so
    `days_left` counts the calendar days the patient sees, whatever time of day the message goes out."""
    style = _STYLES.get(language, _STYLES["en"])
    day = appointment_local.date()
    return {
        "appointment_date": _date(day, style),
        "appointment_time": _time(appointment_local, style),
        "days_left": (day - today).days,
    }


def short_date(day: date, language: str) -> str:
    """ "Tue 3/9" or "mar 9/3": how a confirmation names the day a report was logged for."""
    return _date(day, _STYLES.get(language, _STYLES["en"]))


def _date(day: date, style: _Style) -> str:
    first, second = (day.month, day.day) if style.month_first else (day.day, day.month)
    return f"{style.weekdays[day.weekday()]} {first}/{second}"


def _time(moment: datetime, style: _Style) -> str:
    if not style.twelve_hour:
        return f"{moment.hour}:{moment.minute:02d}"
    suffix = "AM" if moment.hour < 12 else "PM"
    return f"{moment.hour % 12 or 12}:{moment.minute:02d} {suffix}"
