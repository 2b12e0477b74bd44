"""A transport on the fake Twilio server, and the clinic number it sends from."""

import pytest

from bot.transports import Sender, TwilioTransport
from tests.fakes.twilio_server import FakeTwilio

CLINIC_NUMBER = "+15005550006"


@pytest.fixture
def transport(fake_twilio: FakeTwilio) -> TwilioTransport:
    return TwilioTransport(fake_twilio.account_sid, fake_twilio.auth_token, fake_twilio.base_url)


@pytest.fixture
def sender() -> Sender:
    return Sender(from_number=CLINIC_NUMBER)
