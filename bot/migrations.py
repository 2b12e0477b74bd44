"""Alembic run from the application, so `taperline db upgrade` and `taperline serve` work from any folder."""

from pathlib import Path

from alembic.config import Config
from sqlalchemy.exc import OperationalError

import bot
from alembic import command
from bot.db import mask_url
from bot.errors import TaperlineError

# The package is installed editable, so the repository (alembic.ini, alembic/) sits right above it.
REPO_ROOT = Path(bot.__file__).resolve().parents[1]


def alembic_config(url: str) -> Config:
    """The Alembic configuration for `url`, for callers (and tests) that need other commands than upgrade."""
    config = Config(str(REPO_ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(REPO_ROOT / "alembic"))
    config.attributes["url"] = url
    config.attributes["configure_logging"] = False
    return config


def upgrade(url: str) -> None:
    """Bring the database at `url` to the latest revision; a database already there is left untouched."""
    try:
        command.upgrade(alembic_config(url), "head")
    except OperationalError as error:
        reason = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
        raise TaperlineError(f"cannot migrate the database at {mask_url(url)}: {reason}") from None
