"""A logged report is said back in the patient's language, in a few words."""

from datetime import date

from messages.dates import short_date
from messages.intake import describe_intake


def test_drinks_are_counted_in_words_a_patient_uses():
    assert describe_intake(0, None, "en") == "no drinks"
    assert describe_intake(1, None, "en") == "1 drink"
    assert describe_intake(2.5, None, "en") == "2.5 drinks"


def test_benzos_show_milligrams_when_known_and_tablets_otherwise():
    benzos = [("alprazolam", 1.0, 2.0), ("diazepam", None, 0.5)]
    assert describe_intake(None, benzos, "en") == "alprazolam 1 mg, 0.5 tablets of diazepam"
    assert describe_intake(2, [], "en") == "2 drinks, no benzos"


def test_spanish_reads_as_spanish():
    assert describe_intake(0, [("lorazepam", None, 1.0)], "es") == "ninguna bebida, 1 pastilla de lorazepam"
    assert short_date(date(2027, 3, 9), "es") == "mar 9/3"
    assert short_date(date(2027, 3, 9), "en") == "Tue 3/9"
