"""Spoken numbers read as the public numeral corpora of Duckling and text2num say they should be (the examples and
their sources are in fixtures/numerals.yaml)."""

from pathlib import Path

import pytest
import yaml

from replies.intake.lexer import lex
from replies.intake.numbers import read_quantity
from tests.replies.readings import read

_FIXTURE = yaml.safe_load((Path(__file__).parent / "fixtures" / "numerals.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("text", "value"), [(case["text"], case["value"]) for case in _FIXTURE["numbers"]], ids=lambda value: str(value)
)
def test_a_number_from_a_public_numeral_corpus_is_read_at_its_value(text, value):
    if value == 0:  # "zero" is read as a none, as "zero drinks" means
        assert read(f"{text} drinks")["drinks"] == 0
        return
    quantity = read_quantity(lex(text), 0)
    assert quantity is not None, text
    assert quantity.value == pytest.approx(value)
