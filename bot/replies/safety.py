"""Signs that a human must see now: suicidal thoughts or self-harm (crisis) and withdrawal or medical danger
(symptom: seizure, shaking, hallucinations, chest pain, confusion, fainting, trouble breathing).

Crisis is matched generously and never negated: "I'm not suicidal" still reaches a person, since a missed crisis
costs far more than a needless call. A symptom that the patient denies ("no shaking", "sin temblores") is not one.
"""

import re

from bot.replies.text import word_set

_CRISIS = re.compile(
    r"\bsuicid\w*|\bkill\s+me\b|\bkillmyself\b|\bwant\s*(?:to|2)\s+die\b|\bkill(?:ing|ed)?\s+(?:my\s*self|me\s*self|myslef|mself)\b|\bkms\b|\bunalive\b"
    r"|\b(?:hurt|hurting|harm|harming|cut|cutting)\s+(?:my\s*self|myslef)\b|\bself\s*-?\s*harm\w*"
    r"|\b(?:want|wanna|wish|wished|ready|going|gonna|rather|like|need|deserve|should|would|could)\s+(?:to\s+)?die\b"
    r"|\b(?:i|me|just|let\s+me)\s+die\b|\bdie\s+(?:tonight|now|already|in\s+my\s+sleep)\b"
    r"|\bbetter\s+off\s+(?:dead|without\s+me|gone)\b|\b(?:wish|want)\s+(?:i\s+)?(?:was|were|to\s+be)\s+dead\b"
    r"|\bend(?:ing)?\s+(?:it\s+all|my\s+life|things|everything|it\s+(?:now|tonight|today|soon|forever))\b"
    r"|\b(?:want|wanna|going|gonna|ready|thinking\s+about|plan(?:ning)?)\s+(?:to\s+)?end(?:ing)?\s+it\b"
    r"|\btake\s+my\s+(?:own\s+)?life\b|\b(?:no|any)\s+reason\s+(?:to|for)\s+liv\w*|\bnothing\s+to\s+live\s+for\b"
    r"|\bno\s+point\s+(?:in\s+)?(?:living|going\s+on|anymore|to\s+life)\b|\bnot\s+worth\s+living\b"
    r"|\b(?:life|it)\s+(?:is\s*n'?t|isnt|is\s+not|aint)\s+worth\s+(?:it|living)\b"
    r"|\b(?:don'?t|do\s+not|dont|doesn'?t)\s+(?:want|wanna)\s+(?:to\s+)?(?:be\s+alive|live|exist|be\s+here|wake\s+up|"
    r"go\s+on|keep\s+going|keep\s+living)\b"
    r"|\b(?:never|not)\s+wake\s+up\b|\boverdos\w*|\bod\s+on\b|\bgoing\s+to\s+od\b"
    r"|\b(?:(?:to|gonna|wanna|will|i'?ll|going\s+to)\s+(?:take|swallow)|took|taken|swallowed|downed)\s+"
    r"(?:all|a\s+handful|the\s+whole\s+bottle)\s+"
    r"(?:of\s+)?(?:my|the)?\s*(?:pills|meds|medication|xanax|klonopin|ativan|valium|"
    r"benzos|ambien|sleeping\s+pills)\b"
    r"|\bhang\s+my\s*self\b|\bshoot\s+my\s*self\b|\bjump\s+off\b|\bslit\s+my\b"
    r"|\bcan'?t\s+go\s+on\b|\bcant\s+go\s+on\b|\bcan'?t\s+(?:take|do)\s+(?:it|this)\s+any\s*more\b"
    r"|\bgive\s+up\s+on\s+(?:life|living|everything)\b|\bdisappear\s+forever\b|\bwant\s+to\s+disappear\b"
    r"|\b(?:don'?t|do\s+not|dont)\s+see\s+the\s+point\b|\bwhat'?s\s+the\s+point\s+(?:of|in)\s+(?:living|life|going\s+on)"
    r"|\bhopeless\b|\bno\s+hope\s+left\b|\bgiving\s+up\s+on\s+(?:life|everything)\b|\bsleep\s+forever\b"
    r"|\b(?:don'?t|do\s+not|dont)\s+want\s+to\s+be\s+here\b|\bwish\s+i\s+(?:was|were)\s*n'?t\s+(?:here|alive|born)\b"
    r"|\bwish\s+i\s+(?:was|were|had)\s+never\s+(?:been\s+)?born\b|\bbetter\s+off\s+without\s+me\b"
    r"|\b(?:a|such\s+a)\s+burden\s+to\b|\bif\s+i\s+(?:died|was\s+gone|were\s+gone|disappeared|wasn'?t\s+here)\b"
    r"|\b(?:done|tired|sick)\s+(?:with|of)\s+(?:life|living|it\s+all|being\s+alive)\b"
    r"|\bthink(?:ing)?\s+(?:a\s+lot\s+)?about\s+(?:death|dying|killing|ending)\b|\bjump\s+in\s+front\b"
    r"|\bwrote\s+(?:a|my)\s+(?:suicide\s+)?note\b|\b(?:final|last)\s+goodbye\b|\bgoodbye\s+forever\b"
    r"|\b(?:me\s+)?quiero\s+morir\w*|\bquisiera\s+morir\w*|\bquiero\s+estar\s+muert[oa]\b|\bmejor\s+muert[oa]\b"
    r"|\bmatarme\b|\bme\s+voy\s+a\s+matar\b|\bme\s+mato\b|\bme\s+quiero\s+matar\b|\bno\s+quiero\s+(?:seguir\s+)?vivir\b"
    r"|\bno\s+vale\s+la\s+pena\s+vivir\b|\b(?:no\s+tengo|sin)\s+razon(?:es)?\s+(?:para|de)\s+vivir\b"
    r"|\bhacer(?:me)?\s+(?:dano|mal)\b|\blastimar(?:me)?\b|\bcortar(?:me)?\s+(?:las\s+venas|los\s+brazos)\b"
    r"|\bcortarme\b|\bme\s+quiero\s+(?:cortar|lastimar|hacer\s+dano)\b|\bquitarme\s+la\s+vida\b"
    r"|\b(?:acabar|terminar)\s+con\s+(?:todo|mi\s+vida)\b|\bno\s+quiero\s+despertar\b|\bya\s+no\s+puedo\s+mas\b"
    r"|\bno\s+aguanto\s+mas\b|\bdesaparecer\s+para\s+siempre\b|\bmorirme\b|\bquiero\s+desaparecer\b"
    r"|\bsin\s+esperanza\b|\bno\s+(?:tiene|le\s+veo)\s+sentido\s+(?:vivir|la\s+vida|seguir)\b|\bsoy\s+una\s+carga\b"
    r"|\bdejar\s+de\s+existir\b|\bno\s+quiero\s+existir\b|\bcansad[oa]\s+de\s+vivir\b|\bdormir\s+para\s+siempre\b"
    r"|\bojala\s+no\s+despertar\b|\bme\s+quiero\s+ir\s+para\s+siempre\b|\bpensamientos\s+de\s+muerte\b"
)

_SYMPTOM = re.compile(
    r"\bseiz(?:ure|ures|ing|ed)\b|\bconvuls\w*|\bfits?\s+(?:again|last\s+night)\b"
    r"|\bshak(?:ing|y|iness)\b|\b(?<!protein\s)(?<!milk\s)(?<!the\s)shakes\b|\bthe\s+shakes\b|\btremor\w*|\btrembl\w*"
    r"|\bhallucinat\w*|\b(?:seeing|hearing|see|hear|saw|heard)\s+(?:things|voices|bugs|people)\b"
    r"|\bthings\s+that\s+(?:are\s*n'?t|arent|are\s+not|were\s*n'?t|werent)\s+there\b"
    r"|\bchest\s+(?:pain|pains|hurts|is\s+tight|tightness|pressure)\b|\b(?:pain|pressure)\s+in\s+my\s+chest\b"
    r"|\btight\s+chest\b|\bheart\s+(?:is\s+)?(?:racing|pounding|beating\s+(?:fast|so\s+fast|out))\b"
    r"|\bracing\s+heart\b|\bpalpitations?\b"
    r"|\bconfus(?:ed|ion)\b(?!\s+(?:about|by|with|on|as\s+to|why|what|how|if|whether|when|which|where|re|regarding))"
    r"|\bdisoriented\b|\bdelirium\b|\bdelirious\b|\bd\.?t\.?s\b|\bdon'?t\s+know\s+where\s+i\s+am\b"
    r"|\bfaint(?:ed|ing)?\b|\bpass(?:ed|ing)?\s+out\b|\bblack(?:ed|ing)?\s+out\b|\blost\s+consciousness\b"
    r"|\b(?:can'?t|cant|cannot|can\s+not|hard\s+to|trouble|difficulty|struggling\s+to|hard\s+time)\s+breath\w*"
    r"|\bshort(?:ness)?\s+of\s+breath\b|\bparanoi\w*|\bpsychos[ie]s\b|\bpsychotic\b|\bwithdraw(?:al|als|ing)\b"
    r"|\b(?:vomiting|throwing\s+up|puking)\s+blood\b|\bpanic\s+attacks?\b|\bfeel(?:s|ing)?\s+like\s+i'?m\s+dying\b"
    r"|\bataques?\s+de\s+panico\b"
    r"|\btembl\w*|\btiemblo\b|\btemblor(?:es)?\b|\balucin\w*|\b(?:veo|escucho|oigo)\s+(?:cosas|voces)\b"
    r"|\bdolor\s+(?:de|en\s+el)\s+pecho\b|\bme\s+duele\s+el\s+pecho\b|\bpresion\s+en\s+el\s+pecho\b"
    r"|\bcorazon\s+(?:acelerado|muy\s+rapido|late\s+(?:muy\s+)?rapido)\b|\bpalpitaciones\b"
    r"|\bconfundid[oa]\b|\bdesorientad[oa]\b|\bdesmay\w*|\bperdi\s+el\s+conocimiento\b"
    r"|\bno\s+puedo\s+respirar\b|\bme\s+falta\s+el\s+aire\b|\bfalta\s+de\s+aire\b|\bdificultad\s+para\s+respirar\b"
    r"|\bme\s+cuesta\s+respirar\b|\bataque\s+epileptico\b|\babstinencia\b"
)

_NEGATORS = word_set(
    "no not never without sin zero any none nor ni didn't didnt don't dont haven't havent hasn't hasnt wasn't isn't "
    "aren't ningun ninguna ninguno nada stopped less fewer"
)
_BREAKS = word_set("but pero and y")
_PREFIX_WORD = re.compile(r"[a-z']+|[,.;!?]")


def is_crisis(folded: str) -> bool:
    return _CRISIS.search(folded) is not None


def is_symptom(folded: str) -> bool:
    """Any danger sign that the patient does not deny within the three words before it."""
    return any(not _denied(folded[max(0, match.start() - 60) : match.start()]) for match in _SYMPTOM.finditer(folded))


def _denied(prefix: str) -> bool:
    words = _PREFIX_WORD.findall(prefix)
    for word in reversed(words[-3:]):
        if word in _BREAKS or not word[0].isalpha():
            return False
        if word in _NEGATORS:
            return True
    return False
