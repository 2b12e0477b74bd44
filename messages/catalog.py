"""Which template a message uses: the clinic's own text when it has one, else the shipped default.

The defaults are read from YAML once per process; the caller passes a clinic's overrides in, so this module
never touches the database and `bot` decides how overrides are stored.
"""

from collections.abc import Mapping
from functools import cache
from pathlib import Path
from types import MappingProxyType

import yaml

CADENCE_KINDS = ("welcome", "avoid_start", "reminder", "checkin", "day_before", "taper")
REPLY_KINDS = (
    "opt_out",
    "opt_in",
    "help",
    "crisis",
    "symptom",
    "acknowledgement",
    "logged",
    "unknown_sender",
    "on_call_page",
)
KINDS = CADENCE_KINDS + REPLY_KINDS
LANGUAGES = ("en", "es")
FALLBACK_LANGUAGE = "en"

_TEMPLATES = Path(__file__).parent / "templates"
_NO_OVERRIDES: Mapping[tuple[str, str], str] = MappingProxyType({})


class UnknownTemplate(KeyError):
    """A message kind with no template; raised at once rather than sending a patient an empty or wrong text."""

    def __str__(self) -> str:
        # KeyError shows its argument's repr; this message is meant to be read as it is.
        return str(self.args[0])


def default_template(kind: str, language: str) -> str:
    _require_kind(kind)
    return _defaults(_supported(language))[kind]


def template_for(kind: str, language: str, overrides: Mapping[tuple[str, str], str] = _NO_OVERRIDES) -> str:
    """A patient whose language has no templates gets English, and so does the clinic's English override."""
    _require_kind(kind)
    language = _supported(language)
    return overrides.get((kind, language)) or _defaults(language)[kind]


def _require_kind(kind: str) -> None:
    if kind not in KINDS:
        raise UnknownTemplate(f"no message template for kind {kind!r}; the kinds are {', '.join(KINDS)}")


def _supported(language: str) -> str:
    return language if language in LANGUAGES else FALLBACK_LANGUAGE


@cache
def _defaults(language: str) -> Mapping[str, str]:
    with (_TEMPLATES / f"{language}.yaml").open(encoding="utf-8") as file:
        return MappingProxyType(yaml.safe_load(file))
