"""Amounts said around the drink or the drug rather than before it: "cerveza y media", "una pastilla y media", a
strength per tablet ("0.5 mg each", "de medio miligramo"), a count repeated for emphasis, a multiplier after a
comma, and the singular name of a tablet of known strength."""

import pytest

from tests.replies.readings import doses, read


def test_a_drink_and_a_half_with_no_number_is_one_and_a_half():
    assert read("copa y media de vino tinto", lang="es")["drinks"] == 1.5


def test_a_tablet_and_a_half_is_one_and_a_half_tablets():
    assert doses("una tableta y media de clonazepam", lang="es") == [("clonazepam", None, 1.5)]


@pytest.mark.parametrize(
    ("text", "lang", "mg"),
    [("took 3 of my ativan, 0.5 mg each", "en", 1.5), ("dos ativan de medio miligramo", "es", 1)],
)
def test_a_strength_per_tablet_multiplies_the_count(text, lang, mg):
    [(_, got, tablets)] = doses(text, lang=lang)
    assert got == mg and tablets in (2, 3)


def test_a_count_said_again_for_emphasis_is_not_a_second_amount():
    assert read("only two beers. two!")["drinks"] == 2


def test_a_multiplier_after_a_comma_multiplies_the_drink():
    assert read("3 shots, twice")["drinks"] == 6


def test_a_count_of_them_answers_no_question_of_its_own():
    assert read("3 of them were decaf, no drinks")["drinks"] == 0


def test_the_singular_name_of_a_fixed_strength_tablet_is_one_tablet():
    assert doses("a green bar yesterday")[0][:3] == ("alprazolam", 2, 1)
    assert doses("green bar last night") == [("alprazolam", 2, 1)]


def test_the_plural_name_of_a_fixed_strength_tablet_without_a_count_is_asked_about():
    assert read("green bars last night")["needs_clarification"]


@pytest.mark.parametrize(("text", "lang"), [("took my ativan as normal", "en"), ("mi lorazepam como siempre", "es")])
def test_the_usual_dose_without_its_amount_is_asked_about(text, lang):
    parsed = read(text, lang=lang)
    assert parsed["needs_clarification"] and parsed["benzos"][0]["mg"] is None


@pytest.mark.parametrize("text", ["finished off a bottle of wine", "knocked back 2 shots", "polished off a six pack"])
def test_a_phrasal_verb_of_drinking_is_no_negation(text):
    assert read(text)["drinks"] in (5, 2, 6)


def test_one_single_drink_is_one():
    assert read("a single glass of wine")["drinks"] == 1


@pytest.mark.parametrize("text", ["could murder a coffee", "dying for an iced tea"])
def test_a_wish_for_a_plain_drink_is_no_plan_to_drink(text):
    assert read(text)["intent"] != "question"


def test_a_can_of_bud_is_a_beer_and_a_buddy_is_not():
    assert read("a tall can of bud")["drinks"] == 1.3
    assert read("thanks bud, nothing yesterday")["drinks"] == 0


@pytest.mark.parametrize(
    ("text", "mg", "tablets"),
    [
        ("two 0.5 klonopins", 1, 2),
        ("3 of the 0.25 xanax", 0.75, 3),
        ("half of a 0.5 klonopin", 0.25, 0.5),
        ("media de 0.5 clonazepam", 0.25, 0.5),
    ],
)  # fmt: skip
def test_a_count_then_a_strength_before_the_drug_multiplies(text, mg, tablets):
    [(_, got, counted)] = doses(text)
    assert (got, counted) == (mg, tablets)


def test_half_written_as_one_word_is_half():
    assert doses("halfa xanax last night") == [("alprazolam", None, 0.5)]


def test_killing_a_bottle_is_drinking_it():
    assert read("killed a bottle of merlot")["drinks"] == 5
