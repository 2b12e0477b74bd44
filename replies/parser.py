"""`parse`: one patient text in, what it means out (CONTRACTS.md section 4). Pure: no clock, no database, no
network, no I/O, so the conversation, the CLI and the tests all get the same answer for the same text.

The order of the checks is the order of what matters: a crisis wins over everything, a danger sign over any
report, an opt-out or help keyword over chatter, and a question or a plan is never logged as intake.
"""

from replies.accounting import unread
from replies.intake.clarify import clarify_question, reply_language
from replies.intake.days import day_named, days_together
from replies.intake.lexer import lex_folded
from replies.intake.report import SLOTS, read_report
from replies.intake.writer import written_for_the_patient
from replies.keywords import is_yes, keyword_intent
from replies.questions import question_reason
from replies.reasons import Reason
from replies.reply import READS_LIKE_A_CRISIS, Intent, ParsedReply
from replies.safety.crisis import blank_figures_of_speech, crisis_reason
from replies.safety.learned import (
    BESIDE_A_REPORT,
    UNREAD_TEXT,
    WORTH_A_LOOK,
    crisis_score,
    safety_text,
    weighing_words,
)
from replies.safety.risk import risk_in_question, risk_words, soft_risk
from replies.safety.spelling import repair_safety_words
from replies.safety.symptoms import symptom_words
from replies.self_corrections import ask_again, corrected, unsure
from replies.text import Lexeme, normalise

PROMPTS = tuple(SLOTS)
LANGUAGES = ("en", "es")
# SMS bodies top out at 1,600 characters; a longer text is read in full for a crisis, but a report only this far.
_MAX_REPORT_CHARS = 4000


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
        safety = safety_text(text)
        return crisis_reason(safety) is not None or soft_risk(safety) is not None
    except Exception:
        return False


def _parse(text: str, prompt: str, lang: str) -> ParsedReply:
    folded = normalise(text)
    if is_yes(folded):
        return ParsedReply(text, Intent.UNKNOWN, yes=True, why=(Reason("keyword.yes", folded.strip()),))
    parsed = _read(text, folded, prompt, lang)
    if parsed.intent is Intent.QUESTION and _only_a_mark(folded, prompt, lang):  # "3 beers, maybe 4? idk"
        plain = _read(text, folded, prompt, lang, questions=False)
        doubted = unsure(plain, folded, lang)
        if doubted is not None:
            return doubted
        fixed = corrected(plain, folded, lambda part: _read(text, part, prompt, lang, questions=False), lang)
        if fixed is not None:  # "6 shots?? no, 4 shots": the marks doubt what the correction then settles
            return fixed
    if parsed.intent not in (Intent.REPORT, Intent.UNKNOWN):
        return parsed
    doubted = unsure(parsed, folded, lang)
    if doubted is not None:
        return doubted
    fixed = corrected(parsed, folded, lambda part: _read(text, part, prompt, lang), lang)
    return parsed if fixed is None else unsure(fixed, folded, lang) or fixed


def _only_a_mark(folded: str, prompt: str, lang: str) -> bool:
    """Whether a question mark is all that makes `folded` a question: "maybe 4?" doubts an amount, where "can I have
    2 beers tonight? maybe?" asks leave."""
    plain = folded.replace("?", " ").replace("¿", " ")
    return question_reason(plain, lex_folded(plain[:_MAX_REPORT_CHARS])) is None


def _read(text: str, folded: str, prompt: str, lang: str, questions: bool = True) -> ParsedReply:
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
    question = question_reason(folded, lexemes) if questions else None
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
        learned = _learned_crisis(safety, UNREAD_TEXT)
        if learned is not None:
            return ParsedReply(text, Intent.CRISIS, why=(learned,))
        return ParsedReply(text, Intent.UNKNOWN, day_offset=_offset(day), why=(Reason("unread", folded.strip()),))
    unread_words, unread_clauses = unread(lexemes)
    if writer is not None:  # "wife here", "soy la hermana": the introduction was read
        unread_words = tuple(word for word in unread_words if word not in writer.split())
    # What no rule read or used, and any text past what the report reader reads, is where an ending may hide.
    unused = " . ".join((*unread_clauses, report.unused, folded[_MAX_REPORT_CHARS:]))
    own_death = soft_risk(safety) if unread_words else (soft_risk(safety) and _own_death_in(unused))
    risk = own_death or _not_a_figure(risk_words(unused, beside_a_report=True), safety)
    if risk is not None:  # a sentence about one's own ending beside a report
        return ParsedReply(text, Intent.CRISIS, why=(Reason("crisis.risk_beside_report", risk),))
    score = crisis_score(safety)
    if unread_words and score >= BESIDE_A_REPORT:
        return ParsedReply(text, Intent.CRISIS, why=(_learned_reason(safety, score),))
    amounts = report.alcohol_items or report.benzos
    span = days_together(lexemes, report.first_intake) if amounts and report.first_intake is not None else None
    if span is not None:  # "4 beers this week": no one day's amount, so the day's is asked
        return ask_again(
            ParsedReply(
                text,
                Intent.REPORT,
                drinks=report.drinks,
                alcohol_items=tuple(report.alcohol_items),
                benzos=None if report.benzos is None else tuple(report.benzos),
                why=tuple(report.reasons),
            ),
            folded,
            lang,
            Reason("intake.days_together", span.text, "an amount over several days: ask for the day's"),
        )
    # A report the rules read in full that still reads somewhat like a crisis goes before a person as well.
    second_look = score >= WORTH_A_LOOK
    why = [*report.reasons]
    if writer is not None:
        why.insert(0, Reason("intake.written_for_the_patient", writer, "the intake named is the patient's"))
    if day is not None:
        why.append(Reason("day", day.text, "today" if day.value == 0 else "yesterday"))
    if unread_words:
        why.append(Reason("review.unread_words", " ".join(unread_words), "a person reads it"))
    elif second_look:
        why.append(Reason(READS_LIKE_A_CRISIS, weighing_words(safety), f"{score:.3f}: a person reads it"))
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
        review=bool(unread_words) or second_look,
        why=tuple(why),
    )


def _learned_crisis(safety: str, threshold: float) -> Reason | None:
    """The learned second net (safety/learned.py), asked only of words the rules could not read."""
    score = crisis_score(safety)
    return _learned_reason(safety, score) if score >= threshold else None


def _learned_reason(safety: str, score: float) -> Reason:
    return Reason("crisis.learned", weighing_words(safety), f"reads as a crisis: {score:.3f}")


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
