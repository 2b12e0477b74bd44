"""Crisis and danger signs reach a human at once; questions reach a coordinator; nothing is logged from them."""

import time

from sqlalchemy.orm import Session

from bot.models import Patient, TemplateOverride
from bot.transports import ConsoleMessage, ConsoleTransport, Sender
from tests.conversation.conftest import ON_CALL, said
from tests.queries import alerts, intake


def pages(transport: ConsoleTransport) -> list[ConsoleMessage]:
    """What the served app sent on-call staff: pages go out after the answer, so they are waited for."""
    deadline = time.monotonic() + 5
    while not transport.sent and time.monotonic() < deadline:
        time.sleep(0.02)
    return transport.sent


def test_a_crisis_is_answered_with_988_and_911_raises_an_alert_and_pages_on_call(twilio, text, patient_id, engine):
    answer = said(text("I want to die. had 2 beers"))
    assert "988" in answer and "911" in answer
    [alert] = alerts(engine)
    assert alert.kind == "crisis" and "I want to die" in alert.message
    assert intake(engine) == []


def test_the_on_call_phone_gets_a_page(text, patient_id, served_transport):
    said(text("thinking about ending it all tonight"))
    [page] = pages(served_transport)
    assert page.to == ON_CALL and "CRISIS" in page.body and "Maya" in page.body


def test_the_on_call_page_is_in_the_clinics_own_wording_when_it_has_one(text, patient_id, engine, served_transport):
    with Session(engine) as session:
        clinic_id = session.get_one(Patient, patient_id).clinic_id
        session.add(
            TemplateOverride(
                clinic_id=clinic_id,
                kind="on_call_page",
                language="en",
                body="URGENT for {{ clinic }}: call {{ first_name }} at {{ patient_phone }} now.",
            )
        )
        session.commit()
    said(text("thinking about ending it all tonight"))
    [page] = pages(served_transport)
    assert page.body == "URGENT for Hudson Ketamine: call Maya at +12125550147 now."


def test_the_on_call_page_goes_out_on_the_console_when_the_clinic_has_no_twilio_number(
    text, patient_id, engine, served_transport
):
    with Session(engine) as session:
        session.get_one(Patient, patient_id).clinic.twilio_from_number = None
        session.commit()
    said(text("I want to kill myself"))
    [page] = pages(served_transport)
    assert page.to == ON_CALL and page.sender == Sender()


def test_a_withdrawal_sign_is_answered_with_911_and_raises_an_alert(text, patient_id, engine):
    answer = said(text("I'm shaking really bad and confused"))
    assert "911" in answer and "clinician" in answer
    assert [alert.kind for alert in alerts(engine)] == ["symptom"]


def test_a_question_goes_to_a_coordinator_and_is_never_logged(text, patient_id, engine):
    answer = said(text("can I have a glass of wine at the wedding?"))
    assert "Hudson Ketamine" in answer
    assert [alert.kind for alert in alerts(engine)] == ["question"]
    assert intake(engine) == []


def test_no_answer_advises_a_dose(text, patient_id):
    for message in ("should I cut my xanax in half?", "took 2mg xanax", "can I stop my klonopin?"):
        answer = said(text(message)).lower()
        assert "reduce" not in answer and "stop taking" not in answer and "cut" not in answer


def test_an_unknown_number_gets_a_polite_answer_and_nothing_is_logged(twilio, patient_id, engine):
    answer = said(twilio.sms("2 beers", sender="+13105550188"))
    assert "clinic" in answer and "Maya" not in answer and "Hudson" not in answer
    assert intake(engine) == [] and alerts(engine) == []
