"""Every accepted status callback is answered 200 with an empty TwiML document, the same answer the inbound
webhook gives when it has nothing to say; Twilio only looks at the 2xx."""

import xml.etree.ElementTree as ET

import httpx
import pytest
from sqlalchemy.orm import Session

from tests.web.twilio_calls import Twilio, add_message, sid


def assert_empty_twiml(response: httpx.Response) -> None:
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/xml")
    root = ET.fromstring(response.content)
    assert root.tag == "Response"
    assert len(root) == 0


@pytest.mark.parametrize(("status", "code"), [("sent", None), ("delivered", None), ("undelivered", 30003)])
def test_a_callback_for_a_known_message_is_answered_with_empty_twiml(
    twilio: Twilio, session: Session, status: str, code: int | None
) -> None:
    add_message(session, sid=sid(1))
    session.commit()

    assert_empty_twiml(twilio.status(sid(1), status, code))


def test_a_callback_for_an_unknown_message_is_answered_with_empty_twiml(twilio: Twilio) -> None:
    assert_empty_twiml(twilio.status(sid(99), "delivered"))
