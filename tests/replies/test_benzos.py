"""Benzo doses per the contract: strength after the drug, tablets before it, mg is the total taken."""

import pytest

from tests.replies.readings import doses, read


@pytest.mark.parametrize(
    ("text", "drug", "mg"),
    [
        ("valium 10", "diazepam", 10), ("xanax 0.5", "alprazolam", 0.5), ("ambien 5", "zolpidem", 5),
        ("lorazepam .5", "lorazepam", 0.5), ("klonopin 1mg", "clonazepam", 1), ("xanax: 0.5mg", "alprazolam", 0.5),
        ("temazepam 15mg at bedtime", "temazepam", 15), ("librium 25", "chlordiazepoxide", 25),
        ("serax 15mg", "oxazepam", 15), ("onfi 10", "clobazam", 10), ("halcion 0.25", "triazolam", 0.25),
        ("lunesta 3mg", "eszopiclone", 3), ("imovane 7.5", "zopiclone", 7.5),
    ],
)  # fmt: skip
def test_a_number_after_the_drug_is_its_strength(text, drug, mg):
    assert doses(text) == [(drug, mg, None)]


@pytest.mark.parametrize(
    ("text", "drug", "tablets"),
    [
        ("2 valium", "diazepam", 2), ("one xanax", "alprazolam", 1), ("took 2 ativan", "lorazepam", 2),
        ("a klonopin", "clonazepam", 1), ("took my klonopin", "clonazepam", 1), ("2 pills of xanax", "alprazolam", 2),
        ("took 2 xanax pills", "alprazolam", 2), ("2 k-pins", "clonazepam", 2), ("a couple pins", "clonazepam", 2),
        ("xanax x2", "alprazolam", 2), ("una pastilla de xanax", "alprazolam", 1),
    ],
)  # fmt: skip
def test_a_whole_number_before_the_drug_counts_tablets(text, drug, tablets):
    assert doses(text) == [(drug, None, tablets)]


@pytest.mark.parametrize(
    ("text", "drug", "mg"),
    [("0.5 klonopin", "clonazepam", 0.5), ("0.25 alprazolam", "alprazolam", 0.25), (".5 xanax", "alprazolam", 0.5)],
)
def test_a_number_below_one_before_the_drug_is_mg(text, drug, mg):
    assert doses(text) == [(drug, mg, None)]


@pytest.mark.parametrize(
    ("text", "drug", "mg"),
    [
        ("2 ativan 0.5mg", "lorazepam", 1), ("2 x 0.5mg xanax", "alprazolam", 1),
        ("took 2 0.5mg xanax", "alprazolam", 1),
        ("I took 2 of my 0.5mg xanax", "alprazolam", 1), ("2 tablets of 0.5 mg xanax", "alprazolam", 1),
        ("xanax 1mg twice", "alprazolam", 2), ("ativan 1 mg twice", "lorazepam", 2), ("valium 5 x2", "diazepam", 10),
        ("klonopin 0.5 x2", "clonazepam", 1), ("1 mg ativan", "lorazepam", 1), ("5 mg of diazepam", "diazepam", 5),
        ("took 1 mg of my ativan", "lorazepam", 1),
    ],
)  # fmt: skip
def test_mg_is_the_total_taken(text, drug, mg):
    assert doses(text)[0][:2] == (drug, mg)


@pytest.mark.parametrize(
    ("text", "tablets"),
    [("half a xanax", 0.5), ("took half my klonopin", 0.5), ("1/2 klonopin", 0.5), ("a quarter of a xanax", 0.25)],
)
def test_part_of_a_tablet_counts_tablets(text, tablets):
    assert doses(text)[0][1:] == (None, tablets)


@pytest.mark.parametrize(
    ("text", "mg", "tablets"), [("a xanax bar", 2, 1), ("took 2 bars", 4, 2), ("half a bar", 1, 0.5)]
)
def test_a_bar_is_a_2_mg_alprazolam_tablet(text, mg, tablets):
    assert doses(text) == [("alprazolam", mg, tablets)]


@pytest.mark.parametrize(
    ("text", "drug"),
    [
        ("xanax 1", "alprazolam"), ("xanny 1", "alprazolam"), ("xannies 1", "alprazolam"), ("zannies 1", "alprazolam"),
        ("xans 1", "alprazolam"), ("xanex 1", "alprazolam"), ("zanax 1", "alprazolam"), ("ativan 1", "lorazepam"),
        ("ativn 1", "lorazepam"), ("klonopin 1", "clonazepam"), ("rivotril 1", "clonazepam"),
        ("klonnies 1", "clonazepam"), ("klonipin 1", "clonazepam"), ("clonopin 1", "clonazepam"),
        ("klonapin 1", "clonazepam"), ("valium 1", "diazepam"), ("valum 1", "diazepam"), ("vallium 1", "diazepam"),
        ("librium 1", "chlordiazepoxide"), ("restoril 1", "temazepam"), ("serax 1", "oxazepam"),
        ("onfi 1", "clobazam"), ("sympazan 1", "clobazam"), ("halcion 1", "triazolam"), ("ambien 1", "zolpidem"),
        ("imovane 1", "zopiclone"), ("lunesta 1", "eszopiclone"),
    ],
)  # fmt: skip
def test_brands_slang_and_misspellings_name_the_generic(text, drug):
    assert doses(text)[0][0] == drug


def test_the_diazepam_equivalent_follows_the_ashton_table():
    assert read("xanax 0.5")["benzos"][0]["diazepam_eq_mg"] == 10
    assert read("ativan 2mg")["benzos"][0]["diazepam_eq_mg"] == 20
    assert read("ambien 10")["benzos"][0]["diazepam_eq_mg"] == 5


def test_no_diazepam_equivalent_without_mg():
    assert read("2 valium")["benzos"][0]["diazepam_eq_mg"] is None


def test_two_drugs_are_two_items():
    assert doses("xanax 0.25 and ativan 1") == [("alprazolam", 0.25, None), ("lorazepam", 1, None)]


def test_an_amount_after_the_drug_joins_it():
    assert doses("took xanax last night, 0.5mg") == [("alprazolam", 0.5, None)]


def test_drinks_and_a_dose_in_one_reply():
    parsed = read("2 beers, 0.5 xanax")
    assert parsed["drinks"] == 2
    assert doses("2 beers, 0.5 xanax") == [("alprazolam", 0.5, None)]


def test_a_number_followed_by_a_drink_is_not_the_strength():
    assert doses("1 xanax 2 beers") == [("alprazolam", None, 1)]
    assert read("1 xanax 2 beers")["drinks"] == 2
