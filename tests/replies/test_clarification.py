"""An amount that cannot be known is asked about, in the reply's language, and never logged as a number."""

import pytest

from tests.replies.readings import doses, read


@pytest.mark.parametrize(
    "text",
    [
        "a few beers", "some wine", "drank a bit", "not much", "several drinks", "had wine with dinner", "a few",
        "lots of wine", "a lot", "I had a few", "some beers", "2-3 beers", "2 or 3 beers", "i had like 4 or 5 beers",
        "at least 4 beers", "a drink or two", "no more than 2", "2 maybe 3", "a big glass of wine",
        "had a pitcher of beer", "split a bottle of wine with my wife", "we had 2 bottles of wine", "got drunk",
        "I drank last night", "hungover", "beer", "2 beers and some wine", "3 beers yesterday and 2 today",
        "a flask", "a box of wine", "2 beers max", "3 beers or more", "a couple beers maybe 3", "beer. 2 shots",
        "It was my birthday so I had 4 or 5 drinks, sorry",
    ],
)  # fmt: skip
def test_an_unclear_amount_of_drink_is_asked_about_and_never_a_number(text):
    parsed = read(text)
    assert parsed["intent"] == "report"
    assert parsed["needs_clarification"]
    assert parsed["drinks"] is None
    assert parsed["clarify"].startswith("How many drinks")


@pytest.mark.parametrize("text", ["took a benzo", "took my anxiety pill", "took 2 pills", "1mg", "took my meds"])
def test_a_benzo_not_named_is_asked_about(text):
    parsed = read(text)
    assert parsed["needs_clarification"]
    assert parsed["clarify"] == "Which benzo, and how many mg in all? Your label shows the name and the mg per tablet."


@pytest.mark.parametrize("text", ["took xanax", "xanax", "took some xanax", "a few klonopin", "1.5 xanax"])
def test_a_named_drug_without_a_clear_amount_is_asked_about_by_name(text):
    parsed = read(text)
    assert parsed["needs_clarification"]
    assert parsed["benzos"][0]["mg"] is None
    assert parsed["clarify"].startswith("How many mg of ")


def test_the_clear_part_of_a_half_clear_reply_is_kept():
    parsed = read("a few drinks and 1mg xanax")
    assert parsed["needs_clarification"]
    assert parsed["drinks"] is None
    assert doses("a few drinks and 1mg xanax") == [("alprazolam", 1, None)]


def test_a_clear_drink_count_is_kept_when_only_the_benzo_is_unclear():
    parsed = read("2 beers and a benzo")
    assert (parsed["drinks"], parsed["needs_clarification"]) == (2, True)


def test_the_question_is_asked_in_the_language_of_the_reply():
    assert read("unas cervezas")["clarify"] == "¿Cuántas bebidas exactamente? p. ej. 2"
    assert read("unos tragos", lang="es")["clarify"] == "¿Cuántas bebidas exactamente? p. ej. 2"
    assert read("a few beers", lang="es")["clarify"] == "How many drinks exactly? e.g. 2"
    assert (
        read("una pastilla", lang="es")["clarify"]
        == "¿Qué benzo y cuántos mg en total? Su etiqueta dice el nombre y los mg por pastilla."
    )


def test_a_clear_reply_asks_nothing():
    parsed = read("2 beers")
    assert (parsed["needs_clarification"], parsed["clarify"]) == (False, None)


def test_a_question_about_a_dose_names_no_dose_of_its_own():
    for text, lang in (("took a benzo", "en"), ("some klonopin", "en"), ("una pastilla", "es")):
        clarify = read(text, lang=lang)["clarify"]
        assert not any(character.isdigit() for character in clarify), clarify
