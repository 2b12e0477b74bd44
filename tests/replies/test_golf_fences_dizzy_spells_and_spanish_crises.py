"""Round BG: "shot 18 holes" pours nothing and "la barda" is a fence; yesterday's is yesterday; trouble breathing,
seeing people who are not there and forgetting a son's name are danger signs in either language; a relative who
hears "que se va a matar" and "a ver si así ya no despierto" are crises."""

import pytest

from tests.replies.readings import doses, read


@pytest.mark.parametrize(
    ("text", "drinks"), [("shot 9 holes with my dad, 2 beers after", 2), ("shot hoops, 1 beer", 1)]
)
def test_a_shot_at_golf_or_hoops_is_no_drink(text, drinks):
    assert read(text)["drinks"] == drinks


def test_a_fence_is_no_xanax_bar():
    assert doses("le pegué a la barda con el carro jaja. sin pastillas. 1 cerveza", lang="es") == []


def test_yesterdays_possessive_names_the_day():
    assert read("last night's party: 3 beers")["day_offset"] == -1


def test_a_day_with_an_offset_is_preferred_to_a_span_before_it():
    assert read("mi tío murió la semana pasada, ayer fue el velorio. 2 copas", lang="es")["day_offset"] == -1


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("me cuesta mucho respirar desde anoche", "es"),
        ("mi mamá ve niños en la sala que no están ahí", "es"),
        ("so confused today, forgot my daughter's name for a sec", "en"),
        ("no sabía dónde estaba cuando desperté", "es"),
    ],
)  # fmt: skip
def test_danger_signs_said_plainly_are_symptoms(text, lang):
    assert read(text, lang=lang)["intent"] == "symptom"


@pytest.mark.parametrize(
    "text", ["vi que no hay cerveza en el refri", "veo que no está abierta la farmacia, 1 cerveza"]
)
def test_seeing_that_something_is_not_there_is_no_hallucination(text):
    assert read(text, lang="es")["intent"] != "symptom"


@pytest.mark.parametrize(
    "text",
    [
        "soy su hermana, se encerró en el cuarto gritando que se va a matar",
        "2 clonazepam y media botella de ron, a ver si así ya no despierto",
    ],
)
def test_spanish_crises_said_by_a_relative_or_beside_a_report(text):
    assert read(text, lang="es")["intent"] == "crisis"


def test_not_waking_up_late_is_no_crisis():
    assert read("a ver si no me despierto tarde, 1 cerveza", lang="es")["intent"] == "report"
