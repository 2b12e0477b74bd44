"""`GET /healthz` over real HTTP: 200 when the database answers, 503 when it does not."""

from pathlib import Path

import httpx
from sqlalchemy import Engine

from bot.settings import Settings
from bot.web.app import create_app
from tests.bot.serving import serving


def test_it_answers_ok_when_the_database_answers(engine: Engine, database_url: str) -> None:
    with serving(create_app(Settings(database_url=database_url))) as base_url:
        response = httpx.get(f"{base_url}/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_it_answers_unavailable_when_the_database_does_not(tmp_path: Path) -> None:
    unreachable = f"sqlite:///{tmp_path / 'no-such-folder' / 'taperline.db'}"

    with serving(create_app(Settings(database_url=unreachable))) as base_url:
        response = httpx.get(f"{base_url}/healthz")

    assert response.status_code == 503
    assert response.json() == {"status": "unavailable"}
