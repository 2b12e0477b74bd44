"""What one reply means, as the parser says it and the conversation reads it."""

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from replies.intake.alcohol import AlcoholItem
from replies.intake.benzos import BenzoItem
from replies.reasons import Reason

READS_LIKE_A_CRISIS = "review.reads_like_a_crisis"


class Intent(StrEnum):
    REPORT = "report"
    STOP = "stop"
    START = "start"
    HELP = "help"
    CRISIS = "crisis"
    SYMPTOM = "symptom"
    QUESTION = "question"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class ParsedReply:
    """What one reply means; `as_json` gives the contract's object, key for key.

    Beyond the contract: `correction` marks a report that corrects the patient's last one ("sorry, it was 3"),
    `yes` a text that is a plain yes (an opt-in only from a patient who opted out), `fallback` names the
    exception a bug of the parser's raised on this text, which then reads as `unknown` (or `crisis`), and `why`
    holds each named rule that decided, with the words it read (`taperline parse --why`).
    """

    text: str
    intent: Intent
    drinks: float | None = None
    alcohol_items: tuple[AlcoholItem, ...] = ()
    benzos: tuple[BenzoItem, ...] | None = None
    day_offset: int | None = None
    needs_clarification: bool = False
    clarify: str | None = None
    review: bool = False
    correction: bool = False
    yes: bool = False
    fallback: str | None = None
    why: tuple[Reason, ...] = ()

    @property
    def reads_like_a_crisis(self) -> bool:
        """Whether `review` is set because a report the rules read in full reads somewhat like a crisis to the
        learned net (replies/safety/learned.py), rather than for words no rule read."""
        return any(reason.rule == READS_LIKE_A_CRISIS for reason in self.why)

    def as_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "intent": self.intent.value,
            "drinks": self.drinks,
            "alcohol_items": [
                {
                    "quantity": item.quantity,
                    "unit": item.unit,
                    "beverage": item.beverage,
                    "standard_drinks": item.standard_drinks,
                }
                for item in self.alcohol_items
            ],
            "benzos": None
            if self.benzos is None
            else [
                {"drug": item.drug, "mg": item.mg, "tablets": item.tablets, "diazepam_eq_mg": item.diazepam_eq_mg}
                for item in self.benzos
            ],
            "day_offset": self.day_offset,
            "needs_clarification": self.needs_clarification,
            "clarify": self.clarify,
            "review": self.review,
        }
