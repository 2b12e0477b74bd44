"""The vocabulary as the parser's types: drinks and their containers in US standard drinks, benzodiazepines by
generic name, brand, slang and misspelling with their diazepam equivalents, and the look-alike drugs that must never
be taken for one. The words themselves are data, in replies/vocabulary/*.yaml.

Figures follow CONTRACTS.md section 4 and shared/reference/clinical.md (NIAAA for drinks, the Ashton Manual for
equivalents). Typos beyond the listed spellings are caught by `fuzzy_lookup`, which refuses anything at least as
close to a look-alike (clonidine, clozapine, diltiazem, gabapentin...) as to a benzo. At the end: the words the
safety checks read through typos (spelling.py) and the context words that settle a two-sense word (senses.py).
"""

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations
from types import MappingProxyType
from typing import Any

from replies.vocabulary import VocabularyError, load, mapping, phrases, words

ETHANOL_G_PER_ML = 0.789
STANDARD_DRINK_G = 14.0
ML_PER_OZ = 29.5735

# Alcohol by volume assumed for a beverage kind when only a size is given ("a 16 oz", "750 ml of wine").
ABV = MappingProxyType({"beer": 0.05, "wine": 0.12, "spirits": 0.40, "mixed": 0.05, "generic": 0.05})


@dataclass(frozen=True, slots=True)
class Beverage:
    """A drink by name. `kind` picks a container's figure; `countable` says whether "2 <name>" counts servings
    ("2 beers", "2 wines") or makes no sense ("2 alcohol"); an `ambiguous` one ("seltzer") is always asked about."""

    name: str
    kind: str
    countable: bool = True
    ambiguous: bool = False


@dataclass(frozen=True, slots=True, eq=False)
class Container:
    """A serving or a vessel and its standard drinks per beverage kind.

    `bare` containers count one even without "a" ("pint last night", "fifth of vodka"); the others need a number,
    "of" or a beverage so that "can I", "flu shot" and "handle it" are not drinks. A `size_unknown` one (a pitcher)
    is asked about. A `malt_only` one (a 40) holds malt liquor whatever brand follows "of" ("a 40 of olde e").
    """

    name: str
    drinks: Mapping[str, float]
    default: str
    bare: bool = False
    size_unknown: bool = False
    malt_only: bool = False

    def standard_drinks(self, kind: str | None) -> float:
        table = self.drinks
        if kind is not None and kind in table:
            return table[kind]
        return table.get(self.default, next(iter(table.values())))


@dataclass(frozen=True, slots=True)
class Drug:
    """A benzodiazepine or benzo-like sleep drug; `tablet_mg` is set when the word fixes the strength ("bar")."""

    generic: str
    equivalent_mg: float
    tablet_mg: float | None = None


@dataclass(frozen=True, slots=True)
class Entry:
    """What a word or phrase means: a kind name (see text.Kind) and its payload."""

    kind: str
    entry: object = None
    plural: bool = False


# Beer sizes with NIAAA's own figures (clinical.md): a 40 is malt liquor at 7%, a 22 oz bottle counts 2.
_BEER_SIZES_OZ = {40: 4.5, 22: 2.0}


def ml_to_standard_drinks(ml: float, kind: str) -> float:
    """NIAAA: 14 g of ethanol per standard drink, at the kind's usual strength unless NIAAA gives the size."""
    if kind in ("beer", "generic"):
        for ounces, drinks in _BEER_SIZES_OZ.items():
            if abs(ml - ounces * ML_PER_OZ) < 15:
                return drinks
    return ml * ABV.get(kind, ABV["generic"]) * ETHANOL_G_PER_ML / STANDARD_DRINK_G


def _drinks_by_kind(figures: Mapping[str, float], where: str) -> Mapping[str, float]:
    if set(figures) == {"all"}:
        return MappingProxyType(dict.fromkeys(BEVERAGE_KINDS, float(figures["all"])))
    unknown = set(figures) - set(BEVERAGE_KINDS)
    if unknown:
        raise VocabularyError(f"vocabulary {where}: unknown beverage kinds {sorted(unknown)}")
    return MappingProxyType({kind: float(value) for kind, value in figures.items()})


BEVERAGE_KINDS = tuple(ABV)
_DRINKS = load("drinks")
_CONTAINERS = load("containers")
_DRUGS = load("drugs")
_SENSES = load("senses")
_SPELLING = load("spelling")


def _containers() -> dict[str, Container]:
    found: dict[str, Container] = {}
    for spec in _CONTAINERS["containers"]:
        where = f"containers.yaml {spec['id']}"
        found[spec["id"]] = Container(
            spec["name"],
            _drinks_by_kind(spec["drinks"], where),
            spec["default"],
            bare=spec.get("bare", False),
            size_unknown=spec.get("size_unknown", False),
            malt_only=spec.get("malt_only", False),
        )
    return found


CONTAINERS: Mapping[str, Container] = MappingProxyType(_containers())


@lru_cache(maxsize=64)
def multipack(count: float) -> Container:
    """A six-pack, a 12 pack, a 30 rack: that many 12 oz beers."""
    return Container(
        f"{count:g}-pack", MappingProxyType(dict.fromkeys(BEVERAGE_KINDS, float(count))), "beer", bare=True
    )


def _beverages() -> dict[str, Beverage]:
    return {
        spec["id"]: Beverage(
            spec["name"], spec["kind"], countable=spec.get("countable", True), ambiguous=spec.get("ambiguous", False)
        )
        for spec in _DRINKS["beverages"]
    }


BEVERAGES: Mapping[str, Beverage] = MappingProxyType(_beverages())
# Everyday drinks with no alcohol: they are not drinks in the contract's sense, and "had a coffee" reports nothing.
PLAIN = "plain"


def _drugs() -> dict[str, tuple[Drug, ...]]:
    """Each generic's drugs: the plain one first, then one per fixed tablet strength ("bar": 2 mg alprazolam)."""
    found: dict[str, tuple[Drug, ...]] = {}
    for generic, spec in _DRUGS["drugs"].items():
        equivalent = float(spec["equivalent_mg"])
        fixed = tuple(
            Drug(generic, equivalent, float(tablet["tablet_mg"])) for tablet in spec.get("fixed_strength", ())
        )
        found[generic] = (Drug(generic, equivalent), *fixed)
    return found


DRUGS: Mapping[str, tuple[Drug, ...]] = MappingProxyType(_drugs())


def drug_spellings(generic: str) -> tuple[str, ...]:
    """Every spelling of one drug: generic, brands, slang and misspellings, fixed-strength names included."""
    spec = _DRUGS["drugs"][generic]
    where = f"drugs.yaml {generic}"
    names = list(phrases(spec["spellings"], where))
    for tablet in spec.get("fixed_strength", ()):
        names += phrases(tablet["spellings"], where)
    return tuple(names)


# Every spelling of every drug, for rules that must know them all.
DRUG_SPELLINGS = tuple(spelling for generic in DRUGS for spelling in drug_spellings(generic))

# Benzos outside the contract's table and words for "a benzo" without saying which: always asked about.
DRUG_CLASSES = phrases(_DRUGS["classes"], "drugs.yaml classes")
# Not benzos. A look-alike or a common co-medication must never be logged as one, and its dose ("gabapentin
# 300mg") must not be taken for an unnamed benzo's.
LOOK_ALIKES = phrases(_DRUGS["look_alikes"], "drugs.yaml look_alikes")
NON_BENZOS = phrases(_DRUGS["non_benzos"], "drugs.yaml non_benzos")


def _entries() -> dict[tuple[str, ...], Entry]:
    table: dict[tuple[str, ...], Entry] = {}
    drug_words: dict[tuple[str, ...], str] = {}

    def add(words: tuple[str, ...], entry: Entry) -> None:
        for phrase in words:
            table.setdefault(tuple(phrase.replace("-", " ").split()), entry)

    def add_counted(kind: str, payload: object, spec: Mapping[str, Any], where: str) -> None:
        add(phrases(spec["singular"], where), Entry(kind, payload))
        add(phrases(spec.get("plural", []), where), Entry(kind, payload, plural=True))

    def add_drug_words(words: tuple[str, ...], entry: Entry, owner: str) -> None:
        for phrase in words:
            key = tuple(phrase.split())
            if drug_words.setdefault(key, owner) != owner:
                raise VocabularyError(f"vocabulary drugs.yaml: {phrase!r} is both {drug_words[key]} and {owner}")
        add(words, entry)

    for spec in _DRINKS["beverages"]:
        add_counted("BEV", BEVERAGES[spec["id"]], spec, f"drinks.yaml {spec['id']}")
    for spec in _CONTAINERS["containers"]:
        add_counted("CONTAINER", CONTAINERS[spec["id"]], spec, f"containers.yaml {spec['id']}")
    for spec in _CONTAINERS["multipacks"]:
        add_counted("CONTAINER", multipack(float(spec["count"])), spec, f"containers.yaml {spec['count']}-pack")
    add(phrases(_DRINKS["wine_colours"], "drinks.yaml wine_colours"), Entry("COLOR", BEVERAGES["wine"]))
    add(phrases(_DRINKS["non_alcoholic"], "drinks.yaml non_alcoholic"), Entry("NONALC"))
    add(phrases(_DRINKS["plain"], "drinks.yaml plain"), Entry("NONALC", PLAIN))
    for generic, (plain, *fixed) in DRUGS.items():
        spec = _DRUGS["drugs"][generic]
        add_drug_words(phrases(spec["spellings"], f"drugs.yaml {generic}"), Entry("DRUG", plain), generic)
        for drug, tablet in zip(fixed, spec.get("fixed_strength", ()), strict=True):
            add_drug_words(phrases(tablet["spellings"], f"drugs.yaml {generic}"), Entry("DRUG", drug), generic)
    add_drug_words(DRUG_CLASSES, Entry("DRUGCLASS"), "a drug class")
    add_drug_words(NON_BENZOS, Entry("NONBENZO"), "not a benzo")
    return table


PHRASES: Mapping[tuple[str, ...], Entry] = MappingProxyType(_entries())

# Words a typo may stand for: drug names and the longer drink words. Short words ("beer", "can") are left out
# because too many real words sit one letter away from them.
_FUZZY_KINDS = ("DRUG", "NONBENZO", "BEV", "DRUGCLASS")
_FUZZY_TARGETS: dict[str, Entry] = {
    phrase[0]: entry
    for phrase, entry in PHRASES.items()
    if len(phrase) == 1
    and entry.kind in _FUZZY_KINDS
    and len(phrase[0]) >= (5 if entry.kind in ("DRUG", "NONBENZO") else 6)
    and phrase[0].isalpha()
    and phrase[0] not in ("bars", "benzos", "medicine", "beverage", "beverages", "vitamin", "vitamins")
}


# Real words that stand for a drink or a drug only where something is counted, poured or taken (spelling.yaml
# where_counted), with the entry of what they stand for.
def _where_counted() -> dict[str, Entry]:
    table = {}
    for word, name in mapping(_SPELLING["where_counted"], "spelling.yaml where_counted").items():
        entry = PHRASES.get(tuple(name.split()))
        if entry is None:
            raise VocabularyError(
                f"vocabulary spelling.yaml where_counted: {word!r} stands for {name!r}, no known name"
            )
        table[word] = entry
    return table


WHERE_COUNTED: Mapping[str, Entry] = MappingProxyType(_where_counted())
# Real words one or two letters from a target; a patient who types them means them.
_REAL_WORDS = words(_SPELLING["fuzzy_real_words"], "spelling.yaml fuzzy_real_words")


_FUZZY_SHORTEST = 5
_FUZZY_LONGEST = 20  # no drug or drink name is longer; a longer "word" is noise and costs quadratic time


def _max_distance(word: str) -> int:
    return 1 if len(word) < 8 else 2


def deletions(word: str, depth: int) -> set[str]:
    """Every string made by deleting up to `depth` letters: two words within that many edits share one."""
    found = {word}
    for count in range(1, depth + 1):
        for positions in combinations(range(len(word)), count):
            found.add("".join(c for i, c in enumerate(word) if i not in positions))
    return found


def _deletion_index() -> dict[str, frozenset[str]]:
    index: dict[str, set[str]] = {}
    for target in _FUZZY_TARGETS:
        for variant in deletions(target, _max_distance(target)):
            index.setdefault(variant, set()).add(target)
    return {variant: frozenset(targets) for variant, targets in index.items()}


_DELETION_INDEX = _deletion_index()


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance (a swap of two neighbours is one edit), or limit + 1 when above limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        best = current[0]
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
            best = min(best, value)
        if best > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


@lru_cache(maxsize=8192)
def fuzzy_lookup(word: str) -> Entry | None:
    """The entry a misspelt word most likely stands for, or None.

    Only words of five letters or more are tried, one edit for words under eight letters and two from eight on.
    The nearest target must be unique, and a word at least as near a non-benzo (a look-alike such as clonidine)
    is a non-benzo: a wrong benzo is worse than none.
    """
    if not _FUZZY_SHORTEST <= len(word) <= _FUZZY_LONGEST or not word.isalpha() or word in _REAL_WORDS:
        return None
    limit = _max_distance(word)
    candidates: set[str] = set()
    for variant in deletions(word, limit):
        candidates.update(_DELETION_INDEX.get(variant, ()))
    best: list[tuple[int, str]] = []
    for target in candidates:
        distance = edit_distance(word, target, min(limit, _max_distance(target)))
        if distance <= min(limit, _max_distance(target)):
            best.append((distance, target))
    if not best:
        return None
    nearest = min(distance for distance, _ in best)
    winners = {_FUZZY_TARGETS[target] for distance, target in best if distance == nearest}
    non_benzos = [entry for entry in winners if entry.kind == "NONBENZO"]
    if non_benzos:
        return non_benzos[0]
    if len(winners) == 1:
        return winners.pop()
    return None


# The words the crisis and symptom checks hinge on, in English and Spanish, read through typos (safety/spelling.py).
SAFETY_WORDS = words(_SPELLING["safety_words"], "spelling.yaml safety_words")
SAFETY_REAL_WORDS = words(_SPELLING["safety_real_words"], "spelling.yaml safety_real_words")
DROPPED_G = words(_SPELLING["dropped_g"], "spelling.yaml dropped_g")
SAFETY_SPELLINGS: Mapping[str, str] = MappingProxyType(
    dict(mapping(_SPELLING["safety_spellings"], "spelling.yaml safety_spellings"))
)


def _sense_words(name: str) -> frozenset[str]:
    return words(_SENSES[name], f"senses.yaml {name}")


# Times of a day a dose is taken at; doses at several of them add up (dose_times.py). "manana" counts only where the
# lexer has read it as a morning ("por la mañana"), not as tomorrow.
TIMES_OF_DAY = _sense_words("times_of_day")
# Context for words with two senses (see senses.py): slang for a tablet that is also an everyday word ("bar", "pin") is
# a drug only after a count or a verb of taking, and a place after a verb of going.
EVERYDAY_SLANG = _sense_words("everyday_slang")
VENUE_VERBS = _sense_words("venue_verbs")
# Words that name a liquor only after "of" or "de": "half a fifth of jack", "a pint of beam".
SPIRITS_AFTER_OF = _sense_words("spirits_after_of")
# Places people go to drink: a plain drink had there is a drink of alcohol turned down ("only had club soda").
DRINKING_PLACES = _sense_words("drinking_places")
PLACE_ADJECTIVES = _sense_words("place_adjectives")
# A "double" is two standard drinks unless it was worked ("worked a double", "doble turno").
WORK_VERBS = _sense_words("work_verbs")
DOUBLE_NOT_A_DRINK_BEFORE = _sense_words("double_not_a_drink_before")
# A "shot" is a drink unless it was injected: "flu shot", "a shot in the arm", or named beside a vaccine or a nurse.
INJECTION_KINDS = _sense_words("injection_kinds")
INJECTION_SITES = _sense_words("injection_sites")
INJECTION_CONTEXT = _sense_words("injection_context")
