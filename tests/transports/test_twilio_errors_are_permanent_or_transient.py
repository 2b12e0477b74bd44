"""Twilio's refusals become SendError with the one bit the dispatcher acts on: retry, or stop for good."""

import socket
from collections.abc import Iterator

import pytest

from bot.transports import Sender, SendError, TwilioTransport, is_permanent_failure
from tests.fakes.twilio_server import FakeTwilio

PATIENT = "+15551230002"


def refusal(transport: TwilioTransport, sender: Sender, to: str = PATIENT, body: str = "Hello") -> SendError:
    with pytest.raises(SendError) as caught:
        transport.send(to, body, sender=sender, status_callback=None)
    return caught.value


@pytest.mark.parametrize("code", [21610, 21211, 21614, 21635, 21612, 21408])
def test_a_recipient_twilio_will_never_reach_is_a_permanent_failure(
    fake_twilio: FakeTwilio, transport: TwilioTransport, sender: Sender, code: int
) -> None:
    fake_twilio.fail_next(PATIENT, code)

    error = refusal(transport, sender)

    assert (error.code, error.status, error.permanent) == (code, 400, True)


@pytest.mark.parametrize(("scripted", "code", "status"), [(429, 20429, 429), (500, 20500, 500), (503, 20503, 503)])
def test_rate_limits_and_server_errors_are_transient(
    fake_twilio: FakeTwilio, transport: TwilioTransport, sender: Sender, scripted: int, code: int, status: int
) -> None:
    fake_twilio.fail_next(None, scripted)

    error = refusal(transport, sender)

    assert (error.code, error.status, error.permanent) == (code, status, False)


def test_another_4xx_is_permanent_because_twilio_will_never_accept_that_request(
    transport: TwilioTransport, sender: Sender
) -> None:
    error = refusal(transport, sender, body="")

    assert (error.code, error.status, error.permanent) == (21602, 400, True)


def test_wrong_credentials_are_a_permanent_401(fake_twilio: FakeTwilio, sender: Sender) -> None:
    transport = TwilioTransport(fake_twilio.account_sid, "not-the-token", fake_twilio.base_url)

    error = refusal(transport, sender)

    assert (error.code, error.status, error.permanent) == (20003, 401, True)
    assert fake_twilio.messages == []


def test_a_closed_port_is_a_transient_network_error(sender: Sender) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    transport = TwilioTransport("AC" + "0" * 32, "token", f"http://127.0.0.1:{port}")

    error = refusal(transport, sender)

    assert (error.code, error.status, error.permanent) == (None, None, False)


@pytest.fixture
def silent_server() -> Iterator[str]:
    """Accepts connections (the kernel does, from the backlog) and never answers."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"


def test_a_timeout_is_a_transient_network_error(silent_server: str, sender: Sender) -> None:
    transport = TwilioTransport("AC" + "0" * 32, "token", silent_server, timeout=0.2)

    error = refusal(transport, sender)

    assert (error.code, error.status, error.permanent) == (None, None, False)
    assert "Timeout" in str(error)


def test_a_transient_failure_clears_and_the_next_send_goes_through(
    fake_twilio: FakeTwilio, transport: TwilioTransport, sender: Sender
) -> None:
    fake_twilio.fail_next_n(2, 429)

    assert [refusal(transport, sender).permanent for _ in range(2)] == [False, False]
    result = transport.send(PATIENT, "Hello", sender=sender, status_callback=None)

    assert [message["sid"] for message in fake_twilio.messages] == [result.sid]


def test_a_number_scripted_to_fail_fails_every_time_and_others_still_send(
    fake_twilio: FakeTwilio, transport: TwilioTransport, sender: Sender
) -> None:
    fake_twilio.fail(to="+15005550009", code=21614)

    assert [refusal(transport, sender, to="+15005550009").code for _ in range(2)] == [21614, 21614]
    transport.send(PATIENT, "Hello", sender=sender, status_callback=None)

    assert [message["To"] for message in fake_twilio.messages] == [PATIENT]


@pytest.mark.parametrize(("code", "permanent"), [(30006, True), (30003, False), (30008, False)])
def test_delivery_errors_from_status_callbacks_classify_by_code_alone(code: int, permanent: bool) -> None:
    assert is_permanent_failure(code) is permanent


def test_a_send_with_no_sender_is_refused_for_good_before_it_reaches_twilio(
    fake_twilio: FakeTwilio, transport: TwilioTransport
) -> None:
    error = refusal(transport, Sender())

    assert error.permanent and "TWILIO_FROM_NUMBER" in str(error)
    assert fake_twilio.messages == []
