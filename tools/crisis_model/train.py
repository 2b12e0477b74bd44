"""Train the crisis model that replies/safety/learned.py scores with, and write replies/vocabulary/crisis_model.json.

Run from the repository root with the `train` extra installed: `python -m tools.crisis_model.train [--c 100]`. It
reads tools/crisis_model/corpus/*.jsonl ({"text", "lang", "crisis"}), prints five-fold cross-validated precision and
recall at the thresholds parser.py uses, and writes every weight. Training is deterministic: the same corpus gives the
same file.
"""

import argparse
import json
import sys

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from replies.safety.learned import BESIDE_A_REPORT, MODEL, UNREAD_TEXT, safety_text, weighted_features
from tools.crisis_model import CORPUS


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--c", type=float, default=100.0, help="inverse regularisation strength")
    args = parser.parse_args(argv)
    texts, labels = _corpus()
    rows = [_row(text) for text in texts]
    _cross_validate(rows, labels, args.c)
    vectorizer = DictVectorizer()
    model = LogisticRegression(C=args.c, max_iter=2000).fit(vectorizer.fit_transform(rows), labels)
    weights = {
        name: round(float(weight), 4)
        for name, weight in zip(vectorizer.get_feature_names_out(), model.coef_[0], strict=True)
        if weight
    }
    MODEL.write_text(
        json.dumps(
            {
                "about": "crisis model for replies/safety/learned.py; python -m tools.crisis_model.train rebuilds it",
                "corpus_lines": len(texts),
                "c": args.c,
                "intercept": round(float(model.intercept_[0]), 4),
                "weights": dict(sorted(weights.items())),
            },
            ensure_ascii=False,
            indent=0,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"wrote {MODEL} ({len(weights):,} weights from {len(texts):,} texts)")
    return 0


def _corpus() -> tuple[list[str], list[int]]:
    texts, labels = [], []
    for path in sorted(CORPUS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                texts.append(row["text"])
                labels.append(int(bool(row["crisis"])))
    if not texts:
        sys.exit(f"no training texts in {CORPUS}")
    return texts, labels


def _row(text: str) -> dict[str, float]:
    return weighted_features(safety_text(text))


def _cross_validate(rows: list[dict[str, float]], labels: list[int], c: float) -> None:
    scored: list[tuple[float, int]] = []
    for train, test in StratifiedKFold(n_splits=5, shuffle=True, random_state=7).split(rows, labels):
        vectorizer = DictVectorizer()
        model = LogisticRegression(C=c, max_iter=2000)
        model.fit(vectorizer.fit_transform([rows[i] for i in train]), [labels[i] for i in train])
        scores = model.predict_proba(vectorizer.transform([rows[i] for i in test]))[:, 1]
        scored.extend((float(score), labels[i]) for i, score in zip(test, scores, strict=True))
    crises = sum(labels)
    for threshold in sorted({0.5, 0.7, UNREAD_TEXT, BESIDE_A_REPORT, 0.95}):
        said = [label for score, label in scored if score >= threshold]
        mark = "  <- parser.py" if threshold in (UNREAD_TEXT, BESIDE_A_REPORT) else ""
        print(
            f"5-fold cross-validation at {threshold}: precision {sum(said) / max(len(said), 1):.3f}, "
            f"recall {sum(said) / crises:.3f}{mark}"
        )


if __name__ == "__main__":
    sys.exit(main())
