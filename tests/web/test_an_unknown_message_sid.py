"""A callback for a SID we never sent (another app on the account, a row since purged) is answered 200, so
Twilio stops retrying, and changes nothing."""

import pytest
from sqlalchemy.orm import Session

from tests.web.twilio_calls import Twilio, add_message, database_state, sid


@pytest.mark.parametrize(("status", "code"), [("delivered", None), ("failed", 21610), ("undelivered", 30006)])
def test_an_unknown_message_sid_is_answered_200_and_changes_nothing(
    twilio: Twilio, session: Session, status: str, code: int | None
) -> None:
    add_message(session, sid=sid(1))
    session.commit()
    before = database_state(session)

    response = twilio.status(sid(2), status, code)

    assert response.status_code == 200
    assert database_state(session) == before
