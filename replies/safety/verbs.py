"""The verbs of killing and harming oneself in every form a patient conjugates them, English and Spanish.

Phrase lists know "quitarme la vida" and "kill myself" but a patient writes "este viernes me quito la vida", "me voy
a quitar la vida", "quitaré", "de chava me cortaba", "been cutting myself", "unaliving" or "kms". So the verbs are
kept as stems with their first-person endings, and the Spanish reflexive clitic is read on either side: before the
verb ("me mato", "me voy a matar", "me quiero colgar") or joined to its end ("matarme", "cortándome"). Only the
first person counts: "el dolor me mata" and "me mata la cabeza" are figures of speech, not intent.
"""

_ES_AR_FIRST_PERSON = r"(?:o|e|aba|are|aria|ando|ar|ado)"
_ES_AR_ENCLITIC = r"(?:arme|andome)"

# (stem, what must follow so the verb means harming oneself); a tail of "" needs nothing more.
_ES_REGULAR_AR = (
    ("quit", r"\s+la\s+vida\b"),
    ("mat", r"\b(?!\s+(?:trabajando|estudiando|de\s+(?:risa|hambre|cansancio)|por\b))"),
    ("suicid", r"\b"),
    (
        "cort",
        r"\b(?!\s+(?:el|los|las|la|un|una|mi|mis)\s+(?:pelo|cabello|unas|una|fleco|flequillo|barba|bigote|puntas|"
        r"patillas|dedo|dedos|rollo|pelito))",
    ),
    ("envenen", r"\b"),
    ("lastim", r"\b(?!\s+(?:la|el|los|las|mi)\s+(?:rodilla|espalda|tobillo|muneca\s+jugando|pie|hombro|cuello))"),
    ("ahorc", r"\b"),
    ("dispar", r"\b"),
)
# Verbs of falling or throwing oneself mean a jump only toward a place; "me tiro en la cama" is rest.
_ES_PLACE_AFTER = (
    r"\s+(?:de|desde|del|por\s+la\s+ventana|al\s+(?:vacio|metro|tren|rio|mar|trafico|barranco)|a\s+las\s+vias|"
    r"frente\s+(?:a|al))\b"
)
_ES_THROW = (
    r"(?:tiro|tire|tiraba|tirare|tiraria|tirando|tirar|aviento|avente|aventaba|aventare|aventaria|aventando|aventar|"
    r"lanzo|lance|lanzaba|lanzare|lanzaria|lanzando|lanzar|arrojo|arroje|arrojaba|arrojare|arrojando|arrojar)"
)
_ES_THROW_ENCLITIC = r"(?:tirarme|tirandome|aventarme|aventandome|lanzarme|lanzandome|arrojarme|arrojandome)"
_ES_HANG = r"(?:cuelgo|colgue|colgaba|colgare|colgaria|colgando|colgar)"
_ES_HARM = r"(?:hago|hice|hacia|hare|haria|haciendo|hacer|hecho)\s+(?:dano|mal)\b"

# What may stand between the clitic and its verb: "me voy a", "me quiero", "me iba a", "me volvi a", "me estoy".
_ES_AUXILIARY = (
    r"(?:(?:voy|iba|fui|quiero|queria|quisiera|pienso|pensaba|puedo|podria|gustaria|vuelvo|volvi|volvere|volveria|"
    r"estoy|estaba|estuve|sigo|seguia|he|habia|hubiera|debo|deberia|tengo\s+que|ire)\s+(?:a\s+)?){0,2}"
)


def _spanish() -> str:
    regular = "|".join(
        rf"\bme\s+{_ES_AUXILIARY}{stem}{_ES_AR_FIRST_PERSON}{tail}|\b{stem}{_ES_AR_ENCLITIC}{tail}"
        for stem, tail in _ES_REGULAR_AR
    )
    return (
        f"{regular}"
        rf"|\bme\s+{_ES_AUXILIARY}{_ES_THROW}{_ES_PLACE_AFTER}|\b{_ES_THROW_ENCLITIC}{_ES_PLACE_AFTER}"
        rf"|\bme\s+{_ES_AUXILIARY}{_ES_HANG}\b(?!\s+(?:la|el|mi)\s+(?:mochila|bolsa|bolso|telefono|cel))|\bcolg(?:arme|andome)\b"
        rf"|\bme\s+{_ES_AUXILIARY}{_ES_HARM}|\b(?:hacerme|haciendome)\s+(?:dano|mal)\b"
    )


_EN_ME = r"(?:my\s*self|me\s*self|mi\s*self|ma\s*self|mself)"
_EN_VERBS = (
    r"(?:kill|kills|killed|killing|hang|hangs|hanged|hung|hanging|cut|cuts|cutting|shoot|shoots|shot|shooting|"
    r"drown|drowns|drowned|drowning|poison\w*|gas|gassed|gassing|suffocat\w*|smother\w*|electrocut\w*|strangl\w*|"
    r"off|offs|offed|offing|neck|necking|necked|rope|roping|roped|unalive\w*|stab|stabs|stabbed|stabbing|"
    r"overdos\w*|od|oded|od'd|oding)"
)
# A first-person frame before "kys": said of oneself it is intent, said to another ("you should kys") an insult.
_EN_OF_ONESELF = (
    r"(?:(?:i|im|i'm|i'll|ill|i'd|id)\s+(?:\w+\s+){0,2}?|(?:gonna|going\s+to|wanna|want\s+to|finna|bout\s+to|"
    r"about\s+to|need\s+to|ready\s+to|lowkey|literally)\s+)"
)
_ENGLISH = (
    rf"\b{_EN_VERBS}\s+{_EN_ME}\b"
    rf"|\b{_EN_OF_ONESELF}kys\b"
    r"|\b(?:slit|slits|slitting|slash|slashed|slashing)\s+(?:my\s+|me\s+)?(?:own\s+)?(?:wrists?|throat|veins?|arms?)\b"
    r"|\b(?:cut|cuts|cutting|scratch\w*|carv\w*|slic\w*|burn\w*|burnt)\s+(?:up\s+)?my\s+(?:wrists?|veins?|thighs?|arms?|"
    r"legs?|skin|stomach|belly)\b(?![^.!?\n]{0,40}\b(?:cooking|by\s+accident|accident\w*|kitchen|at\s+work|stove|oven|"
    r"grill|pan|fence|nail)\b)[^.!?\n]{0,30}?\b(?:again|razor\w*|blades?|knife|scissors|lighter|on\s+purpose|to\s+feel|"
    r"bleed\w*)\b"
    r"|\bsewer\s*slid\w*|\bself\s*delet\w*|\bunaliv\w*|\bkms\b"
    r"|\b(?:od|oded|od'd|oding)\b(?:\s+(?:on|again|tonight|last|with))"
    r"|\b(?:i|im|i'm|i'll|ill|gonna|wanna|might|just|to)\s+(?:od|oding|od'd)\b"
)

SELF_HARM_VERBS = f"{_ENGLISH}|{_spanish()}"
