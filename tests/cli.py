"""Running `taperline` as a user does: through its entry point, with its own working folder and environment.

`taperline(...)` starts a real process; the `cli` fixture calls the same entry point in-process, which is many
times faster and is what most command tests use.
"""

import io
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.cli import main

TAPERLINE = str(Path(sys.executable).parent / "taperline")

Run = Callable[..., subprocess.CompletedProcess[str]]


def taperline(
    *args: str, cwd: Path | None = None, database_url: str | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}
    if database_url is not None:
        env["DATABASE_URL"] = database_url
    return subprocess.run(
        [TAPERLINE, *args], cwd=cwd, env=env, input=stdin, capture_output=True, text=True, timeout=60, check=False
    )


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Run:
    """`cli(*args, database_url=..., stdin=...)` runs `main()` as the console script would, in `tmp_path`."""
    monkeypatch.chdir(tmp_path)

    def run(*args: str, database_url: str | None = None, stdin: str = "") -> subprocess.CompletedProcess[str]:
        capsys.readouterr()
        with monkeypatch.context() as patch:
            patch.setattr(sys, "argv", ["taperline", *args])
            patch.setattr(sys, "stdin", io.StringIO(stdin))
            if database_url is None:
                patch.delenv("DATABASE_URL", raising=False)
            else:
                patch.setenv("DATABASE_URL", database_url)
            with pytest.raises(SystemExit) as exit:
                main()
        captured = capsys.readouterr()
        code = exit.value.code if isinstance(exit.value.code, int) else 1
        return subprocess.CompletedProcess(list(args), code, captured.out, captured.err)

    return run


def assert_one_line_error(result: subprocess.CompletedProcess[str], complaint: str) -> None:
    assert result.returncode != 0, result.stdout
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert complaint in result.stderr
