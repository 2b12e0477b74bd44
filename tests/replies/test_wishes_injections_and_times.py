"""Replies that look like a drink or a dose but are not one, and doses that add up over a day."""

import pytest

from tests.replies.readings import doses, read


@pytest.mark.parametrize(
    "text",
    [
        "dying for a glass of wine, 0 drinks",
        "i could totally kill for a beer. none today",
        "craving wine so bad. stayed sober tho",
        "se me antoja un tequila, pero cero alcohol",
    ],
)
def test_a_wished_for_drink_beside_a_none_is_no_intake(text):
    parsed = read(text)
    assert (parsed["intent"], parsed["drinks"]) == ("report", 0)


def test_a_wish_alone_is_never_logged():
    assert read("dying for a beer")["drinks"] is None


@pytest.mark.parametrize(
    "text, drinks",
    [
        ("got my covid booster, no drinks", 0),
        ("flu shot yesterday, 2 beers", 2),
        ("got my b12 shot and 1 beer", 1),
        ("a shot of insulin and 2 beers", 2),
        ("vaccine today, then 2 shots of tequila", 2),
        ("me vacunaron hoy, un shot en la nalga. cero alcohol", 0),
    ],
)
def test_an_injected_shot_is_no_drink(text, drinks):
    assert read(text)["drinks"] == drinks


@pytest.mark.parametrize(
    "text",
    ["lil bit of vodka", "a tad of rum", "a couple sips of wine", "2 sips of beer", "un sorbito de tequila"],
)
def test_a_vague_or_sipped_amount_is_asked_about(text):
    parsed = read(text)
    assert (parsed["drinks"], parsed["needs_clarification"]) == (None, True)


@pytest.mark.parametrize("text", ["a 40 of colt", "drank a forty of king cobra", "un 40 de olde e"])
def test_a_forty_of_any_brand_is_malt_liquor(text):
    assert read(text)["drinks"] == 4.5


@pytest.mark.parametrize("text, drinks", [("tres piñas coladas", 3), ("2 cubas", 2), ("un vampiro y una cubita", 2)])
def test_spanish_cocktail_names_count_one_each(text, drinks):
    assert read(text)["drinks"] == drinks


@pytest.mark.parametrize(
    "text, expected",
    [
        ("klonopin 1mg am and pm", [("clonazepam", 2, None)]),
        ("0.5mg xanax morning and night", [("alprazolam", 1, None)]),
        ("ativan 1mg am/pm", [("lorazepam", 2, None)]),
        ("clonazepam 0.5 mg por la mañana y en la noche", [("clonazepam", 1, None)]),
        ("2mg ativan at breakfast and 1mg at bedtime", [("lorazepam", 3, None)]),
        ("1 klonopin in the morning and 1 at night", [("clonazepam", None, 2)]),
    ],
)
def test_doses_at_several_times_of_a_day_add_up(text, expected):
    assert doses(text) == expected


@pytest.mark.parametrize("text", ["1mg klonopin am and 1 pm", "1 klonopin last night and 1 this morning"])
def test_a_second_dose_that_could_be_mg_a_clock_time_or_another_day_is_asked_about(text):
    parsed = read(text)
    assert parsed["needs_clarification"]
    assert parsed["benzos"][0]["mg"] is None


@pytest.mark.parametrize("text", ["dos barritas de xanax", "a bar of xanax last night"])
def test_a_bar_of_xanax_in_either_language_is_a_2mg_tablet(text):
    assert doses(text)[0][1] in (2, 4)


def test_a_bar_of_something_else_is_no_dose():
    assert read("2 bars of chocolate")["benzos"] is None


@pytest.mark.parametrize(
    "text",
    [
        "gotta push back my friday infusion",
        "can i switch the 3pm session to monday",
        "i need a different time for my appt",
        "necesito cambiar mi cita del jueves",
        "quiero reagendar",
        "cancelo mi sesión del viernes",
    ],
)
def test_moving_or_cancelling_an_appointment_is_a_question(text):
    assert read(text)["intent"] == "question"
