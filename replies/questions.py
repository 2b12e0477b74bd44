"""Replies that must not be logged as intake: questions, requests for the clinic's staff and plans.

"can I have a glass of wine at the wedding?" and "I'm going to drink tonight" name a drink but report none; they go
to a person. A question is a "?" (or "¿"), a sentence that opens like one ("how long...", "is it ok...",
"puedo..."), a request for staff ("I need to reschedule", "call me", "llámenme") or a future or wished-for intake
("will probably have a couple", "voy a tomar", "I could use a drink").
"""

import re

from replies.intake.negation import ALCOHOL_KINDS, BENZO_KINDS
from replies.reasons import Reason, found
from replies.text import Kind, Lexeme, word_set

_K = Kind

_OPENING = re.compile(
    r"(?:^|[.!;,\n]\s*)(?:(?:hi|hey|hello|ok|okay|so|um|uh|quick\s+question|question|hola|oye|oiga|dr|doc|doctor|"
    r"nurse|also|and|but|btw|sorry|y|pero|disculpe|perdon)\W+)*"
    r"(?:(?:what|whats|what's|wat|how|why|who|whos|who's|which|where|wheres|where's|if\s+i|what\s+if|si\s+tomo)\b"
    r"|when\s+(?:is|are|do|does|should|can|will|would|was|did|am|my)\b|when's"
    r"|can\s+(?:i|we|you|u|someone|somebody|they|my|he|she)\b|could\s+(?:i|we|you|u|someone|somebody)\b"
    r"|should\s+(?:i|we|my)\b|shall\s+i\b|may\s+i\b|is\s+[a-z0-9]|isn'?t\b|should\b"
    # "could use a beer", "would kill for a margarita" open a wish, read with the rest of the reply (_plans_intake).
    r"|(?:could|would)\b(?!\s+(?:really\s+|totally\s+|literally\s+|so\s+)?(?:use|kill|murder|die)\b)"
    r"|are\s+(?:you|we|there|they|my)\b|am\s+i\b|do\s+(?:i|you|we|u|they|y'?all)\b|does\s+\w+|did\s+(?:i|you|u|someone|my)\b"
    r"|will\s+(?:i|it|you|u|that|this|my|there|they|he|she|we|the|insurance|medicare|medicaid|ketamine|someone|anyone)\b|would\s+(?:it|i|you|that)\b|have\s+you\b|any\s+chance\b"
    r"|is\s+it\s+ok|i\s+was\s+wondering|wondering\s+if|just\s+wondering|quick\s+q\b"
    r"|que\s+(?:hora|dia|puedo|debo|hago|pasa|significa|tal\s+si|tan|es|tengo|necesito)\b"
    r"|(?:a|para|de|desde|hasta)\s+(?:que\s+(?:hora|dia|fecha)|cuando|donde)\b"
    r"|cuando\s+(?:es|son|puedo|debo|tengo|empiezo|dejo|sera|seria|me\s+toca|toca|sigue|viene|vengo|regreso|vuelvo)\b|donde\b|como\s+(?:puedo|debo|hago|le\s+hago|se)\b"
    r"|cuant[oa]s?\b|quien\b|cual(?:es)?\b|por\s*que\b|puedo\b|podria\b|podre\b|debo\b|deberia\b|se\s+puede\b"
    r"|es\s+(?:malo|normal|seguro|peligroso)\b|esta\s+bien\s+si\b|tengo\s+que\b|hay\s+(?:algun|problema)\b)"
)

_STAFF = re.compile(
    r"\bre\s*-?\s*(?:schedul|book)\w*|\b(?:move|moving|change|changing|cancel|canceling|cancelling|postpone|push|"
    r"pushing|bump|switch|swap|shift)\s+(?:back\s+|up\s+)?(?:my|the|our|this|next|that|tomorrow'?s?)\s+(?:\w+\s+){0,3}?"
    r"(?:appointment|appointments|appt|appts|infusion|infusions|session|sessions|treatment|visit|time)\b"
    r"|\b(?:new|different|another)\s+(?:appointment|appt)\b|\bdifferent\s+time\b"
    r"|\bcall\s+me\b|\bgive\s+me\s+a\s+call\b|\b(?:can|could)\s+(?:someone|somebody|you)\s+call\b"
    r"|\b(?:talk|speak)\s+(?:to|with)\s+(?:a|the|my|someone|somebody|your)\b|\bneed\s+to\s+(?:talk|speak)\b"
    r"|\bneed\s+(?:some\s+)?help\b|\b(?<!\bto\s)help\s+me\b|\bto\s+help\s+me\b(?!\s+(?:sleep|relax|calm|chill|rest|"
    r"unwind|wind\s+down|fall\s+asleep|get\s+(?:to\s+)?sleep|nod\s+off|take\s+the\s+edge))|\bcontact\s+me\b|\btext\s+me\s+back\b|\bget\s+back\s+to\s+me\b"
    r"|\brunning\s+late\b|\b(?:i'?ll|ill|i\s+will|gonna|going\s+to)\s+be\s+late\b|\brefill\b"
    r"|\bcan'?t\s+make\s+(?:it|my|the)\b|\bwon'?t\s+(?:be\s+able\s+to\s+)?make\s+it\b|\bneed\s+a\s+ride\b"
    r"|\b(?:is|was)\s+(?:that|this|it)\s+(?:ok|okay|alright|all\s+right|bad|fine|a\s+problem|too\s+much|safe)\b"
    r"|\bwill\s+(?:that|this|it)\s+(?:affect|ruin|hurt|matter|be\s+(?:ok|okay|a\s+problem))\b|\bam\s+i\s+(?:ok|okay)\b"
    r"|\besta\s+bien\s+eso\b|\bes\s+(?:malo|mucho|un\s+problema)\b|\b(?:afecta|afectara)\b"
    r"|\bany\s+(?:issue|issues|problem|problems|chance|reason|way|risk)\s+(?:with|if|to|that|i)\b"
    r"|\bif\s+i\s+(?:have|had|drink|drank|take|took|use)\b|\bsi\s+(?:tomo|bebo|me\s+tomo)\b"
    r"|\b(?:want|wanna|need|dying|like|love|trying|curious|itching|dying)\s+to\s+(?:know|find\s+out|check|confirm|hear|"
    r"ask)\s+(?:when|what|where|how|if|whether|which|about\s+(?:my|the))\b"
    r"|\b(?:let\s+me\s+know|tell\s+me|remind\s+me)\s+(?:when|what\s+time|where|which\s+day)\b"
    r"|\b(?:quiero|quisiera|necesito|me\s+muero\s+por|me\s+gustaria|ocupo)\s+(?:saber|preguntar|confirmar)\s+(?:cuando|"
    r"que|a\s+que\s+hora|donde|como|si|cuant[oa]s?|sobre\s+(?:mi|la|el))\b"
    r"|\b(?:digame|diganme|dime|recuerdeme|recuerdenme|avisenme|aviseme)\s+(?:cuando|a\s+que\s+hora|donde|que\s+dia)\b"
    r"|\bhave\s+a\s+question\b|\bgot\s+a\s+question\b|\bquestion\s+about\b|\bconfused\s+(?:about|by|with|on)\b"
    r"|\breprogram\w*|\breagend\w*|\b(?:cambi(?:ar|o|e|en|a|ame|enme)|mover|muev(?:an|a|e|o)(?:me|nme)?|movamos|"
    r"cancel(?:ar|o|e|en|a|ame|enme)|pospon\w*|recorr\w*|aplaz\w*|pasar)\s+(?:mi|la|el|su|mis|las)\s+(?:\w+\s+){0,2}?(?:cita|citas|infusion|infusiones|sesion|sesiones|"
    r"consulta|tratamiento)\b|\b(?:otra|nueva)\s+(?:cita|fecha|hora)\b"
    r"|\bll[aá]m(?:a|e|en)(?:me|nme)\b|\bme\s+(?:pueden|puede|podrian)\s+llamar\b|\bmarc(?:ame|arme)\b|\bmarquenme\b"
    r"|\b(?:me\s+)?(?:pueden|puede|podrian|podria)\s+(?:mandar|enviar|pasar|dar|mandarme|enviarme|pasarme|darme)\b"
    r"|\bme\s+(?:mandan|envian|pasan|manda|envia|pasa)\s+(?:el|la|los|las|un|una|su)\b"
    r"|\bsend\s+me\s+(?:the|a|an|your)\s+(?:link|address|directions|info|form|forms|paperwork|schedule|number)\b"
    r"|\bhablar\s+con\b|\bnecesito\s+(?:ayuda|hablar)\b|\bayud(?:a|e|en)me\b|\bayudenme\b|\bllego(?<!\bsi\sllego)\s+tarde\b"
    r"|\bvoy\s+a\s+llegar\s+tarde\b|\btengo\s+una\s+pregunta\b|\bno\s+puedo\s+ir\b"
    # Leave to drink asked mid-sentence, with or without a "?": "the wedding is saturday can i have a glass".
    r"|\b(?:can|could|may)\s+i\s+(?:\w+\s+)?(?:have|drink|get|do|take|grab|try|sip)\b"
    r"|\b(?:is\s+it|would\s+it\s+be)\s+(?:ok|okay|alright|fine|safe|cool)\s+(?:to|if)\b|\bam\s+i\s+allowed\s+to\b"
    r"|\b(?:puedo|podria|podre|se\s+vale|esta\s+bien\s+si|me\s+dejan)\s+(?:\w+\s+)?(?:tomar|beber|tomarme|echarme|"
    r"pedir|probar)\b"
    r"|\b(?:ok|okay|alright|fine)\s+or\s+(?:nah|no|not)\b"
    # A visit moved by pronoun, mid-sentence: "idk if i can make it thurs can we move it".
    r"|\b(?:can|could)\s+(?:we|you|u|someone)\s+(?:move|change|push|switch|reschedule|cancel|bump)\s+(?:it|that|this)\b"
    # A question passed on by a relative: "my mom asks if she can take her xanax", "pregunta si puede".
    r"|\b(?:asks|is\s+asking|wants\s+to\s+know|pregunta|quiere\s+saber)\s+(?:si|if|whether)\s+(?:\w+\s+)?(?:can|could|"
    r"should|may|puede|podria|debe|tiene\s+que)\b"
)

# A threat said in jest about drinking is a reason not to, not a question: "mi mamá me mata si tomo", "my wife would
# kill me if I drank". Blanked out before the conditional below can read "si tomo" or "if I drank" as one.
_THREATENED = re.compile(
    r"\b(?:me\s+(?:mata|matan|mataria|matarian|regana|reganan|corre|corren)|se\s+(?:enoja|enojaria|pone\s+"
    r"furios[oa])|(?:would|will|'?d|gonna|is\s+gonna)\s+(?:kill|murder|divorce|disown)\s+me|(?:would|will|'?d)\s+(?:be\s+)?"
    r"(?:mad|furious|pissed|freak\s+out|lose\s+it))\s+(?:\w+\s+)?(?:si|if)\s+(?:i\s+|yo\s+|me\s+)?(?:\w+\s+)?"
    r"(?:tomo|tomara|bebo|bebiera|drink|drank|had|have|take|took|used|use)\b"
)

_PAST_VERBS = word_set(
    "had drank took taken did used consumed tome tomado bebi bebido popped downed chugged finished swallowed consumi "
    "tomamos bebimos drinked sipped dosed"
) | {"me tome", "me eche"}
_MENTIONS = ALCOHOL_KINDS | BENZO_KINDS
_INTAKE = _MENTIONS | frozenset({_K.HAVEVERB, _K.TAKEVERB})
_WINDOW = 6


def question_reason(folded: str, lexemes: list[Lexeme]) -> Reason | None:
    """The rule and words that make `folded` a question, a request for staff or a plan to drink or take a dose, or
    None."""
    folded = _THREATENED.sub(" ", folded)
    mark = next((lexeme for lexeme in lexemes if lexeme.kind is _K.QMARK), None)
    if mark is not None:
        return Reason("question.mark", mark.text)
    for rule, pattern in (("question.opening", _OPENING), ("question.staff", _STAFF)):
        words = found(pattern, folded)
        if words is not None:
            return Reason(rule, words)
    planned = _plans_intake(lexemes)
    return None if planned is None else Reason("question.plan", planned)


def _plans_intake(lexemes: list[Lexeme]) -> str | None:
    """A future or wished-for intake within one clause: "will probably have a couple beers", "voy a tomar",
    "gonna drink tonight", "could use a drink". "was going to" is the past, and "had 2 beers, tomorrow is my
    infusion" reports what was had. A wish beside a report ("would kill for a margarita but 0 drinks so far") is
    only a wish: the report is read, without the wished-for drink."""
    n = len(lexemes)
    for i, lexeme in enumerate(lexemes):
        if lexeme.kind is not _K.FUTURE:
            continue
        if i > 0 and lexemes[i - 1].kind is _K.PAST:
            continue
        if lexeme.form == "wish" and _reports_elsewhere(lexemes, i):
            continue
        for j in range(i + 1, min(n, i + 1 + _WINDOW)):
            following = lexemes[j]
            if following.kind in (_K.SEP, _K.QMARK):
                break
            if following.kind in _INTAKE and following.kind is not _K.NONALC and following.text not in _PAST_VERBS:
                return f"{lexeme.text} ... {following.text}"
        if lexeme.text in _TIME_AHEAD and not _past_in(lexemes, i):
            for j in range(i - 1, max(-1, i - 1 - _WINDOW), -1):
                before = lexemes[j]
                if before.kind in (_K.SEP, _K.QMARK):
                    break
                if before.kind in _MENTIONS:
                    return f"{before.text} ... {lexeme.text}"
    return None


_TIME_AHEAD = frozenset(
    {
        *("tomorrow", "tmrw", "tmr", "tomorow", "tommorow", "tommorrow", "tmw", "manana", "later", "next week"),
        *("next weekend", "this weekend", "pasado manana", "mas tarde", "el fin de semana", "este fin de semana"),
        *("la proxima semana", "proxima semana", "later tonight", "luego"),
    }
)


def _past_in(lexemes: list[Lexeme], i: int) -> bool:
    """Whether the clause around `i` says something was had: then a later day is only context."""
    start, end = _clause_around(lexemes, i)
    return any(lexemes[k].text in _PAST_VERBS or lexemes[k].kind is _K.DAY for k in range(start, end))


_REPORTING = _MENTIONS | frozenset({_K.NUM, _K.NEG, _K.SOBER})


def _reports_elsewhere(lexemes: list[Lexeme], i: int) -> bool:
    """Whether a clause other than the one around `i` names a drink, a drug, a count or a none."""
    start, end = _clause_around(lexemes, i)
    return any(lexeme.kind in _REPORTING for k, lexeme in enumerate(lexemes) if not start <= k < end)


def _clause_around(lexemes: list[Lexeme], i: int) -> tuple[int, int]:
    start = i
    while start > 0 and lexemes[start - 1].kind not in (_K.SEP, _K.QMARK):
        start -= 1
    end = i
    while end < len(lexemes) and lexemes[end].kind not in (_K.SEP, _K.QMARK):
        end += 1
    return start, end
