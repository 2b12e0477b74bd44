"""What a report says was taken: drinks in standard drinks, benzo doses, what was ruled out and what is unclear.

Doses are read before drinks at each position (a number followed by "mg" or a drug is a dose), then numbers left
over answer the question asked: under the check-in a bare "3" is drinks and a second bare number the benzos; under
`--prompt benzo` a bare number is a dose of an unnamed benzo. A negation that names nothing ("none", "nada")
answers every question the prompt asked. Anything whose amount cannot be known is flagged, never given a number.
"""

from collections.abc import Iterator
from dataclasses import dataclass, field

from replies.intake.alcohol import AlcoholItem, Reading, read_item, shared, total_drinks
from replies.intake.benzos import BenzoItem, Dose, benzo_item, read_dose
from replies.intake.dose_times import add_doses_by_time, times_listed
from replies.intake.drink_repeats import repeated_drink
from replies.intake.lexicon import DRINKING_PLACES, TIMES_OF_DAY, Beverage
from replies.intake.negation import Negations, find_negations
from replies.intake.numbers import Quantity, read_quantity, tidy
from replies.intake.repeats import add_repeated_doses
from replies.intake.writer import WRITER
from replies.reasons import Reason
from replies.text import Kind, Lexeme, word_set

_K = Kind
SLOTS = {"checkin": ("drinks", "benzos"), "alcohol": ("drinks",), "benzo": ("benzos",)}
_MAX_BARE_DRINKS = 30
_BARE_BEFORE = frozenset(
    {_K.SEP, _K.COLON, _K.AND, _K.DAY, _K.HAVEVERB, _K.TAKEVERB, _K.DRINKVERB, _K.QMARK, _K.NEG, _K.PAST}
)
_BARE_AFTER = frozenset({_K.SEP, _K.COLON, _K.AND, _K.DAY, _K.QMARK, _K.NEG, _K.DRINKVERB, _K.HAVEVERB})
_QUIET = (_K.FILLER, _K.APPROX)
_INTAKE_VERBS = frozenset({_K.HAVEVERB, _K.DRINKVERB, _K.TAKEVERB})
_PREPOSITIONS = word_set(
    "with at after before during in on for since while around con en para por durante despues antes desde"
) | {"despues de", "antes de", "a las"}
# Kinds a dose or a drink can begin with; any other lexeme is passed over at once.
_MENTION_STARTS = frozenset(
    {
        _K.NUM, _K.ARTICLE, _K.HALF, _K.COUPLE, _K.VAGUE, _K.BOUND, _K.MY, _K.APPROX, _K.FILLER, _K.DRUG, _K.DRUGCLASS,
        _K.NONBENZO, _K.TABUNIT, _K.CONTAINER, _K.BEV, _K.MEASURE, _K.SIZE, _K.NONALC, _K.COLOR, _K.MG,
    }
)  # fmt: skip


@dataclass(slots=True)
class Report:
    """What a reply reports; `drinks_unclear` and `benzo_unnamed` / `unclear_drug` say what must be asked, and
    `unused` holds the words no rule used, each used one a ".", for the risk words looked for beside a report."""

    drinks: float | None = None
    alcohol_items: list[AlcoholItem] = field(default_factory=list)
    benzos: list[BenzoItem] | None = None
    drinks_unclear: bool = False
    benzo_unnamed: bool = False
    unclear_drug: str | None = None
    first_intake: int | None = None
    reasons: list[Reason] = field(default_factory=list)
    unused: str = ""

    @property
    def needs_clarification(self) -> bool:
        return self.drinks_unclear or self.benzo_unnamed or self.unclear_drug is not None

    @property
    def says_anything(self) -> bool:
        return (
            self.drinks is not None or self.benzos is not None or self.needs_clarification or bool(self.alcohol_items)
        )


@dataclass(slots=True)
class _State:
    first_intake: int | None = None
    alcohol: list[AlcoholItem] = field(default_factory=list)
    alcohol_ruled_out: bool = False
    alcohol_unclear: bool = False
    named: list[Dose] = field(default_factory=list)
    orphans: list[Dose] = field(default_factory=list)
    benzos_ruled_out: bool = False
    unnamed: bool = False
    reasons: list[Reason] = field(default_factory=list)

    def note(self, rule: str, reading: str, lexemes: list[Lexeme], start: int, end: int) -> None:
        """Say which rule read `lexemes[start:end]`, and as what, for `taperline parse --why`."""
        self.reasons.append(Reason(rule, " ".join(lexeme.text for lexeme in lexemes[start:end]), reading))

    def has(self, slot: str) -> bool:
        if slot == "drinks":
            return bool(self.alcohol) or self.alcohol_ruled_out or self.alcohol_unclear
        return bool(self.named) or bool(self.orphans) or self.benzos_ruled_out or self.unnamed


def read_report(lexemes: list[Lexeme], prompt: str, for_the_patient: bool = False) -> Report:
    """The intake `lexemes` report in answer to `prompt`; `for_the_patient` when someone else wrote them for the
    patient (`writer.written_for_the_patient`), whose "he" and "my mom" are then the patient."""
    if for_the_patient:
        lexemes = _set_aside_the_writers_own(lexemes)
    negations = find_negations(lexemes)
    used = [False] * len(lexemes)
    state = _State(alcohol_ruled_out=negations.alcohol, benzos_ruled_out=negations.benzos)
    if negations.alcohol or negations.benzos:
        out = [name for name, ruled in (("alcohol", negations.alcohol), ("benzos", negations.benzos)) if ruled]
        state.reasons.append(Reason("intake.none", _negation_words(lexemes), f"no {' and no '.join(out)}"))
    _read_mentions(lexemes, negations, used, state, for_the_patient)
    state.orphans = add_doses_by_time(lexemes, state.named, state.orphans, used)
    state.orphans = add_repeated_doses(lexemes, state.named, state.orphans, used)
    _attach_orphan_amounts(state, lexemes)
    _answer_with_leftovers(lexemes, used, negations, state, prompt)
    report = _report(state)
    report.unused = " ".join("." if used[i] else lexeme.text for i, lexeme in enumerate(lexemes))
    return report


def _read_mentions(
    lexemes: list[Lexeme], negations: Negations, used: list[bool], state: _State, for_the_patient: bool
) -> None:
    n = len(lexemes)
    unreal, together = _not_the_patients(lexemes, for_the_patient)
    if any(unreal):
        for k, elsewhere in enumerate(unreal):
            used[k] = used[k] or elsewhere  # nothing in someone else's clause answers the patient's questions
    decorations: list[AlcoholItem] = []
    topics: list[AlcoholItem] = []
    last_drink: AlcoholItem | None = None
    i = 0
    while i < n:
        if lexemes[i].kind not in _MENTION_STARTS:
            i += 1
            continue
        repeated = repeated_drink(lexemes, i, last_drink) if not unreal[i] else None
        if repeated is not None:
            item, end = repeated
            used[i:end] = [True] * (end - i)
            state.alcohol.append(item)
            state.note("intake.drink_repeated", _drink_reading(item), lexemes, i, end)
            i = end
            continue
        quantity = read_quantity(lexemes, i)
        dose = read_dose(lexemes, i, quantity)
        if dose is not None:
            last_drink = None
            end = max(dose.end, i + 1)
            used[i:end] = [True] * (end - i)
            if not unreal[dose.head]:
                state.note(*_take_dose(dose, negations, state), lexemes, i, end)
                if state.first_intake is None and (state.named or state.orphans):
                    state.first_intake = dose.head
            i = end
            continue
        reading = read_item(lexemes, i, quantity)
        if reading is not None:
            end = max(reading.end, i + 1)
            used[i:end] = [True] * (end - i)
            if reading.plain and i > 0 and lexemes[i - 1].kind is _K.DRINKVERB:
                used[i - 1] = True  # "drinking lots of water": the verb is about the water
            if not unreal[reading.head]:
                if state.first_intake is None and not (reading.non_alcoholic or reading.zero):
                    state.first_intake = reading.head
                if _is_a_topic(lexemes, i, quantity, reading):
                    topics.append(reading.item)
                else:
                    last_drink = reading.item if not negations.negated[reading.head] else None
                    taken = len(state.alcohol)
                    _take_drink(
                        reading,
                        negations.negated[reading.head],
                        together[reading.head] or _after_sharing(lexemes, i) or _shared_after(lexemes, end),
                        reading.plain and (_at_a_drinking_place(lexemes) or _only_this(lexemes, i)),
                        state,
                        decorations,
                    )
                    if len(state.alcohol) > taken:
                        state.note("intake.drink", _drink_reading(state.alcohol[-1]), lexemes, i, end)
                    elif not reading.plain and not reading.decoration:
                        state.note("intake.none", "no alcohol", lexemes, i, end)
            i = end
            continue
        i += 1
    if not state.alcohol:  # "2 beers 🍺": an emoji after a count is decoration; alone, "🍷🍷" is two glasses
        state.alcohol.extend(decorations)
    if not state.alcohol and not state.alcohol_ruled_out:
        state.alcohol.extend(topics)


# Words before alcohol named as a subject rather than as a drink had: "cutting down on alcohol", "bajándole al alcohol".
_TOPIC_BEFORE = word_set("on off from with about the to al el con del de sobre for para")


def _is_a_topic(lexemes: list[Lexeme], i: int, quantity: Quantity | None, reading: Reading) -> bool:
    """ "cutting down on alcohol, only 1 beer": alcohol in general, with no amount of its own, after a preposition, is
    what the patient talks about; it is asked about only when nothing else in the reply says what was drunk."""
    return (
        quantity is None
        and reading.item.vague
        and reading.item.beverage == "alcohol"
        and i > 0
        and lexemes[i - 1].text in _TOPIC_BEFORE
    )


def _not_the_patients(lexemes: list[Lexeme], for_the_patient: bool) -> tuple[list[bool], list[bool]]:
    """Clauses whose intake is not the patient's own: "my husband had 3 beers", "I was going to have a beer but
    didn't", "would kill for a margarita" (unreal), and "we split a bottle" or "my wife and I had wine" (together:
    the patient's part is unknown). Written for the patient, it is the other way round: "he had 3 beers" is the
    patient's, and "I had none" the writer's."""
    n = len(lexemes)
    unreal = [False] * n
    together = [False] * n
    if not for_the_patient and not any(
        lexeme.kind is _K.OTHER or lexeme.kind is _K.PAST or lexeme.form == "wish" for lexeme in lexemes
    ):
        return unreal, together
    start = 0
    while start < n:
        end = start
        while end < n and lexemes[end].kind not in (_K.SEP, _K.QMARK):
            end += 1
        subject = _neighbour(lexemes, start, 1)
        for k in range(start, end):
            lexeme = lexemes[k]
            if lexeme.kind is _K.FUTURE and (lexeme.form == "wish" or (k > start and lexemes[k - 1].kind is _K.PAST)):
                unreal[k:end] = [True] * (end - k)
        if subject is not None and subject.kind is _K.OTHER and not for_the_patient:
            flags = together if subject.form == "shared" else unreal
            # "my grandma passed away so I had 3 glasses": from the patient's own "I" on, the clause is theirs
            own = next((k for k in range(start + 1, end) if lexemes[k].text in WRITER), end)
            flags[start:own] = [True] * (own - start)
        start = end + 1
    return unreal, together


def _set_aside_the_writers_own(lexemes: list[Lexeme]) -> list[Lexeme]:
    """A text written for the patient with each clause the writer begins with "I" ("I had none", "él tomó 3 shots y
    yo 2 copas") made filler: the writer's own intake, not the patient's. Positions are kept, so what follows reads
    the same indices."""
    kept = list(lexemes)
    start = 0
    n = len(kept)
    while start < n:
        end = start + 1
        while end < n and kept[end].kind not in (_K.SEP, _K.QMARK) and not _and_i(kept, end):
            end += 1
        gave = any(lexeme.text in _GIVING for lexeme in kept[start:end])  # "yo le di 1 clonazepam": the patient's
        first = start + 1 if kept[start].kind is _K.AND else start
        if first < end and kept[first].text in WRITER and not gave:
            kept[start:end] = [Lexeme(_K.FILLER, lexeme.text) for lexeme in kept[start:end]]
        start = end if end < n and kept[end].kind is _K.AND else end + 1
    return kept


def _and_i(lexemes: list[Lexeme], k: int) -> bool:
    """Whether "and I" / "y yo" starts a clause of the writer's at `k`."""
    return lexemes[k].kind is _K.AND and k + 1 < len(lexemes) and lexemes[k + 1].text in WRITER


def _take_drink(
    reading: Reading,
    negated: bool,
    shared_with_others: bool,
    turned_down: bool,
    state: _State,
    decorations: list[AlcoholItem],
) -> None:
    if reading.plain:
        # "had a coffee" says nothing about alcohol; "went to the pub, only had water" turned it down
        state.alcohol_ruled_out = state.alcohol_ruled_out or (turned_down and not negated)
        return
    if reading.non_alcoholic or reading.zero or negated:
        state.alcohol_ruled_out = True
    elif reading.decoration:
        decorations.append(reading.item)
    elif shared_with_others:
        state.alcohol.append(shared(reading.item))
    else:
        state.alcohol.append(reading.item)


_ONLY = word_set("only just solo solamente nomas")


def _at_a_drinking_place(lexemes: list[Lexeme]) -> bool:
    """ "went to the pub, only had water": a place where people drink, named anywhere in the reply."""
    return any(lexeme.kind is _K.WORD and not DRINKING_PLACES.isdisjoint(lexeme.text.split()) for lexeme in lexemes)


def _only_this(lexemes: list[Lexeme], i: int) -> bool:
    """ "yo solo tomé agua", "just had water": only a plain drink, said so, turns alcohol down."""
    k = i - 1
    while k >= 0 and i - k <= 3 and lexemes[k].kind not in (_K.SEP, _K.AND):
        if lexemes[k].text in _ONLY:
            return True
        k -= 1
    return False


_AMONG = word_set("entre between among")
_SO_MANY = word_set("us todos todas varios varias nosotros all everyone the")
_PEOPLE = word_set("of people friends guys personas amigos amigas de")


def _shared_after(lexemes: list[Lexeme], end: int) -> bool:
    """ "una botella de vino entre 5", "a bottle between the four of us", "split 3 ways": shared, said after it."""
    following = lexemes[end : end + 4]
    if following and following[0].form == "share":  # "a bottle of wine split 3 ways"
        following = following[1:]
    if len(following) >= 2 and following[0].text in _AMONG:
        if following[1].kind is _K.NUM:  # "entre 5", "between 4 of us"; not "between 8 and 11pm" or "between 2 bars"
            after = following[2] if len(following) > 2 else None
            if after is None or after.kind is _K.SEP or after.text in _PEOPLE:
                return True
            return after.kind is _K.AND and not (len(following) > 3 and following[3].kind in (_K.NUM, _K.TIMEUNIT))
        return following[1].text in _SO_MANY
    return len(following) >= 2 and following[0].kind is _K.NUM and following[1].text in ("ways", "way")


def _after_sharing(lexemes: list[Lexeme], i: int) -> bool:
    before = _neighbour(lexemes, i - 1, -1)
    return before is not None and before.form == "share"


def _take_dose(dose: Dose, negations: Negations, state: _State) -> tuple[str, str]:
    """Take a dose as read into `state`; returns the rule that placed it and what it made of it, for `--why`."""
    if dose.not_a_benzo:
        return "intake.not_a_benzo", dose.said
    if dose.zero or any(negations.negated[k] for k in dose.negatable):
        state.benzos_ruled_out = True
        return "intake.none", "no benzos"
    if dose.drug is None:
        state.orphans.append(dose)
        return "intake.dose_unnamed", "a dose of no named drug"
    state.named.append(dose)
    amounts = [f"{value:g} {unit}" for value, unit in ((dose.mg, "mg"), (dose.tablets, "tablets")) if value is not None]
    return "intake.dose", f"{dose.drug.generic} {', '.join(amounts) or 'amount unclear: ask'}"


def _attach_orphan_amounts(state: _State, lexemes: list[Lexeme]) -> None:
    """ "xanax last night, 0.5mg": one drug without an amount and one amount without a drug are one dose. An amount
    restated after "=" ("2 tabs of 0.5 = 1mg") is the same amount."""
    state.orphans = [
        dose for k, dose in enumerate(state.orphans) if not (k and _restates(state.orphans[k - 1], dose, lexemes))
    ]
    if state.named:  # "Benzos: 1mg xanax": the class word is a label
        state.orphans = [dose for dose in state.orphans if dose.mg is not None or dose.tablets is not None]
    if state.benzos_ruled_out:  # "took my meds, no benzos", "meds were zoloft, no benzos": other drugs
        state.orphans = [dose for dose in state.orphans if dose.mg is not None or _counted(dose)]
    each = [dose for dose in state.orphans if dose.each]
    counted = [dose for dose in state.named if dose.mg is None and dose.tablets is not None]
    if len(each) == 1 and len(counted) == 1 and len(state.orphans) == 1:  # "two of my xanax, 0.5 mg each"
        counted[0].mg = counted[0].tablets * (each[0].mg or 0.0)
        state.orphans.clear()
    amounts = [dose for dose in state.orphans if dose.mg is not None or dose.tablets is not None]
    # "cutting my klonopin down, took 0.5 mg": "my klonopin" counts no tablet when an amount is said apart from it
    bare = [dose for dose in state.named if (dose.mg is None and dose.tablets is None) or dose.only_mine]
    if len(amounts) == 1 and len(bare) == 1 and len(state.orphans) == 1:  # "tomé clonazepam, pastilla y media"
        bare[0].mg, bare[0].tablets, bare[0].unclear = amounts[0].mg, amounts[0].tablets, False
        state.orphans.clear()
    state.unnamed = bool(state.orphans)


def _restates(before: Dose, dose: Dose, lexemes: list[Lexeme]) -> bool:
    return dose.start > 0 and lexemes[dose.start - 1].text == "=" and before.mg is not None and before.mg == dose.mg


def _counted(dose: Dose) -> bool:
    return dose.tablets is not None and not dose.only_mine


def _answer_with_leftovers(
    lexemes: list[Lexeme], used: list[bool], negations: Negations, state: _State, prompt: str
) -> None:
    """Numbers and vague amounts that belong to no drink or drug answer the prompt's open questions, and a verb
    of drinking with no amount ("I drank last night", "got drunk") leaves the drinks to be asked about."""
    slots = SLOTS[prompt]
    # A negated amount is a none already read ("didn't have one"), never a count.
    leftovers = [item for item in _leftover_quantities(lexemes, used) if not negations.negated[item[0].start]]
    if _counts_the_unmeasured_drink(lexemes, leftovers, state):
        leftovers = []
    open_slots = [slot for slot in slots if not state.has(slot)]
    if len(leftovers) == 1 and leftovers[0][0].value == 0 and not any(state.has(slot) for slot in slots):
        for slot in slots:
            _rule_out(state, slot)
        open_slots = []
    mentioned = bool(state.alcohol) or bool(state.named) or bool(state.orphans)
    timed = _counts_through_the_day(lexemes, used, negations) if not mentioned and "drinks" in open_slots else []
    if timed:
        for quantity, _, _ in timed:  # "one at lunch and two at dinner": the drinks question, answered by time
            _fill(state, "drinks", quantity)
        start, end = timed[0][0].start, timed[-1][0].end
        state.note("intake.counts_through_the_day", "drinks at times of one day", lexemes, start, end)
        return
    for quantity, before, after in leftovers:
        if _is_a_dose_strength(quantity, prompt) and _strength_of_the_counted_dose(quantity, state):
            state.note(
                "intake.strength_after", "the strength of the tablets counted", lexemes, quantity.start, quantity.end
            )
            continue
        slot = _slot_for(quantity, before, after, open_slots, prompt)
        if slot is None:
            continue
        open_slots.remove(slot)
        if slot == "benzos" and prompt == "checkin" and mentioned and quantity.value:
            if _repeats_for_emphasis(quantity, before, after, state):
                continue  # "just one beer. one."
            state.alcohol_unclear = True  # "3 beers yesterday and 2 today": more drinks, or a dose? Ask.
            state.note("intake.second_number", "more drinks, or a dose? ask", lexemes, quantity.start, quantity.end)
            continue
        _fill(state, slot, quantity)
        state.note("intake.bare_number", f"answers the {slot} question", lexemes, quantity.start, quantity.end)
    if negations.general:
        state.reasons.append(Reason("intake.none_to_all", _negation_words(lexemes), "rules out what was asked"))
        for slot in slots:
            _rule_out(state, slot)
    if not mentioned:
        _answer_by_reference(lexemes, used, negations, state, [slot for slot in slots if not state.has(slot)])
    if not state.has("drinks") and any(
        lexeme.kind in (_K.DRINKVERB, _K.INTOX) and not used[i] and not negations.negated[i]
        for i, lexeme in enumerate(lexemes)
    ):
        state.alcohol_unclear = True
        state.reasons.append(Reason("intake.drinking_unmeasured", "", "drinks unknown: ask"))


def _repeats_for_emphasis(quantity: Quantity, before: Lexeme | None, after: Lexeme | None, state: _State) -> bool:
    """A number alone in its sentence that says again the count of the one drink just reported: "one beer. one."."""
    alone = (before is None or before.kind is _K.SEP) and (after is None or after.kind is _K.SEP)
    return alone and len(state.alcohol) == 1 and not state.named and state.alcohol[0].quantity == quantity.value


def _counts_the_unmeasured_drink(
    lexemes: list[Lexeme], leftovers: list[tuple[Quantity, Lexeme | None, Lexeme | None]], state: _State
) -> bool:
    """ "le estoy bajando a la cerveza, solo 2 anoche", "beer, 2 last night": one drink named without an amount and
    one whole number after it with no verb of taking are that drink's count, like a dose found apart from its drug.
    Returns whether the number was used so."""
    if len(leftovers) != 1 or len(state.alcohol) != 1 or state.named or state.orphans:
        return False
    quantity, before, _after = leftovers[0]
    item = state.alcohol[0]
    if item.quantity is not None or item.unit != "serving" or quantity.value is None or quantity.form != "int":
        return False
    if before is not None and before.kind is _K.TAKEVERB:
        return False
    drink = next(
        (
            lexeme.entry
            for lexeme in lexemes[: quantity.start]
            if lexeme.kind is _K.BEV and isinstance(lexeme.entry, Beverage) and lexeme.entry.name == item.beverage
        ),
        None,
    )
    if drink is None or not drink.countable or drink.ambiguous:
        return False
    state.alcohol[0] = AlcoholItem(tidy(quantity.value), item.unit, item.beverage, float(quantity.value))
    return True


def _answer_by_reference(
    lexemes: list[Lexeme], used: list[bool], negations: Negations, state: _State, open_slots: list[str]
) -> None:
    """ "same as yesterday", "took my usual", "lo mismo que ayer": an amount given by another day's or a habit's is
    unknown here, so the questions it answers are asked again; the verb says which ("took" a dose, "had" drinks). A
    habit right after another drug is that drug's ("only my diltiazem like always") and asks nothing."""
    for i, lexeme in enumerate(lexemes):
        if lexeme.kind is not _K.SAME or used[i] or negations.negated[i] or (i + 1 < len(lexemes) and used[i + 1]):
            continue  # "my usual coffee": the habit is the coffee's
        before = _neighbour(lexemes, i - 1, -1)
        if before is not None and before.kind in (_K.NONBENZO, _K.NONALC):
            continue
        slots = open_slots
        if before is not None and before.kind is _K.TAKEVERB and "benzos" in open_slots:
            slots = ["benzos"]
        elif before is not None and before.kind in (_K.DRINKVERB, _K.HAVEVERB) and "drinks" in open_slots:
            slots = ["drinks"]
        for slot in slots:
            _fill(state, slot, Quantity(None, "same", i, i + 1))
        state.note("intake.as_usual", "amount unknown: ask", lexemes, i, i + 1)
        return


_Leftover = tuple[Quantity, Lexeme | None, Lexeme | None]
_BACK_REFERENCES = word_set("them those em ellas ellos esas esos")
# A writer who gave the patient a dose reports the patient's intake in their own clause.
_GIVING = word_set("gave give given giving administered di dimos dio le di")


def _leftover_quantities(lexemes: list[Lexeme], used: list[bool], at_times: bool = False) -> Iterator[_Leftover]:
    """The numbers and vague amounts no drink or drug took, with their neighbours; `at_times` lets in a count
    followed by a time of day ("one at lunch"), which only counts among others of its kind."""
    n = len(lexemes)
    i = 0
    while i < n:
        if used[i] or lexemes[i].kind not in (_K.NUM, _K.VAGUE, _K.COUPLE, _K.BOUND, _K.HALF):
            i += 1
            continue
        quantity = read_quantity(lexemes, i)
        if quantity is None:
            i += 1
            continue
        start = i
        i = max(quantity.end, i + 1)
        before = _neighbour(lexemes, start - 1, -1)
        after = _neighbour(lexemes, quantity.end, 1)
        if before is not None and before.kind not in _BARE_BEFORE and before.text not in TIMES_OF_DAY:
            continue
        if start > 0 and lexemes[start - 1].kind is _K.NEG and lexemes[start - 1].form == "det":
            continue  # "it was 3 not 2"
        if (
            after is not None
            and after.kind not in _BARE_AFTER
            and not _stands_alone(lexemes, quantity, before)
            and not (at_times and times_listed(lexemes, quantity.end)[0])  # "one at lunch": a count at a time of day
        ):
            continue
        if quantity.value is not None and quantity.value > _MAX_BARE_DRINKS:
            continue
        if quantity.end < n and lexemes[quantity.end].text in _BACK_REFERENCES:
            continue  # "xans, two of them": a count of what was named, not an answer of its own
        yield quantity, before, after


def _stands_alone(lexemes: list[Lexeme], quantity: Quantity, before: Lexeme | None) -> bool:
    """ "had a few after work", "tomé unas cuantas con la cena": after a verb of intake, a vague amount followed by a
    preposition counts no thing of its own ("had a few questions" does) and is asked about. A number there is left
    alone: "had 1 at lunch and 2 at dinner" must not log only the first."""
    return (
        quantity.value is None
        and before is not None
        and before.kind in _INTAKE_VERBS
        and quantity.end < len(lexemes)
        and lexemes[quantity.end].text in _PREPOSITIONS
    )


def _neighbour(lexemes: list[Lexeme], i: int, step: int) -> Lexeme | None:
    while 0 <= i < len(lexemes):
        if lexemes[i].kind not in _QUIET:
            return lexemes[i]
        i += step
    return None


def _slot_for(
    quantity: Quantity, before: Lexeme | None, after: Lexeme | None, open_slots: list[str], prompt: str
) -> str | None:
    """Which open question a leftover amount answers: the verb decides ("took 2", "drank 3", "a few sips"), a
    vague amount is drinks unless only benzos were asked, a decimal below 1 is a dose, else the first question."""
    if not open_slots:
        return None
    if before is not None and before.kind is _K.TAKEVERB:
        return "benzos" if "benzos" in open_slots else None
    drinking = any(lexeme is not None and lexeme.kind is _K.DRINKVERB for lexeme in (before, after))
    if drinking or (quantity.value is None and prompt != "benzo"):
        return "drinks" if "drinks" in open_slots else None
    if _is_a_dose_strength(quantity, prompt):
        return "benzos" if "benzos" in open_slots else None  # "0.5" is a dose, never half a drink
    return open_slots[0]


def _is_a_dose_strength(quantity: Quantity, prompt: str) -> bool:
    return prompt == "checkin" and quantity.form == "dec" and quantity.value is not None and quantity.value < 1


def _strength_of_the_counted_dose(quantity: Quantity, state: _State) -> bool:
    """ "took 2 klonopin, 0.5": a decimal left over beside the one dose counted in tablets is their strength."""
    counted = [dose for dose in state.named if dose.tablets is not None and dose.mg is None]
    if len(counted) != 1 or len(state.named) != 1 or quantity.value is None:
        return False
    counted[0].mg = (counted[0].tablets or 0.0) * quantity.value
    return True


def _counts_through_the_day(lexemes: list[Lexeme], used: list[bool], negations: Negations) -> list[_Leftover]:
    """Two or more whole counts that each stand before a time of one day ("one at lunch and two at dinner"), or
    none: a count at a time beside anything else is read as before."""
    timed = [
        item for item in _leftover_quantities(lexemes, used, at_times=True) if not negations.negated[item[0].start]
    ]
    every_one_whole = all(
        quantity.value is not None and quantity.value.is_integer() and times_listed(lexemes, quantity.end)[0] > 0
        for quantity, _, _ in timed
    )
    return timed if len(timed) > 1 and every_one_whole else []


def _fill(state: _State, slot: str, quantity: Quantity) -> None:
    value = quantity.value
    if slot == "drinks":
        if value is None:
            state.alcohol_unclear = True
        elif value == 0:
            state.alcohol_ruled_out = True
        else:
            state.alcohol.append(AlcoholItem(tidy(value), "drink", "alcohol", round(value, 2)))
    elif value == 0:
        state.benzos_ruled_out = True
    else:
        state.unnamed = True


def _rule_out(state: _State, slot: str) -> None:
    """A none that names nothing answers only the questions nothing else answered: "none, 2 beers". A drug named
    with no amount at all is what such a none is about: "dropped my leftover ativan at the pharmacy, took none"."""
    if slot == "benzos" and _named_only(state):
        state.named.clear()
    if state.has(slot):
        return
    if slot == "drinks":
        state.alcohol_ruled_out = True
    else:
        state.benzos_ruled_out = True


def _named_only(state: _State) -> bool:
    return (
        bool(state.named)
        and not state.orphans
        and all(dose.mg is None and dose.tablets is None for dose in state.named)
    )


def _drink_reading(item: AlcoholItem) -> str:
    return "amount unclear: ask" if item.standard_drinks is None else f"{item.standard_drinks:g} standard drinks"


def _negation_words(lexemes: list[Lexeme]) -> str:
    return " ".join(lexeme.text for lexeme in lexemes if lexeme.kind in _NONES)


_NONES = frozenset({_K.NEG, _K.NEGVERB, _K.SOBER, _K.CLEAN, _K.FREE})


def _report(state: _State) -> Report:
    report = Report(alcohol_items=state.alcohol, first_intake=state.first_intake, reasons=state.reasons)
    report.drinks_unclear = state.alcohol_unclear or any(item.vague for item in state.alcohol)
    if not report.drinks_unclear:
        if state.alcohol:
            report.drinks = total_drinks(state.alcohol)
        elif state.alcohol_ruled_out:
            report.drinks = 0.0
    if state.named:
        report.benzos = [benzo_item(dose) for dose in state.named]
    elif state.benzos_ruled_out:
        report.benzos = []
    report.benzo_unnamed = state.unnamed
    unclear = [dose for dose in state.named if dose.unclear]
    if unclear:
        report.unclear_drug = unclear[0].said
    return report
