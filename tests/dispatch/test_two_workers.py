"""Two worker processes on one database share the outbox without ever sending a row twice."""

import multiprocessing
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.models import OutboundMessage
from tests.dispatch.conftest import ENROLLED
from tests.fakes.twilio_server import FakeTwilio

PATIENTS = 60


def work(database_url: str, twilio: tuple[str, str, str], now: str, start: "multiprocessing.synchronize.Event") -> None:
    from bot.db import make_engine
    from bot.dispatcher import Dispatcher, DispatchPolicy
    from bot.settings import Settings
    from bot.transports import TwilioTransport

    dispatcher = Dispatcher(
        make_engine(database_url),
        TwilioTransport(*twilio),
        Settings(database_url=database_url),
        DispatchPolicy(batch_size=3, rate_limited=False),
    )
    moment = datetime.fromisoformat(now)
    start.wait(timeout=60)
    dispatcher.run_pass(now=lambda: moment)


def test_two_workers_never_send_a_row_twice(enrol, engine, database_url, fake_twilio: FakeTwilio):
    for n in range(PATIENTS):
        enrol(f"+1212555{n:04d}")
    context = multiprocessing.get_context("spawn")
    start = context.Event()
    twilio = (fake_twilio.account_sid, fake_twilio.auth_token, fake_twilio.base_url)
    workers = [context.Process(target=work, args=(database_url, twilio, ENROLLED.isoformat(), start)) for _ in range(2)]
    for worker in workers:
        worker.start()
    start.set()
    for worker in workers:
        worker.join(timeout=120)
        assert worker.exitcode == 0

    sent = fake_twilio.messages
    assert len(sent) == PATIENTS
    assert len({message["To"] for message in sent}) == PATIENTS
    with Session(engine) as session:
        statuses = dict(
            session.execute(
                select(OutboundMessage.status, func.count())
                .where(OutboundMessage.kind == "welcome")
                .group_by(OutboundMessage.status)
            ).all()
        )
        sids = session.scalars(select(OutboundMessage.twilio_sid).where(OutboundMessage.twilio_sid.is_not(None))).all()
    assert statuses == {"sent": PATIENTS}
    assert sorted(sids) == sorted(message["sid"] for message in sent)
