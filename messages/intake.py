"""What was logged, said back to the patient in a few words, so a misread reply is caught by the person who sent
it ("Logged: 2 drinks" when they meant 2 glasses of wine is fine; "Logged: 20 drinks" is not)."""

from collections.abc import Sequence

# (generic name, total mg or None, tablets or None), as logged.
Benzo = tuple[str, float | None, float | None]

_WORDS = {
    "en": {"no_drinks": "no drinks", "drink": "drink", "drinks": "drinks", "no_benzos": "no benzos",
           "tablet": "tablet", "tablets": "tablets", "of": "of"},
    "es": {"no_drinks": "ninguna bebida", "drink": "bebida", "drinks": "bebidas", "no_benzos": "ninguna benzo",
           "tablet": "pastilla", "tablets": "pastillas", "of": "de"},
}  # fmt: skip


def describe_intake(drinks: float | None, benzos: Sequence[Benzo] | None, language: str) -> str:
    """`None` leaves a substance out; `0` and `[]` say it was none."""
    words = _WORDS.get(language, _WORDS["en"])
    parts = []
    if drinks is not None:
        parts.append(words["no_drinks"] if drinks == 0 else _count(drinks, words["drink"], words["drinks"]))
    if benzos is not None and not benzos:
        parts.append(words["no_benzos"])
    for drug, mg, tablets in benzos or ():
        if mg is not None:
            parts.append(f"{drug} {_number(mg)} mg")
        elif tablets is not None:
            parts.append(f"{_count(tablets, words['tablet'], words['tablets'])} {words['of']} {drug}")
        else:
            parts.append(drug)
    return ", ".join(parts)


def _count(amount: float, one: str, many: str) -> str:
    return f"{_number(amount)} {one if amount == 1 else many}"


def _number(amount: float) -> str:
    return f"{amount:g}"
