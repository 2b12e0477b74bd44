"""Crisis said through pills kept back and counted, a death pictured on the road, voices that command harm, a plan
said as "it's all thought out", a last goodbye, or a relative who sees cutting or hears a plea to be taken; and the
jokes and counts that share their words."""

import pytest

from tests.replies.readings import read


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("got about 35 xanax in a baggie under the sink now", "en"),
        ("klonopin from 3 different doctors, up to 50 now", "en"),
        ("ya junté como 30 pastillas de clonazepam en el cajón", "es"),
        ("been skipping my valium so i'll have enough saved", "en"),
        ("tengo suficientes para cuando llegue el momento", "es"),
        ("keep imagining swerving into oncoming traffic. 1 beer", "en"),
        ("pienso en aventarme frente al tren cuando voy al trabajo", "es"),
        ("the voices keep telling me to hurt myself", "en"),
        ("las voces me dicen que me mate", "es"),
        ("si no funciona, se acabó. ya lo tengo todo planeado", "es"),
        ("not planning on making it to my infusion anyway", "en"),
        ("2 ciders. thanks for trying with me, really", "en"),
        ("0 drinks. this is the last time youll see me text", "en"),
        ("his girlfriend here, im pretty sure hes cutting himself again", "en"),
        ("mi tía le pide a diosito que se la lleve", "es"),
        ("sat in the car in the garage with the engine running last night", "en"),
        ("nobody would even notice me gone. 1 beer", "en"),
        ("hit the wall til my knuckles cracked, on purpose", "en"),
        ("wrote my own obituary today. 3 beers", "en"),
    ],
)  # fmt: skip
def test_it_is_a_crisis(text, lang):
    assert read(text, lang=lang)["intent"] == "crisis"


@pytest.mark.parametrize(
    ("text", "lang", "intent"),
    [
        ("got my new bottle, 60 klonopin, took 1 last night", "en", "report"),
        ("lol im dead, 12 hour shift. no drinks", "en", "report"),
        ("dead on my feet after work, 0 drinks", "en", "report"),
        ("hes cutting the grass, i had 2 beers", "en", "report"),
        ("kept thinking about driving the truck to work, 2 beers", "en", "report"),
    ],
)  # fmt: skip
def test_the_everyday_text_with_the_same_words_is_not(text, lang, intent):
    assert read(text, lang=lang)["intent"] == intent
