"""Withdrawal and medical danger signs, in English and Spanish: seizure, shaking, hallucinations, chest pain, trouble
breathing, confusion, fainting, a racing heart, psychosis or paranoia (CONTRACTS.md section 4; clinical.md, "Safety").

Patients describe more often than they name: a seizure is "had a fit, my wife said I wouldn't wake up", a
hallucination "bugs crawling on the walls", paranoia "the neighbours are watching me", "me persiguen".

A symptom goes to a person and is never logged as intake, even beside a drink count: "me tiemblan las manos desde
que dejé el clonazepam" is a danger sign, not a report of clonazepam. One that the patient denies ("no shaking",
"sin temblores") is not one. Text is read after `spelling.repair_safety_words`, so "siezure" and "halucinating" count.
"""

import re

from replies.phrases import phrase_pattern
from replies.text import word_set

_THINGS_SEEN = (
    r"(?:things|stuff|voices|bugs|insects|spiders|people|shadows|faces|figures|animals|cosas|voces|bichos|insectos|"
    r"aranas|sombras|gente|personas|caras|figuras|animales|ruidos|alguien|persona|senor|senora|senores|hombre|hombres|"
    r"mujer|mujeres|nino|ninos|nina|ninas)"
)
_SYMPTOM = phrase_pattern(
    # Seizures.
    r"\bseiz(?:ure|ures|ing|ed)\b|\bconvuls\w*|\bfits?\s+(?:again|last\s+night)\b|\bepilep\w*"
    r"|\bataques?\s+(?:epileptic\w*|convulsiv\w*)|\bcrisis\s+convulsiv\w*|\bme\s+(?:dio|dieron|da)\s+(?:un\s+)?ataques?\b(?!\s+de\s+(?:risa|celos|hambre|tos))"
    # A seizure described rather than named: a fit, jerking on the floor, not waking, a bitten tongue.
    r"|\b(?:(?:i|i'?ve|just)\s+|(?<![\w']\s)(?<![\w']\s\s))(?:had|having|got)\s+(?:a|another|two|2|three|3)\s+fits?\b"
    r"|\b(?:jerk\w*|twitch\w*|thrash\w*|flail\w*|flopping|spasm\w*|sacudi\w*|me\s+sacudia)\b[^.!?\n]{0,40}?"
    r"\b(?:floor|ground|uncontrollabl\w*|whole\s+body|piso|suelo)\b"
    r"|\b(?:on|in)\s+the\s+(?:floor|ground)\s+(?:\w+\s+){0,2}?(?:jerk\w*|twitch\w*|thrash\w*|flail\w*|flopping|spasm\w*|"
    r"convuls\w*|shaking)\b|\ben\s+el\s+(?:piso|suelo)\s+(?:\w+\s+){0,2}?(?:sacudi\w*|convulsion\w*|temblando|"
    r"retorciendose)\b"
    r"|\b(?:wouldn'?t|would\s+not|couldn'?t|could\s+not)\s+(?:wake\s+(?:me|him|her)|come\s+to|respond)\b"
    r"|\b(?:wouldn'?t|would\s+not)\s+wake\s+up\b|\bunresponsive\b|\bfoam\w*\s+(?:at|from)\s+(?:the|my)\s+mouth\b"
    r"|\bbit\s+(?:my|his|her)\s+tongue\b|\bno\s+(?:reaccionaba|respondia|despertaba)\b|\bespuma\s+(?:por|en)\s+la\s+boca\b"
    r"|\bme\s+mordi\s+la\s+lengua\b|\bme\s+(?:convulsione|converti)\b"
    # Shaking.
    r"|\bshak(?:ing|y|iness)\b|\b(?<!protein\s)(?<!milk\s)(?<!the\s)shakes\b|\bthe\s+shakes\b|\btremor\w*|\btrembl\w*"
    r"|\b(?:hands?|body|legs?|arms?)\s+(?:won'?t|will\s+not|can'?t)\s+stop\s+(?:shaking|moving)\b"
    r"|\btembl\w*|\btiembl\w*|\btemblor(?:es)?\b|\btembladera\b"
    # Hallucinations and psychosis.
    r"|\bhallucinat\w*|\bhalluc\w*|\balucin\w*"
    r"|\b(?:seeing|hearing|see|sees|hear|hears|saw|heard)\s+(?:\w+\s+)?(?:things|stuff|voices|bugs|insects|spiders|shadows)\b"
    r"|\b(?:hear|hearing|hears|heard)\s+(?:\w+\s+)?(?:music|voices|sounds)\s+(?:nobody|no\s+one|noone)\s+else\b"
    r"|\b(?:seeing|hearing|see|hear|saw|heard)\s+(?:\w+\s+)?(?:people|faces|figures|animals)\b"
    r"(?!\s+(?:today|tonight|later|tomorrow|at|for|from|in|on|this|again|and\s+had))"
    r"|\bthings\s+that\s+(?:are\s*n'?t|arent|are\s+not|were\s*n'?t|werent)\s+(?:there|real)\b"
    r"|\b(?:people|someone|somebody|voices|bugs|shadows)\s+(?:that|who|which)\s+(?:are|is|were|was)\s*n'?t\s+(?:there|real)\b"
    r"|\b(?:seeing|hearing|see|hear|saw|heard|there\s+(?:are|is|were|was)|there'?s)\s+(?:\w+\s+)?(?:things|people|"
    r"someone|somebody|faces|figures|animals|voices|bugs|shadows|men|women|kids|children|a\s+(?:man|woman|kid|child|"
    r"person|dog|cat))\b[^.!?\n]{0,40}?\b(?:that|who|which)\s+(?:(?:are|is|were|was)\s*n'?t|(?:are|is|were|was)\s+not|"
    r"do\s*n'?t|does\s*n'?t|do\s+not|does\s+not)\s+(?:really\s+)?(?:there|real|exist)\b"
    r"|\bcrawling\s+(?:on|under)\s+(?:me|my\s+skin)\b"
    # A voice or a person heard, then found not to be there: "heard someone call my name but nobody was home".
    r"|\b(?:hear|hears|hearing|heard|oigo|oi|oyendo|escucho|escuche|escuchando)\s+(?:\w+\s+){0,2}?(?:someone|somebody|"
    r"people|voices?|my\s+name|knocking|footsteps|alguien|gente|voces|mi\s+nombre|pasos)\b[^.!?\n]{0,40}?"
    r"\b(?:(?:nobody|no\s+one|noone|nadie)\s+(?:was|is|were|else\s+(?:was|is)|there|home|here|around|estaba|habia|"
    r"hay|en\s+casa|ahi|aqui)|no\s+(?:habia|hay|estaba)\s+nadie)\b"
    rf"|\b(?:veo|vi|viendo|escucho|escuche|escuchando|oigo|oi|oyendo)\s+(?:\w+\s+){{0,2}}?{_THINGS_SEEN}\s+"
    r"(?:\w+\s+){0,3}?(?:que\s+no\s+(?:existe|existen|esta|estan|hay|son\s+reales|es\s+real))"
    r"|\b(?:veo|escucho|oigo|vi|oi|viendo|oyendo|escuchando)\s+(?:cosas|voces|bichos|insectos|sombras|aranas)\b"
    r"|\b(?:seeing|see|saw)\s+(?:bugs|insects|spiders|ants|worms|snakes|shadows)\s+(?:on|in|all\s+over)\s+(?:the|my)\s+"
    r"(?:walls?|ceiling|floor|skin|bed|room)\b"
    r"|\b(?:bugs|insects|spiders|ants|worms|snakes|rats|mice|roaches|things|shadows|bichos|insectos|aranas|hormigas|"
    r"gusanos|cucarachas|sombras|cosas)\s+(?:are\s+|were\s+|keep\s+)?(?:crawling|moving|running|walking|climbing|"
    r"caminando|moviendose|saliendo|subiendo|corriendo)\b[^.!?\n]{0,30}?\b(?:walls?|ceiling|floor|skin|bed|room|"
    r"paredes?|techo|piel|cama|cuarto)\b"
    r"|\b(?:bugs|insects|ants|spiders|worms|crawl\w*)\b[^.!?\n]{0,20}?\bunder\s+my\s+skin\b"
    r"|\b(?:walls?|ceiling|paredes|techo)\s+(?:are\s+|is\s+|keep\s+)?(?:moving|breathing|melting|se\s+mueven?|respiran?)\b"
    # Seeing or hearing what is not there, said in Spanish: "ve gente en su cuarto que no está ahí".
    r"|\b(?:ve|veo|vio|vi|viendo|oye|oigo|oyo|escucha|escucho|escuchando)\s+(?:\w+\s+){1,5}?que\s+no\s+(?:esta|estan|"
    r"estaba|estaban|existe|existen)\b"
    # Not knowing one's own: "forgot my son's name for a minute", "no sabía dónde estaba".
    r"|\bforg[eo]t\s+(?:my|his|her)\s+(?:own\s+)?(?:son'?s|sons|daughter'?s|daughters|wife'?s|husband'?s|kids'?|"
    r"mom'?s|own)\s+names?\b|\b(?:didn'?t|did\s+not|don'?t|doesn'?t|didnt|dont)\s+know\s+where\s+(?:i|he|she)\s+"
    r"(?:was|is|am)\b|\bno\s+(?:sabia|sabe|se)\s+(?:donde|en\s+donde)\s+(?:estaba|esta|estoy)\b"
    r"|\bse\s+le\s+olvido\s+(?:el\s+)?nombre\s+de\b|\bolvide\s+(?:el\s+)?nombre\s+de\s+mi\b"
    r"|\b(?:camin\w*|mov\w*|arrastr\w*)\s+(?:\w+\s+){0,2}?(?:debajo\s+de|bajo|por)\s+(?:mi|la)\s+piel\b"
    # Paranoia (clinical.md: psychosis or paranoia is a sign to escalate at once).
    r"|\b(?:someone|somebody|people|they|they'?re|theyre|everyone|everybody|neighbou?rs?|cops|police|government|fbi|"
    r"cia|men|strangers)\b(?:\s+\w+){0,3}?\s+(?:watching|following|spying\s+on|tracking|stalking|poisoning|"
    r"plotting\s+against|out\s+to\s+get|trying\s+to\s+(?:kill|poison|hurt))\s+me\b(?!\s+on\s+(?:instagram|insta|ig|"
    r"twitter|x|tiktok|facebook|fb|social|snap\w*|youtube|twitch))"
    r"|\b(?:i'?m|im|i\s+am|am)\s+(?:being\s+)?(?:watched|followed|spied\s+on|stalked|poisoned)\b"
    r"|\bhidden\s+(?:cameras?|microphones?|mics)\b|\b(?:tapped|bugged)\s+my\s+(?:phone|house|room|car|apartment)\b"
    r"|\breading\s+my\s+(?:mind|thoughts)\b|\bputting\s+thoughts\s+in(?:to)?\s+my\s+head\b"
    r"|\bme\s+(?:persiguen|vigilan|espian|observan|acechan|estan\s+(?:siguiendo|vigilando|espiando|persiguiendo|"
    r"observando|envenenando))\b|\bme\s+quieren\s+(?:hacer\s+dano|matar|envenenar)\b"
    r"|\bme\s+siguen\s+(?:a\s+todas\s+partes|a\s+todos\s+lados|por\s+la\s+calle)\b"
    r"|\b(?:alguien|una\s+persona|un\s+hombre|una\s+mujer|gente)\s+me\s+(?:persigue|vigila|espia|observa|acecha|"
    r"sigue)\b(?!\s+(?:en|por)\s+(?:instagram|insta|ig|twitter|x|tiktok|facebook|fb|redes|youtube))"
    r"|\bme\s+(?:persigue|vigila|espia|acecha)\s+(?:\w+\s+){0,2}?(?:todo\s+el\s+(?:tiempo|dia)|a\s+todas\s+partes|"
    r"dia\s+y\s+noche)\b"
    # Delirium: nonsense talk, not knowing one's own people (clinical.md: confusion).
    r"|\bdelir\w*|\bdelirium\b|\b(?:talking|talks|talked|saying|says|speaking|babbling)\s+(?:\w+\s+)?(?:nonsense|"
    r"gibberish)\b|\b(?:dice|decia|diciendo|habla|hablando|hablaba)\s+(?:puras\s+)?(?:cosas\s+sin\s+sentido|"
    r"incoherencias|disparates)\b|\bincoherente\b"
    r"|\b(?:does\s*n'?t|doesnt|does\s+not|did\s*n'?t|didnt|can'?t|cant|could\s*n'?t|wouldn'?t|won'?t)\s+recogni[sz]e\s+"
    r"(?:me|us|anyone|anybody|his|her|my|their|the\s+kids|family)\b"
    r"|\bno\s+(?:me|nos|la|lo|los|las)\s+(?:reconoce|reconocia|reconocio)\b|\bno\s+reconoce\s+a\b"
    r"|\bparanoi\w*|\bpsychos[ie]s\b|\bpsychotic\b|\bpsicosis\b|\bpsicotic\w*"
    # Chest pain, a racing heart, trouble breathing.
    r"|\bchest\s+(?:pain|pains|hurts|is\s+tight|feels\s+tight|tightness|pressure)\b|\b(?:pain|pressure)\s+in\s+my\s+chest\b"
    r"|\b(?:elephant|weight|ton\s+of\s+bricks)\s+(?:is\s+)?(?:sitting\s+|standing\s+)?on\s+my\s+chest\b"
    r"|\bchest\s+(?:was\s+|is\s+|felt\s+|feels\s+)?(?:being\s+)?(?:squeezed|crushed|caving\s+in)\b"
    r"|\b(?:left\s+)?arm\s+(?:is\s+|keeps\s+|going\s+|went\s+)?(?:numb|tingling|going\s+numb)\b"
    r"|\b(?:hear|hearing|heard)\s+(?:\w+\s+)?(?:whisper\w*|murmur\w*|susurr\w*)\b"
    r"|\b(?:hear|hearing|heard)\s+(?:\w+\s+){0,2}?(?:music|sounds|noises|voices|songs|musica|ruidos|voces)\s+(?:that\s+)?"
    r"(?:isn'?t|aren'?t|wasn'?t|weren'?t|is\s+not|are\s+not|that'?s\s+not|no\s+(?:esta|estan|existe|hay))\b"
    r"|\bbreathing\s+(?:feels\s+|is\s+|has\s+been\s+)?(?:really\s+|so\s+|very\s+)?(?:shallow|slow|weird|labored)\b"
    r"|\btight\s+chest\b|\bheart\s+(?:is\s+)?(?:racing|pounding|beating\s+(?:fast|so\s+fast|out|really\s+fast))\b"
    r"|\bracing\s+heart\b|\bpalpitations?\b|\btachycardi\w*"
    r"|\bheart\s+(?:rate\s+)?(?:has|'s|s|had|keeps|kept|was)\s+(?:been\s+)?(?:racing|pounding)\b"
    r"|\bheart\s+(?:rate\s+)?(?:is\s+|was\s+|keeps\s+|has\s+been\s+|'s\s+been\s+|won'?t\s+stop\s+)?(?:going|beating|pounding|"
    r"thumping|racing)\s+(?:like\s+crazy|"
    r"a\s+mile\s+a\s+minute|out\s+of\s+my\s+chest|so\s+hard|really\s+hard|super\s+fast|way\s+too\s+fast)\b"
    r"|\b(?:can'?t|cant|cannot|can\s+not|hard\s+to|trouble|difficulty|struggling\s+to|hard\s+time)\s+breath\w*"
    r"|\bshort(?:ness)?\s+of\s+breath\w*"
    r"|\b(?:can'?t|cant|cannot|can\s+not|couldn'?t|could\s+not|hard\s+to|trouble|struggling\s+to)\s+(?:catch|get)\s+"
    r"(?:my\s+)?(?:breath\w*|enough\s+air|air)\b|\bgasping\s+for\s+(?:air|breath\w*)\b|\bbreathless\b"
    r"|\bno\s+(?:puedo|podia|pude)\s+(?:recuperar|agarrar|jalar|tomar)\s+(?:el\s+)?(?:aire|aliento)\b"
    r"|\bme\s+falta\s+(?:el\s+)?(?:aliento|respiracion)\b|\bno\s+me\s+entra\s+(?:el\s+)?aire\b"
    r"|\b(?:me|le)\s+cuesta\s+trabajo\s+respirar\b|\bsin\s+aliento\b"
    r"|\bdolor\s+(?:de|en\s+el)\s+pecho\b|\b(?:me|le)\s+duele\s+(?:mucho\s+)?el\s+pecho\b|\b(?:presion|opresion)\s+en\s+el\s+pecho\b"
    r"|\bcorazon\s+(?:\w+\s+){0,2}?(?:acelerad\w*|desbocad\w*|muy\s+rapido|a\s+mil)\b"
    r"|\bcorazon\s+(?:\w+\s+){0,2}?(?:late|latia|palpita|palpitaba|va|iba|anda|andaba)\s+(?:\w+\s+)?(?:rapid\w*|fuert\w*|"
    r"acelerad\w*|a\s+mil|durisimo|muy\s+duro)"
    r"|\b(?:me\s+)?(?:late|latia|palpita|palpitaba)\s+(?:muy\s+|bien\s+|super\s+|demasiado\s+)?(?:rapid\w*|fuert\w*|"
    r"a\s+mil|durisimo|duro)\s+(?:\w+\s+){0,2}?corazon\b"
    r"|\bpalpitaciones\b|\btaquicardi\w*"
    r"|\bno\s+puedo\s+respirar\b|\bme\s+falta\s+el\s+aire\b|\bfalta\s+de\s+aire\b|\bdificultad\s+para\s+respirar\b"
    r"|\b(?:me|le|nos)\s+cuesta\s+(?:mucho\s+|trabajo\s+|bastante\s+)?respirar\b|\bme\s+ahogo\b|\bse\s+(?:ahoga|esta\s+ahogando)\b"
    # Confusion, fainting.
    r"|\bconfus(?:ed|ion)\b(?!\s+(?:about|by|with|on|as\s+to|why|what|how|if|whether|when|which|where|re|regarding))"
    r"(?!\s*[,:;-]?\s*¿?(?:is|are|was|do|does|did|can|should|when|what|which|where|how|whats|what's)\s)"
    r"|\bdisoriented\b|\bdelirium\b|\bdelirious\b|\bd\.?t\.?s\b|\bdon'?t\s+know\s+where\s+i\s+am\b"
    r"|\bfaint(?:ed|ing)?\b|\bpass(?:ed|ing)?\s+out\b|\bblack(?:ed|ing)?\s+out\b|\blost\s+consciousness\b"
    r"|\bconfundid[oa]\b(?!\s+(?:con|sobre|por))(?!\s*[,:;-]?\s*¿?(?:mi\s+cita|mi\s+infusion|es\b|cuando|que\s+dia|a\s+que))"
    r"|\bdesorientad[oa]\b|\bno\s+se\s+donde\s+estoy\b"
    r"|\bdelirio\w*|\bdesmay\w*|\bme\s+desvaneci\w*|\bdesvaneci(?:endome|da|do)\b|\bperdi\s+el\s+conocimiento\b"
    # Confusion described rather than named: losing track of where one is, what day it is, or one's own words.
    r"|\b(?:i'?m|im|i\s+am|been|keep|keeps|he'?s|hes|she'?s|shes|he\s+(?:is|was)|she\s+(?:is|was)|they'?re|theyre)\s+"
    r"(?:not\s+|still\s+not\s+)?(?:making|talking)\s+(?:any\s+|no\s+)?(?:sense|nonsense)\b"
    r"|\b(?:forget\w*|forgot|lose\s+track\s+of|losing\s+track\s+of|lost\s+track\s+of|(?:don'?t|dont|can'?t|cant)\s+"
    r"(?:know|tell|remember|figure\s+out))\s+(?:where\s+i\s+(?:am|was)|what\s+day\s+it\s+is|what\s+year\s+it\s+is|"
    r"who\s+i\s+am|how\s+i\s+got\s+(?:here|home))\b"
    r"|\bno\s+(?:se|recuerdo|me\s+acuerdo|reconozco)\s+(?:ni\s+)?(?:en\s+)?(?:donde|que\s+dia|que\s+ano|quien|como\s+"
    r"llegue)\s*(?:estoy|es|soy|aqui|a\s+casa)?\b"
    r"|\b(?:se\s+me\s+olvida|olvido|olvidando)\s+(?:\w+\s+)?(?:donde\s+estoy|que\s+dia\s+es|quien\s+soy)\b"
    r"|\bno\s+(?:tiene\s+sentido\s+lo\s+que\s+(?:digo|hablo)|estoy\s+pensando\s+(?:claro|bien)|puedo\s+pensar\s+claro)\b"
    # A seizure's aftermath, a body jerking, shadow people and a warped world.
    r"|\b(?:bit|bitten|bite)\s+(?:my\s+|his\s+|her\s+)?tongue\b|\btongue\s+(?:was\s+)?bitten\b|\bme\s+mordi\s+la\s+lengua\b"
    r"|\b(?:woke|waking|wake)\s+up\s+on\s+the\s+(?:floor|ground)\b|\bdesperte\s+en\s+el\s+(?:piso|suelo)\b"
    r"|\b(?:whole\s+)?body\s+(?:is\s+|keeps\s+|won'?t\s+stop\s+)?(?:jerking|twitching|convulsing|spasming)\b"
    r"|\bshadow\s+(?:people|figures|men)\b|\b(?:looks?|seems?|is|everything)\s+(?:all\s+)?(?:warped|melting|breathing)\b"
    # Unreality and lost time, and a voice heard with nobody there.
    r"|\b(?:everything|things|it\s+all|the\s+world|nothing)\s+(?:feels?|seems?|looks?)\s+(?:so\s+|really\s+)?(?:unreal|real)\b"
    r"|\blos(?:e|ing|t)\s+track\s+of\s+time\b|\bpierdo\s+la\s+nocion\s+del\s+tiempo\b"
    r"|\b(?:hear|hearing|heard|keep\s+hearing)\s+(?:\w+\s+){0,5}?(?:when|but|and|though)\s+(?:nobody|no\s+one|noone|"
    r"there'?s\s+no\s+one|no\s+hay\s+nadie|nadie)\b"
    # Withdrawal and panic.
    r"|\bwithdraw(?:al|als|ing)\b|\babstinencia\b|\b(?:vomiting|throwing\s+up|puking)\s+blood\b|\bvomit\w*\s+sangre\b"
    r"|\bpanic\s+attacks?\b|\bfeel(?:s|ing)?\s+like\s+i'?m\s+dying\b|\bsiento\s+que\s+me\s+muero\b|\bataques?\s+de\s+(?:panico|ansiedad)\b"
)

_NEGATORS = word_set(
    "no not never without sin zero any none nor ni didn't didnt don't dont haven't havent hasn't hasnt wasn't isn't "
    "aren't ningun ninguna ninguno nada stopped less fewer"
)
_BREAKS = word_set("but pero and y")
_PREFIX_WORD = re.compile(r"[a-z']+|[,.;!?]")


def symptom_words(repaired: str) -> str | None:
    """The words of the first danger sign in `repaired` (folded text after `spelling.repair_safety_words`) that the
    patient does not deny within the three words before it, or None."""
    for match in _SYMPTOM.finditer(repaired):
        if not _denied(repaired[max(0, match.start() - 60) : match.start()]):
            return match.group().strip()
    return None


def _denied(prefix: str) -> bool:
    words = _PREFIX_WORD.findall(prefix)
    for word in reversed(words[-3:]):
        if word in _BREAKS or not word[0].isalpha():
            return False
        if word in _NEGATORS:
            return True
    return False
