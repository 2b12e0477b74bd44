"""A reply that corrects itself is logged as corrected: an amount alone takes the place of the last amount said, a
correction that names its drink or drug replaces what was said of it, and "3 not 2" is no correction at all."""

import pytest

from replies import parse as parse_reply
from tests.replies.readings import doses, read


@pytest.mark.parametrize(
    ("text", "lang", "drinks"),
    [
        ("5 beers... no wait, 4", "en", 4),
        ("two glasses of wine, scratch that, three", "en", 3),
        ("3 tragos, perdón, mejor dicho 2", "es", 2),
        ("a beer, sorry, make that 2 shots", "en", 2),
    ],
)  # fmt: skip
def test_the_corrected_drinks_are_logged(text, lang, drinks):
    parsed = read(text, lang=lang)
    assert (parsed["intent"], parsed["drinks"]) == ("report", drinks)


@pytest.mark.parametrize(
    ("text", "lang", "mg"),
    [("klonopin 1mg, oops i mean 0.5mg", "en", 0.5), ("un ativan de 2, corrijo, de 1 mg", "es", 1)],
)
def test_the_corrected_dose_keeps_its_drug(text, lang, mg):
    [(drug, got, _)] = doses(text, lang=lang)
    assert drug in ("clonazepam", "lorazepam") and got == mg


def test_a_corrected_dose_amount_alone_is_not_taken_for_drinks():
    parsed = read("valium 10, sorry 5")
    assert (parsed["drinks"], doses("valium 10, sorry 5")) == (None, [("diazepam", 5, None)])


def test_a_number_set_against_another_is_no_correction():
    assert read("it was 4 not 3")["drinks"] == 4


def test_the_rest_of_the_report_stays_as_said():
    assert read("2 beers and no benzos. wait no, 3 beers")["benzos"] == []


@pytest.mark.parametrize(
    ("text", "lang", "drinks"),
    [
        ("5 beers, actually make that 4, gave the last one to my brother", "en", 4),
        ("una cerveza, bueno en realidad fueron dos", "es", 2),
    ],
)
def test_a_correction_gives_its_amount_before_any_chatter_after_it(text, lang, drinks):
    assert read(text, lang=lang)["drinks"] == drinks


def test_a_corrected_dose_said_with_a_verb_is_still_an_amount():
    assert doses("valium 10, no scratch that, I took the 5") == [("diazepam", 5, None)]


@pytest.mark.parametrize(
    ("text", "lang", "drinks"),
    [
        ("two beers and a glass of wine, actually 3 beers", "en", 4),
        ("un tequila y dos cervezas, no, perdón, tres cervezas", "es", 4),
    ],
)  # fmt: skip
def test_a_correction_naming_one_of_two_drinks_keeps_the_other(text, lang, drinks):
    assert read(text, lang=lang)["drinks"] == drinks


def test_a_correction_naming_a_drink_not_said_among_several_is_asked():
    parsed = read("a beer and a shot, no wait, wine")
    assert (parsed["drinks"], parsed["needs_clarification"]) == (None, True)


def test_a_correction_naming_one_of_two_drugs_keeps_the_other():
    assert doses("ativan 1mg and valium 5, sorry valium 10") == [("lorazepam", 1, None), ("diazepam", 10, None)]


@pytest.mark.parametrize(
    ("text", "lang", "drinks"),
    [
        ("4 ciders *2 ciders", "en", 2),
        ("7 beers haha jk, 3", "en", 3),
        ("2 margaritas, no, 3", "en", 3),
        ("5 shots, well 4 and a half", "en", 4.5),
        ("4 cervezas, digo, 3", "es", 3),
        ("6 chupitos jaja mentira, 1", "es", 1),
        ("2 copas, no espera, 3 copas", "es", 3),
    ],
)  # fmt: skip
def test_a_texters_correction_is_read_as_one(text, lang, drinks):
    assert read(text, lang=lang)["drinks"] == drinks


def test_a_correction_followed_by_an_apology_is_still_read():
    assert doses("valium 10mg, no it was 5mg my bad sorry") == [("diazepam", 5, None)]


def test_a_correction_that_names_only_a_container_keeps_the_drink_said():
    assert read("a bottle of red, well, half a bottle")["drinks"] == 2.5
    assert read("una botella de vino, no, media botella", lang="es")["drinks"] == 2.5


def test_a_correction_that_cannot_be_placed_is_asked_not_logged():
    parsed = read("klonopin 0.5 x3, wait no, only twice")
    assert (parsed["needs_clarification"], parsed["benzos"], parsed["drinks"]) == (True, None, None)


def test_a_whole_number_correcting_a_count_and_a_strength_replaces_the_count():
    assert doses("1 xanax 0.5 yesterday, nope, 3 of them") == [("alprazolam", 1.5, 3)]


@pytest.mark.parametrize(("text", "lang"), [("yesterday it was 2 beers", "en"), ("anoche fueron 3 cervezas", "es")])
def test_a_past_tense_opening_a_report_is_no_correction(text, lang):
    assert read(text, lang=lang)["needs_clarification"] is False


@pytest.mark.parametrize(
    ("text", "lang", "drug"),
    [
        ("2 xanax, actually half", "en", "alprazolam"),
        ("took one ativan... sorry, half of one", "en", "lorazepam"),
        ("un clonazepam, bueno, medio", "es", "clonazepam"),
    ],
)  # fmt: skip
def test_a_half_said_as_the_correction_halves_the_tablets_and_is_no_drink(text, lang, drug):
    parsed = read(text, lang=lang)
    assert (parsed["drinks"], doses(text, lang=lang)) == (None, [(drug, None, 0.5)])


def test_half_of_one_tablet_is_half_a_tablet():
    assert doses("half of one klonopin") == [("clonazepam", None, 0.5)]


@pytest.mark.parametrize(
    ("text", "lang", "drinks"), [("2 shots no 3", "en", 3), ("half a bottle of red no three quarters", "en", 3.75)]
)
def test_a_bare_no_before_a_figure_corrects_without_commas(text, lang, drinks):
    assert read(text, lang=lang)["drinks"] == drinks


def test_a_no_before_a_drug_still_rules_it_out():
    parsed = read("2 beers no benzos")
    assert (parsed["drinks"], parsed["benzos"]) == (2, [])


def test_in_spanish_a_bare_no_between_amounts_says_not_and_corrects_nothing():
    assert read("fueron 2 copas no 3", lang="es")["drinks"] == 2


@pytest.mark.parametrize(
    ("text", "lang", "drinks", "benzos"),
    [
        ("4 beers, oops that was friday. last night just 1", "en", 1, None),
        ("2 hard seltzers and an ambien. wait no ambien, that was sunday", "en", 2, []),
        ("3 copas anoche... perdón, eso fue el sábado, anoche nada", "es", 0, []),
    ],
)  # fmt: skip
def test_what_a_correction_puts_on_another_day_is_not_logged_for_this_one(text, lang, drinks, benzos):
    parsed = read(text, lang=lang)
    assert (parsed["drinks"], parsed["benzos"]) == (drinks, benzos)


def test_a_report_moved_wholly_to_another_day_asks_about_this_one():
    parsed = read("6 beers, sorry that was saturday")
    assert (parsed["needs_clarification"], parsed["drinks"]) == (True, None)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("2 ativan 1mg... no, solo una", "es", [("lorazepam", 1, 1)]),
        ("half a klonopin 2mg, no wait, a whole one", "en", [("clonazepam", 2, 1)]),
        ("tomé media pastilla de rivotril de 2 mg. no, fue entera", "es", [("clonazepam", 2, 1)]),
        ("xanax 0.5mg x3 - no just one", "en", [("alprazolam", 0.5, None)]),
        ("one valium, actually two. 5mg each", "en", [("diazepam", 10, 2)]),
    ],
)  # fmt: skip
def test_a_count_a_whole_or_the_times_taken_can_be_corrected_alone(text, lang, expected):
    assert doses(text, lang=lang) == expected


def test_a_none_corrected_to_one_is_one():
    assert read("ninguna cerveza... bueno sí, una", lang="es")["drinks"] == 1


def test_a_dose_taken_back_by_pronoun_keeps_the_rest_of_the_report():
    parsed = read("2 beers and my klonopin, oops didnt take it")
    assert (parsed["drinks"], parsed["benzos"]) == (2, [])


def test_question_marks_that_a_correction_settles_are_no_question():
    parsed = read("5 shots?? no, 3 shots. and no pills")
    assert (parsed["intent"], parsed["drinks"], parsed["benzos"]) == ("report", 3, [])


def test_a_strength_with_a_decimal_point_is_not_split_at_it():
    assert doses("klonopin 1mg, oops i mean 0.5mg") == [("clonazepam", 0.5, None)]


@pytest.mark.parametrize(
    ("text", "drinks"),
    [("3 shots, doubles actually", 6), ("2 ciders, well tall cans actually", 2.6), ("4 beers, 3 actually", 3)],
)
def test_a_marker_said_last_corrects_what_stands_before_it(text, drinks):
    assert read(text)["drinks"] == pytest.approx(drinks)


def test_a_serving_named_alone_keeps_the_count_said():
    assert read("2 glasses of wine, sorry I meant bottles")["drinks"] == 10


def test_a_marker_said_last_with_nothing_before_it_to_correct_corrects_nothing():
    parsed = parse_reply("5 beers actually")
    assert parsed.drinks == 5 and not any(reason.rule.startswith("correction") for reason in parsed.why)
