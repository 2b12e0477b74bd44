"""Folding and tokenising a patient's text, shared by every rule that reads it.

Patients text in a hurry: capitals, missing accents, "2beers", "0.5mg", "x2", emoji. Everything downstream reads one
folded form (lower case, no accents, one kind of apostrophe) so that a rule is written once and holds for "Tomé",
"tome" and "TOMÉ" alike.
"""

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum, auto

from replies.shorthand import expand_shorthand

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'", "\u02bc": "'", "\u2044": "/"})

# A hyphen inside a word or between a digit and a word joins nothing we care about ("k-pins", "6-pack",
# "self-harm"); between two numbers it is a range ("2-3") and alone it is a label dash ("Drinks - 2").
_WORD_HYPHEN = re.compile(r"(?<=[a-z0-9])-(?=[a-z])|(?<=[a-z])-(?=[0-9])")

_TOKEN = re.compile(
    r"(?P<num>\d+/\d+|\d+,\d{1,2}(?!\d)|\d+(?:\.\d+)?|(?<![\w.])\.\d+)"
    r"|(?P<word>[a-z]+(?:'[a-z]+)*)"
    r"|(?P<emoji>[\U0001f37a\U0001f37b\U0001f377\U0001f378\U0001f379\U0001f943\U0001f942\U0001f37e\U0001f48a])"
    r"|(?P<punct>[?!.,;:\-+=~&/\n\u00bf\u00a1()])"
)


def fold(text: str) -> str:
    """Lower-case, strip accents and unify apostrophes, so rules need not spell every variant a phone produces."""
    lowered = text.translate(_APOSTROPHES).lower()
    if not lowered.isascii():
        decomposed = unicodedata.normalize("NFKD", lowered).replace("\u2044", "/")
        lowered = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _WORD_HYPHEN.sub(" ", lowered)


def normalise(text: str) -> str:
    """The one form every check reads: `fold`ed, then texting shorthand spelt out (`shorthand.expand_shorthand`)."""
    return expand_shorthand(fold(text))


class Kind(IntEnum):
    """What a token or phrase is to the parser; phrases ("white claw", "last night") become one lexeme. An IntEnum
    because the rules test kinds against sets at every word, and an int hashes far faster than an Enum."""

    NUM = auto()
    ARTICLE = auto()
    HALF = auto()
    COUPLE = auto()
    VAGUE = auto()
    APPROX = auto()
    BOUND = auto()
    AND = auto()
    OR = auto()
    OF = auto()
    FILLER = auto()
    SIZE = auto()
    MY = auto()
    SAME = auto()
    CONTAINER = auto()
    MEASURE = auto()
    BEV = auto()
    COLOR = auto()
    NONALC = auto()
    DRUG = auto()
    DRUGCLASS = auto()
    NONBENZO = auto()
    TABUNIT = auto()
    MG = auto()
    MULT = auto()
    NEG = auto()
    NEGVERB = auto()
    SOBER = auto()
    CLEAN = auto()
    FREE = auto()
    ANY = auto()
    BOTH = auto()
    DAY = auto()
    FUTURE = auto()
    PAST = auto()
    TIMEUNIT = auto()
    TIMEPREP = auto()
    DRINKVERB = auto()
    TAKEVERB = auto()
    HAVEVERB = auto()
    INTOX = auto()
    SEP = auto()
    COLON = auto()
    QMARK = auto()
    OTHER = auto()
    WORD = auto()


@dataclass(frozen=True, slots=True)
class Lexeme:
    """One token or phrase: its kind, its folded text, and what it stands for (a number, a drug, a container...).
    Frozen: the lexer caches lexemes across replies, so one changed in place would change every later reply."""

    kind: Kind
    text: str
    value: float | None = None
    form: str = ""
    entry: object = None
    plural: bool = False


def raw_tokens(folded: str) -> list[tuple[str, str]]:
    """(group, text) pairs in reading order; anything else (most emoji, symbols) is dropped as noise."""
    return [(match.lastgroup or "", match.group()) for match in _TOKEN.finditer(folded)]


def word_set(text: str) -> frozenset[str]:
    """A set of words written as one string, so long vocabularies stay readable."""
    return frozenset(text.split())


def alternation(phrases: Iterable[str]) -> str:
    """A non-capturing regex group matching any of `phrases` as whole words, longest first; spaces match any run."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(phrase).replace(r"\ ", r"\s+") for phrase in ordered) + ")"
