"""The dispatcher: sends what is due in the outbox, at most once per row.

A pass claims due rows with one atomic statement and a lease, so any number of workers can share one PostgreSQL;
each claimed row is then checked again at send time (opt-out, a moment already gone, quiet hours), rendered,
sent and recorded. Sends overlap, a few at a time and never two to one patient at once: a request to Twilio
takes a round trip of a tenth of a second or more, and waiting for each in turn would cap a worker at a handful
of texts a second. A row that stays claimed after its lease ran out was perhaps sent, perhaps not: it is
reported, never resent blindly.
"""

import functools
import logging
import threading
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ALL_COMPLETED, FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, bindparam, select, update
from sqlalchemy.orm import Session, joinedload

from bot.alerts import raise_alert
from bot.compose import Overrides, clinic_overrides, compose
from bot.db import session_scope, utcnow
from bot.models import AlertKind, AppointmentStatus, Clinic, OutboundMessage, OutboxStatus, Patient
from bot.outbox import cadence_for
from bot.ratelimit import RateLimiter
from bot.recipients import refuse_message
from bot.senders import sender_for
from bot.settings import Settings
from bot.transports import Sender, SendError, SendResult, SmsTransport, status_callback_url
from messages.catalog import UnknownTemplate
from messages.render import TemplateProblem
from schedules.planner import slot_day
from schedules.quiet_hours import is_allowed, next_allowed

log = logging.getLogger("taperline.dispatcher")


_outbox = OutboundMessage.__table__
_RECORD_SENT = (
    update(_outbox)
    .where(_outbox.c.id == bindparam("row_id"))
    .values(
        body=bindparam("sent_body"),
        status=OutboxStatus.SENT.value,
        twilio_sid=bindparam("sid"),
        sent_at=bindparam("at"),
        lease_until=None,
        error_code=None,
    )
)


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
    concurrency: int = 8  # sends in flight at once from one worker

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
        """Send everything due; `stop` ends the pass after the messages in flight and releases the rest."""
        stop = stop or threading.Event()
        outcomes: Counter[Outcome] = Counter({Outcome.UNCONFIRMED: self._reconcile(now())})
        with ThreadPoolExecutor(self.policy.concurrency, thread_name_prefix="taperline-send") as pool:
            while not stop.is_set():
                claimed = self._claim(now())
                if not claimed:
                    break
                outcomes.update(self._deliver(claimed, now, stop, _Sends(pool, self.policy.concurrency)))
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

    def _deliver(
        self, claimed: Sequence[int], now: Callable[[], datetime], stop: threading.Event, sends: "_Sends"
    ) -> list[Outcome]:
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
            for row in _each_patient_in_turn(rows):
                if stop.is_set():
                    outcomes.append(_release(row, Outcome.RELEASED))
                    continue
                # The answer to a patient's previous text (an opt-out, a dead number) decides this one.
                outcomes += self._record(session, sends.room_for(row.patient_id))
                clinic = row.patient.clinic
                if clinic.id not in overrides:
                    overrides[clinic.id] = clinic_overrides(session, clinic.id)
                started_at = now()
                letter = self._write(session, row, clinic, overrides[clinic.id], started_at)
                if isinstance(letter, Outcome):
                    outcomes.append(letter)
                    session.commit()
                    continue
                if self.policy.rate_limited:
                    self.limiter.wait(letter.sender.name, clinic.max_rate)
                sends.start(row, letter, started_at, self._send(row.patient.phone, letter))
            outcomes += self._record(session, sends.all_finished())
        return outcomes

    def _write(
        self, session: Session, row: OutboundMessage, clinic: Clinic, overrides: Overrides, now: datetime
    ) -> "_Letter | Outcome":
        """The text to send and who from, or why the row is not to be sent now."""
        verdict = self._recheck(row, clinic, now)
        if verdict is not None:
            return verdict
        try:
            return _Letter(
                compose(row, row.patient, clinic, row.appointment, overrides, now), sender_for(clinic, self.settings)
            )
        except (TemplateProblem, UnknownTemplate) as problem:
            return self._fail(session, row, now, f"could not be written: {problem}")

    def _send(self, to: str, letter: "_Letter") -> Callable[[], SendResult]:
        """The send for a pool thread, holding plain values: the session and its objects stay on this thread."""
        callback = status_callback_url(self.settings)
        return functools.partial(self.transport.send, to, letter.body, sender=letter.sender, status_callback=callback)

    def _record(self, session: Session, finished: list["_Send"]) -> list[Outcome]:
        """Commits what became of finished sends. Sent rows, by far the most common, are recorded by one prebuilt
        UPDATE on their primary keys: the ORM's unit of work would cost more than the rest of the send."""
        outcomes, sent = [], []
        for send in finished:
            row, started_at = send.row, send.started_at
            try:
                result = send.future.result()
            except SendError as error:
                row.body = send.letter.body
                outcomes.append(self._handle_error(session, row, error, started_at))
                continue
            sent.append({"row_id": row.id, "sent_body": send.letter.body, "sid": result.sid or None, "at": started_at})
            outcomes.append(Outcome.SENT)
        if sent:
            session.connection().execute(_RECORD_SENT, sent)
        if finished:
            session.commit()
        return outcomes

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
        if refuse_message(session, row, error.code, now, f"The {row.kind} message was not sent: {error}"):
            log.warning("outbox %s: %s; patient %s will get no more texts", row.id, error, row.patient_id)
        else:
            log.warning("outbox %s was not sent: %s", row.id, error)
        return _close(row, OutboxStatus.FAILED, Outcome.FAILED)

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


@dataclass(frozen=True)
class _Letter:
    body: str
    sender: Sender


@dataclass(frozen=True)
class _Send:
    row: OutboundMessage
    letter: _Letter
    started_at: datetime
    future: "Future[SendResult]"


class _Sends:
    """The sends of one batch in flight: at most `limit` at once, and one per patient."""

    def __init__(self, pool: ThreadPoolExecutor, limit: int) -> None:
        self.pool, self.limit = pool, limit
        self.in_flight: list[_Send] = []

    def start(
        self, row: OutboundMessage, letter: _Letter, started_at: datetime, send: Callable[[], SendResult]
    ) -> None:
        self.in_flight.append(_Send(row, letter, started_at, self.pool.submit(send)))

    def room_for(self, patient_id: int) -> list[_Send]:
        """Waits until another send may start for this patient; returns the sends that finished meanwhile."""
        finished: list[_Send] = []
        while len(self.in_flight) >= self.limit or any(send.row.patient_id == patient_id for send in self.in_flight):
            finished += self._wait(FIRST_COMPLETED)
        return finished

    def all_finished(self) -> list[_Send]:
        return self._wait(ALL_COMPLETED) if self.in_flight else []

    def _wait(self, until: str) -> list[_Send]:
        done, _ = wait([send.future for send in self.in_flight], return_when=until)
        finished = [send for send in self.in_flight if send.future in done]
        self.in_flight = [send for send in self.in_flight if send.future not in done]
        return finished


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


def _each_patient_in_turn(rows: Sequence[OutboundMessage]) -> list[OutboundMessage]:
    """Every patient's first row, then every second, and so on, each patient's in their order: a patient's next
    text waits for the last one's answer, and the others need not wait with it."""
    turns: Counter[int] = Counter()
    ranked = []
    for position, row in enumerate(rows):
        ranked.append((turns[row.patient_id], position, row))
        turns[row.patient_id] += 1
    return [row for _turn, _position, row in sorted(ranked, key=lambda entry: entry[:2])]


def _close(row: OutboundMessage, status: OutboxStatus, outcome: Outcome) -> Outcome:
    row.status, row.lease_until = status.value, None
    return outcome


def _release(row: OutboundMessage, outcome: Outcome) -> Outcome:
    """Back to planned, not counted as an attempt: the row was never offered to Twilio."""
    row.status, row.lease_until, row.attempts = OutboxStatus.PLANNED.value, None, row.attempts - 1
    return outcome
