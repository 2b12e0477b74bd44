"""Turn folded text into lexemes: numbers with their form, the vocabulary's phrases, and the grammar words the
rules lean on (negations, day words, verbs, "and", "of", "x2").

Phrases are matched longest first ("bud light" before "bud", "last night" before "last"), so every later rule
sees "white claw" or "no more than" as one unit. A few readings depend on neighbours and are settled here once:
"40" after "a" is a forty-ounce bottle, "12 oz" a size, "6 pack" a six-pack, "-" between numbers a range.
"""

from dataclasses import replace
from functools import lru_cache

from replies.intake.lexicon import (
    CONTAINERS,
    EVERYDAY_SLANG,
    ML_PER_OZ,
    PHRASES,
    SPIRITS_AFTER_OF,
    WHERE_COUNTED,
    Entry,
    fuzzy_lookup,
    multipack,
)
from replies.intake.numbers import ARTICLES, HALVES, SPOKEN_STARTS, WHOLES, WORD_NUMBERS, numeral, spoken_number
from replies.intake.senses import settle_senses
from replies.intake.writer import RELATIONS_EN, RELATIONS_ES
from replies.text import Kind, Lexeme, normalise, raw_tokens
from replies.vocabulary import load, phrases

_K = Kind


def _grammar() -> dict[tuple[str, ...], tuple[Kind, float | None, str]]:
    """grammar.yaml as a table from phrase to (kind, value, form); a phrase listed twice keeps its first entry.
    Every relation in people.yaml, owned ("my cousin", "mi cuñado"), is someone else whose intake is not the
    patient's."""
    table: dict[tuple[str, ...], tuple[Kind, float | None, str]] = {}
    for group in load("grammar")["grammar"]:
        kind = Kind[group["kind"]]
        value = group.get("value")
        where = f"grammar.yaml {group['kind']}"
        for phrase in phrases(group["words"], where):
            table.setdefault(
                tuple(phrase.split()), (kind, None if value is None else float(value), group.get("form", ""))
            )
    for owners, verbs, relations in (
        (("my", "his", "her", "their", "our"), _THEIR_VERBS_EN, RELATIONS_EN),
        (("mi", "mis"), _THEIR_VERBS_ES, RELATIONS_ES),
    ):
        for relation in relations:
            for owner in owners:
                table.setdefault((owner, *relation.split()), (Kind.OTHER, None, ""))
            for verb in verbs:  # "wife drank a bottle", "roommate finished a fifth": someone else's, said bare
                table.setdefault((*relation.split(), *verb.split()), (Kind.OTHER, None, ""))
    return table


_THEIR_VERBS_EN = ("had", "has", "drank", "drinks", "took", "takes", "finished", "downed", "was", "is", "'s", "got")
_THEIR_VERBS_ES = ("tomo", "bebio", "se tomo", "se bebio", "se acabo")


_GRAMMAR = _grammar()


def _phrase_lengths() -> dict[str, tuple[int, ...]]:
    """For each word that begins a phrase, the lengths its phrases come in, longest first: only those are looked up."""
    lengths: dict[str, set[int]] = {}
    for key in (*_GRAMMAR, *PHRASES):
        if len(key) > 1:
            lengths.setdefault(key[0], set()).add(len(key))
    return {word: tuple(sorted(found, reverse=True)) for word, found in lengths.items()}


_STARTS = _phrase_lengths()
_PUNCT = {
    ",": _K.SEP, ".": _K.SEP, ";": _K.SEP, "!": _K.SEP, "\n": _K.SEP, "?": _K.QMARK, "\u00bf": _K.QMARK,
    ":": _K.COLON, "=": _K.COLON, "-": _K.COLON, "~": _K.APPROX, "+": _K.AND, "&": _K.AND, "/": _K.SEP,
}  # fmt: skip
_MEASURE_UNITS = {
    "oz": ML_PER_OZ, "ounce": ML_PER_OZ, "ounces": ML_PER_OZ, "onzas": ML_PER_OZ, "onza": ML_PER_OZ,
    "ouncer": ML_PER_OZ, "ouncers": ML_PER_OZ, "ml": 1.0, "mls": 1.0, "cl": 10.0, "l": 1000.0, "liter": 1000.0,
    "liters": 1000.0, "litre": 1000.0, "litres": 1000.0, "litro": 1000.0, "litros": 1000.0, "lt": 1000.0,
}  # fmt: skip
_PACK_WORDS = frozenset({"pack", "packs", "pk", "pks", "rack", "racks", "pack of"})


def lex(text: str) -> list[Lexeme]:
    """The lexemes of a patient's text, in reading order."""
    return lex_folded(normalise(text))


def lex_folded(folded: str) -> list[Lexeme]:
    """The lexemes of text already passed through `text.normalise`."""
    return settle_senses(_settle(_match(raw_tokens(folded))))


def _match(tokens: list[tuple[str, str]]) -> list[Lexeme]:
    lexemes: list[Lexeme] = []
    words = [text for _, text in tokens]
    n = len(tokens)
    i = 0
    while i < n:
        group, text = tokens[i]
        spoken = spoken_number(words, i) if text in SPOKEN_STARTS or text.isdigit() else None
        if spoken is not None:
            value, form, length = spoken
            lexemes.append(Lexeme(_K.NUM, " ".join(words[i : i + length]), value, form))
            i += length
            continue
        if group == "num":
            parsed = numeral(text)
            if parsed is None:
                lexemes += _slashed(text) if "/" in text else [Lexeme(_K.TIMEUNIT, text)]
            else:
                lexemes.append(Lexeme(_K.NUM, text, parsed[0], parsed[1]))
            i += 1
            continue
        if group == "emoji":
            lexemes.append(_emoji(text))
            i += 1
            continue
        if group == "punct":
            kind = _PUNCT.get(text)
            if kind is not None:
                lexemes.append(Lexeme(kind, text))
            i += 1
            continue
        matched = _phrase(words, i, n) if text in _STARTS else None
        if matched is not None:
            lexeme, length = matched
            lexemes.append(lexeme)
            i += length
            continue
        lexemes.append(_word(text))
        i += 1
    return lexemes


def _slashed(text: str) -> list[Lexeme]:
    """ "2/0" and "0/0" answer both questions at once; "3/14" is a date."""
    top, _, bottom = text.partition("/")
    if len(top) == 1 and len(bottom) == 1:
        return [
            Lexeme(_K.NUM, top, float(top), "int"),
            Lexeme(_K.SEP, "/"),
            Lexeme(_K.NUM, bottom, float(bottom), "int"),
        ]
    return [Lexeme(_K.TIMEUNIT, text)]


def _phrase(words: list[str], i: int, n: int) -> tuple[Lexeme, int] | None:
    for length in _STARTS[words[i]]:
        if length <= n - i:
            found = _lookup(tuple(words[i : i + length]))
            if found is not None:
                return found, length
    return None


def _lookup(key: tuple[str, ...]) -> Lexeme | None:
    grammar = _GRAMMAR.get(key)
    if grammar is not None:
        kind, value, form = grammar
        return Lexeme(kind, " ".join(key), value, form)
    entry = PHRASES.get(key)
    if entry is not None:
        return _from_entry(entry, " ".join(key))
    return None


def _from_entry(entry: Entry, text: str) -> Lexeme:
    return Lexeme(Kind[entry.kind], text, entry=entry.entry, plural=entry.plural)


@lru_cache(maxsize=16384)
def _word(text: str) -> Lexeme:
    """A single word's lexeme. Cached: patients reuse few words, and lexemes are never changed once made."""
    found = _lookup((text,))
    if found is not None:
        return found
    if text in WORD_NUMBERS:
        return Lexeme(_K.NUM, text, WORD_NUMBERS[text], "word")
    if text in ARTICLES:
        return Lexeme(_K.ARTICLE, text)
    if text in HALVES:
        return Lexeme(_K.HALF, text, 0.5)
    stands_for = WHERE_COUNTED.get(text)
    if stands_for is not None:
        return Lexeme(Kind[stands_for.kind], text, form=_WHERE_COUNTED, entry=stands_for.entry)
    texted = _texted_form(text)
    if texted is not None:
        return replace(texted, text=text)
    fuzzy = fuzzy_lookup(text)
    if fuzzy is not None:
        return _from_entry(fuzzy, text)
    return Lexeme(_K.WORD, text)


def _texted_form(text: str) -> Lexeme | None:
    """A word as texters bend it: a plural in "z" ("beerz", "benzoz", "pillz") or a dropped "g" ("drinkin",
    "takin"), read as the word it bends."""
    if len(text) > 3 and text.endswith("z"):
        return _lookup((f"{text[:-1]}s",))
    if len(text) > 4 and text.endswith("in"):
        return _lookup((f"{text}g",))
    return None


_EMOJI = {
    "\U0001f37a": ("BEV", "beer", False),
    "\U0001f377": ("CONTAINER", "glass", False),
    "\U0001f943": ("CONTAINER", "shot", False),
    "\U0001f378": ("BEV", "cocktail", False),
    "\U0001f379": ("BEV", "cocktail", False),
    "\U0001f37b": ("BEV", "beer", True),
    "\U0001f942": ("BEV", "wine", True),
    "\U0001f37e": ("BEV", "wine", True),
}


def _emoji(text: str) -> Lexeme:
    """A drink emoji is one serving of it (mugs clinking, glasses clinking and a popping bottle are asked about);
    a pill emoji is a pill of some drug."""
    if text == "\U0001f48a":
        return Lexeme(_K.TABUNIT, text, form="tab")
    kind, name, vague = _EMOJI[text]
    if kind == "CONTAINER":
        return Lexeme(_K.CONTAINER, text, entry=CONTAINERS[name], form="emoji")
    entry = PHRASES[(name,)]
    return Lexeme(_K.BEV, text, entry=entry.entry, form="vague-emoji" if vague else "emoji")


def _settle(lexemes: list[Lexeme]) -> list[Lexeme]:
    """Readings that depend on the neighbours."""
    n = len(lexemes)
    out: list[Lexeme] = []
    i = 0
    while i < n:
        lexeme = lexemes[i]
        kind = lexeme.kind
        if lexeme.form == _WHERE_COUNTED and not _served(out, lexemes[i + 1] if i + 1 < n else None):
            out.append(Lexeme(_K.WORD, lexeme.text))  # "bears" at the zoo; "2 bears" are beers
            i += 1
            continue
        if kind is _K.WORD and lexeme.text in SPIRITS_AFTER_OF and out and out[-1].kind is _K.OF:
            out.append(_from_entry(_LIQUOR, lexeme.text))  # "a fifth of jack"
            i += 1
            continue
        if kind is _K.WORD and lexeme.text in _DROPS and out and out[-1].kind is _K.NEG:
            out.append(Lexeme(_K.DRINKVERB, lexeme.text))  # "not a single drop", "ni una sola gota"
            i += 1
            continue
        if lexeme.entry is _HALF_PINT and _and_a(out):  # "one and a half pints": the half is the count's
            half, pints = lexeme.text.split(" ", 1)
            out += [Lexeme(_K.HALF, half, 0.5), Lexeme(_K.CONTAINER, pints, entry=_PINT, plural=lexeme.plural)]
            i += 1
            continue
        if kind not in _NEIGHBOURLY:
            out.append(lexeme)
            i += 1
            continue
        following = lexemes[i + 1] if i + 1 < n else None
        previous = out[-1] if out else None
        if (
            previous is not None
            and len(out) > 1
            and (previous.text in WHOLES or (previous.kind is _K.OF and out[-2].kind is _K.HALF))
        ):
            previous = out[-2]  # "a whole bar" reads as "a bar", "un cuarto de barra" as "a quarter bar"
        if kind is _K.NUM:
            settled, used = _number(lexemes, i, previous, following)
        else:
            settled, used = _other(lexeme, previous, following), 1
        out.append(settled)
        i += used
    return out


def _number(lexemes: list[Lexeme], i: int, previous: Lexeme | None, following: Lexeme | None) -> tuple[Lexeme, int]:
    """ "12 oz", "6 pack", "two 40s", "a 40", "9 pm", "10:30"."""
    lexeme = lexemes[i]
    value = lexeme.value or 0.0
    if lexeme.text == "once" and (following is None or following.kind not in _COUNTED):
        return Lexeme(_K.MULT, "once", 1.0, "value"), 1  # "only drank once"; "once cervezas" is eleven
    if following is not None:
        after = following.kind
        if after is _K.WORD:
            unit = _MEASURE_UNITS.get(following.text)
            if unit is not None:
                return Lexeme(_K.MEASURE, f"{lexeme.text} {following.text}", value * unit), 2
            if following.text in _PACK_WORDS and value:
                plural = following.text.endswith("s")
                return Lexeme(_K.CONTAINER, lexeme.text, entry=multipack(value), plural=plural), 2
            if following.text == "s" and value == 40:
                return Lexeme(_K.CONTAINER, "40s", entry=_FORTY, plural=True), 2
        elif after is _K.TIMEUNIT:
            return Lexeme(_K.TIMEUNIT, lexeme.text), 1
        elif after is _K.COLON and following.text == ":" and i + 2 < len(lexemes):
            minutes = lexemes[i + 2]
            if minutes.kind is _K.NUM and len(minutes.text) == 2:
                return Lexeme(_K.TIMEUNIT, f"{lexeme.text}:{minutes.text}"), 3
    if (
        lexeme.text in _PACKS_SAID_ALONE
        and previous is not None
        and previous.kind in (_K.ARTICLE, _K.HALF)
        and not (following is not None and following.kind in _COUNTED and "emoji" not in following.form)
        and not (following is not None and following.kind is _K.OF and not _names_a_drink(lexemes, i + 2))
    ):
        return Lexeme(_K.CONTAINER, lexeme.text, entry=multipack(value)), 1  # "un six", "grabbed a twelve"
    if value in _BOTTLE_ML and _sized(lexemes, i, previous):  # "una botella de 750 de tequila", "a 750 of jack"
        return Lexeme(_K.MEASURE, lexeme.text, value), 1
    if value in _BOTTLE_LITRES and _sized(lexemes, i, previous):  # "una botella de 1.75 de vodka": a handle
        return Lexeme(_K.MEASURE, lexeme.text, value * 1000), 1
    if (
        value == 40
        and previous is not None
        and previous.kind in (_K.ARTICLE, _K.NUM, _K.MY, _K.COUPLE, _K.HALF)
        and not (following is not None and following.kind in (_K.BEV, _K.CONTAINER, _K.MG))
    ):
        return Lexeme(_K.CONTAINER, lexeme.text, entry=_FORTY), 1
    return lexeme, 1


def _other(lexeme: Lexeme, previous: Lexeme | None, following: Lexeme | None) -> Lexeme:
    kind = lexeme.kind
    text = lexeme.text
    if text in _RANGE_WORDS and _is_num(previous) and _is_num(following):
        return Lexeme(_K.OR, text)  # "2-3", "2 to 3", "2 a 3"
    if kind is _K.AND and text == "+" and _is_num(previous) and not _is_num(following):
        return Lexeme(_K.BOUND, "+")  # "3+ beers"; "300 + 1" adds
    if kind is _K.VAGUE and text in ("unos", "unas", "some") and _is_num(following):
        return Lexeme(_K.APPROX, text)  # "unas 2 cervezas"
    if kind is _K.BOUND and text in _BOUND_ONLY_BY_NUMBERS and not _is_num(following):
        return Lexeme(_K.FILLER, text)
    if kind is _K.FUTURE and text == "manana" and previous is not None and previous.text in _MORNING_BEFORE:
        return Lexeme(_K.FILLER, text)  # "en la manana" is a morning, not tomorrow
    if kind is _K.FUTURE and text == "may" and _is_num(following):
        return Lexeme(_K.TIMEPREP, text)  # "May 5"
    if kind is _K.DRUG and text in EVERYDAY_SLANG and not _quantified(previous) and not _is_num(following):
        return Lexeme(_K.WORD, text)
    if kind is _K.DAY and previous is not None and previous.kind is _K.SAME and previous.text.endswith(_COMPARED):
        return Lexeme(_K.FILLER, text)  # "same as yesterday" reports no day
    return lexeme


_NEIGHBOURLY = frozenset(
    {
        _K.NUM, _K.COLON, _K.ARTICLE, _K.FILLER, _K.OR, _K.AND, _K.VAGUE, _K.BOUND, _K.FUTURE, _K.DRUG, _K.APPROX,
        _K.MY, _K.DAY,
    }
)  # fmt: skip
_COUNTED = frozenset({_K.BEV, _K.CONTAINER, _K.DRUG, _K.DRUGCLASS, _K.TABUNIT, _K.MG, _K.MEASURE, _K.SIZE})
_WHERE_COUNTED = "where counted"
_PACKS_SAID_ALONE = frozenset({"six", "twelve"})
# What comes before a drink or a drug that is counted, poured or taken: "2 bears", "glass of whine", "took an ambient".
_SERVED = frozenset(
    {_K.NUM, _K.ARTICLE, _K.COUPLE, _K.HALF, _K.VAGUE, _K.MY, _K.TAKEVERB, _K.DRINKVERB, _K.HAVEVERB, _K.APPROX}
)
_POURED_OF = frozenset({_K.CONTAINER, _K.MEASURE, _K.VAGUE, _K.COUPLE, _K.HALF, _K.NUM})
_LIQUOR = PHRASES[("liquor",)]
_FORTY = CONTAINERS["forty"]
_PINT, _HALF_PINT = CONTAINERS["pint"], CONTAINERS["half_pint"]


# Bottle sizes said in ml without the unit: a 750 is a fifth, a 375 a pint of liquor, a 1.75 l a handle.
_BOTTLE_ML = frozenset({187.0, 200.0, 375.0, 500.0, 700.0, 750.0, 1000.0, 1750.0})
_BOTTLE_LITRES = frozenset({0.375, 0.75, 1.75})


def _sized(lexemes: list[Lexeme], i: int, previous: Lexeme | None) -> bool:
    """Whether the number at `i` sizes a bottle: after "a bottle of", "una de" or "a", and before "of" a drink or
    nothing."""
    after = lexemes[i + 1] if i + 1 < len(lexemes) else None
    if after is not None and after.kind not in (_K.OF, _K.BEV, _K.SEP):
        return False
    if previous is None:
        return False
    if previous.kind is _K.ARTICLE:
        return after is not None and after.kind in (_K.OF, _K.BEV)
    return previous.kind is _K.OF and i >= 2 and lexemes[i - 2].kind in (_K.CONTAINER, _K.ARTICLE)


def _and_a(out: list[Lexeme]) -> bool:
    """Whether a number and "and" or "and a" were just read: "2 and a", "uno y"."""
    kinds = [lexeme.kind for lexeme in out[-3:]]
    return kinds[-2:] == [_K.NUM, _K.AND] or kinds == [_K.NUM, _K.AND, _K.ARTICLE]


_DROPS = frozenset({"drop", "drops", "sip", "gota", "gotita"})
_COMPARED = (" as", " que", " de")
_BOUND_ONLY_BY_NUMBERS = frozenset({"over", "under", "hasta"})
_RANGE_WORDS = frozenset({"-", "to", "a", "maybe", "or maybe", "possibly", "perhaps", "tal vez", "quizas"})
_MORNING_BEFORE = frozenset({"la", "en la", "por la", "de la", "una", "de"})


def _served(before: list[Lexeme], following: Lexeme | None) -> bool:
    """Whether a word that stands for a drink or a drug only where counted (spelling.yaml where_counted) stands where
    one is counted, poured or taken, or where its strength follows ("halcyon 0.25")."""
    if before and before[-1].kind is _K.OF:  # "a glass of whine", not "a friend of mike's"
        return len(before) > 1 and before[-2].kind in _POURED_OF
    return bool(before and before[-1].kind in _SERVED) or (following is not None and following.kind in (_K.NUM, _K.MG))


def _names_a_drink(lexemes: list[Lexeme], i: int) -> bool:
    return i < len(lexemes) and lexemes[i].kind is _K.BEV


def _quantified(lexeme: Lexeme | None) -> bool:
    """A "bar" is a 2 mg Xanax only after a number or a verb of taking: "2 bars", "half a bar", "took bars"."""
    return lexeme is not None and lexeme.kind in (_K.NUM, _K.ARTICLE, _K.HALF, _K.COUPLE, _K.TAKEVERB, _K.VAGUE)


def _is_num(lexeme: Lexeme | None) -> bool:
    return lexeme is not None and lexeme.kind is _K.NUM
