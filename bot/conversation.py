"""The conversation: one text from a patient in, what it changes, and the one answer out.

Carrier keywords come first (a STOP must always work), crisis and danger signs reach a human at once, a clear
report is logged and confirmed so the patient can catch a misreading, and an unclear one is asked about rather
than guessed: the answer to the question completes the log. A report with words the parser could not account for
is logged too, but also put before a person, and never answered by the machine alone. The bot never gives dosing
advice: every answer is a clinic template, and none of them advises a dose.
"""

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session, joinedload

from bot.alerts import raise_alert
from bot.compose import clinic_overrides, compose_reply
from bot.models import AlertKind, Clinic, InboundMessage, IntakeReport, OutboundMessage, OutboxStatus, Patient
from bot.outbox import replan
from bot.recipients import opt_out
from messages.catalog import default_template, template_for
from messages.dates import short_date
from messages.intake import describe_intake
from messages.render import render
from replies import AlcoholItem, BenzoItem, Intent, ParsedReply, parse

# A clarifying question and a check-in both go stale: an answer much later is a new message, not a reply.
CLARIFICATION_WINDOW = timedelta(hours=24)
CHECKIN_WINDOW = timedelta(hours=18)
CORRECTION_WINDOW = timedelta(hours=48)
# Whatever else an opted-out patient texts goes unanswered (the carrier would block it), but not these.
_ANSWERED_WHEN_OPTED_OUT = frozenset({Intent.CRISIS, Intent.HELP, Intent.START})

log = logging.getLogger("taperline.conversation")


# Statements built once: building one costs more than running it, and these run for every text received.
_PATIENTS_BY_PHONE = (
    select(Patient)
    .where(Patient.phone == bindparam("phone"))
    .options(joinedload(Patient.clinic))
    .order_by(Patient.enrolled_at.desc())
)
_PREVIOUS_TEXT = (
    select(InboundMessage)
    .where(
        InboundMessage.patient_id == bindparam("patient_id"),
        InboundMessage.received_at >= bindparam("since"),
    )
    .order_by(InboundMessage.received_at.desc(), InboundMessage.id.desc())
    .limit(1)
)
_LAST_CHECKIN = (
    select(OutboundMessage.sent_at)
    .where(
        OutboundMessage.patient_id == bindparam("patient_id"),
        OutboundMessage.kind == "checkin",
        OutboundMessage.status.in_([OutboxStatus.SENT.value, OutboxStatus.DELIVERED.value]),
        OutboundMessage.sent_at >= bindparam("since"),
    )
    .order_by(OutboundMessage.sent_at.desc())
    .limit(1)
)
_LAST_LOG = (
    select(IntakeReport)
    .where(IntakeReport.patient_id == bindparam("patient_id"), IntakeReport.received_at >= bindparam("since"))
    .order_by(IntakeReport.received_at.desc(), IntakeReport.id.desc())
    .limit(1)
)
_LOG_OF_MESSAGE = select(IntakeReport).where(IntakeReport.inbound_message_id == bindparam("inbound_message_id"))


@dataclass(frozen=True)
class Inbound:
    message_sid: str
    from_phone: str
    to_phone: str
    body: str


@dataclass(frozen=True)
class Page:
    """A text to clinic staff (the on-call phone), sent after the patient has been answered."""

    clinic_id: int
    to: str
    body: str


@dataclass(frozen=True)
class Answer:
    reply: str | None
    pages: Sequence[Page] = field(default_factory=tuple)


def receive(session: Session, inbound: Inbound, now: datetime) -> Answer:
    """Everything one inbound text changes, in the caller's transaction.

    The turn reads first and writes only when the caller commits, in one flush: the text itself is not in the
    database while the turn reads it. A repeated MessageSid fails that flush on its unique constraint, so the
    caller rolls back and answers nothing; Twilio repeats a webhook too rarely to check for it first.
    """
    patient = _find_patient(session, inbound)
    record = InboundMessage(
        message_sid=inbound.message_sid,
        patient_id=patient.id if patient else None,
        from_phone=inbound.from_phone,
        to_phone=inbound.to_phone,
        body=inbound.body,
        received_at=now,
    )
    session.add(record)
    if patient is None:
        return Answer(render(default_template("unknown_sender", "en"), {}))
    with session.no_autoflush:
        return _Turn(session, patient, record, now).answer()


class _Turn:
    """One patient's one text: the state it needs, read once, and the handlers for each intent."""

    def __init__(self, session: Session, patient: Patient, record: InboundMessage, now: datetime) -> None:
        self.session = session
        self.patient = patient
        self.clinic: Clinic = patient.clinic
        self.record = record
        self.now = now
        self.zone = ZoneInfo(patient.timezone)
        self.overrides = clinic_overrides(session, self.clinic.id)
        self.pending = self._pending_clarification()

    def answer(self) -> Answer:
        parsed = parse(self.record.body, self._prompt(), self.patient.language)
        self.record.parsed, self.record.intent = parsed.as_json(), parsed.intent.value
        if parsed.fallback is not None:
            self._fell_back(parsed)
        if self.patient.opted_out_at is None:
            return self._handle(parsed)
        if parsed.yes:
            return self._opt_in()
        answer = self._handle(parsed)
        if parsed.intent in _ANSWERED_WHEN_OPTED_OUT:
            return answer
        return Answer(None, answer.pages)  # the carrier blocks texts to an opted-out number anyway

    def _handle(self, parsed: ParsedReply) -> Answer:
        match parsed.intent:
            case Intent.STOP:
                return self._stop()
            case Intent.START:
                return self._opt_in()
            case Intent.HELP:
                return Answer(self._say("help"))
            case Intent.CRISIS:
                return self._crisis()
            case Intent.SYMPTOM:
                self._alert(AlertKind.SYMPTOM)
                return Answer(self._say("symptom"))
            case Intent.QUESTION:
                self._alert(AlertKind.QUESTION)
                return Answer(self._say("acknowledgement"))
            case Intent.REPORT:
                return self._report(parsed)
            case _:  # unknown, and any intent this turn does not know yet: a person reads it
                if parsed.fallback is None:  # a fallback has raised its own alert
                    self._alert(AlertKind.UNPARSED)
                return Answer(self._say("acknowledgement"))

    def _say(self, kind: str, **variables: object) -> str:
        return compose_reply(kind, self.patient, self.clinic, self.overrides, **variables)

    def _fell_back(self, parsed: ParsedReply) -> None:
        """A bug of the parser's, caught by it: the text still reaches a person, and the log says which error on
        which message (never the text or the number)."""
        log.warning("parser fell back on inbound %s: %s", self.record.message_sid, parsed.fallback)
        self._alert(AlertKind.UNPARSED, f"The parser could not read this text ({parsed.fallback}).")

    def _stop(self) -> Answer:
        if self.patient.opted_out_at is not None:
            return Answer(None)
        opt_out(self.session, self.patient, self.now)
        raise_alert(
            self.session,
            self.patient,
            AlertKind.OPT_OUT,
            "Opted out by text; no more messages will be sent.",
            inbound_message=self.record,
        )
        return Answer(self._say("opt_out"))

    def _opt_in(self) -> Answer:
        self.record.intent = Intent.START.value
        if self.patient.opted_out_at is not None:
            self.patient.opted_out_at = None
            replan(self.session, self.patient, self.now)
        return Answer(self._say("opt_in"))

    def _crisis(self) -> Answer:
        self._alert(AlertKind.CRISIS)
        pages = []
        if self.clinic.on_call_phone:
            body = render(
                template_for("on_call_page", "en", self.overrides),  # for staff, in the clinic's wording
                {
                    "clinic": self.clinic.name,
                    "first_name": self.patient.name.split()[0],
                    "patient_phone": self.patient.phone,
                },
            )
            pages.append(Page(self.clinic.id, self.clinic.on_call_phone, body))
        return Answer(self._say("crisis"), pages)

    def _alert(self, kind: AlertKind, lead: str = "") -> None:
        raise_alert(
            self.session,
            self.patient,
            kind,
            f'{lead} The patient wrote: "{self.record.body}"'.lstrip(),
            inbound_message=self.record,
        )

    def _report(self, parsed: ParsedReply) -> Answer:
        if parsed.correction and (last := self._last_log()) is not None:
            return self._correct(parsed, last)
        day = None
        if self.pending is not None:
            parsed, day = _completed(self.pending.reply, parsed), self.pending.day
        day = day or self._day(parsed)
        self.record.parsed = {**parsed.as_json(), "day": day.isoformat()}
        if parsed.needs_clarification:
            return Answer(parsed.clarify)
        self._log(parsed, day)
        return self._logged(parsed, day)

    def _logged(self, parsed: ParsedReply, day: date) -> Answer:
        """The confirmation of what was logged; for a report with words the parser could not account for, also a
        person's attention, and the patient is told someone will get back to them."""
        confirmation = self._say(
            "logged", logged=_described(parsed, self.patient.language), day=short_date(day, self.patient.language)
        )
        if not parsed.review:
            return Answer(confirmation)
        if parsed.reads_like_a_crisis:
            self._alert(AlertKind.REVIEW, "Logged, but its wording reads somewhat like a crisis: please read it.")
        else:
            self._alert(AlertKind.REVIEW, "Logged, with words the parser could not account for.")
        return Answer(f"{self._say('acknowledgement')} {confirmation}")

    def _log(self, parsed: ParsedReply, day: date) -> None:
        common = {
            "clinic_id": self.clinic.id,
            "patient_id": self.patient.id,
            "day": day,
            "inbound_message": self.record,
            "received_at": self.now,
        }
        if parsed.drinks is not None:
            self.session.add(IntakeReport(substance="alcohol", standard_drinks=parsed.drinks, **common))
        for benzo in parsed.benzos or ():
            self.session.add(
                IntakeReport(
                    substance=benzo.drug,
                    mg=benzo.mg,
                    tablets=benzo.tablets,
                    diazepam_eq_mg=benzo.diazepam_eq_mg,
                    **common,
                )
            )

    def _last_log(self) -> IntakeReport | None:
        return self.session.scalars(
            _LAST_LOG, {"patient_id": self.patient.id, "since": self.now - CORRECTION_WINDOW}
        ).first()

    def _correct(self, parsed: ParsedReply, last: IntakeReport) -> Answer:
        """A patient's "sorry, it was 3" corrects their own last log, keeping what it said first."""
        rows = self.session.scalars(_LOG_OF_MESSAGE, {"inbound_message_id": last.inbound_message_id}).all()
        for row in rows:
            if row.substance == "alcohol" and parsed.drinks is not None:
                _amend(row, self.now, standard_drinks=parsed.drinks)
            for benzo in parsed.benzos or ():
                if row.substance == benzo.drug:
                    _amend(row, self.now, mg=benzo.mg, tablets=benzo.tablets, diazepam_eq_mg=benzo.diazepam_eq_mg)
        self.record.parsed = {**parsed.as_json(), "day": last.day.isoformat(), "corrects": last.inbound_message_id}
        return self._logged(parsed, last.day)

    def _day(self, parsed: ParsedReply) -> date:
        """The local day a report is about: as the patient says it, else yesterday in answer to a check-in
        (which asks about yesterday), else today."""
        today = self.now.astimezone(self.zone).date()
        if parsed.day_offset is not None:
            return today + timedelta(days=parsed.day_offset)
        checkin = self.session.scalar(
            _LAST_CHECKIN, {"patient_id": self.patient.id, "since": self.now - CHECKIN_WINDOW}
        )
        if checkin is not None:
            return checkin.astimezone(self.zone).date() - timedelta(days=1)
        return today

    def _pending_clarification(self) -> "_Pending | None":
        """The patient's previous text, when it asked us nothing back but we asked it something."""
        previous = self.session.scalars(
            _PREVIOUS_TEXT,
            {"patient_id": self.patient.id, "since": self.now - CLARIFICATION_WINDOW},
        ).first()
        if previous is None or previous.intent != Intent.REPORT.value or not previous.parsed:
            return None
        pending = _Pending.stored(previous.parsed)
        return pending if pending.reply.needs_clarification else None

    def _prompt(self) -> str:
        """The question the patient is answering: the check-in, or what our clarifying question asked about."""
        if self.pending is None:
            return "checkin"
        if self.pending.reply.benzos is not None:
            return "alcohol"
        if self.pending.reply.drinks is not None:
            return "benzo"
        return "checkin"


@dataclass(frozen=True)
class _Pending:
    """An earlier report that we asked about, read back from its stored JSON, and the day it was about."""

    reply: ParsedReply
    day: date | None

    @classmethod
    def stored(cls, data: dict[str, Any]) -> "_Pending":
        benzos = data.get("benzos")
        reply = ParsedReply(
            text=data.get("text", ""),
            intent=Intent(data.get("intent", Intent.REPORT.value)),
            drinks=data.get("drinks"),
            alcohol_items=tuple(AlcoholItem(**item) for item in data.get("alcohol_items") or ()),
            benzos=None if benzos is None else tuple(BenzoItem(**item) for item in benzos),
            day_offset=data.get("day_offset"),
            needs_clarification=bool(data.get("needs_clarification")),
            clarify=data.get("clarify"),
            review=bool(data.get("review")),
        )
        day = data.get("day")
        return cls(reply, date.fromisoformat(day) if day else None)


def _completed(first: ParsedReply, answer: ParsedReply) -> ParsedReply:
    """The clear part of the first reply, and the answer for what it left unclear."""
    drinks, items = (
        (first.drinks, first.alcohol_items) if first.drinks is not None else (answer.drinks, answer.alcohol_items)
    )
    benzos = first.benzos if first.benzos is not None else answer.benzos
    unclear = answer.needs_clarification or (drinks is None and benzos is None)
    return replace(
        answer,
        drinks=drinks,
        alcohol_items=items,
        benzos=benzos,
        day_offset=first.day_offset if first.day_offset is not None else answer.day_offset,
        needs_clarification=unclear,
        clarify=(answer.clarify or first.clarify) if unclear else None,
        review=first.review or answer.review,  # the first text's stray words were never put before anyone
    )


def _described(parsed: ParsedReply, language: str) -> str:
    benzos = None if parsed.benzos is None else [(b.drug, b.mg, b.tablets) for b in parsed.benzos]
    return describe_intake(parsed.drinks, benzos, language)


def _amend(row: IntakeReport, now: datetime, **values: float | None) -> None:
    if row.original is None:
        row.original = {name: getattr(row, name) for name in ("standard_drinks", "mg", "tablets", "diazepam_eq_mg")}
    for name, value in values.items():
        setattr(row, name, value)
    row.corrected_at = now


def _find_patient(session: Session, inbound: Inbound) -> Patient | None:
    """A number may belong to patients of two clinics; the clinic the text was sent to wins, then the newest."""
    patients = session.scalars(_PATIENTS_BY_PHONE, {"phone": inbound.from_phone}).all()
    addressed = [p for p in patients if inbound.to_phone in (p.clinic.twilio_from_number, p.clinic.phone)]
    return (addressed or patients or [None])[0]
