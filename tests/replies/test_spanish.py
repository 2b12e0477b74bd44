"""Replies in Spanish, with or without accents."""

import pytest

from tests.replies.readings import doses, read


@pytest.mark.parametrize(
    ("text", "drinks"),
    [
        ("2 cervezas", 2), ("una cerveza", 1), ("tres cervezas anoche", 3), ("un par de cervezas", 2),
        ("una copa de vino", 1), ("2 copas de vino tinto", 2), ("dos copas", 2), ("una botella de vino", 5),
        ("media botella de vino", 2.5), ("3 latas de cerveza", 3), ("2 chupitos de tequila", 2), ("un tequila", 1),
        ("2 tragos", 2), ("4 chelas", 4), ("dos cervezas y un tequila", 3), ("he tomado 2 cervezas", 2),
        ("TOMÉ 2 CERVEZAS", 2), ("tome 2 cervezas", 2),
    ],
)  # fmt: skip
def test_spanish_drinks_count_like_english_ones(text, drinks):
    assert read(text, lang="es")["drinks"] == pytest.approx(drinks)


@pytest.mark.parametrize(
    ("text", "dose"),
    [
        ("tomé 1 mg de ativan", ("lorazepam", 1, None)), ("tomé 0,5 mg de clonazepam", ("clonazepam", 0.5, None)),
        ("media pastilla de clonazepam", ("clonazepam", None, 0.5)),
        ("2 pastillas de rivotril", ("clonazepam", None, 2)),
        ("tome mi clonazepam", ("clonazepam", None, 1)), ("rivotril 2mg", ("clonazepam", 2, None)),
    ],
)  # fmt: skip
def test_spanish_doses_read_like_english_ones(text, dose):
    assert doses(text, lang="es") == [dose]


@pytest.mark.parametrize("text", ["unas cervezas", "algunas copas", "unos tragos", "un poco de vino", "mucho"])
def test_spanish_vague_amounts_are_asked_about(text):
    parsed = read(text, lang="es")
    assert parsed["needs_clarification"]
    assert parsed["drinks"] is None


@pytest.mark.parametrize(("text", "intent"), [("PARAR", "stop"), ("ALTO", "stop"), ("AYUDA", "help")])
def test_spanish_keywords(text, intent):
    assert read(text, lang="es")["intent"] == intent


def test_no_tome_nada_de_alcohol_rules_out_alcohol_only():
    parsed = read("no tomé nada de alcohol", lang="es")
    assert (parsed["drinks"], parsed["benzos"]) == (0, None)


@pytest.mark.parametrize(
    ("text", "drinks"), [("la mitad de un twelve", 6), ("me tomé la mitad de una botella de tequila", 8.5)]
)
def test_la_mitad_de_is_half_of_it(text, drinks):
    assert read(text, lang="es")["drinks"] == drinks


def test_la_mitad_de_a_tablet_of_stated_strength_is_half_its_mg():
    assert doses("la mitad de un clonazepam de 2 mg", lang="es") == [("clonazepam", 1, 0.5)]
