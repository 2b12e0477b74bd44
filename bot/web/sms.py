"""`POST /twilio/sms`: a patient's text arrives, the conversation answers it in TwiML, and any page to the clinic's
on-call phone goes out after the answer, so a slow send never delays the patient's reply."""

import logging
from http import HTTPStatus

from fastapi import APIRouter, BackgroundTasks, HTTPException, Request, Response
from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError
from twilio.twiml.messaging_response import MessagingResponse

from bot.conversation import Answer, Inbound, Page, receive
from bot.db import session_scope
from bot.models import Clinic, InboundMessage
from bot.senders import sender_for
from bot.settings import Settings
from bot.transports import SendError, SmsTransport
from bot.web.twilio import TwilioForm, twiml_response

logger = logging.getLogger("taperline.twilio")

router = APIRouter()

# One SMS is at most ten segments; a longer body is not a patient's text, and is cut rather than stored whole.
MAX_BODY_CHARACTERS = 1600


@router.post("/twilio/sms")
def twilio_sms(request: Request, form: TwilioForm, background: BackgroundTasks) -> Response:
    sid, sender = form.get("MessageSid") or form.get("SmsSid"), form.get("From")
    if not sid or not sender:
        raise HTTPException(HTTPStatus.BAD_REQUEST, "MessageSid and From are required")
    inbound = Inbound(sid, sender.strip(), form.get("To", "").strip(), form.get("Body", "")[:MAX_BODY_CHARACTERS])
    engine: Engine = request.app.state.engine
    try:
        with request.app.state.writes, session_scope(engine) as session:
            answer = receive(session, inbound, request.app.state.clock())
    except IntegrityError:
        if not _already_received(engine, sid):
            raise
        logger.info("repeated MessageSid: answered when it first came, nothing changed")
        answer = Answer(None)
    for page in answer.pages:
        background.add_task(send_page, engine, request.app.state.settings, request.app.state.transport, page)
    if not answer.reply:
        return twiml_response()
    twiml = MessagingResponse()
    twiml.message(answer.reply)
    return Response(content=str(twiml), media_type="text/xml")


def _already_received(engine: Engine, message_sid: str) -> bool:
    with session_scope(engine) as session:
        return session.scalar(select(InboundMessage.id).where(InboundMessage.message_sid == message_sid)) is not None


def send_page(engine: Engine, settings: Settings, transport: SmsTransport, page: Page) -> None:
    with session_scope(engine) as session:
        clinic = session.get_one(Clinic, page.clinic_id)
        sender = sender_for(clinic, settings)
    try:
        transport.send(page.to, page.body, sender=sender, status_callback=None)
    except SendError as error:
        logger.error("on-call page for clinic %s failed: %s", page.clinic_id, error)
    else:
        logger.info("on-call page sent for clinic %s", page.clinic_id)
