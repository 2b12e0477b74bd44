"""A dispatcher on the test database that sends through the real Twilio SDK to the fake Twilio server."""

from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, select

from bot import admin
from bot.db import session_scope
from bot.dispatcher import Dispatcher, DispatchPolicy
from bot.models import Clinic
from bot.settings import Settings
from bot.transports import TwilioTransport
from tests.fakes.twilio_server import FakeTwilio

CLINIC_NUMBER = "+15005550006"
ENROLLED = datetime(2027, 3, 1, 15, 0, tzinfo=UTC)  # 10:00 in New York


@pytest.fixture
def dispatcher(engine: Engine, database_url: str, fake_twilio: FakeTwilio) -> Dispatcher:
    settings = Settings(database_url=database_url, public_base_url="https://taperline.example.org")
    transport = TwilioTransport(fake_twilio.account_sid, fake_twilio.auth_token, fake_twilio.base_url)
    return Dispatcher(engine, transport, settings, DispatchPolicy(rate_limited=False))


@pytest.fixture
def enrol(engine: Engine) -> Callable[..., int]:
    """Enrol a consenting patient at a New York clinic with one appointment; returns the patient's id."""

    def enrol(phone: str = "+12125550101", at: str = "2027-03-20T09:00", language: str = "en") -> int:
        with session_scope(engine) as session:
            clinic = session.scalars(select(Clinic)).first() or admin.add_clinic(
                session, name="Hudson Ketamine", timezone="America/New_York"
            )
            clinic.twilio_from_number = CLINIC_NUMBER
            patient, _ = admin.add_patient(
                session,
                clinic_id=clinic.id,
                name="Maya Lopez",
                phone=phone,
                consent="written",
                language=language,
                now=ENROLLED,
            )
            admin.add_appointment(session, patient_id=patient.id, at=at, now=ENROLLED)
            return patient.id

    return enrol


def at(moment: datetime) -> Callable[[], datetime]:
    return lambda: moment
