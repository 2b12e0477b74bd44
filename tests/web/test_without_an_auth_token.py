"""Without TWILIO_AUTH_TOKEN no signature can be checked, so the Twilio routes take nothing: 503, and one log
line per request saying why."""

import logging

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from tests.web.twilio_calls import add_message, database_state, served_app, sid, status_params


def test_without_an_auth_token_a_callback_gets_503_and_changes_nothing(
    engine: Engine, database_url: str, session: Session, caplog: pytest.LogCaptureFixture
) -> None:
    add_message(session, sid=sid(1))
    session.commit()
    before = database_state(session)
    caplog.set_level(logging.INFO, logger="taperline.twilio")

    with served_app(database_url, auth_token=None) as twilio:
        params = status_params(sid(1), "delivered")
        response = twilio.post("/twilio/status", params, signature=twilio.sign("/twilio/status", params, "any"))

    assert response.status_code == 503
    assert database_state(session) == before
    why = [r for r in caplog.records if r.name == "taperline.twilio" and "TWILIO_AUTH_TOKEN" in r.getMessage()]
    assert len(why) == 1
    assert why[0].levelno == logging.ERROR


def test_without_an_auth_token_an_unsigned_callback_gets_503_too(engine: Engine, database_url: str) -> None:
    with served_app(database_url, auth_token=None) as twilio:
        response = twilio.status(sid(1), "delivered", signature=None)

    assert response.status_code == 503
