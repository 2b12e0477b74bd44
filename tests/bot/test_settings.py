"""Settings come from the environment over `.env`, with defaults that run locally and one-line refusals."""

from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest

from bot.errors import TaperlineError
from bot.settings import Settings, load_settings


@pytest.fixture(autouse=True)
def _in_an_empty_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`.env` is read from the working folder; a developer's own must not leak into these tests."""
    monkeypatch.chdir(tmp_path)


def refusal(env: dict[str, str]) -> str:
    with pytest.raises(TaperlineError) as caught:
        load_settings(env)
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_it_defaults_to_a_local_sqlite_database_and_the_console_transport() -> None:
    settings = load_settings({})

    assert settings == Settings()
    assert settings.database_url == "sqlite:///taperline.db"
    assert settings.sms_transport == "console"
    assert settings.twilio_api_base_url == "https://api.twilio.com"
    assert settings.public_base_url == "http://127.0.0.1:8000"
    assert settings.dispatch_interval_seconds == 30
    assert settings.secret_key is None


def test_it_reads_the_dot_env_file_in_the_working_folder() -> None:
    Path(".env").write_text("DATABASE_URL=sqlite:///from-dotenv.db\nSECRET_KEY=s3cret\n")

    settings = load_settings({})

    assert settings.database_url == "sqlite:///from-dotenv.db"
    assert settings.secret_key == "s3cret"


def test_the_environment_wins_over_the_dot_env_file() -> None:
    Path(".env").write_text("DATABASE_URL=sqlite:///from-dotenv.db\nDISPATCH_INTERVAL_SECONDS=5\n")

    settings = load_settings({"DATABASE_URL": "sqlite:///from-env.db"})

    assert settings.database_url == "sqlite:///from-env.db"
    assert settings.dispatch_interval_seconds == 5


def test_it_reads_the_process_environment_when_given_no_mapping(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISPATCH_INTERVAL_SECONDS", "7")

    assert load_settings().dispatch_interval_seconds == 7


def test_blank_values_count_as_unset() -> None:
    settings = load_settings({"DATABASE_URL": "", "SMS_TRANSPORT": " ", "PUBLIC_BASE_URL": ""})

    assert settings == Settings()


@pytest.mark.parametrize("scheme", ["postgresql", "postgres"])
def test_it_reads_a_bare_postgresql_url_as_psycopg_3(scheme: str) -> None:
    settings = load_settings({"DATABASE_URL": f"{scheme}://app:pw@db.example.com:5432/taperline"})

    assert settings.database_url == "postgresql+psycopg://app:pw@db.example.com:5432/taperline"


def test_it_keeps_an_explicit_driver() -> None:
    url = "postgresql+psycopg://app@db.example.com/taperline"

    assert load_settings({"DATABASE_URL": url}).database_url == url


def test_it_sends_through_twilio_when_credentials_are_given() -> None:
    settings = load_settings({"TWILIO_ACCOUNT_SID": "AC123", "TWILIO_AUTH_TOKEN": "token"})

    assert settings.sms_transport == "twilio"
    assert settings.twilio_account_sid == "AC123"


def test_an_explicit_console_transport_wins_over_credentials() -> None:
    env = {"TWILIO_ACCOUNT_SID": "AC123", "TWILIO_AUTH_TOKEN": "token", "SMS_TRANSPORT": "console"}

    assert load_settings(env).sms_transport == "console"


def test_it_drops_a_trailing_slash_from_the_public_url() -> None:
    assert load_settings({"PUBLIC_BASE_URL": "https://sms.example.com/"}).public_base_url == ("https://sms.example.com")


def test_it_refuses_an_unknown_transport() -> None:
    assert refusal({"SMS_TRANSPORT": "smtp"}) == 'SMS_TRANSPORT must be "console" or "twilio", not "smtp"'


def test_it_refuses_the_twilio_transport_without_credentials() -> None:
    assert "TWILIO_ACCOUNT_SID" in refusal({"SMS_TRANSPORT": "twilio"})


@pytest.mark.parametrize("url", ["nonsense", "://", "sqlite//taperline.db"])
def test_it_refuses_a_malformed_database_url(url: str) -> None:
    assert refusal({"DATABASE_URL": url}).startswith("DATABASE_URL is not a database URL")


def test_it_refuses_an_unknown_database() -> None:
    assert refusal({"DATABASE_URL": "oracle+nosuch://u@h/db"}).startswith("DATABASE_URL names an unknown database")


def test_it_refuses_a_database_whose_driver_is_not_installed() -> None:
    message = refusal({"DATABASE_URL": "postgresql+psycopg2://app:pw@db.example.com/taperline"})

    assert message.startswith('DATABASE_URL needs the driver "psycopg2"')
    assert "pw" not in message


@pytest.mark.parametrize("name", ["PUBLIC_BASE_URL", "TWILIO_API_BASE_URL"])
@pytest.mark.parametrize("value", ["sms.example.com", "ftp://sms.example.com", "https://"])
def test_it_refuses_an_address_that_is_not_an_http_url(name: str, value: str) -> None:
    assert refusal({name: value}) == f'{name} must be an http:// or https:// URL, not "{value}"'


@pytest.mark.parametrize("value", ["soon", "1.5"])
def test_it_refuses_an_interval_that_is_not_a_whole_number(value: str) -> None:
    assert refusal({"DISPATCH_INTERVAL_SECONDS": value}) == (
        f'DISPATCH_INTERVAL_SECONDS must be a whole number, not "{value}"'
    )


def test_it_refuses_an_interval_below_one_second() -> None:
    assert refusal({"DISPATCH_INTERVAL_SECONDS": "0"}) == "DISPATCH_INTERVAL_SECONDS must be at least 1, not 0"


def test_settings_cannot_be_changed_once_loaded() -> None:
    settings = load_settings({})

    with pytest.raises(FrozenInstanceError):
        settings.database_url = "sqlite:///other.db"  # type: ignore[misc]
