"""Crisis verbs count in every conjugation and slang form, and a plan told without a word of death reaches a person
when something beside it makes it one; the same markers beside a chore, a taper or a clinic visit do not."""

import pytest

from tests.replies.readings import read

SPANISH_CONJUGATIONS = [
    "el domingo me mato, ya no aguanto",
    "me voy a colgar cuando se duerman",
    "mañana me quitaré la vida",
    "me quiero envenenar con algo",
    "en la prepa me lastimaba y otra vez tengo ganas",
    "ayer me volví a cortar los brazos",
    "pienso aventarme desde el segundo piso",
    "me iba a tirar del puente anoche",
]
ENGLISH_FORMS_AND_SLANG = [
    "thought about offing myself again",
    "i hanged myself once and it didnt work",
    "i'm lowkey gonna kys",
    "been thinking about unaliving",
    "might commit sewerslide honestly",
    "i oded on purpose last spring",
]
PLANS_WITHOUT_DEATH_WORDS = [
    "gonna do it this weekend. sorry for everything",
    "i chose the night already, friday after work",
    "i already know how and where",
    "got a rope at the hardware store, already know how",
    "ya escogí el día, el domingo",
    "ya sé cómo lo voy a hacer, será esta noche",
    "ya sé cómo y dónde",
    "keep the pistol under my pillow and i've been holding it every night",
]
SAID_SIDEWAYS = [
    "looked up how much advil it would take",
    "cuántas pastillas se necesitan, lo busqué anoche",
    "thinking of leaping off the top of the parking structure",
    "they'd be fine, the life insurance pays better than i ever did",
    "slipped up with a blade, i was 3 months clean",
    "4 drinks tonight and i want everything to stop forever",
    "sería mejor desaparecer de una vez",
    "it'd be easier for everyone if i wasn't around",
]


@pytest.mark.parametrize(
    "text", SPANISH_CONJUGATIONS + ENGLISH_FORMS_AND_SLANG + PLANS_WITHOUT_DEATH_WORDS + SAID_SIDEWAYS
)
def test_intent_said_in_any_form_is_a_crisis(text: str) -> None:
    assert read(text)["intent"] == "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "me corté el pelo el sábado",
        "este trabajo me mata, 2 cervezas",
        "you should kys lol jk, 1 beer",
        "sorry i forgot, im going to do it tonight",
        "i already know where the clinic is, see you tuesday",
        "i picked the day to start the taper: monday",
        "ya sé cómo llegar, nos vemos el viernes",
        "ya lo decidí, el lunes bajo a media pastilla",
        "jumped off the dock into the lake, 3 beers",
        "i want to stop drinking for good",
        "my husband keeps a rifle in the safe",
    ],
)
def test_the_same_markers_in_everyday_talk_are_no_crisis(text: str) -> None:
    assert read(text)["intent"] != "crisis"


def test_a_stated_wish_for_everything_to_end_wins_over_the_drink_count() -> None:
    reply = read("like 6 beers, i just want it all to stop for good")
    assert reply["intent"] == "crisis"
    assert reply["drinks"] is None


@pytest.mark.parametrize(
    "text, lang",
    [("kept hearing somebody say my name and no one was there", "en"), ("oigo pasos y no hay nadie", "es")],
)
def test_a_voice_heard_with_nobody_there_is_a_symptom(text: str, lang: str) -> None:
    assert read(text, lang=lang)["intent"] == "symptom"
