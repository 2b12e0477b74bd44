"""The real Twilio SDK, pointed at the fake by host rewriting, sends what the dispatcher asked for."""

import re
from concurrent.futures import ThreadPoolExecutor

from twilio.rest import Client

from bot.transports import RedirectingHttpClient, Sender, TwilioTransport
from tests.fakes.twilio_server import FakeTwilio
from tests.transports.conftest import CLINIC_NUMBER

PATIENT = "+15551230001"
CALLBACK = "https://clinic.example/twilio/status"


def test_it_reaches_the_fake_and_returns_twilios_sid(
    fake_twilio: FakeTwilio, transport: TwilioTransport, sender: Sender
) -> None:
    result = transport.send(PATIENT, "See you Tuesday", sender=sender, status_callback=CALLBACK)

    assert re.fullmatch(r"SM[0-9a-f]{32}", result.sid)
    assert result.status == "queued"
    assert [message["sid"] for message in fake_twilio.messages] == [result.sid]


def test_the_fake_saw_the_recipient_body_sender_and_status_callback(
    fake_twilio: FakeTwilio, transport: TwilioTransport, sender: Sender
) -> None:
    transport.send(
        PATIENT, "No alcohol from today, please.\nReply STOP to opt out", sender=sender, status_callback=CALLBACK
    )

    (message,) = fake_twilio.messages
    assert message["To"] == PATIENT
    assert message["Body"] == "No alcohol from today, please.\nReply STOP to opt out"
    assert message["From"] == CLINIC_NUMBER
    assert message["MessagingServiceSid"] is None
    assert message["StatusCallback"] == CALLBACK
    assert message["AccountSid"] == fake_twilio.account_sid


def test_a_messaging_service_can_be_the_sender(fake_twilio: FakeTwilio, transport: TwilioTransport) -> None:
    service = "MG" + "a" * 32

    result = transport.send(PATIENT, "Hello", sender=Sender(messaging_service_sid=service), status_callback=None)

    (message,) = fake_twilio.messages
    assert message["MessagingServiceSid"] == service
    assert message["From"] is None
    assert message["StatusCallback"] is None
    assert result.status == "accepted"


def test_the_sent_message_can_be_fetched_back_through_the_sdk(
    fake_twilio: FakeTwilio, transport: TwilioTransport, sender: Sender
) -> None:
    result = transport.send(PATIENT, "Hello", sender=sender, status_callback=None)

    client = Client(
        fake_twilio.account_sid, fake_twilio.auth_token, http_client=RedirectingHttpClient(fake_twilio.base_url)
    )
    fetched = client.messages(result.sid).fetch()

    assert (fetched.sid, fetched.to, fetched.body, fetched.num_segments) == (result.sid, PATIENT, "Hello", "1")


def test_only_twilio_hosts_are_rewritten_to_the_base_url() -> None:
    client = RedirectingHttpClient("http://127.0.0.1:8099/fake")
    path = "/2010-04-01/Accounts/AC1/Messages.json?PageSize=5"

    assert client.rewrite("https://api.twilio.com" + path) == "http://127.0.0.1:8099/fake" + path
    assert client.rewrite("https://api.dublin.ie1.twilio.com" + path) == "http://127.0.0.1:8099/fake" + path
    assert client.rewrite("https://example.com" + path) == "https://example.com" + path
    assert client.rewrite("https://nottwilio.com" + path) == "https://nottwilio.com" + path


def test_sends_from_many_threads_at_once_each_get_their_own_sid(
    fake_twilio: FakeTwilio, transport: TwilioTransport, sender: Sender
) -> None:
    recipients = [f"+1555123{n:04d}" for n in range(40)]

    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda to: transport.send(to, to, sender=sender, status_callback=None), recipients))

    sids_by_recipient = {message["To"]: message["sid"] for message in fake_twilio.messages}
    assert [result.sid for result in results] == [sids_by_recipient[to] for to in recipients]
