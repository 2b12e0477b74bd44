"""Appointments change; the outbox follows in the same transaction, and only what is unsent moves (rule 7)."""

from datetime import UTC, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import admin
from bot.db import session_scope
from bot.errors import TaperlineError
from bot.models import OutboundMessage, OutboxStatus

NOW = datetime(2027, 2, 1, 15, 0, tzinfo=UTC)


def enrol(session: Session, consent: str | None = "written") -> int:
    clinic = admin.add_clinic(session, name="Clearwater Infusions", timezone="America/New_York")
    patient, _ = admin.add_patient(
        session, clinic_id=clinic.id, name="Dana", phone="415 555 0123", now=NOW, consent=consent
    )
    return patient.id


def outbox(session: Session, patient_id: int) -> list[OutboundMessage]:
    query = select(OutboundMessage).where(OutboundMessage.patient_id == patient_id).order_by(OutboundMessage.id)
    return list(session.scalars(query))


def live(session: Session, patient_id: int) -> list[OutboundMessage]:
    return [row for row in outbox(session, patient_id) if row.status == OutboxStatus.PLANNED]


def test_adding_an_appointment_plans_its_messages(session):
    patient_id = enrol(session)
    appointment, replanned = admin.add_appointment(session, patient_id=patient_id, at="2027-03-14T09:00", now=NOW)
    rows = live(session, patient_id)
    assert replanned.planned == len(rows) > 15
    assert {row.appointment_id for row in rows} == {appointment.id}
    assert {"welcome", "avoid_start", "reminder", "checkin", "day_before"} == {row.kind for row in rows}
    assert rows[0].kind == "welcome" and rows[0].send_at == NOW


def test_a_patient_without_consent_gets_nothing_planned(session):
    patient_id = enrol(session, consent=None)
    admin.add_appointment(session, patient_id=patient_id, at="2027-03-14T09:00", now=NOW)
    assert outbox(session, patient_id) == []


def test_moving_an_appointment_replans_what_is_unsent_and_keeps_what_was_sent(session):
    patient_id = enrol(session)
    appointment, _ = admin.add_appointment(session, patient_id=patient_id, at="2027-03-14T09:00", now=NOW)
    welcome, opening = outbox(session, patient_id)[:2]
    for row in (welcome, opening):
        row.status, row.sent_at, row.twilio_sid = OutboxStatus.SENT.value, row.send_at, f"SM{row.id:032d}"
    session.flush()
    later = datetime(2027, 3, 1, 15, 0, tzinfo=UTC)

    admin.move_appointment(session, appointment.id, at="2027-03-18T09:00", now=later)

    rows = outbox(session, patient_id)
    assert [r.status for r in rows if r.kind in ("welcome", "avoid_start")] == ["sent", "sent"]
    planned = [r for r in rows if r.status == OutboxStatus.PLANNED]
    assert not any(r.kind in ("welcome", "avoid_start") for r in planned), "never resent"
    assert max(r.send_at for r in planned) == datetime(2027, 3, 17, 21, 0, tzinfo=UTC)  # 17:00 EDT, day before
    assert min(r.send_at for r in planned) >= later


def test_cancelling_an_appointment_cancels_its_unsent_messages(session):
    patient_id = enrol(session)
    appointment, _ = admin.add_appointment(session, patient_id=patient_id, at="2027-03-14T09:00", now=NOW)
    _, replanned = admin.cancel_appointment(session, appointment.id, now=NOW)
    assert live(session, patient_id) == []
    assert replanned.cancelled == len(outbox(session, patient_id))


def test_a_second_appointment_in_the_course_adds_its_own_messages_only(session):
    patient_id = enrol(session)
    first, _ = admin.add_appointment(session, patient_id=patient_id, at="2027-03-14T09:00", now=NOW)
    before = {(r.kind, r.slot, r.send_at) for r in live(session, patient_id)}
    second, _ = admin.add_appointment(session, patient_id=patient_id, at="2027-03-16T09:00", now=NOW)
    rows = live(session, patient_id)
    assert before <= {(r.kind, r.slot, r.send_at) for r in rows if r.appointment_id == first.id}
    assert {(r.kind, r.slot) for r in rows if r.appointment_id == second.id} == {
        ("checkin", "2027-03-14"),
        ("checkin", "2027-03-15"),
        ("day_before", "d1"),
    }


def test_a_refused_change_leaves_the_database_as_it_was(engine):
    with session_scope(engine) as session:
        patient_id = enrol(session)
        appointment, _ = admin.add_appointment(session, patient_id=patient_id, at="2027-03-14T09:00", now=NOW)
    with session_scope(engine) as session:
        snapshot = [(r.id, r.status, r.send_at) for r in outbox(session, patient_id)]

    with pytest.raises(TaperlineError, match="already passed"), session_scope(engine) as session:
        admin.move_appointment(session, appointment.id, at="2027-01-01T09:00", now=NOW)

    with session_scope(engine) as session:
        assert [(r.id, r.status, r.send_at) for r in outbox(session, patient_id)] == snapshot
