"""Every stored time comes back aware UTC on both backends, naive times are refused, foreign keys hold."""

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine, select, text
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm import Session

from bot.db import TZDateTime, make_engine
from bot.migrations import upgrade
from bot.models import Appointment
from tests.bot.factories import add_appointment, add_patient

NEW_YORK_MORNING = datetime(2027, 3, 14, 9, 30, 15, 123456, tzinfo=ZoneInfo("America/New_York"))


def test_an_aware_time_comes_back_as_the_same_instant_in_utc(session: Session) -> None:
    appointment = add_appointment(session, starts_at=NEW_YORK_MORNING)
    session.commit()
    session.expire_all()

    stored = session.get(Appointment, appointment.id)

    assert stored is not None
    assert stored.starts_at == NEW_YORK_MORNING
    assert stored.starts_at.tzinfo is UTC
    assert stored.starts_at == datetime(2027, 3, 14, 13, 30, 15, 123456, tzinfo=UTC)


def test_times_compare_in_queries_by_instant(session: Session) -> None:
    add_appointment(session, starts_at=NEW_YORK_MORNING)
    session.commit()

    just_before = NEW_YORK_MORNING.astimezone(timezone(timedelta(hours=5))) - timedelta(microseconds=1)
    found = session.scalars(select(Appointment.starts_at).where(Appointment.starts_at > just_before)).all()

    assert found == [NEW_YORK_MORNING]
    assert found[0].tzinfo is UTC


def test_defaulted_timestamps_are_aware_utc(session: Session) -> None:
    appointment = add_appointment(session)
    session.commit()
    session.expire_all()

    assert appointment.created_at.tzinfo is UTC
    assert appointment.updated_at.tzinfo is UTC


def test_it_refuses_a_naive_time_when_writing(session: Session) -> None:
    with pytest.raises(StatementError) as caught:
        add_appointment(session, starts_at=datetime(2027, 3, 14, 9, 30))

    assert isinstance(caught.value.orig, ValueError)
    assert "naive" in str(caught.value.orig)


def test_the_type_refuses_a_naive_time_on_any_dialect(engine: Engine) -> None:
    with pytest.raises(ValueError, match="naive"):
        TZDateTime().process_bind_param(datetime(2027, 3, 14, 9, 30), engine.dialect)


def test_sqlite_stores_naive_utc_wall_time(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'taperline.db'}"
    upgrade(url)
    engine = make_engine(url)
    with Session(engine) as session:
        add_appointment(session, starts_at=NEW_YORK_MORNING)
        session.commit()
        stored = session.scalar(text("SELECT starts_at FROM appointments"))
    engine.dispose()

    assert stored == "2027-03-14 13:30:15.123456"


def test_a_naive_value_already_in_sqlite_is_read_as_utc(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'taperline.db'}"
    upgrade(url)
    engine = make_engine(url)
    with Session(engine) as session:
        appointment = add_appointment(session)
        session.execute(text("UPDATE appointments SET starts_at = '2027-01-02 03:04:05.000000'"))
        session.commit()
        session.expire_all()
        starts_at = appointment.starts_at
    engine.dispose()

    assert starts_at == datetime(2027, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert starts_at.tzinfo is UTC


def test_foreign_keys_are_enforced(session: Session) -> None:
    with pytest.raises(IntegrityError):
        add_appointment(session, patient=add_patient(session), patient_id=987654)


def test_foreign_keys_are_enforced_on_every_sqlite_connection(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'taperline.db'}"
    upgrade(url)
    engine = make_engine(url)
    with engine.connect() as first, engine.connect() as second:
        settings = [c.scalar(text("PRAGMA foreign_keys")) for c in (first, second)]
    engine.dispose()

    assert settings == [1, 1]
