"""Calling the served app the way Twilio does: form-encoded, signed with the SDK's own `compute_signature` over
PUBLIC_BASE_URL + path, and carrying the fields Twilio sends with a status callback."""

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any
from uuid import uuid4

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session
from twilio.request_validator import RequestValidator

from bot.models import Alert, Appointment, OutboundMessage, OutboxStatus, Patient
from bot.settings import Settings
from bot.web.app import create_app
from tests.bot.factories import add_appointment, add_patient
from tests.bot.serving import serving

AUTH_TOKEN = "test-auth-token-5f1c0a9e7d3b"
ACCOUNT_SID = "AC" + "1" * 32
CLINIC_NUMBER = "+15005550006"
PATIENT_PHONE = "+15555550123"  # the factories' default patient
BODY = "Reminder: no benzos from today until your infusion on the 14th"

SIGN = object()  # post(..., signature=SIGN): sign the request as Twilio would


@dataclass(frozen=True)
class Twilio:
    base_url: str  # where the app listens
    public_base_url: str  # the address Twilio was given, which it signs
    auth_token: str = AUTH_TOKEN
    app: FastAPI | None = field(default=None, compare=False, repr=False)

    def sign(self, path: str, params: Mapping[str, str], token: str | None = None) -> str:
        return RequestValidator(token or self.auth_token).compute_signature(self.public_base_url + path, params)

    def post(self, path: str, params: Mapping[str, str], *, signature: object = SIGN, **kwargs: Any) -> httpx.Response:
        headers = dict(kwargs.pop("headers", {}))
        if signature is SIGN:
            headers["X-Twilio-Signature"] = self.sign(path, params)
        elif signature is not None:
            headers["X-Twilio-Signature"] = str(signature)
        return httpx.post(self.base_url + path, data=dict(params), headers=headers, timeout=10, **kwargs)

    def sms(self, body: str, *, sender: str = PATIENT_PHONE, sid: str | None = None, **kwargs: Any) -> httpx.Response:
        """A patient's text, as Twilio posts it to the inbound-message webhook."""
        params = {
            "AccountSid": ACCOUNT_SID,
            "ApiVersion": "2010-04-01",
            "MessageSid": sid or "SM" + uuid4().hex,
            "From": sender,
            "To": CLINIC_NUMBER,
            "Body": body,
            "NumMedia": "0",
        }
        return self.post("/twilio/sms", params, **kwargs)

    def status(
        self, sid: str, status: str, error_code: int | None = None, *, signature: object = SIGN
    ) -> httpx.Response:
        return self.post("/twilio/status", status_params(sid, status, error_code), signature=signature)


def status_params(sid: str, status: str, error_code: int | None = None) -> dict[str, str]:
    """What Twilio posts to a status callback, phone numbers included: they must not end up in logs."""
    params = {
        "AccountSid": ACCOUNT_SID,
        "ApiVersion": "2010-04-01",
        "From": CLINIC_NUMBER,
        "To": PATIENT_PHONE,
        "MessageSid": sid,
        "SmsSid": sid,
        "MessageStatus": status,
        "SmsStatus": status,
    }
    if error_code is not None:
        params["ErrorCode"] = str(error_code)
    return params


@contextmanager
def served_app(
    database_url: str, *, auth_token: str | None = AUTH_TOKEN, public_base_url: str | None = None
) -> Iterator[Twilio]:
    """The app on real uvicorn. PUBLIC_BASE_URL defaults to the served address, which is known only once the
    socket is bound, so the frozen Settings are replaced on `app.state` before any request is made."""
    app = create_app(Settings(database_url=database_url, twilio_auth_token=auth_token))
    with serving(app) as base_url:
        public = public_base_url or base_url
        app.state.settings = replace(app.state.settings, public_base_url=public)
        yield Twilio(base_url=base_url, public_base_url=public, app=app)


def add_message(
    session: Session,
    patient: Patient | None = None,
    appointment: Appointment | None = None,
    *,
    sid: str | None,
    status: str = OutboxStatus.SENT.value,
    kind: str = "reminder",
    slot: str = "",
) -> OutboundMessage:
    """An outbox row; with a SID and status `sent` it is one the dispatcher has handed to Twilio."""
    if appointment is None:
        appointment = add_appointment(session, patient or add_patient(session, consent_method="written"))
    message = OutboundMessage(
        patient_id=appointment.patient_id,
        appointment_id=appointment.id,
        kind=kind,
        template=kind,
        slot=slot,
        send_at=datetime(2027, 3, 4, 15, 0, tzinfo=UTC),
        status=status,
        twilio_sid=sid,
        body=BODY if sid else None,
        sent_at=datetime(2027, 3, 4, 15, 0, 5, tzinfo=UTC) if sid else None,
    )
    session.add(message)
    session.flush()
    return message


def sid(n: int) -> str:
    return f"SM{n:032x}"


def database_state(session: Session) -> dict[str, list[tuple[Any, ...]]]:
    """Everything a status callback could change, read fresh, so a test can say "nothing changed"."""
    session.expire_all()
    return {
        "outbox": [
            (m.id, m.status, m.error_code, m.sent_at, m.updated_at)
            for m in session.scalars(select(OutboundMessage).order_by(OutboundMessage.id))
        ],
        "patients": [
            (p.id, p.opted_out_at, p.unreachable_at, p.unreachable_code)
            for p in session.scalars(select(Patient).order_by(Patient.id))
        ],
        "alerts": [(a.id, a.kind, a.message) for a in session.scalars(select(Alert).order_by(Alert.id))],
    }


def sent_with_one_planned(session: Session) -> tuple[Patient, OutboundMessage, OutboundMessage]:
    """A consenting patient with one message handed to Twilio (SID `sid(1)`) and one still planned, committed."""
    patient = add_patient(session, consent_method="written")
    appointment = add_appointment(session, patient)
    message = add_message(session, appointment=appointment, sid=sid(1))
    planned = add_message(session, appointment=appointment, sid=None, status="planned", kind="day_before")
    session.commit()
    return patient, message, planned


@pytest.fixture
def twilio(engine: Engine, database_url: str) -> Iterator[Twilio]:
    """The app served on the test's migrated database, with an auth token and PUBLIC_BASE_URL set."""
    with served_app(database_url) as caller:
        yield caller
