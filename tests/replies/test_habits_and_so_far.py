"""A habit said of another drug ("my lisinopril as usual") asks nothing about benzos already ruled out, and a none
that is only so far ("none so far", "nada hasta ahora") is still a none."""

import pytest

from tests.replies.readings import read


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("zero benzos, just the gabapentin as usual", "en"),
        ("no xanax. my zoloft like always", "en"),
        ("nada de benzos, solo mi metformina como siempre", "es"),
    ],
)
def test_a_habit_of_another_drug_after_no_benzos_is_clear(text, lang):
    parsed = read(text, lang=lang)
    assert (parsed["intent"], parsed["benzos"], parsed["needs_clarification"]) == ("report", [], False)


@pytest.mark.parametrize(("text", "lang"), [("nothing so far", "en"), ("none yet", "en"), ("nada por ahora", "es")])
def test_a_none_so_far_rules_out_both(text, lang):
    parsed = read(text, lang=lang)
    assert (parsed["intent"], parsed["drinks"], parsed["benzos"]) == ("report", 0, [])


def test_a_usual_dose_of_a_benzo_is_still_asked_about():
    assert read("took my usual")["needs_clarification"]
