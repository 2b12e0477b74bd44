"""Understanding patient texts (pure): `parse(text, prompt, lang)` says what a reply means."""

from replies.intake.alcohol import AlcoholItem
from replies.intake.benzos import BenzoItem
from replies.parser import LANGUAGES, PROMPTS, parse
from replies.reply import Intent, ParsedReply

__all__ = ["LANGUAGES", "PROMPTS", "AlcoholItem", "BenzoItem", "Intent", "ParsedReply", "parse"]
