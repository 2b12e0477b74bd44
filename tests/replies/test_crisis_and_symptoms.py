"""Crisis wins over everything; a danger sign wins over any report; a denied symptom is none."""

import pytest

from tests.replies.readings import read

CRISIS = [
    "I want to kill myself", "honestly i don't want to be alive anymore", "thinking about ending it all",
    "I had 4 drinks and I want to die", "I wanna die", "i want to end it", "I'm suicidal", "thinking of hurting myself",
    "better off dead", "no reason to live", "nothing to live for", "i just want to disappear forever",
    "I took all my pills", "gonna take all my xanax", "kill me now", "I want to kill myself lol", "self-harm again",
    "I had 3 beers and want to end my life", "STOP I want to die", "2 beers. I don't want to live anymore",
    "I'm not suicidal but I'm struggling", "I KEEP THINKING ABOUT SUICIDE", "cut myself last night",
    "quiero morir", "me quiero morir", "no quiero vivir", "voy a matarme", "quiero hacerme daño", "ya no puedo más",
    "pienso en suicidarme", "quiero quitarme la vida", "tomé 2 cervezas y quiero morir", "me quiero hacer daño",
    "quiero lastimarme", "killmyself", "want 2 die", "I don't see the point anymore", "I feel hopeless",
    "nobody would care if I died", "I'm done with life", "tired of living", "estoy cansada de vivir",
    "quiero desaparecer", "soy una carga para todos",
]  # fmt: skip

SYMPTOMS = [
    "I'm shaking really bad and sweating since I stopped the xanax", "I think I had a seizure",
    "seeing things that aren't there", "chest pain and my heart is racing", "having seizures", "I'm shaking",
    "my hands are shaky", "I have tremors", "I'm trembling", "hallucinating", "hearing voices", "chest pains",
    "my chest hurts", "I'm confused", "I passed out", "fainted", "can't breathe", "having trouble breathing",
    "shortness of breath", "I think I'm in withdrawal", "2 beers and now I'm shaking", "help I'm having chest pain",
    "tengo convulsiones", "estoy temblando mucho", "veo cosas que no están", "me duele el pecho", "me desmayé",
    "no puedo respirar", "estoy muy confundido", "tengo alucinaciones", "convulsión", "temblores", "confusión",
    "desmayo", "having a panic attack",
]  # fmt: skip


@pytest.mark.parametrize("text", CRISIS)
def test_any_sign_of_suicidal_thoughts_or_self_harm_is_crisis(text):
    assert read(text)["intent"] == "crisis"


@pytest.mark.parametrize("text", SYMPTOMS)
def test_a_withdrawal_or_medical_danger_sign_is_a_symptom(text):
    assert read(text)["intent"] == "symptom"


def test_crisis_wins_over_a_symptom_and_a_report():
    assert read("I'm shaking, had 6 beers and I want to die")["intent"] == "crisis"


def test_nothing_from_a_crisis_reply_is_offered_for_logging():
    parsed = read("I had 4 drinks and I want to die")
    assert (parsed["drinks"], parsed["alcohol_items"], parsed["benzos"]) == (None, [], None)


@pytest.mark.parametrize(("text", "intent"), [("no shaking today", "unknown"), ("no seizures, 1 beer", "report")])
def test_a_denied_symptom_is_not_a_symptom(text, intent):
    assert read(text)["intent"] == intent


@pytest.mark.parametrize("text", ["I'd kill for a beer", "dying for a drink", "this headache is killing me lol"])
def test_figures_of_speech_about_drinking_are_not_crisis(text):
    assert read(text)["intent"] != "crisis"
