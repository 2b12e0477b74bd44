"""Why the parser read a reply as it did: each named rule that decided, and the words it read (`taperline parse
--why`). A coordinator checking a misreading, or a developer adding a word, needs to see which rule fired on which
words rather than guess from the output."""

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Reason:
    """One decision: `rule` names the rule ("crisis.english", "intake.drink"), `words` what it read, as folded text,
    and `reading` what it made of them when that is an amount ("2 standard drinks")."""

    rule: str
    words: str
    reading: str = ""


def found(pattern: re.Pattern[str], text: str) -> str | None:
    """The words `pattern` finds first in `text`, or None."""
    match = pattern.search(text)
    return None if match is None else match.group().strip()
