"""A request without `X-Twilio-Signature`, or with an empty one, gets 403 and changes nothing."""

import pytest
from sqlalchemy.orm import Session

from tests.web.twilio_calls import Twilio, add_message, database_state, sid


def test_a_missing_signature_gets_403_and_changes_nothing(twilio: Twilio, session: Session) -> None:
    add_message(session, sid=sid(1))
    session.commit()
    before = database_state(session)

    response = twilio.status(sid(1), "failed", 21610, signature=None)

    assert response.status_code == 403
    assert database_state(session) == before


@pytest.mark.parametrize("signature", ["", "="])
def test_an_empty_or_truncated_signature_gets_403_and_changes_nothing(
    twilio: Twilio, session: Session, signature: str
) -> None:
    add_message(session, sid=sid(1))
    session.commit()
    before = database_state(session)

    response = twilio.status(sid(1), "delivered", signature=signature)

    assert response.status_code == 403
    assert database_state(session) == before
