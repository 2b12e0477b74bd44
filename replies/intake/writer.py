"""Who wrote a reply: the patient, or someone texting for them ("this is his wife, he had 3 beers last night", "soy
la hija de Rosa, tomó media pastilla"). A relative's report is the patient's intake, where the patient's own "my
husband had 3 beers" is not; and in a relative's text "I had none" is the writer's, not the patient's.

Only an introduction counts ("this is her daughter", "wife here", "writing for my mom", "le escribe su hijo"): a
relative merely named ("my wife says hi") leaves the patient the writer.
"""

import re

from replies.reasons import found
from replies.text import alternation
from replies.vocabulary import load, words

_PEOPLE = load("people")
RELATIONS_EN = words(_PEOPLE["relations_en"], "people.yaml relations_en")
RELATIONS_ES = words(_PEOPLE["relations_es"], "people.yaml relations_es")
WRITER = words(_PEOPLE["writer"], "people.yaml writer")

_REL = alternation(RELATIONS_EN)
_REL_ES = alternation(RELATIONS_ES)
_WHOSE = r"(?:his|her|their|the\s+patient'?s|[a-z]+'s)"
_WRITING = r"(?:here|again|texting|writing|answering|replying|responding|speaking|messaging)"
_INTRODUCTION = re.compile(
    rf"\b(?:this\s+is|it'?s|its|it\s+is|i'?m|im|i\s+am)\s+(?:[a-z]+\s*,?\s+)?(?:(?:mr|mrs|ms|miss|dr|don|dona)\.?\s+)?"
    rf"(?:{_WHOSE}|[a-z]+s)\s+(?:[a-z]+\s+)?{_REL}\b"
    rf"|\b{_WHOSE}\s+{_REL}\s+{_WRITING}\b"
    rf"|^\W*(?:(?:hi|hello|hey|hola)\W+)?{_REL}\s+{_WRITING}\b"
    rf"|\b(?:writing|texting|answering|replying|responding|messaging|reporting)\s+(?:for|on\s+behalf\s+of)\s+"
    rf"(?:my\s+{_REL}|him|her|them)\b"
    r"|\bon\s+(?:his|her|their)\s+behalf\b|\bon\s+behalf\s+of\b"
    rf"|\bmy\s+{_REL}\s+is\s+the\s+patient\b|^\W*for\s+my\s+{_REL}\b|\bmi\s+{_REL_ES}\s+es\s+(?:el|la)\s+paciente\b"
    r"|\b(?:he|she|they|[a-z]+)\s+(?:asked|wants|wanted|told)\s+me\s+to\s+(?:answer|text|reply|write|respond|tell|send|let)\b"
    r"|\bme\s+(?:pide|pidio|dijo)\s+que\s+(?:le\s+|les\s+)?(?:conteste|contestara|responda|respondiera|escriba|"
    r"escribiera|diga|dijera|mande|mandara|avise|avisara)\b"
    rf"|^\W*(?:(?:hi|hello|hey|hola)\W+)?(?:(?:his|her|their)\s+{_REL}|(?:the\s+)?{_REL}\s+(?:for|of)\s+[^.,!?]{{1,30}}?\s+here)\b"
    r"|\b(?:i'?m|im|i\s+am)\s+the\s+one\s+who\s+(?:takes\s+care\s+of|looks\s+after|cares\s+for)\b"
    rf"|\b(?:i'?m|im|i\s+am)\s+(?:the|a|an|his|her|their)\s+(?:[a-z]+\s+){{0,2}}?{_REL}\s+(?:for|of|at)\b"
    rf"|^\W*(?:(?:hi|hello|hey|hola)\W+)?(?:a\s+)?{_REL}\s+of\s+[a-z]+'?s\s+here\b"
    rf"|\b(?:soy|habla|le\s+escribe|les\s+escribe|te\s+escribe|escribe)\s+(?:la|el|su)\s+{_REL_ES}\b"
    rf"|\b(?:su|la|el)\s+{_REL_ES}\s+(?:de\s+\w+\s+)?aqui\b"
    rf"|\b(?:escribo|escribimos)\s+(?:por|de\s+parte\s+de|para)\s+(?:mi|su)\s+{_REL_ES}\b"
    rf"|\bde\s+parte\s+de\s+(?:mi|su)\s+{_REL_ES}\b"
)

# How a relative introduces themselves in Spanish, for the crisis check of a relative's words.
I_AM_THEIR_ES = rf"(?:soy\s+su|habla\s+su|le\s+escribe\s+su)\s+{_REL_ES}"


_CUES = frozenset({*RELATIONS_EN, *RELATIONS_ES, "behalf", "asked", "care", "pide", "pidio", "wants", "told"})
# An opening that already reports intake is the patient's ("wife and I split a bottle"), not an introduction.
_INTAKE_WORDS = re.compile(
    r"\b(?:had|has|drank|drinks|took|takes|finished|downed|got|tomo|tome|tomaron|bebio|bebi|bebieron|acabo|i|we|yo)\b"
)
_WORD = re.compile(r"[a-z]+")


# An opening that names the writer by their relation to someone, before any report: "her bf here", "Son of patient
# Gloria H.", "devon's roommate,", "soy la cuidadora de don Julio". A relation owned by the writer ("my wife says hi")
# is the patient speaking.
_GREETING = r"(?:\W*(?:hi|hello|hey|hola|buenas|buenos\s+dias|buenas\s+tardes|good\s+morning)\W+)?"
_OPENING = re.compile(
    rf"^{_GREETING}[^.,:;!?\n]{{0,40}}?(?<!\bmy\s)(?<!\bmi\s)(?<!\bour\s)\b(?:{_REL}|{_REL_ES})\b"
    r"(?:\s+(?:of|for|de)\b)?[^.,:;!?\n]{0,40}"
)


# "Hello nurse," greets the clinic's staff: a relation word alone after a greeting is the one addressed.
_ADDRESSED = re.compile(rf"^{_GREETING}(?:{_REL}|{_REL_ES})\W*$")


def written_for_the_patient(folded: str) -> str | None:
    """The words with which the writer of `folded` (normalised text) introduces themselves as texting for the
    patient, or None when the patient wrote it."""
    if _CUES.isdisjoint(_WORD.findall(folded)):
        return None  # most replies name nobody, and this look costs a fraction of the full pattern
    said = found(_INTRODUCTION, folded)
    if said is not None:
        return said
    opening = found(_OPENING, folded)
    if opening is None or _INTAKE_WORDS.search(opening) or _ADDRESSED.match(opening):
        return None
    return opening
