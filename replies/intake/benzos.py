"""Benzodiazepine doses named in a reply, per CONTRACTS.md section 4.

A number after the drug is its strength in mg ("valium 10", "xanax 0.5"); a whole number before it counts tablets
("2 valium", "one xanax"); a decimal below 1 before it is mg ("0.5 klonopin"); halves are half a tablet ("half a
xanax", "1/2 klonopin"); "2 ativan 0.5mg" and "2 x 0.5mg xanax" are 1 mg; "1 mg twice" is 2 mg; a "bar" is a 2 mg
alprazolam tablet. `mg` is always the total taken. A drug named without an amount, an amount without a drug
("took 2 pills", "1mg") and "a benzo" are all asked about.
"""

from dataclasses import dataclass, field

from replies.intake.lexicon import Drug
from replies.intake.numbers import Quantity, read_multiplier, read_quantity, tidy
from replies.text import Kind, Lexeme

_K = Kind
_STRENGTH_BLOCKERS = frozenset(
    {_K.CONTAINER, _K.BEV, _K.MEASURE, _K.TIMEUNIT, _K.DRUG, _K.DRUGCLASS, _K.NONBENZO, _K.COLOR}
)
_TABLET_FORMS = frozenset({"int", "word", "couple", "compound", "article", "my", "half", "frac", "implicit"})
# What a half names when it comes right after it: "a xanax and half a beer" halves the beer.
_HALF_OF = frozenset(
    {_K.ARTICLE, _K.BEV, _K.COLOR, _K.CONTAINER, _K.MEASURE, _K.DRUG, _K.DRUGCLASS, _K.NONBENZO, _K.TABUNIT, _K.MY}
)
_DRINK_AFTER_OF = frozenset({_K.ARTICLE, _K.BEV, _K.COLOR, _K.CONTAINER, _K.MEASURE})


@dataclass(frozen=True, slots=True)
class BenzoItem:
    """One drug taken: `mg` is the total, `tablets` the count when only that is known."""

    drug: str
    mg: float | None
    tablets: float | None
    diazepam_eq_mg: float | None


@dataclass(slots=True)
class Dose:
    """A dose as read: `drug` is None for an unnamed benzo ("a benzo", "2 pills", "1mg"); `only_mine` when its one
    tablet is only the "my" of "took my meds", which names no amount; `each` when its mg is a tablet's strength
    ("0.5 mg each")."""

    drug: Drug | None
    said: str
    mg: float | None
    tablets: float | None
    head: int
    end: int
    start: int = 0
    unclear: bool = False
    not_a_benzo: bool = False
    zero: bool = False
    only_mine: bool = False
    each: bool = False
    negatable: list[int] = field(default_factory=list)

    def strength(self) -> float | None:
        """mg per tablet, when both the total and a non-zero tablet count are known."""
        if self.mg is None or not self.tablets:
            return None
        return self.mg / self.tablets

    def mark_unclear(self) -> None:
        """The total can no longer be told: ask about the dose rather than log a wrong figure."""
        self.mg, self.unclear = None, True

    def scale(self, factor: float | None) -> None:
        """The whole dose taken `factor` times ("1 mg twice", "klonopin 1mg am and pm")."""
        self.mg = None if self.mg is None or factor is None else self.mg * factor
        self.tablets = None if self.tablets is None or factor is None else self.tablets * factor

    def add_mg(self, mg: float | None) -> None:
        """`mg` more of the same drug; the tablet count follows when the strength is known."""
        if mg is None or self.mg is None:
            self.mark_unclear()
            return
        strength = self.strength()
        self.mg += mg
        if self.tablets is not None:
            self.tablets = None if strength is None else self.tablets + mg / strength

    def add_tablets(self, count: float) -> None:
        """`count` more tablets of the same strength; with only a total known, the same dose again."""
        strength = self.strength()
        if self.tablets is not None:
            self.tablets += count
            if self.mg is not None:
                self.mg = None if strength is None else self.mg + count * strength
        elif self.mg is not None:
            self.mg *= 2  # "0.5mg xanax and another at night": the same dose again
        else:
            self.mark_unclear()

    def add_tablet_of(self, strength: float) -> None:
        """One more tablet of `strength` mg; the count stays known only when it is as strong as the first."""
        same = strength == self.strength()
        self.mg = (self.mg or 0.0) + strength
        if self.tablets is not None:
            self.tablets = self.tablets + 1 if same else None


def read_dose(lexemes: list[Lexeme], start: int, quantity: Quantity | None) -> Dose | None:
    """The dose phrase that begins at `start`, or None; `quantity` is what `read_quantity` found there."""
    n = len(lexemes)
    j = quantity.end if quantity is not None else start
    count: Quantity | None = None
    strength: float | None = None
    total: float | None = None
    if quantity is not None and _is_times(lexemes, j) and j + 1 < n and lexemes[j + 1].kind is _K.NUM:
        j += 1  # "2 x 0.5mg"
    if quantity is not None and j + 1 < n and lexemes[j].kind is _K.NUM and lexemes[j + 1].kind is _K.MG:
        count, strength = quantity, _mg(lexemes[j], lexemes[j + 1])
        j += 2
    elif _strength_before_drug(lexemes, j, quantity):  # "two 0.5 klonopins": a count, then each one's strength
        count, strength = quantity, lexemes[j].value
        j += 1
    elif quantity is not None and j < n and lexemes[j].kind is _K.MG and quantity.value is not None:
        total = quantity.value * (lexemes[j].value or 1.0)
        j += 1
        more = _and_a_half(lexemes, j)
        if more:  # "un miligramo y medio"
            total += 0.5 * (lexemes[j - 1].value or 1.0)
            j += more
    each = total is not None and j < n and lexemes[j].form == "each"  # "0.5 mg each": a tablet's strength
    unit: Lexeme | None = None
    if j < n and lexemes[j].kind is _K.TABUNIT:
        unit = lexemes[j]
        j += 1
        more = _and_a_half(lexemes, j)
        if more and (quantity is None or quantity.value is not None):  # "una pastilla y media", "pastilla y media"
            counted = 1.0 if quantity is None else quantity.value or 0.0
            quantity = Quantity(counted + 0.5, "compound", j - 1 if quantity is None else quantity.start, j + more)
            j += more
    while j < n and lexemes[j].kind in (_K.OF, _K.MY, _K.FILLER):
        if lexemes[j].kind is _K.MY and quantity is None:
            quantity = Quantity(1.0, "my", j, j + 1)
        j += 1
    if quantity is not None and strength is None and total is None and _is_strength(lexemes, j):
        count, strength = quantity, _mg(lexemes[j], lexemes[j + 1])  # "2 of my 0.5mg xanax", "2 pills of 0.5mg"
        j += 2
        while j < n and lexemes[j].kind in (_K.OF, _K.FILLER):
            j += 1
    elif strength is None and total is None and j > start + 1 and _strength_before_drug(lexemes, j, quantity):
        count, strength = quantity, lexemes[j].value  # "3 of my 0.25 xanax"
        j += 1
    if j < n and lexemes[j].kind in (_K.DRUG, _K.DRUGCLASS, _K.NONBENZO):
        drug_lexeme: Lexeme | None = lexemes[j]
        head = j
        j += 1
        if j < n and lexemes[j].kind is _K.TABUNIT and unit is None:  # "2 xanax pills"
            unit = lexemes[j]
            j += 1
        more = _and_a_half(lexemes, j)
        if more and quantity is not None and quantity.value is not None and quantity.form in _TABLET_FORMS:
            quantity = Quantity(quantity.value + 0.5, "compound", quantity.start, j + more)  # "an ativan and a half"
            j += more
        j = _same_drug_named_again(lexemes, j, drug_lexeme)
    elif unit is not None or total is not None or strength is not None:
        drug_lexeme = None
        head = j - 1
    else:
        return None
    if drug_lexeme is not None and drug_lexeme.kind is _K.NONBENZO:
        return Dose(None, drug_lexeme.text, None, None, head, _after_number(lexemes, j), not_a_benzo=True)
    if strength is None and total is None:
        post, tablets_after, j = _after_drug(lexemes, j)
        strength = post
        if tablets_after is not None and quantity is None:
            quantity = tablets_after
    multiplier, j = read_multiplier(lexemes, j)
    drug = drug_lexeme.entry if drug_lexeme is not None and isinstance(drug_lexeme.entry, Drug) else None
    if quantity is None and count is None and strength is None and total is None and _one_tablet(drug_lexeme):
        quantity = Quantity(1.0, "implicit", head, head + 1)  # "xanny bar last night": one 2 mg tablet
    said = drug_lexeme.text if drug_lexeme is not None else (unit.text if unit is not None else "mg")
    dose = _amount(quantity, count, strength, total, multiplier, drug, unit)
    dose.said, dose.head, dose.end, dose.start = said, head, j, start
    dose.only_mine = quantity is not None and quantity.form == "my" and strength is None and total is None
    if dose.only_mine and _as_usual(lexemes, j):  # "took my klonopin like normal": the usual amount is not said
        dose.mg, dose.tablets, dose.unclear = None, None, True
    dose.each = each and drug is None
    dose.negatable = [head] if drug_lexeme is not None else list(range(start, j))
    return dose


def _same_drug_named_again(lexemes: list[Lexeme], j: int, drug_lexeme: Lexeme) -> int:
    """ "a bar of xanax", "una barra de xanax": slang for a tablet, then the drug it is of, name one dose."""
    said = drug_lexeme.entry
    if not isinstance(said, Drug) or j + 1 >= len(lexemes) or lexemes[j].kind is not _K.OF:
        return j
    named = lexemes[j + 1].entry
    if lexemes[j + 1].kind is _K.DRUG and isinstance(named, Drug) and named.generic == said.generic:
        return j + 2
    return j


def _strength_before_drug(lexemes: list[Lexeme], j: int, quantity: Quantity | None) -> bool:
    """ "two 0.5 klonopins", "half of a 0.5 klonopin": a count of tablets, then a decimal strength, then the drug."""
    if quantity is None or quantity.form not in _TABLET_FORMS or j + 1 >= len(lexemes):
        return False
    number, drug = lexemes[j], lexemes[j + 1]
    return number.kind is _K.NUM and number.form == "dec" and drug.kind is _K.DRUG


def _one_tablet(drug_lexeme: Lexeme | None) -> bool:
    """A tablet of known strength named in the singular ("xanny bar", "school bus"), not the plural ("bars")."""
    if drug_lexeme is None or not isinstance(drug_lexeme.entry, Drug) or drug_lexeme.entry.tablet_mg is None:
        return False
    return not drug_lexeme.text.endswith("s") or drug_lexeme.text.endswith("bus")


def _as_usual(lexemes: list[Lexeme], j: int) -> bool:
    while j < len(lexemes) and lexemes[j].kind is _K.FILLER:
        j += 1
    return j < len(lexemes) and lexemes[j].kind is _K.SAME


def _and_a_half(lexemes: list[Lexeme], j: int) -> int:
    """How many lexemes of "and a half" / "y medio" stand at `j` (0 when none): not the half of something named
    after it ("a xanax and half a beer")."""
    n = len(lexemes)
    if j + 1 >= n or lexemes[j].kind is not _K.AND:
        return 0
    k = j + 2 if lexemes[j + 1].kind is _K.ARTICLE else j + 1
    if k >= n or lexemes[k].kind is not _K.HALF or lexemes[k].value not in (None, 0.5):
        return 0
    following = lexemes[k + 1].kind if k + 1 < n else None
    if following is _K.OF:  # "pastilla y media de lorazepam", not "y media de cerveza"
        return 0 if k + 2 < n and lexemes[k + 2].kind in _DRINK_AFTER_OF else k + 1 - j
    return 0 if following in _HALF_OF else k + 1 - j


def _is_times(lexemes: list[Lexeme], j: int) -> bool:
    return j < len(lexemes) and lexemes[j].kind is _K.MULT and lexemes[j].form == "op"


def _is_strength(lexemes: list[Lexeme], j: int) -> bool:
    return j + 1 < len(lexemes) and lexemes[j].kind is _K.NUM and lexemes[j + 1].kind is _K.MG


def _mg(number: Lexeme, unit: Lexeme) -> float:
    """The mg of a number and its unit; an article ("un miligramo") is one."""
    value = 1.0 if number.kind is _K.ARTICLE else (number.value or 0.0)
    return value * (unit.value or 1.0)


def _after_drug(lexemes: list[Lexeme], j: int) -> tuple[float | None, Quantity | None, int]:
    """ "valium 10", "xanax: 0.5mg", "clonazepam de 0.5 mg", "xanax 2 pills"; not "xanax 2 beers"."""
    n = len(lexemes)
    k = j
    while k < n and lexemes[k].kind in (_K.COLON, _K.OF):
        k += 1
    if k >= n or lexemes[k].kind is not _K.NUM:
        if k + 1 < n and lexemes[k].kind is _K.MG and lexemes[k + 1].kind is _K.NUM:  # "ativan mg 1"
            return _mg(lexemes[k + 1], lexemes[k]), None, k + 2
        if k > j and k + 1 < n and lexemes[k].kind in (_K.HALF, _K.ARTICLE) and lexemes[k + 1].kind is _K.MG:
            return _mg(lexemes[k], lexemes[k + 1]), None, k + 2  # "de medio miligramo", "de un miligramo"
        return None, None, j
    number = lexemes[k]
    following = lexemes[k + 1] if k + 1 < n else None
    if following is not None and following.kind is _K.MG:
        if k + 2 < n and lexemes[k + 2].kind is _K.DRUG:
            return None, None, j  # "benzos 1mg ativan": the next drug's dose
        return _mg(number, following), None, k + 2
    if following is not None and following.kind is _K.TABUNIT:
        quantity = read_quantity(lexemes, k)
        return None, quantity, k + 2
    if following is not None and (following.kind in _STRENGTH_BLOCKERS or following.kind is _K.OR):
        return None, None, j
    if following is not None and following.kind is _K.MULT and following.form == "op":
        if k + 2 < n and lexemes[k + 2].kind is _K.NUM:  # "klonopin 0.5 x2": a strength, then how many
            return number.value, None, k + 1
        return None, Quantity(number.value, "int", k, k + 1), k + 2  # "xanax 2x"
    return number.value, None, k + 1


def _after_number(lexemes: list[Lexeme], j: int) -> int:
    """Swallow a non-benzo's own dose ("gabapentin 300mg"), so it is not taken for an unnamed benzo's."""
    n = len(lexemes)
    k = j
    while k < n and lexemes[k].kind in (_K.COLON, _K.NUM, _K.MG, _K.TABUNIT):
        k += 1
    return k


def _amount(
    quantity: Quantity | None,
    count: Quantity | None,
    strength: float | None,
    total: float | None,
    multiplier: float | None,
    drug: Drug | None,
    unit: Lexeme | None,
) -> Dose:
    tablets: float | None = None
    mg: float | None = None
    unclear = False
    if total is not None:
        mg = total
    elif count is not None:
        tablets = count.value
        unclear = count.value is None
    elif quantity is not None:
        value = quantity.value
        if value is None:
            unclear = True
        elif quantity.form == "dec" and value < 1 and unit is None:
            mg = value
        elif quantity.form == "dec" and unit is not None:
            tablets = value
        elif quantity.form == "dec" and not value.is_integer():
            unclear = True
        elif quantity.form in _TABLET_FORMS or quantity.form == "dec":
            tablets = value
        else:
            unclear = True
    if unit is not None and unit.form == "dose":
        unclear = unclear or strength is None
        tablets = None if strength is None else tablets
    if strength is not None:
        mg = (tablets if tablets is not None else 1.0) * strength
    if mg is None and tablets is not None and drug is not None and drug.tablet_mg is not None:
        mg = tablets * drug.tablet_mg
    dose = Dose(drug, "", mg, tablets, 0, 0)
    if multiplier is not None:
        if mg is None and tablets is None:
            dose.tablets = multiplier
        else:
            dose.scale(multiplier)
    if dose.mg is None and dose.tablets is None:
        unclear = True
    dose.unclear = unclear or drug is None
    dose.zero = (dose.mg == 0) or (dose.mg is None and dose.tablets == 0)
    return dose


def benzo_item(dose: Dose) -> BenzoItem:
    """The contract's shape of a named dose; the diazepam equivalent is for comparison only, never for dosing."""
    assert dose.drug is not None
    mg = None if dose.mg is None else round(dose.mg, 4)
    equivalent = None if mg is None else round(mg * 10 / dose.drug.equivalent_mg, 2)
    return BenzoItem(dose.drug.generic, _tidy(mg), _tidy(dose.tablets), equivalent)


def _tidy(value: float | None) -> int | float | None:
    return None if value is None else tidy(value)
