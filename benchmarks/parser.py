"""How many patient replies a second the reply parser reads on one core.

Every inbound text goes through `replies.parse` inside the webhook's request, so its cost is paid per message.
This repeats the graded dev corpus (English and Spanish, every intent) for about two seconds of work in one
single-threaded process and reports replies per second of CPU time, which is one core's throughput whatever else
the machine is running (wall-clock time is reported beside it). Word look-ups are cached, as they are in a running
server where patients reuse the same few hundred words; the first pass, with every cache cold, is reported too.

Run from the repository root: `python -m benchmarks.parser [--corpus PATH] [--seconds 2] [--json]`.
It exits non-zero only when the corpus cannot be read; the target is reported as PASS or MISS and, as in the
other benchmarks, does not change the exit status: a loaded machine should not fail a build.
"""

import argparse
import json
import sys
import time
from pathlib import Path

TARGET_RATE = 10000.0  # replies a second on one core
DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "replies-dev.jsonl"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="JSON Lines with text, prompt, lang")
    parser.add_argument("--seconds", type=float, default=2.0, help="how long to keep parsing")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args(argv)
    try:
        cases = _load(args.corpus)
    except (OSError, ValueError, KeyError) as error:
        print(f"benchmarks.parser: cannot read the corpus {args.corpus}: {error}", file=sys.stderr)
        return 2
    if not cases:
        print(f"benchmarks.parser: no replies in {args.corpus}", file=sys.stderr)
        return 2

    from replies import parse

    started = time.process_time()
    for text, prompt, lang in cases:
        parse(text, prompt, lang)
    cold_rate = len(cases) / max(time.process_time() - started, 1e-9)

    replies = 0
    started, wall_started = time.process_time(), time.perf_counter()
    elapsed = 0.0
    while elapsed < args.seconds:
        for text, prompt, lang in cases:
            parse(text, prompt, lang)
        replies += len(cases)
        elapsed = time.process_time() - started
    wall = time.perf_counter() - wall_started
    rate = replies / elapsed
    verdict = "PASS" if rate >= TARGET_RATE else "MISS"
    figures = {
        "replies": replies,
        "cpu_seconds": round(elapsed, 3),
        "wall_seconds": round(wall, 3),
        "replies_per_second": round(rate),
        "cold_first_pass_per_second": round(cold_rate),
        "target_per_second": TARGET_RATE,
        "verdict": verdict,
    }
    if args.json:
        print(json.dumps(figures))
    else:
        print(
            f"parser: {rate:,.0f} replies/s on one core ({replies:,} replies in {elapsed:.2f} s of CPU, "
            f"{wall:.2f} s wall; first cold pass {cold_rate:,.0f}/s); target {TARGET_RATE:,.0f}/s: {verdict}"
        )
    return 0


def _load(path: Path) -> list[tuple[str, str, str]]:
    with path.open(encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines if line.strip() and not line.startswith("//")]
    return [(row["text"], row.get("prompt", "checkin"), row.get("lang", "en")) for row in rows]


if __name__ == "__main__":
    sys.exit(main())
