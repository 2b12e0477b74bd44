"""Signs of suicidal thoughts or self-harm, in English and Spanish: the one reply the bot must never miss.

Matched generously and never negated: "I'm not suicidal" still reaches a person, since a missed crisis costs far more
than a needless call. The words live in english.py, spanish.py, verbs.py, euphemisms.py and (a relative's report)
relatives.py; this module adds what no single phrase shows, signs that only together mean a crisis: a farewell said
with finality ("sorry and goodbye", "adiós, gracias por todo"), many pills swallowed on purpose ("took 30 of my pills
intentionally"), pills beside a word of ending ("ambien and vodka tonight, permanently") and a weapon aimed at oneself
("dad's gun is in the closet ... use it on myself", "tengo una pistola ... usarla conmigo"). `crisis_reason` reads
safety text: passed through `spelling.repair_safety_words`, so typos need no pattern of their own, and then through
`blank_figures_of_speech`, so figures of speech ("dying for a coffee", "would kill for a margarita", "me muero de
risa") alarm nothing; anything else that reads like a crisis is one, and the rule that found it is named.
"""

import re

from replies.phrases import phrase_pattern
from replies.reasons import Reason, found, found_beside
from replies.safety.english import ENGLISH
from replies.safety.euphemisms import EUPHEMISMS, hopeless_about_the_future
from replies.safety.plans import plans_or_method, preparations
from replies.safety.relatives import SOMEONE_ELSE_AT_RISK
from replies.safety.risk import strong_risk
from replies.safety.spanish import SPANISH
from replies.safety.verbs import SELF_HARM_VERBS
from replies.safety.words import PILLS

_CRISIS = phrase_pattern(f"{ENGLISH}|{SPANISH}|{SELF_HARM_VERBS}|{SOMEONE_ELSE_AT_RISK}|{EUPHEMISMS}")

# A farewell alone is often only manners ("ok thanks, bye"); beside a word of finality it is a goodbye.
_FAREWELL = re.compile(
    r"\b(?:good\s*bye|goodbyes|farewell|bye\s+forever|bye\s+for\s+good|adios|me\s+despido|despedirme|hasta\s+siempre|"
    r"hasta\s+nunca|one\s+last\s+time|for\s+the\s+last\s+time|por\s+ultima\s+vez|una\s+ultima\s+vez|"
    r"(?:because|cause|cuz)\s+(?:i'?m|im|i\s+am)\s+(?:gone|dead)|won'?t\s+need\s+(?:these|the|your|any)\s+\w+(?:\s+\w+)?"
    r"\s+after\s+(?:tonight|today))\b"
)
_FINALITY = re.compile(
    r"\b(?:sorry|forgive|thank(?:s|\s+you)\s+for\s+(?:everything|all|being|trying|putting\s+up|never\s+giving\s+up)|(?:love|loved)\s+(?:you|u|them|him|her|all|"
    r"everyone|everybody)|tell\s+\w+|take\s+care\s+of|it'?s\s+time|its\s+time|won'?t|wont|forever|for\s+good|"
    r"gracias\s+por\s+(?:todo|ser|estar|intentar\w*|tratar|aguantarme|no\s+rendirse)|perdon\w*|lo\s+siento|l[oa]s\s+(?:quiero|amo)|te\s+(?:quiero|amo)|digan\w*|"
    r"digale\w*|dile\w*|cuiden|ya\s+no|es\s+hora|para\s+siempre)\b"
)
# A firearm or a rope is no crisis on its own ("my dad keeps a gun"); turned toward oneself, or held and looked at
# again and again by the patient, it is one.
_MEANS = re.compile(
    r"\b(?:guns?|pistols?|rifles?|shotguns?|revolvers?|handguns?|firearms?|rope|noose|pistolas?|armas?|escopetas?|"
    r"soga|cuerda)\b"
)
_AIMED = re.compile(
    r"\b(?:myself|on\s+me|at\s+me|my\s+(?:head|mouth|temple)|keep\s+(?:looking|staring)\s+at|loaded|conmigo|"
    r"contra\s+mi|mi\s+(?:cabeza|boca|sien)|no\s+dejo\s+de\s+(?:verla|verlo|mirarla|mirarlo)|cargad[oa]"
    r"|(?:i'?ve|ive|i\s+have|i|been|keep|kept)\s+(?:been\s+)?(?:holding|hold|held|carrying|cradling|stroking|touching|"
    r"taking\s+out|sleeping\s+with|staring\s+at|looking\s+at)\s+(?:it|them|the\s+\w+|that\s+\w+)"
    r"|(?:la|lo)\s+(?:tengo|traigo|agarro|sostengo|cargo)\s+(?:guardad[oa]|en\s+la\s+mano|conmigo|cerca)"
    r"|tengo\s+guardad[oa]|(?:la|lo)\s+(?:saco|agarro|sostengo)\s+(?:mucho|a\s+cada\s+rato|todas\s+las\s+noches|seguido))\b"
)
# Many pills at once is sometimes a miscount ("took 20 mg"); swallowed on purpose, it is an overdose. A count of
# five or more, "all", "the whole bottle" or "a handful", beside a word of intent in the same sentence.
_SWALLOWED_MANY = (
    r"\b(?:took|take|taking|taken|swallow\w*|downed|popped|ate|tome|tomo|me\s+tome|me\s+tomo|tomarme|trague|me\s+trague|"
    r"tragarme|me\s+meti)\s+(?:\w+\s+){0,2}?(?:(?:[5-9]|[1-9]\d{1,2})\b(?!\s*(?:mg|ml|oz|milligrams?|miligramos?|"
    r"beers?|drinks?|shots?|cervezas?|tragos?|copas?|min\w*|hours?|horas?|am|pm)\b)|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\s+dozen|a\s+hundred|cinco|seis|siete|ocho|nueve|diez|doce|"
    r"quince|veinte|treinta|cuarenta|cincuenta|all|every|the\s+whole|the\s+entire|a\s+whole|a\s+handful|handfuls|"
    r"a\s+bunch|way\s+too\s+many|todas|todos|toda|el\s+bote|el\s+frasco|la\s+caja|un\s+punado|un\s+monton)\b"
)
_DELIBERATE = (
    r"\b(?:on\s+purpose|intentionally|deliberately|purposely|purposefully|to\s+sleep\s+forever|to\s+(?:not|never)\s+"
    r"wake\s+up|so\s+i\s+(?:wouldn'?t|won'?t|wont|don'?t|dont|would\s+not|will\s+not)\s+wake\s+up|a\s+proposito|"
    r"apropos(?:ito)?|adrede|intencionalmente|a\s+conciencia|para\s+no\s+despertar|para\s+dormir\s+para\s+siempre|"
    r"para\s+morir\w*)\b"
)
# Pills, or pills and drink, beside a word that they will end it: "zanax + ambien + wine tonight. permanently", "if
# I mix all my klonopin with the vodka that would do it", "bought tylenol, I know how many it takes".
_ENDING_WITH = (
    r"\b(?:permanently|for\s+good|forever|para\s+siempre|that\s+(?:would|will|should|'?ll|'?d)\s+do\s+it|(?:do|does)\s+"
    r"the\s+(?:job|trick)|how\s+many\s+(?:it\s+)?(?:takes|would\s+take|it\s+would\s+take|to\s+take)|cuant[oa]s\s+"
    r"(?:se\s+)?necesit\w*|(?:when|once)\s+(?:it'?s|its|it\s+is)\s+full|(?:i'?m|im|i\s+am|i'?ll\s+be)\s+(?:done|gone)\b"
    r"(?!\s+(?:with\s+(?:work|my\s+shift|the)|for\s+the\s+day|drinking|by))|ready\s+for\s+tonight|goodbye|good\s+bye|"
    r"not\s+(?:wak\w+|coming\s+back))\b"
)
_ENDING = re.compile(_ENDING_WITH)
_SWALLOWABLE = re.compile(rf"\b{PILLS}\b")

_OVERDOSE = re.compile(
    rf"{_SWALLOWED_MANY}[^.!?\n]{{0,60}}?{_DELIBERATE}|{_DELIBERATE}[^.!?\n]{{0,40}}?{_SWALLOWED_MANY}"
)

# Figures of speech that borrow crisis words; blanked out before the patterns run, so the rest of the text still
# counts ("my wife would kill me, honestly I want to die" is a crisis).
_FIGURES = re.compile(
    r"\b(?:would|will|'ll|'d|gonna|going\s+to|might|is\s+gonna)\s+kill\s+me\b"
    # Everyday days that borrow the words of an ending or a means: a race, a goodbye party, a long weekend, a roofer's
    # day, a hunting trip, a knife dropped cooking, a last day at work.
    r"|\bthought\s+i\s+was\s+(?:gonna|going\s+to)\s+die\s+(?:at|during|on|in|from|after|running|lol|lmao|haha)\b"
    r"|\b(?:goodbye|farewell|going\s+away)\s+(?:party|dinner|lunch|drinks|brunch|bash|get\s+together)\b"
    r"|\bsaid\s+(?:our|my)\s+goodbyes?\s+to\s+(?:the|our|my|her|his)\s+(?:cat|dog|house|home|pet|old)\b"
    r"|\bgoodbye\s+(?:forever\s+)?to\s+(?:that|this|the)\s+(?:place|job|office|apartment|house|company)\b"
    r"|\b(?:fiesta|cena|comida|carne\s+asada|cervezas?|tragos?|copas?)\s+de\s+despedida\b"
    r"|\bnos\s+despedimos\s+de\s+(?:la|el|nuestra|nuestro)\s+(?:casa|trabajo|oficina|departamento|depa|barrio)\b"
    r"|\b(?:puente|fin\s+de\s+semana)\s+largo\b|\bse\s+acabo\s+una\s+era\b"
    r"|\b(?:equipo|team)\s+(?:ya\s+)?(?:esta|is|was|estaba)\s+(?:dead|muerto)\b"
    r"|\bme\s+(?:mato|mataron|matan)\s+con\s+(?:tanta|tanto|la|el|su|sus)\b"
    r"|\b(?:vuelo|viaje|dia|semana|trafico|turno|examen|clase)\s+(?:\w+\s+){0,2}?(?:fue|estuvo|esta)\s+mortal\b"
    r"|\broofing\b|\bon\s+(?:the|a)\s+roof\s+(?:replacing|fixing|cleaning|patching|til|until|all\s+day|in\s+the\s+heat)\b"
    r"|\b(?:impermeabiliz\w*|limpiar|limpiando|arreglar|arreglando|pintar|pintando)\s+(?:la|el)\s+(?:azotea|techo)\b"
    r"|\bhunting\s+(?:trip|season|camp|buddies|with)\b|\bcleaned\s+my\s+(?:rifle|gun|shotgun|pistol)\b"
    r"|\blocked\s+(?:it|them|the\s+\w+|my\s+\w+)\s+(?:up\s+)?in\s+the\s+(?:gun\s+)?safe\b"
    r"|\b(?:rifle|gun|shotgun|guns)\s+(?:went|goes|go)\s+to\s+my\s+\w+\b"
    r"|\b(?:drove|driving|went|walked|biked)\s+(?:across|over)\s+the\s+(?:\w+\s+)?bridge\b"
    r"|\bdropped\s+a\s+knife\b|\bknife\s+slipped\b|\b(?:cut|nicked|sliced)\s+my\s+(?:finger|thumb|hand)\s+"
    r"(?:cooking|chopping|slicing|cutting|on\s+a|with\s+a)\b"
    r"|\b(?:worked|working)\s+my\s+last\s+day\b|\bmy\s+last\s+day\s+(?:at|of)\s+(?:work|the\s+job|the\s+office)\b"
    r"|\bmi\s+ultimo\s+dia\s+(?:en|de)\s+(?:la|el)\s+(?:fabrica|trabajo|chamba|oficina|escuela)\b"
    r"|\bno\s+point\s+(?:in\s+)?(?:going\s+out|going\s+to\s+the|buying|cooking|waiting|calling|driving|getting\s+up)\b"
    r"|\b(?:look|looks|looking|looked|feel|feels|feeling|felt)\s+like\s+death(?:\s+warmed\s+(?:over|up))?\b"
    r"|\b(?:gave|give|giving|nearly\s+gave)\s+(?:\w+\s+){1,2}?a\s+heart\s+attack\b"
    # The last dose of a taper: "tomé mi último alprazolam!! terminé la reducción".
    r"|\b(?:mi|my)\s+(?:ultim[oa]|last|final)\b(?=[^\n]{0,80}\b(?:reduccion|taper\w*|bajando|termine|finished|done\s+with|"
    r"completed|complete)\b)"
    # Laughing or worn out: "that meme had me dead", "i'm so dead from work".
    r"|\b(?:had|has|have)\s+me\s+(?:dead|dying|deceased|crying)\b|\b(?:i'?m|im|i\s+am)\s+(?:so\s+|literally\s+|just\s+)?"
    r"dead\s+(?:from|after|lol|lmao|haha|tired)\b"
    # A bridge crossed on the way somewhere, a phone thrown in jest.
    r"|\b(?:took|take|taking|crossed|cross|crossing|drove\s+over|driving\s+over|traffic\s+on|stuck\s+on)\s+the\s+"
    r"(?:\w+\s+)?bridge\s+(?:home|to\s+work|into|again|traffic|was|is|this)\b|\bbridge\s+traffic\b"
    r"|\b(?:cruce|cruzando|cruzar|pase|pasando)\s+(?:por\s+)?el\s+puente\s+(?:con|para|a|de|hacia|otra)\b"
    r"|\b(?:trafico|trafic)\s+(?:en\s+)?(?:el\s+)?puente\b"
    r"|\b(?:tiro|tirar|tire|aviento|avente|echo)\s+(?:el|mi)\s+(?:celular|cel|telefono|movil)\b(?:\s+(?:al|a\s+la)\s+\w+)?"
    # Waking up qualified is literal waking: "hope i dont wake up with a headache", "not waking up so early".
    r"|\b(?:not|don'?t|dont|never|no)\s+(?:\w+\s+)?wak(?:e|ing)\s+up\s+(?:with|so|at|early|late|before|until|till|in\s+time|"
    r"on\s+time|hungover|sick|tired|feeling|for\s+(?:work|school|class))\b"
    r"|\b(?:would|could|'d|i\s+d)\s+(?:literally\s+|totally\s+)?kill\s+for\b|\bmataria\s+por\b"
    r"|\bdying\s+(?:for|to)\b|\b(?:could|would|'d|i'?d|i\s+d)\s+(?:literally\s+|totally\s+)?die\s+for\s+(?:a|an|some|one|another)\b"
    r"|\b(?:is|are|was|looks?|sounds?)\s+to\s+die\s+for\b|\b(?:died|dying|die)\s+(?:laughing|of\s+laughter)\b"
    r"|\b(?:die|dying|died)\s+(?:of|from)\s+(?:boredom|laughter|laughing|embarrassment|shame|envy|cuteness|heat|thirst)\b"
    r"|\bhopeless\s+(?:at\s+\w+ing|romantic)\b|\bdead\s+(?:tired|serious|set|end|beat|wrong)\b|\bdead\s+on\s+my\s+feet\b"
    r"|\b(?:lol|lmao|lmfao|haha\w*|jaja\w*|omg)\s+(?:i'?m|im|i\s+am)\s+(?:so\s+|literally\s+)?dead\b(?!\s+inside)"
    r"|\b(?:i'?m|im|i\s+am|i\s+was)\s+not\s+dead\b|\bdead\s+to\s+the\s+world\b"
    r"|\b(?:dying|died|die)\s+of\s+(?:anxiety|nerves|stress|hunger|sleep|cold|exhaustion)\b"
    r"|\b(?:hoy|ahorita|ahora)\s+estoy\s+muert[oa]\b(?!\s+(?:por\s+dentro|en\s+vida))"
    r"|\bsiento\s+(?:que\s+)?me\s+muero\b(?=[^.!?\n]{0,40}\b(?:pecho|corazon|respirar|aire|panico|ansiedad)\b)"
    r"|\b(?:deje|dejo|dejar|quit|quitting|stopped|done\s+with)\s+(?:de\s+)?(?:la|el|los|las|the|my)?\s*(?:cerveza|alcohol|"
    r"chela|vino|beer|booze|drinking|tomar|beber|drinks?|xanax|rivotril|clonazepam|pills?|pastillas)\s+(?:para\s+siempre|"
    r"for\s+good|forever)\b"
    r"|\bdead(?<!\boff\sdead)(?<!\bbe\sdead)(?<!\bwas\sdead)(?<!\bam\sdead)(?<!\bim\sdead)(?<!\bi'm\sdead)"
    r"(?<!\bwere\sdead)\s+(?:last|right|on)\b"
    r"|\bkill(?:ing|ed)\s+it\b|\b(?:suspense|wait|waiting|anticipation|curiosity)\s+(?:is|was)\s+killing\s+me\b"
    r"|\b(?:phone|battery|cell|car|laptop)(?:'?s)?\s+(?:is\s+|was\s+|just\s+|totally\s+|about\s+to\s+|gonna\s+|going\s+to\s+)?"
    r"(?:dead|died|dying|die)\b"
    r"|\b(?:laugh\w*|cry\w*)\s+so\s+hard\s+(?:that\s+)?i\s+(?:almost|nearly)\s+died\b"
    rf"|\boverdos\w*\s+on\s+(?!(?:{PILLS}|my|his|her|their|the|a|an|some|all|too|every|purpose)\b)[a-z]+\b"
    r"|\b(?:friend|buddy|brother|sister|cousin|mom|dad|uncle|aunt|son|daughter|husband|wife|ex|neighbor|coworker)\s+"
    r"(?:\w+\s+)?(?:od'?d|overdosed|died|passed)\b[^.!?\n]{0,30}?\b(?:last\s+year|years?\s+ago|months?\s+ago|in\s+20\d\d|"
    r"back\s+in)\b"
    r"|\bya\s+no\s+(?:aguanto|soporto)\s+a\s+(?:mi|mis|la|las|el|los|su|sus|este|esta)\b"
    r"|\b(?:could\s*'?ve|could\s+have|almost|nearly|i\s+(?:almost|nearly))\s+died\s+(?:of|from)\s+(?:embarrassment|shame|laughter|"
    r"laughing|boredom|cringe)\b|\b(?:she'?d|he'?d|they'?d|she\s+would|he\s+would|would)\s+rather\s+die\s+than\b"
    r"|\b(?:i'?m|im|i\s+am)\s+(?:so\s+|literally\s+)?dead\s*(?:lol|lmao|lmfao|haha|jaja)?\s*[\U0001f602\U0001f923\U0001f480]"
    r"|\b(?:prefiere|prefiero|prefieren)\s+morir(?:se|me)?\s+(?:antes\s+)?(?:que|de)\b"
    r"|\b(?:novela|serie|pelicula|partido|juego|final|show|chiste|video)\s+(?:de\s+\w+\s+)?(?:me|nos)\s+(?:mato|mata|mataba)\b"
    r"|\b(?:me|nos)\s+(?:mato|mata|mataba)\s+(?:el|la|los|las)\s+(?:trabajo|chamba|jefe|jefa|escuela|examen|dia|semana|calor|"
    r"frio|cruda|resaca|gym|gimnasio|trafico|turno)\b|\b(?:me|nos)\s+(?:tenia|tiene|dejo|trae)\s+muert[oa]s?\b"
    r"|\b(?:me\s+)?despedi\s+(?:del|de\s+la|de\s+las|de\s+los)\s+(?:alcohol|vino|cerveza|chelas|trago|pisto|rivotril|"
    r"pastillas|cigarro)\b"
    r"|\b(?:un|una)\s+dia\s+fatal\b|\bfatal\s+(?:el|la)\s+(?:dia|trabajo|semana)\b"
    r"|\b(?:scared|scare|scares|bored|worried|freaked)\s+(?:me\s+|us\s+)?to\s+death\b"
    r"|\bknock\w*\s+(?:me\s+|him\s+|her\s+)?(?:dead\s+)?out\b|\bdead\s+out\b"
    r"|\b(?:will|can|could|would|might|do|does)\s+(?:i|you|people|someone|anyone)\s+die\s+if\s+(?:i|you|we|someone|"
    r"people)\s+(?:mix\w*|take|drink|combine|have)\b"
    r"|\b(?:said|say|saying|told)\s+good\s*bye\s+to\s+(?:wine|beer|booze|alcohol|drinking|the\s+bottle|xanax|benzos|my\s+\w+)\b"
    r"|\b(?:stop\w*|quit\w*|cut\w*|come\s+off|drop\w*|dejar|parar)\s+(?:\w+\s+){0,3}?(?:all\s+at\s+once|de\s+golpe)\b"
    r"|[\U0001f480\U0001f602\U0001f923]\s*(?:i'?m|im|i\s+am)\s+(?:so\s+)?dead\b|\bme\s+quede\s+muert[oa]\b"
    r"|\b(?:she|he|they|mom|dad|mother|father|grandma|grandpa|my\s+\w+)(?:'s|\s+is|\s+are|'re|\s+was)?\s+(?:going\s+to|"
    r"gonna)\s+die\b"
    r"|\bdone\s+with\s+(?:the\s+)?(?:booze|drinking|alcohol|the\s+bottle|beer|wine|liquor|benzos|xanax)\s+for\s+good\b"
    r"|\b(?:susto|aburrid[oa]s?|cansad[oa]s?)\s+de\s+muerte\b|\b(?:me|nos)\s+(?:tiene|tienen|dejo|dejaron|trae|traen)\s+"
    r"muert[oa]s?\b"
    r"|\b(?:estoy\s+|estaba\s+|ando\s+)?muert[oa]s?\s+(?:de|del)\s+(?:cansancio|sueno|hambre|risa|frio|calor|sed|miedo|"
    r"verguenza|aburrimiento|pena|envidia|susto)\b"
    r"|\b(?:mor(?:ir|irme|ia|iria|irnos)|(?:casi\s+)?me\s+(?:muero|mori|moria|moriria|muera)|(?:me\s+)?(?:estaba|estoy|"
    r"ando|andaba)\s+muriendo(?:me)?|(?:casi\s+)?se\s+"
    r"(?:muere|murio|moria))\s+(?:de|del|de\s+la|por)\s+(?:risa|hambre|sueno|calor|frio|sed|ganas|aburrimiento|"
    r"verguenza|pena|miedo|susto|nervios|envidia|cansancio|gusto|alegria|emocion|ternura|asco|una|un|unas|unos)\b(?!\s+vez)|\b(?:me\s+muero|muriendome|muerto)\s+(?:de\s+ganas\s+de|por)\s+(?!morir|matar|desaparecer)\w+(?:ar|er|ir)\b|\bme\s+mato\s+(?:trabajando|estudiando)\b"
    r"|\b(?:me|nos)\s+(?:mato|mataba|mataron|mata|matan|matamos)\s+(?:\w+\s+)?de\s+(?:la\s+)?(?:risa|ternura|aburrimiento|"
    r"verguenza|cansancio|susto)\b"
    # A worry about dying from the treatment itself, asked of staff: "what happens if I die during the infusion?"
    r"|\b(?:(?:what\s+happens\s+if|what\s+if|is\s+it\s+(?:possible|safe|normal)\s+to|"
    r"(?:afraid|scared|worried|nervous)\s+(?:that\s+)?(?:i\s+(?:will|might|could|'ll)\s+)?|(?:me\s+)?puedo|se\s+puede|"
    r"es\s+posible|miedo\s+(?:a|de)\s+(?:que\s+)?)\s*(?:i\s+|someone\s+|anyone\s+|people\s+|you\s+|one\s+)?"
    r"|(?:can|could|will|might)\s+(?:i|someone|anyone|people|you|one)\s+)"
    r"(?:die|dies|died|dying|morir|morirme|muera|muero)\s+(?:during|from|under|in|with|after|on|durante|en|por|con)\s+"
    r"(?:the\s+|my\s+|a\s+|el\s+|la\s+|mi\s+)?(?:infusions?|infusion(?:es)?|ketamin[ea]|treatments?|tratamientos?|table|"
    r"procedures?|procedimientos?|sessions?|sesion(?:es)?|anesthesia|anestesia)\b"
)


# Every figure above holds one of these words; a text with none (nine replies in ten) has no figure to blank, and
# this look costs a tenth of the figures' own. A figure added above must hold one of them, or be added here.
_FIGURE_WORDS = re.compile(
    r"di[e]|dead|death|dying|kill|mat[aoe]|mor[ií]|muer|muri|overdos|od'?d|passed|hopeless|aguant|soport|fatal|knock|"
    r"good\s*bye|"
    r"for\s+good|at\s+once|golpe|siempre|forever|despedi|tenia|tiene|dejo|trae|wak|bridge|puente|celular|cel\b|"
    r"telefono|movil|roof|azotea|techo|rifle|gun|knife|hunting|mortal|(?:my|mi)\s+(?:last|ultim|final)|acabo|farewell|"
    r"going\s+away|no\s+point|heart\s+attack"
)


def blank_figures_of_speech(repaired: str) -> str:
    """`repaired` (folded text after `spelling.repair_safety_words`) with figures of speech that borrow crisis words
    blanked out: the safety text that `crisis_reason` and the risk checks read."""
    if _FIGURE_WORDS.search(repaired) is None:
        return repaired
    return _FIGURES.sub(" ~ ", repaired)


def crisis_reason(safety: str) -> Reason | None:
    """The rule and words by which `safety` (folded text, typo-repaired, figures of speech blanked: see
    `blank_figures_of_speech`) shows a sign of suicidal thoughts or self-harm, including the `risk.strong_risk`
    combinations; None when it shows none."""
    said = found(_CRISIS, safety)
    if said is not None:
        return Reason(_phrase_rule(safety), said)
    farewell = found_beside(_FAREWELL, _FINALITY, safety)
    if farewell is not None:
        return Reason("crisis.farewell", " ... ".join(farewell))
    aimed = found_beside(_MEANS, _AIMED, safety)
    for rule, words in (
        ("crisis.overdose", found(_OVERDOSE, safety)),
        ("crisis.means_to_end", _pills_beside(_ENDING, safety)),
        ("crisis.all_the_pills", _pills_beside(_ALL_OF_THEM, safety)),
        ("crisis.plan_or_method", plans_or_method(safety)),
        ("crisis.preparations", preparations(safety)),
        ("crisis.hopeless", hopeless_about_the_future(safety)),
        ("crisis.means_aimed", None if aimed is None else " ... ".join(aimed)),
        ("crisis.strong_risk", strong_risk(safety)),
    ):
        if words is not None:
            return Reason(rule, words)
    return None


# All the pills at once, said of pills named elsewhere in the text: "a whole bottle of ambien saved and im thinking
# about taking them all tonight", "me las voy a tomar todas". Said in the past ("took them all") it is a report.
_ALL_OF_THEM = re.compile(
    r"\b(?:take|taking|swallow|swallowing|down|downing|pop|popping)\s+(?:them|those|these|em|it)\s+all\b"
    r"|\b(?:take|taking|swallow|swallowing|down|downing|pop|popping)\s+all\s+of\s+(?:them|those|these|em)\b"
    r"|\b(?:tomarmel[oa]s|tomarl[oa]s|tragarmel[oa]s)\s+(?:tod[oa]s|junt[oa]s|de\s+golpe|de\s+una\s+vez)\b"
    r"|\bme\s+l[oa]s\s+(?:tomo|voy\s+a\s+tomar|trago)\s+(?:tod[oa]s|junt[oa]s|de\s+golpe)\b"
)


def _pills_beside(rare: re.Pattern[str], safety: str) -> str | None:
    """Pills named beside the words of `rare` (a word of ending, taking them all), as "pills ... words"."""
    said = found_beside(rare, _SWALLOWABLE, safety)
    return None if said is None else f"{said[1]} ... {said[0]}"


_PHRASE_RULES = tuple(
    (rule, re.compile(pattern))
    for rule, pattern in (
        ("crisis.english", ENGLISH),
        ("crisis.spanish", SPANISH),
        ("crisis.self_harm", SELF_HARM_VERBS),
        ("crisis.relative", SOMEONE_ELSE_AT_RISK),
        ("crisis.euphemism", EUPHEMISMS),
    )
)


def _phrase_rule(safety: str) -> str:
    """Which of the phrase lists the combined pattern matched from: looked up only once a crisis is found."""
    return next(rule for rule, pattern in _PHRASE_RULES if pattern.search(safety) is not None)
