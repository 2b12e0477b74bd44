""" "another" and "otro"/"otra" after a named dose repeat its drug: "0.5 ativan in the am and another 0.5 at bedtime"
is 1 mg, "un clonazepam de 0.5 en la mañana y otro de 0.5 en la noche" 1 mg, "1 xanax and another at night" two
tablets.

The repeated amount names no drug of its own, so without this rule it is dropped and the first dose alone is logged,
a silent wrong figure. Its number is read in the unit the first dose was given in (mg after "0.5 ativan", tablets
after "1 xanax", a tablet's strength after "de"); when that cannot be told, the dose is asked about instead.
"""

from bot.replies.benzos import Dose
from bot.replies.lexicon import TIMES_OF_DAY
from bot.replies.text import Kind, Lexeme, word_set

_K = Kind
_REPEATERS = word_set("another otro otra")
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
        if lexeme.text not in _REPEATERS:
            continue
        dose = _dose_before(lexemes, named, k)
        if dose is None:
            continue
        orphan = next((item for item in left if item.start == k), None)
        if orphan is not None:
            left.remove(orphan)
            _add_mg(dose, orphan.mg)
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
            _add_mg(dose, (number or 0.0) * (lexemes[j + 1].value or 1.0))
            return j + 2
        if j + 1 < n and not _ends_amount(lexemes[j + 1]) and lexemes[j + 1].kind is not _K.TABUNIT:
            return None  # "another 2 beers"
        _add_number(dose, number, of_strength)
        return j + 1
    if j < n and not _ends_amount(lexemes[j]):
        return None
    _add_tablets(dose, 1.0)
    return j


def _ends_amount(lexeme: Lexeme) -> bool:
    return lexeme.kind in _AMOUNT_ENDS or lexeme.text in TIMES_OF_DAY


def _add_number(dose: Dose, number: float | None, of_strength: bool) -> None:
    if number is None:
        _unclear(dose)
    elif dose.tablets is None and dose.mg is not None:
        dose.mg += number  # "0.5 ativan ... another 0.5": mg, as the first was
    elif of_strength and dose.mg is not None:
        _add_tablet_of(dose, number)  # "un clonazepam de 0.5 ... otro de 0.5": one more tablet of that strength
    elif dose.tablets is not None and number.is_integer() and not of_strength:
        _add_tablets(dose, number)  # "1 xanax ... another 1"
    else:
        _unclear(dose)


def _add_tablets(dose: Dose, count: float) -> None:
    strength = _strength(dose)
    if dose.tablets is not None:
        dose.tablets += count
        if dose.mg is not None:
            dose.mg = None if strength is None else dose.mg + count * strength
    elif dose.mg is not None:
        dose.mg *= 2  # "0.5mg xanax and another at night": the same dose again
    else:
        _unclear(dose)


def _add_tablet_of(dose: Dose, strength: float) -> None:
    """One more tablet of `strength` mg; the count stays known only when it is as strong as the first."""
    same = strength == _strength(dose)
    dose.mg = (dose.mg or 0.0) + strength
    if dose.tablets is not None:
        dose.tablets = dose.tablets + 1 if same else None


def _add_mg(dose: Dose, mg: float | None) -> None:
    if mg is None or dose.mg is None:
        _unclear(dose)
        return
    strength = _strength(dose)
    dose.mg += mg
    if dose.tablets is not None:
        dose.tablets = None if strength is None else dose.tablets + mg / strength


def _strength(dose: Dose) -> float | None:
    if dose.mg is None or not dose.tablets:
        return None
    return dose.mg / dose.tablets


def _unclear(dose: Dose) -> None:
    dose.mg, dose.unclear = None, True
