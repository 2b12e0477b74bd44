"""Numbers as patients write them, in English and Spanish: digits, words, halves, "a couple", "un par".

The form of a number matters as much as its value: "0.5 klonopin" is a dose in mg while "half a klonopin" and
"1/2 klonopin" are half a tablet, "2 valium" counts tablets, and "a few" is no number at all. So a quantity keeps
how it was written.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from replies.text import Kind, Lexeme
from replies.vocabulary import load, mapping, words

_NUMBERS = load("numbers")
WORD_NUMBERS: Mapping[str, float] = MappingProxyType(
    {word: float(value) for word, value in mapping(_NUMBERS["word_numbers"], "numbers.yaml word_numbers").items()}
)

# Each counts one, like "a", but only when a drink, a container or a drug follows it.
ARTICLES = words(_NUMBERS["articles"], "numbers.yaml articles")
HALVES = words(_NUMBERS["halves"], "numbers.yaml halves")

# Fractions a patient means as part of a tablet or a bottle; any other "a/b" is a date ("3/14").
# "another", "otro", "otra": one more of the drink or dose just named (repeats.py, drink_repeats.py).
REPEATERS = words(_NUMBERS["repeaters"], "numbers.yaml repeaters")
_FRACTIONS = {(1, 2): 0.5, (1, 4): 0.25, (3, 4): 0.75, (1, 3): 1 / 3, (2, 3): 2 / 3}
_LONGEST_AMOUNT = 7


def numeral(text: str) -> tuple[float, str] | None:
    """The value and form ("int", "dec", "frac") of a numeral token, or None when it is no amount: an "a/b" that
    is no fraction ("3/14", "2/0") or a number no reply means as one (a phone number, a run of digits)."""
    if len(text) > _LONGEST_AMOUNT:
        return None
    if "/" in text:
        top, _, bottom = text.partition("/")
        value = _FRACTIONS.get((int(top), int(bottom)))
        return None if value is None else (value, "frac")
    if "," in text:
        text = text.replace(",", ".")
    value = float(text)
    if "." in text and not value.is_integer():
        return value, "dec"
    return value, "int"


@dataclass(slots=True)
class Quantity:
    """How many, as written: `value` is None when the amount cannot be known ("a few", "2-3", "at least 4")."""

    value: float | None
    form: str
    start: int
    end: int


_SKIP_BEFORE = (Kind.APPROX, Kind.FILLER)


def read_quantity(lexemes: list[Lexeme], start: int) -> Quantity | None:
    """Read a quantity beginning at `start`: "2", "like 3", "one and a half", "a couple of", "half a", "2 or 3",
    "at least 4", "a few", "my". Returns None when no quantity starts there."""
    n = len(lexemes)
    i = start
    while i < n and lexemes[i].kind in _SKIP_BEFORE:
        i += 1
    if i >= n:
        return None
    lexeme = lexemes[i]
    kind = lexeme.kind
    if kind is Kind.BOUND:
        j = i + 1
        if j < n and lexemes[j].kind in (Kind.NUM, Kind.ARTICLE, Kind.COUPLE):
            return Quantity(None, "bound", start, j + 1)
        return None
    if kind is Kind.VAGUE:
        return Quantity(None, "vague", start, _skip_of(lexemes, i + 1))
    if kind is Kind.MY:
        return Quantity(1.0, "my", start, i + 1)
    if kind is Kind.COUPLE:
        return Quantity(2.0, "couple", start, _skip_of(lexemes, i + 1))
    if kind is Kind.HALF:
        return Quantity(_half(lexeme), "half", start, _after_half(lexemes, i + 1))
    if kind is Kind.ARTICLE:
        j = i + 1
        if j < n:
            following = lexemes[j].kind
            if following is Kind.COUPLE:
                return Quantity(2.0, "couple", start, _skip_of(lexemes, j + 1))
            if following is Kind.HALF:
                return Quantity(_half(lexemes[j]), "half", start, _after_half(lexemes, j + 1))
            if following is Kind.VAGUE:
                return Quantity(None, "vague", start, _skip_of(lexemes, j + 1))
            if following is Kind.NUM and lexemes[j].form == "word":
                return _number(lexemes, j, start)
        return Quantity(1.0, "article", start, j)
    if kind is Kind.NUM:
        return _number(lexemes, i, start)
    return None


def _half(lexeme: Lexeme) -> float:
    return lexeme.value if lexeme.value is not None else 0.5


def _number(lexemes: list[Lexeme], i: int, start: int) -> Quantity:
    """A number and what may follow it: "and a half", a range ("2-3", "2 or 3", "dos o tres"), "or more", "+"."""
    n = len(lexemes)
    lexeme = lexemes[i]
    value = lexeme.value if lexeme.value is not None else 0.0
    form = lexeme.form
    j = i + 1
    if j + 1 < n and lexemes[j].kind is Kind.AND:
        k = j + 1
        if lexemes[k].kind is Kind.ARTICLE and k + 1 < n and lexemes[k + 1].kind is Kind.HALF:
            return _tail(lexemes, value + 0.5, "compound", start, k + 2)
        if lexemes[k].kind is Kind.HALF:
            return _tail(lexemes, value + 0.5, "compound", start, k + 1)
    if j < n and lexemes[j].kind is Kind.NUM and lexemes[j].form == "frac" and form in ("int", "word"):
        return _tail(lexemes, value + (lexemes[j].value or 0.0), "compound", start, j + 1)
    return _tail(lexemes, value, form, start, j)


def _tail(lexemes: list[Lexeme], value: float, form: str, start: int, j: int) -> Quantity:
    n = len(lexemes)
    if j + 1 < n and lexemes[j].kind is Kind.OR:
        following = lexemes[j + 1]
        if following.kind is Kind.NUM or following.kind is Kind.BOUND:
            return Quantity(None, "range", start, j + 2)
        if following.kind is Kind.APPROX:  # "or so"
            return Quantity(value, form, start, j + 2)
    if j < n and lexemes[j].kind is Kind.BOUND and lexemes[j].text in ("+", "or more", "o mas", "plus"):
        return Quantity(None, "bound", start, j + 1)
    if j < n and lexemes[j].kind is Kind.APPROX and lexemes[j].text in ("ish", "or so"):
        j += 1
    return Quantity(value, form, start, _skip_of(lexemes, j))


def _skip_of(lexemes: list[Lexeme], j: int) -> int:
    """Skip the "of" in "a couple of", "a few of", "un par de"."""
    if j < len(lexemes) and lexemes[j].kind is Kind.OF:
        return j + 1
    return j


def _after_half(lexemes: list[Lexeme], j: int) -> int:
    """Skip "a", "an", "of a", "of" after "half": "half a bottle", "half of a xanax", "a half bottle"."""
    n = len(lexemes)
    if j < n and lexemes[j].kind is Kind.OF:
        j += 1
    if j < n and lexemes[j].kind is Kind.ARTICLE:
        j += 1
    return j


def tidy(value: float) -> int | float:
    """A whole number as an int ("quantity": 2), anything else rounded, as the contract's JSON shows them."""
    return int(value) if float(value).is_integer() else round(value, 4)
