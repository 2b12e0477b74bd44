"""Crisis said through part of a bottle taken or wished for, pills counted out for a day, a rope or a gun kept
close, standing at the edge, going to join someone who died, things given away as no longer needed, or a trip with
no return; and the everyday texts that share their words."""

import pytest

from tests.replies.readings import read


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("took half my ativan bottle tonight, whatever happens happens", "en"),
        ("me tomé casi todo el frasco de rivotril a propósito", "es"),
        ("1 xanax. wish it was 30 xanax tbh", "en"),
        ("si me tomo todas ya no despierto, 2 chelas", "es"),
        ("tengo las pastillas contadas para el sábado", "es"),
        ("drank 3 beers so i don't have to face another day", "en"),
        ("theres a rope in my trunk and its not for camping", "en"),
        ("la soga ya está en el ropero", "es"),
        ("my dad's pistol is in the closet and i keep taking it out", "en"),
        ("was standing on the ledge of the roof for an hour last night", "en"),
        ("ready to go be with my brother, he died in march. 0 drinks", "en"),
        ("regalé mi guitarra, ya no la voy a necesitar", "es"),
        ("me voy a un viaje sin regreso", "es"),
        ("honestly just taking up space. no benzos", "en"),
        ("0 drinks 0 pills 0 reasons to keep going", "en"),
    ],
)  # fmt: skip
def test_it_is_a_crisis(text, lang):
    assert read(text, lang=lang)["intent"] == "crisis"


@pytest.mark.parametrize(
    ("text", "lang", "intent"),
    [
        ("drank half a bottle of wine, whatever happens happens lol", "en", "report"),
        ("got a rope for the tire swing, 1 beer", "en", "report"),
        ("went to the gun range with my dad, 2 beers", "en", "report"),
        ("0. and no i'm not dead, just forgot to reply", "en", "report"),
        ("none, i was dead to the world by 9", "en", "report"),
        ("took a klonopin, i was dying of anxiety", "en", "report"),
        ("dejé la cerveza para siempre, ayer 0", "es", "report"),
        ("siento que me muero, el pecho me aprieta", "es", "symptom"),
    ],
)  # fmt: skip
def test_the_everyday_text_with_the_same_words_is_not(text, lang, intent):
    assert read(text, lang=lang)["intent"] == intent
