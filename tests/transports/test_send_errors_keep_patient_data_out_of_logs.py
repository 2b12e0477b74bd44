"""A SendError is logged, traceback and all, so neither may carry a patient's number or message."""

import logging
import traceback

import pytest

from bot.transports import Sender, SendError, TwilioTransport
from tests.fakes.twilio_server import FakeTwilio

PATIENT = "+15551230003"
BODY = "Reminder: no benzos from today until your infusion on the 14th"


def logged(transport: TwilioTransport, sender: Sender, caplog: pytest.LogCaptureFixture) -> str:
    with caplog.at_level(logging.DEBUG), pytest.raises(SendError) as caught:
        transport.send(PATIENT, BODY, sender=sender, status_callback=None)
    return str(caught.value) + "".join(traceback.format_exception(caught.value)) + caplog.text


@pytest.mark.parametrize("code", [21211, 21612, 21408, 21610, 429, 500])
def test_twilios_refusal_names_neither_the_number_nor_the_body(
    fake_twilio: FakeTwilio, transport: TwilioTransport, sender: Sender, code: int, caplog: pytest.LogCaptureFixture
) -> None:
    fake_twilio.fail(to=PATIENT, code=code)

    text = logged(transport, sender, caplog)

    assert PATIENT not in text
    assert PATIENT.removeprefix("+") not in text
    assert BODY not in text


def test_a_network_error_names_neither_the_number_nor_the_body(
    sender: Sender, caplog: pytest.LogCaptureFixture
) -> None:
    transport = TwilioTransport("AC" + "0" * 32, "token", "http://127.0.0.1:9")

    text = logged(transport, sender, caplog)

    assert PATIENT not in text
    assert BODY not in text
