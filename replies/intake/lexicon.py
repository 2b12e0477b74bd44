"""The vocabulary: drinks and their containers in US standard drinks, benzodiazepines by generic name, brand, slang
and misspelling with their diazepam equivalents, and the look-alike drugs that must never be taken for one.

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

from replies.text import word_set

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


def _beers(**drinks: float) -> Mapping[str, float]:
    return MappingProxyType(drinks)


def _all(value: float) -> Mapping[str, float]:
    return MappingProxyType({"beer": value, "wine": value, "spirits": value, "mixed": value, "generic": value})


GLASS = Container("glass", _all(1.0), "wine")
CAN = Container("can", _all(1.0), "beer")
BOTTLE = Container("bottle", _beers(beer=1.0, wine=5.0, spirits=17.0, mixed=1.0, generic=1.0), "beer")
PINT = Container("pint", _beers(beer=1.3, wine=3.2, spirits=8.5, mixed=1.3, generic=1.3), "beer", bare=True)
TALL_CAN = Container("tall can", _all(1.3), "beer", bare=True)
FORTY = Container("40 oz", _all(4.5), "beer", bare=True, malt_only=True)
SHOT = Container("shot", _all(1.0), "spirits")
DOUBLE = Container("double", _all(2.0), "spirits")
TRIPLE = Container("triple", _all(3.0), "spirits")
FIFTH = Container("fifth", _beers(spirits=17.0, wine=5.0, generic=17.0), "spirits", bare=True)
HANDLE = Container("handle", _beers(spirits=39.0, generic=39.0), "spirits")
CASE = Container("case", _all(24.0), "beer")
CAGUAMA = Container("caguama", _all(2.6), "beer", bare=True)  # 940 ml of beer at 5%
GROWLER = Container("growler", _beers(beer=5.3, generic=5.3), "beer", bare=True)  # 64 oz
PITCHER = Container("pitcher", _all(1.0), "beer", bare=True, size_unknown=True)
BOMBER = Container("22 oz", _all(2.0), "beer", bare=True)
LITER = Container("liter", _beers(beer=2.8, wine=6.8, spirits=22.5, mixed=2.8, generic=2.8), "beer")
HALF_PINT = Container(
    "half pint", _beers(beer=0.65, wine=1.6, spirits=4.5, mixed=0.65, generic=0.65), "beer", bare=True
)
# A Spanish "tercio" is a third of a litre of beer, one bottle; "dos tercios de vino" (two thirds) is no serving.
TERCIO = Container("tercio", _beers(beer=1.0, generic=1.0), "beer")
NIP = Container("nip", _beers(spirits=1.1, generic=1.1), "spirits", bare=True)  # 50 ml of spirits
DRINK_SERVING = Container("drink", _all(1.0), "generic")


CONTAINERS_BY_NAME: Mapping[str, Container] = MappingProxyType({"glass": GLASS, "shot": SHOT})


@lru_cache(maxsize=64)
def multipack(count: float) -> Container:
    """A six-pack, a 12 pack, a 30 rack: that many 12 oz beers."""
    return Container(f"{count:g}-pack", _all(count), "beer", bare=True)


BEER = Beverage("beer", "beer")
WINE = Beverage("wine", "wine")
SPIRITS = Beverage("spirits", "spirits")
COCKTAIL = Beverage("cocktail", "mixed")
SELTZER = Beverage("hard seltzer", "beer")
CIDER = Beverage("cider", "beer")
MALT = Beverage("malt liquor", "beer")
DRINK = Beverage("alcohol", "generic")
ALCOHOL = Beverage("alcohol", "generic", countable=False)
PLAIN_SELTZER = Beverage("hard seltzer", "beer", ambiguous=True)

ALPRAZOLAM = Drug("alprazolam", 0.5)
XANAX_BAR = Drug("alprazolam", 0.5, tablet_mg=2.0)
LORAZEPAM = Drug("lorazepam", 1.0)
CLONAZEPAM = Drug("clonazepam", 0.5)
DIAZEPAM = Drug("diazepam", 10.0)
CHLORDIAZEPOXIDE = Drug("chlordiazepoxide", 25.0)
TEMAZEPAM = Drug("temazepam", 20.0)
OXAZEPAM = Drug("oxazepam", 20.0)
CLOBAZAM = Drug("clobazam", 20.0)
TRIAZOLAM = Drug("triazolam", 0.5)
ZOLPIDEM = Drug("zolpidem", 20.0)
ZOPICLONE = Drug("zopiclone", 15.0)
ESZOPICLONE = Drug("eszopiclone", 3.0)


def _phrases(text: str) -> list[str]:
    return [phrase.strip() for phrase in text.split(",") if phrase.strip()]


# Singular and plural spellings; a trailing "|" separates the plural forms.
_BEVERAGES: dict[Beverage, str] = {
    BEER: "beer, brew, brewski, brewsky, bier, beeer, ber, ipa, lager, ale, stout, pilsner, pils, pale ale, "
    "craft beer, light beer, bud light, budweiser, coors, coors light, miller, miller lite, michelob, "
    "michelob ultra, corona, modelo, modelo especial, negra modelo, bud light lime, coors banquet, heineken, "
    "guinness, stella, pbr, blue moon, yuengling, dos equis, pacifico, "
    "tecate, natty, natty light, keystone, busch, busch light, high life, mahou, cruzcampo, estrella damm, "
    "estrella galicia, medalla, quilmes, pilsen, pilsener, cusquena, alhambra, amstel, brahma, "
    "cerveza, cervesa, chela, birra, cheve, pola, "
    "beer can, draft, draught, tallboy beer"
    "|beers, brews, brewskis, brewskies, beeers, bers, ipas, lagers, ales, stouts, pilsners, bud lights, "
    "coors lights, miller lites, michelob ultras, michelobs, budweisers, millers, pacificos, tecates, "
    "dos equises, guinnesses, yuenglings, busch lights, high lifes, keystones, blue moons, "
    "mahous, cruzcampos, medallas, quilmes, pilsens, amstels, "
    "coronas, modelos, heinekens, stellas, pbrs, nattys, cervezas, cervesas, chelas, birras, cheves, polas, drafts",
    WINE: "wine, vino, red wine, white wine, rose wine, champagne, prosecco, cava, sparkling wine, bubbly, merlot, "
    "cabernet, cab sav, pinot, pinot noir, pinot grigio, chardonnay, sauvignon, sauvignon blanc, riesling, "
    "malbec, zinfandel, moscato, sangria, sherry, vino tinto, vino blanco, vino rosado, tinto"
    "|wines, vinos, champagnes, proseccos, merlots, cabernets, pinots, chardonnays, sangrias, tintos",
    SPIRITS: "vodka, vodak, vodca, votka, voka, whiskey, whisky, wiskey, bourbon, scotch, tequila, tequilla, mezcal, "
    "rum, gin, brandy, cognac, liquor, "
    "hard liquor, liqueur, jager, jagermeister, fireball, hennessy, henny, jack daniels, jameson, titos, tito's, "
    "don julio, baileys, kahlua, schnapps, absinthe, moonshine, aguardiente, pisco, ginebra, whiskey neat, "
    "bourbon neat, scotch neat, guaro, everclear, licor, jim beam, smirnoff, jose cuervo, cuervo, bacardi, "
    "captain morgan, crown royal, makers mark, maker's mark, johnnie walker, johnny walker, absolut, grey goose, "
    "svedka, evan williams, new amsterdam, kraken, sailor jerry, buchanans, buchanan's, jack daniel's, "
    "seagrams, seagram's, orujo, brugal, havana club, herradura, el jimador"
    "|vodkas, whiskeys, whiskies, whiskys, bourbons, scotches, tequilas, mezcals, rums, gins, brandies, cognacs, "
    "liquors, fireballs, jamesons",
    COCKTAIL: "cocktail, mixed drink, margarita, marg, martini, mojito, old fashioned, negroni, cosmo, cosmopolitan, "
    "daiquiri, pina colada, long island, long island iced tea, bloody mary, mimosa, paloma, spritz, aperol spritz, "
    "moscow mule, mule, whiskey sour, vodka soda, vodka tonic, vodka cranberry, vodka cran, vodka red bull, "
    "gin and tonic, gin & tonic, g&t, g & t, gin tonic, rum and coke, rum & coke, jack and coke, jack & coke, "
    "whiskey coke, whiskey and coke, cuba libre, highball, screwdriver, hard lemonade, mikes hard lemonade, mike's, "
    "twisted tea, smirnoff ice, michelada, coctel, mezcalita, hot toddy, irish coffee, white russian, "
    "tequila soda, tequila sunrise, ranch water, vodka sprite, gin soda, rum punch, well drink, rum n coke, "
    "jack n coke, bellini, caipirinha, gimlet, mai tai, sazerac, tom collins, french 75, espresso martini, lemon drop, "
    "boulevardier, aperol, dark and stormy, kir royale, carajillo, clericot, tinto de verano, chelada, cantarito, "
    "charro negro, batanga, mezcal margarita, spicy marg, paper plane, pisco sour, amaretto sour, "
    "sex on the beach, appletini, bay breeze, sea breeze, salty dog, frose, frozen marg, cubalibre, cubita, "
    "vampiro, calimocho, kalimotxo, coquito, chilcano, canelazo, paloma de tequila, desarmador, perla negra, "
    "margarita de fresa"
    "|cocktails, mixed drinks, margaritas, margs, martinis, mojitos, old fashioneds, negronis, cosmos, "
    "daiquiris, pina coladas, long islands, bloody marys, mimosas, palomas, spritzes, moscow mules, mules, "
    "whiskey sours, vodka sodas, vodka tonics, vodka cranberries, vodka crans, gin and tonics, g&ts, gin tonics, "
    "rum and cokes, jack and cokes, highballs, screwdrivers, hard lemonades, twisted teas, micheladas, cocteles, "
    "coctels, tequila sodas, ranch waters, well drinks, bellinis, caipirinhas, gimlets, mai tais, sazeracs, "
    "espresso martinis, lemon drops, aperols, carajillos, cheladas, cantaritos, pisco sours, appletinis, "
    "cubas libres, cuba libres, cubalibres, cubas, cubitas, pinas coladas, pinacoladas, vampiros, clericots, "
    "tintos de verano, charros negros, batangas, mezcalitas, calimochos, coquitos, chilcanos, canelazos, "
    "desarmadores, tequilas sunrise, perlas negras",
    SELTZER: "hard seltzer, white claw, truly's, high noon, vizzy, hard seltzers, spiked seltzer"
    "|hard seltzers, white claws, trulys, trulies, high noons, spiked seltzers",
    PLAIN_SELTZER: "seltzer|seltzers",
    CIDER: "cider, hard cider, sidra|ciders, hard ciders, sidras",
    MALT: "malt liquor, olde english, olde english 800, old english, olde e, old e, ole e, steel reserve, four loko, "
    "4 loko, colt 45, king cobra, st ides, mickeys, mickey's, bull ice, hurricane malt liquor|four lokos",
    DRINK: "drink, alcoholic drink, alcoholic beverage, bebida, bebida alcoholica, nightcap, adult beverage, "
    "beverage, drinkie, bevvy, bevy"
    "|drinks, alcoholic drinks, alcoholic beverages, bebidas, bebidas alcoholicas, nightcaps, adult beverages, "
    "beverages, drinkies, bevvies, bevies",
    ALCOHOL: "alcohol, booze, etoh, alcool, alchohol, alcohal, alcholol, licor de",
}

_CONTAINERS: dict[Container, str] = {
    GLASS: "glass, glas, glss, copa, vaso, copita, wine glass|glasses, glases, glasss, copas, vasos, copitas",
    CAN: "can, lata, latita|cans, latas, latitas",
    BOTTLE: "bottle, botella, btl, bottel, botle|bottles, botellas, btls, bottels",
    PINT: "pint, pinta|pints, pintas",
    TALL_CAN: "tall can, tallboy, tall boy, tall one, 16 ouncer|tall cans, tallboys, tall boys",
    FORTY: "forty, fourty, forty ouncer, 40 ouncer|forties, fourties, 40s",
    SHOT: "shot, chupito, caballito, shooter, trago de, shot de|shots, chupitos, caballitos, shooters",
    DOUBLE: "double, doble, double shot|doubles, dobles, double shots",
    TRIPLE: "triple|triples",
    FIFTH: "fifth, fith|fifths",
    HANDLE: "handle|handles",
    CASE: "case, carton, cartón|cases",
    TERCIO: "tercio|tercios",
    CAGUAMA: "caguama, caguamon, ballena|caguamas, ballenas",
    GROWLER: "growler|growlers",
    PITCHER: "pitcher, jug, carafe, jarra, jarra de, bucket, flight, flask, hip flask, growler fill, box of wine, "
    "boxed wine, box wine|pitchers, jugs, carafes, jarras, buckets, flasks",
    BOMBER: "bomber, 22 ouncer|bombers",
    LITER: "liter, litre, litro, lt|liters, litres, litros",
    HALF_PINT: "half pint, half pints|half pints",
    NIP: "nip, mini, mini bottle, airplane bottle, shooter bottle, minibar bottle|nips, minis, mini bottles, "
    "airplane bottles",
    multipack(6): "six pack, sixpack, sixer, 6er, half rack|six packs, sixpacks, sixers",
    multipack(12): "twelve pack, twelvepack, 12er|twelve packs",
    multipack(24): "twenty four pack|twenty four packs",
    multipack(30): "thirty rack, thirty pack|thirty racks",
    DRINK_SERVING: "trago, traguito|tragos, traguitos",
}

_COLORS = "red, white, rose, blanco, tinto, rosado, bubbly, house red, house white, red blend, reds, whites, roses"

# Stand-ins for a drink: answering the drinks question with one of these says none was had.
_NON_ALCOHOLIC = (
    "root beer, ginger beer, ginger ale, na beer, na beers, non alcoholic beers, nonalcoholic beers, non alcoholic, "
    "nonalcoholic, non alcoholic beer, non alcoholic wine, alcohol free beer, mocktail, mocktails, virgin, "
    "zero proof, athletic, o'douls, odouls, cerveza sin alcohol, cervezas sin alcohol, vino sin alcohol, bud zero, "
    "heineken 0.0, heineken zero, near beer, dealcoholized, dealcoholised, alcohol removed, zero alcohol, "
    "sin alcohol, n/a beer, alcohol free"
)
# Everyday drinks with no alcohol: they are not drinks in the contract's sense, and "had a coffee" reports nothing.
PLAIN = "plain"
_PLAIN_DRINKS = (
    "water, agua, coffee, cafe, espresso, latte, tea, soda, pop, coke, diet coke, juice, jugo, milk, leche, "
    "sparkling water, soda water, tonic water, club soda, seltzer water, lacroix, la croix, kombucha, gatorade, "
    "redbull, red bull, energy drink, energy drinks, refresco, refrescos, protein shake, shake, milkshake, sprite, "
    "lemonade, limonada, horchata, agua mineral, tonic, smoothie"
)

_DRUGS: dict[Drug, str] = {
    ALPRAZOLAM: "alprazolam, alprazolan, alprazolum, alprazolem, xanax, xannax, xanex, xanaz, zanax, zanex, xanx, "
    "xan, xans, xanny, xannie, xannies, xanies, xannys, zanny, zannie, zannies, zanies, xanaxs, xanaxes, xanex's, "
    "niravam, tafil, trankimazin, alprazolams, xanax xr, alprax",
    XANAX_BAR: "xanax bar, xanax bars, xanbar, xanbars, xan bar, xan bars, xanny bar, xanny bars, zanbar, zanbars, "
    "bar, bars, barra, barras, barrita, barritas, school bus, school buses, green bar, green bars, white bar, "
    "white bars, yellow bar, yellow bars",
    LORAZEPAM: "lorazepam, lorazepan, lorazapam, lorazepams, ativan, ativn, attivan, ativans, ativan's, orfidal",
    CLONAZEPAM: "clonazepam, clonazepan, clonazapam, clonacepam, klonazepam, klonopin, klonipin, clonopin, "
    "klonapin, klonopins, klonopen, klonipan, klonpin, klono, klonnie, klonnies, klonny, klonie, klonies, "
    "kpin, kpins, k pin, k pins, pins, rivotril",
    DIAZEPAM: "diazepam, diazepan, diazapam, valium, valum, vallium, valiums, valume, valiun, vals",
    CHLORDIAZEPOXIDE: "chlordiazepoxide, clordiazepoxido, librium, libriums",
    TEMAZEPAM: "temazepam, temazepan, temazapam, restoril, restorils",
    OXAZEPAM: "oxazepam, oxazepan, serax",
    CLOBAZAM: "clobazam, onfi, sympazan, frisium",
    TRIAZOLAM: "triazolam, halcion",
    ZOLPIDEM: "zolpidem, zolpiden, ambien, ambian, ambiens, ambien cr, stilnox, edluar, intermezzo",
    ZOPICLONE: "zopiclone, zopiclona, imovane, zimovane",
    ESZOPICLONE: "eszopiclone, eszopiclona, lunesta",
}

# Benzos outside the contract's table and words for "a benzo" without saying which: always asked about.
_DRUG_CLASSES = (
    "benzo, benzos, benso, bensos, benzodiazepine, benzodiazepines, benzodiacepina, benzodiacepinas, "
    "anxiety pill, anxiety pills, anxiety med, anxiety meds, anxiety medication, anxiety medicine, "
    "sleeping pill, sleeping pills, sleep pill, sleep pills, sleep aid, sleeping aid, sleep med, sleep meds, "
    "sleep medication, nerve pill, nerve pills, meds, medication, medications, medicine, medicina, medicamento, "
    "medicamentos, calmante, calmantes, tranquilizante, tranquilizantes, tranquilizer, tranquilizers, sedative, "
    "sedatives, sedante, sedantes, ansiolitico, ansioliticos, pastilla para dormir, pastillas para dormir, "
    "pastilla para la ansiedad, pastillas para la ansiedad, prescription, rx, benzo pill, benzo pills, "
    "bromazepam, lexotan, lexotanil, midazolam, versed, clorazepate, tranxene, estazolam, prosom, flurazepam, "
    "dalmane, quazepam, nitrazepam, flunitrazepam, rohypnol, etizolam, lormetazepam, bromazepan"
)

# Not benzos. A look-alike or a common co-medication must never be logged as one, and its dose ("gabapentin
# 300mg") must not be taken for an unnamed benzo's.
LOOK_ALIKES = ("clonidine", "clozapine", "diltiazem", "gabapentin")
_NON_BENZOS = (
    "clonidine, clonidina, catapres, kapvay, clozapine, clozapina, clozaril, diltiazem, cardizem, gabapentin, "
    "gabapentina, neurontin, pregabalin, lyrica, trazodone, trazadone, hydroxyzine, vistaril, atarax, buspirone, "
    "buspar, melatonin, melatonina, quetiapine, seroquel, sertraline, zoloft, escitalopram, lexapro, citalopram, "
    "celexa, fluoxetine, prozac, bupropion, wellbutrin, venlafaxine, effexor, duloxetine, cymbalta, mirtazapine, "
    "remeron, propranolol, lamotrigine, lamictal, lithium, litio, tramadol, oxycodone, hydrocodone, percocet, "
    "ibuprofen, advil, motrin, tylenol, acetaminophen, paracetamol, aspirin, benadryl, diphenhydramine, nyquil, "
    "zzzquil, unisom, doxylamine, adderall, ritalin, naltrexone, vivitrol, acamprosate, antabuse, disulfiram, "
    "suboxone, methadone, ketamine, spravato, esketamine, abilify, aripiprazole, olanzapine, zyprexa, "
    "risperidone, topiramate, topamax, baclofen, cyclobenzaprine, flexeril, prazosin, ondansetron, zofran, "
    "omeprazole, metformin, lisinopril, amlodipine, losartan, atorvastatin, levothyroxine, synthroid, "
    "vitamin, vitamins, magnesium, cbd, thc, weed, edible, edibles, gummy, gummies, kratom, phenibut, xarelto, "
    "rivaroxaban, eliquis, apixaban, warfarin, coumadin, plavix, clopidogrel, insulin, ozempic, semaglutide, "
    "wegovy, mounjaro, jardiance, lipitor, crestor, zyrtec, claritin, allegra, singulair, prednisone, amoxicillin, "
    "antibiotics, vyvanse, concerta, strattera, latuda, rexulti, vraylar, trintellix, pristiq, paxil, paroxetine, "
    "amitriptyline, doxepin, belsomra, ramelteon, rozerem"
)


def _entries() -> dict[tuple[str, ...], Entry]:
    table: dict[tuple[str, ...], Entry] = {}

    def add(words: str, entry: Entry) -> None:
        for phrase in _phrases(words):
            table.setdefault(tuple(phrase.replace("-", " ").split()), entry)

    def add_counted(kind: str, payload: object, spellings: str) -> None:
        singular, _, plural = spellings.partition("|")
        add(singular, Entry(kind, payload))
        add(plural, Entry(kind, payload, plural=True))

    for beverage, spellings in _BEVERAGES.items():
        add_counted("BEV", beverage, spellings)
    for container, spellings in _CONTAINERS.items():
        add_counted("CONTAINER", container, spellings)
    add(_COLORS, Entry("COLOR", WINE))
    add(_NON_ALCOHOLIC, Entry("NONALC"))
    add(_PLAIN_DRINKS, Entry("NONALC", PLAIN))
    for drug, spellings in _DRUGS.items():
        add(spellings, Entry("DRUG", drug))
    add(_DRUG_CLASSES, Entry("DRUGCLASS"))
    add(_NON_BENZOS, Entry("NONBENZO"))
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
# Real words one or two letters from a target; a patient who types them means them.
_REAL_WORDS = word_set(
    "ambient ambience halcyon restorer margarine champaign classes bottled values valve valves lagers drinker "
    "drinkers bitter butter litter letter ginger singer finger dinner winner thinner shiner brunch whisker "
    "whiskers sober vitamin session sessions sherry cherry merry martin martina clinic clinics serum serums "
    "lithium plate mules cocoa liquid liquids"
)


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


# The words the crisis and symptom checks hinge on, in English and Spanish. A patient in distress types fast: a word
# one letter from one of these (two from nine letters on) is read as it ("sucidal", "halucinating", "suisidarme").
# Common words one letter from a danger word ("sharing", "painted", "sizing") are left out on purpose.
SAFETY_WORDS = word_set(
    "suicide suicides suicidal suicidally myself overdose overdosing overdosed hopeless worthless seizure seizures "
    "hallucinating hallucination hallucinations hallucinate trembling tremors convulsing convulsions palpitations "
    "breathe breathing delirious withdrawal goodbye burden "
    "suicidio suicida suicidarme suicidarse matarme morirme morir quiero quisiera vivir viviendo seguir despertar "
    "cortando cortarme cortado cortandome lastimarme lastimando lastimandome haciendome quemandome "
    "pastillas sobredosis ahorcarme desaparecer esperanza existir "
    "estarian alucinaciones alucinando alucino convulsiones convulsion temblando temblores tiemblan tiemblo respirar "
    "desmaye desmayo desmayado confundido confundida palpitaciones despedida"
)
# Real words within reach of a safety word; a patient who types them means them.
SAFETY_REAL_WORDS = word_set("overdone overdoes overdue homeless helpless shelf itself quieto quiere quieren sigue")
# Texting shortcuts and misspellings too short or too far for the one-letter rule: "kil my self", "ya no q vivir".
SAFETY_SPELLINGS: Mapping[str, str] = MappingProxyType(
    {
        "kil": "kill", "kll": "kill", "kiill": "kill", "kilm": "kill", "ded": "dead", "wana": "wanna",
        "wnna": "wanna", "mysef": "myself", "myslf": "myself", "self's": "self", "selfs": "self", "tonite": "tonight",
        "q": "que", "k": "que", "ke": "que", "xq": "porque", "pq": "porque", "porq": "porque", "xk": "porque",
        "kiero": "quiero", "qiero": "quiero", "quero": "quiero", "kero": "quiero", "kisiera": "quisiera",
        "toy": "estoy", "tdo": "todo", "tds": "todos", "tods": "todos", "bivir": "vivir", "aki": "aqui",
        "mrir": "morir", "sobredosi": "sobredosis",
    }
)  # fmt: skip

# Times of a day a dose is taken at; doses at several of them add up (dose_times.py). "manana" counts only where the
# lexer has read it as a morning ("por la mañana"), not as tomorrow.
TIMES_OF_DAY = word_set(
    "am pm morning mornings night nights nighttime evening evenings afternoon noon midday lunch lunchtime dinner "
    "bedtime bed breakfast manana noche noches tarde mediodia desayuno comida cena dormir"
)
# Context for words with two senses (see senses.py). A "bar" after a count is a 2 mg Xanax unless the patient went
# to it; a "double" is two standard drinks unless it was worked ("worked a double", "doble turno").
# Slang for a 2 mg alprazolam tablet that is also an everyday word: a drug only after a count or a verb of taking.
BAR_SLANG = word_set("bar bars barra barras barrita barritas")
VENUE_VERBS = word_set(
    "went go goes going gone hit hitting visited visit visiting tried hopped hopping walked drove stopped checked "
    "crawled fui fuimos"
)
# Words that name a liquor only after "of" or "de": "half a fifth of jack", "a pint of beam", "un litro de bacacho".
SPIRITS_AFTER_OF = word_set("jack beam crown captain goose henny jd cuervo jimmy evan ron patron bacacho")
# Places people go to drink: a plain drink had there is a drink of alcohol turned down ("only had club soda").
DRINKING_PLACES = word_set(
    "bar bars pub pubs brewery breweries taproom saloon lounge club clubs nightclub cantina cantinas antro antros "
    "bares barra taberna cerveceria"
)
PLACE_ADJECTIVES = word_set(
    "different other local new dive sports gay karaoke hotel rooftop cocktail wine beer piano irish nearby"
)
WORK_VERBS = word_set(
    "worked work working works pulled pull pulling covered cover covering picked pick picking scheduled trabaje "
    "trabajo trabajando hice"
)
# A "shot" is a drink unless it was injected: "flu shot", "b12 shot", "a shot in the arm", "un shot en el brazo",
# or a shot named in the same clause as a vaccine or a nurse.
INJECTION_KINDS = word_set(
    "flu covid booster vaccine tetanus tdap allergy insulin vitamin b b12 cortisone steroid depo testosterone "
    "ozempic hep hepatitis pneumonia shingles measles rabies botox epi epinephrine toradol ketamine gripe influenza "
    "vacuna hpv mmr rsv antibiotic penicillin insulina vitamina vitaminas hierro testosterona cortisona esteroide "
    "antibiotico penicilina"
)
INJECTION_SITES = word_set(
    "arm arms shoulder butt hip thigh stomach belly brazo brazos hombro nalga nalgas pompa pompis cadera pierna "
    "insulin b12 vitamin vitamina cortisone"
)
INJECTION_CONTEXT = word_set(
    "vaccine vaccines vaccinated vaccination vacuna vacunas vacunaron vacunado vacunada vacunacion inyeccion "
    "inyecciones injection injections injected inyectaron inyecto jab jabs needle aguja"
)
DOUBLE_NOT_A_DRINK_BEFORE = word_set(
    "shift shifts turno turnos date check bed room cheeseburger burger header overtime workout espresso dose doses "
    "dosis chin"
)
