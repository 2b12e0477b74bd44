"""Bodies Twilio never sends are refused with a 4xx before anything is read into the database: over 64 KiB gets
413 whether or not its length was announced, a body that is not a well-formed UTF-8 form gets 400 (415 when it
is not a form at all), and none of them is ever a 500."""

from collections.abc import Iterator
from urllib.parse import urlencode

import httpx
import pytest
from sqlalchemy.orm import Session

from bot.web.twilio import MAX_FORM_BYTES
from tests.web.twilio_calls import Twilio, add_message, database_state, sid, status_params


def test_a_body_over_64_kib_gets_413_and_changes_nothing(twilio: Twilio, session: Session) -> None:
    add_message(session, sid=sid(1))
    session.commit()
    before = database_state(session)
    params = {**status_params(sid(1), "failed", 21610), "Padding": "x" * MAX_FORM_BYTES}

    response = twilio.post("/twilio/status", params)

    assert response.status_code == 413
    assert database_state(session) == before


def test_a_chunked_body_over_64_kib_gets_413(twilio: Twilio) -> None:
    def chunks() -> Iterator[bytes]:
        yield urlencode(status_params(sid(1), "delivered")).encode() + b"&Padding="
        for _ in range(20):
            yield b"x" * 8192

    response = httpx.post(
        twilio.base_url + "/twilio/status",
        content=chunks(),
        headers={"Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": "irrelevant"},
    )

    assert response.status_code == 413


def test_a_signed_body_of_exactly_64_kib_is_accepted(twilio: Twilio, session: Session) -> None:
    message = add_message(session, sid=sid(1))
    session.commit()
    params = {**status_params(sid(1), "delivered"), "Padding": ""}
    params["Padding"] = "x" * (MAX_FORM_BYTES - len(urlencode(params)))
    assert len(urlencode(params)) == MAX_FORM_BYTES

    response = twilio.post("/twilio/status", params)

    assert response.status_code == 200
    session.expire_all()
    assert message.status == "delivered"


@pytest.mark.parametrize(
    "body",
    [
        b"MessageSid=SM1&MessageStatus=delivered\xff",  # not UTF-8
        b"MessageSid=%FF%FE&MessageStatus=delivered",  # percent-encoded bytes that are not UTF-8
        b"MessageSid&MessageStatus=delivered",  # a field without "="
        b"MessageSid=SM1&&MessageStatus=delivered",  # an empty field
    ],
    ids=["raw-bytes", "percent-bytes", "no-equals", "empty-field"],
)
def test_a_malformed_form_gets_400_and_changes_nothing(twilio: Twilio, session: Session, body: bytes) -> None:
    add_message(session, sid=sid(1))
    session.commit()
    before = database_state(session)

    response = httpx.post(
        twilio.base_url + "/twilio/status",
        content=body,
        headers={"Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": "irrelevant"},
    )

    assert response.status_code == 400
    assert database_state(session) == before


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("application/json", b'{"MessageSid": "SM1", "MessageStatus": "delivered"}'),
        ("multipart/form-data; boundary=x", b"--x\r\nbroken"),
        (None, b"MessageSid=SM1&MessageStatus=delivered"),
    ],
    ids=["json", "multipart", "no-content-type"],
)
def test_a_body_that_is_not_a_form_gets_415(twilio: Twilio, content_type: str | None, body: bytes) -> None:
    headers = {"X-Twilio-Signature": "irrelevant"}
    if content_type:
        headers["Content-Type"] = content_type

    response = httpx.post(twilio.base_url + "/twilio/status", content=body, headers=headers)

    assert response.status_code == 415


def test_a_signed_callback_without_a_message_sid_gets_400(twilio: Twilio, session: Session) -> None:
    add_message(session, sid=sid(1))
    session.commit()
    before = database_state(session)
    params = {k: v for k, v in status_params(sid(1), "delivered").items() if k not in ("MessageSid", "SmsSid")}

    response = twilio.post("/twilio/status", params)

    assert response.status_code == 400
    assert database_state(session) == before


def test_a_signed_callback_with_a_non_numeric_error_code_is_recorded_without_a_code(
    twilio: Twilio, session: Session
) -> None:
    message = add_message(session, sid=sid(1))
    session.commit()
    params = {**status_params(sid(1), "failed"), "ErrorCode": "banana"}

    response = twilio.post("/twilio/status", params)

    assert response.status_code == 200
    session.expire_all()
    assert (message.status, message.error_code) == ("failed", None)
