"""A report with a clause the parser did not read is still logged as far as it is clear, with `review` set, so the
conversation puts it before a person; a sentence about one's own death beside a report makes it a crisis."""

import pytest

from replies import Intent, parse


@pytest.mark.parametrize(
    "text",
    [
        "2 beers. my landlord is evicting us friday",
        "1 xanax 0.5mg, the kids are with their father again",
        "nada. mi jefe me grita",
    ],
)
def test_a_report_beside_a_clause_it_cannot_read_is_logged_for_review(text):
    parsed = parse(text)
    assert parsed.intent is Intent.REPORT
    assert parsed.review


@pytest.mark.parametrize(
    "text", ["2 beers", "had 2 beers with dinner", "none, thanks!", "dos cervezas y un clonazepam"]
)
def test_a_report_read_in_full_needs_no_review(text):
    assert not parse(text).review


@pytest.mark.parametrize("text", ["2 beers. I just want to disappear", "3 drinks. i wont be alive much longer anyway"])
def test_a_sentence_about_ones_own_death_beside_a_report_is_a_crisis(text):
    assert parse(text).intent is Intent.CRISIS


def test_a_clear_report_keeps_its_figures_when_sent_for_review():
    parsed = parse("2 beers. my landlord is evicting us friday")
    assert parsed.drinks == 2
