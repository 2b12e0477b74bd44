"""Questions, requests for staff and plans are never logged, even when they name a drink."""

import pytest

from tests.replies.readings import read


@pytest.mark.parametrize(
    "text",
    [
        "can I have a glass of wine at the wedding saturday?", "Can I drink on Saturday?",
        "is it ok to take my xanax before the infusion?", "what time is my appointment?", "who is this?",
        "How long should I stop drinking before?", "Is one glass of wine ok", "Do I need to stop taking klonopin",
        "When should I stop drinking", "how many days before", "Had 2 beers. Is that ok?", "is it bad if I had 2 beers",
        "if I have 2 beers tonight", "?", "¿puedo tomar una copa de vino en la boda?", "puedo tomar vino el sábado",
        "¿a qué hora es mi cita?",
    ],
)  # fmt: skip
def test_a_question_is_a_question(text):
    assert read(text)["intent"] == "question"


@pytest.mark.parametrize(
    "text",
    [
        "I need to reschedule", "I need to reschedule my appointment", "Can someone call me", "Please call me",
        "I need to cancel my appointment", "running late", "I'll be late", "I have a question about my xanax",
        "I need my xanax refilled", "necesito cambiar mi cita", "llámenme por favor", "I'm confused about the schedule",
        "2 beers is that ok", "I had 3 beers last night, should I postpone",
    ],
)  # fmt: skip
def test_a_request_for_staff_is_a_question(text):
    assert read(text)["intent"] == "question"


@pytest.mark.parametrize(
    "text",
    [
        "I'm going to a party friday, will probably have a couple beers", "I'm going to drink tonight",
        "gonna have a few drinks tonight", "will have 2 beers at the bbq", "I might have a drink later",
        "I'm planning to have a glass of wine at dinner tomorrow", "I really want a drink", "I could use a drink",
        "thinking about having a beer", "voy a tomar unas cervezas el viernes", "2 beers tomorrow at the wedding",
        "can't wait to have a beer after", "Looking forward to a glass of wine after my last infusion",
        "Any issue with 1 beer", "alright if I have a beer", "mañana voy a tomar", "esta noche voy a tomar unas copas",
    ],
)  # fmt: skip
def test_a_plan_or_a_wish_to_drink_is_a_question_not_a_report(text):
    parsed = read(text)
    assert parsed["intent"] == "question"
    assert parsed["drinks"] is None
    assert parsed["alcohol_items"] == []


@pytest.mark.parametrize("text", ["had 2 beers tonight", "2 beers, tomorrow is my infusion", "had to stop at 2 beers"])
def test_a_past_report_next_to_a_future_word_is_still_a_report(text):
    parsed = read(text)
    assert (parsed["intent"], parsed["drinks"]) == ("report", 2)
