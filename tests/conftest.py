"""Database fixtures for every test that needs one.

Each test gets its own freshly migrated database, so tests never see each other's rows: a file on SQLite
always, and a schema of its own on PostgreSQL when TAPERLINE_TEST_DATABASE_URL names a server. The PostgreSQL
schemas live in one database per test session and xdist worker, dropped when the session ends.
"""

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from uuid import uuid4

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from bot.db import make_engine, make_sessionmaker
from bot.migrations import upgrade
from bot.settings import normalize_database_url
from tests.cli import cli  # noqa: F401  (fixture)
from tests.fakes.fixtures import fake_twilio  # noqa: F401  (fixture)
from tests.web.twilio_calls import twilio  # noqa: F401  (fixture)

POSTGRES_URL = os.environ.get("TAPERLINE_TEST_DATABASE_URL")
BACKENDS = ["sqlite", "postgresql"] if POSTGRES_URL else ["sqlite"]


@pytest.fixture(scope="session")
def postgres_database() -> Iterator[Engine]:
    """An AUTOCOMMIT engine on a database created for this session and worker alone; its name is unique, so
    parallel workers and runs never collide, and it is dropped even when connections are left open."""
    assert POSTGRES_URL is not None
    server = make_url(normalize_database_url(POSTGRES_URL))
    name = f"taperline_test_{os.environ.get('PYTEST_XDIST_WORKER', 'main')}_{uuid4().hex[:8]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    database = create_engine(server.set(database=name), isolation_level="AUTOCOMMIT", poolclass=NullPool)
    try:
        yield database
    finally:
        database.dispose()
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database of its own for this test, not yet migrated."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'taperline.db'}"
    database: Engine = request.getfixturevalue("postgres_database")
    schema = f"test_{uuid4().hex[:12]}"
    with database.connect() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = database.url.update_query_dict({"options": f"-csearch_path={schema}"})
    return url.render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite database migrated once per session and worker, for `engine` to copy."""
    path = tmp_path_factory.mktemp("template") / "taperline.db"
    upgrade(f"sqlite:///{path}")
    return path


@pytest.fixture
def engine(request: pytest.FixtureRequest, database_url: str) -> Iterator[Engine]:
    """The test's database, migrated to head the way `taperline db upgrade` does it.

    On SQLite the file starts as a copy of the session's template, which is ten times faster than migrating
    from scratch; `upgrade` then only confirms it is at head. Tests of the migrations themselves still run
    them from empty: see tests/bot/test_migrations.py.
    """
    if database_url.startswith("sqlite"):
        shutil.copyfile(request.getfixturevalue("sqlite_template"), str(make_url(database_url).database))
    upgrade(database_url)
    engine = make_engine(database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    """A session on the migrated database; the test commits when it wants rows visible elsewhere."""
    with make_sessionmaker(engine)() as session:
        yield session
