"""The words the parser knows, as data: one YAML file per subject, read and checked once per process.

Words change far more often than rules ("zannies", a new seltzer brand, a Spanish nickname for a beer), and a word
added in one place must be known everywhere that needs it, so words live here and the rules in code read them. Every
phrase is stored folded (lower case, no accents, single spaces), the form `replies.text.normalise` gives the text
it is matched against; a file that breaks that, or holds a phrase twice in one list, stops the import with the file
and the list named, rather than leaving a word that can never match.
"""

from collections.abc import Mapping
from functools import cache
from importlib.resources import files
from typing import Any

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class VocabularyError(ValueError):
    """A vocabulary file that cannot be read as the parser needs it."""


@cache
def load(name: str) -> Mapping[str, Any]:
    """The top-level mapping of `replies/vocabulary/<name>.yaml`."""
    source = files(__package__).joinpath(f"{name}.yaml")
    try:
        data = yaml.load(source.read_text(encoding="utf-8"), Loader=_LOADER)
    except (OSError, yaml.YAMLError) as error:
        raise VocabularyError(f"vocabulary {name}.yaml: {error}") from error
    if not isinstance(data, Mapping):
        raise VocabularyError(f"vocabulary {name}.yaml: expected a mapping at the top")
    return data


def phrases(values: Any, where: str) -> tuple[str, ...]:
    """A list of folded phrases, in file order, checked: each a non-empty folded string, none twice."""
    if not isinstance(values, list):
        raise VocabularyError(f"vocabulary {where}: expected a list of phrases")
    seen: set[str] = set()
    for value in values:
        if not isinstance(value, str) or not value or value != _folded(value):
            raise VocabularyError(f"vocabulary {where}: {value!r} is not a folded phrase (lower case, no accents)")
        if value in seen:
            raise VocabularyError(f"vocabulary {where}: {value!r} is listed twice")
        seen.add(value)
    return tuple(values)


def words(values: Any, where: str) -> frozenset[str]:
    """A list of folded phrases as a set, for membership tests."""
    return frozenset(phrases(values, where))


def mapping(values: Any, where: str) -> Mapping[str, Any]:
    """A mapping whose keys are folded phrases."""
    if not isinstance(values, Mapping):
        raise VocabularyError(f"vocabulary {where}: expected a mapping")
    phrases(list(values), where)
    return values


def _folded(value: str) -> str:
    return " ".join(value.lower().split()) if value.isascii() else ""
