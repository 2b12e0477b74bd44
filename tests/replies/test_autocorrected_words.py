"""A real word a phone's autocorrect put for a drink or a drug ("2 bears", "a glass of whine") is read as meant where
something is counted, poured or taken, and as itself everywhere else."""

import pytest

from tests.replies.readings import read


@pytest.mark.parametrize(
    ("text", "drinks"), [("3 bears after work", 3), ("a glass of whine", 1), ("two whines at dinner", 2)]
)
def test_a_drink_word_autocorrect_replaced_is_read_where_it_is_counted_or_poured(text, drinks):
    assert read(text)["drinks"] == drinks


@pytest.mark.parametrize("text", ["the bears game was fun", "kids whine all day"])
def test_an_autocorrect_word_standing_alone_is_its_everyday_self(text):
    parsed = read(text)
    assert (parsed["drinks"], parsed["benzos"]) == (None, None)


def test_a_drug_name_autocorrect_replaced_is_read_before_its_strength():
    assert read("halcyon 0.25 at bedtime")["benzos"][0]["drug"] == "triazolam"
