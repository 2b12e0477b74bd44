"""Dying said politely, hopelessness said about the future, and self-harm said in shorthand, English and Spanish.

Patients who mean suicide often borrow softer words: "check out of this life", "leave this world", "quitarme de en
medio", "irme de este mundo", "ya no quiero estar en este mundo"; or they write about harm the way forums do ("SH",
"relapsed on sh"). A future without hope ("nothing is ever going to get better", "esto nunca va a mejorar") is said
of jobs and weather too, so it counts only beside giving up: no point, no strength to keep going, wanting it all
to stop.
"""

import re

from replies.reasons import found_beside

_EN = (
    r"\bcheck(?:ing|ed)?\s+out\s+(?:of\s+(?:this\s+|my\s+)?(?:life|world|existence|earth)|for\s+good|permanently)\b"
    r"|\blog(?:ging|ged)?\s+(?:out|off)\s+(?:of\s+|from\s+)?(?:life|this\s+life|existence|for\s+good)\b"
    r"|\bleav(?:e|ing)\s+(?:this|the)\s+(?:world|earth|life)\s*(?:$|[.!,;]|for\s+good|forever|behind|early|now|soon|"
    r"tonight|and)"
    r"|\b(?:not|never|no\s+longer|don'?t|dont|do\s+not)\s+(?:want\s+to\s+|wanna\s+)?(?:be|stay)\s+(?:in|on)\s+this\s+(?:world|earth|planet)\b"
    r"|\b(?:want|wanna|wish|ready|need)\s+(?:to\s+)?(?:just\s+)?be\s+gone\s+(?:for\s+good|forever|permanently)\b"
    r"|\b(?:go|going|fall)\s+to\s+sleep\s+(?:and\s+)?(?:never|not)\s+wake\b|\bsleep\s+and\s+never\s+wake\b"
    r"|\b(?:how\s+(?:much\s+)?long(?:er)?|not\s+sure|don'?t\s+know|dont\s+know|idk)\s+(?:\w+\s+){0,3}?i\s+can\s+"
    r"(?:keep\s+going|go\s+on|keep\s+(?:doing|living)|hold\s+on|take\s+(?:it|this|much\s+more))\b"
    r"|\b(?:want|wanna|wish|need)\s+(?:it\s+all|everything|all\s+of\s+it|all\s+of\s+this)\s+to\s+(?:stop|end)\b"
    r"|\b(?:letters?|notes?)\s+of\s+(?:goodbye|farewell)\b"
    r"|\b(?:relaps\w*|slipped|urges?|did|doing|started|back)\s+(?:on\s+|to\s+|with\s+|into\s+|for\s+)?sh\b"
    r"|\bsh\s+(?:again|urges|relapse|scars|free|clean)\b|\b(?:days?|weeks?|months?|years?)\s+(?:clean|free)\s+"
    r"(?:from|of)\s+sh\b"
)
_ES = (
    r"\b(?:quitar(?:me|se)|me\s+(?:\w+\s+){0,2}?quit\w*|se\s+(?:\w+\s+){0,2}?quit\w*)\s+de\s+en\s+medio\b"
    r"|\b(?:irme|irse|me\s+(?:\w+\s+){0,2}?(?:ir|voy|vaya|fuera|iria)|dejar|abandonar|salir\w*|marcharme)\s+de\s+"
    r"este\s+mundo\b"
    r"|\b(?:no|nunca)\s+(?:quiero\s+|queria\s+|quisiera\s+)?(?:estar|seguir|vivir|quedarme)\s+(?:mas\s+|ya\s+)?"
    r"en\s+este\s+mundo\b"
    r"|\bdesaparecer\s+(?:para\s+siempre|del\s+mapa\s+para\s+siempre|de\s+una\s+vez)\b"
    r"|\bno\s+(?:se|sabe)\s+cuanto\s+(?:tiempo\s+)?mas\s+(?:\w+\s+){0,2}?(?:aguantar|seguir|resistir|soportar)\b"
    r"|\bya\s+no\s+(?:puedo|aguanto|soporto)\s+(?:seguir|mas)\b"
    r"|\b(?:me\s+)?(?:autolesion\w*|auto\s+lesion\w*)\b|\bme\s+(?:lastimo|corto|hago\s+dano)\s+a\s+proposito\b"
)
EUPHEMISMS = f"{_EN}|{_ES}"

_NO_FUTURE = re.compile(
    r"\bnothing\s+(?:is\s+|will\s+|'?s\s+)?(?:ever\s+)?(?:going\s+to|gonna|will)?\s*(?:ever\s+)?(?:get|be|going\s+to\s+"
    r"get)\s+(?:any\s+)?better\b"
    r"|\b(?:it|things|life|this)\s*(?:'s|is|are|will|'ll)?\s+(?:never|not\s+ever)\s+(?:going\s+to\s+|gonna\s+)?"
    r"(?:get|be)\s+(?:any\s+)?better\b|\bnever\s+(?:going\s+to|gonna)\s+get\s+better\b"
    r"|\b(?:nunca|nada|jamas)\s+(?:\w+\s+)?va\s+a\s+(?:mejorar|cambiar)\b|\bno\s+va\s+a\s+mejorar\s+nunca\b"
    r"|\b(?:nunca|jamas)\s+(?:voy\s+a\s+estar|estare)\s+mejor\b"
)
_GIVING_UP = re.compile(
    r"\b(?:what'?s|whats|what\s+is)\s+(?:even\s+)?the\s+(?:point|use)\b|\bno\s+point\b|\bpointless\b|\bwhy\s+bother\b"
    r"|\b(?:keep|kept)\s+going\b|\bgo\s+on\b|\bgive\s+up\b|\bgiving\s+up\b|\bstop\b|\bend\b|\bdone\b|\btired\b"
    r"|\bpara\s+que\b|\bque\s+caso\b|\bno\s+tiene\s+(?:caso|sentido)\b|\bsentido\b|\bno\s+puedo\s+mas\b"
    r"|\bno\s+aguanto\b|\brendirme\b|\bme\s+rindo\b|\bseguir\b|\bcansad[oa]\b"
)


def hopeless_about_the_future(text: str) -> str | None:
    """The words with which `text` (folded) says nothing will ever get better beside giving up or seeing no point,
    or None."""
    said = found_beside(_NO_FUTURE, _GIVING_UP, text)
    return None if said is None else " ... ".join(said)
