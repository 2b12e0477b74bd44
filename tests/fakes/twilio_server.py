"""A fake Twilio REST API on loopback, so tests and benchmarks drive the real SDK over real HTTP.

Mocking the SDK would test our guesses about it; this fake instead answers the SDK's own requests with Twilio's
own status codes and error bodies, and lets a test script failures per number or for the next few sends.
"""

import base64
import contextlib
import json
import re
import secrets
import socket
import socketserver
import threading
import time
from collections import deque
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Self
from urllib.parse import parse_qs, urlsplit

from messages.segments import count_segments

API = "/2010-04-01"
MESSAGES = re.compile(rf"^{API}/Accounts/(?P<account>AC\w+)/Messages\.json$")
MESSAGE = re.compile(rf"^{API}/Accounts/(?P<account>AC\w+)/Messages/(?P<sid>SM\w+)\.json$")

# Scripted code -> (HTTP status, Twilio error code, message as Twilio words it; {to} is the recipient).
ERRORS: dict[int, tuple[int, int, str]] = {
    21211: (400, 21211, "The 'To' number {to} is not a valid phone number."),
    21408: (
        400,
        21408,
        "Permission to send an SMS has not been enabled for the region indicated by the 'To' number: {to}.",
    ),
    21610: (400, 21610, "Attempt to send to unsubscribed recipient"),
    21612: (
        400,
        21612,
        "The 'To' phone number: {to}, is not currently reachable using the 'From' phone number via SMS.",
    ),
    21614: (400, 21614, "'To' number is not a valid mobile number"),
    21635: (400, 21635, "'To' number cannot be a Landline"),
    429: (429, 20429, "Too Many Requests"),
    20429: (429, 20429, "Too Many Requests"),
    500: (500, 20500, "Internal Server Error"),
    20500: (500, 20500, "Internal Server Error"),
    503: (503, 20503, "Service Unavailable"),
    20503: (503, 20503, "Service Unavailable"),
}


def error_body(status: int, code: int, message: str) -> dict[str, Any]:
    return {
        "code": code,
        "message": message,
        "more_info": f"https://www.twilio.com/docs/errors/{code}",
        "status": status,
    }


class FakeTwilio:
    """Start it with `with FakeTwilio() as fake:` and point TwilioTransport at `fake.base_url`."""

    def __init__(
        self,
        account_sid: str | None = None,
        auth_token: str | None = None,
        same_sid: str | None = None,
        latency: float = 0.0,
    ) -> None:
        """`same_sid` answers every message with one SID, as a mock built from Twilio's OpenAPI examples does;
        `latency` (seconds) delays each answer, as the round trip to Twilio's API does."""
        self.account_sid = account_sid or "AC" + secrets.token_hex(16)
        self.same_sid = same_sid
        self.latency = latency
        self.auth_token = auth_token or secrets.token_hex(16)
        self._lock = threading.Lock()
        self._messages: dict[str, dict[str, Any]] = {}
        self._received: list[dict[str, str | None]] = []
        self._failures: dict[str, int] = {}
        self._next_failures: deque[tuple[str | None, int]] = deque()
        self._server = _Server(self)
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def messages(self) -> list[dict[str, str | None]]:
        """Accepted messages only, like Twilio, which creates no resource for a refused one. A copy: the server
        thread keeps appending while the test reads."""
        with self._lock:
            return list(self._received)

    def fail(self, to: str, code: int) -> None:
        """Every send to `to` fails with `code` from now on, as a landline or an opted-out number would."""
        with self._lock:
            self._failures[to] = code

    def fail_next(self, to: str | None, code: int) -> None:
        """The next send to `to` (to any number when None) fails once with `code`."""
        with self._lock:
            self._next_failures.append((to, code))

    def fail_next_n(self, n: int, code: int) -> None:
        """The next `n` sends fail with `code`, for transient-then-success retry tests."""
        with self._lock:
            self._next_failures.extend([(None, code)] * n)

    def start(self) -> Self:
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread.is_alive():
            self._server.shutdown()
        self._server.close_connections()
        self._server.server_close()
        self._thread.join()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.stop()

    def _scripted_failure(self, to: str) -> int | None:
        with self._lock:
            for index, (target, code) in enumerate(self._next_failures):
                if target is None or target == to:
                    del self._next_failures[index]
                    return code
            return self._failures.get(to)

    def create(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        to, body = form.get("To"), form.get("Body")
        from_number, service = form.get("From"), form.get("MessagingServiceSid")
        if not to:
            return 400, error_body(400, 21604, "A 'To' phone number is required.")
        if not body:
            return 400, error_body(400, 21602, "Message body is required.")
        if not from_number and not service:
            return 400, error_body(400, 21603, "A 'From' or 'MessagingServiceSid' parameter is required")
        code = self._scripted_failure(to)
        if code is not None:
            status, twilio_code, message = ERRORS.get(code, (400, code, "Error {code}"))
            return status, error_body(status, twilio_code, message.format(to=to, code=code))
        sid = self.same_sid or "SM" + secrets.token_hex(16)
        now = format_datetime(datetime.now(UTC))
        uri = f"{API}/Accounts/{self.account_sid}/Messages/{sid}.json"
        resource = {
            "account_sid": self.account_sid,
            "api_version": "2010-04-01",
            "body": body,
            "date_created": now,
            "date_sent": None,
            "date_updated": now,
            "direction": "outbound-api",
            "error_code": None,
            "error_message": None,
            "from": from_number,
            "messaging_service_sid": service,
            "num_media": "0",
            "num_segments": str(count_segments(body).segments),
            "price": None,
            "price_unit": "USD",
            "sid": sid,
            # A messaging service picks the sender later, so Twilio first reports such a message as accepted.
            "status": "queued" if from_number else "accepted",
            "subresource_uris": {"media": uri.removesuffix(".json") + "/Media.json"},
            "to": to,
            "uri": uri,
        }
        received = {
            "To": to,
            "From": from_number,
            "MessagingServiceSid": service,
            "Body": body,
            "StatusCallback": form.get("StatusCallback"),
            "AccountSid": self.account_sid,
            "sid": sid,
        }
        with self._lock:
            self._messages[sid] = resource
            self._received.append(received)
        return 201, resource

    def fetch(self, sid: str) -> tuple[int, dict[str, Any]]:
        with self._lock:
            resource = self._messages.get(sid)
        if resource is None:
            return 404, error_body(404, 20404, f"The requested resource {API}/Messages/{sid}.json was not found")
        return 200, resource


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, fake: FakeTwilio) -> None:
        self.fake = fake
        self.connections: set[socket.socket] = set()
        self.connections_lock = threading.Lock()
        super().__init__(("127.0.0.1", 0), _Handler)

    def server_bind(self) -> None:
        # HTTPServer's own looks up the host's name, which can stall for seconds without working DNS.
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = self.server_address[:2]

    def close_connections(self) -> None:
        """Keep-alive connections would leave handler threads waiting for requests that never come."""
        with self.connections_lock:
            for connection in self.connections:
                with contextlib.suppress(OSError):
                    connection.shutdown(socket.SHUT_RDWR)


class _Handler(BaseHTTPRequestHandler):
    # HTTP/1.1 keep-alive, no Nagle, and each answer written in one piece: without these every message pays
    # for a new connection or a delayed-ACK stall, and the benchmark measures the fake instead of the code.
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    wbufsize = 64 * 1024
    server: _Server

    def setup(self) -> None:
        super().setup()
        with self.server.connections_lock:
            self.server.connections.add(self.connection)

    def finish(self) -> None:
        with self.server.connections_lock:
            self.server.connections.discard(self.connection)
        super().finish()

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length).decode()
        match = MESSAGES.match(urlsplit(self.path).path)
        if match is None:
            self.not_found()
        elif self.authorized(match["account"]):
            form = {key: values[-1] for key, values in parse_qs(raw, keep_blank_values=True).items()}
            time.sleep(self.server.fake.latency)
            self.answer(*self.server.fake.create(form))

    def do_GET(self) -> None:
        match = MESSAGE.match(urlsplit(self.path).path)
        if match is None:
            self.not_found()
        elif self.authorized(match["account"]):
            self.answer(*self.server.fake.fetch(match["sid"]))

    def authorized(self, account: str) -> bool:
        fake = self.server.fake
        expected = base64.b64encode(f"{fake.account_sid}:{fake.auth_token}".encode()).decode()
        if account == fake.account_sid and self.headers.get("Authorization") == f"Basic {expected}":
            return True
        self.answer(
            401, error_body(401, 20003, "Authenticate") | {"detail": "Your AccountSid or AuthToken was incorrect."}
        )
        return False

    def not_found(self) -> None:
        path = urlsplit(self.path).path
        self.answer(404, error_body(404, 20404, f"The requested resource {path} was not found"))

    def answer(self, status: int, document: dict[str, Any]) -> None:
        payload = json.dumps(document).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: Any) -> None:
        """Silent: request lines would flood test output at benchmark rates."""
