"""Texting shorthand spelt out before any check reads a reply: "better off w/o me", "b/c", "tmrw", "rn".

Every rule is written once against plain words; without this, each would need its own copy for "w/o", "without"
and "wo", and the copy someone forgets is the crisis that is missed. Only shorthand with one reading in a patient's
reply is expanded (not "u", which is Spanish "or" in "7 u 8"), so a report reads the same before and after.
"""

import re

_SHORTHAND = {
    "w/o": "without",
    "w/out": "without",
    "b/c": "because",
    "bc": "because",
    "cuz": "because",
    "coz": "because",
    "bcuz": "because",
    "rn": "right now",
    "abt": "about",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "tmrrw": "tomorrow",
    "tomorow": "tomorrow",
    "2morrow": "tomorrow",
    "2moro": "tomorrow",
    "2nite": "tonight",
    "tonite": "tonight",
    "ppl": "people",
    "every1": "everyone",
    "any1": "anyone",
    "some1": "someone",
    "no1": "no one",
    "msgs": "messages",
    "msg": "message",
    "txts": "texts",
    "txt": "text",
    "txting": "texting",
    "pls": "please",
    "plz": "please",
}
_WORD = re.compile(
    r"(?<![\w/])(?:" + "|".join(re.escape(short) for short in sorted(_SHORTHAND, key=len, reverse=True)) + r")(?![\w/])"
)


def expand_shorthand(folded: str) -> str:
    """`folded` with texting shorthand replaced by the words it stands for."""
    return _WORD.sub(_expanded, folded)


def _expanded(match: re.Match[str]) -> str:
    return _SHORTHAND[match.group()]
