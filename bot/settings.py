"""Configuration, read once from the environment and `.env`.

Every setting is checked here, at start-up, so that a typo in a deployment fails with one line naming the
setting instead of a traceback from deep inside SQLAlchemy or the Twilio SDK hours later.
"""

import os
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from dotenv import dotenv_values
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from bot.errors import TaperlineError

TRANSPORTS = ("console", "twilio")

# Hosting providers hand out bare postgres URLs; SQLAlchemy would read them as psycopg2, which we do not ship.
_BARE_POSTGRES_SCHEMES = ("postgresql://", "postgres://")


TWILIO_API_BASE_URL = "https://api.twilio.com"


@dataclass(frozen=True)
class Settings:
    """Frozen so that code holding a Settings can trust it was validated and cannot drift from it.

    The defaults make `Settings()` a usable local configuration, which is what tests want; production code
    goes through `load_settings`, which validates.
    """

    database_url: str = "sqlite:///taperline.db"
    twilio_account_sid: str | None = None
    twilio_auth_token: str | None = None
    twilio_from_number: str | None = None
    twilio_messaging_service_sid: str | None = None
    twilio_api_base_url: str = TWILIO_API_BASE_URL
    public_base_url: str = "http://127.0.0.1:8000"
    sms_transport: str = "console"
    secret_key: str | None = None
    dispatch_interval_seconds: int = 30


def load_settings(env: Mapping[str, str] | None = None) -> Settings:
    """Read settings from `env` (default: the process environment) layered over `.env` in the working folder.

    The environment wins so that a deployment can override a checked-out `.env` without editing it. Empty
    values count as unset, because `.env.example` is copied with blank placeholders.
    """
    values = {**dotenv_values(".env"), **(os.environ if env is None else env)}

    def get(name: str) -> str | None:
        value = values.get(name)
        return value.strip() if value and value.strip() else None

    account_sid = get("TWILIO_ACCOUNT_SID")
    auth_token = get("TWILIO_AUTH_TOKEN")
    return Settings(
        database_url=normalize_database_url(get("DATABASE_URL") or Settings.database_url),
        twilio_account_sid=account_sid,
        twilio_auth_token=auth_token,
        twilio_from_number=get("TWILIO_FROM_NUMBER"),
        twilio_messaging_service_sid=get("TWILIO_MESSAGING_SERVICE_SID"),
        twilio_api_base_url=_http_url("TWILIO_API_BASE_URL", get("TWILIO_API_BASE_URL"), Settings.twilio_api_base_url),
        public_base_url=_http_url("PUBLIC_BASE_URL", get("PUBLIC_BASE_URL"), Settings.public_base_url),
        sms_transport=checked_transport(get("SMS_TRANSPORT"), account_sid, auth_token),
        secret_key=get("SECRET_KEY"),
        dispatch_interval_seconds=_positive_int(
            "DISPATCH_INTERVAL_SECONDS", get("DISPATCH_INTERVAL_SECONDS"), Settings.dispatch_interval_seconds
        ),
    )


def normalize_database_url(url: str) -> str:
    """Validate a database URL and point bare PostgreSQL URLs at psycopg 3.

    Public because Alembic's `-x url=...` must get the same treatment as `DATABASE_URL`.
    """
    for scheme in _BARE_POSTGRES_SCHEMES:
        if url.startswith(scheme):
            url = "postgresql+psycopg://" + url.removeprefix(scheme)
    # The raw value is never echoed: it may hold a password.
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise TaperlineError(
            "DATABASE_URL is not a database URL (for example sqlite:///taperline.db or "
            "postgresql://user:password@host/dbname)"
        ) from None
    try:
        dialect = parsed.get_dialect()
    except NoSuchModuleError:
        raise TaperlineError(f'DATABASE_URL names an unknown database: "{parsed.drivername}"') from None
    try:
        dialect.import_dbapi()
    except ImportError as error:
        raise TaperlineError(
            f'DATABASE_URL needs the driver "{error.name}", which is not installed ({parsed.drivername})'
        ) from None
    return url


def _http_url(name: str, value: str | None, default: str) -> str:
    """Trailing slashes are dropped because callers append paths, and Twilio signs the exact URL it calls."""
    if value is None:
        return default
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise TaperlineError(f'{name} must be an http:// or https:// URL, not "{value}"')
    return value.rstrip("/")


def checked_transport(value: str | None, account_sid: str | None, auth_token: str | None) -> str:
    """Without credentials the console transport is the default: a fresh checkout never texts anyone. Public so
    that settings built in code, not read from the environment, are held to the same rule."""
    has_credentials = account_sid is not None and auth_token is not None
    if value is None:
        return "twilio" if has_credentials else "console"
    transport = value.lower()
    if transport not in TRANSPORTS:
        raise TaperlineError(f'SMS_TRANSPORT must be "console" or "twilio", not "{value}"')
    if transport == "twilio" and not has_credentials:
        raise TaperlineError('SMS_TRANSPORT is "twilio" but TWILIO_ACCOUNT_SID or TWILIO_AUTH_TOKEN is not set')
    return transport


def _positive_int(name: str, value: str | None, default: int) -> int:
    if value is None:
        return default
    try:
        number = int(value)
    except ValueError:
        raise TaperlineError(f'{name} must be a whole number, not "{value}"') from None
    if number < 1:
        raise TaperlineError(f"{name} must be at least 1, not {number}")
    return number
