"""One database session per command, with database failures turned into one line that says what to do."""

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from bot.db import make_engine, mask_url, session_scope
from bot.errors import TaperlineError
from bot.settings import load_settings


@contextmanager
def database_session() -> Iterator[Session]:
    """A session on DATABASE_URL that commits when the command succeeds and rolls back when it fails."""
    url = load_settings().database_url
    engine = make_engine(url)
    try:
        with session_scope(engine) as session:
            yield session
    except DBAPIError as error:
        reason = str(error.orig).strip().splitlines()[0] if error.orig else type(error).__name__
        hint = "; run `taperline db upgrade`" if _missing_table(reason) else ""
        raise TaperlineError(f"database at {mask_url(url)}: {reason}{hint}") from None
    finally:
        engine.dispose()


def _missing_table(reason: str) -> bool:
    return "no such table" in reason or ("relation" in reason and "does not exist" in reason)
