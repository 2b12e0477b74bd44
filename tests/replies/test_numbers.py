"""Numbers as patients write them: digits, words, halves, decimals with a comma, and amounts that are no number."""

import pytest

from replies.intake.lexer import lex
from replies.intake.numbers import numeral, read_quantity
from tests.replies.readings import doses, read


def quantity_of(text: str) -> float | None:
    quantity = read_quantity(lex(text), 0)
    assert quantity is not None, text
    return quantity.value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("one", 1), ("twelve", 12), ("twenty", 20), ("a", 1), ("an", 1), ("a couple", 2), ("a couple of", 2),
        ("couple", 2), ("half", 0.5), ("half a", 0.5), ("a half", 0.5), ("medio", 0.5), ("media", 0.5),
        ("1/2", 0.5), ("½", 0.5), ("0,5", 0.5), (".5", 0.5), ("1.5", 1.5), ("one and a half", 1.5),
        ("1 and a half", 1.5), ("2 and a half", 2.5), ("1 1/2", 1.5), ("uno", 1), ("una", 1), ("dos", 2),
        ("tres", 3), ("un par", 2), ("un par de", 2), ("dos y media", 2.5), ("a dozen", 12), ("like 3", 3),
        ("about 4", 4), ("~3", 3), ("5ish", 5), ("unas 2", 2), ("a quarter", 0.25),
    ],
)  # fmt: skip
def test_a_number_is_read_in_every_common_form(text, value):
    assert quantity_of(text) == pytest.approx(value)


@pytest.mark.parametrize(
    "text", ["a few", "several", "some", "a bit", "a lot", "2-3", "2 or 3", "dos o tres", "at least 4", "3+", "unos"]
)
def test_an_amount_nobody_can_know_has_no_value(text):
    assert quantity_of(text) is None


def test_a_date_like_fraction_is_no_number():
    assert numeral("3/14") is None


def test_a_comma_decimal_is_a_decimal_and_keeps_its_form():
    assert numeral("0,5") == (0.5, "dec")
    assert numeral("2") == (2.0, "int")


@pytest.mark.parametrize(("text", "drinks"), [("4", 4), ("two", 2), ("a couple", 2), ("just one", 1), ("had 3", 3)])
def test_a_bare_number_answers_the_drinks_question(text, drinks):
    assert read(text)["drinks"] == drinks


def test_two_digits_across_a_slash_answer_both_questions():
    assert (read("2/0")["drinks"], read("2/0")["benzos"]) == (2, [])
    assert (read("0/0")["drinks"], read("0/0")["benzos"]) == (0, [])


@pytest.mark.parametrize(("text", "drinks"), [("Sorry, it was 3", 3), ("actually 2", 2), ("it was 3 not 2", 3)])
def test_a_correction_gives_the_new_number(text, drinks):
    assert read(text)["drinks"] == drinks


@pytest.mark.parametrize(
    "text", ["My appointment is at 2", "see you on the 14th", "I'm 45 years old", "room 12", "my appointment is 3/14"]
)
def test_a_number_that_counts_something_else_is_not_drinks(text):
    assert read(text)["drinks"] is None


@pytest.mark.parametrize(
    ("text", "lang", "mg"),
    [
        ("one point five milligrams of klonopin", "en", 1.5), ("klonopin one point five", "en", 1.5),
        ("point five xanax", "en", 0.5), ("ativan point five mg", "en", 0.5), ("valium two point five", "en", 2.5),
        ("clonazepam uno punto cinco miligramos", "es", 1.5), ("ativan cero punto cinco", "es", 0.5),
        ("twenty five mg of valium", "en", 25), ("veinticinco miligramos de diazepam", "es", 25),
    ],
)  # fmt: skip
def test_a_spoken_decimal_is_the_dose_it_says(text, lang, mg):
    [(_, got, _)] = doses(text, lang=lang)
    assert got == pytest.approx(mg)


def test_a_spoken_decimal_before_a_drug_is_a_dose_in_mg_like_its_digits():
    assert doses("point five klonopin") == doses("0.5 klonopin") == [("clonazepam", 0.5, None)]


@pytest.mark.parametrize(
    ("text", "lang", "drinks"),
    [
        ("three quarters of a bottle of wine", "en", 3.75), ("3/4 of a bottle of wine", "en", 3.75),
        ("a third of a bottle of wine", "en", 1.67), ("media botella de vino", "es", 2.5),
        ("tres cuartos de botella de vino", "es", 3.75),
    ],
)  # fmt: skip
def test_part_of_a_container_is_that_part_of_its_drinks(text, lang, drinks):
    assert read(text, lang=lang)["drinks"] == pytest.approx(drinks, abs=0.01)


@pytest.mark.parametrize(
    ("text", "lang", "drinks"),
    [
        ("2 beers x2", "en", 4), ("3 shots x 2", "en", 6), ("two beers times two", "en", 4), ("2 beers 2x", "en", 4),
        ("2 glasses of wine twice", "en", 4), ("tomé dos cervezas dos veces", "es", 4), ("2 tragos x3", "es", 6),
    ],
)  # fmt: skip
def test_a_multiplier_after_a_drink_multiplies_it(text, lang, drinks):
    assert read(text, lang=lang)["drinks"] == drinks


def test_a_multiplier_alone_after_a_drink_is_its_count():
    assert read("beer x2")["drinks"] == 2


@pytest.mark.parametrize("text", ["I only drank once", "took my xanax once"])
def test_once_in_english_is_one_time_not_eleven(text):
    parsed = read(text)
    assert parsed["drinks"] != 11
    assert all(item["mg"] != 11 and item["tablets"] != 11 for item in parsed["benzos"] or [])


def test_once_before_what_is_counted_is_eleven_in_spanish():
    assert read("tomé once cervezas", lang="es")["drinks"] == 11


def test_a_dose_taken_twice_after_a_comma_is_doubled():
    assert doses("ativan 1mg, twice") == [("lorazepam", 2, None)]
