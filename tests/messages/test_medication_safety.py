"""No default text tells a patient to change a medication, and every mention of one defers to the prescriber.

Stopping benzodiazepines abruptly can cause seizures; only the prescriber sets or changes a dose.
"""

import re

import pytest

from messages.catalog import KINDS, LANGUAGES, default_template

ADVICE_TO_CHANGE = {
    "en": [r"stop taking", r"\breduce", r"\bcut\b", r"skip your", r"lower your", r"\bquit\b", r"stop (your|all|the)"],
    "es": [r"deje de tomar", r"reduzca", r"suspenda", r"baje (la|su)", r"disminuya", r"\bdeje (la|las|su|sus)\b"],
}
MEDICATION = {
    "en": r"benzo|medic|\bmeds?\b|xanax|dose|\btaper\b",
    "es": r"benzo|medicament|xanax|dosis|reducción",
}
PRESCRIBER = r"prescriber|médico|recetó"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_no_default_advises_stopping_reducing_or_changing_a_medication(kind, language):
    text = default_template(kind, language).lower()
    for pattern in ADVICE_TO_CHANGE[language]:
        assert not re.search(pattern, text), f"{kind}/{language} matches {pattern!r}"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_every_default_mentioning_a_medication_also_mentions_the_prescriber(kind, language):
    text = default_template(kind, language).lower()
    if re.search(MEDICATION[language], text):
        assert re.search(PRESCRIBER, text), f"{kind}/{language} mentions a medication but not the prescriber"


def test_the_benzo_messages_are_the_ones_expected():
    mentioning = {kind for kind in KINDS if "benzo" in default_template(kind, "en").lower()}
    assert mentioning == {"avoid_start", "reminder", "checkin", "day_before"}
