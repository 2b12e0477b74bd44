"""Transient errors are retried with backoff; permanent ones stop texting that patient and raise an alert."""

from datetime import timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.models import Clinic
from tests.dispatch.conftest import ENROLLED, at
from tests.queries import alerts, patient, rows

PHONE = "+12125550101"


@pytest.mark.parametrize("code", [429, 500, 503])
def test_a_transient_error_is_retried_later_with_backoff(dispatcher, enrol, engine, fake_twilio, code):
    patient_id = enrol(PHONE)
    fake_twilio.fail_next_n(1, code)
    assert dispatcher.run_pass(now=at(ENROLLED)) == {"retrying": 1}
    welcome = rows(engine, patient_id)[0]
    assert (welcome.status, welcome.attempts, welcome.send_at) == ("planned", 1, ENROLLED + timedelta(seconds=30))
    assert dispatcher.run_pass(now=at(ENROLLED + timedelta(seconds=29))) == {}

    assert dispatcher.run_pass(now=at(ENROLLED + timedelta(seconds=30))) == {"sent": 1}
    welcome = rows(engine, patient_id)[0]
    assert (welcome.status, welcome.attempts) == ("sent", 2)
    assert len(fake_twilio.messages) == 1


def test_the_backoff_doubles_and_gives_up_after_the_last_attempt(dispatcher, enrol, engine, fake_twilio):
    patient_id = enrol(PHONE)
    fake_twilio.fail(PHONE, 500)
    moment, delays = ENROLLED, []
    for _ in range(4):
        assert dispatcher.run_pass(now=at(moment)) == {"retrying": 1}
        retry_at = rows(engine, patient_id)[0].send_at
        delays.append(retry_at - moment)
        moment = retry_at
    assert delays == [timedelta(seconds=30 * 2**n) for n in range(4)]
    assert dispatcher.run_pass(now=at(moment)) == {"failed": 1}
    assert rows(engine, patient_id)[0].status == "failed"
    assert [alert.kind for alert in alerts(engine)] == ["delivery_failure"]


def test_an_opted_out_number_marks_the_patient_opted_out_and_cancels_the_rest(dispatcher, enrol, engine, fake_twilio):
    patient_id = enrol(PHONE)
    fake_twilio.fail(PHONE, 21610)
    assert dispatcher.run_pass(now=at(ENROLLED)) == {"failed": 1}
    assert patient(engine, patient_id).opted_out_at == ENROLLED
    statuses = {row.status for row in rows(engine, patient_id)}
    assert statuses == {"failed", "cancelled"}
    [alert] = alerts(engine)
    assert "21610" in alert.message and PHONE not in alert.message


@pytest.mark.parametrize("code", [21211, 21614, 21635])
def test_a_number_twilio_refuses_stops_all_texts_to_it(dispatcher, enrol, engine, fake_twilio, code):
    patient_id = enrol(PHONE)
    other = enrol("+12125550102")
    fake_twilio.fail(PHONE, code)
    dispatcher.run_pass(now=at(ENROLLED))
    refused = patient(engine, patient_id)
    assert (refused.unreachable_at, refused.unreachable_code) == (ENROLLED, code)
    assert "planned" not in {row.status for row in rows(engine, patient_id)}
    assert "planned" in {row.status for row in rows(engine, other)}
    assert [message["To"] for message in fake_twilio.messages] == ["+12125550102"]
    assert len(alerts(engine)) == 1

    dispatcher.run_pass(now=at(ENROLLED + timedelta(days=20)))
    assert PHONE not in {message["To"] for message in fake_twilio.messages}


def test_a_request_twilio_refuses_for_other_reasons_fails_the_row_but_not_the_patient(
    dispatcher, enrol, engine, fake_twilio
):
    patient_id = enrol(PHONE)
    fake_twilio.fail_next(PHONE, 21408)
    assert dispatcher.run_pass(now=at(ENROLLED)) == {"failed": 1}
    assert patient(engine, patient_id).may_be_texted
    assert "planned" in {row.status for row in rows(engine, patient_id)}
    assert [alert.kind for alert in alerts(engine)] == ["delivery_failure"]


def test_no_answer_from_twilio_is_retried(dispatcher, enrol, engine, fake_twilio):
    patient_id = enrol(PHONE)
    fake_twilio.stop()
    assert dispatcher.run_pass(now=at(ENROLLED)) == {"retrying": 1}
    assert rows(engine, patient_id)[0].error_code is None


def test_a_clinic_with_no_number_to_send_from_gets_an_alert_not_a_text(dispatcher, enrol, engine, fake_twilio):
    patient_id = enrol(PHONE)
    with Session(engine) as session:
        session.scalars(select(Clinic)).one().twilio_from_number = None
        session.commit()
    assert dispatcher.run_pass(now=at(ENROLLED)) == {"failed": 1}
    assert fake_twilio.messages == []
    assert patient(engine, patient_id).may_be_texted
    [alert] = alerts(engine)
    assert alert.kind == "delivery_failure" and "TWILIO_FROM_NUMBER" in alert.message
