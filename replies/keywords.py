"""Carrier keywords and plain-language opt-outs.

A keyword counts only when it is the whole message, give or take "please" and punctuation ("STOP", "Stop!",
"stop please", "AYUDA"), because "I stopped drinking" and "had to stop at 2 beers" are reports. Plain-language
opt-outs ("stop texting me", "please remove me from this list", "no más mensajes") count anywhere in the text.
A lone YES is only marked (`is_yes`): the conversation knows whether the patient had opted out, and only then is
it an opt-in. A correction ("sorry, it was 3", "perdón, fueron 2") is marked too (`correction_rest`), and the
parser reads what follows the marker as the corrected report.
"""

import re
from collections.abc import Callable

from replies.phrases import alternatives, phrase_pattern
from replies.vocabulary import load, words

_KEYWORDS = load("keywords")
_STOP, _START, _HELP, _POLITE, _YES = (
    words(_KEYWORDS[name], f"keywords.yaml {name}") for name in ("stop", "start", "help", "polite", "yes")
)
_WORD = re.compile(r"[a-z]+")

_OPT_OUT = re.compile(
    r"\bstop+\s+(?:the\s+|these\s+|your\s+|all\s+)?(?:texting|txting|texing|messaging|msging|sending|contacting|"
    r"bothering|emailing|calling|texts?|messages?|msgs?|reminders?|notifications?)\b"
    r"|\b(?:quit|stop+|cease)\s+(?:\w+\s+)?(?:sending|texting|messaging|msging|contacting|bothering)\s+(?:me|us)\b"
    r"|\b(?:quit|stop+)\s+(?:sending|texting)\s+(?:\w+\s+){0,2}?(?:texts|messages|reminders|check\s*ins)\b"
    r"|\bquit\s+(?:the\s+|these\s+|your\s+|all\s+)?(?:texts|messages|reminders)\b"
    r"|\b(?:don'?t|do\s+not|never)\s+(?:text|txt|message|msg|contact)\s+me\b"
    r"|\bremove\s+(?:me|my\s+(?:number|phone))\b|\btake\s+me\s+off\b|\bunsubscribe\b|\bopt\s*(?:me\s+)?out\b"
    r"|\bno\s+more\s+(?:texts|txts|messages|msgs|reminders)\b|\b(?:delete|lose)\s+my\s+number\b"
    r"|\b(?:don'?t|dont|do\s+not|no\s+longer)\s+want\s+(?:these|the|your|any\s+more|anymore|any)\s+(?:\w+\s+)?"
    r"(?:texts|txts|messages|msgs|reminders|check\s*ins)\b"
    r"|\bya\s+no\s+(?:quiero|deseo)\s+(?:recibir\s+)?(?:estos|los|sus|mas)\s+(?:mensajes|textos|recordatorios)\b"
    r"|\bdon'?t\s+want\s+(?:any\s+more|anymore|more)\s+(?:texts|messages)\b|\bleave\s+me\s+off\b"
    r"|\bno\s+mas\s+(?:mensajes|textos|msjs?|recordatorios)\b"
    r"|\bdej(?:a|e|en|ar)(?:me|nme)?\s+de\s+(?:escribir|enviar|mandar|molestar|textear)"
    r"|\bdej(?:a|e|en)\s+de\s+(?:escribirme|enviarme|mandarme|molestarme|textearme)"
    r"|\b(?:ya\s+)?no\s+(?:me\s+)?(?:escriban|escribas|manden|mandes|envien|envies)\b"
    r"|\b(?:quitame|quitenme|sacame|saquenme|borrame|borrenme|eliminame|eliminenme)\b"
    r"|\bno\s+quiero\s+(?:que\s+me\s+(?:manden|envien|escriban|sigan\s+mandando)\s+|recibir\s+|seguir\s+recibiendo\s+)?"
    r"(?:mas\s+)?(?:estos\s+|esos\s+|sus\s+|los\s+)?(?:mensajes|textos|msjs?|recordatorios)\b|\bdar(?:me)?\s+de\s+baja\b"
    r"|\b(?:dame|denme|deme|darme|me\s+dan|me\s+da)\s+de\s+baja\b"
    r"|\bno\s+quiero\s+que\s+(?:me\s+)?(?:sigan\s+)?(?:escriban|escribiendo|manden|mandando|envien|enviando|contacten)\b"
)


def keyword_intent(folded: str) -> str | None:
    """ "stop", "start" or "help" for a carrier keyword or a plain-language opt-out, else None."""
    words = _WORD.findall(folded)
    if words:
        meaningful = [word for word in words if word not in _POLITE]
        if meaningful and len(meaningful) <= 2:
            for intent, keywords in (("stop", _STOP), ("start", _START), ("help", _HELP)):
                if all(word in keywords for word in meaningful):
                    return intent
        if meaningful == [] and "opt" in words and "out" in words:
            return "stop"
    if _OPT_OUT.search(folded):
        return "stop"
    return None


# Markers that open a correction of the patient's last log as readily as one inside a text.
_EXPLICIT = (
    r"sorry|oops|correction|(?:i\s+)?meant\s+to\s+(?:type|say|write|put)|i\s+meant|i\s+mean|actually|make\s+that|"
    r"it\s+was|it\s+were|wait\s+no|no\s+wait|scratch\s+that|perdon|me\s+equivoque(?:\s+de\s+\w+)?|en\s+realidad|"
    r"quise\s+decir|quiero\s+decir|corrijo|correccion|mejor\s+dicho|fueron|era"
)
# Texters' markers, read only after something was said: opening a reply to the check-in, "nope. no drinks" and
# "digo que tomé 3" are answers, not corrections of the last log.
_TEXTED = (
    r"meant|wait|nope|typo|my\s+bad|nvm|never\s*mind|(?:lol|haha|jaja)\s+no(?!\s+es\b)|no\s+es\s+cierto|jk|j/k|"
    r"just\s+kidding|kidding|digo|no\s+espera|espera|mentira|es\s+broma|bueno\s+no|that'?s\s+wrong|eso\s+esta\s+mal|"
    r"(?:stupid\s+|damn\s+)?auto\s*-?\s*correct(?:ed)?|fat\s+finger(?:s|ed)?|ah\s+no|bueno\s+si|ah\s+si|(?:well|actually)\s+yes"
)
# The marker words grouped by first letter (replies/phrases.py): the run below is searched in every report.
_MARKER_WORDS = phrase_pattern("|".join(rf"\b(?:{marker})\b" for marker in alternatives(f"{_EXPLICIT}|{_TEXTED}")))
_MARKERS = (
    rf"(?:{_MARKER_WORDS.pattern}"
    # "5 beers *3": a starred word corrects the one before it, as texters do.
    r"|\*+(?=\s*\w))"
)
# Only between two amounts does a bare "no" or "well" take back what came before: "3 tequilas, no, 4", "4 beers,
# well 3 and a half"; opening a text, they are an answer or a filler.
_AN_AMOUNT = (
    r"(?=\d|(?:half|a\s+half|a\s+quarter|three\s+quarters|one|two|three|four|five|six|seven|eight|nine|ten|just|only|"
    r"media|medio|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|solo|nomas)\b)"
)
_TAKEN_BACK = (
    rf"[,.;!?-]\s*(?:(?:no(?:\s+no)*|bueno|well)\s*[,.;!-]|(?:well|bueno),?\s+{_AN_AMOUNT}"
    # "zanax 2mg, no its 0.5mg", "no, fue un ambien": the correction says what it was.
    r"|no,?\s+(?=(?:it'?s|it\s+is|it\s+was|fue|fueron|era|eran)\b)"
    # "took my ativan... no I didn't": the denial is the correction itself, and stays with it.
    r"|(?=no\s+(?:i\s+(?:didn'?t|did\s+not)|(?:me\s+)?(?:lo|la)\s+tome)\b))"
)
# "2 shots no 3", "half a bottle no three quarters": in English a bare "no" before an amount corrects it, as people
# text without commas; in Spanish "2 copas no 3" says "not 3", which is no correction.
_BARE_NO = rf"(?:(?<=[a-z])\s+|[,.;!-]\s*)no\s+{_AN_AMOUNT}"
# A correction of the last log opens the text: "sorry, it was 3", "oops make that 2", "perdón, fueron 4"; "sorry for
# the late reply" is manners.
_OPENING_CORRECTION = re.compile(rf"\W*(?:\b(?:{_EXPLICIT})\b(?!\s+for\b)[\s,.:;!-]*)+")
# A correction inside one text: the part after its last marker replaces what the part before said ("3 not 2" says
# which, and is no correction of what came before).
_CORRECTION_RUN = re.compile(rf"(?:\bno[\s,.]+)?(?:{_MARKERS}[\s,.:;!-]*)+|{_TAKEN_BACK}")
_CORRECTION_RUN_EN = re.compile(rf"{_CORRECTION_RUN.pattern}|{_BARE_NO}")
_A_BARE_NO = re.compile(_BARE_NO)


def is_yes(folded: str) -> bool:
    """Whether the whole text is a plain yes: an opt-in from a patient who opted out, and nothing from others."""
    return folded.strip().strip("!. ") in _YES


def correction_rest(folded: str) -> str | None:
    """What follows a correction that opens the text ("sorry it was 3" -> "3", "actually 2 beers"): a correction
    of the patient's last log. None when the text does not open with one: "sorry for the late reply, 2 beers" and
    "ayer fueron 3 cervezas" are new reports, and "1mg, not 2" is no correction."""
    opening = _OPENING_CORRECTION.match(folded)
    return None if opening is None else folded[opening.end() :]


def corrections_within(folded: str, english: Callable[[], bool]) -> list[tuple[str, str]]:
    """(what was said, what corrects it) for each way a text that corrects itself after saying something ("3 beers.
    wait no it was 2", "ativan 2mg, oops I mean 1mg", "5 beers *3 sorry fat fingers") may be split at a run of
    correction markers, the last run first; empty when the text has none with words on both sides ("sorry it was
    3" corrects the patient's last text instead). `english` says whether the text is in English, asked only when a
    bare "no" before an amount makes it matter."""
    bare_no = _A_BARE_NO.search(folded) is not None and english()
    runs: list[tuple[int, int]] = []
    for match in (_CORRECTION_RUN_EN if bare_no else _CORRECTION_RUN).finditer(folded):
        if runs and not folded[runs[-1][1] : match.start()].strip(" ,.;:!-"):
            runs[-1] = (runs[-1][0], match.end())  # "no, corrijo,": markers side by side are one run
        else:
            runs.append((match.start(), match.end()))
    ends = [start for start, _ in runs[1:]] + [len(folded)] * bool(runs)  # "5mg, my bad sorry": up to the apology
    splits = []
    for (start, end_of_run), end in reversed(list(zip(runs, ends, strict=True))):
        before, after = folded[:start].strip(" ,.;:-"), folded[end_of_run:end].strip(" ,.;:-")
        cut = max(before.rfind(stop) for stop in ",.;")
        if not after and end == len(folded) and cut > 0:  # "2 shots, doubles actually": the marker comes last
            before, after = before[:cut].strip(" ,.;:-"), before[cut + 1 :].strip(" ,.;:-")
        if before and after:
            splits.append((before, after))
    return splits
