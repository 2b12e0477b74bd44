"""A clear report is logged for the day it is about and confirmed; the bot never echoes a wrong figure silently."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from bot.models import OutboundMessage, Patient
from messages.dates import short_date
from tests.conversation.conftest import said
from tests.queries import inbound, intake


def today() -> datetime:
    return datetime.now(ZoneInfo("America/New_York"))


def test_a_report_is_logged_and_confirmed(text, patient_id, engine):
    answer = said(text("2 beers"))
    [row] = intake(engine)
    assert (row.substance, row.standard_drinks, row.patient_id) == ("alcohol", 2.0, patient_id)
    assert answer == f"Logged: 2 drinks on {short_date(row.day, 'en')}. Thanks!"
    assert row.day == today().date()


def test_a_reply_to_the_checkin_is_logged_for_the_day_before_it(text, patient_id, engine):
    checkin_sent_at = datetime.now(UTC) - timedelta(hours=1)
    with Session(engine) as session:
        session.add(
            OutboundMessage(
                patient_id=patient_id,
                appointment_id=1,
                kind="checkin",
                template="checkin",
                slot="x",
                send_at=checkin_sent_at,
                sent_at=checkin_sent_at,
                status="sent",
            )
        )
        session.commit()
    said(text("none"))
    days = {row.day for row in intake(engine)}
    checkin_day = checkin_sent_at.astimezone(ZoneInfo("America/New_York")).date()
    assert days == {checkin_day - timedelta(days=1)}


def test_each_substance_gets_its_own_row(text, patient_id, engine):
    answer = said(text("1 glass of wine and 0.5mg xanax last night"))
    rows = {row.substance: row for row in intake(engine)}
    assert rows["alcohol"].standard_drinks == 1
    assert (rows["alprazolam"].mg, rows["alprazolam"].diazepam_eq_mg) == (0.5, 10)
    assert rows["alcohol"].day == today().date() - timedelta(days=1)
    assert "alprazolam 0.5 mg" in answer


def test_the_log_keeps_the_message_it_came_from(text, patient_id, engine):
    text("3 beers", sid="SM" + "a" * 32)
    [row] = intake(engine)
    [message] = inbound(engine)
    assert row.inbound_message_id == message.id and message.message_sid == "SM" + "a" * 32


def test_a_repeated_message_sid_changes_nothing(text, patient_id, engine):
    first = said(text("3 beers", sid="SM" + "b" * 32))
    again = said(text("3 beers", sid="SM" + "b" * 32))
    assert first and again is None
    assert len(intake(engine)) == 1


def test_a_spanish_patient_is_answered_in_spanish(text, patient_id, engine):
    with Session(engine) as session:
        session.get_one(Patient, patient_id).language = "es"
        session.commit()
    answer = said(text("2 cervezas"))
    assert answer.startswith("Registrado: 2 bebidas")
