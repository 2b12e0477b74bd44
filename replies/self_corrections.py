"""A reply that corrects itself, read as corrected: "3 beers. wait no it was 2", "took a valium, sorry, it was an
ativan", "1 klonopin, no wait, none last night", "sorry, it was 3" (the last log).

What follows a correction marker (replies/keywords.py) either names a drink or drug, and then replaces what was
said of it; rules something out, and then takes it back; names a day, and then moves the report to it; puts what
was said on another day ("that was saturday"), and then takes it back; or is an amount alone (a count, a half, a
whole, the times taken), which takes the place of the amount it matches. A correction that gives an amount the
parser cannot place, or that leaves the patient unsure ("3 or 4, can't remember"), is asked about: a wrong figure
is never logged.
"""

import re
from collections.abc import Callable
from dataclasses import replace

from replies.intake.alcohol import AlcoholItem, total_drinks
from replies.intake.benzos import BenzoItem
from replies.intake.clarify import clarify_question, reply_language
from replies.intake.corrections import (
    amount_alone,
    gives_an_amount,
    moved_to_another_day,
    names_day,
    names_intake,
    replace_last_amount,
    spliced,
)
from replies.intake.lexer import lex_folded
from replies.intake.lexicon import Drug
from replies.intake.negation import ALCOHOL_KINDS, BENZO_KINDS
from replies.keywords import correction_rest, corrections_within
from replies.reasons import Reason
from replies.reply import Intent, ParsedReply
from replies.text import Kind, Lexeme

# Reads folded text as a reply to the same prompt, in the same language.
Read = Callable[[str], ParsedReply]
# A reply with more correction markers than this is read at its last few: each split costs two readings.
_MOST_SPLITS = 4

_DRINK_NAMES = (Kind.BEV, Kind.COLOR)  # "wine", "red"
_SWAPPABLE = frozenset({Kind.BEV, Kind.COLOR, Kind.DRUG})
_COUNTED = frozenset({Kind.NUM, Kind.CONTAINER, Kind.MG, Kind.TABUNIT, Kind.ARTICLE, Kind.HALF, Kind.COUPLE})


def corrected(parsed: ParsedReply, folded: str, read: Read, lang: str) -> ParsedReply | None:
    """`parsed` (the whole text read as one report) as its own corrections leave it, or None when it has none."""
    read = _once_each(read)
    splits = corrections_within(folded, lambda: reply_language(lex_folded(folded), lang) == "en")[:_MOST_SPLITS]
    for said, correction in splits:
        fixed = _corrected_within(said, correction, read, lang)
        if fixed is not None:
            return fixed
    if parsed.intent is Intent.REPORT and any(
        _said_an_amount(said, read) and gives_an_amount(fix) for said, fix in splits
    ):
        return ask_again(parsed, folded, lang, Reason("correction.unclear", folded.strip(), "which amount it corrects"))
    rest = correction_rest(folded)
    if rest is not None:
        fixed = read(rest)
        if fixed.intent is Intent.REPORT and not fixed.needs_clarification:
            return replace(fixed, correction=True, why=(Reason("correction", folded.strip()), *fixed.why))
    return None


_UNSURE = re.compile(
    r"\b(?:(?:idk|i\s+(?:don'?t|do\s+not)\s+know)(?!\s+(?:if\s+(?:that|it|this)\s+counts|why|what|how|when|where))|"
    r"i\s+(?:don'?t|do\s+not)\s+(?:remember|recall)|not\s+(?:sure|certain)|no\s+idea|can'?t\s+(?:remember|recall)|"
    r"maybe|or\s+(?:more|so)|no\s+me\s+acuerdo|no\s+recuerdo|no\s+estoy\s+segur[oa]|quizas?|tal\s+vez|a\s+lo\s+mejor|"
    r"o\s+mas|igual\s+fueron\s+mas|no\s+se(?=\s*(?:[,.!?]|$|cuant|si\b|bien|exact)))\b"
)
_CLAUSE = re.compile(r"[^.,;!?\n]+")
_AMOUNT_SAID = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a\s+couple|half|uno|una|dos|tres|cuatro|cinco|seis|"
    r"siete|ocho|nueve|diez|un\s+par|media|medio|whole|entera?)\b"
)
_FEW_WORDS = 2  # "honestly idk", "no me acuerdo bien": a doubt said on its own is about the amount beside it


def unsure(parsed: ParsedReply, folded: str, lang: str) -> ParsedReply | None:
    """A report that doubts its own amount ("3 beers, maybe 4? idk", "3 copas, no me acuerdo"), asked about rather
    than logged; None when `parsed` is no report with an amount, or doubts something else ("1 xanax, maybe i'll skip
    it tomorrow"). A report already asking is returned as it is."""
    if parsed.intent is not Intent.REPORT or (not parsed.alcohol_items and not parsed.benzos):
        return None
    doubt = _doubt(folded)
    if doubt is None:
        return None
    if parsed.needs_clarification:
        return parsed
    return ask_again(parsed, folded, lang, Reason("intake.unsure", doubt, "the patient is not sure: ask"))


def _doubt(folded: str) -> str | None:
    """The words of a doubt about an amount: in the clause that gives the amount, or in a clause of its own."""
    for clause in _CLAUSE.findall(folded):
        doubt = _UNSURE.search(clause)
        if doubt is None:
            continue
        rest = clause[: doubt.start()] + clause[doubt.end() :]
        if _AMOUNT_SAID.search(clause) is not None or len(rest.split()) <= _FEW_WORDS:
            return doubt.group()
    return None


def ask_again(parsed: ParsedReply, folded: str, lang: str, because: Reason) -> ParsedReply:
    """`parsed` with nothing logged and the amounts it spoke of asked about."""
    drug = parsed.benzos[0].drug if parsed.benzos else None
    drinks = bool(parsed.drinks) or bool(parsed.alcohol_items)
    language = reply_language(lex_folded(folded), lang)
    return replace(
        parsed,
        drinks=None,
        alcohol_items=(),
        benzos=None,
        needs_clarification=True,
        clarify=clarify_question(language, drinks or drug is None, False, drug),
        why=(because, *parsed.why),
    )


def _once_each(read: Read) -> Read:
    """`read`, reading each piece of the text once: the splits of one reply share their parts."""
    readings: dict[str, ParsedReply] = {}

    def once(part: str) -> ParsedReply:
        if part not in readings:
            readings[part] = read(part)
        return readings[part]

    return once


def _corrected_within(said: str, correction: str, read: Read, lang: str) -> ParsedReply | None:
    """The report `said` as `correction` leaves it; None when `said` is no report or the correction cannot be read."""
    first = read(said)
    if first.intent is not Intent.REPORT:
        return None
    because = Reason("correction.within", correction, "replaces what was said before it")
    moved = moved_to_another_day(correction)
    if moved is not None:  # "3 beers - no sorry that was saturday. last night none"
        return _moved_to_another_day(first, *moved, read, lang, because)
    lexemes = lex_folded(correction)
    if any(lexeme.kind in (Kind.VAGUE, Kind.BOUND) for lexeme in lexemes):  # "digo, unas cuantas", "more than that"
        return ask_again(first, said, lang, because)
    if (names_intake(lexemes) and not amount_alone(correction)) or _rules_out(correction, read):
        completed = _with_what_was_said(said, correction, lang)
        fix = read(completed)
        if fix.intent is not Intent.REPORT:
            return None
        # A none that names nothing and no one else ("no wait, none", "no lo tomé") takes back all that was said.
        takes_back_all = not names_intake(lex_folded(completed)) and not any(
            lexeme.kind is Kind.OTHER for lexeme in lexemes
        )
        return _merged(first, fix, completed, said, lang, because, takes_back_all)
    if first.needs_clarification:
        return None
    day = read(correction).day_offset if names_day(lexemes) else None
    if day is not None:  # "2 mimosas last night, sorry I mean this morning"
        return replace(first, day_offset=day, why=(because, *first.why))
    rewritten = replace_last_amount(said, correction)
    if rewritten is None:
        return None
    fixed = read(rewritten)
    if fixed.intent is not Intent.REPORT or fixed.needs_clarification:
        return None
    return replace(fixed, why=(because, *fixed.why))


def _moved_to_another_day(
    first: ParsedReply, named: str, rest: str, read: Read, lang: str, because: Reason
) -> ParsedReply | None:
    """`first` without what the correction put on another day (what it names, or all of it), and with what it says
    after that ("anoche solo 2"); asked about when nothing is left to log."""
    said = lex_folded(named)
    drugs = {lexeme.entry.generic for lexeme in said if lexeme.kind is Kind.DRUG and isinstance(lexeme.entry, Drug)}
    drinks_named = any(lexeme.kind in ALCOHOL_KINDS for lexeme in said)
    everything = not drugs and not drinks_named
    benzos = first.benzos
    if first.benzos is not None and (everything or drugs):
        benzos = None if everything else tuple(item for item in first.benzos if item.drug not in drugs)
    drinks, items = first.drinks, first.alcohol_items
    if everything or drinks_named:
        drinks, items = (None if everything else 0.0), ()
    kept = replace(first, drinks=drinks, alcohol_items=items, benzos=benzos, day_offset=None)
    if rest:
        fix = read(rest)
        if fix.intent is not Intent.REPORT:
            return None
        kept = replace(
            fix,
            drinks=fix.drinks if fix.drinks is not None else kept.drinks,
            alcohol_items=fix.alcohol_items or kept.alcohol_items,
            benzos=fix.benzos if fix.benzos is not None else kept.benzos,
        )
    if kept.drinks is None and kept.benzos is None:
        return ask_again(first, named or rest, lang, because)
    return replace(
        kept, why=(because, Reason("correction.another_day", named or "all of it", "not this report"), *kept.why)
    )


def _merged(
    first: ParsedReply, fix: ParsedReply, correction: str, said: str, lang: str, because: Reason, takes_back_all: bool
) -> ParsedReply | None:
    """`first` with what `fix` says in place of what it corrects. A part the fix leaves unclear keeps what was said;
    a none that names nothing ("no wait, none", "no lo tomé", "skipped it") takes back all that was said, and only
    that."""
    if takes_back_all:
        return replace(
            first,
            drinks=None if first.drinks is None else 0.0,
            alcohol_items=(),
            benzos=None if first.benzos is None else (),
            needs_clarification=False,
            clarify=None,
            why=(because, *first.why, *fix.why),
        )
    if first.needs_clarification and not _covers(first, fix):
        return None
    if fix.needs_clarification and fix.drinks != 0 and fix.benzos != ():
        return None
    drinks, items = first.drinks, first.alcohol_items
    if fix.alcohol_items and not fix.needs_clarification:
        corrected_items = _corrected_drinks(first.alcohol_items, fix.alcohol_items)
        if corrected_items is None:
            language = reply_language(lex_folded(said), lang)
            return replace(
                first,
                drinks=None,
                alcohol_items=(),
                needs_clarification=True,
                clarify=clarify_question(language, True, False, None),
                why=(because, Reason("correction.which_drink", correction, "which drink it corrects is asked")),
            )
        drinks, items = total_drinks(corrected_items), corrected_items
    elif fix.drinks == 0 and _names(correction, ALCOHOL_KINDS):
        drinks, items = 0.0, ()
    benzos = first.benzos
    if fix.benzos:
        benzos = _corrected_benzos(first.benzos, fix.benzos)
    elif fix.benzos == () and _names(correction, BENZO_KINDS):
        benzos = ()
    return replace(
        first,
        drinks=drinks,
        alcohol_items=items,
        benzos=benzos,
        day_offset=fix.day_offset if fix.day_offset is not None else first.day_offset,
        needs_clarification=False,
        clarify=None,
        review=first.review or fix.review,
        why=(because, *first.why, *fix.why),
    )


def _covers(first: ParsedReply, fix: ParsedReply) -> bool:
    """Whether a clear fix replaces all that was unclear in `first`: "took ativan, sorry, klonopin 1mg" names the
    drug and its dose where "took ativan" named no dose."""
    if fix.needs_clarification:
        return False
    unclear_drinks = bool(first.alcohol_items) and first.drinks is None
    unclear_benzos = first.benzos is not None and any(item.mg is None and item.tablets is None for item in first.benzos)
    return (not unclear_drinks or bool(fix.alcohol_items)) and (not unclear_benzos or bool(fix.benzos))


def _names(folded: str, kinds: frozenset[Kind]) -> bool:
    """Whether a correction names a drink or a drug of its own: a none about someone else's ("husband didn't have
    any") takes back nothing the patient said."""
    return any(lexeme.kind in kinds for lexeme in lex_folded(folded))


def _rules_out(correction: str, read: Read) -> bool:
    """ "none last night", "no lo tomé", "skipped it": a correction that takes back what was said, rather than an
    amount with a remark after it ("6. one of them was non alcoholic")."""
    if gives_an_amount(correction):
        return False
    fix = read(correction)
    return fix.intent is Intent.REPORT and (fix.drinks == 0 or fix.benzos == ())


def _said_an_amount(said: str, read: Read) -> bool:
    first = read(said)
    return first.intent is Intent.REPORT and (bool(first.alcohol_items) or bool(first.benzos))


def _with_what_was_said(said: str, correction: str, lang: str) -> str:
    """The correction completed by what it leaves to the report before it: a drink or drug named alone takes the
    place of the one said ("1 valium *ambien", "una botella de vino, perdón, de cerveza"); a container without its
    drink holds the drink said ("una botella de vino, bueno, media botella"); tablets or mg without their drug are
    of the drug said ("lorazepam 2mg, sorry I mean 2 tablets of 0.5")."""
    fix = lex_folded(correction)
    before = lex_folded(said)
    names = [lexeme for lexeme in fix if lexeme.kind in _SWAPPABLE and lexeme.text.isalpha()]  # not "🍺"
    if len(names) == 1 and not any(lexeme.kind in _COUNTED for lexeme in fix):
        same = [lexeme for lexeme in before if lexeme.kind in _kinds_like(names[0].kind)]
        if len(same) == 1:
            return said.replace(same[0].text, names[0].text, 1)
    container = next((lexeme.text for lexeme in fix if lexeme.kind is Kind.CONTAINER), None)
    if container is not None and not any(lexeme.kind in _DRINK_NAMES for lexeme in fix):
        resized = _resized(before, said, fix, container)
        if resized is not None:
            return resized
        drinks = {lexeme.text for lexeme in before if lexeme.kind in _DRINK_NAMES}
        if len(drinks) == 1:
            of = "de" if reply_language(fix, lang) == "es" else "of"
            return correction.replace(container, f"{container} {of} {drinks.pop()}", 1)
    pronoun = _TAKEN_IT.search(correction)
    if pronoun is not None and not any(lexeme.kind in (Kind.DRUG, Kind.DRUGCLASS) for lexeme in fix):
        drugs = {lexeme.text for lexeme in before if lexeme.kind is Kind.DRUG}
        if len(drugs) == 1:  # "took my ativan.. no wait, didnt take it": "it" is the ativan
            return spliced(correction, pronoun.span("it"), drugs.pop())
    unit = next((lexeme for lexeme in fix if lexeme.kind in (Kind.TABUNIT, Kind.MG)), None)
    if unit is not None and not any(lexeme.kind is Kind.DRUG for lexeme in fix):
        drugs = {lexeme.text for lexeme in before if lexeme.kind is Kind.DRUG}
        if len(drugs) == 1:  # "2 tablets of 0.5" or "5 mg" of the drug said: "2 lorazepam tablets", "5 mg valium"
            drug = drugs.pop()
            named = f"{drug} {unit.text}" if unit.kind is Kind.TABUNIT else f"{unit.text} {drug}"
            return correction.replace(unit.text, named, 1)
    return correction


# "didn't take it": the drug said before; Spanish says it before the verb ("no lo tomé"), a none that names nothing.
_TAKEN_IT = re.compile(r"\b(?:take|took|taken|taking)\s+(?P<it>it|them|that\s+one)\b")


def _resized(before: list[Lexeme], said: str, fix: list[Lexeme], container: str) -> str | None:
    """ "2 shots, doubles actually", "2 beers, well tall cans": a serving named without a count keeps the count said
    and takes the place of the one serving said, or serves the one drink said."""
    if any(lexeme.kind in _COUNTED_BY for lexeme in fix):
        return None
    counts = [lexeme for lexeme in before if lexeme.kind is Kind.NUM]
    servings = [lexeme for lexeme in before if lexeme.kind is Kind.CONTAINER]
    drinks = [lexeme for lexeme in before if lexeme.kind in _DRINK_NAMES]
    if len(counts) != 1 or len(servings) > 1 or len(drinks) > 1 or not (servings or drinks):
        return None
    if servings:
        return said.replace(servings[0].text, container, 1)
    return f"{counts[0].text} {container} of {drinks[0].text}"


_COUNTED_BY = frozenset({Kind.NUM, Kind.ARTICLE, Kind.HALF, Kind.COUPLE, Kind.VAGUE, Kind.MEASURE})


def _kinds_like(kind: Kind) -> tuple[Kind, ...]:
    return _DRINK_NAMES if kind in _DRINK_NAMES else (Kind.DRUG,)


def _corrected_drinks(said: tuple[AlcoholItem, ...], fix: tuple[AlcoholItem, ...]) -> tuple[AlcoholItem, ...] | None:
    """ "2 beers and a wine, actually 3 beers": a correction replaces the drinks of the kinds it names and keeps the
    others. When the report named several kinds and the correction a kind not among them ("a beer and a shot, no
    wait, wine"), which one it replaces is not known: None, and the drinks are asked."""
    if not fix:
        return said
    named = {item.beverage for item in said}
    corrected_kinds = {item.beverage for item in fix}
    if len(named) <= 1 or "alcohol" in corrected_kinds:
        return fix
    if not corrected_kinds <= named:
        return None
    return (*(item for item in said if item.beverage not in corrected_kinds), *fix)


def _corrected_benzos(said: tuple[BenzoItem, ...] | None, fix: tuple[BenzoItem, ...]) -> tuple[BenzoItem, ...]:
    """ "xanax 1mg and valium 5, sorry valium 10": a correction replaces the drugs it names and keeps the others;
    after one drug said, a drug named instead replaces it ("took a valium, sorry, it was an ativan")."""
    if not said or len({item.drug for item in said}) == 1:
        return fix
    corrected_drugs = {item.drug for item in fix}
    return (*(item for item in said if item.drug not in corrected_drugs), *fix)
