"""A question needs no "?": a Spanish or English sentence that opens with an interrogative, or a wish to know when
or where something is, goes to the clinic's staff and is never logged."""

import pytest

from tests.replies.readings import read


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("para cuándo me toca la siguiente sesión", "es"),
        ("a qué hora tengo que llegar el jueves", "es"),
        ("dónde me estaciono", "es"),
        ("cuándo me toca la infusión", "es"),
        ("quisiera saber cuándo es mi cita", "es"),
        ("where do i park for the infusion", "en"),
        ("what time should i show up friday", "en"),
        ("would love to know when my next session is", "en"),
        ("let me know what time to come in", "en"),
    ],
)
def test_a_sentence_that_asks_is_a_question(text, lang):
    assert read(text, lang=lang)["intent"] == "question"
