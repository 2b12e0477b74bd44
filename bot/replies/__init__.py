"""Understanding patient texts (pure): `parse(text, prompt, lang)` says what a reply means."""

from bot.replies.alcohol import AlcoholItem
from bot.replies.benzos import BenzoItem
from bot.replies.parser import LANGUAGES, PROMPTS, Intent, ParsedReply, parse

__all__ = ["LANGUAGES", "PROMPTS", "AlcoholItem", "BenzoItem", "Intent", "ParsedReply", "parse"]
