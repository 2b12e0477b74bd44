"""Turn folded text into lexemes: numbers with their form, the vocabulary's phrases, and the grammar words the
rules lean on (negations, day words, verbs, "and", "of", "x2").

Phrases are matched longest first ("bud light" before "bud", "last night" before "last"), so every later rule
sees "white claw" or "no more than" as one unit. A few readings depend on neighbours and are settled here once:
"40" after "a" is a forty-ounce bottle, "12 oz" a size, "6 pack" a six-pack, "-" between numbers a range.
"""

from functools import lru_cache

from replies.intake.lexicon import (
    BAR_SLANG,
    CONTAINERS_BY_NAME,
    FORTY,
    ML_PER_OZ,
    PHRASES,
    SPIRITS_AFTER_OF,
    Entry,
    fuzzy_lookup,
    multipack,
)
from replies.intake.numbers import ARTICLES, HALVES, WORD_NUMBERS, numeral
from replies.intake.senses import settle_senses
from replies.text import Kind, Lexeme, normalise, raw_tokens

_K = Kind


def _grammar() -> dict[tuple[str, ...], tuple[Kind, float | None, str]]:
    table: dict[tuple[str, ...], tuple[Kind, float | None, str]] = {}

    def add(kind: Kind, words: str, value: float | None = None, form: str = "") -> None:
        for phrase in words.split(","):
            phrase = phrase.strip()
            if phrase:
                table.setdefault(tuple(phrase.split()), (kind, value, form))

    add(
        _K.DAY,
        "today, this morning, this am, this evening, this afternoon, tonight, tonite, 2night, "
        "earlier today, so far today, hoy, esta manana, esta noche, esta tarde, hoy en la manana, hoy en la noche, "
        "this mornin, toady, earlier tonight",
        0,
    )
    add(
        _K.DAY,
        "yesterday, yest, yday, ystrdy, yesterdy, yesteday, yesturday, yeserday, yestarday, last night, "
        "last nite, lastnight, last evening, yesterday evening, yesterday afternoon, yesterday morning, ayer, "
        "anoche, ayer en la noche, ayer en la tarde, ayer en la manana, ayer por la noche, ayer por la tarde",
        -1,
    )
    add(
        _K.DAY,
        "day before yesterday, the day before yesterday, anteayer, antier, antenoche, anteanoche, "
        "two days ago, last week, this week, the other day, over the weekend, this past weekend, last weekend",
    )
    add(
        _K.FUTURE,
        "tomorrow, tmrw, tmr, tomorow, tommorow, tommorrow, tmw, going to, gonna, will, i'll, we'll, "
        "planning, plan to, plan on, plans to, intend, intending, want to, wanna, want, might, hoping, hope to, "
        "about to, thinking of, thinking about, would like, i'd like, next week, next weekend, this weekend, later, "
        "later tonight, voy a, vamos a, va a, vas a, pienso, planeo, quiero, quisiera, tomare, bebere, tomaria, "
        "beberia, manana, pasado manana, mas tarde, luego, el fin de semana, este fin de semana, proxima semana, "
        "la proxima semana, allowed to, ok to, okay to, safe to, feel like, feeling like, need, "
        "really need, necesito, can't wait, cant wait, can not wait, "
        "looking forward, look forward, excited to, dreaming of",
    )
    add(
        _K.FUTURE,
        "could use, could really use, craving, crave, tengo ganas de, ganas de, would kill for, could kill for, "
        "i'd kill for, id kill for, would literally kill for, could literally kill for, would totally kill for, "
        "could totally kill for, dying for, dying to have, would die for, could die for, i'd die for, id die for, "
        "would love, i'd love, id love, would murder, mataria por, me muero por, me moria por, se me antoja, "
        "se me antojan, se me antojo, antojo de, tengo antojo de, con antojo de, wanted, really wanted, "
        "was craving, was dying for, queria, tenia ganas de",
        form="wish",
    )
    add(
        _K.OTHER,
        "my husband, my wife, my partner, my boyfriend, my girlfriend, my bf, my gf, my friend, my friends, "
        "my mom, my dad, my mother, my father, my brother, my sister, my son, my daughter, my roommate, my hubby, "
        "my fiance, my fiancee, my buddy, my family, my coworker, my coworkers, my neighbor, she, they, everyone, "
        "he had, he took, he drank, he was, he is, he's, he has, he got, he did, he only, he just, "
        "everybody, the guys, mi esposo, mi esposa, mi marido, mi mujer, mi novio, mi novia, mi amigo, mi amiga, "
        "mis amigos, mi hermano, mi hermana, mi mama, mi papa, mi pareja, mi hijo, mi hija, todos",
    )
    add(
        _K.OTHER,
        "we, us, nosotros, my husband and i, my wife and i, my partner and i, me and my husband, "
        "me and my wife, me and my partner, my friend and i, my friends and i, me and my friends, me and my friend, "
        "mi esposo y yo, mi esposa y yo, mi pareja y yo",
        form="shared",
    )
    add(_K.PAST, "was, were, iba, ibamos, used to, solia, felt like")
    add(
        _K.TIMEUNIT,
        "day, days, dia, dias, hour, hours, hr, hrs, horas, hora, min, mins, minute, minutes, minutos, "
        "week, weeks, wk, wks, semana, semanas, month, months, mes, meses, year, years, yr, yrs, ano, anos, am, pm, "
        "a m, p m, oclock, o'clock, st, nd, rd, th, percent, por ciento, de la manana, de la noche, de la tarde, "
        "hs, nights, noches, a day, al dia, per day, a night, por dia, a week, per week, daily",
    )
    add(
        _K.TIMEPREP,
        "at, since, until, till, til, by, after, before, on, in, a las, desde, hace, room, "
        "appointment, appt, cita, number, infusion, session, sesion, step, despues de, antes de, age, aged, edad",
    )
    add(_K.AND, "and, plus, y, e, as well as, along with, n")
    add(_K.OR, "or, o, u, nor, and or")
    add(_K.OF, "of, de, d, del, of the, de la, worth of")
    add(
        _K.SEP,
        "but, pero, though, although, however, except, besides, other than, aside from, excepto, aunque, "
        "sino, apart from",
    )
    add(_K.COLON, "total, in total, en total")
    add(
        _K.APPROX,
        "like, about, around, approx, approximately, roughly, maybe, prob, probably, probs, close to, "
        "or so, ish, perhaps, possibly, or maybe, aprox, aproximadamente, alrededor de, mas o menos, quizas, tal vez, "
        "quiza, como unos, "
        "como unas, somewhere around, give or take, estimated, i think, i guess, creo que, guess",
    )
    add(
        _K.BOUND,
        "at least, more than, less than, fewer than, under, up to, almost, nearly, at most, no more than, "
        "not more than, no less than, or more, mas de, menos de, al menos, por lo menos, casi, o mas, hasta, "
        "a little over, a little more than, over, upwards of, max, tops, at the most, or less, or fewer, o menos, "
        "como mucho, maximo",
    )
    add(
        _K.VAGUE,
        "few, a few, several, some, a bit, a little, a little bit, bit, little bit, a lot, lots, lots of, "
        "alot, many, much, too much, too many, a bunch, bunch, a bunch of, a ton, tons, a ton of, tons of, "
        "a handful, handful, plenty, multiple, various, a number of, a fair amount, a good amount, a decent amount, "
        "not much, not many, not a lot, not too much, not too many, nothing much, lost count, too many to count, "
        "dont remember, don't remember, can't remember, cant remember, don't know how many, dont know how many, "
        "a small amount, small amount, a splash, something, algunos, algunas, "
        "alguno, alguna, algo, algo de, unos, unas, unos cuantos, unas cuantas, varios, varias, un poco, un poquito, "
        "poco, pocos, pocas, poquito, mucho, mucha, muchos, muchas, bastante, bastantes, un monton, demasiado, "
        "demasiada, demasiados, demasiadas, no se cuantos, no se cuantas, no me acuerdo, no recuerdo, another few, "
        "a few more, lil, a lil, a lil bit, lil bit, a tad, a smidge, smidge, a smidgen, a dash, a wee bit, a wee, "
        "a splash of, splash, a drop of, a sip of, a few sips, few sips, a couple sips, couple sips, a couple of sips, "
        "couple of sips, sips of, a taste of, un sorbo, un sorbito, sorbo, sorbito, sorbos, sorbitos, "
        "un chorrito, chorrito, un poquitito, poquitito, un chin, un chingo, un tantito, tantito",
    )
    add(_K.HALF, "quarter, a quarter, one quarter, un cuarto, cuarto de", 0.25)
    add(_K.HALF, "three quarters, tres cuartos", 0.75)
    add(
        _K.COUPLE,
        "couple, a couple, couple of, a couple of, coupla, a coupla, cpl, par, un par, un par de, pair, a pair of",
    )
    add(
        _K.MY,
        "my, mi, mis, my prescribed, my daily, my evening, my bedtime, my night, my morning",
    )
    add(
        _K.SAME,
        # "took my usual (xanax)": a habit's amount, unknown here.
        "my usual, usual, my regular, my normal, my nightly, "
        "same, the same, same as, the same as, same amount, the same amount, same thing, the same thing, "
        "same as usual, same as always, same as before, same as last time, same as the other day, same as the day, "
        "just like yesterday, as usual, like usual, per usual, the usual, usual amount, lo de ayer, igual que siempre, "
        "my usual amount, my normal amount, my regular amount, as always, like always, same old, same ol, "
        "lo mismo, lo mismo que, lo mismo de, igual que, lo de siempre, como siempre, lo normal, lo habitual, "
        "lo usual, lo de costumbre, como de costumbre, la misma cantidad, la misma cantidad que, mi cantidad normal, "
        "mi dosis normal, mi dosis de siempre, mi dosis habitual, my normal dose, my usual dose, my regular dose",
    )
    add(
        _K.SIZE,
        "big, large, huge, giant, massive, generous, heavy, heavy pour, grande, grandes, enorme, "
        "extra large, xl, tall glass, big glass, large glass, oversized, jumbo, strong pour",
    )
    add(
        _K.FILLER,
        "the, a single, more, extra, cold, ice, iced, cheap, whole, full, entire, entera, entero, enteras, enteros, "
        "llena, lleno, small, little, tiny, "
        "light, craft, domestic, imported, regular, normal, standard, just, only, solo, solamente, nomas, exactly, "
        "exactamente, i, me, we, it, that, this, those, these, them, i've, ive, i'd, id, i'm, im, i am, you, u, ya, "
        "yo, he, ha, hemos, haber, with, for, to, por, para, con, el, la, los, las, lo, yes, yeah, yep, yup, si, ok, "
        "okay, k, well, um, uh, so, then, also, too, tambien, still, again, honestly, lol, haha, jaja, sorry, perdon, "
        "hi, hey, hello, hola, thanks, thank you, gracias, total of, all, all day, all night, whole day, at all, "
        "en absoluto, to report, report, is, are, am, be, been, being, have been, has been, got, "
        "get, getting, really, very, pretty, kind of, kinda, sort of, last, per, each, cada, every, w, "
        "anything else, totally, completely, own, en, un solo, una sola, actually, correction, i meant, meant, "
        "make that, sorry it was, oops, perdon fueron, en realidad, fueron, fue, it was, that was, whatsoever, "
        "absolutely, literally, even, siquiera, in the slightest, of any kind, de ningun tipo, de ninguna clase, "
        "what so ever, so far, thus far, as of now, for now, as of yet, yet, hasta ahora, hasta ahorita, por ahora, "
        "por el momento, hasta el momento, por lo pronto, "
        "bajando a, bajandole a, bajarle a, le baje a, le bajo a, le he bajado a, le estoy bajando a, le bajamos a",
    )
    add(_K.NEG, "no, not, nah, nope, naw, nop, never, without, sin, neither, tampoco, nunca, ni", form="det")
    add(
        _K.NEG,
        "none, nothing, nada, nada de, zip, zilch, nil, nothin, nothing at all, not a single, "
        "none at all, ninguno, ninguna, ningun, ningunos, ningunas, ninguno de los dos, ninguna de las dos, para nada, "
        "nada de nada, not a thing, "
        "ni una, ni uno, ni un, cero, zero, nadita, not one, not any, no more, not even one, not even a, not even 1, "
        "not a single one, ni siquiera una, ni siquiera uno, ni siquiera un, "
        "nothing to report, "
        "nothing new, all clear, nada que reportar, nada nuevo",
        form="pron",
    )
    add(
        _K.NEG,
        "didn't, didnt, did not, don't, dont, do not, haven't, havent, have not, hasn't, hasnt, has not, "
        "hadn't, hadnt, wasn't, wasnt, won't, wont, will not, am not, i'm not, im not, not been, no he, no ha, "
        "no hemos, no e, havn't, havnt, didn, dint, aint, ain't, cannot, can't, cant",
        form="verb",
    )
    add(
        _K.NEGVERB,
        "skipped, skip, skipping, missed, forgot, forgot to, forgot to take, stopped, quit, "
        "quitting, quit taking, avoided, abstained, deje, deje de, olvide, cut out, gave up, off",
    )
    add(
        _K.SOBER,
        "sober, sobrio, sobria, stayed sober, dry day, alcohol free day, sober today, sobriety, stayed dry, "
        "stay dry, staying dry, kept it dry, went dry, dry days, dry night, dry today, dry yesterday, dry all day, "
        "dry since, dry weekend, dry week, dry so far, bone dry, i'm dry, im dry, i am dry, i was dry, i've been dry, "
        "ive been dry, i have been dry, sober day, sober night, sober all day, sin tomar, sin beber, sin tomar nada, "
        "sin beber nada, cero alcohol, "
        "since my last drink, since my last, my last drink was, last drink was, desde mi ultimo trago, "
        "desde mi ultima copa, mi ultimo trago fue",
    )
    add(_K.CLEAN, "clean, limpio, limpia, clean today, stayed clean")
    add(_K.FREE, "free, libre")
    add(_K.ANY, "any, anything, any of, any at all")
    add(_K.BOTH, "both, either, either one, ambos, ambas, ambas cosas, either of them, both of them, neither one")
    add(
        _K.DRINKVERB,
        "a drop, a sip, sip, sips, a taste, a single drop, one drop, un trago de nada, una gota, gota, "
        "touched a drop, drank, drinking, drinked, beber, bebi, bebido, bebiendo, bebo, bebimos, chugged, downed, "
        "sipped, sipping, shotgunned",
    )
    add(_K.TAKEVERB, "take, took, taken, taking, takes, popped, pop, popping, swallowed, dosed")
    add(
        _K.HAVEVERB,
        "touched, touch, had, have, has, having, tome, tomar, tomado, tomando, tomo, tomamos, use, used, "
        "using, did, "
        "consumed, consume, consumi, got through, finished, me tome, me eche, echarme",
    )
    add(_K.HAVEVERB, "split, shared, comparti, compartimos, shared half, sharing, splitting", form="share")
    add(
        _K.INTOX,
        "drunk, tipsy, buzzed, wasted, hammered, smashed, plastered, trashed, hungover, hung over, "
        "blackout drunk, crossfaded, borracho, borracha, pedo, crudo, cruda, ebrio, ebria, tomado de mas, "
        "drinking again, drank again, relapsed, binge, binged, bender, slipped, slip up, slipped up, recai",
    )
    add(_K.MULT, "x, times, veces, *", form="op")
    add(_K.MULT, "twice, two times, dos veces, twice a day", 2, "value")
    add(_K.MULT, "thrice, three times, tres veces", 3, "value")
    add(
        _K.MG,
        "mg, mgs, milligram, milligrams, miligram, miligrams, milligramme, miligramo, miligramos, mgr, "
        "mg's, mlg, milli, millis, mili",
        1.0,
    )
    add(_K.MG, "mcg, ug, microgram, micrograms, microgramos", 0.001)
    add(
        _K.TABUNIT,
        "pill, pills, tablet, tablets, tab, tabs, capsule, capsules, pastilla, pastillas, pastillita, "
        "tableta, tabletas, comprimido, comprimidos, pildora, pildoras, tablete, tabletts",
        form="tab",
    )
    add(_K.TABUNIT, "dose, doses, dosis, dosage", form="dose")
    add(
        _K.WORD,
        "no worries, no problem, no prob, no thanks, no thank you, no idea, not sure, no se, no one, "
        "no way, not yet, no clue, no pasa nada, de nada, one day, one time, one thing, not ok, not okay, "
        "not good, not great, not well, not bad, no bueno, stop at, stopped at, quit at, can't sleep, cant sleep, "
        "couldn't sleep, couldnt sleep, not sleeping, no sleep, at a bar, to a bar, in a bar, the bar, bar and, "
        "pins and needles, pins & needles, bar hopping, bar crawl, sports bar, wine bar, dive bar, the bars",
    )
    return table


_GRAMMAR = _grammar()
_MAX_PHRASE = 5
_STARTS = frozenset(key[0] for key in (*_GRAMMAR, *PHRASES) if len(key) > 1)
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
    for length in range(min(_MAX_PHRASE, n - i), 1, -1):
        key = tuple(words[i : i + length])
        found = _lookup(key)
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
    fuzzy = fuzzy_lookup(text)
    if fuzzy is not None:
        return _from_entry(fuzzy, text)
    return Lexeme(_K.WORD, text)


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
        return Lexeme(_K.CONTAINER, text, entry=CONTAINERS_BY_NAME[name], form="emoji")
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
        if kind is _K.WORD and lexeme.text in SPIRITS_AFTER_OF and out and out[-1].kind is _K.OF:
            out.append(_from_entry(_LIQUOR, lexeme.text))  # "a fifth of jack"
            i += 1
            continue
        if kind is _K.WORD and lexeme.text in _DROPS and out and out[-1].kind is _K.NEG:
            out.append(Lexeme(_K.DRINKVERB, lexeme.text))  # "not a single drop", "ni una sola gota"
            i += 1
            continue
        if kind not in _NEIGHBOURLY:
            out.append(lexeme)
            i += 1
            continue
        following = lexemes[i + 1] if i + 1 < n else None
        previous = out[-1] if out else None
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
                return Lexeme(_K.CONTAINER, "40s", entry=FORTY, plural=True), 2
        elif after is _K.TIMEUNIT:
            return Lexeme(_K.TIMEUNIT, lexeme.text), 1
        elif after is _K.COLON and following.text == ":" and i + 2 < len(lexemes):
            minutes = lexemes[i + 2]
            if minutes.kind is _K.NUM and len(minutes.text) == 2:
                return Lexeme(_K.TIMEUNIT, f"{lexeme.text}:{minutes.text}"), 3
    if (
        value == 40
        and previous is not None
        and previous.kind in (_K.ARTICLE, _K.NUM, _K.MY, _K.COUPLE, _K.HALF)
        and not (following is not None and following.kind in (_K.BEV, _K.CONTAINER, _K.MG))
    ):
        return Lexeme(_K.CONTAINER, lexeme.text, entry=FORTY), 1
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
    if kind is _K.DRUG and text in BAR_SLANG and not _quantified(previous):
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
_LIQUOR = PHRASES[("liquor",)]
_DROPS = frozenset({"drop", "drops", "sip", "gota", "gotita"})
_COMPARED = (" as", " que", " de")
_BOUND_ONLY_BY_NUMBERS = frozenset({"over", "under", "hasta"})
_RANGE_WORDS = frozenset({"-", "to", "a", "maybe", "or maybe", "possibly", "perhaps", "tal vez", "quizas"})
_MORNING_BEFORE = frozenset({"la", "en la", "por la", "de la", "una", "de"})


def _quantified(lexeme: Lexeme | None) -> bool:
    """A "bar" is a 2 mg Xanax only after a number or a verb of taking: "2 bars", "half a bar", "took bars"."""
    return lexeme is not None and lexeme.kind in (_K.NUM, _K.ARTICLE, _K.HALF, _K.COUPLE, _K.TAKEVERB, _K.VAGUE)


def _is_num(lexeme: Lexeme | None) -> bool:
    return lexeme is not None and lexeme.kind is _K.NUM
