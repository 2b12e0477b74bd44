"""A reply that takes back what it said ("no I didn't", "mentira, no lo tomé", "no wait, none"), swaps the drug it
named, fixes a strength or a day, or doubts its own amount: read as the patient left it, and asked about when that is
not clear."""

import pytest

from tests.replies.readings import doses, read


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("took my klonopin 1mg... no i didnt, forgot it", "en"),
        ("me tomé el rivotril... no, mentira, no lo tomé", "es"),
        ("1 xanax, no wait, none last night", "en"),
    ],
)  # fmt: skip
def test_a_dose_taken_back_is_no_dose(text, lang):
    parsed = read(text, lang=lang)
    assert (parsed["benzos"], parsed["drinks"]) == ([], None)


def test_a_drug_taken_back_keeps_the_drinks():
    parsed = read("3 ciders and a valium, jk no valium, only the ciders")
    assert (parsed["drinks"], parsed["benzos"]) == (3, [])


def test_a_none_about_someone_else_takes_back_nothing():
    parsed = read("a glass of wine, no wait the whole bottle, my wife didnt have any")
    assert (parsed["drinks"], parsed["benzos"]) == (5, None)


@pytest.mark.parametrize(
    ("text", "lang", "drug"),
    [
        ("took a klonopin, sorry, it was an ativan", "en", "lorazepam"),
        ("un xanax, perdón, era un valium", "es", "diazepam"),
    ],
)  # fmt: skip
def test_a_drug_swapped_replaces_the_one_named(text, lang, drug):
    assert [name for name, _, _ in doses(text, lang=lang)] == [drug]


@pytest.mark.parametrize(
    ("text", "mg"), [("1 ativan 2mg, actually it was 1mg", 1), ("2 beers and 2mg klonopin, I mean 1mg", 1)]
)
def test_a_strength_corrected_in_mg_replaces_the_strength(text, mg):
    [(_, got, _)] = doses(text)
    assert got == mg


def test_a_day_corrected_moves_the_report():
    assert read("3 beers last night, sorry I mean this morning")["day_offset"] == 0


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("4 beers, maybe 5? idk", "en"),
        ("2 klonopin or 3? cant remember", "en"),
        ("3 copas, o quizás 4, no me acuerdo", "es"),
        ("1 cerveza, digo, unas cuantas", "es"),
        ("6 beers, not sure", "en"),
    ],
)  # fmt: skip
def test_an_amount_the_patient_doubts_is_asked_about(text, lang):
    parsed = read(text, lang=lang)
    assert (parsed["intent"], parsed["needs_clarification"], parsed["drinks"]) == ("report", True, None)


@pytest.mark.parametrize("text", ["2 beers idk if that counts", "idk why i bother, 1 glass of wine"])
def test_a_doubt_about_something_else_leaves_the_amount(text):
    assert read(text)["needs_clarification"] is False
