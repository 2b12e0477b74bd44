"""The shared grader on the dev corpus: accuracy, replies logged wrong without a word, and crisis recall.

The grader and the corpus live in shared/ beside the repository, as on developers' machines and in CI.
"""

import re
import subprocess
import sys
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[3] / "shared"
GRADER = SHARED / "tools" / "grade-replies"
CORPUS = SHARED / "corpus" / "replies-dev.jsonl"
TAPERLINE = Path(sys.executable).parent / "taperline"
SCORES = re.compile(r"replies (\d+)\s+accuracy ([\d.]+)\s+silent_wrong ([\d.]+)\s+crisis_recall ([\d.]+)")


@pytest.mark.skipif(not GRADER.is_file() or not CORPUS.is_file(), reason="shared/ is not beside the repository")
def test_the_dev_corpus_grades_at_least_98_percent_with_nothing_silently_wrong_and_every_crisis_found():
    result = subprocess.run(
        [sys.executable, str(GRADER), str(CORPUS), "--cmd", f"{TAPERLINE} parse", "--show", "20"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )

    scores = SCORES.search(result.stdout)
    assert scores is not None, result.stdout + result.stderr
    replies, accuracy, silent_wrong, crisis_recall = scores.groups()
    assert int(replies) > 100
    assert float(accuracy) >= 0.98, result.stdout
    assert float(silent_wrong) == 0, result.stdout
    assert float(crisis_recall) == 1.0, result.stdout
