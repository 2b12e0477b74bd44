"""Every default text exists in both languages, renders, and fits the segment budget with long values."""

from pathlib import Path

import pytest
import yaml

import messages
from messages.catalog import KINDS, LANGUAGES, default_template
from messages.render import SAMPLE_VARIABLES, check_template, render
from messages.segments import count_segments, non_gsm7_characters

TEMPLATES = Path(messages.__file__).parent / "templates"


def bodies(kind: str, language: str) -> list[str]:
    """With a phone and many days left, and without a phone on the last day: templates branch on both."""
    sample = SAMPLE_VARIABLES[language]
    template = default_template(kind, language)
    return [render(template, sample), render(template, {**sample, "clinic_phone": "", "days_left": 1})]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_file_has_exactly_one_entry_per_kind(language):
    with (TEMPLATES / f"{language}.yaml").open(encoding="utf-8") as file:
        assert sorted(yaml.safe_load(file)) == sorted(KINDS)


@pytest.mark.parametrize("kind", KINDS)
def test_every_english_default_fits_one_gsm7_segment(kind):
    for body in bodies(kind, "en"):
        counted = count_segments(body)
        assert non_gsm7_characters(body) == "", body
        assert (counted.encoding, counted.segments) == ("GSM-7", 1), f"{counted}: {body}"


@pytest.mark.parametrize("kind", KINDS)
def test_every_spanish_default_fits_two_segments(kind):
    for body in bodies(kind, "es"):
        assert count_segments(body).segments <= 2, f"{count_segments(body)}: {body}"


@pytest.mark.parametrize(("language", "limit"), [("en", 1), ("es", 2)])
@pytest.mark.parametrize("kind", KINDS)
def test_every_default_passes_the_check_a_clinic_override_must_pass(kind, language, limit):
    check_template(default_template(kind, language), limit, language=language)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_every_default_renders_as_one_line_of_text(kind, language):
    for body in bodies(kind, language):
        assert body and "\n" not in body and "  " not in body and "{" not in body


def test_the_day_count_agrees_with_the_number_of_days():
    one_day = {**SAMPLE_VARIABLES["en"], "days_left": 1}
    assert "1 day to" in render(default_template("reminder", "en"), one_day)
    assert "falta 1 día para" in render(default_template("reminder", "es"), {**SAMPLE_VARIABLES["es"], "days_left": 1})
    assert "faltan 14 días para" in render(default_template("reminder", "es"), SAMPLE_VARIABLES["es"])
