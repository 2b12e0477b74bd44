""" "another" and "otro"/"otra" after a named dose repeat its drug: "0.5 ativan in the am and another 0.5 at bedtime"
is 1 mg, "un clonazepam de 0.5 en la mañana y otro de 0.5 en la noche" 1 mg, "1 xanax and another at night" two
tablets.

The repeated amount names no drug of its own, so without this rule it is dropped and the first dose alone is logged,
a silent wrong figure. Its number is read in the unit the first dose was given in (mg after "0.5 ativan", tablets
after "1 xanax", a tablet's strength after "de"); when that cannot be told, the dose is asked about instead.
"""

from replies.intake.benzos import Dose
from replies.intake.lexicon import TIMES_OF_DAY
from replies.intake.numbers import REPEATERS
from replies.text import Kind, Lexeme

_K = Kind
# What may follow the repeated amount: a time of day, a clause break, or nothing. A drink or a drug is an item of its
# own ("another beer") and "otra vez" or "another time" is no amount at all.
_AMOUNT_ENDS = frozenset({_K.SEP, _K.AND, _K.TIMEPREP, _K.TIMEUNIT, _K.DAY, _K.FILLER, _K.QMARK, _K.COLON})
# What lies between the dose and "another" without starting a new item.
_BETWEEN = frozenset({_K.SEP, _K.AND, _K.TIMEPREP, _K.TIMEUNIT, _K.DAY, _K.FILLER, _K.WORD, _K.OF, _K.TAKEVERB})


def add_repeated_doses(lexemes: list[Lexeme], named: list[Dose], orphans: list[Dose], used: list[bool]) -> list[Dose]:
    """Add each "another ..." that follows a named dose to it, marking what was read in `used`; returns the orphan
    amounts that are still nobody's (an "another 0.5mg" read as an unnamed dose becomes the named one's)."""
    left = list(orphans)
    for k, lexeme in enumerate(lexemes):
        if lexeme.text not in REPEATERS:
            continue
        dose = _dose_before(lexemes, named, k)
        if dose is None:
            continue
        orphan = next((item for item in left if item.start == k), None)
        if orphan is not None:
            left.remove(orphan)
            dose.add_mg(orphan.mg)
            continue
        if used[k]:
            continue
        end = _add_amount(lexemes, dose, k + 1)
        if end is not None:
            used[k:end] = [True] * (end - k)
    return left


def _dose_before(lexemes: list[Lexeme], named: list[Dose], k: int) -> Dose | None:
    earlier = [dose for dose in named if dose.end <= k]
    if not earlier:
        return None
    dose = earlier[-1]
    if any(lexemes[j].kind not in _BETWEEN for j in range(dose.end, k)):
        return None
    return dose


def _add_amount(lexemes: list[Lexeme], dose: Dose, j: int) -> int | None:
    """Read what follows "another" at `j` into `dose`; returns where the amount ends, or None if it is not one."""
    n = len(lexemes)
    of_strength = j < n and lexemes[j].kind is _K.OF
    if of_strength:
        j += 1
    if j < n and lexemes[j].kind is _K.NUM and lexemes[j].form == "word" and lexemes[j].value == 1:
        j += 1  # "another one": one more of the same
    elif j < n and lexemes[j].kind is _K.NUM:
        number = lexemes[j].value
        if j + 1 < n and lexemes[j + 1].kind is _K.MG:
            dose.add_mg((number or 0.0) * (lexemes[j + 1].value or 1.0))
            return j + 2
        if j + 1 < n and not _ends_amount(lexemes[j + 1]) and lexemes[j + 1].kind is not _K.TABUNIT:
            return None  # "another 2 beers"
        _add_number(dose, number, of_strength)
        return j + 1
    if j < n and not _ends_amount(lexemes[j]):
        return None
    dose.add_tablets(1.0)
    return j


def _ends_amount(lexeme: Lexeme) -> bool:
    return lexeme.kind in _AMOUNT_ENDS or lexeme.text in TIMES_OF_DAY


def _add_number(dose: Dose, number: float | None, of_strength: bool) -> None:
    if number is None:
        dose.mark_unclear()
    elif dose.tablets is None and dose.mg is not None:
        dose.mg += number  # "0.5 ativan ... another 0.5": mg, as the first was
    elif of_strength and dose.mg is not None:
        dose.add_tablet_of(number)  # "un clonazepam de 0.5 ... otro de 0.5": one more tablet of that strength
    elif dose.tablets is not None and number.is_integer() and not of_strength:
        dose.add_tablets(number)  # "1 xanax ... another 1"
    else:
        dose.mark_unclear()
