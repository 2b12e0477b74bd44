"""The question texted back when a reply's amount cannot be known, in the language the patient wrote in.

Short and with an example answer, because a re-ask that shows the expected form gets a usable reply (Shimoni et
al. 2020). The language is the one the reply is written in when that is clear, else the patient's setting.
"""

from replies.text import Lexeme, word_set

_SPANISH = word_set(
    "tome tomo tomar bebi beber cerveza cervezas copa copas vino vinos trago tragos chupito chupitos botella botellas "
    "lata latas anoche ayer hoy nada unos unas algunos algunas poco mucho pastilla pastillas de y con un una dos tres "
    "cuatro cinco esta noche manana medio media sin ninguna ninguno tambien pero solo mi mis bastante demasiado algo "
    "varios varias mucha muchos muchas pocos pocas chela chelas"
)
_ENGLISH = word_set(
    "the and had have took drank beer beers drink drinks glass glasses wine yesterday last night today some few couple "
    "of a an my with pill pills bottle shot shots can cans i just"
)

_DRINKS = {"en": "How many drinks exactly? e.g. 2", "es": "¿Cuántas bebidas exactamente? p. ej. 2"}
# No example dose: to a patient tapering, a number in the bot's question can read as a suggested dose. "In all",
# because a label gives the mg of one tablet and the log needs what was taken.
_UNNAMED = {
    "en": "Which benzo, and how many mg in all? Your label shows the name and the mg per tablet.",
    "es": "¿Qué benzo y cuántos mg en total? Su etiqueta dice el nombre y los mg por pastilla.",
}
_DOSE = {
    "en": "How many mg of {drug} in all? Your label shows the mg per tablet.",
    "es": "¿Cuántos mg de {drug} en total? Su etiqueta dice los mg por pastilla.",
}


def reply_language(lexemes: list[Lexeme], default: str) -> str:
    spanish = sum(1 for lexeme in lexemes if lexeme.text in _SPANISH)
    english = sum(1 for lexeme in lexemes if lexeme.text in _ENGLISH)
    if spanish > english:
        return "es"
    if english > spanish:
        return "en"
    return default


def clarify_question(language: str, drinks: bool, unnamed_benzo: bool, drug: str | None) -> str | None:
    """The question for what is unclear: the drinks, a benzo not named, or a named drug's dose."""
    parts: list[str] = []
    if drinks:
        parts.append(_DRINKS[language])
    if unnamed_benzo:
        parts.append(_UNNAMED[language])
    elif drug is not None:
        parts.append(_DOSE[language].format(drug=drug))
    return " ".join(parts) or None
