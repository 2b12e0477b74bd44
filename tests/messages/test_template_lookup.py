"""A clinic's own text wins over the default; a language without templates gets English."""

import pytest

from messages.catalog import (
    CADENCE_KINDS,
    KINDS,
    LANGUAGES,
    REPLY_KINDS,
    UnknownTemplate,
    default_template,
    template_for,
)


def test_kinds_and_languages_are_the_documented_ones():
    assert CADENCE_KINDS == ("welcome", "avoid_start", "reminder", "checkin", "day_before", "taper")
    assert set(REPLY_KINDS) == {"opt_out", "opt_in", "help", "crisis", "symptom", "acknowledgement", "logged"} | {
        "unknown_sender",
        "on_call_page",
    }
    assert KINDS == CADENCE_KINDS + REPLY_KINDS
    assert LANGUAGES == ("en", "es")


def test_without_overrides_the_default_is_used():
    assert template_for("checkin", "es") == default_template("checkin", "es")


def test_a_clinic_override_wins_for_its_kind_and_language():
    overrides = {("welcome", "es"): "Hola de {{ clinic }}. Responda STOP para salir."}
    assert template_for("welcome", "es", overrides) == overrides[("welcome", "es")]
    assert template_for("welcome", "en", overrides) == default_template("welcome", "en")
    assert template_for("reminder", "es", overrides) == default_template("reminder", "es")


def test_an_unknown_language_falls_back_to_english():
    assert default_template("taper", "fr") == default_template("taper", "en")
    assert template_for("taper", "fr") == default_template("taper", "en")


def test_an_unknown_language_gets_the_clinics_english_override():
    overrides = {("taper", "en"): "Our own taper text."}
    assert template_for("taper", "fr", overrides) == "Our own taper text."


def test_a_spanish_patient_keeps_the_spanish_default_when_only_english_is_overridden():
    overrides = {("taper", "en"): "Our own taper text."}
    assert template_for("taper", "es", overrides) == default_template("taper", "es")


def test_an_unknown_kind_is_refused_with_a_readable_message():
    with pytest.raises(UnknownTemplate) as caught:
        template_for("birthday", "en", {("birthday", "en"): "Happy birthday!"})
    assert isinstance(caught.value, KeyError)
    assert str(caught.value).startswith(
        "no message template for kind 'birthday'; the kinds are welcome, avoid_start, reminder, checkin, "
    )
    with pytest.raises(UnknownTemplate):
        default_template("birthday", "es")
