"""How many patient texts a second the real server answers on `POST /twilio/sms`, how fast, and in how much memory.

Every text a patient sends is one webhook call that Twilio times out after 15 seconds and that a clinic's patients
make in bursts (a check-in goes to everyone at once, and the answers arrive together), so the webhook's throughput
and tail latency under concurrency are what decide whether a reply is late. This measures them as production runs
them: `taperline serve` started as a process of its own (uvicorn, FastAPI, the migrated database, the console
transport, no scheduler), on a throw-away SQLite file or a database of its own on the PostgreSQL server
--database-url names, seeded through bot.admin with one clinic and its consenting patients, each with an
appointment. Client threads, each with a keep-alive connection, post texts signed as Twilio signs them, each with a
MessageSid of its own and from the patients in turn, in a fixed mix of reports, unclear reports (whose clarifying
question the patient's next text answers), questions and keywords; none is STOP, so every patient keeps texting.

The requests are built and signed before the clock starts, so the client spends its CPU on HTTP alone; it still
shares the machine's cores with the server, and both CPU times are reported, with the share of the machine other
processes took meanwhile (on PostgreSQL, the database server's among them), since other work skews every figure.
A short warm-up (untimed) comes first, since a running server has its caches and connections ready; the texts are
the same on every run (a seeded random mix). The server's peak RSS is its VmHWM, read just before it is stopped with
SIGTERM. Its process id is printed on stderr once it is healthy, to attach a profiler (`py-spy record --pid`).

Run from the repository root: `python -m benchmarks.webhook [--requests N] [--concurrency C] [--database-url URL]
[--json]`. It exits non-zero unless every answer was 200 text/xml, every text was recorded exactly once and the
server stopped cleanly; the targets, set for SQLite on a 2-core machine, are reported as PASS or MISS.
"""

import argparse
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode
from uuid import uuid4
from zoneinfo import ZoneInfo

import httpx
from sqlalchemy import func, select
from twilio.request_validator import RequestValidator

from benchmarks.dispatch import enrol_patients, environment, scratch_database
from bot import admin
from bot.db import make_engine, session_scope
from bot.migrations import upgrade
from bot.models import InboundMessage
from tests.bot.serving import free_port

TARGET_RATE = 200.0  # answered texts a second
TARGET_P99_MS = 100.0
WARMUP_REQUESTS = 100
PATIENTS = 200
ZONE = "America/New_York"
CLINIC_NUMBER = "+15005550006"
ACCOUNT_SID = "AC" + "0" * 32
PATH = "/twilio/sms"
START_TIMEOUT_SECONDS = 60
STOP_TIMEOUT_SECONDS = 15
REQUEST_TIMEOUT_SECONDS = 30
# What patients text, and how often: mostly reports, some unclear (answered by their next text), some not reports.
MIX = {
    "none": 6,
    "0": 3,
    "2 beers": 5,
    "3": 3,
    "1 glass of wine and 0.5mg xanax": 4,
    "had 4 beers last night": 3,
    "no drinks yesterday, 1mg ativan": 3,
    "a few drinks": 3,
    "sorry, it was 3": 1,
    "what time is my appointment?": 2,
    "feeling dizzy and nauseous": 1,
    "HELP": 1,
}


@dataclass(frozen=True)
class Signed:
    """One text as Twilio would post it: the form body and the headers, signature included."""

    body: bytes
    headers: dict[str, str]


@dataclass(frozen=True)
class Drive:
    """What one batch of requests came to: each request's latency, the answers that were wrong, and the wall time."""

    latencies: list[float]
    errors: Counter[str]
    seconds: float


def seed(url: str, patients: int, now: datetime) -> list[str]:
    """Migrate, then enrol a clinic's consenting patients through bot.admin, each with an appointment two weeks
    ahead, as a clinic would; returns their phone numbers."""
    upgrade(url)
    starts_at = f"{(now.astimezone(ZoneInfo(ZONE)) + timedelta(days=14)).date()}T10:00"
    engine = make_engine(url)
    try:
        with session_scope(engine) as session:
            clinic = admin.add_clinic(session, name="Hudson Ketamine", timezone=ZONE)
            clinic.twilio_from_number = CLINIC_NUMBER
            phones = [patient.phone for patient, _ in enrol_patients(session, clinic.id, patients, starts_at, now)]
    finally:
        engine.dispose()
    return phones


def signed_texts(
    count: int, phones: Sequence[str], public_base_url: str, auth_token: str, rng: random.Random
) -> list[Signed]:
    """`count` texts from the patients in turn, each signed with the SDK's own compute_signature, as tests do."""
    validator = RequestValidator(auth_token)
    bodies = rng.choices(list(MIX), weights=list(MIX.values()), k=count)
    texts = []
    for index, text in enumerate(bodies):
        params = {
            "AccountSid": ACCOUNT_SID,
            "ApiVersion": "2010-04-01",
            "MessageSid": "SM" + uuid4().hex,
            "From": phones[index % len(phones)],
            "To": CLINIC_NUMBER,
            "Body": text,
            "NumMedia": "0",
        }
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "X-Twilio-Signature": validator.compute_signature(public_base_url + PATH, params),
        }
        texts.append(Signed(urlencode(params).encode(), headers))
    return texts


class Server:
    """`taperline serve` as a process of its own, in a folder of its own (so no `.env` is read), its output to a
    file there, stopped with SIGTERM as a deployment stops it."""

    def __init__(self, database_url: str, auth_token: str, folder: Path) -> None:
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.log = folder / "serve.log"
        env = {
            **os.environ,
            "DATABASE_URL": database_url,
            "TWILIO_AUTH_TOKEN": auth_token,
            "PUBLIC_BASE_URL": self.base_url,
            "SMS_TRANSPORT": "console",
        }
        command = [str(Path(sys.executable).parent / "taperline"), "serve", "--port", str(self.port), "--no-scheduler"]
        with self.log.open("wb") as output:
            self.process = subprocess.Popen(command, env=env, cwd=folder, stdout=output, stderr=subprocess.STDOUT)

    def wait_until_healthy(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT_SECONDS
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"the server exited with {self.process.returncode}:\n{self.tail()}")
            try:
                if httpx.get(self.base_url + "/healthz", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"the server was not healthy within {START_TIMEOUT_SECONDS} s:\n{self.tail()}")
            time.sleep(0.1)

    def cpu_seconds(self) -> float:
        """User plus system time so far, from /proc/<pid>/stat (fields 14 and 15, in clock ticks)."""
        fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def peak_rss_mb(self) -> float:
        """The most resident memory the process has had, from /proc/<pid>/status."""
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
        raise RuntimeError("no VmHWM in /proc/<pid>/status")

    def stop(self) -> bool:
        """SIGTERM, then SIGKILL if it has not exited in time; True when it shut down by itself. Uvicorn re-raises
        the signal once it has shut down, so a clean stop ends with SIGTERM as its exit status."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(STOP_TIMEOUT_SECONDS)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.process.returncode in (0, -signal.SIGTERM)

    def tail(self, lines: int = 20) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])


@contextmanager
def serving(database_url: str, auth_token: str) -> Iterator[Server]:
    with tempfile.TemporaryDirectory(prefix="taperline-webhook-") as folder:
        server = Server(database_url, auth_token, Path(folder))
        try:
            server.wait_until_healthy()
            print(f"server pid {server.process.pid} on {server.base_url} (for py-spy)", file=sys.stderr)
            yield server
        finally:
            server.stop()


def drive(base_url: str, texts: Sequence[Signed], concurrency: int) -> Drive:
    """Post every text from `concurrency` threads, each with its own keep-alive client, taking the next text as
    soon as its previous one is answered; an answer that is not 200 text/xml counts as an error."""
    pending = iter(texts)
    lock = threading.Lock()
    latencies: list[float] = []
    errors: Counter[str] = Counter()
    start = threading.Barrier(concurrency + 1)

    def client() -> None:
        with httpx.Client(base_url=base_url, timeout=REQUEST_TIMEOUT_SECONDS) as http:
            start.wait()
            while True:
                with lock:
                    text = next(pending, None)
                if text is None:
                    return
                began = time.perf_counter()
                try:
                    response = http.post(PATH, content=text.body, headers=text.headers)
                    error = None
                    if response.status_code != 200:
                        error = f"HTTP {response.status_code}"
                    elif not response.headers.get("content-type", "").startswith("text/xml"):
                        error = f"content-type {response.headers.get('content-type')}"
                except httpx.HTTPError as failure:
                    error = type(failure).__name__
                elapsed = time.perf_counter() - began
                with lock:
                    latencies.append(elapsed)
                    if error is not None:
                        errors[error] += 1

    threads = [threading.Thread(target=client) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    start.wait()
    began = time.perf_counter()
    for thread in threads:
        thread.join()
    return Drive(latencies, errors, time.perf_counter() - began)


def machine_busy_seconds() -> float:
    """CPU time all processes have used since boot, from /proc/stat: every column of its first line but idle and
    iowait (and guest time, which user time already counts)."""
    ticks = [int(field) for field in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
    user, nice, system, _idle, _iowait, irq, softirq, steal = ticks
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def recorded_texts(url: str) -> int:
    engine = make_engine(url)
    try:
        with session_scope(engine) as session:
            return session.scalar(select(func.count()).select_from(InboundMessage)) or 0
    finally:
        engine.dispose()


def run(requests: int, concurrency: int, server_url: str | None) -> dict[str, Any]:
    auth_token = uuid4().hex
    rng = random.Random(20270301)
    with scratch_database(server_url) as (url, database):
        started = time.perf_counter()
        phones = seed(url, PATIENTS, datetime.now(UTC))
        seed_seconds = time.perf_counter() - started
        with serving(url, auth_token) as server:
            warmup = signed_texts(WARMUP_REQUESTS, phones, server.base_url, auth_token, rng)
            timed = signed_texts(requests, phones, server.base_url, auth_token, rng)
            warmed = drive(server.base_url, warmup, concurrency)
            server_cpu, client_cpu, machine = server.cpu_seconds(), time.process_time(), machine_busy_seconds()
            result = drive(server.base_url, timed, concurrency)
            server_cpu, client_cpu = server.cpu_seconds() - server_cpu, time.process_time() - client_cpu
            others = machine_busy_seconds() - machine - server_cpu - client_cpu
            peak = server.peak_rss_mb()
            stopped_cleanly = server.stop()
        recorded = recorded_texts(url)
    errors = warmed.errors + result.errors
    percentiles = statistics.quantiles(result.latencies, n=100, method="inclusive")
    p50, p90, p99 = (percentiles[index] * 1000 for index in (49, 89, 98))
    rate = requests / result.seconds
    return {
        **environment(url, database),
        "patients": len(phones),
        "seed_seconds": round(seed_seconds, 2),
        "warmup_requests": WARMUP_REQUESTS,
        "requests": requests,
        "concurrency": concurrency,
        "seconds": round(result.seconds, 3),
        "requests_per_second": round(rate, 1),
        "p50_ms": round(p50, 2),
        "p90_ms": round(p90, 2),
        "p99_ms": round(p99, 2),
        "max_ms": round(max(result.latencies) * 1000, 2),
        "errors": sum(errors.values()),
        "error_kinds": dict(errors),
        "recorded": recorded,
        "server_cpu_ms_per_request": round(server_cpu * 1000 / requests, 3),
        "client_cpu_ms_per_request": round(client_cpu * 1000 / requests, 3),
        "other_processes_cpu_percent": round(max(others, 0) * 100 / (result.seconds * (os.cpu_count() or 1)), 1),
        "server_peak_rss_mb": round(peak, 1),
        "server_stopped_cleanly": stopped_cleanly,
        "rate_target": TARGET_RATE,
        "rate_pass": rate >= TARGET_RATE,
        "p99_target_ms": TARGET_P99_MS,
        "p99_pass": p99 < TARGET_P99_MS,
        "ok": not errors and recorded == WARMUP_REQUESTS + requests and stopped_cleanly,
    }


def report(result: dict[str, Any]) -> str:
    def verdict(passed: bool) -> str:
        return "PASS" if passed else "MISS"

    expected = result["warmup_requests"] + result["requests"]
    lines = [
        "Taperline webhook benchmark: signed patient texts to POST /twilio/sms on `taperline serve`, over loopback",
        f"  database     {result['database']}, {result['patients']} patients seeded in {result['seed_seconds']} s",
        f"  python       {result['python']} on {result['machine']}, {result['cpu_count']} CPUs",
        f"  requests     {result['requests']} from {result['concurrency']} keep-alive clients,"
        f" after {result['warmup_requests']} untimed",
        f"  throughput   {result['requests_per_second']} requests/s in {result['seconds']} s"
        f"  (target >= {result['rate_target']:.0f}/s: {verdict(result['rate_pass'])})",
        f"  latency      p50 {result['p50_ms']} ms, p90 {result['p90_ms']} ms, p99 {result['p99_ms']} ms,"
        f" max {result['max_ms']} ms  (target p99 < {result['p99_target_ms']:.0f} ms: {verdict(result['p99_pass'])})",
        f"  CPU          server {result['server_cpu_ms_per_request']} ms a request,"
        f" client {result['client_cpu_ms_per_request']} ms; other processes took"
        f" {result['other_processes_cpu_percent']}% of the machine meanwhile",
        f"  peak RSS     {result['server_peak_rss_mb']} MB (the server's VmHWM); stopped cleanly on SIGTERM: "
        + ("yes" if result["server_stopped_cleanly"] else "NO"),
        f"  errors       {result['errors']}" + (f" {result['error_kinds']}" if result["errors"] else ""),
        f"  recorded     {result['recorded']} inbound messages of {expected} sent",
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.webhook", description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=2000, help="timed requests (default 2000)")
    parser.add_argument("--concurrency", type=int, default=8, help="client threads (default 8)")
    parser.add_argument(
        "--database-url",
        help="a PostgreSQL server to create (and drop) a database of the benchmark's own on; default: SQLite",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of the report")
    args = parser.parse_args(argv)
    if args.requests < 2:
        parser.error("--requests must be at least 2, for percentiles")
    if args.concurrency < 1:
        parser.error("--concurrency must be at least 1")
    result = run(args.requests, args.concurrency, args.database_url)
    print(json.dumps(result) if args.json else report(result))
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
