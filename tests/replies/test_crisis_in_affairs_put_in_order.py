"""Crisis said through affairs put in order, a pet rehomed, a weapon brought within reach, pills hidden "just in
case", a bridge that calls, the sea as a way in, a date chosen, tiredness of fighting or waking; and the everyday
texts that share their words ("me mató el trabajo", "me despedí del alcohol")."""

import pytest

from tests.replies.readings import read


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("sold my car, paid every bill. everything is in order now. 1 beer", "en"),
        ("found a home for my dog this week. 0 drinks", "en"),
        ("no pills. took my grandpa's revolver out of the safe today", "en"),
        ("tengo un frasco de clonazepam escondido por si acaso", "es"),
        ("las estoy guardando para otra cosa, hoy nada", "es"),
        ("that overpass on my commute keeps calling me", "en"),
        ("pienso en el río, en meterme y no salir. 1 cerveza", "es"),
        ("ya elegí el día. 2 tragos", "es"),
        ("0 drinks. cansada de luchar", "es"),
        ("le dejé mi computadora a mi sobrino. ya no la voy a necesitar", "es"),
        ("2 beers. after tonight it won't be my problem anymore", "en"),
        ("1 rivotril. ojalá pudiera desaparecer", "es"),
    ],
)  # fmt: skip
def test_it_is_a_crisis(text, lang):
    assert read(text, lang=lang)["intent"] == "crisis"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("me mató el trabajo hoy, una cuba libre nada más", "es"),
        ("el examen me tenía muerta, 2 cervezas para celebrar", "es"),
        ("ya me despedí del alcohol jaja, 0 ayer", "es"),
        ("the bridge club meets tuesdays, had 1 glass of wine", "en"),
    ],
)  # fmt: skip
def test_the_everyday_text_with_the_same_words_is_a_report(text, lang):
    assert read(text, lang=lang)["intent"] == "report"
