""" "another" and "otro"/"otra" after a dose repeat its drug, so both doses count toward the total; logging only the
first would be a silent wrong figure, and what cannot be added up is asked about."""

import pytest

from tests.replies.readings import doses, read


@pytest.mark.parametrize(
    ("text", "lang", "drug", "mg"),
    [
        ("0.25 xanax after lunch and another 0.25 before bed", "en", "alprazolam", 0.5),
        ("1mg klonopin when i woke up and another 1mg at night", "en", "clonazepam", 2),
        ("2 valium 5mg in the morning, took another 5mg at night", "en", "diazepam", 15),
        ("un ativan de 1 en la tarde y otro de 1 en la noche", "es", "lorazepam", 2),
        ("media rivotril de 2 en la mañana y otra de 1 antes de dormir", "es", "clonazepam", 2),
        ("una xanax de 0.5 al mediodía y otra en la noche", "es", "alprazolam", 1),
    ],
)
def test_another_dose_of_the_same_drug_adds_to_the_total(text, lang, drug, mg):
    assert doses(text, lang=lang)[0][:2] == (drug, mg)


def test_another_counted_tablet_adds_a_tablet():
    assert doses("1 klonopin at breakfast and another one at bedtime") == [("clonazepam", None, 2)]


@pytest.mark.parametrize(
    ("text", "drinks", "tablets"),
    [("1 ativan and then another 2 beers", 2, 1), ("un rivotril y otra cerveza", 1, 1)],
)
def test_another_drink_after_a_dose_is_a_drink_not_more_of_the_drug(text, drinks, tablets):
    parsed = read(text)
    assert (parsed["drinks"], parsed["benzos"][0]["tablets"]) == (drinks, tablets)


def test_another_without_an_amount_after_an_unknown_dose_is_asked_about():
    parsed = read("ativan in the morning and another at night")
    assert parsed["needs_clarification"] and parsed["benzos"][0]["mg"] is None
