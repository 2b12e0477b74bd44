"""Twilio's webhooks: the status callback here, the inbound-message webhook later, both behind `twilio_form`.

Nothing reaches a handler unless Twilio signed it with our auth token: without that check anyone who knows the URL
could mark messages delivered or stop a patient's reminders. Every outcome is logged by outbox id and status; phone
numbers and message bodies never reach a log line or an alert.
"""

import logging
from http import HTTPStatus
from typing import Annotated
from urllib.parse import parse_qsl

from fastapi import APIRouter, Depends, HTTPException, Request, Response
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.datastructures import ImmutableMultiDict
from starlette.requests import ClientDisconnect
from twilio.request_validator import RequestValidator

from bot.db import session_scope, utcnow
from bot.models import OutboundMessage, OutboxStatus
from bot.recipients import refuse_message
from bot.settings import Settings
from bot.transports import is_permanent_failure

logger = logging.getLogger("taperline.twilio")

router = APIRouter()

# Twilio's largest webhooks (an inbound MMS with ten media URLs) are a few KiB; anything near this is not Twilio.
MAX_FORM_BYTES = 64 * 1024
FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"
SIGNATURE_HEADER = "X-Twilio-Signature"
# Present when a Twilio Webhook Rule signs with a SharedKey instead of the auth token, which we do not support.
SIGNATURE_SETTINGS_HEADER = "X-Twilio-Webhooks-Signature-Settings"

# Twilio ignores what a status callback answers, apart from retrying a non-2xx; one empty TwiML document serves
# every outcome, and is what the inbound-message webhook answers when it has nothing to say.
EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response/>'

DELIVERED = frozenset({"delivered"})
FAILED = frozenset({"failed", "undelivered"})
IN_FLIGHT = frozenset({"accepted", "queued", "sending", "sent"})
# Rows that have not yet been reported as having left for the carrier: an in-flight status moves them to `sent`.
BEFORE_SENT = frozenset({OutboxStatus.PLANNED.value, OutboxStatus.CLAIMED.value})


async def twilio_form(request: Request) -> dict[str, str]:
    """The form of a request Twilio signed, or an HTTP error: 503 without an auth token, 413 for a body over
    64 KiB, 415 for a body that is not form-encoded, 400 for a malformed one, 403 for a missing or bad signature.

    Reusable by every Twilio route. A key repeated in the body is signed with all its values and returned with
    its first (Twilio does not repeat keys).
    """
    settings: Settings = request.app.state.settings
    if not settings.twilio_auth_token:
        logger.error(
            "refused %s %s: TWILIO_AUTH_TOKEN is not set, so Twilio's signature cannot be checked",
            request.method,
            request.url.path,
        )
        raise HTTPException(HTTPStatus.SERVICE_UNAVAILABLE, "Twilio webhooks are not configured")

    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type != FORM_CONTENT_TYPE:
        raise HTTPException(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, f"expected {FORM_CONTENT_TYPE}")
    pairs = _parse(await _read_body(request))

    url = settings.public_base_url.rstrip("/") + _path_and_query(request)
    signature = request.headers.get(SIGNATURE_HEADER)
    if not signature or not RequestValidator(settings.twilio_auth_token).validate(
        url, ImmutableMultiDict(pairs), signature
    ):
        hint = ""
        if signature and SIGNATURE_SETTINGS_HEADER in request.headers:
            hint = " (it was signed with a Webhooks SharedKey; only the auth token is supported)"
        elif signature:
            hint = " (check PUBLIC_BASE_URL: Twilio signs the exact URL it calls)"
        logger.warning(
            "refused %s %s: %s Twilio signature%s",
            request.method,
            request.url.path,
            "bad" if signature else "missing",
            hint,
        )
        raise HTTPException(HTTPStatus.FORBIDDEN, "invalid Twilio signature")

    form: dict[str, str] = {}
    for key, value in pairs:
        form.setdefault(key, value)
    return form


TwilioForm = Annotated[dict[str, str], Depends(twilio_form)]


async def _read_body(request: Request) -> bytes:
    """Reads at most MAX_FORM_BYTES, whether or not the client announced the length, so a huge or endless body
    costs us 64 KiB at most."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > MAX_FORM_BYTES:
        raise HTTPException(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "body too large")
    body = bytearray()
    try:
        async for chunk in request.stream():
            body += chunk
            if len(body) > MAX_FORM_BYTES:
                raise HTTPException(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "body too large")
    except ClientDisconnect:
        raise HTTPException(HTTPStatus.BAD_REQUEST, "incomplete body") from None
    return bytes(body)


def _parse(body: bytes) -> list[tuple[str, str]]:
    """Strict parsing: Twilio sends well-formed UTF-8 forms, so anything else is refused rather than guessed at."""
    try:
        return parse_qsl(
            body.decode("utf-8"), keep_blank_values=True, strict_parsing=True, encoding="utf-8", errors="strict"
        )
    except ValueError:  # UnicodeDecodeError included
        raise HTTPException(HTTPStatus.BAD_REQUEST, "malformed form body") from None


def _path_and_query(request: Request) -> str:
    """The path exactly as requested (not percent-decoded), since that is what Twilio signed."""
    raw_path = request.scope.get("raw_path")
    path = raw_path.decode("latin-1") if raw_path else request.url.path
    query = request.scope.get("query_string", b"").decode("latin-1")
    return path + ("?" + query if query else "")


def twiml_response() -> Response:
    return Response(content=EMPTY_TWIML, media_type="text/xml")


@router.post("/twilio/status")
def twilio_status(request: Request, form: TwilioForm) -> Response:
    """Twilio's status callback for a message we sent: record delivery or failure on its outbox row.

    A plain (sync) handler, so FastAPI runs the database work in its thread pool. Any 2xx stops Twilio retrying,
    so a callback for a message we do not know (another app on the account, a purged row) is answered 200.
    """
    sid = form.get("MessageSid", "").strip()
    status = form.get("MessageStatus", "").strip().lower()
    if not sid or not status:
        logger.warning("status callback without MessageSid or MessageStatus: refused")
        raise HTTPException(HTTPStatus.BAD_REQUEST, "MessageSid and MessageStatus are required")
    code = _error_code(form.get("ErrorCode"))

    with session_scope(request.app.state.engine) as session:
        # The row lock orders concurrent callbacks for one message on PostgreSQL; SQLite serialises writers anyway.
        row = session.scalars(
            select(OutboundMessage)
            .where(OutboundMessage.twilio_sid == sid)
            .order_by(OutboundMessage.id)
            .with_for_update()
        ).first()
        if row is None:
            logger.info("status callback %s for an unknown message: nothing changed", status)
            return twiml_response()
        before = row.status
        outcome = _record(session, row, status, code)
        logger.info(
            "status callback %s: outbox %d %s -> %s%s (%s)",
            status,
            row.id,
            before,
            row.status,
            f", error {code}" if code is not None else "",
            outcome,
        )
    return twiml_response()


def _error_code(value: str | None) -> int | None:
    if value is None or not value.strip():
        return None
    try:
        return int(value.strip())
    except ValueError:
        logger.warning("status callback with a non-numeric ErrorCode: recorded without a code")
        return None


def _record(session: Session, row: OutboundMessage, status: str, code: int | None) -> str:
    """Apply one reported status to the row and say what happened, for the log.

    Statuses only move forward: planned/claimed -> sent -> delivered or failed, because Twilio's callbacks may
    arrive out of order. `delivered` is final (a carrier confirmed it); a late `delivered` may still overrule a
    failure, since the handset evidently got the message.
    """
    now = utcnow()
    if status in DELIVERED:
        if row.status == OutboxStatus.DELIVERED:
            return "already delivered"
        row.status = OutboxStatus.DELIVERED.value
        row.sent_at = row.sent_at or now
        return "delivered"

    if status in FAILED:
        if row.status == OutboxStatus.DELIVERED:
            return "late failure after delivery ignored"
        if row.status == OutboxStatus.FAILED and (code is None or row.error_code == code):
            return "repeated failure ignored"  # a retried callback must not raise a second alert
        row.status = OutboxStatus.FAILED.value
        if code is not None:
            row.error_code = code
        if code is None or not is_permanent_failure(code):
            return "transient failure"
        reason = (
            f"Twilio could not deliver a {row.kind} message (outbox {row.id}, error {code}); sending it again "
            "would fail the same way. Check the clinic's Twilio settings."
        )
        if refuse_message(session, row, code, now, reason):
            return "permanent failure: patient's number refused, unsent messages cancelled, alert raised"
        return "permanent failure: alert raised"

    if status in IN_FLIGHT:
        if row.status not in BEFORE_SENT:
            return "no change"
        row.status = OutboxStatus.SENT.value
        row.sent_at = row.sent_at or now
        return "sent"

    return "status not tracked"
