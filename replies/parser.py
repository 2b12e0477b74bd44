"""`parse`: one patient text in, what it means out (CONTRACTS.md section 4). Pure: no clock, no database, no
network, no I/O, so the conversation, the CLI and the tests all get the same answer for the same text.

The order of the checks is the order of what matters: a crisis wins over everything, a danger sign over any
report, an opt-out or help keyword over chatter, and a question or a plan is never logged as intake.
"""

from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from replies.accounting import unaccounted
from replies.intake.alcohol import AlcoholItem
from replies.intake.benzos import BenzoItem
from replies.intake.clarify import clarify_question, reply_language
from replies.intake.days import day_offset
from replies.intake.lexer import lex_folded
from replies.intake.report import SLOTS, read_report
from replies.intake.writer import written_for_the_patient
from replies.keywords import correction_rest, is_yes, keyword_intent
from replies.questions import is_question
from replies.safety.crisis import blank_figures_of_speech, is_crisis
from replies.safety.risk import soft_risk, soft_risk_in_question
from replies.safety.spelling import repair_safety_words
from replies.safety.symptoms import is_symptom
from replies.text import normalise

PROMPTS = tuple(SLOTS)
LANGUAGES = ("en", "es")
# SMS bodies top out at 1,600 characters; a longer text is read in full for a crisis but its report is not parsed.
_MAX_REPORT_CHARS = 4000


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
    `yes` a text that is a plain yes (an opt-in only from a patient who opted out), and `fallback` names the
    exception a bug of the parser's raised on this text, which then reads as `unknown` (or `crisis`).
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
        return is_crisis(safety) or soft_risk(safety)
    except Exception:
        return False


def _parse(text: str, prompt: str, lang: str) -> ParsedReply:
    folded = normalise(text)
    if is_yes(folded):
        return ParsedReply(text, Intent.UNKNOWN, yes=True)
    parsed = _read(text, folded, prompt, lang)
    rest = correction_rest(folded) if parsed.intent in (Intent.REPORT, Intent.UNKNOWN) else None
    if rest is not None:
        corrected = _read(text, rest, prompt, lang)
        if corrected.intent is Intent.REPORT and not corrected.needs_clarification:
            return replace(corrected, correction=True)
    return parsed


def _read(text: str, folded: str, prompt: str, lang: str) -> ParsedReply:
    if not folded.strip():
        return ParsedReply(text, Intent.UNKNOWN)
    repaired = repair_safety_words(folded)
    safety = blank_figures_of_speech(repaired)
    if is_crisis(safety):
        return ParsedReply(text, Intent.CRISIS)
    if is_symptom(repaired):
        return ParsedReply(text, Intent.SYMPTOM)
    keyword = keyword_intent(folded)
    if keyword is not None:
        return ParsedReply(text, Intent(keyword))
    lexemes = lex_folded(folded[:_MAX_REPORT_CHARS])
    if is_question(folded, lexemes):
        if soft_risk_in_question(safety, folded):
            return ParsedReply(text, Intent.CRISIS)
        return ParsedReply(text, Intent.QUESTION, day_offset=day_offset(lexemes))
    report = read_report(lexemes, prompt, for_the_patient=written_for_the_patient(folded))
    day = day_offset(lexemes, report.first_intake)
    if not report.says_anything:
        if soft_risk(safety):
            return ParsedReply(text, Intent.CRISIS)
        return ParsedReply(text, Intent.UNKNOWN, day_offset=day)
    review = bool(unaccounted(lexemes))
    if review and soft_risk(safety):
        return ParsedReply(text, Intent.CRISIS)  # a sentence about one's own death beside a report
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
        day_offset=day,
        needs_clarification=report.needs_clarification,
        clarify=clarify,
        review=review,
    )
