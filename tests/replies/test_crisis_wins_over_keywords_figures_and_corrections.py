"""Crisis wins over an opt-out keyword and over a figure of speech that only looks like one; a correction is read only
where the patient corrects, and a strength is never taken for half a drink."""

import pytest

from replies import parse
from tests.replies.readings import doses, read


@pytest.mark.parametrize("text", ["end it", "stop texting me, i'm not safe", "basta. ya no quiero seguir"])
def test_an_ending_beside_a_keyword_is_a_crisis_not_an_opt_out(text):
    assert read(text)["intent"] == "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "3 beers. better off dead right now",
        "i want to overdose on my ativan",
        "2 shots, planning to overdose on klonopin tonight",
        "i will die after my session tonight",
        "1 beer, been thinking about my death a lot",
    ],
)
def test_a_crisis_said_with_the_words_of_a_figure_of_speech_is_still_a_crisis(text):
    assert read(text)["intent"] == "crisis"


@pytest.mark.parametrize("text", ["came in dead last at trivia, 1 beer", "will i die during the infusion?"])
def test_the_figure_of_speech_itself_is_no_crisis(text):
    assert read(text)["intent"] != "crisis"


@pytest.mark.parametrize("text", ["sorry for the late reply, 2 beers last night", "ayer fueron 2 cervezas"])
def test_an_apology_or_a_past_tense_is_no_correction_of_the_last_log(text):
    parsed = parse(text)
    assert (parsed.drinks, parsed.correction) == (2, False)


def test_a_number_set_against_a_dose_is_no_drink():
    assert read("took xanax 1mg, not 2")["drinks"] is None


def test_a_correction_that_is_more_than_an_amount_replaces_nothing():
    assert read("3 beers. it was 1 of those nights")["drinks"] == 3


def test_a_decimal_after_a_counted_dose_is_its_strength_not_half_a_drink():
    parsed = read("took 2 klonopin, 0.5")
    assert (parsed["drinks"], doses("took 2 klonopin, 0.5")) == (None, [("clonazepam", 1, 2)])


def test_a_death_in_another_sentence_than_the_treatment_is_still_asked_about_as_a_crisis():
    assert read("when is my next infusion? i keep thinking about my own death")["intent"] == "crisis"


def test_a_question_about_dying_from_a_mix_is_a_question():
    assert read("will i die if i mix wine with my ativan?")["intent"] == "question"


@pytest.mark.parametrize("text", ["stop texting me, goodbye", "STOP. bye", "unsubscribe, thanks and goodbye"])
def test_an_opt_out_with_a_polite_goodbye_is_honoured(text):
    assert read(text)["intent"] == "stop"
