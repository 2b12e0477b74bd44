"""A pass sends what is due, through the real SDK, exactly once, and records Twilio's answer."""

from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session

from bot.dispatcher import Dispatcher, DispatchPolicy
from bot.models import Patient
from bot.settings import Settings
from bot.transports import TwilioTransport
from tests.dispatch.conftest import CLINIC_NUMBER, ENROLLED, at
from tests.fakes.twilio_server import FakeTwilio
from tests.queries import rows


def test_it_sends_the_due_welcome_and_records_its_sid(dispatcher, enrol, engine, fake_twilio):
    patient_id = enrol()
    outcomes = dispatcher.run_pass(now=at(ENROLLED))
    assert outcomes == {"sent": 1}
    [sent] = fake_twilio.messages
    assert sent["To"] == "+12125550101" and sent["From"] == CLINIC_NUMBER
    assert "Hudson Ketamine" in sent["Body"] and "Reply STOP to opt out, HELP for help" in sent["Body"]
    assert sent["StatusCallback"] == "https://taperline.example.org/twilio/status"
    welcome = rows(engine, patient_id)[0]
    assert (welcome.kind, welcome.status, welcome.twilio_sid) == ("welcome", "sent", sent["sid"])
    assert welcome.body == sent["Body"] and welcome.attempts == 1 and welcome.sent_at == ENROLLED


def test_it_sends_nothing_before_its_time(dispatcher, enrol, fake_twilio):
    enrol()
    dispatcher.run_pass(now=at(ENROLLED))
    assert dispatcher.run_pass(now=at(ENROLLED + timedelta(hours=1))) == {}
    assert len(fake_twilio.messages) == 1


def test_a_second_pass_never_sends_a_row_again(dispatcher, enrol, fake_twilio):
    enrol()
    later = datetime(2027, 3, 7, 15, 30, tzinfo=UTC)
    first = dispatcher.run_pass(now=at(later))
    second = dispatcher.run_pass(now=at(later))
    assert first["sent"] >= 3 and second == {}
    assert len(fake_twilio.messages) == first["sent"]


def test_the_body_is_rendered_at_send_time_with_the_current_name(dispatcher, enrol, engine, fake_twilio):
    patient_id = enrol()
    with Session(engine) as session:
        session.get_one(Patient, patient_id).name = "Mayra Lopez"
        session.commit()
    dispatcher.run_pass(now=at(ENROLLED))
    assert fake_twilio.messages[0]["Body"].startswith("Hi Mayra,")


def test_a_spanish_patient_gets_spanish_text(dispatcher, enrol, fake_twilio):
    enrol(language="es")
    dispatcher.run_pass(now=at(ENROLLED))
    assert "Responda STOP" in fake_twilio.messages[0]["Body"]


def test_a_mock_that_answers_every_message_with_one_sid_still_gets_them_all(enrol, engine, database_url):
    with FakeTwilio(same_sid="SM" + "0" * 32) as mock:
        transport = TwilioTransport(mock.account_sid, mock.auth_token, mock.base_url)
        dispatcher = Dispatcher(
            engine, transport, Settings(database_url=database_url), DispatchPolicy(rate_limited=False)
        )
        for n in range(3):
            enrol(f"+1212555{n:04d}")
        assert dispatcher.run_pass(now=at(ENROLLED)) == {"sent": 3}
    assert {row.twilio_sid for row in rows(engine) if row.status == "sent"} == {"SM" + "0" * 32}
