"""Drinks named in a reply and their US standard drinks: "2 beers", "a couple of glasses of red", "3 tall cans",
"a 40", "pint of whiskey", "beer x2", "Drinks: 2", "dos copas de vino".

An item is a quantity, an optional size or container and an optional beverage, in either order for labels
("beer x2", "wine: 2 glasses"). Whatever leaves the amount unknown ("a few", "some wine", "2-3", "a big glass",
a pitcher) makes the item vague: its standard drinks are None and the reply is asked about, never guessed.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from replies.intake.lexicon import ML_PER_OZ, PLAIN, Beverage, Container, ml_to_standard_drinks
from replies.intake.numbers import Quantity, read_multiplier, read_quantity, tidy
from replies.text import Kind, Lexeme

_K = Kind
_KIND_NAMES = {"beer": "beer", "wine": "wine", "spirits": "spirits", "mixed": "cocktail", "generic": "alcohol"}
_ADJECTIVES = (_K.FILLER, _K.SIZE, _K.COLOR, _K.NONALC)
_HEAD_STARTS = frozenset({_K.CONTAINER, _K.BEV, _K.MEASURE, _K.SIZE, _K.NONALC, _K.COLOR})
_HALF_OF_SOMETHING = frozenset(
    {_K.ARTICLE, _K.OF, _K.BEV, _K.CONTAINER, _K.DRUG, _K.DRUGCLASS, _K.TABUNIT, _K.NONBENZO, _K.MEASURE, _K.MY}
)
_BOUNDS_AFTER = frozenset({"or more", "o mas", "+", "max", "tops", "at most", "at the most", "or less", "at least"})
_BEVERAGE = frozenset({_K.BEV})
_BEVERAGE_OR_COLOR = frozenset({_K.BEV, _K.COLOR})
_NOT_HOLDING = frozenset({"with", "con", "for", "para", "por", "to"})
_POSTFIX_BLOCKERS = frozenset({_K.CONTAINER, _K.BEV, _K.MG, _K.DRUG, _K.TABUNIT, _K.MEASURE, _K.TIMEUNIT, _K.NONBENZO})


@dataclass(frozen=True, slots=True)
class AlcoholItem:
    """One drink line of a reply; `quantity` and `standard_drinks` are None when the amount is unclear."""

    quantity: int | float | None
    unit: str
    beverage: str
    standard_drinks: float | None

    @property
    def vague(self) -> bool:
        return self.standard_drinks is None


def total_drinks(items: Iterable[AlcoholItem]) -> float:
    return float(round(sum(item.standard_drinks or 0.0 for item in items), 2))


@dataclass(slots=True)
class Reading:
    """An item as read, before negation decides whether it counts."""

    item: AlcoholItem
    head: int
    end: int
    zero: bool = False
    non_alcoholic: bool = False
    plain: bool = False
    decoration: bool = False
    container: Lexeme | None = None
    quantity: Quantity | None = None
    beverage_named: bool = True


def read_item(lexemes: list[Lexeme], start: int, quantity: Quantity | None) -> Reading | None:
    """The drink item that begins at `start`, or None when none does; `quantity` is what `read_quantity` found
    there (the caller has read it once for both doses and drinks)."""
    if quantity is None and lexemes[start].kind not in _HEAD_STARTS:
        return None
    if quantity is not None and quantity.form == "my":
        return None
    j = quantity.end if quantity is not None else start
    if quantity is not None and j < len(lexemes) and lexemes[j].kind is _K.MULT and lexemes[j].form == "op":
        j += 1  # "2x beer", "2 x shots"
    head = _read_head(lexemes, j, quantity is not None)
    if head is None:
        return None
    if head.non_alcoholic and head.container is None and head.beverage is None and head.measure is None:
        item = AlcoholItem(None, "serving", "non-alcoholic", 0.0)
        return Reading(item, start, head.end, non_alcoholic=True, plain=head.plain)
    j = head.end
    if quantity is None and head.beverage is not None and head.container is None and head.measure is None:
        labelled = _labelled_serving(lexemes, j, head.beverage)
        if labelled is not None:
            return labelled
    implicit = quantity is None
    if quantity is None and head.extra:  # "cerveza y media": one and a half of it
        quantity = Quantity(1.0, "implicit", start, j)
        implicit = False
    if quantity is None:
        quantity, j = _implicit_quantity(lexemes, start, j, head)
        if quantity is None:
            return None
    if quantity.value is not None and head.extra:  # "2 beers and a half", "copa y media de vino"
        quantity = Quantity(quantity.value + head.extra, "compound", quantity.start, quantity.end)
    quantity, j = _range_after(lexemes, quantity, j)
    if not implicit and quantity.value is not None:
        times, j = read_multiplier(lexemes, j)  # "2 beers x2", "2 beers, twice"
        if times is not None:
            quantity = Quantity(quantity.value * times, "compound", quantity.start, j)
    beverage, container = head.beverage, head.container
    # "un six 🍻": clinking mugs beside a counted container decorate it; alone they are asked about
    emoji_beside_container = container is not None and beverage is not None and beverage.form == "vague-emoji"
    unclear = head.sized or (beverage is not None and _ambiguous(beverage) and not emoji_beside_container)
    item = _item(quantity, container, beverage, head.measure, unclear)
    named = container or beverage
    return Reading(
        item,
        head.index,
        j,
        zero=quantity.value == 0,
        non_alcoholic=head.non_alcoholic,
        plain=head.plain and beverage is None,
        decoration=implicit and named is not None and named.form in ("emoji", "vague-emoji"),
        container=container,
        quantity=quantity,
        beverage_named=beverage is not None,
    )


@dataclass(slots=True)
class _Head:
    """What names the drink: a size ("24 oz"), a container ("glass", "tall can"), a beverage ("wine"), or some of
    them ("a 16 oz can of IPA", "tequila shots"), with "and a half" and whether "of" joined them."""

    index: int
    end: int
    container: Lexeme | None = None
    beverage: Lexeme | None = None
    measure: Lexeme | None = None
    extra: float = 0.0
    had_of: bool = False
    sized: bool = False
    non_alcoholic: bool = False
    plain: bool = False


def _read_head(lexemes: list[Lexeme], j: int, counted: bool) -> _Head | None:
    n = len(lexemes)
    start = j
    sized, non_alcoholic, color, j = _adjectives(lexemes, j)
    if counted:
        j = _describing_words(lexemes, j)
    measure = None
    if j < n and lexemes[j].kind is _K.MEASURE:
        measure = lexemes[j]
        more_sized, more_non_alcoholic, more_color, j = _adjectives(lexemes, j + 1)
        sized, non_alcoholic, color = sized or more_sized, non_alcoholic or more_non_alcoholic, color or more_color
    beverage_first = None
    if j < n and lexemes[j].kind is _K.BEV:
        k = _skip(lexemes, j + 1, (_K.FILLER,))
        if k < n and lexemes[k].kind is _K.CONTAINER:  # "tequila shots", "wine bottle", "beer can"
            beverage_first, j = lexemes[j], k
    if j < n and lexemes[j].kind is _K.CONTAINER:
        head = _Head(j, j + 1, container=lexemes[j], beverage=beverage_first, measure=measure)
        head.extra, head.end = _and_a_half(lexemes, j + 1, beverage_may_follow=True)
        if not _after_container(lexemes, head):
            return None
    elif j < n and lexemes[j].kind is _K.BEV:
        head = _Head(j, j + 1, beverage=lexemes[j], measure=measure)
        head.extra, head.end = _and_a_half(lexemes, j + 1)
    elif measure is not None:
        head = _Head(j - 1, j, measure=measure)
    elif non_alcoholic:
        head = _Head(j - 1, j)
    elif color and counted and (j >= n or lexemes[j].kind is not _K.WORD):  # "2 reds", not "a red car"
        head = _Head(j - 1, j, beverage=Lexeme(_K.COLOR, "red"))
    else:
        return None
    head.sized = head.sized or sized
    head.non_alcoholic = head.non_alcoholic or non_alcoholic
    head.plain = head.non_alcoholic and all(
        lexeme.entry == PLAIN for lexeme in lexemes[start : head.end] if lexeme.kind is _K.NONALC
    )
    return head


def _describing_words(lexemes: list[Lexeme], j: int, drinks: frozenset[Kind] = _BEVERAGE) -> int:
    """Skip up to two words the vocabulary does not know between a count and a drink: "one spicy margarita",
    "2 hazy IPAs", "a dirty martini", "a glass of dry white". Only a beverage may follow them, so "2 soup cans"
    stays no drink."""
    n = len(lexemes)
    for k in (j + 1, j + 2):
        if k >= n or any(lexemes[i].kind is not _K.WORD for i in range(j, k)):
            return j
        if lexemes[k].kind in drinks:
            return k
    return j


def _after_container(lexemes: list[Lexeme], head: _Head) -> bool:
    """Read "of red", "of wine", "beer", "of non-alcoholic" after a container; False when it holds something else
    ("a shot of espresso", "a pint of ice cream", "a can of soup"). A size after it is the container's own ("una
    lata de 24 oz", "a bottle of 750 ml"): one item, not two."""
    n = len(lexemes)
    k = head.end
    while k < n and lexemes[k].kind in (_K.OF, _K.FILLER, _K.SIZE, _K.MEASURE):
        if lexemes[k].kind is _K.FILLER and not head.had_of and lexemes[k].text in _NOT_HOLDING:
            break  # "unos tragos con los del trabajo": what follows "with" is company, not what the glass held
        if lexemes[k].kind is _K.MEASURE:
            if head.measure is not None:
                break
            head.measure = lexemes[k]
            head.end = k + 1
        head.had_of = head.had_of or lexemes[k].kind is _K.OF
        k += 1
    if k >= n:
        return True
    if head.had_of:
        k = _describing_words(lexemes, k, _BEVERAGE_OR_COLOR)
    kind = lexemes[k].kind
    if kind is _K.BEV or (kind is _K.COLOR and (head.had_of or k == head.end)):
        head.beverage = head.beverage or lexemes[k]
        head.end = k + 1
    elif kind is _K.NONALC:
        head.non_alcoholic = True
        head.end = k + 1
    vessel = head.container.entry if head.container is not None else None
    brand_of_malt = isinstance(vessel, Container) and vessel.malt_only
    return not (head.had_of and kind is _K.WORD and head.beverage is None and not brand_of_malt)


def _labelled_serving(lexemes: list[Lexeme], j: int, beverage: Lexeme) -> Reading | None:
    """ "Wine: 2 glasses", "vodka - 3 shots", "Wine. 2 glasses.": the beverage labels the servings that follow it
    (after a full stop only when they are its usual serving, so "beer. 2 shots" stays two things)."""
    k = j
    stopped = False
    while k < len(lexemes) and (lexemes[k].kind is _K.COLON or (lexemes[k].kind is _K.SEP and lexemes[k].text == ".")):
        stopped = stopped or lexemes[k].kind is _K.SEP
        k += 1
    if k >= len(lexemes) or lexemes[k].kind not in (_K.NUM, _K.ARTICLE, _K.COUPLE, _K.HALF):
        return None
    following = read_item(lexemes, k, read_quantity(lexemes, k))
    if following is None or following.beverage_named or following.container is None or following.quantity is None:
        return None
    vessel, drink = following.container.entry, beverage.entry
    if stopped and not (isinstance(vessel, Container) and isinstance(drink, Beverage) and vessel.default == drink.kind):
        return None
    item = _item(following.quantity, following.container, beverage, None, _ambiguous(beverage))
    return Reading(item, following.head, following.end, zero=following.zero, container=following.container)


def shared(item: AlcoholItem) -> AlcoholItem:
    """ "split a bottle of wine", "shared a pitcher": the patient's part of it is unknown."""
    return AlcoholItem(item.quantity, item.unit, item.beverage, None)


def _adjectives(lexemes: list[Lexeme], j: int) -> tuple[bool, bool, bool, int]:
    sized = non_alcoholic = color = False
    n = len(lexemes)
    while j < n and lexemes[j].kind in _ADJECTIVES:
        kind = lexemes[j].kind
        sized = sized or kind is _K.SIZE
        non_alcoholic = non_alcoholic or kind is _K.NONALC
        color = color or kind is _K.COLOR
        j += 1
    return sized, non_alcoholic, color, j


def _skip(lexemes: list[Lexeme], j: int, kinds: tuple[Kind, ...]) -> int:
    while j < len(lexemes) and lexemes[j].kind in kinds:
        j += 1
    return j


def _and_a_half(lexemes: list[Lexeme], j: int, beverage_may_follow: bool = False) -> tuple[float, int]:
    """ "a beer and a half", "a bottle and a half of wine", "una copa y media"; not "2 beers and half a xanax",
    whose half is the xanax's."""
    n = len(lexemes)
    if j + 1 < n and lexemes[j].kind is _K.AND:
        k = j + 1
        if k + 1 < n and lexemes[k].kind is _K.ARTICLE and lexemes[k + 1].kind is _K.HALF:
            k += 1
        if lexemes[k].kind is not _K.HALF:
            return 0.0, j
        following = lexemes[k + 1].kind if k + 1 < n else None
        if following is None or following not in _HALF_OF_SOMETHING:
            return lexemes[k].value or 0.5, k + 1
        if beverage_may_follow and following is _K.OF and k + 2 < n and lexemes[k + 2].kind in (_K.BEV, _K.COLOR):
            return lexemes[k].value or 0.5, k + 1
    return 0.0, j


def _implicit_quantity(lexemes: list[Lexeme], start: int, j: int, head: _Head) -> tuple[Quantity | None, int]:
    """No number before the drink: a number after it ("beer x2", "Drinks: 2"), a lone container that counts one
    ("pint last night", "glass of wine", "24 oz can"), or an amount nobody can know ("some wine", "glasses")."""
    after = _postfix_number(lexemes, j)
    if after is not None:
        return after
    if head.measure is not None:
        return Quantity(1.0, "implicit", start, j), j
    container = head.container
    if container is not None:
        entry = container.entry
        assert isinstance(entry, Container)
        if container.plural:
            return Quantity(None, "vague", start, j), j
        if entry.bare or head.had_of or head.beverage is not None or container.form == "emoji":
            return Quantity(1.0, "implicit", start, j), j
        return None, j
    if head.beverage is not None and head.beverage.form == "emoji":
        return Quantity(1.0, "implicit", start, j), j
    return Quantity(None, "vague", start, j), j


def _postfix_number(lexemes: list[Lexeme], j: int) -> tuple[Quantity, int] | None:
    n = len(lexemes)
    k = j
    times = False
    while k < n and (lexemes[k].kind is _K.COLON or (lexemes[k].kind is _K.MULT and lexemes[k].form == "op")):
        times = times or lexemes[k].kind is _K.MULT
        k += 1
    if k >= n or lexemes[k].kind is not _K.NUM:
        return None
    if times:  # "whiskey x2 and half a xanax": the count is the number after the x, the half is the next thing's
        return Quantity(lexemes[k].value, "int", k, k + 1), k + 1
    quantity = read_quantity(lexemes, k)
    if quantity is None:
        return None
    if quantity.end < n and lexemes[quantity.end].kind in _POSTFIX_BLOCKERS:
        return None
    return quantity, quantity.end


def _range_after(lexemes: list[Lexeme], quantity: Quantity, j: int) -> tuple[Quantity, int]:
    """ "a drink or two", "2 beers or 3": a range is no number."""
    n = len(lexemes)
    if j + 1 < n and lexemes[j].kind in (_K.OR, _K.APPROX) and lexemes[j + 1].kind in (_K.NUM, _K.BOUND):
        return Quantity(None, "range", quantity.start, j + 2), j + 2  # "2 beers or 3", "2 beers maybe 3"
    if j < n and lexemes[j].kind is _K.BOUND and lexemes[j].text in _BOUNDS_AFTER:
        return Quantity(None, "bound", quantity.start, j + 1), j + 1  # "2 beers max", "3 beers or more"
    return quantity, j


def _ambiguous(beverage: Lexeme) -> bool:
    entry = beverage.entry
    return beverage.form == "vague-emoji" or (isinstance(entry, Beverage) and entry.ambiguous)


def _item(
    quantity: Quantity, container: Lexeme | None, beverage: Lexeme | None, measure: Lexeme | None, unclear: bool
) -> AlcoholItem:
    drink = beverage.entry if beverage is not None and isinstance(beverage.entry, Beverage) else None
    kind = drink.kind if drink is not None else ("wine" if beverage is not None else None)
    vessel = container.entry if container is not None and isinstance(container.entry, Container) else None
    if measure is not None and measure.value is not None:
        unit = f"{measure.value / ML_PER_OZ:.0f} oz" if "o" in measure.text else f"{measure.value:g} ml"
        per = ml_to_standard_drinks(measure.value, kind or (vessel.default if vessel else "beer"))
    elif vessel is not None:
        unit = vessel.name
        per = vessel.standard_drinks(kind)
        unclear = unclear or vessel.size_unknown
    else:
        unit = "serving"
        per = 1.0
        unclear = unclear or (drink is not None and not drink.countable)
    name = drink.name if drink is not None else ("wine" if beverage is not None else _default_name(vessel))
    if quantity.value is None or unclear:
        return AlcoholItem(None if quantity.value is None else tidy(quantity.value), unit, name, None)
    return AlcoholItem(tidy(quantity.value), unit, name, round(quantity.value * per, 2))


def _default_name(vessel: Container | None) -> str:
    return _KIND_NAMES.get(vessel.default, "alcohol") if vessel is not None else "alcohol"
