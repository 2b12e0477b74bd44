"""Numbers as patients write them, in English and Spanish: digits, words, halves, "a couple", "un par".

The form of a number matters as much as its value: "0.5 klonopin" is a dose in mg while "half a klonopin" and
"1/2 klonopin" are half a tablet, "2 valium" counts tablets, and "a few" is no number at all. So a quantity keeps
how it was written.
"""

from collections.abc import Mapping, Sequence
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
WHOLES = words(_NUMBERS["wholes"], "numbers.yaml wholes")
_FRACTIONS = {(1, 2): 0.5, (1, 4): 0.25, (3, 4): 0.75, (1, 3): 1 / 3, (2, 3): 2 / 3}
_LONGEST_AMOUNT = 7


_TENS = mapping(_NUMBERS["tens"], "numbers.yaml tens")
_HUNDREDS = mapping(_NUMBERS["hundreds"], "numbers.yaml hundreds")
_UNITS = {word: int(value) for word, value in WORD_NUMBERS.items() if value.is_integer() and 0 <= value <= 9}
_ARTICLE_UNITS = mapping(_NUMBERS["joined_units"], "numbers.yaml joined_units")
_JOINED_UNITS = {**{word: value for word, value in _UNITS.items() if value}, **_ARTICLE_UNITS}
_PREFIXED_TENS = {
    prefix + unit: tens + value
    for prefix, tens in mapping(_NUMBERS["tens_prefixes"], "numbers.yaml tens_prefixes").items()
    for unit, value in _JOINED_UNITS.items()
}
_JOINERS = words(_NUMBERS["number_joiners"], "numbers.yaml number_joiners")
_POINTS = words(_NUMBERS["decimal_points"], "numbers.yaml decimal_points")
_LEADING_POINTS = words(_NUMBERS["leading_decimal_points"], "numbers.yaml leading_decimal_points")
# Words a spoken number can begin with; the lexer tries `spoken_number` only on these and on digits.
SPOKEN_STARTS = frozenset({*WORD_NUMBERS, *_TENS, *_HUNDREDS, *_PREFIXED_TENS, *_ARTICLE_UNITS, *_LEADING_POINTS})


def spoken_number(words: Sequence[str], i: int) -> tuple[float, str, int] | None:
    """(value, form, words used) of a number said in words at `words[i]`: "twenty five", "treinta y dos", "one
    hundred and five", "veinticinco", "one point five" and "point five" (form "dec", as if written "1.5"),
    "2 point 5". None when nothing longer than one plain number word starts there: a lone "two" or "once" is the
    lexer's to read, with the phrases it begins ("two times")."""
    whole, j = _whole(words, i)
    if whole is None and words[i] not in _LEADING_POINTS:
        return None
    fraction, end = _decimals(words, j) if j < len(words) and words[j] in _POINTS else (None, j)
    if fraction is None:
        if whole is None or (j - i == 1 and (words[i] in WORD_NUMBERS or words[i].isdigit())):
            return None
        return float(whole), "word", j - i
    value = (whole or 0) + fraction
    return value, "word" if value.is_integer() else "dec", end - i


def _whole(words: Sequence[str], i: int) -> tuple[int | None, int]:
    """A whole number up to 999 said in words, or digits that a spoken decimal point follows ("2 point 5")."""
    n = len(words)
    word = words[i]
    if word.isdigit() and len(word) <= 3:
        return int(word), i + 1
    hundreds = None
    j = i
    if word in _HUNDREDS and word != "hundred":
        hundreds, j = int(_HUNDREDS[word]), i + 1
    elif word == "hundred":
        hundreds, j = 100, i + 1
    elif word in _UNITS and i + 1 < n and words[i + 1] == "hundred":
        hundreds, j = _UNITS[word] * 100, i + 2
    if hundreds is None:
        return _below_hundred(words, i)
    k = j + 1 if j + 1 < n and words[j] in _JOINERS else j
    rest, after = _below_hundred(words, k) if k < n else (None, k)
    return (hundreds, j) if rest is None else (hundreds + rest, after)


def _below_hundred(words: Sequence[str], i: int) -> tuple[int | None, int]:
    word = words[i]
    if word in _PREFIXED_TENS:
        return _PREFIXED_TENS[word], i + 1
    if word in _TENS:
        tens = int(_TENS[word])
        n = len(words)
        if i + 1 < n and words[i + 1] in _UNITS and _UNITS[words[i + 1]]:
            return tens + _UNITS[words[i + 1]], i + 2
        if i + 2 < n and words[i + 1] == "y":  # "treinta y dos"; "forty and 2 shots" is a 40 and two shots
            unit = words[i + 2]
            if unit in _JOINED_UNITS:
                return tens + int(_JOINED_UNITS[unit]), i + 3
            if len(unit) == 1 and unit in "123456789":  # "treinta y 3"
                return tens + int(unit), i + 3
        return tens, i + 1
    if word in _ARTICLE_UNITS and i + 1 < len(words) and words[i + 1] in _POINTS:
        return 1, i + 1  # "una punto cinco"
    value = WORD_NUMBERS.get(word)
    if value is None or not value.is_integer():
        return None, i
    return int(value), i + 1


def _decimals(words: Sequence[str], point: int) -> tuple[float | None, int]:
    """The part after a spoken decimal point: digits ("point 5"), a number ("point twenty five" = .25) or a run of
    digit words ("point two five" = .25)."""
    n = len(words)
    j = point + 1
    if j >= n:
        return None, point
    if words[j].isdigit():
        return int(words[j]) / 10 ** len(words[j]), j + 1
    if words[j] in _TENS or words[j] in _PREFIXED_TENS:
        value, end = _below_hundred(words, j)
        assert value is not None
        return value / 10 ** len(str(value)), end
    digits = ""
    while j < n and words[j] in _UNITS:
        digits += str(_UNITS[words[j]])
        j += 1
    return (int(digits) / 10 ** len(digits), j) if digits else (None, point)


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
    if kind is Kind.VAGUE:  # "some of a bottle", "parte de una botella": an unknown part of it
        return Quantity(None, "vague", start, _after_half(lexemes, i + 1))
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
            if following is Kind.AND and j + 1 < n and lexemes[j + 1].kind is Kind.HALF:  # "una y media"
                return Quantity(1.0 + _half(lexemes[j + 1]), "compound", start, j + 2)
            if following is Kind.VAGUE:
                return Quantity(None, "vague", start, _skip_of(lexemes, j + 1))
            if following is Kind.OR and j + 1 < n and lexemes[j + 1].kind is Kind.NUM:  # "una o dos copas"
                return Quantity(None, "range", start, j + 2)
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
    if form == "frac":  # "3/4 of a bottle", like "three quarters of a bottle"
        return Quantity(value, form, start, _after_half(lexemes, j))
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
    """Skip "a", "an", "of a", "of one", "of" after "half": "half a bottle", "half of a xanax", "a half bottle",
    "half of one klonopin" (the one is what was halved, not a count)."""
    n = len(lexemes)
    if j < n and lexemes[j].kind is Kind.OF:
        j += 1
        if j < n and lexemes[j].kind is Kind.NUM and lexemes[j].form == "word" and lexemes[j].value == 1:
            return j + 1
    if j < n and lexemes[j].kind is Kind.ARTICLE:
        j += 1
    return j


def _times_said(lexemes: list[Lexeme], j: int) -> bool:
    """Whether a word of times and its figure start at `j`: "twice", "x2", "times two"."""
    if lexemes[j].kind is not Kind.MULT:
        return False
    return lexemes[j].form == "value" or (j + 1 < len(lexemes) and lexemes[j + 1].kind is Kind.NUM)


def read_multiplier(lexemes: list[Lexeme], j: int) -> tuple[float | None, int]:
    """How many times over an amount was had, said after it: "twice", "x2", "x 2", "2x", "2 times", "dos veces", a
    comma before a word of times ("3 shots, twice")."""
    n = len(lexemes)
    if j + 1 < n and lexemes[j].text == "," and _times_said(lexemes, j + 1):
        j += 1  # "2 beers, twice", "lorazepam 0.5mg, twice", "a shot, times two"
    if j < n and lexemes[j].kind is Kind.MULT:
        if lexemes[j].form == "value":
            return lexemes[j].value, j + 1
        if j + 1 < n and lexemes[j + 1].kind is Kind.NUM:
            return lexemes[j + 1].value, j + 2
    if j + 1 < n and lexemes[j].kind is Kind.NUM and lexemes[j + 1].kind is Kind.MULT and lexemes[j + 1].form == "op":
        return lexemes[j].value, j + 2
    return None, j


def tidy(value: float) -> int | float:
    """A whole number as an int ("quantity": 2), anything else rounded, as the contract's JSON shows them."""
    return int(value) if float(value).is_integer() else round(value, 4)
