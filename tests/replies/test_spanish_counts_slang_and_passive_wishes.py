"""Spanish as US patients text it: "una y media", "un six", "unas heladas", a full bottle "completa", a polite "no
señora"; a heat that is "killing" one is no crisis, asking God to be taken or pills taken not to wake up are."""

import pytest

from tests.replies.readings import doses, read


def test_one_and_a_half_said_with_the_article_is_one_and_a_half_tablets():
    assert doses("anoche me tomé una y media de lorazepam", lang="es") == [("lorazepam", None, 1.5)]


@pytest.mark.parametrize(
    ("text", "lang", "drinks"),
    [("compré un six y me lo acabé", "es", 6), ("grabbed a twelve after work", "en", 12), ("un six 🍺", "es", 6)],
)
def test_a_pack_named_by_its_size_alone_is_that_many_drinks(text, lang, drinks):
    assert read(text, lang=lang)["drinks"] == drinks


def test_a_size_alone_that_counts_people_is_no_pack():
    assert read("a six of us went out, no drinks")["drinks"] == 0


@pytest.mark.parametrize("text", ["unas heladas con mi compadre", "me eché unas frías viendo el partido"])
def test_cold_ones_counted_vaguely_are_asked_about(text):
    parsed = read(text, lang="es")
    assert (parsed["intent"], parsed["needs_clarification"], parsed["drinks"]) == ("report", True, None)


def test_cold_water_is_no_beer():
    assert read("solo un vaso de agua fría", lang="es")["drinks"] != 1


def test_company_after_a_vague_drink_is_not_what_the_glass_held():
    parsed = read("unos tragos con mis compañeros", lang="es")
    assert parsed["needs_clarification"] and parsed["drinks"] is None


def test_a_full_bottle_is_the_bottle():
    assert read("una botella completa de vino", lang="es")["drinks"] == 5


@pytest.mark.parametrize("text", ["no señora", "no sir"])
def test_a_polite_no_is_a_none(text):
    assert read(text)["drinks"] == 0


@pytest.mark.parametrize(
    ("text", "lang"),
    [("andaba muriéndome de calor, 2 cervezas", "es"), ("took an ambien so I don't wake up at 3am, no drinks", "en")],
)
def test_heat_and_a_sleeping_pill_taken_for_sleep_are_no_crisis(text, lang):
    assert read(text, lang=lang)["intent"] != "crisis"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("todas las noches le ruego a dios que ya me recoja", "es"),
        ("i keep praying god takes me in my sleep", "en"),
        ("me tomé cuatro clonazepam para no despertar", "es"),
        ("took 2 ambien and a few shots so that i never wake up", "en"),
    ],
)  # fmt: skip
def test_asking_to_be_taken_or_taking_pills_not_to_wake_is_a_crisis(text, lang):
    assert read(text, lang=lang)["intent"] == "crisis"
