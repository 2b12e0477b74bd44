"""The words are data (replies/vocabulary/*.yaml), checked when loaded: a phrase that can never match is refused."""

import pytest

from replies import parse
from replies.intake.lexicon import DRUGS, LOOK_ALIKES, drug_spellings
from replies.vocabulary import VocabularyError, phrases


def test_a_phrase_with_capitals_or_accents_is_refused_with_where_it_was_listed():
    with pytest.raises(VocabularyError, match=r"containers.yaml case: 'cartón' is not a folded phrase"):
        phrases(["case", "cartón"], "containers.yaml case")


def test_a_phrase_listed_twice_is_refused():
    with pytest.raises(VocabularyError, match="'xanax' is listed twice"):
        phrases(["xanax", "xanax"], "drugs.yaml alprazolam")


def test_a_list_expected_but_a_string_given_is_refused():
    with pytest.raises(VocabularyError, match="expected a list"):
        phrases("xanax, ativan", "drugs.yaml alprazolam")


@pytest.mark.parametrize("generic", sorted(DRUGS))
def test_every_spelling_of_a_drug_is_read_as_that_drug(generic):
    for spelling in drug_spellings(generic):
        benzos = parse(f"took 2 {spelling}").benzos
        assert benzos is not None, spelling
        assert {item.drug for item in benzos} == {generic}, spelling


@pytest.mark.parametrize("name", LOOK_ALIKES)
def test_a_look_alike_named_in_the_file_is_never_a_benzo(name):
    assert not parse(f"took 2 {name}").benzos
