"""Sending one SMS, and saying whether a failure is worth retrying.

The dispatcher decides what to do with a failure from one bit, `SendError.permanent`: permanent failures stop
sending to that patient and raise an alert, transient ones are retried with backoff. Keeping the classification
here, next to the only code that talks to Twilio, means the rest of the application never parses Twilio's errors.
"""

import functools
import os
import queue
import secrets
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Protocol, TextIO
from urllib.parse import urlsplit

import requests
from requests.utils import get_environ_proxies
from twilio.base.exceptions import TwilioException
from twilio.http import HttpClient
from twilio.http.http_client import TwilioHttpClient
from twilio.http.response import Response
from twilio.rest import Client

from bot.settings import TWILIO_API_BASE_URL, Settings, checked_transport

# Opted out (STOP), invalid number, not a mobile, landline, unreachable from this sender, region not enabled:
# sending again gives the same answer.
PERMANENT_CODES = frozenset({21610, 21211, 21614, 21635, 30006, 21612, 21408})
# Of those, the ones about the patient's number itself: nothing more should be sent to it.
RECIPIENT_CODES = frozenset({21610, 21211, 21614, 21635, 30006, 21612})
# Too many requests, and an unreachable handset that may be switched on again.
TRANSIENT_CODES = frozenset({20429, 30003})


@dataclass(frozen=True)
class SendResult:
    sid: str
    status: str


@dataclass(frozen=True)
class Sender:
    """A clinic sends from a number or through a messaging service. Twilio refuses a message with neither; the
    console transport, which a fresh checkout runs on, needs neither."""

    from_number: str | None = None
    messaging_service_sid: str | None = None

    @property
    def name(self) -> str:
        return self.from_number or self.messaging_service_sid or "no sender set"


class SendError(Exception):
    """A failed send. The message names only codes, never the number or the text: it ends up in logs."""

    def __init__(self, message: str, *, code: int | None = None, status: int | None = None, permanent: bool) -> None:
        super().__init__(message)
        self.code = code
        self.status = status
        self.permanent = permanent


def is_permanent_failure(code: int | None, status: int | None = None) -> bool:
    """Public so that status callbacks (which carry only an error code) classify delivery failures the same way.

    A 4xx without a known code is a request Twilio will never accept, so retrying it only burns the rate limit;
    rate limiting, server errors and no answer at all may clear up on their own.
    """
    if code in PERMANENT_CODES:
        return True
    if code in TRANSIENT_CODES or status is None or status == 429:
        return False
    return 400 <= status < 500


class SmsTransport(Protocol):
    def send(self, to: str, body: str, *, sender: Sender, status_callback: str | None) -> SendResult: ...


@dataclass(frozen=True)
class ConsoleMessage:
    to: str
    body: str
    sender: Sender
    status_callback: str | None
    sid: str


class ConsoleTransport:
    """The default without credentials, so that a fresh checkout or the demo shows its texts and never sends one."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.sent: list[ConsoleMessage] = []
        self._stream = stream
        self._lock = threading.Lock()

    def send(self, to: str, body: str, *, sender: Sender, status_callback: str | None) -> SendResult:
        sid = "CONSOLE" + secrets.token_hex(15)
        lines = "".join(f"    {line}\n" for line in body.splitlines() or [""])
        # One write under the lock keeps the blocks of concurrent senders from interleaving.
        with self._lock:
            stream = self._stream or sys.stdout
            stream.write(f"--- SMS {sid} to {to} from {sender.name}\n{lines}")
            stream.flush()
            self.sent.append(ConsoleMessage(to, body, sender, status_callback, sid))
        return SendResult(sid=sid, status="sent")


def pooled_http_client(base_url: str, timeout: float | None) -> TwilioHttpClient:
    """The SDK's client with its pooled session, reading the environment once rather than per request.

    requests re-reads proxy and CA settings from the environment on every request, a sixth of a send's CPU at
    hundreds a second; every request here goes to one host, so they are read once, for that host.
    """
    client = TwilioHttpClient(timeout=timeout, proxy=get_environ_proxies(base_url) or None)
    assert client.session is not None  # pooled, which is the SDK's default
    client.session.trust_env = False
    client.session.verify = os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE") or True
    return client


class RedirectingHttpClient(HttpClient):
    """Points the real SDK at a fake or a mock, so tests exercise the SDK's own requests and error parsing.

    It wraps the SDK's client instead of reimplementing it, keeping its pooled session: at hundreds of messages
    a second a new TLS connection per message would cost more than the messages.
    """

    def __init__(self, base_url: str, timeout: float | None = None) -> None:
        self.inner = pooled_http_client(base_url, timeout)
        super().__init__(logger=self.inner.logger, is_async=False, timeout=timeout)
        self.base_url = base_url.rstrip("/")

    def rewrite(self, url: str) -> str:
        """Every *.twilio.com host, because TWILIO_REGION or TWILIO_EDGE make the SDK add region labels to it."""
        parts = urlsplit(url)
        host = parts.hostname or ""
        if host != "twilio.com" and not host.endswith(".twilio.com"):
            return url
        return self.base_url + url.removeprefix(f"{parts.scheme}://{parts.netloc}")

    def request(
        self,
        method: str,
        url: str,
        params: dict[str, object] | None = None,
        data: dict[str, object] | None = None,
        headers: dict[str, str] | None = None,
        auth: tuple[str, str] | None = None,
        timeout: float | None = None,
        allow_redirects: bool = False,
    ) -> Response:
        return self.inner.request(
            method,
            self.rewrite(url),
            params=params,
            data=data,
            headers=headers,
            auth=auth,
            timeout=timeout,
            allow_redirects=allow_redirects,
        )


class TwilioTransport:
    """The real SDK rather than hand-made requests, so that its parameter names and error parsing are the ones
    production runs, in tests too.

    Safe to share between threads: the SDK's HTTP client keeps the last request and response on itself, and
    requests' Session is not documented as thread-safe, so each send borrows a client of its own from a pool that
    grows to the number of sends at once and keeps their connections open between passes.
    """

    def __init__(
        self, account_sid: str, auth_token: str, api_base_url: str = TWILIO_API_BASE_URL, timeout: float = 10
    ) -> None:
        self._new_client = functools.partial(_twilio_client, account_sid, auth_token, api_base_url, timeout)
        self._idle: queue.SimpleQueue[Client] = queue.SimpleQueue()
        self._idle.put(self._new_client())

    def send(self, to: str, body: str, *, sender: Sender, status_callback: str | None) -> SendResult:
        if not sender.from_number and not sender.messaging_service_sid:
            raise SendError(
                "no sender: give the clinic a Twilio number, or set TWILIO_FROM_NUMBER or TWILIO_MESSAGING_SERVICE_SID",
                permanent=True,
            )
        with self._client() as client:
            try:
                message = client.messages.create(
                    to=to,
                    body=body,
                    from_=sender.from_number,
                    messaging_service_sid=sender.messaging_service_sid,
                    status_callback=status_callback,
                )
            except (TwilioException, requests.RequestException) as error:
                # Twilio's own message may quote the number, and a chained cause would print it: `from None`.
                raise _send_error(error) from None
        return SendResult(sid=message.sid or "", status=str(message.status))

    @contextmanager
    def _client(self) -> Iterator[Client]:
        try:
            client = self._idle.get_nowait()
        except queue.Empty:
            client = self._new_client()
        try:
            yield client
        finally:
            self._idle.put(client)


def _twilio_client(account_sid: str, auth_token: str, api_base_url: str, timeout: float) -> Client:
    http_client: HttpClient = (
        pooled_http_client(api_base_url, timeout)
        if api_base_url.rstrip("/") == TWILIO_API_BASE_URL
        else RedirectingHttpClient(api_base_url, timeout=timeout)
    )
    return Client(account_sid, auth_token, http_client=http_client)


def _send_error(error: TwilioException | requests.RequestException) -> SendError:
    code, status = getattr(error, "code", None), getattr(error, "status", None)
    if status is None:
        return SendError(f"no answer from Twilio ({type(error).__name__})", permanent=False)
    permanent = is_permanent_failure(code, status)
    kind = "permanent" if permanent else "transient"
    message = f"Twilio refused the message: error {code}, HTTP {status} ({kind})"
    return SendError(message, code=code, status=status, permanent=permanent)


def make_transport(settings: Settings) -> SmsTransport:
    if checked_transport(settings.sms_transport, settings.twilio_account_sid, settings.twilio_auth_token) == "console":
        return ConsoleTransport()
    # checked_transport refuses "twilio" without both credentials.
    account_sid, auth_token = settings.twilio_account_sid or "", settings.twilio_auth_token or ""
    return TwilioTransport(account_sid, auth_token, settings.twilio_api_base_url)


def status_callback_url(settings: Settings) -> str:
    """Twilio signs the exact URL it calls, so this must match the route and PUBLIC_BASE_URL to the character."""
    return settings.public_base_url.rstrip("/") + "/twilio/status"
