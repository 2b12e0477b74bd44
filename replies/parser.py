"""`parse`: one patient text in, what it means out (CONTRACTS.md section 4). Pure: no clock, no database, no
network, no I/O, so the conversation, the CLI and the tests all get the same answer for the same text.

The order of the checks is the order of what matters: a crisis wins over everything, a danger sign over any
report, an opt-out or help keyword over chatter, and a question or a plan is never logged as intake.
"""

from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from replies.accounting import unaccounted, unread_clauses
from replies.intake.alcohol import AlcoholItem, total_drinks
from replies.intake.benzos import BenzoItem
from replies.intake.clarify import clarify_question, reply_language
from replies.intake.corrections import gives_an_amount, names_intake, replace_last_amount
from replies.intake.days import day_named
from replies.intake.lexer import lex_folded
from replies.intake.report import SLOTS, read_report
from replies.intake.writer import written_for_the_patient
from replies.keywords import correction_rest, corrections_within, is_yes, keyword_intent
from replies.questions import question_reason
from replies.reasons import Reason
from replies.safety.crisis import blank_figures_of_speech, crisis_reason
from replies.safety.risk import risk_in_question, risk_words, soft_risk
from replies.safety.spelling import repair_safety_words
from replies.safety.symptoms import symptom_words
from replies.text import Kind, Lexeme, normalise

PROMPTS = tuple(SLOTS)
LANGUAGES = ("en", "es")
# SMS bodies top out at 1,600 characters; a longer text is read in full for a crisis, but a report only this far.
_MAX_REPORT_CHARS = 4000
_DRINK_NAMES = (Kind.BEV, Kind.COLOR)  # "wine", "red"


class Intent(StrEnum):
    REPORT = "report"
    STOP = "stop"
    START = "start"
    HELP = "help"
    CRISIS = "crisis"
    SYMPTOM = "symptom"
    QUESTION = "question"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class ParsedReply:
    """What one reply means; `as_json` gives the contract's object, key for key.

    Beyond the contract: `correction` marks a report that corrects the patient's last one ("sorry, it was 3"),
    `yes` a text that is a plain yes (an opt-in only from a patient who opted out), `fallback` names the
    exception a bug of the parser's raised on this text, which then reads as `unknown` (or `crisis`), and `why`
    holds each named rule that decided, with the words it read (`taperline parse --why`).
    """

    text: str
    intent: Intent
    drinks: float | None = None
    alcohol_items: tuple[AlcoholItem, ...] = ()
    benzos: tuple[BenzoItem, ...] | None = None
    day_offset: int | None = None
    needs_clarification: bool = False
    clarify: str | None = None
    review: bool = False
    correction: bool = False
    yes: bool = False
    fallback: str | None = None
    why: tuple[Reason, ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "intent": self.intent.value,
            "drinks": self.drinks,
            "alcohol_items": [
                {
                    "quantity": item.quantity,
                    "unit": item.unit,
                    "beverage": item.beverage,
                    "standard_drinks": item.standard_drinks,
                }
                for item in self.alcohol_items
            ],
            "benzos": None
            if self.benzos is None
            else [
                {"drug": item.drug, "mg": item.mg, "tablets": item.tablets, "diazepam_eq_mg": item.diazepam_eq_mg}
                for item in self.benzos
            ],
            "day_offset": self.day_offset,
            "needs_clarification": self.needs_clarification,
            "clarify": self.clarify,
            "review": self.review,
        }


def parse(text: str, prompt: str = "checkin", lang: str = "en") -> ParsedReply:
    """Read one reply to `prompt` ("checkin", "alcohol" or "benzo") from a patient whose language is `lang`.

    Never raises on any text: a reply the parser cannot read, even through a bug of its own, comes back as
    `unknown` with `fallback` naming the exception, which the conversation logs and hands to a person, rather
    than losing a patient's message.
    """
    if prompt not in PROMPTS:
        raise ValueError(f"prompt must be one of {', '.join(PROMPTS)}, not {prompt!r}")
    if lang not in LANGUAGES:
        raise ValueError(f"lang must be one of {', '.join(LANGUAGES)}, not {lang!r}")
    text = text if isinstance(text, str) else ""
    try:
        return _parse(text, prompt, lang)
    except Exception as error:
        intent = Intent.CRISIS if _crisis_safely(text) else Intent.UNKNOWN
        return ParsedReply(text, intent, fallback=type(error).__name__)


def _crisis_safely(text: str) -> bool:
    try:
        safety = blank_figures_of_speech(repair_safety_words(normalise(text)))
        return crisis_reason(safety) is not None or soft_risk(safety) is not None
    except Exception:
        return False


def _parse(text: str, prompt: str, lang: str) -> ParsedReply:
    folded = normalise(text)
    if is_yes(folded):
        return ParsedReply(text, Intent.UNKNOWN, yes=True, why=(Reason("keyword.yes", folded.strip()),))
    parsed = _read(text, folded, prompt, lang)
    if parsed.intent not in (Intent.REPORT, Intent.UNKNOWN):
        return parsed
    splits = corrections_within(folded)
    for said, correction in splits:
        corrected = _corrected_within(text, said, correction, prompt, lang)
        if corrected is not None:
            return corrected
    if parsed.intent is Intent.REPORT and any(
        _said_an_amount(said, prompt, lang) and gives_an_amount(fix) for said, fix in splits
    ):
        return _ask_about_the_correction(parsed, folded, lang)
    rest = correction_rest(folded)
    if rest is not None:
        corrected = _read(text, rest, prompt, lang)
        if corrected.intent is Intent.REPORT and not corrected.needs_clarification:
            return replace(corrected, correction=True, why=(Reason("correction", folded.strip()), *corrected.why))
    return parsed


def _corrected_within(text: str, said: str, correction: str, prompt: str, lang: str) -> ParsedReply | None:
    """A report that corrects itself ("3 beers. wait no it was 2", "ativan 2mg, oops I mean 1mg"): a correction that
    names its drink or drug replaces what was said of that; a bare amount replaces the last amount said. None when
    the first part is no clear report, or the corrected one would not be."""
    first = _read(text, said, prompt, lang)
    if first.intent is not Intent.REPORT or first.needs_clarification:
        return None
    because = Reason("correction.within", correction, "replaces what was said before it")
    if names_intake(lex_folded(correction)):
        fix = _read(text, _with_the_drink_said(said, correction, lang), prompt, lang)
        if fix.intent is not Intent.REPORT or fix.needs_clarification:
            return None
        items = _corrected_drinks(first.alcohol_items, fix.alcohol_items)
        if items is None:
            return replace(
                first,
                drinks=None,
                alcohol_items=(),
                needs_clarification=True,
                clarify=clarify_question(reply_language(lex_folded(said), lang), True, False, None),
                why=(because, Reason("correction.which_drink", correction, "which drink it corrects is asked")),
            )
        benzos = _corrected_benzos(first.benzos, fix.benzos)
        return replace(
            first,
            drinks=first.drinks if items is first.alcohol_items else total_drinks(items),
            alcohol_items=items,
            benzos=benzos,
            review=first.review or fix.review,
            why=(because, *first.why, *fix.why),
        )
    rewritten = replace_last_amount(said, correction)
    if rewritten is None:
        return None
    fixed = _read(text, rewritten, prompt, lang)
    if fixed.intent is not Intent.REPORT or fixed.needs_clarification:
        return None
    return replace(fixed, why=(because, *fixed.why))


def _said_an_amount(said: str, prompt: str, lang: str) -> bool:
    first = _read(said, said, prompt, lang)
    return first.intent is Intent.REPORT and (bool(first.alcohol_items) or bool(first.benzos))


def _ask_about_the_correction(parsed: ParsedReply, folded: str, lang: str) -> ParsedReply:
    """ "1 klonopin 0.5, nope, 2 of them": which amount the correction replaces is not known, so nothing is logged
    and the amounts the reply spoke of are asked."""
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
        why=(Reason("correction.unclear", folded.strip(), "which amount it corrects is asked"), *parsed.why),
    )


def _with_the_drink_said(said: str, correction: str, lang: str) -> str:
    """ "una botella de vino, bueno, media botella": a correction that names a container but no drink means the
    drink said before it."""
    fix = lex_folded(correction)
    if any(lexeme.kind in _DRINK_NAMES for lexeme in fix) or not any(lexeme.kind is Kind.CONTAINER for lexeme in fix):
        return correction
    drinks = {lexeme.text for lexeme in lex_folded(said) if lexeme.kind in _DRINK_NAMES}
    if len(drinks) != 1:
        return correction
    of = "de" if reply_language(fix, lang) == "es" else "of"
    return f"{correction} {of} {drinks.pop()}"


def _corrected_drinks(said: tuple[AlcoholItem, ...], fix: tuple[AlcoholItem, ...]) -> tuple[AlcoholItem, ...] | None:
    """ "2 beers and a wine, actually 3 beers": a correction replaces the drinks of the kinds it names and keeps the
    others. When the report named several kinds and the correction a kind not among them ("a beer and a shot, no
    wait, wine"), which one it replaces is not known: None, and the drinks are asked."""
    if not fix:
        return said
    named = {item.beverage for item in said}
    corrected = {item.beverage for item in fix}
    if len(named) <= 1 or "alcohol" in corrected:
        return fix
    if not corrected <= named:
        return None
    return (*(item for item in said if item.beverage not in corrected), *fix)


def _corrected_benzos(
    said: tuple[BenzoItem, ...] | None, fix: tuple[BenzoItem, ...] | None
) -> tuple[BenzoItem, ...] | None:
    """ "xanax 1mg and valium 5, sorry valium 10": a correction replaces the drugs it names and keeps the others."""
    if fix is None or said is None or not fix:
        return said if fix is None else fix
    corrected = {item.drug for item in fix}
    return (*(item for item in said if item.drug not in corrected), *fix)


def _read(text: str, folded: str, prompt: str, lang: str) -> ParsedReply:
    if not folded.strip():
        return ParsedReply(text, Intent.UNKNOWN, why=(Reason("empty", ""),))
    repaired = repair_safety_words(folded)
    safety = blank_figures_of_speech(repaired)
    crisis = crisis_reason(safety)
    if crisis is not None:
        return ParsedReply(text, Intent.CRISIS, why=(crisis,))
    symptom = symptom_words(repaired)
    if symptom is not None:
        return ParsedReply(text, Intent.SYMPTOM, why=(Reason("symptom.sign", symptom),))
    keyword = keyword_intent(folded)
    if keyword is not None:
        risk = _not_a_farewell(soft_risk(safety) or risk_words(folded, beside_a_report=False))
        if risk is not None:  # "end it", "stop texting me, I'm not safe": crisis wins over an opt-out
            return ParsedReply(text, Intent.CRISIS, why=(Reason("crisis.risk_beside_keyword", risk),))
        return ParsedReply(text, Intent(keyword), why=(Reason(f"keyword.{keyword}", folded.strip()),))
    lexemes = lex_folded(folded[:_MAX_REPORT_CHARS])
    question = question_reason(folded, lexemes)
    if question is not None:
        risk = risk_in_question(safety, folded)
        if risk is not None:
            return ParsedReply(text, Intent.CRISIS, why=(Reason("crisis.own_death_asked", risk),))
        return ParsedReply(text, Intent.QUESTION, day_offset=_offset(day_named(lexemes)), why=(question,))
    writer = written_for_the_patient(folded)
    report = read_report(lexemes, prompt, for_the_patient=writer is not None)
    day = day_named(lexemes, report.first_intake)
    if not report.says_anything:
        risk = soft_risk(safety) or risk_words(folded, beside_a_report=False)
        if risk is not None:
            return ParsedReply(text, Intent.CRISIS, why=(Reason("crisis.risk_in_unread_text", risk),))
        return ParsedReply(text, Intent.UNKNOWN, day_offset=_offset(day), why=(Reason("unread", folded.strip()),))
    unread = unaccounted(lexemes)
    # What no rule read or used, and any text past what the report reader reads, is where an ending may hide.
    unused = " . ".join((*unread_clauses(lexemes), report.unused, folded[_MAX_REPORT_CHARS:]))
    own_death = soft_risk(safety) if unread else (soft_risk(safety) and _own_death_in(unused))
    risk = own_death or _not_a_figure(risk_words(unused, beside_a_report=True), safety)
    if risk is not None:  # a sentence about one's own ending beside a report
        return ParsedReply(text, Intent.CRISIS, why=(Reason("crisis.risk_beside_report", risk),))
    why = [*report.reasons]
    if writer is not None:
        why.insert(0, Reason("intake.written_for_the_patient", writer, "the intake named is the patient's"))
    if day is not None:
        why.append(Reason("day", day.text, "today" if day.value == 0 else "yesterday"))
    if unread:
        why.append(Reason("review.unread_words", " ".join(unread), "a person reads it"))
    clarify = None
    if report.needs_clarification:
        clarify = clarify_question(
            reply_language(lexemes, lang), report.drinks_unclear, report.benzo_unnamed, report.unclear_drug
        )
    return ParsedReply(
        text,
        Intent.REPORT,
        drinks=report.drinks,
        alcohol_items=tuple(report.alcohol_items),
        benzos=None if report.benzos is None else tuple(report.benzos),
        day_offset=_offset(day),
        needs_clarification=report.needs_clarification,
        clarify=clarify,
        review=bool(unread),
        why=tuple(why),
    )


_FAREWELLS = frozenset({"goodbye", "goodbyes", "good bye", "farewell", "bye"})


def _not_a_farewell(words: str | None) -> str | None:
    """Beside an opt-out, a plain goodbye is manners ("stop texting me, goodbye"): the opt-out must be honoured."""
    return None if words is None or words.strip() in _FAREWELLS else words


def _not_a_figure(words: str | None, safety: str) -> str | None:
    """Words of risk that a figure of speech did not take: "said goodbye to wine" is blanked in the safety text."""
    return words if words is not None and words in safety else None


def _own_death_in(unused: str) -> str | None:
    """`soft_risk` in the words no report rule used (the caller has found it in the whole safety text, where figures
    of speech are blanked with their context, emoji included); looked for first as written, and only then through
    typo repair and with figures of speech blanked."""
    if soft_risk(unused) is None:
        return None
    return soft_risk(blank_figures_of_speech(repair_safety_words(unused)))


def _offset(day: Lexeme | None) -> int | None:
    return None if day is None or day.value is None else int(day.value)
