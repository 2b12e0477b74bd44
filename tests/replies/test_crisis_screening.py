"""Crisis is read by the categories suicide-risk screening asks about, in both languages, not by the word "suicide"."""

import pytest

from tests.replies.readings import read

MEANS_WITH_INTENT = [
    "theres a pistol in my nightstand and i want to turn it on myself",
    "i keep staring at my husbands rifle",
    "el arma de mi papa esta en el cuarto, quiero usarla contra mi",
    "the noose is tied",
    "got the pills lined up on the counter",
    "ya tengo la soga lista",
    "tengo la pistola cargada",
    "bought a gun yesterday",
]
RESEARCHING_A_METHOD = [
    "looked up the lethal dose of ativan",
    "how much xanax would it take to not wake up",
    "searching for the most painless way to die",
    "busqué cuántas pastillas se necesitan para morir",
    "cual es la dosis letal del rivotril",
]
METHOD_AND_PLACE = [
    "standing on the overpass thinking about jumping",
    "gonna crash my car into a tree tonight",
    "estoy en la azotea y quiero brincar",
    "me voy a tirar al metro",
    "ganas de aventarme a los carros",
]
SELF_HARM_DONE = [
    "scratched my arms until they bled on purpose",
    "cut my thigh with a razor again",
    "me quemé con un cigarro a propósito",
    "me golpeé la cabeza contra la pared adrede",
]
FAREWELLS_AND_ARRANGEMENTS = [
    "goodbye everyone, im sorry for everything",
    "bye forever, love you all",
    "left letters for my kids on the table",
    "i put my affairs in order",
    "take care of my dog for me",
    "please tell my daughter i love her",
    "ok gracias por todo, adiós para siempre",
    "me despido, perdónenme",
    "regalé todas mis cosas",
    "ya no voy a estar aqui mañana",
    "díganle a mi mamá que la quiero",
    "llegó mi hora",
]
PASSIVE_IDEATION = [
    "i wish i could just disappear",
    "i wouldnt care if i didnt wake up tomorrow",
    "quisiera no existir",
    "me gustaría dormir y no volver a despertar",
    "ya no aguanto",
    "me da igual vivir o morir",
    "ya nada tiene sentido",
    "no le veo caso a seguir viviendo",
]


@pytest.mark.parametrize(
    "text",
    MEANS_WITH_INTENT
    + RESEARCHING_A_METHOD
    + METHOD_AND_PLACE
    + SELF_HARM_DONE
    + FAREWELLS_AND_ARRANGEMENTS
    + PASSIVE_IDEATION,
)
def test_each_screening_category_is_crisis_in_either_language(text):
    assert read(text)["intent"] == "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "4 tall cans and then im going to drive into the river",
        "3 cervezas y me voy a aventar del edificio",
        "had 2 glasses of wine, the rope is ready",
    ],
)
def test_crisis_wins_over_a_drink_count(text):
    parsed = read(text)
    assert (parsed["intent"], parsed["drinks"]) == ("crisis", None)


@pytest.mark.parametrize(
    "text",
    [
        "ok thanks, bye",
        "gracias por todo! nos vemos el martes",
        "my pills are ready for pickup at cvs",
        "i could kill for a beer but had none",
        "me muero por una cerveza pero nada de alcohol",
        "went to the gun range, 2 beers",
        "burned my hand cooking, 1 beer",
        "ran into traffic on the way home, 2 beers",
        "ya no aguanto las ganas de tomar",
        "no tiene sentido seguir con el taper tan rapido",
        "writing notes for my exam, 1 beer",
        "sorry i missed the call, 2 beers",
    ],
)
def test_everyday_goodbyes_wishes_and_accidents_are_not_crisis(text):
    assert read(text)["intent"] != "crisis"
