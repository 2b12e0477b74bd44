"""A claimed row is never sent twice: an expired lease is reported for a human, not resent."""

from datetime import timedelta

from sqlalchemy import update
from sqlalchemy.orm import Session

from bot.models import OutboundMessage
from tests.dispatch.conftest import ENROLLED, at
from tests.queries import alerts, rows


def claim_welcome(engine, lease_until):
    with Session(engine) as session:
        session.execute(
            update(OutboundMessage)
            .where(OutboundMessage.kind == "welcome")
            .values(status="claimed", lease_until=lease_until, attempts=1)
        )
        session.commit()


def test_a_row_claimed_by_a_live_worker_is_left_alone(dispatcher, enrol, engine, fake_twilio):
    patient_id = enrol()
    claim_welcome(engine, ENROLLED + timedelta(minutes=5))
    assert dispatcher.run_pass(now=at(ENROLLED + timedelta(minutes=1))) == {}
    assert rows(engine, patient_id)[0].status == "claimed"
    assert fake_twilio.messages == []


def test_an_expired_lease_is_reported_and_never_resent(dispatcher, enrol, engine, fake_twilio):
    patient_id = enrol()
    claim_welcome(engine, ENROLLED + timedelta(minutes=5))
    assert dispatcher.run_pass(now=at(ENROLLED + timedelta(minutes=6))) == {"unconfirmed": 1}
    welcome = rows(engine, patient_id)[0]
    assert (welcome.status, welcome.attempts) == ("failed", 1)
    [alert] = alerts(engine)
    assert alert.kind == "delivery_failure" and "may or may not have been sent" in alert.message
    assert dispatcher.run_pass(now=at(ENROLLED + timedelta(minutes=7))) == {}
    assert fake_twilio.messages == []
