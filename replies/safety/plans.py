"""Intent and plans told without a word of death, and methods or places named in passing, English and Spanish.

A patient close to acting often says what, when and where rather than "suicide": "I already picked the day",
"ya sé cómo lo voy a hacer y dónde", "bought rope today, already know where", "been googling how many tylenol it
takes". In a tapering-coach chat such a plan is a red flag, but each marker alone can be innocent ("I'll do it
tomorrow" about a form), so a plan counts only beside something that makes it one: an apology or goodbye, a date,
a means, a word of death, or a second marker of the plan. The rest here are single signs that phrase lists keep
missing because of their wording: the research of a dose, a high place to jump from, a family better off with the
insurance, a blade taken up again after a clean streak, wanting it all to stop for good, and not being here made
easier.
"""

import re

from replies.phrases import phrase_pattern
from replies.reasons import found, found_beside
from replies.safety.words import PILLS as _DRUG

# A day, a place or a way chosen, in the first person: a plan beside a date, a means, a goodbye or a death.
_CHOSEN = (
    r"\b(?:picked|chose|chosen|decided\s+on|settled\s+on|figured\s+out)\s+(?:out\s+)?(?:the|a|my)\s+"
    r"(?:day|date|time|night|place|spot|way|method)\b(?!\s+(?:for|off|of|to\s+(?:start|taper|stop|quit|cut|lower)))"
    r"|\b(?:need|needs|have|got|gotta|just\s+need|still\s+need)\s+to\s+(?:pick|choose|find|figure\s+out|decide\s+on|"
    r"settle\s+on)\s+(?:out\s+)?(?:the|a|my)\s+(?:day|date|time|night|place|spot|location|way|method)\b"
    r"(?!\s+(?:for|off|of|to\s+(?:start|taper|stop|quit|cut|lower|meet|eat|park)))"
    r"|\balready\s+know\s+(?:exactly\s+)?(?:how|where|when)(?:\s+and\s+(?:how|where|when))?\s*(?:$|[.!,;]|i'?ll\b|"
    r"i'?m\s+(?:going|gonna)|im\s+(?:going|gonna)|to\s+do\s+it)"
    r"|\bi\s+know\s+(?:exactly\s+)?(?:how|where|when)\s+(?:i'?m\s+(?:going\s+to|gonna)|im\s+(?:going\s+to|gonna)|"
    r"i'?ll|i\s+will|i'?d)\s+do\s+it\b"
    r"|\b(?:tonight|today|tomorrow)\s+is\s+the\s+(?:night|day)\b|\b(?:tonight|today|tomorrow)'?s\s+the\s+(?:night|day)\b"
    r"|\bya\s+(?:escogi|elegi)\s+(?:el|la)\s+(?:dia|fecha|hora|lugar|noche)\b(?!\s+(?:para|de)\b)"
    r"|\bya\s+se\s+(?:exactamente\s+)?(?:como|donde|cuando)\s*(?:$|[.!,;]|lo\s+voy\s+a\s+hacer|voy\s+a\s+hacerlo|"
    r"lo\s+hare)|\by\s+(?:donde|cuando)\s*(?:$|[.!])"
)
# A decision or a commitment to "it" with the object left unsaid: a plan only beside a means, a goodbye or a death.
_DECIDED = (
    r"\b(?:made\s+up\s+my\s+mind|my\s+mind\s+is\s+made\s+up|i'?ve\s+decided|i\s+have\s+decided|it'?s\s+decided)\b"
    r"|\b(?:i'?m|im|i\s+am)\s+(?:really\s+|finally\s+|actually\s+|just\s+)?(?:going\s+to|gonna|about\s+to|ready\s+to)"
    r"\s+do\s+it\b|\b(?:doing|do)\s+it\s+(?:tonight|tomorrow|soon|this\s+(?:weekend|week|\w+day)|on\s+\w+day|next\s+week)\b"
    r"|\b(?:have|got|made|making|came\s+up\s+with|there'?s)\s+a\s+plan\b(?!\s+(?:for|to\s+(?:cut|stop|quit|taper|drink|"
    r"have|not|avoid|call|get|see)|with))"
    r"|\btengo\s+un\s+plan\b(?!\s+para\s+(?:dejar|bajar|no|reducir))"
    r"|\b(?:ya\s+)?(?:lo\s+)?tengo\s+todo\s+(?:pensado|planeado|listo)\b|\bi\s+have\s+(?:it\s+)?all\s+(?:planned|figured)\b"
    r"|\bya\s+(?:lo\s+)?(?:decidi|tengo\s+(?:decidido|planeado)|planee)\b|\blo\s+voy\s+a\s+hacer\b|\bvoy\s+a\s+hacerlo\b"
)
# A means just got hold of: a plan only beside a second marker of one, a word of death or a goodbye.
_PREPARED = re.compile(
    r"\b(?:bought|buy|buying|got|purchased|ordered|picked\s+up|compre|consegui)\s+(?:a\s+|an\s+|some\s+|the\s+|my\s+|"
    r"una\s+|un\s+|la\s+|el\s+)?(?:rope|noose|gun|pistol|rifle|shotgun|handgun|revolver|bullets|ammo|razor\s*blades?|"
    r"charcoal|helium|soga|cuerda|pistola|balas)\b(?!\s+(?:for|para|safe|case|lock|cabinet|holster|rack|swing)\b)"
)
_PLAN = phrase_pattern(f"{_CHOSEN}|{_DECIDED}")
_CHOSEN_PLAN = re.compile(_CHOSEN)

_APOLOGY_OR_GOODBYE = (
    r"\b(?:sorry|forgive\s+me|goodbye|good\s+bye|bye|farewell|love\s+you(?:\s+all)?|lo\s+siento|perdon\w*|adios|"
    r"no\s+se\s+preocupen\s+por\s+mi|no\s+te\s+preocupes\s+por\s+mi|don'?t\s+worry\s+about\s+me|"
    r"los\s+quiero|las\s+quiero|los\s+amo)\b"
)
_WHEN = (
    r"\b(?:tonight|tomorrow|today|this\s+(?:weekend|week|friday|saturday|sunday)|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|when\s+(?:the\s+kids|everyone|they|nobody|no\s+one)|esta\s+noche|manana|hoy|"
    r"este\s+fin|lunes|martes|miercoles|jueves|viernes|sabado|domingo|cuando\s+(?:los\s+ninos|todos|nadie))\b"
)
_MEANS = (
    r"\b(?:rope|noose|gun|guns|pistol|rifle|shotgun|handgun|revolver|bullets?|bridge|garage|ledge|roof|rooftop|cliff|"
    r"tracks|razor|blade|soga|cuerda|pistola|arma|escopeta|balas?|puente|azotea|vias|navaja|cuchilla)\b"
)
_DEATH = (
    r"\b(?:die|dying|dead|death|suicid\w*|kill\w*|morir\w*|muert[oea]s?|matar\w*|done\s+for\s+good(?!\s+with)|"
    r"se\s+acabo(?!\s+(?:el|la|los|las|mi|mis)\b)|se\s+acaba\s+todo)\b"
    # Not living to a coming day, said beside a decision: "no creo que llegue a la infusión, ya lo tengo decidido".
    r"|\bno\s+creo\s+que\s+llegue\s+al?\b|\bno\s+voy\s+a\s+(?:llegar\s+a|estar\s+(?:aqui|viv[oa]))\b"
    r"|\b(?:won'?t|will\s+not|not\s+going\s+to)\s+(?:make\s+it|be\s+(?:here|around|alive))\s+(?:to|for|by|until|till)\b"
)
_CHOSEN_CONTEXT = re.compile(f"{_APOLOGY_OR_GOODBYE}|{_WHEN}|{_MEANS}|{_DEATH}")
_DECIDED_CONTEXT = re.compile(f"{_MEANS}|{_DEATH}")
_APOLOGY = re.compile(_APOLOGY_OR_GOODBYE)
# An apology for a chore ("sorry, forgot, I'm going to do it tonight") is manners, not a farewell.
_EXCUSE = re.compile(r"\b(?:forgot|forget|late|missed|busy|later|olvide|tarde|ocupad[oa]|luego|despues)\b")

_SINGLE_SIGNS = phrase_pattern(
    # Researching how much of a drug it takes.
    r"\b(?:googl\w*|search\w*|looked\s+up|looking\s+up|look\s+up|research\w*|reading\s+(?:up\s+)?(?:on|about)|"
    r"busque|buscando|investig\w*)\b[^.!?\n]{0,30}?\b(?:how\s+(?:many|much)|cuant[oa]s?)\b[^.!?\n]{0,40}?"
    r"\b(?:takes?|take|would|need\w*|necesit\w*|hacen\s+falta|harian\s+falta|lethal|letal|mortal\w*|fatal|kill\w*)\b"
    rf"|\b(?:googl\w*|search\w*|looked\s+up|looking\s+up|busque|buscando)\b[^.!?\n]{{0,30}}?\b(?:how\s+(?:many|much)|cuant[oa]s?)"
    rf"\s+(?:\w+\s+){{0,2}}?{_DRUG}\b[^.!?\n]{{0,20}}?\b(?:too\s+(?:much|many)|demasiad[oa]s?)\b"
    rf"|\bhow\s+(?:many|much)\s+(?:\w+\s+){{0,2}}?{_DRUG}\s+(?:it\s+takes|does\s+it\s+take|would\s+it\s+take|it\s+would"
    r"\s+(?:\w+\s+)?take|it'?d\s+(?:\w+\s+)?take)\s*(?:$|[.!?,]|to\s+(?:not\s+wake|never\s+wake|stop|be\s+enough|end))"
    rf"|\bcuant[oa]s\s+(?:\w+\s+){{0,2}}?{_DRUG}\s+(?:se\s+necesitan|hacen\s+falta|harian\s+falta|tendria\s+que\s+"
    r"tomar(?:me)?|necesitaria)\s*(?:$|[.!?,]|para\s+(?:no\s+despertar|ya\s+no|acabar|terminar|que\s+sea))"
    # The how and the where both settled.
    r"|\b(?:already\s+|i\s+)know\s+(?:exactly\s+)?(?:how|where|when)\s+and\s+(?:how|where|when)\s*(?:$|[.!,;]|i'?ll|"
    r"i'?m|im)|\bya\s+se\s+(?:como|donde|cuando)\s+y\s+(?:como|donde|cuando)\b"
    # A high place to jump from.
    r"|\b(?:jump\w*|leap\w*|throw\w*\s+myself|fling\w*\s+myself|div(?:e|ing))\s+(?:off|from|out\s+of)\s+(?:\w+\s+){0,4}?"
    r"(?:garage|parking\s+(?:structure|deck|ramp|lot\s+roof)|roof|rooftop|building|bridge|overpass|balcony|cliff|"
    r"ledge|tower|window|top\s+floor|skyscraper|dam|stairwell)\b(?!\s+(?:into\s+(?:the\s+)?(?:pool|lake|water|river)))"
    # Better off, or a better life, with the insurance or without the patient.
    r"|\b(?:better\s+(?:off|life|lives|future)|mejor\s+vida|vivirian\s+mejor|estarian\s+mejor|estariamos\s+mejor)\b[^.!?\n]{0,60}?"
    r"\b(?:without\s+me|insurance|when\s+i'?m\s+gone|once\s+i'?m\s+gone|if\s+i\s+(?:\w+\s+){0,2}?(?:was|were|wasnt|werent)"
    r"\s*(?:n'?t|not|gone|dead)|if\s+i\s+(?:\w+\s+)?(?:died|disappeared|didn'?t\s+exist)|sin\s+mi|"
    r"seguro\s+de\s+vida|dinero\s+del\s+seguro|cuando\s+ya\s+no\s+este|si\s+(?:el|ella|yo)\s+faltara)\b"
    r"|\b(?:life\s+insurance|insurance\s+(?:money|payout|policy)|seguro\s+de\s+vida)\b[^.!?\n]{0,60}?\b(?:better|"
    r"worth|take\s+care\s+of\s+(?:them|the\s+kids|my)|pay\s+off|set\s+for\s+life|mejor|cobr\w*)\b"
    r"|\bworth\s+more\s+(?:dead|gone)\b|\bvalgo\s+mas\s+muert[oa]\b"
    # A blade or cutting taken up again after a clean streak.
    r"|\b(?:relaps\w*|slipped\s+up|broke\s+my\s+streak|reca[iy]\w*)\b[^.!?\n]{0,50}?\b(?:razor\w*|blades?|cutting|"
    r"box\s*cutter|knife|navaja|cuchilla|cortarme|cortando|gillette)\b(?!\s+(?:back|down))"
    r"|\b(?:razor\w*|blades?|cutting|navaja|cuchilla)\b(?!\s+(?:back|down))[^.!?\n]{0,50}?\b(?:relaps\w*|"
    r"(?:days?|weeks?|months?|years?)\s+(?:clean|free)|clean\s+streak|reca[iy]\w*|limpi[oa])\b"
    # Wanting everything to stop for good.
    r"|\b(?:want|wanna|need|wish|make)\s+(?:it|it\s+all|everything|this|all\s+of\s+(?:it|this)|the\s+pain|my\s+(?:life|"
    r"brain|mind|thoughts))\s+(?:all\s+)?(?:to\s+)?(?:stop|end|be\s+over|go\s+away|go\s+quiet)\b[^\n]{0,25}?"
    r"\b(?:permanently|for\s+good|forever|for\s+ever|once\s+and\s+for\s+all)\b"
    r"|\bquiero\s+que\s+(?:todo|esto|todo\s+esto|el\s+dolor)\s+(?:se\s+)?(?:pare|detenga|acabe|termine|calle)\b"
    r"[^\n]{0,25}?\b(?:para\s+siempre|de\s+una\s+vez|definitivamente)\b"
    # Not being here would be easier.
    r"|\b(?:easier|better|simpler|best|more\s+peaceful)\s+(?:for\s+(?:everyone|everybody|all|them|my\s+\w+)\s+)?"
    r"(?:if\s+i\s+(?:just\s+|simply\s+|really\s+)?(?:was|were)\s*n'?t\s+(?:here|around|alive)|if\s+i\s+(?:was|were)\s+(?:gone|not\s+(?:here|around|"
    r"alive))|to\s+(?:just\s+)?(?:not|never)\s+(?:be\s+(?:here|around|alive)|exist|wake\s+up)|to\s+(?:just\s+)?"
    r"disappear)\b"
    r"|\b(?:seria|es|sera|fuera|seria\s+todo)\s+(?:mas\s+facil|mejor|preferible|mas\s+sencillo)\s+(?:\w+\s+){0,2}?"
    r"(?:no\s+(?:estar\s+(?:aqui|aca|viv[oa])|existir|despertar)|desaparecer|ya\s+no\s+estar|morir\w*|"
    r"si\s+(?:yo\s+)?no\s+estuviera)\b"
    r"|\b(?:no\s+estar\s+(?:aqui|aca)|no\s+existir|desaparecer)\s+(?:seria|es|sera)\s+(?:mas\s+facil|mejor)\b"
    # A whole supply of pills in hand or laid out.
    rf"|\b(?:whole|entire|full)\s+(?:bottle|pack|box|blister|strip|prescription|supply)\s+of\s+(?:my\s+)?{_DRUG}\b"
    r"[^.!?\n]{0,40}?"
    r"\b(?:in\s+my\s+hands?|in\s+front\s+of\s+me|next\s+to\s+me|on\s+the\s+(?:table|counter|bed|nightstand|desk)|"
    r"laid\s+out|lined\s+up|counted\s+out)\b"
    rf"|\ball\s+(?:of\s+)?(?:my|the)\s+{_DRUG}\b[^.!?\n]{{0,30}}?\b(?:in\s+my\s+hands?|in\s+front\s+of\s+me|"
    r"laid\s+out|lined\s+up|counted\s+out)\b"
    rf"|\b(?:frasco|bote|blister|caja|paquete|tira)\s+(?:entero\s+|completo\s+)?de\s+(?:mis\s+|las\s+)?{_DRUG}\b"
    r"[^.!?\n]{0,30}?\b(?:en\s+(?:la|mi)s?\s+"
    r"manos?|sobre\s+la\s+(?:mesa|cama)|en\s+la\s+(?:mesa|cama)|frente\s+a\s+mi|enfrente\s+de\s+mi|a\s+mi\s+lado)\b"
    rf"|\btodas\s+(?:las|mis)\s+{_DRUG}\b[^.!?\n]{{0,30}}?\b(?:en\s+(?:la|mi)s?\s+manos?|sobre\s+la\s+(?:mesa|cama)|"
    r"en\s+la\s+mesa|frente\s+a\s+mi|contadas|alineadas|separadas)\b"
    # Hoping not to live to a coming day.
    r"|\b(?:hope|hoping|wish|wishing|pray\w*)\s+(?:that\s+)?i\s+(?:just\s+|simply\s+)?(?:don'?t|dont|won'?t|wont|never)"
    r"\s+(?:make\s+it|live|survive|get)\s+(?:to|until|till|through|past)\b(?!\s+(?:work|class|school|the\s+(?:store|office|"
    r"bank|party|meeting))\b)(?![^.!?\n]{0,30}\b(?:on\s+time|in\s+time)\b)"
    r"|\b(?:deseo|deseaba|ojala|quisiera|espero|rezo\s+para|pido)\s+(?:que\s+)?(?:ya\s+)?no\s+(?:llegar|llegue|vivir|viva|"
    r"sobrevivir|sobreviva)\s+(?:a|hasta|para)\b(?!\s+tiempo\b)(?!\s+(?:la\s+)?(?:hora|trabajo|clase|escuela))"
    # Death as the only way out.
    r"|\b(?:no|only|one|a|any)\s+(?:other\s+)?way\s+out\b[^.!?\n]{0,25}?\b(?:except|but|besides|other\s+than|is|than)\s+"
    r"(?:by\s+)?(?:dying|death|to\s+die|suicide|killing\s+myself|ending\s+it)\b"
    # Trapped, with nothing after it to say in what: "i see no way out.", "no veo salida".
    r"|\b(?:see|there'?s|there\s+is|theres|is|find)\s+(?:no|not\s+any|not\s+a)\s+way\s+out\s*(?:$|[.!,;]|for\s+me|anymore|"
    r"left)|\b(?:don'?t|dont|do\s+not|can'?t|cant|cannot)\s+(?:see|find)\s+(?:a|any)\s+way\s+out\s*(?:$|[.!,;]|for\s+me|"
    r"anymore|left)|\bno\s+(?:le\s+)?veo\s+(?:ninguna\s+)?salida\s*(?:$|[.!,;]|para\s+mi|ya)|\bno\s+hay\s+salida\s*(?:$|[.!,;]|"
    r"para\s+mi)"
    r"|\b(?:no\s+hay\s+(?:otra\s+)?salida|(?:la\s+)?unica\s+salida)\b[^.!?\n]{0,25}?\b(?:que|mas\s+que|excepto|sino|"
    r"es)\s+(?:la\s+)?(?:morir\w*|muerte|matarme|suicid\w*)\b"
    # One's own funeral or obituary pictured.
    r"|\b(?:my\s+own|my)\s+(?:funeral|obituary|eulogy)\b(?!\s+(?:for|para)\b)|\bmi\s+(?:propio\s+)?(?:funeral|obituario|epitafio)\b"
    # A way to die pictured on the road or the tracks: "thought about yanking the wheel into the median".
    r"|\b(?:picturing|imagining|imagine|thinking\s+about|thought\s+about|keep\s+thinking\s+about|pense\s+en|pienso\s+en|"
    r"me\s+imagino|imagino)\s+(?:\w+\s+){0,3}?(?:stepping|jumping|swerving|yanking|jerking|crashing|steering|veering|"
    r"volantear|volantazo|aventarme|tirarme|chocar|lanzarme|echarme)\b[^.!?\n]{0,40}?\b(?:train|truck|"
    r"traffic|median|bridge|wall|tree|semi|bus|oncoming|camion|trailer|tren|trafico|puente|pared|arbol|enfrente|"
    r"contrario)\b"
    r"|\b(?:las|los|them)\s+(?:estoy\s+|estaba\s+|am\s+|i'?m\s+|been\s+)?(?:juntando|guardando|saving|hoarding|keeping|"
    r"stashing)\b[^.!?\n]{0,40}?\b(?:para\s+otra\s+cosa|for\s+something\s+else|por\s+si\s+acaso|just\s+in\s+case|"
    r"para\s+el\s+final|for\s+the\s+end)\b"
    # A bridge or the water that "calls" the patient, or held in the mind as a way in.
    r"|\b(?:bridge|overpass|puente|tracks|train|tren|vias|ledge|edge|roof|azotea|water|mar|rio|river|ocean|lake|lago)\b"
    r"[^.!?\n]{0,40}?\b(?:calls\s+(?:to\s+)?me|(?:is|keeps)\s+calling\s+(?:to\s+)?me|me\s+llama|me\s+(?:esta|sigue)\s+llamando)\b"
    # Voices telling the patient to harm themselves.
    r"|\b(?:voices?|voces|la\s+voz)\s+(?:\w+\s+){0,3}?(?:tell|tells|telling|told|say|says|saying|dicen|decian|dijeron|dice|"
    r"me\s+dicen|me\s+dice)\s+(?:me\s+)?(?:to\s+|que\s+)?(?:me\s+)?(?:hurt|kill|harm|end|cut(?!\s+(?:back|down|out))|die|"
    r"hacerme|haga|mate|lastime|corte(?!\s+(?:el|la|los|las|con|de)\b)|muera|matarme)\b"
    # Pills kept back to have enough for the end.
    r"|\b(?:skipping|skipped|skip|saving|saved|putting|put|setting|set|keeping|saltando|salto|dejando\s+de\s+tomar|"
    rf"apart(?:o|e|ando)|guard\w*|junt(?:o|e|ando)|escond\w*|hid|hidden|hiding)\b[^.!?\n]{{0,40}}?\b(?:{_DRUG}|them|las|los)\b"
    r"[^.!?\n]{0,60}?\b(?:so\s+(?:i'?ll|i\s+will|i\s+can|i)\s+have\s+enough|to\s+have\s+enough|para\s+juntar|"
    r"por\s+si\s+acaso|para\s+otra\s+cosa|for\s+something\s+else|para\s+tener\s+suficientes|just\s+in\s+case|pile|stash|para\s+el\s+final|for\s+the\s+end)\b"
    r"|\b(?:enough|suficientes|bastantes)\b[^.!?\n]{0,40}?\b(?:for|para)\s+(?:the\s+end|el\s+final|what\s+i\s+(?:need|have|"
    r"want)\s+to\s+do|lo\s+que\s+(?:tengo|quiero|necesito)\s+(?:que\s+)?hacer|when\s+i'?m\s+ready|cuando\s+este\s+list[oa]|"
    r"cuando\s+llegue\s+el\s+momento)\b"
    # Not meaning to live to a coming day.
    r"|\bno\s+(?:pienso|planeo|creo\s+que\s+vaya\s+a)\s+(?:llegar|vivir|estar\s+viv[oa])\s+(?:a|hasta|para)\b"
    r"|\b(?:not|don'?t|dont|do\s+not)\s+(?:plan(?:ning)?\s+(?:on|to)|intend(?:ing)?\s+to|expect(?:ing)?\s+to)\s+(?:make\s+it|"
    r"making\s+it|be\s+(?:around|here|alive)|being\s+(?:around|here|alive)|live|living)\s+(?:to|until|till|for|past|"
    r"through)\b"
    # A large part of a bottle of pills, or more of them wished for or left for another day.
    rf"|\b(?:half|most|all|la\s+mitad|casi\s+todo)\s+(?:of\s+)?(?:my|the|mi|el|del|de\s+mi)\s+(?:\w+\s+)?(?:bottle|frasco|bote)\b"
    rf"(?:\s+(?:of|de)\s+{_DRUG})?(?![^.!?\n]{{0,20}}\b(?:of\s+(?:wine|vodka|tequila|whiskey|rum|beer)|de\s+(?:vino|tequila|"
    r"ron|whisky|cerveza))\b)(?=[^\n]{0,60}\b(?:whatever\s+happens|a\s+proposito|on\s+purpose|lo\s+que\s+pase|de\s+una\s+vez)\b)"
    rf"|\b(?:wish|ojala)\s+(?:it\s+(?:was|were)|fuera|fueran)\s+(?:[1-9]\d|all|todas|todo\s+el\s+frasco)\s+(?:of\s+)?(?:the\s+|my\s+)?{_DRUG}"
    r"|\b(?:si|if)\s+(?:me\s+)?(?:tomo|take|tomara|took|trago)\s+(?:el\s+resto|the\s+rest|todas?|all\s+of\s+them|all)\b"
    r"[^.!?\n]{0,30}?\b(?:ya\s+no\s+despierto|no\s+despierto|wouldn'?t\s+wake|won'?t\s+wake|never\s+wake|no\s+despertaria)\b"
    rf"|\b{_DRUG}\s+(?:\w+\s+)?(?:contad[oa]s|counted\s+out)\s+(?:para|for)\b"
    rf"|\bcounted\s+out\s+(?:my|the|all)\s+{_DRUG}\b[^\n]{{0,40}}\b(?:enough|that'?s\s+it)\b"
    r"|\bso\s+i\s+(?:don'?t|won'?t|never)\s+have\s+to\s+(?:do|face|see|wake\s+up\s+to|deal\s+with)\s+(?:tomorrow|another\s+day|"
    r"it\s+again|anything\s+again)\b"
    # A rope or a gun kept close, and returned to.
    r"|\b(?:rope|cuerda|soga|noose)\b[^.!?\n]{0,40}?\b(?:not\s+for\s+(?:a\s+)?(?:project|camping|work|the\s+yard)|"
    r"en\s+el\s+(?:closet|ropero|cuarto|armario)|in\s+my\s+(?:closet|room|car|trunk))\b"
    r"|\b(?:gun|pistol|pistola|arma|rifle)\b[^.!?\n]{0,60}?\b(?:i\s+)?(?:keep|keeps|kept|sigo|no\s+dejo\s+de)\s+(?:opening|looking|"
    r"holding|taking\s+it\s+out|touching|abriendo|viendo|agarrando|sacando)\b"
    # Standing at the edge and coming back, "this time".
    r"|\b(?:stood|standing|sat|sitting|was|estuve|me\s+pare|parad[oa])\s+(?:on|at|en|sobre)\s+(?:the\s+|el\s+|la\s+)?"
    r"(?:balcony\s+)?(?:railing|ledge|edge\s+of\s+the\s+(?:roof|bridge|building)|barandal|cornisa|orilla\s+del\s+(?:puente|techo))\b"
    # Going to be with someone who has died, or given things away because they will not be needed.
    r"|\b(?:go|going|gonna|ready\s+to|lista?\s+para|listo\s+para)\s+(?:to\s+)?(?:see|be\s+with|join|irse\s+con|irme\s+con|"
    r"estar\s+con|ver\s+a)\s+(?:my|mi|su)\s+(?:\w+\s+)?(?:dad|mom|father|mother|brother|sister|son|daughter|wife|husband|"
    r"grandpa|grandma|papa|mama|padre|madre|hermano|hermana|hijo|hija|esposo|esposa|abuelo|abuela)\b"
    r"(?=[^\n]{0,40}\b(?:passed|died|gone|heaven|murio|fallecio|cielo|dejo\s+de\s+comer|ya\s+no\s+come)\b)"
    r"|\b(?:gave\s+away|giving\s+away|regale|regalando|regalé|le\s+deje|deje\s+mi|deje\s+mis|left\s+my)\b[^!?\n]{0,80}?\b(?:won'?t\s+need|wont\s+need|ya\s+no\s+"
    r"(?:la|lo|los|las|me)\s+(?:voy\s+a\s+)?(?:necesitar|ocupar))"
    # A car left running in a closed garage.
    r"|\b(?:garage|cochera|garaje)\b[^.!?\n]{0,50}?\b(?:motor|engine|car|carro|coche)\s+(?:\w+\s+)?(?:prendido|encendido|"
    r"running|corriendo)\b"
    r"|\b(?:motor|engine|car|carro|coche)\s+(?:\w+\s+)?(?:prendido|encendido|running|corriendo)\b[^.!?\n]{0,40}?"
    r"\b(?:garage|cochera|garaje)\b"
)


# Pills hidden for later: "una caja de orfidal escondida por si acaso". The hiding word is rare and looked for first.
_HIDING = re.compile(r"\b(?:escondid[oa]s?|hidden|stashed|guardad[oa]s?)\b")
_HIDDEN_FOR_LATER = re.compile(
    rf"\b{_DRUG}\b[^.!?\n]{{0,30}}?\b(?:escondid[oa]s?|hidden|stashed|guardad[oa]s?)\b[^.!?\n]{{0,30}}?\b(?:por\s+si\s+acaso|"
    r"just\s+in\s+case|for\s+(?:later|when|the\s+end|someday)|para\s+(?:despues|cuando|el\s+final))\b"
)
# A number in the tens or hundreds, not part of a decimal: every count `_COUNTED` finds holds one.
_TENS = re.compile(r"(?<![\d.])\d{2,3}\b")
_COUNTED = re.compile(
    rf"(?<![\d.])\b(?:[2-9]\d|\d{{3}})\s+(?:\w+\s+){{0,2}}?{_DRUG}\b|\b{_DRUG}\b[^!?\n]{{0,60}}?\b(?:ya\s+(?:llevo|tengo|"
    r"voy\s+por)|llevo|voy\s+por|up\s+to|got|have|tengo)\s+(?:about\s+|como\s+|around\s+|like\s+)?(?<![\d.])(?:[2-9]\d|\d{3})\b"
    r"(?!\s*(?:mg|milligrams?|miligramos?|\.\d))"
)
# Where pills are kept back, and how: hidden, stashed, counted, got from several doctors or pharmacies.
_KEPT = re.compile(
    r"\b(?:hid|hidden|hiding|stash\w*|saved|saving|aside|drawer|closet|mattress|ziploc\w*|baggie|count(?:ed|ing)?\s+them|"
    r"escondid\w*|escondo|guardad[oa]s?|junte|juntado|juntando|aparto|apartando|apartad[oa]s|colchon|cajon|frasquito|"
    r"las\s+cuento|los\s+cuento|"
    r"(?:different|dos|tres|two|three|2|3|distintos|diferentes)\s+(?:different\s+)?(?:drs?|doctors?|pharmacies|medicos|"
    r"doctores|farmacias))\b"
)


def _hoarded(text: str) -> str | None:
    """A count of pills in the tens beside a word of keeping them back: "40 zopiclone in my sock drawer", "tengo
    trankimazin guardado, ya voy por 60". A count alone is a refill or a prescription."""
    if _TENS.search(text) is None:  # nine replies in ten hold no such number: the drug names are not scanned
        return None
    said = found_beside(_KEPT, _COUNTED, text)
    return None if said is None else f"{said[1]} ... {said[0]}"


def _hidden_for_later(text: str) -> str | None:
    return None if _HIDING.search(text) is None else found(_HIDDEN_FOR_LATER, text)


# Each alone is an ordinary errand ("sorted my papers", "said goodbye to my mom", "left a note"); two together, or a
# goodbye message and no answer since, are a person getting ready to die.
_PREPARATIONS = tuple(
    re.compile(pattern)
    for pattern in (
        r"\b(?:organic\w*|orden\w*|arregl\w*|puse\s+en\s+orden)\s+(?:todos\s+)?mis\s+(?:papeles|documentos|cuentas|"
        r"asuntos|cosas)\b|\b(?:sorted|sorting|organi[sz]ed|put|got|getting)\s+(?:out\s+)?(?:all\s+)?my\s+(?:papers|paperwork|"
        r"documents|finances|accounts|passwords)\b|\b(?:life\s+insurance|beneficiar\w*|seguro\s+de\s+vida)\b",
        r"\b(?:me\s+despedi|se\s+despidio|me\s+estoy\s+despidiendo)\s+de\b|\bsaid\s+(?:my\s+)?goodbyes?\s+to\b"
        r"|\b(?:mensaje|carta|nota|texto)s?\s+de\s+despedida\b|\b(?:goodbye|farewell)\s+(?:text|message|note|letter|call)s?\b",
        r"\b(?:deje|dejo|escribi|escribio)\s+(?:una\s+)?(?:carta|nota)\b|\b(?:left|wrote)\s+(?:a\s+|some\s+)?(?:letter|note)s?\b",
        r"\b(?:regale|regalo|repart\w*|vendi|vendio)\s+(?:todas?\s+)?(?:mis|sus|todas?)\b|\bgave\s+(?:away\s+)?(?:my|all\s+my)\s+\w+(?:\s+away)?\b",
        r"\bno\s+(?:contesta|responde|me\s+contesta|lo\s+encuentro|la\s+encuentro)\b|\b(?:isn'?t|is\s+not|not)\s+"
        r"(?:answering|picking\s+up|responding)\b|\b(?:won'?t|doesn'?t|does\s+not|will\s+not)\s+(?:answer|pick\s+up|respond)\b"
        r"|\bcan'?t\s+(?:reach|find)\s+(?:him|her|them)\b",
    )
)


_ANY_PREPARATION = phrase_pattern("|".join(pattern.pattern for pattern in _PREPARATIONS))


def preparations(text: str) -> str | None:
    """The words of two kinds of preparation in safety `text` ("organicé mis papeles, me despedí de mi mamá"), or
    None. Most replies hold none, and one look for any spares five."""
    if _ANY_PREPARATION.search(text) is None:
        return None
    said = [found(pattern, text) for pattern in _PREPARATIONS]
    kinds = [words for words in said if words is not None]
    return " ... ".join(kinds) if len(kinds) >= 2 else None


def plans_or_method(text: str) -> str | None:
    """The words of a plan in context, a method researched or a sign said sideways in safety `text` (folded,
    typo-repaired, figures of speech blanked), or None."""
    single = found(_SINGLE_SIGNS, text) or _hoarded(text) or _hidden_for_later(text)
    if single is not None:
        return single
    plans = [match.group() for match in _PLAN.finditer(text)]
    prepared = found(_PREPARED, text)
    said = " ... ".join([*plans, *([prepared] if prepared is not None else [])])
    if len(plans) + (prepared is not None) > 1:
        return said
    if prepared is not None:
        decided = _DECIDED_CONTEXT.search(_PREPARED.sub(" ", text)) is not None or _APOLOGY.search(text) is not None
        return said if decided else None
    if not plans:
        return None
    # Not redundant with the search above: a chosen day can sit inside the one plan found, which `_PLAN` read as a
    # decision ("i've decided on the day tomorrow" is found as "i've decided").
    if _CHOSEN_PLAN.search(text) is not None:
        return said if _CHOSEN_CONTEXT.search(text) is not None else None
    if _DECIDED_CONTEXT.search(text) is not None:
        return said
    return said if _APOLOGY.search(text) is not None and _EXCUSE.search(text) is None else None
