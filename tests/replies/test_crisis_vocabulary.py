"""Crisis is read broadly, in both languages and through typos: a missed crisis is the one error that cannot wait."""

import pytest

from tests.replies.readings import read

INDIRECT_IDEATION = [
    "i see no reason to keep living",
    "there is no reason for me to be alive anymore",
    "nothing left to live for",
    "i wish i could go to sleep and never wake up",
    "hoping i don't wake up tomorrow",
    "i dont wanna wake up anymore",
    "i can't keep living like this",
    "what's the point of living",
    "life isn't worth living",
    "i want it all to be over",
    "been having dark thoughts",
    "no veo razon para seguir viviendo",
    "no tengo razones para vivir",
    "ojala no despertara mañana",
    "para que seguir viviendo",
    "no le veo sentido a la vida",
    "ya no quiero seguir, estoy cansado",
    "cansada de vivir asi",
]
PLANS_AND_MEANS = [
    "i've been stockpiling my ativan",
    "got enough xanax stashed to not wake up",
    "gonna swallow every pill i have",
    "thinking of taking them all at once",
    "going to take the whole bottle tonight",
    "planning to overdose",
    "i have a noose ready",
    "im going to jump off the bridge",
    "me voy a tomar todo el frasco de clonazepam",
    "tengo pastillas guardadas para acabar con todo",
    "me voy a tirar de un puente",
    "pienso tomarme todas mis pastillas juntas",
    "tengo suficientes pastillas guardadas",
]
SELF_HARM = [
    "started cutting again",
    "been cutting myself",
    "i burned myself on purpose",
    "self harming again",
    "i hurt myself last night",
    "me he cortado los brazos",
    "me estoy lastimando otra vez",
    "me quiero cortar",
    "volví a cortarme",
    "me hice daño a propósito, me estoy haciendo daño",
]
BURDEN_AND_GOODBYE = [
    "everyone would be better off without me",
    "my family is better without me",
    "i'm just a burden to everyone",
    "nobody would miss me",
    "goodbye everyone, thank you for everything",
    "this is my last message",
    "you won't hear from me again",
    "i won't be around much longer",
    "gave away all my stuff",
    "mi familia estaria mejor sin mi",
    "soy una carga para mi familia",
    "nadie me extrañaria",
    "adios a todos, gracias por todo",
    "esta es mi despedida",
    "mis hijos vivirían mejor sin mí",
]
TYPOS = [
    "ima kill myslef",
    "thinkin about suiside",
    "feeling suicidel today",
    "i wanna kil myself",
    "want to dieeee",
    "i keep overdoseing",
    "gonna kil my self 2nite",
    "havin suicidle thoughts",
    "quiero suisidarme",
    "me kiero matar",
    "ya no kiero vivir",
    "no tengo por q vivir",
    "kiero morirme",
    "tengo ganas de morirme",
]


@pytest.mark.parametrize("text", INDIRECT_IDEATION + PLANS_AND_MEANS + SELF_HARM + BURDEN_AND_GOODBYE + TYPOS)
def test_indirect_ideation_plans_self_harm_burden_goodbyes_and_typos_are_crisis(text):
    assert read(text)["intent"] == "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "I'm killing it at the gym, 0 drinks", "my back is killing me, no drinks", "i could die for a margarita lol",
        "dying to know my next infusion date", "I'm dead tired, 2 beers", "my phone died, had 1 beer",
        "my wife would kill me if she knew, had 3 beers", "i've been cutting back on the xanax",
        "cutting my dose in half this week", "me corté el pelo, 2 cervezas", "me muero de hambre, 2 cervezas",
        "putting myself first, 1 beer", "sharing a bottle of wine", "overdue for my refill",
    ],
)  # fmt: skip
def test_figures_of_speech_and_tapering_words_are_not_crisis(text):
    assert read(text)["intent"] != "crisis"


@pytest.mark.parametrize(
    "text", ["had 5 beers and honestly there is no reason for me to go on", "3 cervezas y ya no kiero vivir"]
)
def test_crisis_wins_over_a_drink_count_in_the_same_text(text):
    parsed = read(text)
    assert (parsed["intent"], parsed["drinks"]) == ("crisis", None)


def test_a_figure_of_speech_does_not_hide_a_crisis_beside_it():
    assert read("my wife would kill me, honestly i want to die")["intent"] == "crisis"
