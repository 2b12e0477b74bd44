"""Engines, sessions and the one column type every timestamp uses.

SQLite is the default (a clinic can run Taperline on one small machine) and PostgreSQL is for scale-out; the
code here is what keeps the two behaving the same: foreign keys on, and datetimes always aware UTC.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, DateTime, Dialect, Engine, MetaData, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.types import TypeDecorator, TypeEngine

from bot.errors import TaperlineError

# Alembic needs stable constraint names to drop or alter them later, above all in SQLite batch mode, which
# recreates tables and can only find a constraint by name.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)


def utcnow() -> datetime:
    """The single clock for stored timestamps, so tests can freeze it in one place."""
    return datetime.now(UTC)


class TZDateTime(TypeDecorator[datetime]):
    """A datetime that is aware UTC in Python whatever the backend.

    SQLite has no time zone type and would hand back naive values; mixing naive and aware datetimes raises at
    comparison time, far from the cause. Refusing naive input on write puts the error where the bug is.
    """

    impl = DateTime
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "postgresql":
            return dialect.type_descriptor(DateTime(timezone=True))
        return dialect.type_descriptor(DateTime())

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"refusing to store naive datetime {value.isoformat()}: give it a time zone")
        value = value.astimezone(UTC)
        return value if dialect.name == "postgresql" else value.replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def mask_url(url: str) -> str:
    """A database URL fit to print or log: the password hidden, and nothing of it if it cannot be parsed."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "(unparseable URL)"


def make_engine(url: str) -> Engine:
    """An engine with the per-backend settings the application relies on.

    An unknown dialect or a missing driver becomes a TaperlineError so the CLI reports it in one line.
    """
    try:
        parsed = make_url(url)
        if parsed.get_backend_name() == "sqlite":
            engine = create_engine(parsed, connect_args={"timeout": 30})
            event.listen(engine, "connect", _sqlite_on_connect)
            return engine
        return create_engine(
            parsed,
            # Hosted PostgreSQL drops idle connections; pre-ping replaces them instead of failing a request.
            pool_pre_ping=True,
            pool_recycle=1800,
            connect_args={"connect_timeout": 10} if parsed.get_backend_name() == "postgresql" else {},
        )
    except (ArgumentError, NoSuchModuleError, ImportError) as error:
        raise TaperlineError(f"cannot use database {mask_url(url)}: {error}") from None


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    """SQLite forgets these per connection, so they are set on every new one.

    Foreign keys are off by default in SQLite; WAL lets the web process read while a worker writes, and in WAL
    mode synchronous=NORMAL stays safe from corruption without an fsync on every commit.
    """
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    """Objects stay readable after commit: handlers return them after the session scope has closed."""
    return sessionmaker(bind=engine, expire_on_commit=False)


@contextmanager
def session_scope(bind: Engine | Connection) -> Iterator[Session]:
    """One unit of work: everything inside commits together, or nothing does. Given a Connection, the session
    keeps that one connection, and each commit inside commits on it."""
    with Session(bind=bind, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
