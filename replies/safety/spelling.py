"""Spelling repair for the safety checks: "i wanna kil my self tonite", "having sucidal thoughts", "ya no kiero
seguir viviendo" must reach a person as surely as the same words spelt right.

Only the words the crisis and symptom patterns hinge on are repaired (lexicon.SAFETY_WORDS), so a repair can never
turn an ordinary reply into a report of something else. Three general rules, tried in order: runs of one letter
typed three or more times count once ("dieee", "killll"); Spanish typed as it sounds ("k" or "q" for "que", "kiero"
for "quiero"); and a word within one edit of a safety word (two from nine letters on) is that word.
"""

import re
from functools import lru_cache

from replies.intake.lexicon import (
    DROPPED_G,
    SAFETY_REAL_WORDS,
    SAFETY_SPELLINGS,
    SAFETY_WORDS,
    deletions,
    edit_distance,
)

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)*")
_LETTER_RUN = re.compile(r"([a-z])\1{2,}")
_SHORTEST = 5
_LONGEST = 16


def _limit(word: str) -> int:
    return 1 if len(word) < 9 else 2


def _index() -> dict[str, frozenset[str]]:
    index: dict[str, set[str]] = {}
    for target in SAFETY_WORDS:
        for variant in deletions(target, _limit(target)):
            index.setdefault(variant, set()).add(target)
    return {variant: frozenset(targets) for variant, targets in index.items()}


_DELETION_INDEX = _index()


def repair_safety_words(folded: str) -> str:
    """`folded` with misspelt safety words spelt right; the text itself when nothing needed repair."""
    return _WORD.sub(_repaired_match, folded)


def _repaired_match(match: re.Match[str]) -> str:
    return repaired(match.group())


@lru_cache(maxsize=16384)
def repaired(word: str) -> str:
    """The safety word a typed word stands for, else the word as typed."""
    if word in SAFETY_WORDS:
        return word
    squashed = _LETTER_RUN.sub(r"\1", word)
    if squashed.endswith("in") and f"{squashed}g" in DROPPED_G:  # "shakin", "seein": the g texters drop
        return f"{squashed}g"
    for candidate in (squashed, squashed.replace("k", "qu")):
        if candidate in SAFETY_WORDS:
            return candidate
        if candidate in SAFETY_SPELLINGS:
            return SAFETY_SPELLINGS[candidate]
    if squashed in SAFETY_REAL_WORDS or not _SHORTEST <= len(squashed) <= _LONGEST:
        return squashed
    return _nearest(squashed) or squashed


def _nearest(word: str) -> str | None:
    """The one safety word nearest `word` within its edit limit; None when there is none or a tie."""
    limit = _limit(word)
    candidates: set[str] = set()
    for variant in deletions(word, limit):
        candidates.update(_DELETION_INDEX.get(variant, ()))
    best: dict[str, int] = {}
    for target in candidates:
        allowed = min(limit, _limit(target))
        distance = edit_distance(word, target, allowed)
        if distance <= allowed:
            best[target] = distance
    if not best:
        return None
    nearest = min(best.values())
    winners = [target for target, distance in best.items() if distance == nearest]
    return winners[0] if len(winners) == 1 else None
