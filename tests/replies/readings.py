"""Shorthands for what the tests ask of a parsed reply."""

from typing import Any

from replies import parse


def read(text: str, prompt: str = "checkin", lang: str = "en") -> dict[str, Any]:
    return parse(text, prompt, lang).as_json()


def doses(text: str, prompt: str = "checkin", lang: str = "en") -> list[tuple[str, float | None, float | None]] | None:
    """(drug, mg, tablets) per benzo, or None when none is mentioned."""
    benzos = read(text, prompt, lang)["benzos"]
    return None if benzos is None else [(item["drug"], item["mg"], item["tablets"]) for item in benzos]
