"""How many SMS segments a text costs, and in which encoding, the way carriers count them.

Called for every outbound message and on every template save, so the character sets are frozensets built once
and a text needs a per-character loop only when it is split and holds a character that counts double.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

# GSM 03.38 (3GPP TS 23.038) default alphabet, without the escape code 0x1B that introduces the extension table.
GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
# Characters reached through the escape code, so each costs two septets.
GSM7_EXTENSION = frozenset("\f^{}\\[~]|€")
_GSM7 = GSM7_BASIC | GSM7_EXTENSION

GSM7_SINGLE, GSM7_PART = 160, 153  # septets; a split message gives 7 septets of each part to the joining header
UCS2_SINGLE, UCS2_PART = 70, 67  # UTF-16 code units, for the same reason

Encoding = Literal["GSM-7", "UCS-2"]


@dataclass(frozen=True)
class Segments:
    """`characters` is what the limits are counted in: septets for GSM-7, UTF-16 code units for UCS-2."""

    encoding: Encoding
    characters: int
    segments: int

    def __str__(self) -> str:
        plural = "" if self.segments == 1 else "s"
        return f"{self.segments} segment{plural} ({self.encoding}, {self.characters} characters)"


def count_segments(text: str) -> Segments:
    if _GSM7.issuperset(text):
        septets = len(text) + sum(map(text.count, GSM7_EXTENSION))
        return Segments("GSM-7", septets, _parts(text, septets, GSM7_SINGLE, GSM7_PART, GSM7_EXTENSION.__contains__))
    units = len(text.encode("utf-16-le", "surrogatepass")) // 2
    return Segments("UCS-2", units, _parts(text, units, UCS2_SINGLE, UCS2_PART, _outside_bmp))


def non_gsm7_characters(text: str) -> str:
    """The characters that force UCS-2, each once, so an editor can be told what to replace (a curly quote...)."""
    return "".join(dict.fromkeys(c for c in text if c not in _GSM7))


def _outside_bmp(character: str) -> bool:
    return character > "\uffff"


def _parts(text: str, total: int, single: int, part: int, is_double: Callable[[str], bool]) -> int:
    """Phones never split an escape sequence or a surrogate pair across parts, so a two-unit character that
    would straddle a boundary starts the next part; with only one-unit characters this is plain division."""
    if total <= single:
        return 1
    if total == len(text):
        return -(-total // part)
    parts, used = 1, 0
    for character in text:
        width = 2 if is_double(character) else 1
        if used + width > part:
            parts, used = parts + 1, 0
        used += width
    return parts
