"""Each crisis sign is tested in many wordings (tenses, persons, texting shorthand, Spanish of several countries),
so a rule that only fits the one sentence it was written for fails here first; look-alikes keep it honest."""

import pytest

from tests.replies.readings import read

BEING_A_BURDEN = [
    "my family is better off w/o me",
    "they'd all be better off w/out me honestly",
    "the kids would be better off without me around",
    "my wife would be better off if i wasnt here",
    "everybody's life would be better if i just wasn't around",
    "things would be better for everyone if i was gone",
    "my parents would have a better life if i just disappeared",
    "i didnt drink at all b/c honestly my kids would be better off if i simply wasnt alive",
    "mi familia estaría mejor sin mí",
    "todos vivirían mejor sin mi, la verdad",
    "i'm just a burden to everyone rn",
]
DEATH_BY_ACCIDENT_WELCOMED = [
    "if a truck hit me tmrw i'd be relieved",
    "if i got run over tonight i honestly wouldnt mind",
    "tbh if i died in my sleep i'd be glad",
    "if a car hit me on the way home i would not care",
    "if i didnt wake up tomorrow itd be a relief",
    "if i get hit by a train idc, id be at peace",
    "if something killed me tomorrow it would be a blessing",
    "if my plane crashed i'd feel relieved",
    "i wouldnt mind if i got hit by a car",
    "si me atropella un camión mañana no me importaría",
]
MEANS_GOT_AND_A_PLACE_OR_TIME = [
    "got a gun today, just have to choose the day",
    "ordered helium, now i need to pick the date",
    "bought rope this morning, still need to find the spot",
    "picked up a shotgun. gotta figure out the place",
    "i bought a noose and i'm doing it tonight",
    "compré una soga, ya escogí el lugar",
    "conseguí una pistola, lo voy a hacer mañana",
    "bought some ammo today. i have a plan",
    "purchased a handgun and already picked the night",
    "bought a rope today bc i have a plan",
]
GOODBYE_LETTERS = [
    "i wrote farewell letters to my family",
    "left goodbye notes for my husband and kids",
    "writing my last letters to my friends tonight",
    "finished my goodbye letter to my son",
    "i've written final notes for everyone",
    "wrote a goodbye letter to my mom last night",
    "just wrote my suicide notes",
    "le escribí cartas de despedida a mis hijos",
    "dejé cartas para mi familia",
    "escribiendo una carta de despedida para mi esposa",
]
PLAN_STATED = [
    "i've got a plan and i'm doing it tmrw",
    "made a plan, doing it this friday",
    "i have a plan and i'll do it tonight",
    "there's a plan now and im going to do it",
    "came up with a plan, gonna do it soon",
    "i have a plan. doing it on saturday",
    "i have a plan and im ready to do it",
    "ya tengo un plan y lo voy a hacer este fin",
    "tengo un plan, lo voy a hacer mañana",
    "got a plan and doing it next week",
]
SOMEONE_ELSE_WITH_MEANS = [
    "my son shut himself in his room with a knife",
    "my wife locked herself in the car with a bottle of pills",
    "my dad has a gun and keeps saying hes done",
    "my girlfriend has a rope in her closet and said she's finished",
    "my brother barricaded himself in the garage w a rifle",
    "mi hijo se va a dar un tiro, tiene la pistola",
    "mi esposo dice que va a colgarse",
    "mi hermana se iba a tirar del puente anoche",
    "mi papá se va a pegar un balazo",
    "mi novio quiere tirarse por la ventana",
    "mi mamá dice que se va a ahorcar",
]
BELONGINGS_GIVEN_AWAY = [
    "gave my dog to my sister, won't be needing him where im going",
    "giving away my records, wont need them after tonight",
    "gave away all my clothes, i won't need any of it where im headed",
    "i've been giving my tools away, not gonna need them anymore",
    "gave away my car keys and my bike, wont be using them",
    "giving the tv away bc i wont need it where i'm going",
    "gave my plants away, not going to need them where im headed",
    "i gave away my stuff yesterday",
    "regalé mis cosas, ya no las voy a necesitar",
    "he estado regalando todas mis cosas",
]


@pytest.mark.parametrize(
    "text",
    BEING_A_BURDEN
    + DEATH_BY_ACCIDENT_WELCOMED
    + MEANS_GOT_AND_A_PLACE_OR_TIME
    + GOODBYE_LETTERS
    + PLAN_STATED
    + SOMEONE_ELSE_WITH_MEANS
    + BELONGINGS_GIVEN_AWAY,
)
def test_every_wording_of_a_crisis_sign_is_a_crisis(text):
    assert read(text)["intent"] == "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "my kids are better off with their dad this weekend",
        "we would be better off w/o the car tbh",
        "the plan is better without beer",
        "if i got a day off tmrw i'd be relieved",
        "if i got hit with a parking ticket i'd be annoyed",
        "if i got my hair cut tmrw i'd be relieved",
        "bought a rope for the boat today, need to pick a mooring",
        "bought a gun safe today",
        "need to pick the time for my infusion",
        "wrote a letter to my landlord about rent",
        "left a note for the dog walker",
        "i have a plan for the wedding: no drinks",
        "i have a plan to cut down and im doing it this weekend",
        "my son locked himself out of the car with the keys inside",
        "my husband cut himself shaving lol",
        "my dad cleaned his rifle and says hes done with hunting season",
        "mi hijo se va a tirar a la alberca",
        "gave away my old couch, we bought a new one",
        "won't need a jacket where i'm going, florida baby",
        "regalé mi bici a mi sobrino",
    ],
)
def test_look_alikes_of_those_signs_are_not_crises(text):
    assert read(text)["intent"] != "crisis"
