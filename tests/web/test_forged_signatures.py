"""A request not signed by Twilio with our auth token, over exactly the URL and parameters received, gets 403 and
changes nothing: otherwise anyone who knows the URL could mark messages delivered or stop a patient's texts."""

from sqlalchemy.orm import Session

from tests.web.twilio_calls import Twilio, add_message, database_state, sid, status_params


def test_a_forged_signature_gets_403_and_changes_nothing(twilio: Twilio, session: Session) -> None:
    add_message(session, sid=sid(1))
    session.commit()
    before = database_state(session)
    params = status_params(sid(1), "failed", 21610)

    response = twilio.post("/twilio/status", params, signature=twilio.sign("/twilio/status", params, "a-guess"))

    assert response.status_code == 403
    assert database_state(session) == before


def test_a_signature_over_other_parameters_gets_403_and_changes_nothing(twilio: Twilio, session: Session) -> None:
    add_message(session, sid=sid(1))
    session.commit()
    before = database_state(session)
    genuine = twilio.sign("/twilio/status", status_params(sid(1), "delivered"))

    response = twilio.post("/twilio/status", status_params(sid(1), "failed", 21610), signature=genuine)

    assert response.status_code == 403
    assert database_state(session) == before


def test_a_signature_for_another_url_gets_403_and_changes_nothing(twilio: Twilio, session: Session) -> None:
    add_message(session, sid=sid(1))
    session.commit()
    before = database_state(session)
    params = status_params(sid(1), "delivered")

    response = twilio.post("/twilio/status", params, signature=twilio.sign("/twilio/sms", params))

    assert response.status_code == 403
    assert database_state(session) == before


def test_a_signature_that_is_not_base64_gets_403(twilio: Twilio, session: Session) -> None:
    add_message(session, sid=sid(1))
    session.commit()
    before = database_state(session)

    response = twilio.status(sid(1), "delivered", signature="not a signature at all")

    assert response.status_code == 403
    assert database_state(session) == before
