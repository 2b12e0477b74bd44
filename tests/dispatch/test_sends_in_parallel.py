"""A worker keeps several sends in flight, since each waits a round trip on Twilio, but never two to one patient:
the answer to one (an opt-out, a dead number) decides whether the next goes at all."""

import threading
import time
from collections import Counter
from datetime import UTC, datetime

from sqlalchemy import Engine

from bot.dispatcher import Dispatcher, DispatchPolicy
from bot.settings import Settings
from bot.transports import Sender, SendError, SendResult
from tests.dispatch.conftest import ENROLLED, at
from tests.queries import rows


class GatedTransport:
    """Holds each send until `together` sends are in flight at once; a send that waits in vain fails."""

    def __init__(self, together: int) -> None:
        self.gate = threading.Barrier(together, timeout=10)

    def send(self, to: str, body: str, *, sender: Sender, status_callback: str | None) -> SendResult:
        try:
            self.gate.wait()
        except threading.BrokenBarrierError:
            raise SendError("never had company", permanent=True) from None
        return SendResult(sid=f"SM{to[1:]}", status="queued")


class WatchingTransport:
    """Records the most sends in flight at once to any one number."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.in_flight: Counter[str] = Counter()
        self.most_at_once: Counter[str] = Counter()
        self.sent = 0

    def send(self, to: str, body: str, *, sender: Sender, status_callback: str | None) -> SendResult:
        with self.lock:
            self.in_flight[to] += 1
            self.most_at_once[to] = max(self.most_at_once[to], self.in_flight[to])
        time.sleep(0.01)  # long enough for another send to the same number to start, if one could
        with self.lock:
            self.in_flight[to] -= 1
            self.sent += 1
        return SendResult(sid=f"SM{self.sent:032d}", status="queued")


def dispatcher_with(transport: GatedTransport | WatchingTransport, engine: Engine, database_url: str) -> Dispatcher:
    settings = Settings(database_url=database_url, public_base_url="https://taperline.example.org")
    return Dispatcher(engine, transport, settings, DispatchPolicy(rate_limited=False, concurrency=4))


def test_sends_to_different_patients_are_in_flight_together(enrol, engine, database_url):
    for number in range(4):
        enrol(f"+1212555010{number}")

    outcomes = dispatcher_with(GatedTransport(together=4), engine, database_url).run_pass(now=at(ENROLLED))

    assert outcomes == {"sent": 4}
    assert {row.twilio_sid for row in rows(engine) if row.status == "sent"} == {
        f"SM1212555010{number}" for number in range(4)
    }


def test_a_patient_never_has_two_texts_in_flight(enrol, engine, database_url):
    for number in range(2):
        enrol(f"+1212555010{number}", at="2027-03-10T09:00")  # enrolled late: several messages are due at once
    transport = WatchingTransport()
    week_later = datetime(2027, 3, 7, 15, 30, tzinfo=UTC)

    outcomes = dispatcher_with(transport, engine, database_url).run_pass(now=at(week_later))

    assert outcomes["sent"] == transport.sent >= 6
    assert set(transport.most_at_once.values()) == {1}
