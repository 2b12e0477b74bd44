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


def found_beside(rare: re.Pattern[str], common: re.Pattern[str], text: str) -> tuple[str, str] | None:
    """The words `rare` and `common` each find in `text`, or None unless both do. `rare` is looked for first, so that
    the costlier or commoner pattern is searched only in the few texts where the rare one stands."""
    first = found(rare, text)
    second = None if first is None else found(common, text)
    return None if first is None or second is None else (first, second)
