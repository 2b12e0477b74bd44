"""Said loosely, still read: half a pack named by its size, a strength of "un miligramo" or "un miligramo y medio",
slang followed by its strength, diminutives, "most of" a bottle (asked about), a relative named before their
relation, a wish to die said as "wanting to", and "I don't want these texts" as an opt-out."""

import pytest

from tests.replies.readings import doses, read


def test_half_a_pack_named_by_its_size_is_half_of_it():
    assert read("medio twelve", lang="es")["drinks"] == 6


@pytest.mark.parametrize(
    ("text", "mg"), [("un clonazepam de un miligramo", 1), ("lorazepam, dos miligramos y medio", 2.5)]
)
def test_a_strength_said_in_words_is_read(text, mg):
    assert doses(text, lang="es")[0][1] == mg


def test_slang_followed_by_its_strength_is_the_drug():
    assert doses("bars 2mg last night") == [("alprazolam", 2, None)]


def test_a_diminutive_of_a_drink_is_that_drink():
    assert read("dos cervecitas nomás", lang="es")["drinks"] == 2


def test_most_of_a_bottle_is_asked_about():
    parsed = read("most of a bottle of wine")
    assert parsed["needs_clarification"] and parsed["drinks"] is None


def test_a_relative_who_gives_their_name_first_is_still_writing_for_the_patient():
    assert read("it's Ana, Tom's wife. he had 4 beers")["drinks"] == 4


@pytest.mark.parametrize(
    "text", ["1 beer. been wanting to die for weeks", "no pills. i dont even see a reason to live"]
)
def test_a_wish_to_die_said_loosely_beside_a_report_is_a_crisis(text):
    assert read(text)["intent"] == "crisis"


@pytest.mark.parametrize(
    ("text", "lang"), [("i no longer want these reminders", "en"), ("ya no quiero recibir estos mensajes", "es")]
)
def test_not_wanting_the_texts_is_an_opt_out(text, lang):
    assert read(text, lang=lang)["intent"] == "stop"
