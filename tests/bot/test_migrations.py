"""The migrations build exactly the models, and running them again changes nothing."""

from collections.abc import Iterator

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, inspect

from alembic import command
from bot.db import make_engine
from bot.migrations import alembic_config, upgrade
from bot.models import Base


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    """Migrated from empty here, not copied from a template as the shared fixture may do."""
    upgrade(database_url)
    engine = make_engine(database_url)
    yield engine
    engine.dispose()


def schema(engine: Engine) -> dict[str, list[str]]:
    inspector = inspect(engine)
    return {table: [c["name"] for c in inspector.get_columns(table)] for table in inspector.get_table_names()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def test_upgrading_a_second_time_changes_nothing(engine: Engine, database_url: str) -> None:
    before = schema(engine)

    upgrade(database_url)

    assert schema(engine) == before
    assert current_revision(engine) == "0002"


def test_the_migrations_create_every_table_of_the_models(engine: Engine) -> None:
    assert set(schema(engine)) == {*Base.metadata.tables, "alembic_version"}


def test_autogenerate_finds_no_difference_between_migrations_and_models(engine: Engine) -> None:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)

    assert differences == []


def test_downgrading_to_base_removes_every_table(engine: Engine, database_url: str) -> None:
    command.downgrade(alembic_config(database_url), "base")

    assert set(schema(engine)) == {"alembic_version"}
    assert current_revision(engine) is None
