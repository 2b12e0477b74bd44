"""A report that corrects itself: "3 beers. wait no it was 2", "ativan 2mg, oops I mean 1mg", "un clonazepam de 2...
corrijo, de 1 mg". What follows the correction either names its own drink or drug, and then replaces what was said
of it, or is an amount alone, which takes the place of the last amount said before it."""

import re

from replies.intake.lexer import lex_folded
from replies.intake.lexicon import DRUG_SPELLINGS
from replies.intake.negation import ALCOHOL_KINDS, BENZO_KINDS
from replies.intake.numbers import ARTICLES, SPOKEN_STARTS, WHOLES
from replies.text import Kind, Lexeme, alternation, raw_tokens

_NAMES = ALCOHOL_KINDS | BENZO_KINDS
# What names a drink or a drug; "drank", "non alcoholic" or "drunk" name none.
_NAMED = frozenset({Kind.BEV, Kind.COLOR, Kind.CONTAINER, Kind.MEASURE, Kind.DRUG, Kind.DRUGCLASS, Kind.TABUNIT})
_AMOUNT = frozenset({Kind.NUM, Kind.MG, Kind.HALF})
_DOSE_IN_MG = re.compile(r"\d+(?:\.\d+)?\s*(?:mg|milligrams?|miligramos?)\b")


_NAME = (
    rf"(?:{alternation(DRUG_SPELLINGS)}|beers?|cervezas?|chelas?|shots?|chupitos?|glass(?:es)?|copas?|cans?|latas?|"
    r"drinks?|tragos?|pills?|pastillas?|tabs?|tablets?)"
)
_COUNT_BEFORE_NAME = re.compile(rf"(?<![\d.])\b(?P<number>\d+)\s+(?:of\s+(?:my|the)\s+)?{_NAME}\b")
_STRENGTH_AFTER_DRUG = re.compile(
    rf"\b{alternation(DRUG_SPELLINGS)}\s+(?:de\s+)?(?P<number>\d+(?:\.\d+)?)\b(?!\s*(?:mg|x))"
)
_A_COUPLE = re.compile(r"\b(?:a\s+)?couple(?:\s+of)?\b|\bun\s+par(?:\s+de)?\b")
_AMOUNT_ALONE = _AMOUNT | {
    Kind.MULT,
    Kind.AND,
    Kind.ARTICLE,
    Kind.FILLER,
    Kind.OF,
    Kind.COLON,
    Kind.TAKEVERB,
    Kind.HAVEVERB,
    Kind.DRINKVERB,
}


_WEEKDAYS = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miercoles|jueves|viernes|sabado|domingo|"
    r"the\s+day\s+before(?:\s+yesterday)?|the\s+other\s+day|last\s+week(?:end)?|the\s+weekend|antier|anteayer|"
    r"antes\s+de\s+ayer|el\s+otro\s+dia|la\s+semana\s+pasada|el\s+fin\s+de\s+semana"
)
# A clause that puts what was said on another day: "that was saturday", "5 fueron el sábado", "eso fue el viernes".
_ANOTHER_DAY = re.compile(
    r"^\s*(?:(?:that|it|this|those|these|them|eso|esos|esas|esa|ese)\s+)?(?:was|were|(?:\d+\s+)?(?:fue|fueron|era|eran)\s+|"
    r"(?:that|it|this)\s+was\s+)?\s*(?:on\s+|el\s+|the\s+)?(?:" + _WEEKDAYS + r")(?:\s+(?:night|noche|pasado))?\s*$"
)
_CLAUSES = re.compile(r"[^.,;!]+")
_STOP = re.compile(r"\.(?!\d)")  # a full stop, not a decimal point


def moved_to_another_day(correction: str) -> tuple[str, str] | None:
    """ "xanax, that was tuesday" -> ("xanax", ""), "that was saturday. last night none" -> ("", "last night none"):
    what a correction puts on another day (nothing named: all that was said) and what it says after, or None when
    it moves nothing."""
    clauses = [clause.strip() for clause in _CLAUSES.findall(correction) if clause.strip()]
    for at, clause in enumerate(clauses):
        if _ANOTHER_DAY.match(clause):
            return " ".join(clauses[:at]), ". ".join(clauses[at + 1 :])
    return None


def _first_part(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "3, poured the last one down the sink": the amount a correction gives comes before its first stop."""
    end = next((i for i, lexeme in enumerate(lexemes) if lexeme.kind is Kind.SEP), len(lexemes))
    return lexemes[:end]


def names_intake(lexemes: list[Lexeme]) -> bool:
    """Whether a correction names a drink or a drug of its own, rather than giving an amount alone."""
    return any(lexeme.kind in _NAMED for lexeme in lexemes)


def names_day(lexemes: list[Lexeme]) -> bool:
    """Whether a correction moves the report to another day and says nothing else ("sorry I mean this morning")."""
    return any(lexeme.kind is Kind.DAY for lexeme in lexemes) and not any(
        lexeme.kind is Kind.NUM or lexeme.kind in _NAMES for lexeme in lexemes
    )


def gives_an_amount(correction: str) -> bool:
    """Whether a correction names a drink or drug or is an amount alone ("2 of them", "just once"), rather than
    chatter that happens to follow a marker ("it was 1 of those nights")."""
    return names_intake(lex_folded(correction)) or amount_alone(correction)


def amount_alone(correction: str) -> bool:
    """Whether a correction opens with an amount and nothing else before its first stop ("4. and a shot")."""
    first = _first_part(lex_folded(correction))
    return all(lexeme.kind in _AMOUNT_ALONE for lexeme in first) and any(
        lexeme.kind in (Kind.NUM, Kind.MULT, Kind.HALF) for lexeme in first
    )


_ONE = frozenset({"una", "uno", "un", "one"})  # "no, solo una": the article that counts one, as the whole amount
_HALF_SAID = re.compile(r"\b(?:half|a\s+half|media|medio|la\s+mitad\s+de)\b")
_NONE_BEFORE_NAME = re.compile(rf"\b(?:ninguna|ninguno|ningun|zero|cero|no)\s+{_NAME}\b")
_TIMES_SAID = re.compile(r"\bx\s*\d+\b|\b\d+\s*x\b|\btwice\b|\b(?:\d+|two|three|four)\s+times\b|\bdos\s+veces\b")


def replace_last_amount(said: str, correction: str) -> str | None:
    """`said` with the amount `correction` stands for replaced by it (`_with_the_amount` says which). None unless the
    correction opens with an amount alone ("2", "de 1 mg", not "1 of those nights" or "2 or 3") and it is clear
    which amount of `said` it replaces: when it is not, which one is meant is asked, not guessed."""
    lexemes = _first_part(lex_folded(correction))
    if any(lexeme.kind not in _AMOUNT_ALONE for lexeme in lexemes):
        return None
    rewritten = _whole_again(said, lexemes)
    if rewritten is None:
        kept = [i for i, lexeme in enumerate(lexemes) if lexeme.kind in _AMOUNT or lexeme.text in _ONE]
        if not kept or lexemes[kept[0]].kind is Kind.MG:
            return None
        amount = lexemes[kept[0] : kept[-1] + 1]  # "2", "1 mg", "3 and a half", "half", "una"
        new = "1" if len(amount) == 1 and amount[0].text in _ONE else " ".join(lexeme.text for lexeme in amount)
        strength = any(lexeme.kind is Kind.MG for lexeme in amount) or lexemes[0].kind is Kind.OF  # "perdón, de 5"
        rewritten = _with_the_amount(said, new, strength)
    if rewritten is None:
        return None
    stop = _STOP.search(correction)
    after = correction[stop.end() :].strip() if stop is not None else ""
    if after and gives_an_amount(after):  # "5 mg. and 1 glass of wine", "I mean 3. no benzos", "2. 0.5 each"
        return f"{rewritten}. {after}"
    return rewritten


def _whole_again(said: str, lexemes: list[Lexeme]) -> str | None:
    """ "medio rivotril de 2 mg... no, fue entero": a whole in place of the one half said."""
    if not any(lexeme.text in WHOLES for lexeme in lexemes):
        return None
    if any(lexeme.kind is Kind.NUM and lexeme.value != 1 for lexeme in lexemes):  # "a whole one", not "2 whole"
        return None
    halves = list(_HALF_SAID.finditer(said))
    return spliced(said, halves[0].span(), "1") if len(halves) == 1 else None


def _with_the_amount(said: str, new: str, strength: bool) -> str | None:
    """`said` with the one amount `new` can stand for replaced by it. A strength replaces the one dose said in mg
    ("1 valium 10mg, actually 5mg"); else the one number said; with several, a count the one count before a drink
    or drug ("2 klonopin 0.5, actually 3") and a strength the one strength after a drug ("temazepam 30, sorry
    15mg"); with none, "a couple" or the one article that counts one ("una copa"). None when which is not clear."""
    if strength:
        in_mg = list(_DOSE_IN_MG.finditer(said))
        if len(in_mg) == 1:
            return spliced(said, in_mg[0].span(), new)
    said_lexemes = lex_folded(said)
    numbers = [lexeme for lexeme in said_lexemes if lexeme.kind is Kind.NUM]
    if len(numbers) > 1:
        targets = list((_STRENGTH_AFTER_DRUG if strength else _COUNT_BEFORE_NAME).finditer(said))
        if len(targets) == 1:
            return spliced(said, targets[0].span("number"), new)
        times = list(_TIMES_SAID.finditer(said))  # "valium 5mg x2, no just one": the times taken
        return spliced(said, times[0].span(), f"x {new}") if len(times) == 1 and not strength else None
    if not numbers:
        for found in (_A_COUPLE, _NONE_BEFORE_NAME):  # "a couple", "ninguna cerveza... bueno sí, una"
            spans = [match.span() for match in found.finditer(said)]
            if len(spans) == 1:
                start, end = spans[0]
                return spliced(said, (start, said.index(" ", start) if found is _NONE_BEFORE_NAME else end), new)
        if len([lexeme for lexeme in said_lexemes if lexeme.kind is Kind.ARTICLE]) != 1:
            return None  # one number to replace, or else the one article that counts one ("una copa")
    position = _last_number(said, bool(numbers))
    if position is None:
        return None
    start, end = position
    rest = said[end:]
    if strength and rest.lstrip().startswith(("mg", "milligram", "miligramo")):
        rest = rest.lstrip().split(" ", 1)[1] if " " in rest.lstrip() else ""
    return f"{said[:start]}{new} {rest}".strip()


def spliced(said: str, span: tuple[int, int], new: str) -> str:
    """`said` with the text at `span` replaced by `new`."""
    return f"{said[: span[0]]}{new}{said[span[1] :]}"


def _last_number(said: str, numbers: bool) -> tuple[int, int] | None:
    """Where the last number said in `said` stands, as digits, a word or the article that counts one ("una copa")."""
    found = None
    position = 0
    for _, token in raw_tokens(said):
        at = said.find(token, position)
        position = at + len(token)
        if token[0].isdigit() or token in SPOKEN_STARTS or (not numbers and token in ARTICLES):
            found = (at, at + len(token))
    return found
