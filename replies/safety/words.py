"""The words every safety rule shares, built once from the drug vocabulary the intake parser reads.

A crisis frame ("stockpiling my ...", "going to take all my ...", "cuántas ... se necesitan") must know every drug
the parser knows, in every spelling: a drug added once to replies/vocabulary/drugs.yaml is then known to every
rule, where hand-kept copies had drifted apart (lorazepam was a report where ativan was a crisis).
"""

from replies.intake.lexicon import DRUG_CLASSES, DRUG_SPELLINGS
from replies.safety.spelling import repair_safety_words
from replies.text import alternation

# Words for pills and medicine in general, in English and Spanish.
_PILL_WORDS = (
    "pill", "pills", "meds", "medication", "medications", "medicine", "medicines", "tablet", "tablets", "tabs",
    "prescription", "prescriptions", "scripts", "sleeping pills", "sleep meds", "pastillas", "pildoras", "tabletas",
    "medicinas", "medicamentos", "pastis", "calmantes", "somniferos", "somnifero", "pastillas para dormir",
)  # fmt: skip
# Other drugs a patient might take too many of on purpose.
_OTHER_MEANS = (
    "tylenol", "acetaminophen", "paracetamol", "aspirin", "advil", "ibuprofen", "motrin", "aleve", "benadryl",
    "nyquil", "insulin", "oxy", "opioids",
)  # fmt: skip

# The rules read typo-repaired text, where "k pin" has become "que pin": each name as written and as repaired.
BENZO_NAMES = (*DRUG_SPELLINGS, *(repair_safety_words(spelling).strip() for spelling in DRUG_SPELLINGS))
# Anything swallowed that a crisis frame may name: pills in general, any benzo, other means; in the plural too, as
# a patient counts them ("ya junté los rivotriles", "all my valiums").
PILLS = alternation((*_PILL_WORDS, *BENZO_NAMES, *DRUG_CLASSES, *_OTHER_MEANS)) + r"(?:e?s)?"
