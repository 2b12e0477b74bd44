"""Words with two senses, settled by their clause: a "bar" is a 2 mg Xanax or a place to drink, a "double" is two
standard drinks or a work shift, "meds" an unnamed benzo or the heading of a list of other drugs.

A drink named before "o'clock" is a time of day. A "shot" is a drink or an injection ("flu shot", "un shot en el
brazo"), a "bar" of something that is no drug is that thing ("2 bars of chocolate").

A wrong sense is a silent wrong figure ("went to 2 bars, had 3 beers" is not 4 mg of alprazolam), so the slang sense
needs support. A count of "bars" is a place when a verb of going comes before it ("went to 2 bars", "hit a few
bars"), and an uncounted "bar" when the reply is about drinks and nothing in it speaks of taking a drug; counted
("6 beers and 2 bars"), it is the 2 mg Xanax that CONTRACTS.md section 4 names. A "double" is a shift when a verb
of working comes before it ("worked a double") or a word it qualifies follows ("double shift", "double dose").
The words live in replies/vocabulary/senses.yaml.
"""

from replies.intake.lexicon import (
    CONTAINERS,
    DOUBLE_NOT_A_DRINK_BEFORE,
    EVERYDAY_SLANG,
    INJECTION_CONTEXT,
    INJECTION_KINDS,
    INJECTION_SITES,
    PLACE_ADJECTIVES,
    VENUE_VERBS,
    WORK_VERBS,
)
from replies.text import Kind, Lexeme

_K = Kind
_SITE_REACH = 3
# Words that may sit between a verb and the word it governs: "went to 2 bars", "worked a double".
_BETWEEN = frozenset({_K.NUM, _K.ARTICLE, _K.COUPLE, _K.VAGUE, _K.FILLER, _K.APPROX, _K.OF, _K.HALF})
_ALCOHOL = frozenset({_K.BEV, _K.CONTAINER, _K.MEASURE})
_DRUG_TALK = frozenset({_K.TAKEVERB, _K.MG, _K.TABUNIT, _K.DRUGCLASS, _K.DRUG})
_HEADING_GLUE = frozenset({_K.COLON, _K.PAST, _K.FILLER, _K.APPROX, _K.OF})
_PLACE_PREPOSITIONS = frozenset({"at", "to", "from", "in", "by", "between", "al", "en", "del", "de", "a", "entre"})


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
        return lexeme.text in EVERYDAY_SLANG and (_is_a_place(lexemes, i) or _holds_something_else(lexemes, i))
    if lexeme.kind is _K.BEV:  # "wine o'clock": the hour for a drink, not one
        return i + 1 < len(lexemes) and lexemes[i + 1].text in ("o'clock", "oclock")
    if lexeme.kind is _K.CONTAINER:
        if lexeme.entry is CONTAINERS["shot"]:
            return _is_an_injection(lexemes, i) or _shot_the_breeze(lexemes, i)
        return lexeme.entry is CONTAINERS["double"] and _is_a_shift(lexemes, i)
    return False


def _holds_something_else(lexemes: list[Lexeme], i: int) -> bool:
    """ "2 bars of chocolate", "una barra de pan": a bar of something that is no drug."""
    return i + 2 < len(lexemes) and lexemes[i + 1].kind is _K.OF and lexemes[i + 2].kind is not _K.DRUG


def _shot_the_breeze(lexemes: list[Lexeme], i: int) -> bool:
    """ "shot the breeze with my neighbor", "shot 18 holes", "shot hoops", "shot skeet": a verb, not a shot poured."""
    following = [lexeme.text for lexeme in lexemes[i + 1 : i + 3]]
    return following in (["the", "breeze"], ["the", "bull"]) or bool(_SHOT_AT.intersection(following))


_SHOT_AT = frozenset({"holes", "hoops", "skeet", "pool", "baskets", "par", "birdie", "clays", "targets"})


def _is_an_injection(lexemes: list[Lexeme], i: int) -> bool:
    """ "flu shot", "b12 shot", "a shot in the arm", "shot of insulin", or a shot beside a vaccine that pours no
    drink ("me pusieron la vacuna, un shot en el brazo"); "vaccine today, then 2 shots of tequila" is still two."""
    before = [lexeme.text for lexeme in lexemes[max(0, i - 2) : i]]
    if before and before[-1] in INJECTION_KINDS:
        return True
    if len(before) == 2 and before[0] in INJECTION_KINDS and lexemes[i - 1].kind is _K.NUM:  # "b12 shot"
        return True
    if _injects_something(lexemes, i):  # "shot of insulin", "un shot de b12", "shot de la vacuna"
        return True
    following = lexemes[i + 1 : i + 1 + _SITE_REACH]
    for lexeme in following:
        if lexeme.kind in (_K.SEP, _K.QMARK, _K.BEV, _K.COLOR):
            break
        if lexeme.text in INJECTION_SITES:
            return True
    pours_a_drink = any(lexeme.kind in (_K.BEV, _K.COLOR) for lexeme in following)
    return not pours_a_drink and any(lexeme.text in INJECTION_CONTEXT for lexeme in lexemes)


def _is_a_place(lexemes: list[Lexeme], i: int) -> bool:
    if i > 0 and lexemes[i - 1].text in PLACE_ADJECTIVES:
        return True
    verb = _governing_word(lexemes, i)
    if verb is not None and (verb.text in VENUE_VERBS or verb.text in _PLACE_PREPOSITIONS):
        return True
    return _among_drinks_only(lexemes, i) and not _counted(lexemes, i)


def _among_drinks_only(lexemes: list[Lexeme], i: int) -> bool:
    drinks = any(lexeme.kind in _ALCOHOL for lexeme in lexemes)
    drugs = any(lexeme.kind in _DRUG_TALK for k, lexeme in enumerate(lexemes) if k != i)
    return drinks and not drugs


def _counted(lexemes: list[Lexeme], i: int) -> bool:
    """ "2 bars", "a couple bars", "half a bar": counted like tablets, a bar is the 2 mg Xanax the contract names."""
    return i > 0 and lexemes[i - 1].kind in (_K.NUM, _K.COUPLE, _K.HALF, _K.ARTICLE)


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


def _injects_something(lexemes: list[Lexeme], i: int) -> bool:
    """ "shot of b12", "un shot de vitamina", "shot de la vacuna": what a shot is "of" says whether it was poured."""
    k = i + 1
    if k < len(lexemes) and lexemes[k].kind is _K.OF:
        k += 1
    elif not lexemes[i].text.endswith((" of", " de")):
        return False
    while k < len(lexemes) and lexemes[k].kind is _K.ARTICLE:
        k += 1
    return k < len(lexemes) and (lexemes[k].text in INJECTION_KINDS or lexemes[k].text in INJECTION_CONTEXT)
