"""Carrier keywords sent alone, and plain-language opt-outs anywhere; "stop" inside a report is a report."""

import pytest

from tests.replies.readings import read


@pytest.mark.parametrize(
    "text",
    [
        "STOP", "stop", "Stop.", "STOP!", "Stop please", "please stop", "STOP ALL", "stopall", "Unsubscribe", "CANCEL",
        "end", "quit", "optout", "Opt out", "revoke", "PARAR", "Alto", "para", "baja",
    ],
)  # fmt: skip
def test_an_opt_out_keyword_alone_is_stop(text):
    assert read(text)["intent"] == "stop"


@pytest.mark.parametrize(
    "text",
    [
        "please stop texting me", "stop texting me", "please remove me from this list", "take me off this list",
        "stop sending me messages", "stop the texts", "don't text me anymore", "I want to unsubscribe", "no more texts",
        "no más mensajes", "déjame de escribir", "dejen de escribirme", "ya no me escriban por favor",
        "quítenme de la lista", "no quiero recibir más mensajes",
    ],
)  # fmt: skip
def test_a_plain_language_opt_out_is_stop(text):
    assert read(text)["intent"] == "stop"


@pytest.mark.parametrize(("text", "intent"), [("START", "start"), ("unstop", "start"), ("Start again", "start")])
def test_an_opt_in_keyword_alone_is_start(text, intent):
    assert read(text)["intent"] == intent


@pytest.mark.parametrize("text", ["HELP", "help!", "Help please", "info", "INFO", "AYUDA", "ayuda por favor"])
def test_a_help_keyword_alone_is_help(text):
    assert read(text)["intent"] == "help"


@pytest.mark.parametrize("text", ["YES", "yes", "Y", "si", "yep"])
def test_a_lone_yes_is_left_to_the_conversation(text):
    assert read(text)["intent"] == "unknown"


@pytest.mark.parametrize(
    ("text", "drinks"), [("I stopped drinking", 0), ("had to stop at 2 beers", 2), ("quit drinking", 0)]
)
def test_stop_inside_a_report_is_a_report(text, drinks):
    parsed = read(text)
    assert (parsed["intent"], parsed["drinks"]) == ("report", drinks)
