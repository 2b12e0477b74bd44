"""Passive wishes and a relative's word are crises; idioms of dying or killing and a dose's purpose are not."""

import pytest

from tests.replies.readings import read


@pytest.mark.parametrize(
    "text",
    [
        "been thinking abt never waking up again",
        "i thought about simply not being here anymore",
        "honestly i cant find any reason to go on",
        "i no longer see a reason to live",
        "ya no le encuentro motivo para seguir",
        "this is his dad, he slit his wrists in the bathroom",
        "soy su mamá, mi hija se cortó los brazos anoche",
        "habla su hermano: se va a matar hoy, ayuda",
        "mi esposo dice que ya se va a matar",
    ],
)
def test_a_passive_wish_or_a_relatives_report_is_a_crisis(text):
    assert read(text)["intent"] == "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "thinking about not waking up so early on sundays, 2 beers",
        "i dont see a reason to keep going to that bar, 1 beer at home",
        "he cut his arm on the fence, i had 2 beers",
        "mi hermano dice que se va a matar en esa moto, yo cero alcohol",
        "no le veo razón a seguir tomando, hoy cero",
    ],
)
def test_look_alikes_of_a_passive_wish_or_a_relatives_report_are_no_crisis(text):
    assert read(text)["intent"] != "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "i'd die for a margarita rn, but zero",
        "id die for a glass of wine. none",
        "mi primo nos mató de risa anoche, cero cervezas",
        "me mataba de la risa la serie, nada de alcohol",
    ],
)
def test_an_idiom_of_dying_or_killing_beside_a_none_is_no_intake(text):
    parsed = read(text)
    assert (parsed["intent"], parsed["drinks"]) == ("report", 0)


def test_a_wish_to_die_for_a_drink_alone_is_never_logged():
    assert read("id die for a cold one")["drinks"] is None


@pytest.mark.parametrize(
    "text", ["swallowed one benzo to help me relax", "had a benzo last night to help me fall asleep"]
)
def test_an_unnamed_benzo_taken_for_a_purpose_asks_which(text):
    parsed = read(text)
    assert (parsed["intent"], parsed["needs_clarification"]) == ("report", True)


def test_asking_for_help_is_still_a_question():
    assert read("i need someone to help me with my dose")["intent"] == "question"


@pytest.mark.parametrize(
    "text", ["mi hija dice que se va a hacer daño", "soy su esposa, anoche dijo que se iba a lastimar"]
)
def test_a_relative_telling_of_harm_the_patient_means_to_do_is_a_crisis(text):
    assert read(text, lang="es")["intent"] == "crisis"
