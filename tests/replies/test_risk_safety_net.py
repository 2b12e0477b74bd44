"""The crisis safety net reads risk from combinations of small word classes, so wording no phrase list holds still
reaches a person; figures of speech and ordinary reports stay what they are."""

import pytest

from tests.replies.readings import read

STRONG_SIGNS_BESIDE_A_REPORT = [
    "2 ciders last night. sliced into my wrist again",
    "had a glass of wine, rubbed my forearm raw until it bled",
    "one beer. pressed a blade against my arm for a while",
    "3 beers and honestly i pray i never wake up again",
    "a couple drinks, i probably won't still be alive next month",
    "not being here anymore feels like a relief",
    "1 glass of wine, i'm going to end it all once i'm ready",
    "been hiding away a few tablets each week",
    "wish a drunk driver would hit me",
    "signed my will, the kids will be fine once i'm gone",
    "2 beers, they'd all be better if i died",
    "2 cervezas. ojalá ya no amanezca",
    "quiero que me atropelle un camión",
    "tomé una copa y voy escondiendo mis pastillas",
    "me rajé la muñeca anoche",
    "todos estarían mejor si yo desapareciera",
]
SOFT_SIGNS_IN_AN_UNCLEAR_TEXT = [
    "i keep picturing my own funeral",
    "lately i think about dying a lot",
    "do i even want to exist",
    "siento que quiero desaparecer de todo",
    "yo ya pienso en la muerte",
]
FIGURES_AND_ORDINARY_TEXTS = [
    "dead tired after work, no drinks",
    "killing it at the gym lately",
    "the wait is killing me, when are results in?",
    "me muero de hambre",
    "me muero por saber mi próxima cita",
    "dying to hear how my labs look",
    "would kill for a margarita but had none",
    "my phone was dead all day sorry",
    "i won't be around next week, can we move my appointment?",
    "hope i dont wake up with a headache",
]


@pytest.mark.parametrize("text", STRONG_SIGNS_BESIDE_A_REPORT)
def test_a_strong_risk_sign_makes_any_text_a_crisis(text):
    assert read(text)["intent"] == "crisis"


@pytest.mark.parametrize("text", SOFT_SIGNS_IN_AN_UNCLEAR_TEXT)
def test_the_patients_own_death_in_an_unreadable_text_reaches_a_person(text):
    assert read(text)["intent"] == "crisis"


@pytest.mark.parametrize("text", FIGURES_AND_ORDINARY_TEXTS)
def test_figures_of_speech_and_ordinary_texts_raise_no_alarm(text):
    assert read(text)["intent"] != "crisis"


def test_a_soft_sign_does_not_override_a_clear_report():
    assert read("had 2 beers at my uncle's funeral")["intent"] == "report"


@pytest.mark.parametrize(
    "text",
    [
        "what happens if i die during the infusion?",
        "can someone die under ketamine anesthesia",
        "¿me puedo morir en el tratamiento?",
    ],
)
def test_a_worry_about_dying_from_the_treatment_is_a_question_for_staff(text):
    assert read(text)["intent"] == "question"


@pytest.mark.parametrize("text", ["what if i just died tonight?", "¿y si mejor me muero?"])
def test_a_question_about_ones_own_death_outside_the_treatment_still_reaches_a_person_at_once(text):
    assert read(text)["intent"] == "crisis"
