"""Drugs that look like benzos but are not must never be logged as one, however they are spelt."""

import pytest

from replies.intake.lexicon import LOOK_ALIKES, edit_distance, fuzzy_lookup
from tests.replies.readings import read


@pytest.mark.parametrize("name", [*LOOK_ALIKES, "Clonidine", "CLOZAPINE", "clonidina", "gabapentina"])
def test_a_look_alike_is_never_a_benzo(name):
    for text in (name, f"{name} 0.1", f"took 2 {name}", f"{name} 300mg", f"took my {name}"):
        assert read(text)["benzos"] is None, text


@pytest.mark.parametrize("typo", ["clonidne", "clonodine", "clozapin", "clozepine", "gabapenten", "diltiazam"])
def test_a_misspelt_look_alike_is_still_not_a_benzo(typo):
    assert read(f"{typo} 1mg")["benzos"] is None


def test_a_look_alikes_dose_is_not_taken_for_an_unnamed_benzo():
    parsed = read("gabapentin 300mg")
    assert parsed["benzos"] is None
    assert not parsed["needs_clarification"]


@pytest.mark.parametrize(
    ("typo", "drug"),
    [
        ("xanaks", "alprazolam"), ("alprazolom", "alprazolam"), ("klonipen", "clonazepam"),
        ("clonazapam", "clonazepam"), ("lorazapem", "lorazepam"), ("ativam", "lorazepam"), ("valiumm", "diazepam"),
        ("zolpiden", "zolpidem"), ("restorol", "temazepam"), ("librum", "chlordiazepoxide"),
    ],
)  # fmt: skip
def test_a_typo_within_one_or_two_letters_finds_the_drug(typo, drug):
    assert read(f"{typo} 1mg")["benzos"][0]["drug"] == drug


@pytest.mark.parametrize("word", ["ambient", "halcyon", "classes", "bottled", "values", "dinner", "valve"])
def test_a_real_word_near_a_drug_name_is_left_alone(word):
    assert fuzzy_lookup(word) is None


def test_edit_distance_counts_a_swap_of_neighbours_as_one():
    assert edit_distance("xnaax", "xanax", 2) == 1
    assert edit_distance("valium", "valum", 1) == 1
    assert edit_distance("clonidine", "clonazepam", 2) == 3
