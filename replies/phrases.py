"""Compiling a long list of phrases, written as one regular expression of `\\b`-led alternatives, so that searching
it costs by the letter rather than by the phrase.

Python's `re` tries every alternative of an alternation at every word boundary: the crisis list holds over three
hundred phrases, and searching it was a quarter of the parser's time. Grouped under a look-ahead for the letter
each phrase can start with, a position tries only the phrases that can begin there; a phrase that opens with a
list of words ("(?:xanax|valium|...) saved up") is split into one phrase per first letter. The grouping keeps what
the pattern matches and where; only which phrase wins among several starting at the same place may differ.
"""

import re
from collections.abc import Iterator

_STARTS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789'")
_OPTIONAL = ("?", "*", "{")  # "{" may allow none ("{0,2}"); read as optional, it only widens the letters found
_COPIES = 6  # an alternative that can start with more letters than this is tried once, under one look-ahead


def phrase_pattern(pattern: str) -> re.Pattern[str]:
    """`pattern` (alternatives that each begin with `\\b`) compiled grouped by first letter; an alternative whose
    first letter cannot be told from its text is kept as it is, after the groups."""
    groups: dict[str, list[str]] = {}
    wide: list[str] = []
    wide_starts: set[str] = set()
    loose: list[str] = []
    for alternative in alternatives(pattern):
        starts = _first_letters(alternative[2:]) if alternative.startswith(r"\b") else None
        if starts is None:
            loose.append(alternative)
        elif len(starts) > _COPIES:  # copied into every group it can start, it would multiply the pattern's size
            split = _split_by_letter(alternative[2:])
            if split is None:
                wide.append(alternative[2:])
                wide_starts |= starts
            else:
                for letter, part in split.items():
                    groups.setdefault(letter, []).append(part)
        else:
            for letter in starts:
                groups.setdefault(letter, []).append(alternative[2:])
    branches = [_by_letter(sorted(groups.items()))] if groups else []
    if wide:
        branches.append(f"(?=[{re.escape(''.join(sorted(wide_starts)))}])(?:{'|'.join(wide)})")
    # A boundary before a space is a word's end, where no phrase starts: one look there spares trying every group.
    return re.compile("|".join([rf"\b(?=[a-z0-9'])(?:{'|'.join(branches)})", *loose] if branches else loose))


def _by_letter(groups: list[tuple[str, list[str]]]) -> str:
    """The groups as a balanced tree of look-aheads, halving the letters at each level: a word start is told its
    group in about five looks rather than one look per letter in turn."""
    if len(groups) == 1:
        letter, group = groups[0]
        return f"(?={re.escape(letter)})(?:{'|'.join(group)})"
    middle = len(groups) // 2
    halves = (groups[:middle], groups[middle:])
    looks = ((re.escape("".join(letter for letter, _ in half)), _by_letter(half)) for half in halves)
    return "|".join(f"(?=[{letters}])(?:{branch})" for letters, branch in looks)


def _first_letters(alternative: str) -> set[str] | None:
    """The letters `alternative` can begin with, or None when that cannot be told from its text."""
    if not alternative:
        return None
    if alternative[0] in _STARTS:
        if alternative[1:2] in _OPTIONAL:
            return None
        return {alternative[0]}
    if not alternative.startswith("(?:"):
        return None
    end = _group_end(alternative)
    letters: set[str] = set()
    for inner in alternatives(alternative[3:end]):
        starts = _first_letters(inner)
        if starts is None:
            return None
        letters |= starts
    if alternative[end + 1 : end + 2] in _OPTIONAL:  # "(?:me\s+)?quiero": either may come first
        rest = _first_letters(alternative[end + 2 :].lstrip("?+"))
        return None if rest is None else letters | rest
    return letters


def _split_by_letter(alternative: str) -> dict[str, str] | None:
    """ "(?:xanax|valium|...)\\s+saved": an alternative that opens with a group of many words, as one alternative per
    first letter, each with only the words that start with it and the rest copied; None when it is not so made."""
    if not alternative.startswith("(?:"):
        return None
    end = _group_end(alternative)
    rest = alternative[end + 1 :]
    if rest[:1] in _OPTIONAL or rest[:1] == "+":
        return None
    buckets: dict[str, list[str]] = {}
    for inner in alternatives(alternative[3:end]):
        starts = _first_letters(inner)
        if starts is None:
            return None
        split = _split_by_letter(inner) if len(starts) > 1 else None
        for letter in sorted(starts):
            buckets.setdefault(letter, []).append(inner if split is None else split[letter])
    return {letter: f"(?:{'|'.join(inners)}){rest}" for letter, inners in buckets.items()}


def alternatives(pattern: str) -> list[str]:
    """`pattern` split at its top-level `|`, outside groups and character classes."""
    parts: list[str] = []
    start = depth = 0
    for at, char in _structure(pattern):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:at])
            start = at + 1
    parts.append(pattern[start:])
    return parts


def _group_end(pattern: str) -> int:
    """Where the group that opens `pattern` closes."""
    depth = 0
    for at, char in _structure(pattern):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return at
    raise ValueError(f"unbalanced group in {pattern[:40]!r}")


def _structure(pattern: str) -> Iterator[tuple[int, str]]:
    """Each `(`, `)` and `|` of `pattern` that is syntax: not escaped, not inside a character class."""
    at, in_class = 0, False
    while at < len(pattern):
        char = pattern[at]
        if char == "\\":
            at += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern[at + 1 : at + 2] == "]":
                at += 1
        elif char in "()|":
            yield at, char
        at += 1
