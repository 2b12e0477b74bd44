"""Twilio signs the URL it was given, PUBLIC_BASE_URL + path (+ query), not the address the app listens on behind
a proxy; a request signed for any other URL is refused."""

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from tests.web.twilio_calls import Twilio, add_message, served_app, sid, status_params

PUBLIC = "https://taperline.example.org"


def test_a_callback_signed_for_public_base_url_is_accepted_behind_a_proxy(
    engine: Engine, database_url: str, session: Session
) -> None:
    message = add_message(session, sid=sid(1))
    session.commit()

    with served_app(database_url, public_base_url=PUBLIC) as twilio:
        response = twilio.status(sid(1), "delivered")

    assert response.status_code == 200
    session.expire_all()
    assert message.status == "delivered"


def test_a_callback_signed_for_the_local_address_is_refused_behind_a_proxy(
    engine: Engine, database_url: str, session: Session
) -> None:
    message = add_message(session, sid=sid(1))
    session.commit()

    with served_app(database_url, public_base_url=PUBLIC + "/") as twilio:
        params = status_params(sid(1), "delivered")
        local_signature = Twilio(twilio.base_url, twilio.base_url).sign("/twilio/status", params)
        response = twilio.post("/twilio/status", params, signature=local_signature)

    assert response.status_code == 403
    session.expire_all()
    assert message.status == "sent"


def test_the_query_string_is_part_of_the_signed_url(twilio: Twilio, session: Session) -> None:
    message = add_message(session, sid=sid(1))
    session.commit()
    params = status_params(sid(1), "delivered")

    unsigned_query = twilio.post("/twilio/status?clinic=1", params, signature=twilio.sign("/twilio/status", params))
    signed_query = twilio.post("/twilio/status?clinic=1", params)

    assert unsigned_query.status_code == 403
    assert signed_query.status_code == 200
    session.expire_all()
    assert message.status == "delivered"
