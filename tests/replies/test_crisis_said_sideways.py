"""Crises that name no suicide: a means got hold of for a purpose, self-harm taken up again, hopelessness asked as a
question, a goodbye to everyone and a pile of pills swallowed on purpose all reach a person."""

import pytest

from tests.replies.readings import read

MEANS_GOT_FOR_A_PURPOSE = [
    "borrowed my brothers shotgun this weekend",
    "i have the rope now so i can end it once and for all",
    "saved up my meds so that i could finally end it",
    "conseguí las pastillas para acabar con esto de una vez",
    "ya compré la soga, por fin acabar con todo",
]
SELF_HARM_TAKEN_UP_AGAIN = [
    "i had stopped cutting for two years and last night i relapsed",
    "used to hurt myself in college and now it's started back",
    "me estoy haciendo daño de nuevo",
    "volví a hacerme daño anoche",
    "sigo lastimándome aunque dije que pararía",
]
HOPELESSNESS_ASKED = [
    "what is the point of even trying anymore",
    "why even bother waking up",
    "is life even worth living",
    "para qué seguir si nada cambia",
    "cuál es el sentido de seguir viviendo",
    "de qué sirve vivir así",
]
GOODBYE_TO_EVERYONE = [
    "wanted to say goodbye to all of you",
    "goodbye. thank you for trying so hard with me",
    "adiós, gracias por intentarlo todo este tiempo",
    "quiero despedirme de mi familia",
]
PILLS_SWALLOWED_ON_PURPOSE = [
    "i downed thirty of my trazodone intentionally",
    "swallowed all my klonopin deliberately",
    "took 12 ambien so i wont wake up",
    "me tragué veinte pastillas adrede",
    "me tomé todas las de la caja a propósito",
]


@pytest.mark.parametrize(
    "text",
    MEANS_GOT_FOR_A_PURPOSE
    + SELF_HARM_TAKEN_UP_AGAIN
    + HOPELESSNESS_ASKED
    + GOODBYE_TO_EVERYONE
    + PILLS_SWALLOWED_ON_PURPOSE,
)
def test_a_crisis_said_without_naming_suicide_is_a_crisis(text):
    assert read(text)["intent"] == "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "wrote a letter to my landlord about the heater",
        "left a note for the babysitter",
        "i used to cut back on beer and started again",
        "so i can finally end this taper next month",
        "so i can end this week sober",
        "took 2 valium on purpose before the flight like the dr said",
        "quiero terminar con esto del alcohol",
    ],
)
def test_look_alikes_of_those_crises_are_not_crises(text):
    assert read(text)["intent"] != "crisis"


@pytest.mark.parametrize(
    "text", ["I'm dying to hear what time my infusion starts", "me muero por saber a qué hora es mi sesión"]
)
def test_eagerness_about_the_schedule_is_a_question_not_a_crisis(text):
    assert read(text)["intent"] == "question"
