"""Signs of suicidal thoughts or self-harm, in English and Spanish: the one reply the bot must never miss.

Matched generously and never negated: "I'm not suicidal" still reaches a person, since a missed crisis costs far more
than a needless call. The patterns cover what patients actually write, not only the word "suicide": wanting to die or
not to wake up, having no reason to live, being a burden ("they'd be better off without me"), plans and means
(pills saved up, "take them all at once", a bridge), self-harm ("been cutting again", "me he estado cortando"),
hopelessness and goodbye messages. Text is read after `spelling.repair_safety_words`, so typos need no pattern of
their own. A few figures of speech ("dying for a coffee", "my wife would kill me", "me muero de risa") are blanked
out first; anything else that reads like a crisis is one.
"""

import re

from bot.replies.spelling import repair_safety_words

_ME = r"(?:my\s*self|me\s*self|mi\s*self|mself|ourselves)"
_WILL = (
    r"(?:want|wanna|wana|wish|wished|ready|going|gonna|finna|about|rather|like|need|deserve|should|would|could|"
    r"try|trying|tryna|plan|planning|decided|have|supposed|i'?d\s+like)"
)
_PILLS = (
    r"(?:pills?|meds|medication|medications|medicine|tablets?|tabs|prescriptions?|bottle|xanax|xannies|bars|klonopin|"
    r"ativan|valium|benzos|ambien|sleeping\s+pills|sleep\s+meds|insulin|tylenol|oxy|opioids)"
)
_PASTILLAS = r"(?:pastillas|pildoras|tabletas|medicinas|medicamentos|pastis|calmantes|clonazepam|rivotril|xanax)"
_ENGLISH = (
    # Ideation, said outright.
    rf"\bsuicid\w*|\bkill(?:ing|ed|s)?\s+{_ME}|\bkillmyself\b|\bkms\b|\bunalive\w*|\bkill\s+me\b"
    rf"|\b{_WILL}\s+(?:to\s+|2\s+)?die\b|\b(?:i|me|just|let\s+me|lemme)\s+die\b"
    r"|\bdie\s+(?:tonight|now|already|in\s+my\s+sleep|soon|alone)\b"
    r"|\b(?:better\s+off|rather\s+be|wish\s+i\s+(?:was|were)|want\s+to\s+be|wanna\s+be|should\s+be)\s+dead\b"
    r"|\bend(?:ing)?\s+(?:it\s+all|my\s+(?:own\s+)?life|things|everything|my\s+suffering|myself"
    r"|it\s+(?:now|tonight|today|soon|forever|for\s+good))\b"
    r"|\b(?:to|and|then|just|gonna|wanna|going\s+to|want\s+to|ready\s+to|plan(?:ning)?\s+to|thinking\s+about|thought"
    r"\s+about|decided\s+to)\s+end(?:ing)?\s+it\b(?!\s+(?:with|off|early|there|between))"
    r"|\btak(?:e|ing)\s+my\s+(?:own\s+)?life\b|\bthoughts?\s+(?:of|about)\s+(?:suicide|dying|death|killing|ending)\b"
    r"|\bthink(?:ing)?\s+(?:a\s+lot\s+)?(?:about|of)\s+(?:death|dying|killing|ending\s+(?:it|my|things))\b"
    r"|\bdark\s+thoughts\b"
    # Ideation, said indirectly: no reason to live, not wanting to wake up, hopelessness.
    r"|\b(?:no|any|zero)\s+reasons?\s+(?:for\s+me\s+)?(?:to|for)\s+(?:keep\s+|go\s+on\s+|continue\s+|carry\s+on\s+)?(?:liv\w*|be\s+alive|go\s+on|keep\s+going|exist|"
    r"be\s+here|stay)\b|\bnothing\s+(?:left\s+)?to\s+live\s+for\b|\bnot\s+worth\s+living\b"
    r"|\b(?:life|living)\s+(?:is\s*n'?t|isnt|is\s+not|aint|ain'?t|not)\s+worth\s+(?:it|living)\b"
    r"|\bno\s+point\s+(?:in\s+)?(?:living|being\s+alive|going\s+on|carrying\s+on|anymore|any\s+more|to\s+life|"
    r"in\s+anything|to\s+anything)\b"
    r"|\bwhat'?s\s+the\s+point\s+(?:of|in)\s+(?:living|life|going\s+on|being\s+alive|anything|me)\b"
    r"|\bwhat'?s\s+the\s+point\s+(?:anymore|any\s+more)\b|\b(?:don'?t|do\s+not|dont)\s+see\s+(?:the|a|any)\s+point\b"
    r"|\b(?:don'?t|do\s+not|dont|doesn'?t|no\s+longer|never)\s+(?:want|wanna|wish)\s+(?:to\s+)?(?:be\s+alive|live|"
    r"living|exist|be\s+here|wake\s+up|go\s+on|keep\s+going|keep\s+living|be\s+around|see\s+tomorrow)\b"
    r"|\b(?:never|not)\s+wake\s+up\b|\b(?:hop\w*|wish\w*|pray\w*)\s+i\s+(?:don'?t|dont|won'?t|wont|never)\s+wake\s+up\b"
    r"|\bsleep\s+forever\b|\bgo\s+to\s+sleep\s+(?:forever|for\s+good)\b"
    r"|\b(?:can'?t|cant|cannot|can\s+not)\s+(?:go\s+on|keep\s+going|keep\s+living|live\s+like\s+this|"
    r"(?:take|do|handle)\s+(?:it|this|this\s+life|the\s+pain)\s+any\s*more)\b"
    r"|\b(?:give|giving|gave|given)\s+up\s+on\s+(?:life|living|everything|myself)\b"
    r"|\bdisappear\s+(?:forever|for\s+good|permanently)\b|\bwant\s+to\s+disappear\b"
    r"|\bhopeless\b|\bno\s+hope\s+(?:left|anymore|any\s+more)\b|\b(?:i'?m|im|feel|feeling)\s+worthless\b"
    r"|\b(?:done|tired|sick)\s+(?:with|of)\s+(?:life|living|it\s+all|being\s+alive|existing)\b"
    r"|\bwant\s+(?:it|this|everything|it\s+all|the\s+pain|my\s+life)\s+(?:all\s+)?to\s+(?:end|be\s+over)\b"
    r"|\bwish\s+i\s+(?:was|were)\s*(?:n'?t|not)\s+(?:here|alive|born|around)\b"
    r"|\bwish\s+i\s+(?:was|were|had)\s+never\s+(?:been\s+)?born\b|\bshould\s*n'?t\s+(?:be\s+alive|exist)\b"
    # Being a burden.
    r"|\bbetter\s+off\s+(?:dead|gone|without\s+me)\b|\bbetter\s+(?:off\s+)?without\s+me\b"
    r"|\b(?:a|such\s+a|just\s+a|only\s+a)\s+burden\b|\bburden\s+(?:to|on|for)\s+(?:everyone|everybody|my|them|others)\b"
    r"|\bif\s+i\s+(?:died|was\s+gone|were\s+gone|disappeared|was\s*n'?t\s+(?:here|around)|were\s+dead|was\s+dead)\b"
    r"|\b(?:nobody|no\s+one|noone)\s+(?:would|will)\s+(?:care|notice|miss\s+me)\b"
    # Plans and means.
    r"|\boverdos\w*|\bod\s+on\b|\b(?:to|gonna|wanna|going\s+to|want\s+to|could|might|will|i'?ll)\s+od\b"
    r"|\b(?:take|taking|took|taken|swallow\w*|down|downing|downed|pop|popping|popped|eat|ate)\s+(?:\w+\s+){0,2}?"
    rf"(?:all|every|the\s+whole|the\s+entire|the\s+rest|a\s+whole|a\s+handful|handfuls|a\s+bottle)\s+(?:\w+\s+){{0,3}}?"
    rf"{_PILLS}\b"
    r"|\ball\s+(?:\w+\s+){0,4}?(?:at\s+once|at\s+the\s+same\s+time|in\s+one\s+go)\b"
    rf"|\benough\s+(?:\w+\s+){{0,2}}?{_PILLS}\s+(?:\w+\s+){{0,3}}?(?:saved|stashed|stockpiled|hidden|hoarded|to\s+(?:end|"
    r"die|kill|do\s+it|not\s+wake|never\s+wake|overdose|od))\b"
    rf"|\b(?:saved\s+up|saving\s+up|stockpil\w*|hoard\w*|stash\w*)\s+(?:\w+\s+){{0,2}}?{_PILLS}\b"
    rf"|\b{_PILLS}\s+(?:\w+\s+){{0,2}}?(?:saved\s+up|stockpiled|stashed|hoarded)\b"
    rf"|\b(?:hang|hanging|hanged|shoot|shooting|shot|drown|drowning|poison|poisoning|gas|suffocate)\s+{_ME}"
    r"|\bnoose\b|\bgun\s+to\s+my\s+head\b|\bslit\s+my\b|\bcut\s+my\s+wrists?\b|\bjump\s+off\b"
    r"|\bjump(?:ing)?\s+(?:off|from)\s+(?:a|the|my)\s+(?:bridge|building|roof|balcony|cliff|overpass|ledge)\b"
    r"|\b(?:jump|step|walk|throw\s+myself)\s+in\s+front\b"
    # Self-harm.
    rf"|\b(?:hurt|hurting|harm|harming|cut|cutting|burn|burning|burned|burnt|scratch|scratching|punish|punishing|starve|starving)"
    rf"\s+{_ME}|\bself\s*-?\s*(?:harm\w*|injur\w*|mutilat\w*)"
    r"|\bcutting\s+(?:again|my\s+(?:arms?|wrists?|legs?|thighs?|skin))\b"
    r"|\b(?:been|started|start|keep|kept|still|back\s+to)\s+cutting\b(?=\s*(?:$|[.!,;]|lately|every|at\s+night))"
    # Goodbyes.
    r"|\b(?:final|last)\s+goodbye\b|\bgoodbye\s+(?:forever|everyone|everybody|all|cruel\s+world|for\s+good)\b"
    r"|\bthis\s+is\s+(?:goodbye|my\s+(?:last|final)\s+(?:message|text|goodbye))\b|\bsaying\s+(?:my\s+)?goodbyes\b"
    r"|\bwrote\s+(?:a|my)\s+(?:suicide\s+|goodbye\s+)?(?:note|letter)\b|\bgoodbye\s+(?:note|letter)\b"
    r"|\bwon'?t\s+be\s+(?:here|around|alive)\s+(?:much\s+longer|tomorrow|anymore|any\s+more|by\s+then)\b"
    r"|\byou\s+won'?t\s+(?:hear\s+from|see)\s+me\s+again\b|\bby\s+the\s+time\s+you\s+(?:read|get|see)\s+this\b"
    r"|\b(?:give|giving|given|gave)\s+away\s+(?:all\s+)?my\s+(?:stuff|things|belongings|possessions)\b"
    r"|\btell\s+my\s+(?:family|kids|children|mom|mother|dad|father|wife|husband|son|daughter|parents)\s+(?:that\s+)?"
    r"i\s+love\b"
)
_SPANISH = (
    # Ideation, said outright.
    r"|\b(?:me\s+)?(?:quiero|quisiera|queria|deseo|desearia|ganas\s+de|prefiero|preferiria|necesito|voy\s+a|mejor)"
    r"\s+(?:morir\w*|estar\s+muert[oa]s?|matarme|suicidarme|dejar\s+de\s+existir|no\s+despertar\w*|"
    r"dormir\s+para\s+siempre|irme\s+para\s+siempre|ya\s+no\s+estar|desaparecer)\b"
    r"|\bme\s+(?:quiero|voy\s+a|pienso|gustaria)\s+(?:morir|matar|ir\s+para\s+siempre|quitar\s+la\s+vida)\b"
    r"|\bojala\s+(?:me\s+muera|muriera|me\s+muriera|estuviera\s+muert[oa]|no\s+despert\w*|no\s+hubiera\s+nacido|"
    r"no\s+existiera)\b|\bmejor\s+(?:me\s+muero|muert[oa]|estaria\s+muert[oa])\b"
    r"|\bmatarme\b|\bme\s+mato\b|\bmorirme\b|\bquitarme\s+la\s+vida\b"
    r"|\b(?:acabar|terminar)\s+con\s+(?:todo|mi\s+vida|mi\s+sufrimiento)\b"
    r"|\bpensamientos\s+(?:de\s+muerte|suicidas|de\s+matarme|oscuros|de\s+morir\w*)\b"
    r"|\bpienso\s+(?:mucho\s+)?en\s+(?:la\s+muerte|morir\w*|matarme|quitarme\s+la\s+vida)\b"
    # Ideation, said indirectly.
    r"|\bno\s+quiero\s+(?:seguir\s+)?(?:vivir|viviendo|existir|estar\s+viv[oa]|despertar|estar\s+aqui|seguir\s+aqui|"
    r"seguir\s+en\s+este\s+mundo)\b|\bno\s+quiero\s+seguir\b(?=\s*(?:$|[.!,;]|ya|mas|asi))"
    r"|\bya\s+no\s+(?:quiero|puedo)\s+(?:vivir|seguir\s+viviendo|mas\s+con\s+(?:esto|mi\s+vida))\b"
    r"|\bno\s+(?:vale|tiene)\s+(?:la\s+pena|sentido)\s+(?:vivir|seguir|la\s+vida)\b"
    r"|\bno\s+le\s+veo\s+sentido\s+(?:a\s+)?(?:la\s+vida|vivir|nada|seguir)\b"
    r"|\bla\s+vida\s+no\s+(?:tiene\s+sentido|vale\s+la\s+pena)\b"
    r"|\b(?:no\s+tengo|sin|no\s+hay|no\s+encuentro|no\s+veo)\s+(?:ninguna\s+|ningun\s+)?(?:razon|razones|motivo|motivos)"
    r"\s+(?:para|de|por\s+la\s+que)\s+(?:seguir\s+)?(?:vivir|viviendo|seguir)\b|\bno\s+tengo\s+por\s+que\s+vivir\b|\bpara\s+que\s+(?:seguir\s+)?(?:vivir|viviendo)\b"
    r"|\bsin\s+esperanza\b|\b(?:no\s+tengo|perdi\s+la|ya\s+no\s+hay|ya\s+no\s+tengo)\s+esperanza\b"
    r"|\bya\s+no\s+puedo\s+mas\b|\bno\s+aguanto\s+mas\b|\bno\s+puedo\s+mas\b(?!\s+de)"
    r"|\b(?:cansad[oa]|hart[oa])\s+de\s+(?:vivir|la\s+vida|existir)\b"
    r"|\bno\s+despertar\s+(?:nunca|mas|jamas)\b|\bdormir\s+para\s+siempre\b|\bdesaparecer\s+para\s+siempre\b"
    r"|\bquiero\s+desaparecer\b|\bdejar\s+de\s+existir\b|\bno\s+quiero\s+existir\b"
    # Being a burden.
    r"|\bmejor\s+sin\s+mi\b|\bsoy\s+(?:una|un)\s+(?:carga|estorbo)\b|\bsolo\s+(?:soy\s+)?(?:una\s+carga|un\s+estorbo)\b"
    r"|\bnadie\s+(?:me\s+)?(?:extranaria|notaria|se\s+daria\s+cuenta)\b|\bsi\s+(?:yo\s+)?(?:me\s+muriera|no\s+estuviera)\b"
    # Plans and means.
    r"|\bsobredosis\b|\b(?:tomarme|tomar|me\s+tomo|me\s+tome|tragarme|me\s+trago|me\s+trague)\s+(?:\w+\s+){0,2}?"
    rf"(?:todas|todos|toda|el\s+bote|el\s+frasco|la\s+caja|un\s+punado)\s+(?:\w+\s+){{0,3}}?(?:{_PASTILLAS}|bote|frasco|"
    r"caja)\b"
    r"|\btod[oa]s\s+(?:\w+\s+){0,4}?(?:de\s+una\s+vez|juntas|al\s+mismo\s+tiempo|de\s+golpe)\b"
    rf"|\b(?:guardad[oa]s|juntad[oa]s|ahorrad[oa]s|acumulad[oa]s|suficientes|bastantes)\s+(?:\w+\s+){{0,2}}?{_PASTILLAS}"
    rf"|\b{_PASTILLAS}\s+(?:\w+\s+){{0,2}}?(?:guardad[oa]s|juntad[oa]s|ahorrad[oa]s|acumulad[oa]s)\b"
    rf"|\b(?:juntando|guardando|acumulando)\s+(?:\w+\s+){{0,1}}?{_PASTILLAS}"
    r"|\b(?:ahorcarme|colgarme|dispararme|envenenarme)\b|\bpegarme\s+un\s+tiro\b|\bcortarme\s+las\s+venas\b"
    r"|\b(?:tirarme|aventarme|arrojarme|lanzarme|me\s+(?:voy\s+a\s+|quiero\s+)?(?:tirar|aventar|arrojar|lanzar))\s+"
    r"(?:de|desde|frente|por\s+la\s+ventana|al\s+(?:vacio|metro|tren|rio)|a\s+las\s+vias)\b"
    # Self-harm.
    r"|\bcortarme\b|\blastimarme\b|\bhacerme\s+(?:dano|mal)\b|\bautoles\w*"
    r"|\bme\s+(?:he\s+|estoy\s+|estado\s+|volvi\s+a\s+|sigo\s+|quiero\s+|voy\s+a\s+)*(?:cortando|corto|corte|cortado|"
    r"cortar|lastimando|lastimo|lastime|lastimado|lastimar|hago\s+dano|hice\s+dano|hacer\s+dano|golpeando|quemando)\b"
    r"(?!\s+(?:el|los|las|la)\s+(?:pelo|cabello|unas|fleco|barba|dedo))"
    # Goodbyes.
    r"|\badios\s+(?:para\s+siempre|a\s+todos|mundo\s+cruel)\b|\besta\s+es\s+mi\s+despedida\b|\bcarta\s+de\s+despedida\b"
    r"|\bme\s+despido\s+(?:de\s+todos|para\s+siempre|de\s+ustedes)\b|\bperdon(?:en|ame)?(?:me)?\s+por\s+todo\b"
    r"|\bno\s+me\s+(?:volveran|van\s+a\s+volver)\s+a\s+ver\b|\bya\s+no\s+estare\s+(?:aqui|mucho\s+tiempo|manana)\b"
)
_CRISIS = re.compile(_ENGLISH + _SPANISH)

# Figures of speech that borrow crisis words; blanked out before the patterns run, so the rest of the text still
# counts ("my wife would kill me, honestly I want to die" is a crisis).
_FIGURES = re.compile(
    r"\b(?:would|will|'ll|'d|gonna|going\s+to|might|is\s+gonna)\s+kill\s+me\b"
    r"|\bdying\s+(?:for|to)\b|\b(?:could|would|'d)\s+(?:literally\s+)?die\s+for\s+(?:a|an|some|one)\b"
    r"|\b(?:is|are|was|looks?|sounds?)\s+to\s+die\s+for\b|\bdied\s+laughing\b"
    r"|\b(?:die|dying|died)\s+(?:of|from)\s+(?:boredom|laughter|laughing|embarrassment|shame|envy|cuteness|heat|thirst)\b"
    r"|\bhopeless\s+(?:at\s+\w+ing|romantic)\b"
    r"|\b(?:mor(?:ir|irme|ia|iria|irnos)|me\s+muero)\s+de\s+(?:risa|hambre|sueno|calor|frio|sed|ganas|aburrimiento|"
    r"verguenza|miedo)\b|\bme\s+mato\s+(?:trabajando|estudiando)\b"
)


def is_crisis(folded: str) -> bool:
    """Whether `folded` (text passed through `text.fold`) shows any sign of suicidal thoughts or self-harm."""
    text = repair_safety_words(folded)
    if _CRISIS.search(text) is None:
        return False
    return _CRISIS.search(_FIGURES.sub(" ~ ", text)) is not None
