"""Settings pick the transport; asking for Twilio without credentials is refused in one line."""

import pytest

from bot.errors import TaperlineError
from bot.settings import Settings
from bot.transports import ConsoleTransport, Sender, TwilioTransport, make_transport, status_callback_url
from tests.fakes.twilio_server import FakeTwilio


def test_the_console_is_the_default() -> None:
    assert isinstance(make_transport(Settings()), ConsoleTransport)


def test_twilio_with_credentials_sends_through_the_configured_api(fake_twilio: FakeTwilio) -> None:
    settings = Settings(
        sms_transport="twilio",
        twilio_account_sid=fake_twilio.account_sid,
        twilio_auth_token=fake_twilio.auth_token,
        twilio_api_base_url=fake_twilio.base_url,
    )

    transport = make_transport(settings)
    transport.send("+15551230005", "Hello", sender=Sender(from_number="+15005550006"), status_callback=None)

    assert isinstance(transport, TwilioTransport)
    assert len(fake_twilio.messages) == 1


@pytest.mark.parametrize(
    "credentials",
    [{}, {"twilio_account_sid": "AC" + "0" * 32}, {"twilio_auth_token": "token"}],
)
def test_twilio_without_credentials_is_refused_in_one_line(credentials: dict[str, str]) -> None:
    with pytest.raises(TaperlineError) as caught:
        make_transport(Settings(sms_transport="twilio", **credentials))

    assert "TWILIO_ACCOUNT_SID" in str(caught.value)
    assert "\n" not in str(caught.value)


def test_the_status_callback_is_the_public_base_url_plus_the_route() -> None:
    settings = Settings(public_base_url="https://taperline.example.org")

    assert status_callback_url(settings) == "https://taperline.example.org/twilio/status"
