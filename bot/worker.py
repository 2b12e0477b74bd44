"""The worker: APScheduler ticks the dispatcher, in `taperline worker` and inside `taperline serve`.

The schedule itself lives in the outbox; APScheduler only decides when to look at it, so its job store stays in
memory and a restarted worker loses nothing. A tick that overruns is coalesced, never run twice at once.
"""

import logging
import signal
import threading
from collections import Counter
from types import FrameType

from apscheduler.schedulers.background import BackgroundScheduler

from bot.db import make_engine, utcnow
from bot.dispatcher import Dispatcher, Outcome
from bot.settings import Settings
from bot.transports import make_transport

log = logging.getLogger("taperline.worker")


def make_dispatcher(settings: Settings) -> Dispatcher:
    return Dispatcher(make_engine(settings.database_url), make_transport(settings), settings)


class Worker:
    """Dispatch passes every `interval` seconds until `shutdown`, which lets the pass in flight finish its
    message and hands back the rest of its batch."""

    def __init__(self, dispatcher: Dispatcher, interval_seconds: int) -> None:
        self.dispatcher = dispatcher
        self.stopping = threading.Event()
        self.scheduler = BackgroundScheduler(
            timezone="UTC",
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": interval_seconds},
        )
        self.scheduler.add_job(self.tick, "interval", seconds=interval_seconds, id="dispatch", next_run_time=utcnow())

    def tick(self) -> Counter[Outcome]:
        try:
            return self.dispatcher.run_pass(stop=self.stopping)
        except Exception:
            # One failed pass (the database restarting, say) must not end the worker: the next tick retries.
            log.exception("dispatch pass failed")
            return Counter()

    def start(self) -> None:
        self.scheduler.start()
        log.info("worker started")

    def shutdown(self) -> None:
        self.stopping.set()
        self.scheduler.shutdown(wait=True)
        log.info("worker stopped")


def run_until_signalled(worker: Worker) -> None:
    """SIGTERM (as sent by systemd, Docker or Kubernetes) and Ctrl-C drain the pass in flight, then return."""
    received = threading.Event()

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        log.info("received %s, draining", signal.Signals(signum).name)
        received.set()

    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, on_signal)
    worker.start()
    received.wait()
    worker.shutdown()
