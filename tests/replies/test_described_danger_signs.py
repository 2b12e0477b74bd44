"""Danger signs are often described rather than named: a seizure, breathlessness, hallucinations and paranoia."""

import pytest

from tests.replies.readings import read


@pytest.mark.parametrize(
    "text",
    [
        "my husband found me twitching on the kitchen floor",
        "i bit my tongue and woke up on the floor",
        "i had another fit last week, 1 beer",
        "me dio algo, estaba sacudiéndome en el piso y no reaccionaba",
        "couldn't get enough air all night",
        "i cant catch my breath since cutting my xanax",
        "no me entra el aire",
        "feels like ants crawling under my skin",
        "veo hormigas caminando por las paredes",
        "the walls are breathing",
        "im being watched, theres hidden cameras",
        "people at work are plotting against me",
        "creo que me están vigilando los vecinos",
        "los vecinos me quieren envenenar",
    ],
)
def test_a_described_seizure_breathlessness_hallucination_or_paranoia_is_a_symptom(text):
    assert read(text)["intent"] == "symptom"


@pytest.mark.parametrize(
    "text",
    [
        "my kid had a fit at the store, 2 beers",
        "someone is following me on instagram lol",
        "my coworker is watching my dog, 1 beer",
        "i dont have any fits, 2 beers",
    ],
)
def test_everyday_fits_and_followers_are_not_symptoms(text):
    assert read(text)["intent"] != "symptom"
