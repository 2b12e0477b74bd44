"""A second net under the crisis phrase lists: a linear model over words and letter groups, learned from texts
written for the purpose (tools/crisis_model/), that scores how much a text reads like a crisis.

Phrase lists catch what someone thought to write down; held-out sets of indirect crisis language ("got a nice little
pile now, just in case", "thank u all, you were kind to me") kept finding wordings no list held. Letter groups of
three to five carry a meaning across typos, endings and both languages, and word pairs carry the phrase. Only a
high score on words the rules could not read makes a crisis (parser.py); on a report the rules read in full, a
middling one puts the text before a person (`review`) and changes nothing that is logged.

The features are binary and scaled by one over the square root of how many distinct ones the text has, so a text's
score needs no vocabulary beyond the weights kept: the same function feeds training and scoring.
"""

import json
import math
import re
from functools import lru_cache
from itertools import pairwise, repeat
from pathlib import Path

from replies.safety.crisis import blank_figures_of_speech
from replies.safety.spelling import repair_safety_words
from replies.text import normalise

MODEL = Path(__file__).resolve().parent.parent / "vocabulary" / "crisis_model.json"
# A text no rule could read at all is a crisis from this score on; one beside a report, with words no rule read,
# from the higher one, since the report shows what the patient meant to say. Chosen on held-out sets the rules had
# already been tuned to (not on the sets the README measures with): no false alarm on them at these scores.
FEWEST_WORDS = 6
UNREAD_TEXT = 0.975
BESIDE_A_REPORT = 0.98
# A report the rules read in full is never made a crisis by the score, but from this one on it also goes before a
# person (`review`): a crisis said in words the rules happen to read must not be answered by the machine alone. In
# five-fold cross-validation on the corpus it flags 83% of crisis texts and 6% of calm ones (half of those written
# to look dark); on plain held-out reports, 0.5-1.5%.
WORTH_A_LOOK = 0.6
_WORD = re.compile(r"[a-z0-9']+")
_LETTERS = (3, 4, 5)


def features(safety: str) -> set[str]:
    """The words, word pairs and letter groups of `safety` (folded, typo-repaired, figures of speech blanked)."""
    words = _WORD.findall(safety)
    found = {f"w {word}" for word in words}
    found.update(f"p {first} {second}" for first, second in pairwise(words))
    for word in words:
        found.update(_letter_groups(word))
    return found


@lru_cache(maxsize=4096)
def _letter_groups(word: str) -> tuple[str, ...]:
    """The letter groups of one word, padded with spaces; cached, as patients reuse the same few hundred words."""
    padded = f" {word} "
    return tuple(f"c|{padded[i : i + size]}" for size in _LETTERS for i in range(len(padded) - size + 1))


def weighted_features(safety: str) -> dict[str, float]:
    """Each feature of `safety` with its value, one over the square root of how many there are: what the model was
    trained on (tools/crisis_model/train.py) and what `crisis_score` sums."""
    found = features(safety)
    return dict.fromkeys(found, 1.0 / math.sqrt(len(found))) if found else {}


def safety_text(text: str) -> str:
    """`text` as the safety checks read it: folded, typo-repaired, figures of speech blanked."""
    return blank_figures_of_speech(repair_safety_words(normalise(text)))


@lru_cache(maxsize=1)
def _weights() -> tuple[float, dict[str, float]]:
    model = json.loads(MODEL.read_text(encoding="utf-8"))
    return float(model["intercept"]), model["weights"]


def crisis_score(safety: str) -> float:
    """How much `safety` reads like a crisis, from 0 to 1: the model over `weighted_features`, every value being the
    same. A text of fewer than `FEWEST_WORDS` words scores 0: in "i want to stop" a few common words would decide it."""
    if len(_WORD.findall(safety)) < FEWEST_WORDS:
        return 0.0
    intercept, weights = _weights()
    found = features(safety)
    total = intercept + sum(map(weights.get, found, repeat(0.0))) / math.sqrt(len(found))
    return 1.0 / (1.0 + math.exp(-total))


def weighing_words(safety: str) -> str:
    """The words and word pairs of `safety` that weigh most toward a crisis, for `--why`."""
    weights = _weights()[1]
    weighed = ((weights.get(name, 0.0), name) for name in features(safety) if name[0] in "wp")
    strongest = sorted((pair for pair in weighed if pair[0] > 0), reverse=True)[:3]
    return ", ".join(name[2:] for _, name in strongest)
