"""The model keeps its own rules: allowed statuses, one outbox row per (appointment, kind, slot), sane defaults."""

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.models import (
    Alert,
    AlertKind,
    OutboundMessage,
    OutboxStatus,
    Patient,
    TaperPlan,
    TaperStep,
    User,
)
from tests.bot.factories import add_appointment, add_clinic, add_patient

SEND_AT = datetime(2027, 3, 7, 15, 0, tzinfo=UTC)


def outbox_row(appointment_id: int, patient_id: int, slot: str = "d7") -> OutboundMessage:
    return OutboundMessage(
        patient_id=patient_id,
        appointment_id=appointment_id,
        kind="reminder",
        template="reminder",
        slot=slot,
        send_at=SEND_AT,
    )


def test_a_new_outbox_row_is_planned_with_no_attempts(session: Session) -> None:
    appointment = add_appointment(session)
    message = OutboundMessage(
        patient_id=appointment.patient_id,
        appointment_id=appointment.id,
        kind="welcome",
        template="welcome",
        send_at=SEND_AT,
    )
    session.add(message)
    session.flush()

    assert message.status == OutboxStatus.PLANNED
    assert message.attempts == 0
    assert message.slot == ""


def test_a_new_patient_speaks_english_has_no_consent_yet_and_is_not_discreet(session: Session) -> None:
    patient = add_patient(session)

    assert (patient.language, patient.consent_method, patient.discreet) == ("en", None, False)
    assert patient.enrolled_at.tzinfo is UTC


def test_an_enum_member_is_stored_as_its_plain_string(session: Session) -> None:
    appointment = add_appointment(session)
    message = outbox_row(appointment.id, appointment.patient_id)
    message.status = OutboxStatus.SENT
    session.add(message)
    session.commit()

    assert session.scalar(text("SELECT status FROM outbound_messages")) == "sent"
    assert type(message.status) is str


def test_an_unknown_status_is_refused_when_assigned() -> None:
    with pytest.raises(ValueError, match="'posted' is not a valid OutboxStatus"):
        OutboundMessage(status="posted")


@pytest.mark.parametrize(
    ("model", "field", "value"),
    [
        (User, "role", "superuser"),
        (Patient, "language", "fr"),
        (Patient, "consent_method", "telepathy"),
        (Alert, "kind", "gossip"),
        (Alert, "status", "ignored"),
    ],
)
def test_other_unknown_values_are_refused_when_assigned(model: type, field: str, value: str) -> None:
    with pytest.raises(ValueError):
        model(**{field: value})


def test_the_database_refuses_an_unknown_status_written_around_the_model(session: Session) -> None:
    appointment = add_appointment(session)
    session.add(outbox_row(appointment.id, appointment.patient_id))
    session.commit()

    with pytest.raises(IntegrityError):
        session.execute(text("UPDATE outbound_messages SET status = 'posted'"))


def test_a_message_is_written_once_per_appointment_kind_and_slot(session: Session) -> None:
    appointment = add_appointment(session)
    session.add(outbox_row(appointment.id, appointment.patient_id, slot="d7"))
    session.add(outbox_row(appointment.id, appointment.patient_id, slot="d3"))
    session.flush()

    session.add(outbox_row(appointment.id, appointment.patient_id, slot="d7"))
    with pytest.raises(IntegrityError):
        session.flush()


def test_a_phone_is_unique_within_a_clinic_but_not_across_clinics(session: Session) -> None:
    first = add_patient(session, phone="+15555550100")
    add_patient(session, clinic=add_clinic(session, name="Other"), phone="+15555550100")

    with pytest.raises(IntegrityError):
        add_patient(session, clinic=first.clinic, phone="+15555550100")


def test_a_taper_plan_lists_its_steps_by_date(session: Session) -> None:
    patient = add_patient(session)
    plan = TaperPlan(patient_id=patient.id, drug="diazepam")
    plan.steps = [TaperStep(starts_on=date(2027, 3, d), target_mg=mg) for d, mg in [(8, 5.0), (1, 10.0), (4, 7.5)]]
    session.add(plan)
    session.commit()
    session.expire_all()

    assert [step.target_mg for step in plan.steps] == [10.0, 7.5, 5.0]
    assert plan.active is True


def test_alerts_start_open(session: Session) -> None:
    patient = add_patient(session)
    alert = Alert(clinic_id=patient.clinic_id, patient_id=patient.id, kind=AlertKind.CRISIS, message="help")
    session.add(alert)
    session.flush()

    assert alert.status == "open"
