"""Twilio's callbacks may arrive late, twice or out of order; a row only moves forward: planned or claimed, then
sent, then delivered or failed, and a late `delivered` may still overrule a failure."""

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.models import Alert
from tests.web.twilio_calls import Twilio, add_message, database_state, sid


def test_a_late_sent_after_delivered_keeps_the_message_delivered(twilio: Twilio, session: Session) -> None:
    message = add_message(session, sid=sid(1))
    session.commit()

    assert twilio.status(sid(1), "delivered").status_code == 200
    assert twilio.status(sid(1), "sent").status_code == 200

    session.expire_all()
    assert message.status == "delivered"


@pytest.mark.parametrize("status", ["accepted", "queued", "sending", "sent"])
def test_an_in_flight_status_after_a_failure_keeps_the_message_failed(
    twilio: Twilio, session: Session, status: str
) -> None:
    message = add_message(session, sid=sid(1), status="failed")
    message.error_code = 30003
    session.commit()

    twilio.status(sid(1), status)

    session.expire_all()
    assert (message.status, message.error_code) == ("failed", 30003)


@pytest.mark.parametrize("status", ["accepted", "queued", "sending", "sent"])
def test_an_in_flight_status_marks_a_claimed_message_sent(twilio: Twilio, session: Session, status: str) -> None:
    message = add_message(session, sid=sid(1), status="claimed")
    session.commit()

    twilio.status(sid(1), status)

    session.expire_all()
    assert message.status == "sent"


def test_a_delivered_after_a_failure_marks_the_message_delivered(twilio: Twilio, session: Session) -> None:
    message = add_message(session, sid=sid(1))
    session.commit()

    twilio.status(sid(1), "undelivered", 30003)
    twilio.status(sid(1), "delivered")

    session.expire_all()
    assert message.status == "delivered"


def test_a_failure_after_delivered_keeps_the_message_delivered_and_changes_nothing(
    twilio: Twilio, session: Session
) -> None:
    add_message(session, sid=sid(1), status="delivered")
    session.commit()
    before = database_state(session)

    assert twilio.status(sid(1), "failed", 21610).status_code == 200

    assert database_state(session) == before


def test_a_repeated_permanent_failure_raises_one_alert(twilio: Twilio, session: Session) -> None:
    add_message(session, sid=sid(1))
    session.commit()

    twilio.status(sid(1), "failed", 30006)
    twilio.status(sid(1), "failed", 30006)

    assert len(session.scalars(select(Alert)).all()) == 1


def test_a_status_twilio_may_add_later_changes_nothing(twilio: Twilio, session: Session) -> None:
    add_message(session, sid=sid(1))
    session.commit()
    before = database_state(session)

    assert twilio.status(sid(1), "partially_delivered").status_code == 200

    assert database_state(session) == before
