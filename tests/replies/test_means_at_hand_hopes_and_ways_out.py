"""Crisis said through a supply of pills in hand, a hope not to live to a coming day, death as the only way out, a
funeral pictured, a body harmed again, or a night chosen beside a report; and the everyday texts that share their
words."""

import pytest

from tests.replies.readings import read


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("the entire bottle of klonopin is right in front of me", "en"),
        ("got the whole pack of ambien lined up", "en"),
        ("all of my ativan are counted out on the bed", "en"),
        ("tengo la caja de clonazepam sobre la mesa", "es"),
        ("todas mis pastillas de lorazepam estan contadas", "es"),
        ("i kinda hope i dont make it to my next appointment", "en"),
        ("ojala ya no llegue a mañana", "es"),
        ("i see no way out other than death", "en"),
        ("la unica salida es la muerte", "es"),
        ("been picturing my own funeral a lot", "en"),
        ("pienso en mi funeral todo el tiempo", "es"),
        ("no drinks. keep thinking about slitting my wrists", "en"),
        ("scratched my legs up again with a razor", "en"),
        ("ya junté los valiums, ya estoy lista", "es"),
        ("1 cerveza. hoy es la noche", "es"),
        ("me voy a tomar la caja entera de rivotril", "es"),
    ],
)  # fmt: skip
def test_it_is_a_crisis(text, lang):
    assert read(text, lang=lang)["intent"] == "crisis"


@pytest.mark.parametrize(
    ("text", "lang", "intent"),
    [
        ("left the whole bottle of wine on the table, didnt touch it", "en", "report"),
        ("la caja de cervezas sigue sobre la mesa, no tome nada", "es", "report"),
        ("hope i dont make it to work late again lol, no drinks", "en", "report"),
        ("espero no llegar tarde a la cita", "es", "unknown"),
        ("went to my aunt's funeral, had 3 glasses of wine", "en", "report"),
        ("burned my arm on the oven again, 1 beer", "en", "report"),
    ],
)  # fmt: skip
def test_the_everyday_text_with_the_same_words_is_not(text, lang, intent):
    assert read(text, lang=lang)["intent"] == intent


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("estoy viendo bichos en el techo", "es"),
        ("seeing spiders all over the walls", "en"),
        ("me desvaneci en la cocina", "es"),
    ],
)  # fmt: skip
def test_a_hallucination_or_a_faint_said_in_passing_is_a_danger_sign(text, lang):
    assert read(text, lang=lang)["intent"] == "symptom"


@pytest.mark.parametrize(
    ("text", "lang"),
    [("so confused, is my infusion at 9 or 10?", "en"), ("estoy confundido, ¿a qué hora es mi cita?", "es")],
)
def test_confused_about_a_date_or_time_is_a_question(text, lang):
    assert read(text, lang=lang)["intent"] == "question"


def test_wine_oclock_is_a_time_of_day():
    assert read("wine o'clock lol, only half a bottle of wine")["drinks"] == 2.5
