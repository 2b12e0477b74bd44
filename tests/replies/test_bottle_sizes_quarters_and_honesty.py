"""Round BI: a bottle sized in litres ("una botella de 1.75") is a handle, a quarter of a bar is a quarter of 2 mg,
"una o dos copas" is a range to ask about, "bueno 6 siendo honesto" corrects, and "Hello nurse," greets the staff
rather than introducing a relative."""

import pytest

from tests.replies.readings import doses, read


def test_a_bottle_sized_in_litres_is_counted_by_its_size():
    assert read("me acabé una botella de 1.75 de vodka", lang="es")["drinks"] == pytest.approx(39, rel=0.02)


def test_a_quarter_of_a_bar_is_a_quarter_of_two_mg():
    assert doses("un cuarto de barra de xanax", lang="es") == [("alprazolam", 0.5, 0.25)]


@pytest.mark.parametrize(("text", "lang"), [("una o dos copas de vino", "es"), ("a or two beers", "en")])
def test_one_or_two_is_a_range_to_ask_about(text, lang):
    parsed = read(text, lang=lang)
    assert (parsed["needs_clarification"], parsed["drinks"]) == (True, None)


@pytest.mark.parametrize(
    ("text", "lang", "drinks"),
    [("ayer 5 cervezas... bueno 6 siendo honesto", "es", 6), ("4 beers, well 5 to be honest", "en", 5)],
)
def test_an_honest_correction_is_the_amount(text, lang, drinks):
    assert read(text, lang=lang)["drinks"] == drinks


def test_a_greeting_to_the_nurse_is_the_patient_writing():
    parsed = read("Hello nurse, I did not have any alcohol yesterday. I took one 0.5 mg alprazolam tablet at bedtime.")
    assert (parsed["intent"], parsed["drinks"], doses(parsed["text"])) == ("report", 0, [("alprazolam", 0.5, 1)])
