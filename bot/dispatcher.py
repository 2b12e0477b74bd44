"""The dispatcher: sends what is due in the outbox, at most once per row.

A pass claims due rows with one atomic statement and a lease, so any number of workers can share one PostgreSQL;
each claimed row is then checked again at send time (opt-out, a moment already gone, quiet hours), rendered,
sent and recorded before the next. A row that stays claimed after its lease ran out was perhaps sent, perhaps
not: it is reported, never resent blindly.
"""

import logging
import threading
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session, joinedload

from bot.alerts import raise_alert
from bot.compose import Overrides, clinic_overrides, compose
from bot.db import session_scope, utcnow
from bot.errors import TaperlineError
from bot.models import AlertKind, AppointmentStatus, Clinic, OutboundMessage, OutboxStatus, Patient
from bot.outbox import cadence_for
from bot.ratelimit import RateLimiter
from bot.recipients import refuse_number
from bot.senders import sender_for
from bot.settings import Settings
from bot.transports import RECIPIENT_CODES, SendError, SmsTransport, status_callback_url
from messages.catalog import UnknownTemplate
from messages.render import TemplateProblem
from schedules.planner import slot_day
from schedules.quiet_hours import is_allowed, next_allowed

log = logging.getLogger("taperline.dispatcher")


class Outcome(StrEnum):
    SENT = "sent"
    RETRYING = "retrying"
    FAILED = "failed"
    SKIPPED = "skipped"
    DEFERRED = "deferred"
    CANCELLED = "cancelled"
    RELEASED = "released"
    UNCONFIRMED = "unconfirmed"


@dataclass(frozen=True)
class DispatchPolicy:
    batch_size: int = 50
    lease: timedelta = timedelta(minutes=5)
    max_attempts: int = 5
    first_retry: timedelta = timedelta(seconds=30)
    rate_limited: bool = True

    def retry_delay(self, attempts: int) -> timedelta:
        return self.first_retry * 2 ** max(attempts - 1, 0)


class Dispatcher:
    def __init__(
        self,
        engine: Engine,
        transport: SmsTransport,
        settings: Settings,
        policy: DispatchPolicy = DispatchPolicy(),
        limiter: RateLimiter | None = None,
    ) -> None:
        self.engine = engine
        self.transport = transport
        self.settings = settings
        self.policy = policy
        self.limiter = limiter or RateLimiter()

    def run_pass(self, now: Callable[[], datetime] = utcnow, stop: threading.Event | None = None) -> Counter[Outcome]:
        """Send everything due; `stop` ends the pass after the message in flight and releases the rest."""
        stop = stop or threading.Event()
        outcomes: Counter[Outcome] = Counter({Outcome.UNCONFIRMED: self._reconcile(now())})
        while not stop.is_set():
            claimed = self._claim(now())
            if not claimed:
                break
            outcomes.update(self._deliver(claimed, now, stop))
        outcomes = +outcomes  # drop the zero counts
        if outcomes:
            log.info("dispatch pass: %s", ", ".join(f"{count} {outcome}" for outcome, count in outcomes.items()))
        return outcomes

    def _claim(self, now: datetime) -> list[int]:
        with session_scope(self.engine) as session:
            due = (
                select(OutboundMessage.id)
                .where(OutboundMessage.status == OutboxStatus.PLANNED, OutboundMessage.send_at <= now)
                .order_by(OutboundMessage.send_at, OutboundMessage.id)
                .limit(self.policy.batch_size)
                .with_for_update(skip_locked=True)  # PostgreSQL: workers skip each other's rows; SQLite has one writer
            )
            claimed = session.scalars(
                update(OutboundMessage)
                .where(OutboundMessage.id.in_(due.scalar_subquery()))
                .values(
                    status=OutboxStatus.CLAIMED.value,
                    lease_until=now + self.policy.lease,
                    attempts=OutboundMessage.attempts + 1,
                )
                .returning(OutboundMessage.id)
            ).all()
        return sorted(claimed)

    def _deliver(self, claimed: Sequence[int], now: Callable[[], datetime], stop: threading.Event) -> list[Outcome]:
        outcomes = []
        with _batch_session(self.engine) as session:
            rows = session.scalars(
                select(OutboundMessage)
                .where(OutboundMessage.id.in_(claimed))
                .options(
                    joinedload(OutboundMessage.appointment),
                    joinedload(OutboundMessage.patient).joinedload(Patient.clinic),
                )
                .order_by(OutboundMessage.send_at, OutboundMessage.id)
            ).all()
            overrides: dict[int, Overrides] = {}
            for row in rows:
                if stop.is_set():
                    outcomes.append(_release(row, Outcome.RELEASED))
                    continue
                clinic = row.patient.clinic
                if clinic.id not in overrides:
                    overrides[clinic.id] = clinic_overrides(session, clinic.id)
                outcomes.append(self._deliver_one(session, row, clinic, overrides[clinic.id], now()))
                session.commit()
        return outcomes

    def _deliver_one(
        self, session: Session, row: OutboundMessage, clinic: Clinic, overrides: Overrides, now: datetime
    ) -> Outcome:
        verdict = self._recheck(row, clinic, now)
        if verdict is not None:
            return verdict
        try:
            row.body = compose(row, row.patient, clinic, row.appointment, overrides, now)
            sender = sender_for(clinic, self.settings)
        except (TemplateProblem, UnknownTemplate, TaperlineError) as problem:
            return self._fail(session, row, now, f"could not be written: {problem}")
        if self.policy.rate_limited:
            self.limiter.wait(sender.from_number or sender.messaging_service_sid or "", clinic.max_rate)
        try:
            result = self.transport.send(
                row.patient.phone, row.body, sender=sender, status_callback=status_callback_url(self.settings)
            )
        except SendError as error:
            return self._handle_error(session, row, error, now)
        row.status, row.twilio_sid, row.sent_at = OutboxStatus.SENT.value, result.sid or None, now
        row.lease_until = row.error_code = None
        return Outcome.SENT

    def _recheck(self, row: OutboundMessage, clinic: Clinic, now: datetime) -> Outcome | None:
        """What was true when the message was planned may not be now; the send-time view wins."""
        patient, appointment = row.patient, row.appointment
        if not patient.may_be_texted or appointment.status == AppointmentStatus.CANCELLED:
            return _close(row, OutboxStatus.CANCELLED, Outcome.CANCELLED)
        cadence = cadence_for(clinic)
        zone = ZoneInfo(patient.timezone)
        follows = row.kind in cadence.messages and cadence.messages[row.kind].after
        planned_for = slot_day(row.slot, appointment.starts_at.astimezone(zone).date())
        gone = planned_for is not None and planned_for < now.astimezone(zone).date()
        if gone or (not follows and now >= appointment.starts_at):
            return _close(row, OutboxStatus.SKIPPED, Outcome.SKIPPED)
        if is_allowed(now, cadence.sending_window, zone):
            return None
        later = next_allowed(now, cadence.sending_window, zone)
        if not follows and later >= appointment.starts_at:
            return _close(row, OutboxStatus.SKIPPED, Outcome.SKIPPED)
        row.send_at = later
        return _release(row, Outcome.DEFERRED)

    def _handle_error(self, session: Session, row: OutboundMessage, error: SendError, now: datetime) -> Outcome:
        row.error_code = error.code
        if not error.permanent and row.attempts < self.policy.max_attempts:
            row.status, row.lease_until = OutboxStatus.PLANNED.value, None
            row.send_at = now + self.policy.retry_delay(row.attempts)
            log.warning("outbox %s: %s; retrying at %s", row.id, error, row.send_at.isoformat())
            return Outcome.RETRYING
        if error.permanent and error.code in RECIPIENT_CODES:
            _close(row, OutboxStatus.FAILED, Outcome.FAILED)
            refuse_number(session, row.patient, error.code, now, outbound_message_id=row.id)
            log.warning("outbox %s: %s; patient %s will get no more texts", row.id, error, row.patient_id)
            return Outcome.FAILED
        return self._fail(session, row, now, f"was not sent: {error}")

    def _fail(self, session: Session, row: OutboundMessage, now: datetime, reason: str) -> Outcome:
        log.warning("outbox %s %s", row.id, reason)
        raise_alert(
            session,
            row.patient,
            AlertKind.DELIVERY_FAILURE,
            f"The {row.kind} message {reason}",
            outbound_message_id=row.id,
        )
        return _close(row, OutboxStatus.FAILED, Outcome.FAILED)

    def _reconcile(self, now: datetime) -> int:
        """Rows whose worker died between claiming and recording: Twilio may have them, so they are reported for
        a human to check rather than sent a second time."""
        with session_scope(self.engine) as session:
            expired = session.scalars(
                select(OutboundMessage)
                .where(OutboundMessage.status == OutboxStatus.CLAIMED, OutboundMessage.lease_until < now)
                .options(joinedload(OutboundMessage.patient))
                .with_for_update(skip_locked=True, of=OutboundMessage)
            ).all()
            for row in expired:
                self._fail(session, row, now, "may or may not have been sent: its worker stopped while sending it")
        return len(expired)


@contextmanager
def _batch_session(engine: Engine) -> Iterator[Session]:
    """One connection for a whole batch, committed message by message.

    Taking a connection from the pool (and pinging it) for every message costs a round trip each. On PostgreSQL
    these commits also skip waiting for the disk: the claim before them was durable, so a record lost in a crash
    leaves its row claimed, to be reported by `_reconcile` and never resent.
    """
    with engine.connect() as connection:
        postgres = connection.dialect.name == "postgresql"
        if postgres:
            connection.exec_driver_sql("SET synchronous_commit TO off")
            connection.commit()
        try:
            with session_scope(connection) as session:
                yield session
        finally:
            if postgres:
                connection.exec_driver_sql("RESET synchronous_commit")
                connection.commit()


def _close(row: OutboundMessage, status: OutboxStatus, outcome: Outcome) -> Outcome:
    row.status, row.lease_until = status.value, None
    return outcome


def _release(row: OutboundMessage, outcome: Outcome) -> Outcome:
    """Back to planned, not counted as an attempt: the row was never offered to Twilio."""
    row.status, row.lease_until, row.attempts = OutboxStatus.PLANNED.value, None, row.attempts - 1
    return outcome
