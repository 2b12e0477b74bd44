"""Which day a reply is about: 0 for "today", "this morning", "tonight", "hoy"; -1 for "yesterday", "last night",
"anoche"; None when it does not say. Days further back ("the day before yesterday", "anteayer") are None, not a
wrong -1.

A reply may name two days ("hoy nada, ayer 2 cervezas"); the day that counts is the one in the same sentence part
as the first thing reported, else the first day named.
"""

from replies.text import Kind, Lexeme

_CLAUSE_ENDS = (Kind.SEP, Kind.QMARK)


def day_named(lexemes: list[Lexeme], reported_at: int | None = None) -> Lexeme | None:
    """The day word that says which day the reply is about, or None; its `value` is the day offset."""
    days = [i for i, lexeme in enumerate(lexemes) if lexeme.kind is Kind.DAY]
    if not days:
        return None
    chosen = days[0]
    if reported_at is not None:
        start, end = reported_at, reported_at
        while start > 0 and lexemes[start - 1].kind not in _CLAUSE_ENDS:
            start -= 1
        while end < len(lexemes) and lexemes[end].kind not in _CLAUSE_ENDS:
            end += 1
        chosen = next((i for i in days if start <= i < end), chosen)
    return lexemes[chosen] if lexemes[chosen].value is not None else None
