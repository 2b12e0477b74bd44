"""Hallucinations described as people or things that are not there, and a racing heart said in Spanish, are danger
signs; one is never logged as intake, even when it names the benzo the patient stopped."""

import pytest

from tests.replies.readings import read


@pytest.mark.parametrize(
    "text",
    [
        "i saw a man at the foot of my bed who wasnt really there",
        "been hearing kids laughing in the hallway that aren't real",
        "there are people in the kitchen that don't exist",
        "veo a un señor en la sala que no es real",
        "escucho voces en la noche que no existen",
    ],
)
def test_people_or_things_that_are_not_there_are_a_symptom(text):
    assert read(text)["intent"] == "symptom"


@pytest.mark.parametrize(
    "text",
    [
        "desde que dejé el rivotril el corazón me late rapidísimo",
        "me late bien fuerte el corazón desde ayer",
        "tengo el corazón a mil y sudo frío",
        "mi corazón va rapidísimo desde que bajé el clonazepam",
        "my heart has been pounding like crazy since i cut my ativan",
    ],
)
def test_a_racing_heart_is_a_symptom_in_either_language(text):
    parsed = read(text, lang="es")
    assert (parsed["intent"], parsed["benzos"]) == ("symptom", None)


@pytest.mark.parametrize("text", ["saw people at the park that were real nice", "tomé 1 rivotril de 2 mg"])
def test_look_alikes_of_those_signs_are_not_symptoms(text):
    assert read(text)["intent"] != "symptom"


def test_rivotril_is_clonazepam():
    assert read("tomé 1 rivotril de 2 mg", lang="es")["benzos"][0]["drug"] == "clonazepam"
