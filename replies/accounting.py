"""Which words of a report no rule accounted for, so that a reply the parser only half read reaches a person.

Rules read amounts; they do not read everything a patient may write beside one ("2 beers. honestly don't care if I
wake up"). A clause (the text between separators, "and" and "but") that holds no word of intake, day or negation
and still holds words outside the vocabulary is something the parser did not read: the report is logged as far as
it is clear, and `review` puts the whole text before a human rather than answering it with the machine alone.
"""

from replies.text import Kind, Lexeme

_K = Kind
_BREAKS = frozenset({_K.SEP, _K.QMARK, _K.AND})
_READ = frozenset(
    {
        _K.NUM, _K.BEV, _K.CONTAINER, _K.MEASURE, _K.DRUG, _K.DRUGCLASS, _K.NONBENZO, _K.NONALC, _K.NEGVERB,
        _K.SOBER, _K.CLEAN, _K.FREE, _K.MG, _K.TABUNIT, _K.DRINKVERB, _K.TAKEVERB, _K.INTOX,
        _K.COUPLE, _K.VAGUE, _K.HALF, _K.SAME, _K.COLOR, _K.MULT, _K.BOTH, _K.ANY,
    }
)  # fmt: skip


def unread(lexemes: list[Lexeme]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The unknown words of every clause that reports nothing, and each such clause as its words, in reading order."""
    clauses = [clause for clause in _clauses(lexemes) if _unread(clause)]
    words = tuple(word.text for clause in clauses for word in clause if word.kind is _K.WORD)
    return words, tuple(" ".join(word.text for word in clause) for clause in clauses)


def _unread(clause: list[Lexeme]) -> bool:
    return not any(word.kind in _READ for word in clause) and any(word.kind is _K.WORD for word in clause)


def _clauses(lexemes: list[Lexeme]) -> list[list[Lexeme]]:
    clauses: list[list[Lexeme]] = [[]]
    for lexeme in lexemes:
        if lexeme.kind in _BREAKS:
            clauses.append([])
        else:
            clauses[-1].append(lexeme)
    return clauses
