"""A relative describing a fit or nonsense talk reaches a person as a symptom; "quit sending me these" is an
opt-out in any spelling, while quitting a habit stays a report or chatter."""

import pytest

from tests.replies.readings import read


@pytest.mark.parametrize(
    "text",
    [
        "she was on the ground shaking all over",
        "found him on the floor twitching",
        "he was lying on the floor thrashing for a minute",
        "hes not making any sense since this morning",
        "she's talking nonsense and doesnt know us",
        "my dad keeps not making sense, is this the withdrawal",
        "lo encontré en el piso sacudiéndose",
        "he was on the ground jerking then fell asleep",
        "she is not making sense tonight",
        "they're not making any sense, slurring too",
    ],
)
def test_a_relative_describing_a_fit_or_confusion_is_a_symptom(text):
    assert read(text)["intent"] == "symptom"


@pytest.mark.parametrize(
    "text",
    [
        "the plan isn't making sense to me",
        "fell on the floor laughing lol 0 drinks",
        "the dog was twitching in his sleep",
    ],
)
def test_look_alikes_of_fits_and_confusion_are_not_symptoms(text):
    assert read(text)["intent"] != "symptom"


@pytest.mark.parametrize(
    "text",
    [
        "pls quit sending me these",
        "quit texting me",
        "plz quit sending msgs",
        "quit sending reminders",
        "can u quit messaging me",
        "just quit the texts already",
        "stop sending me txts",
        "quit bothering me",
        "u can quit sending the check ins",
        "please quit sending these messages to my phone",
    ],
)
def test_quit_sending_in_any_spelling_is_an_opt_out(text):
    assert read(text)["intent"] == "stop"


@pytest.mark.parametrize(
    "text",
    ["i quit drinking 3 days ago", "quit sending pics to my ex lol, 0 drinks", "i quit texting my old dealer"],
)
def test_quitting_something_else_is_not_an_opt_out(text):
    assert read(text)["intent"] != "stop"
