"""Sends from one sender are spaced to the clinic's rate; other senders are not held up."""

from sqlalchemy import update
from sqlalchemy.orm import Session

from bot.dispatcher import Dispatcher, DispatchPolicy
from bot.models import Clinic
from bot.ratelimit import RateLimiter
from tests.dispatch.conftest import ENROLLED, at


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 6))
        self.now += seconds


def test_a_sender_waits_one_interval_between_messages():
    clock = FakeClock()
    limiter = RateLimiter(clock, clock.sleep)
    for _ in range(3):
        limiter.wait("+15005550006", 2)
    assert clock.slept == [0.5, 0.5]


def test_different_senders_do_not_wait_for_each_other():
    clock = FakeClock()
    limiter = RateLimiter(clock, clock.sleep)
    limiter.wait("+15005550006", 1)
    limiter.wait("MG0123", 1)
    assert clock.slept == []


def test_time_already_passed_counts_towards_the_interval():
    clock = FakeClock()
    limiter = RateLimiter(clock, clock.sleep)
    limiter.wait("+15005550006", 1)
    clock.now += 0.75
    limiter.wait("+15005550006", 1)
    assert clock.slept == [0.25]


def test_the_dispatcher_paces_a_clinic_at_its_max_rate(dispatcher, enrol, engine, fake_twilio):
    for n in range(4):
        enrol(f"+1212555{n:04d}")
    with Session(engine) as session:
        session.execute(update(Clinic).values(max_rate=4))
        session.commit()
    clock = FakeClock()
    paced = Dispatcher(
        engine, dispatcher.transport, dispatcher.settings, DispatchPolicy(), RateLimiter(clock, clock.sleep)
    )
    assert paced.run_pass(now=at(ENROLLED)) == {"sent": 4}
    assert clock.slept == [0.25, 0.25, 0.25]
