"""parse is called on every inbound text: no text may make it raise, none may reach its safety net (`fallback`, which
would hide a broken rule), and an unclear reply is never a number."""

import json
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from replies import parse
from replies.text import word_set

WORDS = st.sampled_from(
    sorted(
        word_set(
            "a an one two 2 0.5 half couple few some several no none not didn't beer beers wine glass glasses of shot "
            "pint bottle can tall 40 oz six pack xanax klonopin bar bars mg x twice and or but yesterday today last "
            "night ? , . stop help want die drinks benzos took had drank cerveza copas de vino nada tomé ayer unos "
            "pastilla 🍺 🍷 💊 - : point punto twenty five veinticinco y medio x2 times once bears whine this is his "
            "wife he she soy la hija I goodbye permanently wake up"
        )
    )
)
PHRASES = st.lists(WORDS, max_size=14).map(" ".join)
ANY_TEXT = st.text(st.characters(exclude_categories=()), max_size=300)


@given(ANY_TEXT | PHRASES)
@settings(max_examples=400, deadline=None)  # what is checked is the answer, not its speed
def test_parse_never_raises_and_always_answers_in_the_contracts_shape(text):
    for prompt in ("checkin", "alcohol", "benzo"):
        reply = parse(text, prompt)
        assert reply.fallback is None, reply.fallback
        parsed = reply.as_json()
        json.dumps(parsed, allow_nan=False)
        assert parsed["intent"] in ("report", "stop", "start", "help", "crisis", "symptom", "question", "unknown")
        assert parsed["drinks"] is None or parsed["drinks"] >= 0
        assert (parsed["clarify"] is not None) == parsed["needs_clarification"]


@given(PHRASES)
@settings(max_examples=400, deadline=None)  # what is checked is the answer, not its speed
def test_drinks_are_a_number_only_when_every_alcohol_item_is_certain(text):
    parsed = parse(text).as_json()
    items = parsed["alcohol_items"]
    if parsed["needs_clarification"] and any(item["standard_drinks"] is None for item in items):
        assert parsed["drinks"] is None
    if parsed["drinks"] is not None and items:
        assert all(item["standard_drinks"] is not None for item in items)
        assert abs(parsed["drinks"] - sum(item["standard_drinks"] for item in items)) < 0.01


@given(PHRASES)
@settings(max_examples=200, deadline=None)
def test_only_a_report_carries_figures(text):
    parsed = parse(text).as_json()
    if parsed["intent"] != "report":
        assert (parsed["drinks"], parsed["alcohol_items"], parsed["benzos"]) == (None, [], None)
        assert not parsed["needs_clarification"]


def test_odd_texts_do_not_raise():
    for text in ("", "\x00\x01\x02", "\ud800", "🍺" * 1000, "2 beers " * 5000, "\n\n\n", "1/0", "0/0 xanax", "9" * 400):
        reply = parse(text)
        assert reply.fallback is None, reply.fallback
        json.dumps(reply.as_json(), allow_nan=False)


def test_a_ten_segment_text_of_any_shape_is_read_in_well_under_a_second():
    for text in ("a" * 1600, "xanax" * 320, "no beer 1 " * 160, "🍺" * 670, "klonopin 0.5 x2 " * 100):
        started = time.perf_counter()
        parse(text)
        assert time.perf_counter() - started < 0.5, text[:20]


def test_a_run_of_digits_is_no_amount():
    assert parse("9" * 400 + " beers").as_json()["drinks"] is None
