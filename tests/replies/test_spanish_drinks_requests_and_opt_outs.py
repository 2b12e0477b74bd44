"""Spanish as it is texted across the Americas: champán, fernet, birra, rones, pistear, a 750 bottle, "la verdad";
requests to be sent something go to staff; "dame de baja" opts out; not living to the infusion, decided, is a
crisis."""

import pytest

from tests.replies.readings import read


@pytest.mark.parametrize(
    ("text", "drinks"),
    [
        ("dos copas de champán en la boda", 2),
        ("un fernet con coca y una birra", 2),
        ("3 rones anoche", 3),
        ("me tomé una botella de 750 de ron yo solo", 17),
    ],
)  # fmt: skip
def test_spanish_drink_words_are_counted(text, drinks):
    assert read(text, lang="es")["drinks"] == pytest.approx(drinks, rel=0.01)


@pytest.mark.parametrize("text", ["anoche pisteamos con los compas", "la verdad tomé mucho"])
def test_drinking_said_without_an_amount_is_asked_about(text):
    parsed = read(text, lang="es")
    assert (parsed["intent"], parsed["needs_clarification"]) == ("report", True)


@pytest.mark.parametrize(
    "text",
    ["¿me pueden enviar la dirección?", "me mandan el formulario porfa", "podrían pasarme el número de la enfermera"],
)
def test_a_request_to_be_sent_something_is_for_staff(text):
    assert read(text, lang="es")["intent"] == "question"


@pytest.mark.parametrize("text", ["denme de baja por favor", "no quiero que me sigan escribiendo"])
def test_plain_spanish_opt_outs_stop_the_texts(text):
    assert read(text, lang="es")["intent"] == "stop"


def test_not_living_to_the_infusion_beside_a_decision_is_a_crisis():
    assert read("dos cervezas. no creo que llegue al lunes, ya lo decidí", lang="es")["intent"] == "crisis"


def test_not_making_it_to_an_appointment_for_a_plain_reason_is_no_crisis():
    assert read("no creo que llegue a la cita, se me descompuso el carro", lang="es")["intent"] != "crisis"
