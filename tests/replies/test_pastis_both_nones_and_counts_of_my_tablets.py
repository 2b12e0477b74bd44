"""Round BE: "pastis" are pills, "no a las dos" rules out both, a misspelt "beví" is still drinking, "1 sola"
corrects to one, and a count of one's own tablets of a strength multiplies it ("3 of my 0.25 xanax")."""

import pytest

from tests.replies.readings import doses, read


def test_pastis_are_pills():
    assert read("nada de pastis y ni una cerveza", lang="es")["benzos"] == []


@pytest.mark.parametrize("text", ["no a las dos", "no a ambas 🙏"])
def test_no_to_both_in_spanish_rules_out_both(text):
    parsed = read(text, lang="es")
    assert (parsed["drinks"], parsed["benzos"]) == (0, [])


def test_a_misspelt_drinking_verb_makes_a_none_about_drinks_only():
    parsed = read("no beví nada", lang="es")
    assert (parsed["drinks"], parsed["benzos"]) == (0, None)


def test_one_alone_corrects_to_one():
    assert read("3 copas... no, 1 sola", lang="es")["drinks"] == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [("took 3 of my 0.25 xanax", [("alprazolam", 0.75, 3)]), ("2 of my 0.5 klonopins", [("clonazepam", 1.0, 2)])],
)
def test_a_count_of_my_tablets_of_a_strength_is_their_total(text, expected):
    assert doses(text) == expected
