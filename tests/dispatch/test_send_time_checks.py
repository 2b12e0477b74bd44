"""What held when a message was planned is checked again when it is sent: opt-outs, moments gone, quiet hours."""

import threading
from datetime import UTC, datetime, timedelta

from sqlalchemy import update
from sqlalchemy.orm import Session

from bot.models import Appointment, OutboundMessage, Patient
from tests.dispatch.conftest import ENROLLED, at
from tests.queries import rows


def set_rows(engine, **values):
    with Session(engine) as session:
        session.execute(update(OutboundMessage).values(**values))
        session.commit()


def test_an_opted_out_patient_gets_nothing_even_from_rows_already_due(dispatcher, enrol, engine, fake_twilio):
    patient_id = enrol()
    with Session(engine) as session:
        session.get_one(Patient, patient_id).opted_out_at = ENROLLED
        session.commit()
    assert dispatcher.run_pass(now=at(ENROLLED)) == {"cancelled": 1}
    assert fake_twilio.messages == []


def test_a_checkin_for_a_day_already_gone_is_skipped_not_sent_late(dispatcher, enrol, engine, fake_twilio):
    patient_id = enrol()
    dispatcher.run_pass(now=at(ENROLLED))
    checkin = next(row for row in rows(engine, patient_id) if row.kind == "checkin")
    next_morning = checkin.send_at + timedelta(days=1) - timedelta(minutes=5)
    outcomes = dispatcher.run_pass(now=at(next_morning))
    assert outcomes["skipped"] >= 1
    assert next(row for row in rows(engine, patient_id) if row.id == checkin.id).status == "skipped"
    assert all("drinks" not in message["Body"] for message in fake_twilio.messages)


def test_a_day_before_note_after_the_appointment_is_skipped(dispatcher, enrol, engine, fake_twilio):
    patient_id = enrol(at="2027-03-20T09:00")
    after_the_infusion = datetime(2027, 3, 20, 14, 0, tzinfo=UTC)
    dispatcher.run_pass(now=at(after_the_infusion))
    day_before = next(row for row in rows(engine, patient_id) if row.kind == "day_before")
    assert day_before.status == "skipped"
    assert all("tomorrow" not in message["Body"] for message in fake_twilio.messages)


def test_a_row_due_in_quiet_hours_waits_for_the_window_to_open(dispatcher, enrol, engine, fake_twilio):
    patient_id = enrol()
    night = datetime(2027, 3, 2, 4, 30, tzinfo=UTC)  # 23:30 in New York
    set_rows(engine, send_at=night)
    outcomes = dispatcher.run_pass(now=at(night))
    assert outcomes["sent"] == 0 and outcomes["deferred"] >= 1
    deferred = [row for row in rows(engine, patient_id) if row.status == "planned"]
    assert {row.send_at for row in deferred} == {datetime(2027, 3, 2, 13, 0, tzinfo=UTC)}  # 08:00 EST
    assert {row.attempts for row in deferred} == {0}
    assert fake_twilio.messages == []


def test_quiet_hours_follow_the_patients_zone_across_the_dst_change(dispatcher, enrol, engine):
    patient_id = enrol()
    early = datetime(2027, 3, 14, 11, 30, tzinfo=UTC)  # 07:30 EDT, the first morning of daylight saving
    set_rows(engine, send_at=early)
    dispatcher.run_pass(now=at(early))
    assert {row.send_at for row in rows(engine, patient_id) if row.status == "planned"} == {
        datetime(2027, 3, 14, 12, 0, tzinfo=UTC)
    }


def test_a_cancelled_appointment_sends_nothing(dispatcher, enrol, engine, fake_twilio):
    enrol()
    with Session(engine) as session:
        session.execute(update(Appointment).values(status="cancelled"))
        session.commit()
    assert dispatcher.run_pass(now=at(ENROLLED)) == {"cancelled": 1}
    assert fake_twilio.messages == []


def test_stopping_mid_pass_hands_the_unsent_rest_back(dispatcher, enrol, engine, fake_twilio):
    patient_ids = [enrol(f"+1212555{n:04d}") for n in range(3)]
    stop = threading.Event()
    original = dispatcher.transport.send

    def send_then_stop(*args, **kwargs):
        stop.set()
        return original(*args, **kwargs)

    dispatcher.transport.send = send_then_stop
    assert dispatcher.run_pass(now=at(ENROLLED), stop=stop) == {"sent": 1, "released": 2}
    welcomes = [rows(engine, patient_id)[0] for patient_id in patient_ids]
    assert sorted(row.status for row in welcomes) == ["planned", "planned", "sent"]
    assert {row.attempts for row in welcomes if row.status == "planned"} == {0}
