"""Words with two senses, settled by their clause: a "bar" is a 2 mg Xanax or a place to drink, a "double" is two
standard drinks or a work shift, "meds" an unnamed benzo or the heading of a list of other drugs.

A wrong sense is a silent wrong figure ("went to 2 bars, had 3 beers" is not 4 mg of alprazolam), so the slang sense
needs support. A count of "bars" is a place when a verb of going comes before it ("went to 2 bars", "hit a few
bars") or when the reply is about drinks and nothing in it speaks of taking a drug. A "double" is a shift when a verb
of working comes before it ("worked a double") or a word it qualifies follows ("double shift", "double dose").
The vocabulary lives in lexicon.py.
"""

from bot.replies.lexicon import (
    DOUBLE,
    DOUBLE_NOT_A_DRINK_BEFORE,
    PLACE_ADJECTIVES,
    VENUE_VERBS,
    WORK_VERBS,
)
from bot.replies.text import Kind, Lexeme

_K = Kind
_BARS = frozenset({"bar", "bars"})
# Words that may sit between a verb and the word it governs: "went to 2 bars", "worked a double".
_BETWEEN = frozenset({_K.NUM, _K.ARTICLE, _K.COUPLE, _K.VAGUE, _K.FILLER, _K.APPROX, _K.OF, _K.HALF})
_ALCOHOL = frozenset({_K.BEV, _K.CONTAINER, _K.MEASURE})
_DRUG_TALK = frozenset({_K.TAKEVERB, _K.MG, _K.TABUNIT, _K.DRUGCLASS, _K.DRUG})
_HEADING_GLUE = frozenset({_K.COLON, _K.PAST, _K.FILLER, _K.APPROX, _K.OF})


def settle_senses(lexemes: list[Lexeme]) -> list[Lexeme]:
    """`lexemes` with each two-sense word read in the sense its clause supports."""
    for i, lexeme in enumerate(lexemes):
        if _other_sense(lexemes, i, lexeme):
            lexemes[i] = Lexeme(_K.WORD, lexeme.text)
    return lexemes


def _other_sense(lexemes: list[Lexeme], i: int, lexeme: Lexeme) -> bool:
    if lexeme.kind is _K.DRUGCLASS:
        return _heads_other_drugs(lexemes, i)
    if lexeme.kind is _K.DRUG:
        return lexeme.text in _BARS and _is_a_place(lexemes, i)
    if lexeme.kind is _K.CONTAINER:
        return lexeme.entry is DOUBLE and _is_a_shift(lexemes, i)
    return False


def _is_a_place(lexemes: list[Lexeme], i: int) -> bool:
    if i > 0 and lexemes[i - 1].text in PLACE_ADJECTIVES:
        return True
    verb = _governing_word(lexemes, i)
    if verb is not None and verb.text in VENUE_VERBS:
        return True
    drinks = any(lexeme.kind in _ALCOHOL for lexeme in lexemes)
    drugs = any(lexeme.kind in _DRUG_TALK for k, lexeme in enumerate(lexemes) if k != i)
    return drinks and not drugs


def _is_a_shift(lexemes: list[Lexeme], i: int) -> bool:
    if i + 1 < len(lexemes) and lexemes[i + 1].text in DOUBLE_NOT_A_DRINK_BEFORE:
        return True
    if i + 1 < len(lexemes) and lexemes[i + 1].kind is _K.TABUNIT:
        return True
    verb = _governing_word(lexemes, i)
    return verb is not None and verb.text in WORK_VERBS


def _heads_other_drugs(lexemes: list[Lexeme], i: int) -> bool:
    """ "meds were zoloft and xarelto", "medication: lexapro": a class word that a non-benzo's name follows at once
    is a heading for it, not a benzo left unnamed."""
    k = i + 1
    while k < len(lexemes) and lexemes[k].kind in _HEADING_GLUE:
        k += 1
    return k < len(lexemes) and lexemes[k].kind is _K.NONBENZO


def _governing_word(lexemes: list[Lexeme], i: int) -> Lexeme | None:
    """The first word before `i` that is not a count, an article or a filler: the verb a noun phrase hangs on."""
    k = i - 1
    while k >= 0 and lexemes[k].kind in _BETWEEN:
        k -= 1
    return lexemes[k] if k >= 0 else None
