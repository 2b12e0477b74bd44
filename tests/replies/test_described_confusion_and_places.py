"""Confusion described in the patient's words is a danger sign; a plain drink at a bar is a drink turned down;
Spanish shortcuts and slang read as meant."""

import pytest

from tests.replies.readings import read


@pytest.mark.parametrize(
    "text",
    [
        "sorry i'm talking nonsense, head is foggy",
        "i lost track of what year it is",
        "se me olvida qué día es",
        "no recuerdo cómo llegué a casa",
    ],
)
def test_confusion_described_is_a_symptom(text):
    assert read(text)["intent"] == "symptom"


@pytest.mark.parametrize(
    "text",
    ["hit a pub with friends but stuck to sparkling water", "fuimos a una cantina y solo pedí agua mineral"],
)
def test_a_plain_drink_at_a_drinking_place_is_zero_drinks(text):
    parsed = read(text)
    assert (parsed["intent"], parsed["drinks"]) == ("report", 0)


def test_a_beer_beside_a_plain_drink_at_a_bar_still_counts():
    assert read("went to a brewery, had 2 beers and a water")["drinks"] == 2


@pytest.mark.parametrize(
    ("text", "drinks"),
    [("anoche 4 polas y cero pastillas", 4), ("3 copas d vino, nada d benzos", 3)],
)
def test_spanish_slang_and_shortcuts_read_as_meant(text, drinks):
    parsed = read(text, lang="es")
    assert (parsed["drinks"], parsed["benzos"]) == (drinks, [])
