"""Doses taken at several times of a day add up: "klonopin 1mg am and pm" is 2 mg, "0.5mg xanax morning and night"
1 mg, "1mg klonopin am and 1mg pm" 2 mg, "1mg de clonazepam por la mañana y 1mg en la noche" 2 mg, "1 klonopin this
morning and 1 tonight" 2 tablets.

`mg` is the total taken (CONTRACTS.md section 4), so logging only the first of two doses would be a silent wrong
figure. Only times of one day join doses: "1mg yesterday and 1mg today" stays two amounts and is asked about.
"""

from replies.intake.benzos import Dose
from replies.intake.lexicon import TIMES_OF_DAY
from replies.text import Kind, Lexeme

_K = Kind
# Words around a time of day: "in the morning", "at night", "before bed", "por la mañana", "en la noche".
_AROUND_A_TIME = frozenset({_K.FILLER, _K.TIMEPREP, _K.OF})
_LIST_JOINS = frozenset({"/", ","})


def times_listed(lexemes: list[Lexeme], start: int, any_day: bool = False) -> tuple[int, int]:
    """How many times of day are listed from `start` ("am and pm", "in the morning and at night"), and where the
    list ends (`start` itself when none is); with `any_day`, other days ("last night") count too."""
    count = 0
    end = start
    k = start
    while k < len(lexemes):
        lexeme = lexemes[k]
        if _is_time_of_day(lexeme) or (any_day and lexeme.kind is _K.DAY):
            count += 1
            end = k + 1
        elif not (
            lexeme.kind in _AROUND_A_TIME
            or (
                lexeme.kind is _K.TIMEUNIT
                and lexeme.text[:1].isdigit()
                and k > 0
                and lexemes[k - 1].kind is _K.TIMEPREP
            )
            or (count and (lexeme.kind is _K.AND or (lexeme.kind is _K.SEP and lexeme.text in _LIST_JOINS)))
        ):
            break
        k += 1
    return count, end


def add_doses_by_time(lexemes: list[Lexeme], named: list[Dose], orphans: list[Dose], used: list[bool]) -> list[Dose]:
    """Count a named dose once per time of day listed after it ("klonopin 1mg am and pm"), add a bare count at a
    later time to it ("1 klonopin am and 1 pm"; `used` then marks that count as read), and add each amount with no
    drug that follows a named dose across a time of day to it ("1mg klonopin am and 1mg pm"); returns the amounts
    that are still nobody's."""
    for dose in named:
        count, _ = times_listed(lexemes, dose.end)
        if count > 1:
            dose.scale(count)
        _add_count_at_a_later_time(lexemes, dose, used)
    left: list[Dose] = []
    for orphan in orphans:
        earlier = [dose for dose in named if dose.end <= orphan.start]
        dose = earlier[-1] if earlier else None
        if (
            dose is not None
            and dose.mg is not None
            and orphan.mg is not None
            and _a_time_between(lexemes, dose, orphan)
        ):
            dose.add_mg(orphan.mg)
        else:
            left.append(orphan)
    return left


def _add_count_at_a_later_time(lexemes: list[Lexeme], dose: Dose, used: list[bool]) -> None:
    """ "1 klonopin in the morning and 1 at night": the second count is more tablets of the same. When it could be
    mg or tablets ("1mg klonopin am and 1 pm"), a clock time ("and 1 pm") or another day's ("1 last night and 1
    this morning"), the dose is asked about instead of logged short."""
    count, k = times_listed(lexemes, dose.end, any_day=True)
    while count and k < len(lexemes) and lexemes[k].kind in (_K.AND, _K.SEP, _K.FILLER):
        k += 1
    if not count or k >= len(lexemes) or used[k]:
        return
    in_mg = dose.tablets is None and dose.mg is not None and lexemes[k].kind is _K.NUM
    if not (in_mg or _a_count(lexemes[k])):
        return
    later, _ = times_listed(lexemes, k + 1, any_day=True)
    if not later:
        return
    used[k] = True
    value = lexemes[k].value
    same_day = times_listed(lexemes, dose.end)[0] == count and times_listed(lexemes, k + 1)[0] == later
    if value is not None and same_day and in_mg and dose.mg is not None:
        dose.add_mg(value)  # "xanax .5 in the am and .5 at night": the second amount repeats the drug and the unit
        return
    if value is None or dose.tablets is None or not same_day:
        dose.mark_unclear()
        return
    dose.add_tablets(value)


def _a_count(lexeme: Lexeme) -> bool:
    """A whole number, or one the lexer read as a clock time because "am" or "pm" follows it ("and 1 pm")."""
    if lexeme.kind is _K.NUM:
        return lexeme.form in ("int", "word")
    return lexeme.kind is _K.TIMEUNIT and lexeme.text.isdigit()


def _a_time_between(lexemes: list[Lexeme], dose: Dose, later: Dose) -> bool:
    count, end = times_listed(lexemes, dose.end)
    while end < later.start and lexemes[end].kind in (_K.AND, _K.SEP, _K.FILLER):
        end += 1
    return count > 0 and end == later.start


def _is_time_of_day(lexeme: Lexeme) -> bool:
    """A time of this day: "am", "at night", "por la mañana", "this morning", "tonight" (not "yesterday")."""
    if lexeme.kind is _K.DAY:
        return lexeme.value == 0
    return lexeme.text in TIMES_OF_DAY and lexeme.kind is not _K.FUTURE
