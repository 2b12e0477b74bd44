"""The first text a patient ever gets names the clinic and says how to opt out and get help (CONTRACTS.md 6)."""

import pytest

from messages.catalog import default_template
from messages.render import SAMPLE_VARIABLES, render


@pytest.mark.parametrize(("language", "help_word"), [("en", "HELP"), ("es", "AYUDA")])
def test_the_welcome_names_the_clinic_and_the_stop_and_help_keywords(language, help_word):
    body = render(default_template("welcome", language), SAMPLE_VARIABLES[language])
    assert SAMPLE_VARIABLES[language]["clinic"] in body
    assert "STOP" in body
    assert help_word in body


def test_the_english_welcome_says_reply_stop_to_opt_out():
    assert "Reply STOP to opt out, HELP for help" in default_template("welcome", "en")
