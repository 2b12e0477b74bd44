"""A consenting patient with an upcoming infusion, texting the served app as Twilio would."""

import functools
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from xml.etree import ElementTree

import httpx
import pytest
from sqlalchemy import Engine

from bot import admin
from bot.db import session_scope
from bot.transports import ConsoleTransport
from tests.web.twilio_calls import CLINIC_NUMBER, Twilio

ON_CALL = "+12125550199"
PHONE = "+12125550147"


@pytest.fixture
def served_transport(twilio: Twilio) -> ConsoleTransport:
    """The console transport the served app pages on-call staff through."""
    assert twilio.app is not None
    return twilio.app.state.transport


@pytest.fixture
def text(twilio: Twilio) -> Callable[..., httpx.Response]:
    """`text(body, sid=None)`: the patient texts the clinic."""
    return functools.partial(twilio.sms, sender=PHONE)


@pytest.fixture
def patient_id(engine: Engine) -> int:
    now = datetime.now(UTC)
    with session_scope(engine) as session:
        clinic = admin.add_clinic(
            session, name="Hudson Ketamine", timezone="America/New_York", phone="+12125550100", on_call_phone=ON_CALL
        )
        clinic.twilio_from_number = CLINIC_NUMBER
        patient, _ = admin.add_patient(
            session, clinic_id=clinic.id, name="Maya Lopez", phone=PHONE, consent="sms", now=now
        )
        admin.add_appointment(session, patient_id=patient.id, at=(now + timedelta(days=10)).isoformat(), now=now)
        return patient.id


def said(response: httpx.Response) -> str | None:
    """The text of the TwiML answer's <Message>, or None when it says nothing."""
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/xml")
    message = ElementTree.fromstring(response.text).find("Message")
    return None if message is None else message.text
