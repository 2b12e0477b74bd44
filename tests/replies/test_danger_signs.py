"""Withdrawal and medical danger signs in both languages are symptoms, never intake, whatever drug they name."""

import pytest

from tests.replies.readings import read


@pytest.mark.parametrize(
    "text",
    [
        "i'm seeing bugs crawling on my skin", "i keep hearing voices at night", "i see people that aren't there",
        "my hands wont stop shaking", "shaky since i cut my dose", "i had a siezure this morning",
        "halucinations since yesterday", "my heart is pounding and i feel confused", "chest feels tight",
        "estoy temblando desde ayer", "me tiembla todo el cuerpo desde que bajé el rivotril", "tuve una convulsión",
        "escucho voces", "oigo ruidos que no existen", "vi bichos en la pared que no estaban",
        "me dio un ataque anoche", "me duele mucho el pecho", "siento el corazón muy acelerado", "me cuesta respirar",
        "me desmayé en el trabajo", "no sé dónde estoy", "estoy confundida", "tengo alucinaciones",
    ],
)  # fmt: skip
def test_a_danger_sign_in_either_language_is_a_symptom(text):
    assert read(text)["intent"] == "symptom"


@pytest.mark.parametrize(
    "text", ["me tiemblan las piernas desde que dejé el xanax", "trembling hands since I stopped my klonopin"]
)
def test_a_symptom_naming_a_benzo_is_never_logged_as_intake(text):
    parsed = read(text)
    assert (parsed["intent"], parsed["benzos"], parsed["drinks"]) == ("symptom", None, None)


@pytest.mark.parametrize(
    "text",
    [
        "I'm seeing friends tomorrow, 1 beer", "estoy confundido con las instrucciones",
        "me dio un ataque de risa, 2 cervezas", "sin temblores hoy, 1 cerveza", "no shaking, no drinks",
    ],
)  # fmt: skip
def test_everyday_words_near_a_danger_sign_are_not_one(text):
    assert read(text)["intent"] != "symptom"
