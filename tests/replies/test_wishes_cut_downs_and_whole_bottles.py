"""A drink wished for beside "but I haven't had one" is an explicit none; a threat in jest ("mi mamá me mata si
tomo") is a reason, not a question; a drink being cut down with a bare count is that count; and "whole" or
"entera" between a bottle and its drink changes nothing."""

import pytest

from tests.replies.readings import read


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("craving a cold beer so bad but i haven't had one", "en"),
        ("could really use a shot of tequila but didnt have one", "en"),
        ("would kill for a glass of red rn but i did not have one", "en"),
        ("dying for a margarita, havent had one tho", "en"),
        ("really wanted a beer at the game but i didn't have one", "en"),
        ("tengo ganas de una cerveza pero no me tomé una", "es"),
        ("i havent had one", "en"),
    ],
)
def test_a_wished_for_drink_then_none_had_logs_zero(text, lang):
    reply = read(text, lang=lang)
    assert (reply["intent"], reply["drinks"]) == ("report", 0)


@pytest.mark.parametrize(
    "text",
    [
        "mi esposo me mata si tomo, así que nada de alcohol",
        "mi papá me regaña si tomo, cero alcohol",
        "my wife would kill me if i drank so no drinks",
        "my husband would be mad if i had one, 0 drinks",
    ],
)
def test_a_threat_in_jest_beside_a_none_is_a_report_of_zero(text):
    reply = read(text, lang="es")
    assert (reply["intent"], reply["drinks"]) == ("report", 0)


@pytest.mark.parametrize(
    "text", ["si tomo una copa me pasa algo?", "si tomo 2 cervezas esta bien", "if i have a beer will it matter"]
)
def test_a_real_conditional_about_drinking_stays_a_question(text):
    assert read(text, lang="es")["intent"] == "question"


@pytest.mark.parametrize(
    ("text", "drinks"),
    [
        ("le estoy bajando al tequila, 3 ayer", 3),
        ("le bajé a la cerveza, solo 2 anoche", 2),
        ("cutting back on beer, only 2 last night", 2),
        ("cut down on wine, just 1 yesterday", 1),
        ("beer, 2 last night", 2),
    ],
)
def test_a_drink_being_cut_down_with_a_bare_count_is_that_count(text, drinks):
    assert read(text, lang="es")["drinks"] == drinks


@pytest.mark.parametrize(
    "text", ["le estoy bajando a la cerveza", "beer yesterday, took 2", "3 beers yesterday and 2 today", "alcohol, 2"]
)
def test_a_drink_without_a_count_of_its_own_is_still_asked_about(text):
    reply = read(text, lang="es")
    assert reply["drinks"] is None and reply["needs_clarification"]


@pytest.mark.parametrize(
    ("text", "drinks"),
    [
        ("me tomé una botella entera de vino", 5),
        ("me tomé dos botellas enteras de vino", 10),
        ("had a whole bottle of wine", 5),
        ("drank a full bottle of wine", 5),
    ],
)
def test_whole_or_entera_between_bottle_and_drink_counts_the_bottle(text, drinks):
    assert read(text, lang="es")["drinks"] == drinks
