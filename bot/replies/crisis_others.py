"""Someone close writing about the patient: "this is his wife, he says he wants to kill himself", "soy su mamá, dice
que se quiere morir". The first-person phrase lists miss these, yet a relative's word is often the only warning.

Only forms that cannot be read about oneself count: the reflexive of the third person ("himself", "herself",
"matarse", "se quiere morir"), or a wish to die with "he", "she" or a relative as its subject. So "el dolor me mata",
"my wife would kill me" and "he wants to die for a burger" stay out (figures of speech are blanked first, crisis.py).
"""

_THEIR_SELF = r"(?:him\s*self|her\s*self|them\s*selves|them\s*self)"
_RELATIVE = (
    r"(?:husband|wife|son|daughter|mom|mother|dad|father|brother|sister|boyfriend|girlfriend|partner|fiance|fiancee|"
    r"kid|child|grandson|granddaughter|friend|roommate|spouse)"
)
_THEY = rf"(?:he|she|they|he'?s|she'?s|my\s+{_RELATIVE})"
_WANTS = (
    r"(?:wants|wanted|wishes|wished|is\s+going|was\s+going|is\s+gonna|plans|planned|tried|keeps\s+trying|threatened)"
)
_EN = (
    rf"\b(?:kill|kills|killed|killing|hurt|hurts|hurting|harm|harms|harming|cut|cuts|cutting|hang|hanged|hanging|shoot|"
    rf"shot|overdose|overdosed|unalive)\s+{_THEIR_SELF}\b"
    r"|\b(?:end|ends|ended|ending|take|takes|took|taking)\s+(?:his|her|their)\s+(?:own\s+)?life\b"
    rf"|\b{_THEY}\s+(?:\w+\s+)?{_WANTS}\s+to\s+(?:die|be\s+dead|end\s+it(?:\s+all)?|not\s+wake\s+up)\b(?!\s+for\b)"
    rf"|\b{_THEY}\s+(?:does\s*n'?t|doesnt|does\s+not|no\s+longer)\s+want\s+to\s+(?:live|be\s+alive|be\s+here|wake\s+up)\b"
    rf"|\b{_THEY}\s+(?:(?:is|was|has|been|keeps|kept)\s+)*(?:\w+\s+)?(?:talking|saying\s+things)\s+about\s+(?:dying|death|"
    r"ending\s+it|killing|not\s+being\s+(?:here|around|alive))\b"
)
_SE_AUXILIARY = (
    r"(?:(?:quiere|queria|quisiera|piensa|pensaba|intento|trato\s+de|amenaza\s+con|amenazo\s+con|planea|planeaba)\s+)"
)
_ES = (
    rf"\bse\s+{_SE_AUXILIARY}(?:matar|morir|suicidar|quitar\s+la\s+vida|colgar|cortar\s+las\s+venas|tirar\s+de|"
    r"aventar\s+de)\b(?!\s+(?:de\s+(?:risa|hambre|sueno|calor|frio|ganas|verguenza|miedo|susto|aburrimiento)|"
    r"trabajando|estudiando))"
    rf"|\b{_SE_AUXILIARY}(?:matarse|morirse|suicidarse|quitarse\s+la\s+vida|colgarse|ahorcarse|cortarse\s+las\s+venas|"
    r"hacerse\s+dano|lastimarse)\b(?!\s+(?:de\s+(?:risa|hambre|sueno|calor|frio|ganas|verguenza|miedo|susto)|"
    r"trabajando|estudiando))"
    r"|\bhabla\w*\s+(?:mucho\s+|de\s+nuevo\s+)?(?:de|sobre)\s+(?:matarse|morirse|suicidarse|quitarse\s+la\s+vida|"
    r"la\s+muerte|morir)\b"
    r"|\b(?:dice|dijo|decia)\s+que\s+(?:ya\s+)?no\s+quiere\s+(?:vivir|seguir\s+viviendo|estar\s+viv[oa]|despertar|"
    r"seguir\s+aqui|existir)\b"
    r"|\bse\s+(?:esta|estaba)\s+(?:cortando|lastimando|haciendo\s+dano)\b(?!\s+(?:el|la|los|las|un|una)\s+(?:pelo|"
    r"unas|cabello|dedo|mano|rodilla))"
)

SOMEONE_ELSE_AT_RISK = f"{_EN}|{_ES}"
