"""Texting shorthand spelt out before any check reads a reply: "better off w/o me", "b/c", "tmrw", "rn".

Every rule is written once against plain words; without this, each would need its own copy for "w/o", "without"
and "wo", and the copy someone forgets is the crisis that is missed. Only shorthand with one reading in a patient's
reply is expanded (not "u", which is Spanish "or" in "7 u 8"), so a report reads the same before and after.
"""

import re

from replies.vocabulary import load, mapping

_SHORTHAND = mapping(load("shorthand")["shorthand"], "shorthand.yaml")
_WORD = re.compile(
    r"(?<![\w/])(?:" + "|".join(re.escape(short) for short in sorted(_SHORTHAND, key=len, reverse=True)) + r")(?![\w/])"
)


def expand_shorthand(folded: str) -> str:
    """`folded` with texting shorthand replaced by the words it stands for."""
    return _WORD.sub(_expanded, folded)


def _expanded(match: re.Match[str]) -> str:
    return _SHORTHAND[match.group()]
