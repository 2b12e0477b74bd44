"""Every crisis frame that names a drug knows every spelling of every drug the parser knows (safety/words.py)."""

import pytest

from replies import Intent, parse
from replies.intake.lexicon import DRUGS, drug_spellings

FRAMES = [
    ("en", "i've been stockpiling my {drug}"),
    ("en", "how many {drug} would it take to not wake up"),
    ("es", "estoy juntando {drug} para el final"),
]
SPELLINGS = sorted({spelling for generic in DRUGS for spelling in drug_spellings(generic)})


@pytest.mark.parametrize(("lang", "frame"), FRAMES)
def test_a_crisis_frame_is_a_crisis_with_every_drug_spelling(lang, frame):
    missed = [s for s in SPELLINGS if parse(frame.format(drug=s), lang=lang).intent is not Intent.CRISIS]
    assert missed == []
