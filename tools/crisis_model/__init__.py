"""The crisis model's corpus and its trainer (`python -m tools.crisis_model.train`, extra `train`)."""

from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "corpus"
