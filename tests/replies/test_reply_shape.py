"""The contract's object, key for key, whatever the reply."""

import json

import pytest

from replies import Intent, parse
from tests.replies.readings import read

KEYS = ["text", "intent", "drinks", "alcohol_items", "benzos", "day_offset", "needs_clarification", "clarify", "review"]


@pytest.mark.parametrize("text", ["", "2 beers", "xanax 0.5", "STOP", "I want to die", "a few", "ok", "?"])
def test_as_json_has_exactly_the_contract_keys_and_is_json(text):
    parsed = read(text)
    assert list(parsed) == KEYS
    assert json.loads(json.dumps(parsed)) == parsed
    assert parsed["text"] == text


def test_item_keys_follow_the_contract():
    parsed = read("2 beers and 1mg xanax")
    assert list(parsed["alcohol_items"][0]) == ["quantity", "unit", "beverage", "standard_drinks"]
    assert list(parsed["benzos"][0]) == ["drug", "mg", "tablets", "diazepam_eq_mg"]


@pytest.mark.parametrize("text", ["", "   ", "ok", "thanks!", "👍", "lol", "...", "I feel great"])
def test_an_empty_or_unrecognised_text_is_unknown(text):
    parsed = read(text)
    assert (parsed["intent"], parsed["drinks"], parsed["benzos"]) == ("unknown", None, None)


def test_the_parsed_reply_is_immutable():
    parsed = parse("2 beers")
    with pytest.raises(AttributeError):
        parsed.drinks = 3  # type: ignore[misc]
    assert parsed.intent is Intent.REPORT


@pytest.mark.parametrize(("prompt", "lang"), [("daily", "en"), ("checkin", "fr")])
def test_an_unknown_prompt_or_language_is_a_programming_error(prompt, lang):
    with pytest.raises(ValueError):
        parse("2 beers", prompt, lang)
