"""`taperline db upgrade` as a user runs it: a subprocess in a folder of its own."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import inspect

from bot.db import make_engine

TAPERLINE = str(Path(sys.executable).parent / "taperline")


def taperline(folder: Path, *args: str, database_url: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    if database_url is not None:
        env["DATABASE_URL"] = database_url
    return subprocess.run(
        [TAPERLINE, *args], cwd=folder, env=env, capture_output=True, text=True, timeout=60, check=False
    )


def test_it_creates_taperline_db_in_the_working_folder(tmp_path: Path) -> None:
    result = taperline(tmp_path, "db", "upgrade")

    assert result.returncode == 0, result.stderr
    assert result.stdout == "database at sqlite:///taperline.db is up to date\n"
    assert (tmp_path / "taperline.db").is_file()


def test_running_it_twice_is_fine(tmp_path: Path) -> None:
    taperline(tmp_path, "db", "upgrade")

    result = taperline(tmp_path, "db", "upgrade")

    assert result.returncode == 0, result.stderr
    assert result.stdout == "database at sqlite:///taperline.db is up to date\n"


def test_it_upgrades_the_database_named_by_database_url(tmp_path: Path, database_url: str) -> None:
    result = taperline(tmp_path, "db", "upgrade", database_url=database_url)

    assert result.returncode == 0, result.stderr
    engine = make_engine(database_url)
    assert "outbound_messages" in inspect(engine).get_table_names()
    engine.dispose()


@pytest.mark.parametrize(
    "url",
    [
        "nonsense",
        "postgresql://clinic:hunter2@127.0.0.1:1/taperline",
        "sqlite:///no-such-folder/taperline.db",
    ],
)
def test_a_bad_database_url_gives_one_line_and_no_traceback(tmp_path: Path, url: str) -> None:
    result = taperline(tmp_path, "db", "upgrade", database_url=url)

    assert result.returncode != 0
    assert result.stdout == ""
    assert result.stderr.startswith("taperline: error: ")
    assert result.stderr.count("\n") == 1
    assert "hunter2" not in result.stderr
