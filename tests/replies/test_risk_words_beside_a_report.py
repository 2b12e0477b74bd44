"""Words of risk that are no crisis phrase on their own (replies/vocabulary/risk.yaml): a means at hand, an act of
preparation, an ending, being a burden, not being safe. In a clause no report rule read they make the reply a
crisis; the means and preparations only beside a report; and never where the words are everyday talk."""

import pytest

from tests.replies.readings import read


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("2 beers. the knife is on my nightstand", "en"),
        ("half a xanax. sitting in the car in the garage with the engine running", "en"),
        ("one glass of wine. told my sister who gets my dog", "en"),
        ("no drinks. if i don't text tomorrow you'll know why", "en"),
        ("1 ambien. just so tired of fighting to stay alive", "en"),
        ("dos cervezas. ya me despedí de mis hijos", "es"),
        ("nada de alcohol, pero tengo un cuchillo en el cuarto", "es"),
        ("3 shots. honestly I'm not safe tonight", "en"),
        ("no benzos. everyone would be easier without me", "en"),
    ],
)  # fmt: skip
def test_a_word_of_risk_in_a_clause_no_rule_read_makes_a_report_a_crisis(text, lang):
    assert read(text, lang=lang)["intent"] == "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "2 beers at the gun range with my dad",
        "finally going to end this taper next month, 1 beer",
        "gave away my old bike today",
        "took a crash course in spanish, no drinks",
    ],
)
def test_the_same_words_in_everyday_talk_are_no_crisis(text):
    assert read(text)["intent"] != "crisis"


def test_a_relative_who_found_cuts_on_the_patient_reports_a_crisis():
    assert read("soy su hermana, le vi cortadas en los brazos", lang="es")["intent"] == "crisis"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("could've died of embarrassment at the office party, 1 beer", "en"),
        ("my boss would rather die than give us a raise lol", "en"),
        ("la novela de anoche me mató, una cerveza", "es"),
        ("fue un día fatal pero cero alcohol", "es"),
        ("is it normal to be scared to die on the table? never had ketamine", "en"),
    ],
)  # fmt: skip
def test_figures_of_speech_about_dying_are_no_crisis(text, lang):
    assert read(text, lang=lang)["intent"] != "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "woke up on the floor and i had bitten my tongue",
        "my body keeps jerking since i quit the ativan",
        "seeing shadow people in the kitchen at night",
    ],
)
def test_a_seizure_or_hallucination_described_is_a_danger_sign(text):
    assert read(text)["intent"] == "symptom"


@pytest.mark.parametrize(
    "text",
    [
        "took 1 ativan. gave my dog to my brother since i won't be around",
        "half a klonopin, no drinks. ya regalé mis cosas, ya no las voy a ocupar",
    ],
)
def test_a_word_of_risk_beside_the_amounts_of_the_same_clause_is_a_crisis(text):
    assert read(text, lang="es")["intent"] == "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "it's been 4 days since my last drink",
        "took 1 valium on purpose before my flight, doc said ok",
        "that movie scared me to death lol, 2 beers",
        "done with booze for good. 0 and 0",
        "won't be around for the check-ins this weekend, 1 beer",
    ],
)
def test_everyday_uses_of_ending_words_beside_a_report_are_no_crisis(text):
    assert read(text)["intent"] != "crisis"


@pytest.mark.parametrize(
    "text",
    ["is there any point tapering if i'm not going to be around much longer", "i have a plan and a date picked out"],
)
def test_an_ending_in_a_question_or_an_unread_text_is_a_crisis(text):
    assert read(text)["intent"] == "crisis"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("how much should i cut my klonopin this week?", "en"),
        ("¿puedo tomar vino después de la última infusión?", "es"),
    ],
)
def test_a_question_about_the_taper_or_the_last_infusion_is_no_crisis(text, lang):
    assert read(text, lang=lang)["intent"] == "question"


@pytest.mark.parametrize(
    "text", ["keep hearing whispering that nobody else hears", "feels like an elephant is sitting on my chest"]
)
def test_voices_and_a_crushing_chest_are_danger_signs(text):
    assert read(text)["intent"] == "symptom"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("no drinks. lately i think everyone would be fine if i wasn't in it", "en"),
        ("1 klonopin. i've made a plan and i'll follow through with it", "en"),
        ("2 beers. one of these days i just won't wake up and that's ok", "en"),
        ("zero. gave my brother my passwords and told him who gets the car", "en"),
        ("una cerveza. ojalá me pase algo y me muera de una vez", "es"),
        ("nada. ya no tengo ganas de vivir", "es"),
        ("ni una copa. ¿pa qué sigo aquí?", "es"),
    ],
)  # fmt: skip
def test_more_ways_of_saying_an_ending_beside_a_report_are_a_crisis(text, lang):
    assert read(text, lang=lang)["intent"] == "crisis"


@pytest.mark.parametrize(
    ("text", "lang", "intent"),
    [
        ("my doctor said to stop the ativan all at once, is that ok?", "en", "question"),
        ("¿me puedo morir si mezclo vino con el clonazepam?", "es", "question"),
        ("💀 im dead, my dog ate my homework. 1 beer", "en", "report"),
        ("my buddy OD'd years ago so i'm careful. 0 pills", "en", "report"),
    ],
)  # fmt: skip
def test_questions_about_mixing_or_stopping_and_jokes_are_not_crises(text, lang, intent):
    assert read(text, lang=lang)["intent"] == intent


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("texting for my sister, she keeps saying we'd all be better off without her. 2 beers", "en"),
        ("le escribe su tía, anda regalando sus cosas y se despidió de todos", "es"),
    ],
)
def test_a_relatives_report_of_the_patients_preparations_is_a_crisis(text, lang):
    assert read(text, lang=lang)["intent"] == "crisis"


def test_a_relative_reporting_bugs_the_patient_sees_reports_a_danger_sign():
    assert read("writing for my dad, he sees bugs crawling on the ceiling")["intent"] == "symptom"


@pytest.mark.parametrize(
    ("text", "lang"),
    [("0 drinks. not sure i'll still be here by spring", "en"), ("nada. no creo que siga viva mucho tiempo", "es")],
)
def test_doubting_one_will_still_be_alive_beside_a_report_is_a_crisis(text, lang):
    assert read(text, lang=lang)["intent"] == "crisis"


def test_stuff_seen_crawling_is_a_danger_sign():
    assert read("1 beer and i keep seeing stuff crawling on the walls")["intent"] == "symptom"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("2 beers. if this doesn't work i know how i'd do it", "en"),
        ("nothing. been reading about painless ways lately", "en"),
        ("0 drinks, i don't plan on being here much longer", "en"),
        ("una copa. ojalá me muriera dormida", "es"),
        ("nada. anoche estuve en el puente pensando en soltarme", "es"),
    ],
)  # fmt: skip
def test_a_method_known_or_a_wish_to_die_asleep_beside_a_report_is_a_crisis(text, lang):
    assert read(text, lang=lang)["intent"] == "crisis"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("her roommate here, she gave away all her plants and says we won't have to deal with her soon", "en"),
        ("soy su prima, le encontré cortadas nuevas en los brazos", "es"),
    ],
)
def test_a_relatives_report_of_giving_things_away_or_fresh_cuts_is_a_crisis(text, lang):
    assert read(text, lang=lang)["intent"] == "crisis"


def test_saying_goodbye_to_wine_is_no_farewell():
    assert read("said goodbye to wine for the month 😂 0 again")["intent"] == "report"


def test_a_laughing_im_dead_beside_a_report_is_no_crisis():
    assert read("im dead 💀 my cat stole my sandwich. no drinks")["intent"] == "report"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("1 glass of wine. I'm so tired of being everyone's problem", "en"),
        ("no drinks. already picked a date", "en"),
        ("2 beers. thinking of walking into the sea this weekend", "en"),
        ("0 pills. not afraid of dying anymore", "en"),
        ("a six pack. tying up loose ends this week", "en"),
        ("1 klonopin. been scratching my arms raw again", "en"),
        ("una cerveza. si algo me pasa cuiden a mis hijos", "es"),
        ("ni una copa. mejor desaparezco", "es"),
    ],
)  # fmt: skip
def test_indirect_endings_and_self_harm_beside_a_report_are_a_crisis(text, lang):
    assert read(text, lang=lang)["intent"] == "crisis"


def test_a_squeezed_chest_is_a_danger_sign():
    assert read("2 beers and my chest feels squeezed")["intent"] == "symptom"
