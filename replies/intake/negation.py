"""What a reply rules out: "no drinks", "didn't take any pills", "Benzos: none", "sober", or everything at once
("none", "nothing", "no to both", "nada").

A negation reaches to the end of its clause (a comma, "but", "and", a full stop) and covers the drinks or drugs
named there. One that names nothing answers everything asked, but only when nothing else is in its clause:
"didn't sleep well" rules nothing out, and "not much" or "no more than 2" is an amount, not a none.
"""

from dataclasses import dataclass

from replies.text import Kind, Lexeme

_K = Kind
_BOUNDARIES = (_K.SEP, _K.QMARK, _K.AND)
_NEGATORS = frozenset({_K.NEG, _K.NEGVERB, _K.SOBER, _K.CLEAN, _K.FREE})
_POSITIVE_OPENERS = frozenset({"just", "only", "solo", "solamente", "nomas", "except", "but", "besides"})
_AMOUNT_STARTS = frozenset({_K.NUM, _K.ARTICLE, _K.COUPLE, _K.HALF, _K.MY})
# Verbs of having done something, which a "didn't" never governs (it takes the bare form: "didn't drink").
_DONE = frozenset({"took", "had", "drank", "popped", "swallowed", "bebi", "consumi"})
_ONE_AS_PRONOUN = frozenset({"one", "uno", "una"})
# What may trail "didn't have one" without making "one" a count: "tho", "today", "last night", "yet".
_AFTERTHOUGHTS = frozenset({_K.FILLER, _K.DAY, _K.PAST, _K.TIMEPREP, _K.TIMEUNIT})
_AFTERTHOUGHT_WORDS = frozenset({"tho", "though", "either", "tampoco"})
ALCOHOL_KINDS = frozenset({_K.BEV, _K.CONTAINER, _K.MEASURE, _K.DRINKVERB, _K.NONALC, _K.INTOX})
BENZO_KINDS = frozenset({_K.DRUG, _K.DRUGCLASS, _K.TABUNIT})
# Words that may sit in a clause that rules everything out: "I didn't have any today", "nothing at all".
_NEUTRAL = frozenset(
    {
        _K.FILLER, _K.NEG, _K.NEGVERB, _K.ANY, _K.BOTH, _K.DAY, _K.HAVEVERB, _K.TAKEVERB, _K.COLON, _K.MY,
        _K.ARTICLE, _K.OF, _K.OR, _K.TIMEPREP, _K.TIMEUNIT, _K.PAST, _K.SOBER, _K.CLEAN,
    }
)  # fmt: skip


@dataclass(slots=True)
class Negations:
    """`negated[i]` is true for each lexeme inside a negation's reach; the flags say what was ruled out."""

    negated: list[bool]
    alcohol: bool = False
    benzos: bool = False
    general: bool = False


def find_negations(lexemes: list[Lexeme]) -> Negations:
    found = Negations([False] * len(lexemes))
    if not any(lexeme.kind in _NEGATORS for lexeme in lexemes):
        return found
    start = 0
    for end in _clause_ends(lexemes):
        resume: int | None = start
        while resume is not None and resume < end:
            resume = _clause(lexemes, resume, end, found)
        start = end + 1
    return found


def _clause_ends(lexemes: list[Lexeme]) -> list[int]:
    ends = [i for i, lexeme in enumerate(lexemes) if lexeme.kind in _BOUNDARIES]
    ends.append(len(lexemes))
    return ends


def _clause(lexemes: list[Lexeme], start: int, end: int, found: Negations) -> int | None:
    """Read the negation of one clause; returns where the rest of the clause starts afresh ("no benzos | just 2
    beers"), or None when the clause is done."""
    for k in range(start, end):
        lexeme = lexemes[k]
        kind = lexeme.kind
        if kind is _K.SOBER:
            found.alcohol = True
            continue
        if kind is _K.FREE:
            _free(lexemes, start, k, found)
            continue
        if kind is _K.CLEAN:
            if _only(lexemes, start, end, _NEUTRAL):
                found.general = True
            continue
        if kind is _K.NEGVERB:
            if _negverb(lexemes, k, end, found):
                return None
            continue
        if kind is not _K.NEG or _only_that(lexemes, start, k, end):
            continue
        if lexeme.form == "det" and k + 1 < end and lexemes[k + 1].kind is _K.WORD:
            continue  # "no worries", "not bad": the "no" belongs to something else
        reach = _reach(lexemes, k, end)
        if any(lexemes[i].kind in (_K.BOUND, _K.VAGUE) for i in range(k + 1, reach)):
            return None  # "haven't had more than 2": an amount, not a none
        alcohol, benzos = _targets(lexemes, k + 1, reach)
        if alcohol or benzos:
            _mark(found, k + 1, reach, alcohol, benzos)
        else:
            label_alcohol, label_benzos = _targets(lexemes, start, k)
            if (label_alcohol or label_benzos) and _only(lexemes, start, k, ALCOHOL_KINDS | BENZO_KINDS | _NEUTRAL):
                _mark(found, start, k, label_alcohol, label_benzos)
                return None
            if _only(lexemes, k + 1, reach, _NEUTRAL):
                found.general = True
            elif _none_of_one(lexemes, k + 1, reach):
                _mark_what_one_stands_for(lexemes, k, reach, found)
        return reach if reach < end else None
    return None


def _only_that(lexemes: list[Lexeme], start: int, k: int, end: int) -> bool:
    """ "un vaso de vino nada más", "dos chelas no más": after what was had, "nada más" and "no más" mean "only"."""
    following = lexemes[k + 1].text if k + 1 < end else ""
    return following == "mas" and lexemes[k].text in ("nada", "no") and any(_targets(lexemes, start, k))


def _none_of_one(lexemes: list[Lexeme], start: int, end: int) -> bool:
    """ "haven't had one", "didn't have one", "no me tomé una": "one" is a pronoun for the drink or pill, so the
    clause is an explicit none rather than a count of one."""
    last = end - 1
    while last > start and (lexemes[last].kind in _AFTERTHOUGHTS or lexemes[last].text in _AFTERTHOUGHT_WORDS):
        last -= 1
    if last <= start or lexemes[last].kind is not _K.NUM or lexemes[last].text not in _ONE_AS_PRONOUN:
        return False
    if lexemes[last - 1].kind not in (_K.HAVEVERB, _K.TAKEVERB, _K.DRINKVERB):
        return False
    return _only(lexemes, start, last, _NEUTRAL | {_K.DRINKVERB})


def _mark_what_one_stands_for(lexemes: list[Lexeme], k: int, end: int, found: Negations) -> None:
    """Rule out what "one" refers back to ("dying for a glass of wine but I haven't had one"), or everything asked
    when nothing was named before it."""
    alcohol, benzos = _targets(lexemes, 0, k)
    for i in range(k + 1, end):
        found.negated[i] = True
    if alcohol or benzos:
        found.alcohol = found.alcohol or alcohol
        found.benzos = found.benzos or benzos
    else:
        found.general = True


def _reach(lexemes: list[Lexeme], k: int, end: int) -> int:
    """Where a negation at `k` stops. "just" and "only" start what was had ("no benzos just 2 beers"); "no" and
    "zero" cover the things they name, so a new amount after them starts afresh ("no drinks 1 xanax"), while
    "didn't" covers its whole clause ("haven't had a drink in 5 days")."""
    determiner = lexemes[k].form in ("det", "pron")
    seen_target = False
    for i in range(k + 1, end):
        lexeme = lexemes[i]
        if lexeme.text in _POSITIVE_OPENERS:
            return i
        if lexeme.kind in ALCOHOL_KINDS or lexeme.kind in BENZO_KINDS:
            seen_target = True
        elif determiner and seen_target and lexeme.kind in _AMOUNT_STARTS:
            return i
        elif seen_target and lexeme.text in _DONE and lexemes[i - 1].kind is not _K.OR:
            return i  # "didn't drink, took my xanax 0.25": what was done starts afresh
    return end


def _targets(lexemes: list[Lexeme], start: int, end: int) -> tuple[bool, bool]:
    alcohol = benzos = False
    for i in range(start, end):
        kind = lexemes[i].kind
        if kind in ALCOHOL_KINDS:
            alcohol = True
        elif kind in BENZO_KINDS:
            benzos = True
    return alcohol, benzos


def _mark(found: Negations, start: int, end: int, alcohol: bool, benzos: bool) -> None:
    for i in range(start, end):
        found.negated[i] = True
    found.alcohol = found.alcohol or alcohol
    found.benzos = found.benzos or benzos


def _only(lexemes: list[Lexeme], start: int, end: int, kinds: frozenset[Kind]) -> bool:
    return all(lexemes[i].kind in kinds for i in range(start, end))


def _negverb(lexemes: list[Lexeme], k: int, end: int, found: Negations) -> bool:
    """ "skipped my klonopin", "stopped drinking", "off the xanax": the next word that means something must be
    what was stopped; "took off work" stops nothing."""
    for i in range(k + 1, end):
        kind = lexemes[i].kind
        if kind in (_K.FILLER, _K.MY, _K.ARTICLE, _K.TAKEVERB, _K.HAVEVERB, _K.OF):
            continue
        if kind in ALCOHOL_KINDS or kind in BENZO_KINDS:
            alcohol, benzos = _targets(lexemes, i, min(end, i + 1))
            _mark(found, k + 1, i + 1, alcohol, benzos)
            return True
        return False
    return False


def _free(lexemes: list[Lexeme], start: int, k: int, found: Negations) -> None:
    """ "alcohol free", "benzo-free": the thing just before is ruled out."""
    for i in range(k - 1, max(start, k - 3) - 1, -1):
        kind = lexemes[i].kind
        if kind in ALCOHOL_KINDS or kind in BENZO_KINDS:
            alcohol, benzos = _targets(lexemes, i, i + 1)
            _mark(found, i, k, alcohol, benzos)
            return
