"""`taperline serve` migrates the database, then answers HTTP."""

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.bot.serving import free_port

TAPERLINE = str(Path(sys.executable).parent / "taperline")


def test_serve_migrates_a_fresh_folder_and_answers_healthz(tmp_path: Path) -> None:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    server = subprocess.Popen(
        [TAPERLINE, "serve", "--port", str(port), "--no-scheduler"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        response = None
        deadline = time.monotonic() + 30
        while response is None and time.monotonic() < deadline and server.poll() is None:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/healthz")
            except httpx.TransportError:
                time.sleep(0.1)
    finally:
        server.terminate()
        server.wait(timeout=10)

    assert response is not None, "taperline serve never answered"
    assert response.json() == {"status": "ok"}
    assert (tmp_path / "taperline.db").is_file()
