"""The appointment reads naturally in the patient's language, and days are the patient's local calendar days."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from messages.dates import appointment_variables


def test_english_shows_weekday_month_day_and_a_12_hour_time():
    assert appointment_variables(datetime(2027, 3, 9, 9, 0), date(2027, 3, 2), "en") == {
        "appointment_date": "Tue 3/9",
        "appointment_time": "9:00 AM",
        "days_left": 7,
    }


def test_spanish_shows_weekday_day_month_and_a_24_hour_time():
    assert appointment_variables(datetime(2027, 3, 9, 17, 30), date(2027, 3, 2), "es") == {
        "appointment_date": "mar 9/3",
        "appointment_time": "17:30",
        "days_left": 7,
    }


@pytest.mark.parametrize(
    ("hour", "minute", "expected"), [(0, 5, "12:05 AM"), (11, 59, "11:59 AM"), (12, 0, "12:00 PM"), (23, 0, "11:00 PM")]
)
def test_english_times_around_noon_and_midnight(hour, minute, expected):
    variables = appointment_variables(datetime(2027, 3, 9, hour, minute), date(2027, 3, 9), "en")
    assert variables["appointment_time"] == expected


def test_every_spanish_weekday_is_abbreviated():
    days = [
        appointment_variables(datetime(2027, 3, d, 9), date(2027, 3, 1), "es")["appointment_date"] for d in range(8, 15)
    ]
    assert days == ["lun 8/3", "mar 9/3", "mié 10/3", "jue 11/3", "vie 12/3", "sáb 13/3", "dom 14/3"]


def test_days_left_counts_calendar_days_not_hours():
    late_tonight = datetime(2027, 3, 9, 23, 30, tzinfo=ZoneInfo("America/New_York"))
    assert appointment_variables(late_tonight, date(2027, 3, 8), "en")["days_left"] == 1
    assert appointment_variables(late_tonight, date(2027, 3, 9), "en")["days_left"] == 0


def test_an_unknown_language_gets_english_formats():
    assert appointment_variables(datetime(2027, 3, 9, 9, 0), date(2027, 3, 9), "fr")["appointment_date"] == "Tue 3/9"
