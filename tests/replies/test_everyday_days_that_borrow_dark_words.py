"""Everyday days that borrow the words of an ending or a means are reports: a race one thought would kill, a
goodbye party, a long weekend, a roofer's day, a hunting trip, a knife dropped cooking, a last day at work, a
brutal flight. The same words beside a plan or a wish to die still make a crisis."""

import pytest

from tests.replies.readings import read


@pytest.mark.parametrize(
    ("text", "lang", "drinks"),
    [
        ("did a spin class and thought i was gonna die at minute 20 lol. 1 beer", "en", 1),
        ("farewell dinner for my boss, 2 glasses of wine", "en", 2),
        ("patching shingles on the roof all day. 2 beers", "en", 2),
        ("back from a hunting trip with my brother, cleaned my rifle. 3 beers", "en", 3),
        ("walked across the Brooklyn bridge with my kids. 1 glass of wine", "en", 1),
        ("dropped a knife making dinner, no big deal. 1 beer", "en", 1),
        ("worked my last day at the warehouse today!! 2 margaritas", "en", 2),
        ("el puente largo en la playa, 3 cervezas", "es", 3),
        ("cena de despedida de mi compañera, 2 copas", "es", 2),
        ("el vuelo de ida estuvo mortal. 1 cerveza", "es", 1),
        ("arreglando el techo con mi papá, 2 cervezas", "es", 2),
    ],
)  # fmt: skip
def test_an_everyday_day_in_dark_words_is_a_report(text, lang, drinks):
    parsed = read(text, lang=lang)
    assert (parsed["intent"], parsed["drinks"]) == ("report", drinks)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("2 beers. up on the roof thinking about jumping", "en"),
        ("cleaned my rifle and loaded it, i'm done. 3 beers", "en"),
        ("2 cervezas. me quiero tirar del puente", "es"),
    ],
)  # fmt: skip
def test_the_same_places_and_things_beside_a_wish_to_die_are_a_crisis(text, lang):
    assert read(text, lang=lang)["intent"] == "crisis"
