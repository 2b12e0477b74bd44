"""The conversation: one text from a patient in, what it changes, and the one answer out.

Carrier keywords come first (a STOP must always work), crisis and danger signs reach a human at once, a clear
report is logged and confirmed so the patient can catch a misreading, and an unclear one is asked about rather
than guessed: the answer to the question completes the log. The bot never gives dosing advice: every answer is a
clinic template, and none of them advises a dose.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
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
from replies import parse

# A clarifying question and a check-in both go stale: an answer much later is a new message, not a reply.
CLARIFICATION_WINDOW = timedelta(hours=24)
CHECKIN_WINDOW = timedelta(hours=18)
CORRECTION_WINDOW = timedelta(hours=48)
_OPT_IN_WORDS = frozenset({"yes", "y", "si", "sí"})
_CORRECTION = re.compile(
    r"\b(sorry|oops|correction|i meant|actually|make that|it was|it were|not \d+|"
    r"perd[oó]n|me equivoqu[eé]|en realidad|quise decir|corrijo|fueron|era)\b",
    re.IGNORECASE,
)


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
        text = self.record.body
        if self.patient.opted_out_at and text.strip().lower().strip("!.") in _OPT_IN_WORDS:
            return self._opt_in(None)
        prompt = self._prompt()
        parsed = parse(text, prompt, self.patient.language).as_json()
        self.record.parsed, self.record.intent = parsed, parsed["intent"]
        if parsed["intent"] in ("report", "unknown") and _CORRECTION.search(text):
            corrected = self._correction(_CORRECTION.sub(" ", text), prompt)
            if corrected is not None:
                return corrected
        handler = {
            "stop": self._stop,
            "start": self._opt_in,
            "help": self._help,
            "crisis": self._crisis,
            "symptom": self._symptom,
            "question": self._question,
            "report": self._report,
        }.get(parsed["intent"], self._unparsed)
        opted_out = self.patient.opted_out_at is not None
        answer = handler(parsed)
        if opted_out and parsed["intent"] not in ("crisis", "help", "start"):
            return Answer(None, answer.pages)  # the carrier blocks texts to an opted-out number anyway
        return answer

    def _say(self, kind: str, **variables: object) -> str:
        return compose_reply(kind, self.patient, self.clinic, self.overrides, **variables)

    def _stop(self, _parsed: dict[str, Any]) -> Answer:
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

    def _opt_in(self, _parsed: dict[str, Any] | None) -> Answer:
        self.record.intent = "start"
        if self.patient.opted_out_at is None:
            return Answer(self._say("opt_in"))
        self.patient.opted_out_at = None
        replan(self.session, self.patient, self.now)
        return Answer(self._say("opt_in"))

    def _help(self, _parsed: dict[str, Any]) -> Answer:
        return Answer(self._say("help"))

    def _crisis(self, _parsed: dict[str, Any]) -> Answer:
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

    def _symptom(self, _parsed: dict[str, Any]) -> Answer:
        self._alert(AlertKind.SYMPTOM)
        return Answer(self._say("symptom"))

    def _question(self, _parsed: dict[str, Any]) -> Answer:
        self._alert(AlertKind.QUESTION)
        return Answer(self._say("acknowledgement"))

    def _unparsed(self, _parsed: dict[str, Any]) -> Answer:
        self._alert(AlertKind.UNPARSED)
        return Answer(self._say("acknowledgement"))

    def _alert(self, kind: AlertKind) -> None:
        raise_alert(
            self.session,
            self.patient,
            kind,
            f'The patient wrote: "{self.record.body}"',
            inbound_message=self.record,
        )

    def _report(self, parsed: dict[str, Any]) -> Answer:
        first_day = (self.pending.parsed or {}).get("day") if self.pending is not None else None
        if self.pending is not None:
            parsed = _completed(self.pending.parsed or {}, parsed)
        day = date.fromisoformat(first_day) if first_day else self._day(parsed)
        self.record.parsed = {**parsed, "day": day.isoformat()}
        if parsed["needs_clarification"]:
            return Answer(parsed["clarify"])
        self._log(parsed, day)
        return Answer(self._confirmation(parsed, day))

    def _log(self, parsed: dict[str, Any], day: date) -> None:
        common = {
            "clinic_id": self.clinic.id,
            "patient_id": self.patient.id,
            "day": day,
            "inbound_message": self.record,
            "received_at": self.now,
        }
        if parsed["drinks"] is not None:
            self.session.add(IntakeReport(substance="alcohol", standard_drinks=parsed["drinks"], **common))
        for benzo in parsed["benzos"] or ():
            self.session.add(
                IntakeReport(
                    substance=benzo["drug"],
                    mg=benzo["mg"],
                    tablets=benzo["tablets"],
                    diazepam_eq_mg=benzo["diazepam_eq_mg"],
                    **common,
                )
            )

    def _correction(self, rest: str, prompt: str) -> Answer | None:
        """A patient's "sorry, it was 3" corrects their own last log, keeping what it said first. None when
        there is no recent log or the rest of the text is not a clear figure."""
        parsed = parse(rest, prompt, self.patient.language).as_json()
        if parsed["intent"] != "report" or parsed["needs_clarification"]:
            return None
        last = self.session.scalars(
            select(IntakeReport)
            .where(IntakeReport.patient_id == self.patient.id, IntakeReport.received_at >= self.now - CORRECTION_WINDOW)
            .order_by(IntakeReport.received_at.desc(), IntakeReport.id.desc())
        ).first()
        if last is None:
            return None
        rows = self.session.scalars(
            select(IntakeReport).where(IntakeReport.inbound_message_id == last.inbound_message_id)
        ).all()
        for row in rows:
            if row.substance == "alcohol" and parsed["drinks"] is not None:
                _amend(row, self.now, standard_drinks=parsed["drinks"])
            for benzo in parsed["benzos"] or ():
                if row.substance == benzo["drug"]:
                    _amend(
                        row, self.now, mg=benzo["mg"], tablets=benzo["tablets"], diazepam_eq_mg=benzo["diazepam_eq_mg"]
                    )
        self.record.intent = "report"
        self.record.parsed = {**parsed, "day": last.day.isoformat(), "corrects": last.inbound_message_id}
        return Answer(self._confirmation(parsed, last.day))

    def _confirmation(self, parsed: dict[str, Any], day: date) -> str:
        benzos = None
        if parsed["benzos"] is not None:
            benzos = [(b["drug"], b["mg"], b["tablets"]) for b in parsed["benzos"]]
        logged = describe_intake(parsed["drinks"], benzos, self.patient.language)
        return self._say("logged", logged=logged, day=short_date(day, self.patient.language))

    def _day(self, parsed: dict[str, Any]) -> date:
        """The local day a report is about: as the patient says it, else yesterday in answer to a check-in
        (which asks about yesterday), else today."""
        today = self.now.astimezone(self.zone).date()
        if parsed["day_offset"] is not None:
            return today + timedelta(days=parsed["day_offset"])
        checkin = self.session.scalar(
            _LAST_CHECKIN, {"patient_id": self.patient.id, "since": self.now - CHECKIN_WINDOW}
        )
        if checkin is not None:
            return checkin.astimezone(self.zone).date() - timedelta(days=1)
        return today

    def _pending_clarification(self) -> InboundMessage | None:
        """The patient's previous text, when it asked us nothing back but we asked it something."""
        previous = self.session.scalars(
            _PREVIOUS_TEXT,
            {"patient_id": self.patient.id, "since": self.now - CLARIFICATION_WINDOW},
        ).first()
        if previous is None or previous.intent != "report" or not (previous.parsed or {}).get("needs_clarification"):
            return None
        return previous

    def _prompt(self) -> str:
        """The question the patient is answering: the check-in, or what our clarifying question asked about."""
        if self.pending is None or not self.pending.parsed:
            return "checkin"
        if self.pending.parsed.get("benzos") is not None:
            return "alcohol"
        if self.pending.parsed.get("drinks") is not None:
            return "benzo"
        return "checkin"


def _completed(first: dict[str, Any], answer: dict[str, Any]) -> dict[str, Any]:
    """The clear part of the first reply, and the answer for what it left unclear."""
    drinks = first.get("drinks") if first.get("drinks") is not None else answer["drinks"]
    benzos = first.get("benzos") if first.get("benzos") is not None else answer["benzos"]
    unclear = answer["needs_clarification"] or (drinks is None and benzos is None)
    return {
        **answer,
        "drinks": drinks,
        "benzos": benzos,
        "day_offset": first.get("day_offset", answer["day_offset"]),
        "needs_clarification": unclear,
        "clarify": (answer["clarify"] or first.get("clarify")) if unclear else None,
    }


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
