""" "another" after a drink repeats it: "had 2 beers and another 1 later" is 3 beers, "una cerveza y otra en la cena"
2. The repeated amount names no drink of its own, so without this rule it is dropped and the first line alone is
logged, a silent wrong figure. A drink or a container after "another" is an item of its own ("another beer"), and
"another time" or "otra vez" is no amount at all; then nothing is repeated.
"""

from replies.intake.alcohol import AlcoholItem
from replies.intake.dose_times import times_listed
from replies.intake.lexicon import TIMES_OF_DAY
from replies.intake.numbers import REPEATERS
from replies.text import Kind, Lexeme, word_set

_K = Kind
# Drinks also repeat in the plural ("y otras 2"); a dose does not (repeats.py reads "otros" as no repeat).
_REPEATERS = REPEATERS | word_set("otras otros")
# What may follow the repeated amount: a time of day, a clause break, or nothing.
_AMOUNT_ENDS = frozenset({_K.SEP, _K.AND, _K.TIMEPREP, _K.DAY, _K.FILLER, _K.FUTURE, _K.PAST})
_NOT_AN_AMOUNT = word_set("time vez day dia week semana thing cosa one's")


def repeated_drink(lexemes: list[Lexeme], k: int, last: AlcoholItem | None) -> tuple[AlcoholItem, int] | None:
    """The drink repeated by the "another" at `k` and where its amount ends; None when `k` repeats nothing."""
    if last is None or last.quantity is None or not last.quantity or last.standard_drinks is None:
        return None
    if _a_count_at_another_time(lexemes, k):  # "2 beers at lunch, 2 at dinner", "una en la comida y dos en la cena"
        count = lexemes[k].value or 0.0
        per_drink = last.standard_drinks / last.quantity
        return AlcoholItem(count, last.unit, last.beverage, round(per_drink * count, 2)), k + 1
    if lexemes[k].text not in _REPEATERS or lexemes[k].kind is not _K.ARTICLE:  # not one set aside as filler
        return None
    count, end = 1.0, k + 1
    if end < len(lexemes) and lexemes[end].kind is _K.NUM and lexemes[end].form in ("int", "word"):
        count, end = lexemes[end].value or 0.0, end + 1
    if end < len(lexemes) and (lexemes[end].kind not in _AMOUNT_ENDS or lexemes[end].text in _NOT_AN_AMOUNT):
        return None
    per_drink = last.standard_drinks / last.quantity
    return AlcoholItem(count, last.unit, last.beverage, round(per_drink * count, 2)), end


def _a_count_at_another_time(lexemes: list[Lexeme], k: int) -> bool:
    """Whether `k` is a bare count with a time of day after it, and the drink just read had one too: "a beer at lunch
    and 2 more at dinner". A count with no time, or with nothing between it and the drink, is read as before."""
    lexeme = lexemes[k]
    if lexeme.kind is not _K.NUM or lexeme.form not in ("int", "word"):
        return False
    after = k + 1
    if after < len(lexemes) and lexemes[after].text in _MORE:
        after += 1
    if not times_listed(lexemes, after)[0]:
        return False
    before = k - 1
    timed = False
    while before >= 0 and lexemes[before].kind not in _DRINK:
        if lexemes[before].text in TIMES_OF_DAY:
            timed = True
        elif lexemes[before].kind not in _BETWEEN_TIMES and lexemes[before].text not in _AROUND_A_TIME:
            return False
        before -= 1
    return timed and before >= 0


_MORE = word_set("more mas")
_AROUND_A_TIME = word_set("al a at w with con por before after antes despues during durante around")
_DRINK = frozenset({_K.BEV, _K.CONTAINER, _K.COLOR, _K.MEASURE})
_BETWEEN_TIMES = frozenset({_K.AND, _K.SEP, _K.FILLER, _K.TIMEPREP, _K.OF, _K.ARTICLE})
