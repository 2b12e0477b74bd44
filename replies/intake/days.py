"""Which day a reply is about: 0 for "today", "this morning", "tonight", "hoy"; -1 for "yesterday", "last night",
"anoche"; None when it does not say. Days further back ("the day before yesterday", "anteayer") are None, not a
wrong -1.

A reply may name two days ("hoy nada, ayer 2 cervezas"); the day that counts is the one in the same sentence part
as the first thing reported, else the first day named.
"""

from replies.text import Kind, Lexeme

_CLAUSE_ENDS = (Kind.SEP, Kind.QMARK)
_BACK_REFERENCES = frozenset({"that", "those", "it", "that's", "thats", "eso", "esos", "esas", "fue", "fueron"})


def day_named(lexemes: list[Lexeme], reported_at: int | None = None) -> Lexeme | None:
    """The day word that says which day the reply is about, or None; its `value` is the day offset."""
    days = [i for i, lexeme in enumerate(lexemes) if lexeme.kind is Kind.DAY]
    if not days:
        return None
    chosen = next((i for i in days if lexemes[i].value is not None), days[0])
    if reported_at is not None:
        start, end = _clause_around(lexemes, reported_at)
        chosen = next((i for i in days if start <= i < end), chosen)
    return lexemes[chosen] if lexemes[chosen].value is not None else None


def days_together(lexemes: list[Lexeme], reported_at: int) -> Lexeme | None:
    """The words that put the amount read at `reported_at` over several days ("4 beers this week", "toda la semana")
    when they stand in its clause and no one day is named, or None: "lonely this week. 2 beers" is yesterday's."""
    if any(lexeme.kind is Kind.DAY and lexeme.form != "span" for lexeme in lexemes):
        return None
    start, end = _clause_around(lexemes, reported_at)
    span = next((lexeme for lexeme in lexemes[start:end] if lexeme.kind is Kind.DAY), None)
    following = end
    while following < len(lexemes) and lexemes[following].kind in _CLAUSE_ENDS:
        following += 1
    if span is None and following < len(lexemes):  # "4 beers but that was over the whole week"
        after = lexemes[following : _clause_around(lexemes, following)[1]]
        if any(not _BACK_REFERENCES.isdisjoint(lexeme.text.split()) for lexeme in after):
            span = next((lexeme for lexeme in after if lexeme.kind is Kind.DAY), None)
    return span


def _clause_around(lexemes: list[Lexeme], at: int) -> tuple[int, int]:
    start, end = at, at
    while start > 0 and lexemes[start - 1].kind not in _CLAUSE_ENDS:
        start -= 1
    while end < len(lexemes) and lexemes[end].kind not in _CLAUSE_ENDS:
        end += 1
    return start, end
