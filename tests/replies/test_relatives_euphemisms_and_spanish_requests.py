"""A relative writing about the patient, dying said politely, hopelessness about the future and self-harm in
shorthand all reach a person; confusion seen by family is a danger sign; Spanish figures of speech, injections,
beer bottles, appointment changes and opt-outs are read for what they are."""

import pytest

from tests.replies.readings import read

A_RELATIVE_WRITES = [
    "hi this is her mother, she keeps saying she wants to die",
    "my son tried to hurt himself over the weekend",
    "her boyfriend here, she talked about ending her own life",
    "soy su hermana, dice que ya no quiere vivir",
    "mi papá habla de quitarse la vida desde ayer",
    "le escribo por mi hija, se quiere suicidar",
]
DYING_SAID_POLITELY = [
    "honestly i'm ready to log off from life for good",
    "i don't want to be on this earth anymore",
    "some days i just want to be gone forever",
    "a veces pienso en irme de este mundo",
    "no quiero seguir más en este mundo",
    "ando pensando en quitarme de en medio, la neta",
]
NO_FUTURE_AND_GIVING_UP = [
    "things will never get any better so why bother",
    "not sure how much longer i can hold on",
    "i wish it all would just stop, i want everything to end",
    "nada va a cambiar nunca, ya me rindo",
    "no sé cuánto tiempo más voy a aguantar",
]
SELF_HARM_IN_SHORTHAND = [
    "had sh urges again all weekend",
    "30 days clean from sh and i slipped",
    "volví con las autolesiones",
    "escribí cartas de despedida para mis hermanos",
]


@pytest.mark.parametrize(
    "text", A_RELATIVE_WRITES + DYING_SAID_POLITELY + NO_FUTURE_AND_GIVING_UP + SELF_HARM_IN_SHORTHAND
)
def test_a_crisis_said_by_family_politely_or_in_shorthand_is_a_crisis(text):
    assert read(text)["intent"] == "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "el dolor de espalda me mata, 2 cervezas",
        "my husband would kill me if he saw the bar tab, 3 beers",
        "he says he'd die for a taco right now",
        "mi hijo se va a matar en esa moto, no tomé nada",
        "checked out of the hotel this morning, 1 beer",
        "the traffic here is never going to get better lol, 2 beers",
        "el profe escribió cartas de despedida para sus alumnos",
        "mi perro me sigue todo el tiempo jaja, 2 cervezas",
    ],
)
def test_look_alikes_of_those_crises_are_not_crises(text):
    assert read(text)["intent"] != "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "my mom is talking gibberish and can't recognize us",
        "mi abuelo está delirando desde anoche",
        "mi esposa no me reconoce y habla puras cosas sin sentido",
        "siento que alguien me vigila en la casa",
        "me persigue una camioneta todo el tiempo",
    ],
)
def test_confusion_or_being_watched_seen_by_anyone_is_a_danger_sign(text):
    assert read(text)["intent"] == "symptom"


def test_a_figure_of_speech_about_dying_of_fright_beside_a_cost_question_is_a_question():
    assert read("me morí del susto con el recibo jaja, cuánto sale cada sesión?")["intent"] == "question"


@pytest.mark.parametrize(
    "text, drinks",
    [
        ("ayer me pusieron un shot de vitamina b12, cero alcohol", 0),
        ("me dieron un shot de insulina y me tomé 1 cerveza", 1),
        ("un shot de tequila", 1),
    ],
)
def test_a_spanish_shot_of_a_medicine_is_an_injection_not_a_drink(text, drinks):
    assert read(text)["drinks"] == drinks


@pytest.mark.parametrize("text, drinks", [("tres tercios de cruzcampo", 3), ("2 quilmes bien frías", 2)])
def test_spanish_beer_bottles_and_brands_are_counted_as_beers(text, drinks):
    reply = read(text)
    assert (reply["intent"], reply["drinks"]) == ("report", drinks)


@pytest.mark.parametrize("text", ["muévanme la cita del viernes plis", "cámbienme la consulta del lunes porfa"])
def test_asking_in_spanish_to_move_an_appointment_is_a_question(text):
    assert read(text)["intent"] == "question"


@pytest.mark.parametrize("text", ["ya no quiero seguir recibiendo sus recordatorios", "no quiero que me envíen textos"])
def test_a_plain_spanish_opt_out_is_a_stop(text):
    assert read(text)["intent"] == "stop"
