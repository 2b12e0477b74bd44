"""A session scope is one unit of work: it commits when its block succeeds and rolls back when it raises."""

import pytest
from sqlalchemy import Engine, func, select

from bot.db import session_scope
from bot.models import Clinic
from tests.bot.factories import add_clinic


def clinic_count(engine: Engine) -> int:
    with session_scope(engine) as session:
        return session.scalar(select(func.count()).select_from(Clinic)) or 0


def test_it_commits_when_the_block_succeeds(engine: Engine) -> None:
    with session_scope(engine) as session:
        add_clinic(session)

    assert clinic_count(engine) == 1


def test_it_rolls_back_when_the_block_raises(engine: Engine) -> None:
    with pytest.raises(RuntimeError), session_scope(engine) as session:
        add_clinic(session)
        raise RuntimeError("something went wrong mid-way")

    assert clinic_count(engine) == 0


def test_objects_stay_readable_after_the_scope_closes(engine: Engine) -> None:
    with session_scope(engine) as session:
        clinic = add_clinic(session, name="Lakeside")

    assert clinic.name == "Lakeside"
    assert clinic.id is not None
