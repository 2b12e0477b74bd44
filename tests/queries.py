"""What a test reads back from the database after the code under test has run, each in a session of its own."""

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from bot.models import Alert, InboundMessage, IntakeReport, OutboundMessage, Patient


def rows(engine: Engine, patient_id: int | None = None) -> list[OutboundMessage]:
    """The outbox in sending order, or one patient's part of it."""
    with Session(engine) as session:
        query = select(OutboundMessage).order_by(OutboundMessage.send_at, OutboundMessage.id)
        if patient_id is not None:
            query = query.where(OutboundMessage.patient_id == patient_id)
        return list(session.scalars(query))


def outbox_statuses(engine: Engine, patient_id: int) -> set[str]:
    return {row.status for row in rows(engine, patient_id)}


def alerts(engine: Engine) -> list[Alert]:
    with Session(engine) as session:
        return list(session.scalars(select(Alert).order_by(Alert.id)))


def intake(engine: Engine) -> list[IntakeReport]:
    with Session(engine) as session:
        return list(session.scalars(select(IntakeReport).order_by(IntakeReport.id)))


def inbound(engine: Engine) -> list[InboundMessage]:
    with Session(engine) as session:
        return list(session.scalars(select(InboundMessage).order_by(InboundMessage.id)))


def patient(engine: Engine, patient_id: int) -> Patient:
    with Session(engine) as session:
        return session.get_one(Patient, patient_id)
