"""Alembic environment for Taperline.

Batch mode is on for every backend so that the same revision runs on SQLite, which can only alter a table by
copying it, and on PostgreSQL.
"""

from logging.config import fileConfig
from typing import Any, Literal

from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from alembic import context
from bot.db import TZDateTime
from bot.models import Base
from bot.settings import load_settings, normalize_database_url

config = context.config

# Called from the application (bot.migrations), Alembic must leave logging alone: it would replace uvicorn's.
if config.config_file_name is not None and config.attributes.get("configure_logging", True):
    fileConfig(config.config_file_name, disable_existing_loggers=False)


def database_url() -> str:
    """`-x url=...` first (a one-off from the shell), then the caller's URL, then the application setting."""
    url = context.get_x_argument(as_dictionary=True).get("url") or config.attributes.get("url")
    return normalize_database_url(url) if url else load_settings().database_url


def render_item(type_: str, obj: Any, _context: object) -> str | Literal[False]:
    """Revisions must not import application code that may change later, so TZDateTime is written as the
    plain SQLAlchemy type it stands for."""
    if type_ == "type" and isinstance(obj, TZDateTime):
        return "sa.DateTime(timezone=True)"
    return False


OPTIONS: dict[str, Any] = {
    "target_metadata": Base.metadata,
    "render_as_batch": True,
    "compare_type": True,
    "render_item": render_item,
}


def run_migrations_offline() -> None:
    context.configure(url=database_url(), literal_binds=True, **OPTIONS)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    # A plain engine, not bot.db.make_engine: with SQLite's foreign keys on, the table copies batch mode makes
    # would cascade deletes or fail on the old table's references.
    engine = create_engine(database_url(), poolclass=NullPool)
    try:
        with engine.connect() as connection:
            context.configure(connection=connection, **OPTIONS)
            with context.begin_transaction():
                context.run_migrations()
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
