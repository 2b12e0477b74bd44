"""A safety net under the crisis phrases: risk read from combinations of small word classes and from words of risk,
not from fixed wording.

The phrase lists in english.py and spanish.py will always trail the ways a patient can say they want to die, so
this module reads the parts such a text is made of: a self-reference, a death, non-existence or ending concept, a
wish, intent or plan marker and a means. Three tiers:

- `strong_risk`: combinations that mean a crisis whatever else the text says, even beside a drink report (crisis
  wins): injuries to the body, a wish not to wake up or not to exist, an ending with a purpose, pills put aside,
  a wish to be struck by something, a will or letters beside not being around, being better off dead.
- `soft_risk`: a first-person mention of death, dying, being alive, existing, disappearing, ending or a goodbye.
  Chatter uses such words, so the parser applies it only where no report rule read or used the words: a text it
  could not read, a clause beside a report that no rule read, a question, or the words beside a keyword.
- `risk_words`: the words of replies/vocabulary/risk.yaml (a means at hand, an act of preparation, an ending,
  being a burden, not being safe), looked for in the same places; the means and preparations only beside a report.

`strong_risk` and `soft_risk` read safety text, prepared once per reply by the parser: typo-repaired by
`spelling.repair_safety_words`, then with figures of speech ("dying to know", "me muero de risa", "dead tired")
blanked by `crisis.blank_figures_of_speech`.
"""

import re

from replies.phrases import phrase_pattern
from replies.reasons import found
from replies.safety.words import PILLS as _PILLS
from replies.vocabulary import load, phrases

# Word classes, shared by the combinations below.
_SELF_EN = r"(?:i|i'?m|i\s+am|i'?d|i'?ll|i\s+will|i\s+would|me|myself)"
_WISH_EN = (
    r"(?:wish\w*|hop(?:e|es|ed|ing)|pray\w*|rather|want\w*|wanna|would\s+like|i'?d\s+like|long\w*\s+for|dream\w*\s+of|"
    r"waiting\s+for|can'?t\s+wait\s+(?:for|to))"
)
_WISH_ES = r"(?:ojala|quisiera|quiero|queria|deseo|desearia|espero|rezo|pido|prefiero|preferiria|ruego)"
_NOT = r"(?:not|never|no\s+longer|don'?t|dont|do\s+not|won'?t|wont|will\s+not|didn'?t|didnt|wouldn'?t|wouldnt)"
_BODY = (
    r"(?:wrists?|arms?|forearms?|thighs?|legs?|skin|stomach|hips?|munecas?|brazos?|piernas?|muslos?|piel|"
    r"panza|estomago)"
)
_INJURE = (
    r"(?:cut|cuts|cutting|slit|pick\w*|bit|bite|biting|claw\w*|rub\w*|punch\w*|hit|hitting|slash\w*|slic\w*|carv\w*|"
    r"scratch\w*|stab\w*|burn\w*|gash\w*|dig|digging|dug|cort\w*|raj\w*|rasgu\w*|quem\w*|marq\w*|raye|rayar|rayando|"
    r"pego|pegando|golpe\w*)"
)
_BLADE = r"(?:razors?|razorblades?|blades?|knife|knives|box\s*cutters?|navajas?|cuchillas?|cuchillos?|gillette|vidrio)"
_STRIKER = (
    r"(?:car|truck|bus|train|semi|bullet|lightning|meteor|asteroid|plane|something|someone|somebody|drunk\s+driver)"
)

_STRONG_PARTS = (
    # Injuries to the body: cutting a wrist, hurting oneself until one bleeds, a blade put to the skin.
    rf"\b{_INJURE}\s+(?:\w+\s+){{0,3}}?(?:my|mis?|las?|los?)\s+(?:\w+\s+)?(?:wrists?|munecas?)\b",
    rf"\b(?:wrists?|munecas?)\b[^.!?\n]{{0,30}}\b{_INJURE}",
    rf"\b{_INJURE}\b[^.!?\n]{{0,40}}\b(?:til|till|until|untill|hasta)\s+(?:it|they|i|my\s+\w+|que\s+)?\s*(?:me\s+|le\s+)?"
    r"(?:bled|bleed\w*|blood|sangr\w*|split|broke|cracked|se\s+abrieron|se\s+rompieron)\b",
    rf"\b{_INJURE}\b[^\n]{{0,60}}\b(?:on\s+purpose|a\s+proposito|adrede)\b(?![^.!?\n]{{0,20}}\b(?:cooking|cocinando)\b)",
    rf"\b{_BLADE}\s+(?:\w+\s+){{0,2}}?(?:on|to|across|into|against|over|en|sobre|contra|por)\s+(?:my|mi|mis|la|el)\s+"
    rf"{_BODY}\b",
    r"\b(?:burn\w*|quem\w*)\s+(?:\w+\s+){0,4}?(?:on\s+purpose|a\s+proposito|adrede)\b",
    # Not waking up, not being alive, not existing, wished for or foreseen.
    rf"\b{_WISH_EN}\s+(?:\w+\s+){{0,3}}?{_NOT}\s+(?:to\s+)?(?:wake\s+up|wake|be\s+alive|be\s+living|exist|"
    r"be\s+born|have\s+been\s+born|live\s+(?:anymore|any\s+more|another|to\s+see|much))\b"
    r"(?!\s+(?:up\s+)?(?:with|hungover|sick|feeling|early|late|too|at|before|shaking|sweating|in\s+(?:pain|a\s+sweat)))",
    r"\b(?:i|i'?ll|im|i'?m)\s+(?:\w+\s+)?(?:won'?t|wont|will\s+not|not\s+going\s+to|not\s+gonna|wouldn'?t)\s+"
    r"(?:still\s+)?be\s+(?:alive|living|breathing)\b",
    r"\b(?:not|never|no\s+longer|stop(?:ping)?)\s+(?:existing|being\s+alive|being\s+here|waking\s+up|being\s+around|"
    r"living|breathing)\b[^.!?\n]{0,25}?\b(?:sounds?|seems?|feels?|would\s+be|is|looks?)\s+(?:so\s+|really\s+|kinda\s+|kind\s+of\s+|sort\s+of\s+|"
    r"pretty\s+|more\s+)?(?:peaceful|nice|good|better|easier|great|appealing|tempting|like\s+(?:a\s+)?(?:relief|rest|"
    r"peace)|a\s+relief|restful|calm|welcome)\b",
    r"\b(?:death|being\s+dead|dying|nonexistence|non\s+existence|oblivion)\s+(?:sounds?|seems?|feels?|would\s+be|looks?)"
    r"\s+(?:so\s+|really\s+|kinda\s+|kind\s+of\s+|sort\s+of\s+|pretty\s+|more\s+)?(?:peaceful|nice|good|better|easier|appealing|tempting|like\s+"
    r"(?:a\s+)?(?:relief|rest|peace)|a\s+relief|restful|welcome)\b",
    rf"\b{_WISH_ES}\s+(?:que\s+)?(?:ya\s+)?(?:no|nunca)\s+(?:me\s+)?(?:vuelva\s+a\s+|volver\s+a\s+)?(?:despi?ert\w*|"
    r"amane[cz]\w*|exist\w*|estar\s+viv[oa]|seguir\s+viv[oa]|vivir|haber\s+nacido|naciera)\b(?!\s+con\b)",
    rf"\b{_WISH_ES}\s+(?:que\s+)?(?:ya\s+)?(?:me\s+)?(?:muera|muriera|morir\w*|estar\s+muert[oa]|desaparec\w*|"
    r"dejar\s+de\s+existir)\b",
    r"\b(?:no|ya\s+no)\s+(?:voy\s+a\s+(?:estar|seguir)|estare|seguire)\s+viv[oa]\b",
    r"\b(?:no\s+existir|no\s+despi?ert\w*|estar\s+muert[oa]|dejar\s+de\s+existir|la\s+muerte|morir\w*)\s+"
    r"(?:\w+\s+)?(?:suena|se\s+siente|seria|parece)\s+(?:tan\s+|muy\s+|mas\s+)?(?:bien|bonito|tranquil[oa]|"
    r"paz|un\s+alivio|mejor|facil|en\s+paz)\b",
    # An ending with a purpose or a time: when ready, on purpose, for good, soon.
    r"\b(?:end|ending|ended)\s+(?:it|it\s+all|things|everything|my\s+life|myself|this|my\s+existence)\b"
    r"(?!\s+(?:with|between|off|early|there|at\s+work))[^.!?\n]{0,40}?\b(?:when\s+(?:i'?m|im|i\s+am|i\s+feel)\s+ready|"
    r"once\s+(?:i'?m|im|i\s+am)\s+ready|on\s+purpose|for\s+good|my\s+(?:own\s+)?(?:way|terms)|soon|tonight|"
    r"this\s+(?:week|weekend)|after\s+(?:the|my|this)|before\s+(?:the|my)|when\s+the\s+time|planned|plan)\b",
    r"\b(?:plan\w*|decided|ready|getting\s+ready|prepar\w*)\s+(?:\w+\s+){0,2}?to\s+end\s+(?:it|it\s+all|things|"
    r"everything|my\s+life|myself)\b(?!\s+(?:with|between|off|early|there))",
    r"\b(?:acabar|terminar|ponerle\s+fin|poner\s+fin|terminar)\s+(?:con\s+|a\s+)?(?:todo|mi\s+vida|esto|mi\s+existencia)"
    r"\b[^.!?\n]{0,40}?\b(?:cuando\s+(?:este|me\s+sienta)\s+list[oa]|a\s+proposito|para\s+siempre|pronto|esta\s+noche|"
    r"ya\s+lo\s+(?:decidi|planee)|de\s+una\s+vez)\b",
    r"\b(?:quitarme|quitar(?:me)?)\s+la\s+vida\b|\bacabar\s+con\s+mi\s+vida\b",
    # Pills put aside: stockpiled, saved up, hoarded, collected, hidden away.
    rf"\b(?:stockpil\w*|sav(?:e|ed|ing)|hoard\w*|stash\w*|collect\w*|squirrel\w*|hid|hiding|hidden|stor(?:e|ed|ing)|"
    rf"set(?:ting)?\s+aside|put(?:ting)?\s+aside|put(?:ting)?\s+away|juntand\w*|guardand\w*|ahorrand\w*|acumuland\w*|"
    rf"junt\w*|guard\w*|ahorr\w*|acumul\w*|escond\w*)\s+(?:\w+\s+){{0,4}}?{_PILLS}\b"
    r"(?!\s+(?:for\s+(?:tomorrow|the\s+morning|later|tonight|the\s+trip|my\s+trip)|in\s+(?:the|my)\s+(?:car|bag|purse)|"
    r"para\s+(?:manana|despues|el\s+viaje)))",
    # Wishing to be struck, hit or killed by something.
    rf"\b{_WISH_EN}\s+(?:that\s+)?(?:a|an|the|some|someone|somebody|something|this)\s+(?:\w+\s+){{0,2}}?(?:hits?|kills?|"
    r"strikes?|runs?\s+me\s+over|run\s+me\s+over|takes?\s+me\s+out|falls?\s+on\s+me|crash\w*\s+into\s+me|shoots?)\b",
    rf"\b{_WISH_EN}\s+(?:\w+\s+){{0,3}}?(?:to\s+)?(?:get|be|getting|being)\s+(?:hit|killed|struck|run\s+over|shot)\s+by\b",
    rf"\b{_WISH_EN}\s+(?:\w+\s+){{0,2}}?{_STRIKER}\s+(?:would|will|'?d)\s+(?:just\s+|finally\s+)?(?:hit|kill|strike|"
    r"run\s+me\s+over|take\s+me\s+out|end\s+me|flatten\s+me)",
    rf"\b{_WISH_ES}\s+(?:que\s+)?(?:\w+\s+){{0,3}}?me\s+(?:atropell\w*|mate|matara|caiga\s+un\s+rayo|parta\s+un\s+rayo|"
    r"pegue\s+un\s+(?:tiro|balazo)|choque|arrolle|arrollara|lleve)\b",
    # A will or goodbye letters beside not being around.
    r"\b(?:my|a|the)\s+(?:last\s+)?(?:will|testament)\b(?!\s+(?:be|not|have|take|go|do|get|call|try|is\s+to))"
    r"[^.!?\n]{0,60}?\b(?:not\s+(?:around|here|alive)|gone|no\s+longer|after\s+i|when\s+i\s+(?:die|go|pass)|"
    r"without\s+me)\b",
    r"\b(?:letters?|notes?|cartas?)\b[^.!?\n]{0,50}?\b(?:not\s+(?:around|here|alive)\s+(?:anymore|any\s+more|soon)|"
    r"(?:when|after|once)\s+i'?m\s+(?:gone|not\s+(?:around|here))|after\s+i'?m\s+gone|ya\s+no\s+este|no\s+este\s+"
    r"(?:aqui|aca)|me\s+vaya\s+para\s+siempre|cuando\s+(?:me\s+muera|falte|ya\s+no\s+este))\b",
    r"\b(?:testamento)\b[^.!?\n]{0,60}?\b(?:ya\s+no\s+este|no\s+este|falte|me\s+muera|me\s+vaya)\b",
    # Not minding, or not caring, whether one lives: "I'd be fine if I got hit by a bus", "wouldn't mind if I didn't
    # wake up", "don't care what happens to me", "ya no me importa si amanezco o no".
    r"\b(?:(?:would|'d|i'?d)\s+be\s+(?:fine|ok|okay|happy|good|glad|relieved|at\s+peace)|(?:would|wouldn'?t|wouldnt)\s+"
    r"(?:mind|care)|(?:don'?t|dont|do\s+not|wouldn'?t|wouldnt)\s+(?:care|mind))\s+if\s+(?:i\s+)?(?:just\s+)?(?:got\s+"
    r"(?:hit|killed|run\s+over)|died|didn'?t\s+wake|didnt\s+wake|never\s+woke|don'?t\s+wake|dont\s+wake|wasn'?t\s+here|"
    r"wasnt\s+here|was\s+gone|disappeared|stopped\s+breathing|never\s+came\s+back|wasn'?t\s+alive|wasnt\s+alive|"
    rf"(?:a|an|the|some)\s+(?:\w+\s+)?{_STRIKER}\s+(?:hit|hits|killed|kills|ran\s+over|runs\s+over|took)\s+me)\b",
    r"\b(?:don'?t|dont|do\s+not|no\s+longer)\s+care\s+(?:what\s+happens\s+to\s+me|if\s+i\s+(?:live|die|wake|make\s+it))\b",
    r"\b(?:ya\s+)?no\s+me\s+importa(?:ria)?\s+(?:si\s+(?:no\s+)?(?:amanezco|despierto|vivo|me\s+muero|muero)|"
    r"lo\s+que\s+(?:me\s+)?pase|vivir|morir\w*)\b",
    # Unworthy of living: "I don't deserve to live", "no merezco vivir".
    r"\b(?:don'?t|dont|do\s+not|no\s+longer)\s+deserve\s+to\s+(?:live|be\s+alive|be\s+here|exist|wake\s+up)\b"
    r"|\bno\s+merezco\s+(?:vivir|estar\s+viv[oa]|existir|seguir\s+viv[oa]|despertar)\b",
    # Not intending to wake: "not planning on waking up", "no pienso despertar".
    r"\b(?:not|never)\s+(?:planning|going|gonna|intending|expecting)\s+(?:on\s+|to\s+)?wak(?:e|ing)\s+up\b"
    r"|\bno\s+(?:pienso|planeo|voy\s+a)\s+despertar\w*\b",
    # Hurting the body until it bleeds or bruises, a head beaten against a wall, cuts made: "me hice cortes".
    r"\b(?:hit|hitting|bang\w*|slam\w*|smash\w*|punch\w*|beat\w*)\s+my\s+(?:head|face)\s+(?:against|into|on)\s+(?:the\s+)?"
    r"(?:wall|walls|floor|door|desk|mirror)\b",
    r"\bme\s+(?:pego|pegue|golpeo|golpee|doy\s+golpes|daba\s+golpes)\s+(?:en\s+la\s+cabeza|la\s+cabeza|contra\s+la\s+pared)",
    r"\b(?:hit\w*|bang\w*|punch\w*|bit|bite|biting|scratch\w*|pego|pegue|golpe\w*|muerd\w*|rasgun\w*)\b[^.!?\n]{0,40}\b"
    r"(?:til|till|until|untill|hasta)\s+(?:it|they|i|que\s+)?"
    r"\s*(?:bruis\w*|bled|bleed\w*|sangr\w*|moreton\w*)\b",
    r"\bme\s+(?:\w+\s+){0,2}?(?:hice|hago|hizo|hacer|haciendo)\s+(?:\w+\s+)?(?:cortes|cortadas|heridas|quemaduras)\b",
    # Asking God to be taken: "le pido a dios que ya me lleve", "praying god takes me".
    r"\b(?:pido|pidiendo|ruego|rogando|rezo|rezando|ojala)\s+(?:a\s+dios\s+|a\s+diosito\s+|dios\s+|diosito\s+)?(?:que\s+)?"
    r"(?:dios\s+|diosito\s+)?(?:ya\s+)?me\s+"
    r"(?:lleve|recoja|quite\s+la\s+vida)\b"
    r"|\b(?:pray\w*|asking|ask|begging|beg)\s+(?:that\s+)?god\s+(?:to\s+)?(?:just\s+)?(?:takes?|will\s+take|would\s+take|"
    r"calls?)\s+me\b(?!\s+(?:through|to\s+(?:work|church)))",
    # Better off dead, or better if one were gone.
    r"\bbetter\s+(?:off\s+)?(?:if\s+i\s+(?:was|were|wasn'?t|weren'?t|wasnt|werent|died|die|never|didn'?t|didnt|"
    r"disappeared|stopped|ceased)\b|dead\b|gone\b)",
    r"\b(?:mejor|mejores)\s+(?:\w+\s+)?(?:muert[oa]s?|si\s+(?:yo\s+)?(?:me\s+muero|me\s+muriera|muero|no\s+existiera|"
    r"desapareciera|ya\s+no\s+estoy|no\s+estoy))\b",
)
_STRONG = phrase_pattern("|".join(_STRONG_PARTS))

# A first-person frame around a word of death, non-existence, ending or farewell.
_CONCEPT = (
    r"(?:die|dies|dying|died|dead|death|deaths|alive|exist|exists|existing|existence|disappear\w*|vanish\w*|"
    r"goodbye\w*|good\s+bye|farewell|end\s+(?:it|it\s+all|things|everything|myself)|ending\s+(?:it|things|everything)|"
    r"morir\w*|muer\w*|muriendo|muriera|muriese|(?:estar|sigo|seguir|estoy)\s+viv[oa]|existir|existo|existencia|desaparec\w*|despedid\w*|despedir\w*|despido|"
    r"adios|acabar\s+con\s+todo)"
)
# Not waking, and words of finality: alone they are chatter ("didn't wake up till noon"), in a clause no report
# rule read they are the patient's own ending ("pills are ready. goodbye", "wine tonight. permanently").
_FINAL = (
    r"(?:not|never|won'?t|wont|don'?t|dont|didn'?t|didnt|no)\s+(?:\w+\s+){0,2}?wak(?:e|ing)\s+up(?!\s+(?:so\s+|too\s+)?(?:early|late|on\s+time|in\s+time|"
    r"at|before|until|till|with|hungover|sick|feeling|for))|si\s+(?:amanezco|despierto)\s+o\s+no|"
    r"no\s+(?:amanecer|despertar)\w*|goodbye\w*|good\s+bye|farewell|one\s+last\s+time|"
    r"for\s+the\s+last\s+time|por\s+ultima\s+vez|una\s+ultima\s+vez|para\s+siempre|"
    r"(?:i'?m|im|i\s+am)\s+(?:done|finished)(?=\s*(?:[.!]|$|with\s+(?:life|living|everything|it\s+all|this\s+world)))|"
    r"(?:not|n'?t|no)\b[^.!?\n]{0,25}\bbe\s+around\b(?!\s+(?:for\s+the|this|next|tomorrow|until|till|on|at))"
)
_SOFT = re.compile(
    rf"\b{_SELF_EN}\b(?:\s+[\w']+){{0,4}}?\s+{_CONCEPT}\b|\b{_FINAL}\b"
    r"|\bmy\s+(?:own\s+)?(?:death|funeral|end|existence|goodbye\w*|last\s+days)\b"
    rf"|\b(?:yo|me|mi|mis|estoy|soy|siento|quiero)\b(?:\s+\w+){{0,4}}?\s+{_CONCEPT}\b"
    r"|\bmi\s+(?:propia\s+)?(?:muerte|funeral|despedida|final|existencia)\b"
)


# Pills taken so as not to wake: "me tomé 3 rivotril para no despertar". The purpose is rare and looked for first;
# only then a verb of taking before it, which every report has.
_NOT_TO_WAKE = re.compile(
    r"\b(?:para\s+no\s+(?:volver\s+a\s+)?despertar(?:me)?|to\s+(?:not|never)\s+wake\s+up|so\s+(?:that\s+)?i\s+(?:won'?t|"
    r"wouldn'?t|don'?t|never)\s+wake\s+up)\b(?!\s+(?:en|a|in|at|during|durante|tan|so|until|till|hasta|before|antes|early|"
    r"temprano|de\s+noche|por\s+la\s+noche|at\s+night|every|cada|with|con|again|otra))"
)
_TAKEN = re.compile(r"\b(?:took|taking|take|tome|tomo|tomar\w*|swallow\w*|trague)\b")
# Pills named, then put aside: "the klonopin I have stockpiled", "pastillas guardadas". The putting aside is rare and
# looked for first; only then the pills named in the few words before it.
_PUT_ASIDE = re.compile(
    r"\b(?:saved\s+up|stockpiled|stashed|hoarded|collected|put\s+aside|set\s+aside|guardad[oa]s|juntad[oa]s|"
    r"ahorrad[oa]s|acumulad[oa]s|escondid[oa]s)\b"
)
_PILLS_BEFORE = re.compile(rf"\b{_PILLS}\s+(?:\w+\s+){{0,3}}$")


def strong_risk(safety: str) -> str | None:
    """The words of a combination of risk words in safety text that means a crisis whatever else the text reports,
    or None."""
    said = found(_STRONG, safety)
    if said is not None:
        return said
    aside = _PUT_ASIDE.search(safety)
    if aside is not None and _PILLS_BEFORE.search(safety, 0, aside.start()) is not None:
        return aside.group()
    purpose = _NOT_TO_WAKE.search(safety)
    if purpose is None or _TAKEN.search(safety, max(0, purpose.start() - 80), purpose.start()) is None:
        return None
    return purpose.group()


def soft_risk(safety: str) -> str | None:
    """The words with which safety text speaks of the patient's own death, existence or farewell, or None; a crisis
    only where no report rule read or used the words (see the module's docstring)."""
    return found(_SOFT, safety)


# A question about dying that names the treatment is a patient's worry about its safety, for staff to answer.
_TREATMENT = re.compile(
    r"\b(?:mix\w*|mezcl\w*|si\s+tomo|if\s+i\s+(?:take|drink|mix|have)|infusions?|infusion(?:es)?|ketamin[ea]|spravato|treatments?|tratamientos?|procedures?|procedimientos?|"
    r"sessions?|sesion(?:es)?|appointments?|appts?|citas?|anesthesia|anestesia)\b"
)


def risk_in_question(safety: str, folded: str) -> str | None:
    """The words with which a question speaks of the patient's own ending, or None: a death named beside the
    treatment, in the same sentence, is a worry about it ("what if I die during the infusion?"); one in another
    sentence ("when is my appointment? I keep thinking about my own death") is not, nor is a word of risk.
    `safety` is its safety text, `folded` the text before repair and blanking (for the words of risk)."""
    death = _SOFT.search(safety)
    if death is not None and _TREATMENT.search(_sentence_around(safety, death.start(), death.end())) is None:
        return death.group().strip()
    return _RISK_ALONE.first_in(folded)


def _sentence_around(text: str, start: int, end: int) -> str:
    before = max(text.rfind(stop, 0, start) for stop in ".!?\n")
    after = [at for at in (text.find(stop, end) for stop in ".!?\n") if at != -1]
    return text[before + 1 : min(after) if after else len(text)]


class _RiskWords:
    """The risk.yaml phrases of some groups, found by words rather than by one large pattern: a reply is scanned once,
    each word looked up among the phrases it can begin, which keeps the check cheap on every report."""

    def __init__(self, *groups: str) -> None:
        risk = load("risk")
        self._starting: dict[str, list[tuple[str, ...]]] = {}
        for group in groups:
            for phrase in phrases(risk[group], f"risk.yaml {group}"):
                said = tuple(phrase.split())
                self._starting.setdefault(said[0], []).append(said)
        for candidates in self._starting.values():
            candidates.sort(key=len, reverse=True)
        self._everyday = {
            tuple(phrase.split()) for phrase in phrases(risk["everyday_after"], "risk.yaml everyday_after")
        }
        self._everyday_before = frozenset(phrases(risk["everyday_before"], "risk.yaml everyday_before"))

    def first_in(self, text: str) -> str | None:
        words = _RISK_TOKEN.findall(text)
        for i, word in enumerate(words):
            for phrase in self._starting.get(word, ()):
                end = i + len(phrase)
                if tuple(words[i:end]) == phrase and not self._everyday_after(words, end):
                    if i > 0 and words[i - 1] in self._everyday_before:
                        continue
                    return " ".join(phrase)
        return None

    def _everyday_after(self, words: list[str], end: int) -> bool:
        return tuple(words[end : end + 1]) in self._everyday or tuple(words[end : end + 2]) in self._everyday


_RISK_TOKEN = re.compile(r"[a-z0-9']+|[.,;:!?]")
_RISK_BESIDE_A_REPORT = _RiskWords("means", "preparation", "ending", "worth", "harm")
_RISK_ALONE = _RiskWords("ending", "worth", "harm")


def risk_words(unread: str, beside_a_report: bool) -> str | None:
    """The first word of risk (replies/vocabulary/risk.yaml) in `unread`: the clauses no report rule read beside a
    report, or a text the parser could not read. Never looked for in what the parser did read, where "cut" is "cut
    down"."""
    return (_RISK_BESIDE_A_REPORT if beside_a_report else _RISK_ALONE).first_in(unread)
