"""Someone close writing about the patient: "this is his wife, he says he wants to kill himself", "soy su mamá, dice
que se quiere morir". The first-person phrase lists miss these, yet a relative's word is often the only warning.

Only forms that cannot be read about oneself count: the reflexive of the third person ("himself", "herself",
"matarse", "se quiere morir"), or a wish to die with "he", "she" or a relative as its subject. So "el dolor me mata",
"my wife would kill me" and "he wants to die for a burger" stay out (figures of speech are blanked first, crisis.py).
"""

from replies.intake.writer import I_AM_THEIR_ES, RELATIONS_EN
from replies.text import alternation

_THEIR_SELF = r"(?:him\s*self|her\s*self|them\s*selves|them\s*self)"
_RELATIVE = alternation(RELATIONS_EN)
_THEY = rf"(?:he|she|they|he'?s|she'?s|my\s+{_RELATIVE})"
# Someone else shut away with a means of harm, or saying they are finished: "locked himself in with a razor".
_MEANS_NEARBY = (
    r"(?:razor\w*|blades?|knife|knives|gun|pistol|rifle|shotgun|rope|noose|cord|belt|pills|bottle\s+of\s+\w+|navaja|"
    r"cuchill\w*|pistola|arma|soga|cuerda|pastillas)"
)
_WANTS = (
    r"(?:wants|wanted|wishes|wished|is\s+going|was\s+going|is\s+gonna|plans|planned|tried|keeps\s+trying|threatened)"
)
_EN = (
    rf"\b(?:kill|kills|killed|killing|hurt|hurts|hurting|harm|harms|harming|cut|cuts|cutting|hang|hanged|hanging|shoot|"
    rf"shot|overdose|overdosed|unalive)\s+{_THEIR_SELF}\b(?!\s+(?:shaving|cooking|chopping|on\s+(?:a|the)|while|"
    r"by\s+accident|accidentally))"
    r"|\b(?:end|ends|ended|ending|take|takes|took|taking)\s+(?:his|her|their)\s+(?:own\s+)?life\b"
    rf"|\b{_THEY}\s+(?:\w+\s+)?{_WANTS}\s+to\s+(?:die|be\s+dead|end\s+it(?:\s+all)?|not\s+wake\s+up)\b(?!\s+for\b)"
    rf"|\b{_THEY}\s+(?:does\s*n'?t|doesnt|does\s+not|no\s+longer)\s+want\s+to\s+(?:live|be\s+alive|be\s+here|wake\s+up)\b"
    rf"|\b{_THEY}\s+(?:(?:is|was|has|been|keeps|kept)\s+)*(?:\w+\s+)?(?:talking|saying\s+things)\s+about\s+(?:dying|death|"
    r"ending\s+it|killing|not\s+being\s+(?:here|around|alive))\b"
    rf"|\b(?:locked|shut|barricaded|holed\s+up)\s+{_THEIR_SELF}\s+(?:\w+\s+){{0,5}}?(?:with|w)\s+(?:a|an|the|his|her|their|"
    rf"some|my)\s+(?:\w+\s+)?{_MEANS_NEARBY}\b"
    rf"|\b{_MEANS_NEARBY}\b[^.!?\n]{{0,80}}?\b(?:says|said|saying|keeps\s+saying)\s+(?:that\s+)?(?:he'?s|hes|she'?s|shes|"
    r"they'?re|theyre|he\s+is|she\s+is)\s+(?:done|finished|ready|going\s+to\s+(?:do\s+it|end\s+it)|gonna\s+(?:do|end)\s+it)\b"
    r"(?!\s+(?:with|for|eating|working|cleaning|hunting|at|by|in\s+\d))"
    # Saying the family would be better off, or giving things away and saying goodbye.
    r"|\b(?:better\s+off|fine|happier|easier)\s+without\s+(?:him|her|them)\b"
    r"|\b(?:regalando|regalo|regalar)\s+sus\s+cosas\b|\bse\s+(?:despidio|esta\s+despidiendo)\s+de\s+(?:todos|sus)\b"
    r"|\b(?:giving|gave|gives|given)\s+away\s+(?:all\s+)?(?:his|her|their)\b|\b(?:giving|gave|gives)\s+(?:his|her|their)\s+"
    r"(?:stuff|things|belongings)\s+away\b|\b(?:won'?t|wont|will\s+not)\s+have\s+to\s+(?:deal\s+with|worry\s+about|put\s+up\s+with)\s+"
    r"(?:him|her|them)\b|\bdespidiendose\s+de\s+(?:todos|sus|la\s+familia)\b"
    # Cuts or burns found on the patient: "found fresh cuts on his arms", "le encontré cortadas en las piernas".
    r"|\b(?:found|find|saw|seen|noticed|see|encontre|le\s+encontre|vi|le\s+vi)\s+(?:\w+\s+)?(?:cuts|cutting|burns|scars|"
    r"cortadas|cortes|heridas|quemaduras)(?:\s+\w+)?\s+(?:on|en)\s+(?:his|her|their|sus|las|los|el|la)\b"
    # A relative reporting the cuts: "he slit his wrists", never "cut his arm on the fence".
    r"|\b(?:cut|cuts|slit|slits|slashed|sliced|cutting|slitting|slashing)\s+(?:open\s+)?(?:his|her|their)\s+(?:own\s+)?"
    r"(?:wrists?|arms?|forearms?|thighs?|veins)\b(?![^.!?\n]{0,40}\b(?:on\s+(?:a|an|the|some)|by\s+accident|accident\w*|"
    r"shaving|cooking|chopping|fixing|working|playing|fell|falling|glass|fence|nail|can\b|knife\s+slipped))"
    # A relative who is sure the patient is cutting: "pretty sure hes cutting, found bloody towels".
    r"|\b(?:he'?s|she'?s|hes|shes|he\s+is|she\s+is|they'?re|theyre)\s+(?:been\s+|still\s+|back\s+to\s+)?(?:cutting|"
    r"self\s*harming|hurting\s+(?:him|her|them)self)\b(?!\s+(?:the|his|her|their|wood|grass|hair|back|class|classes|"
    r"down|corners|it|coupons|onions|out))"
    # Asking God to take them: "le pide a diosito que se la lleve esta noche".
    r"|\b(?:pide|pidiendo|pidio|reza|rezando|ruega|rogando)\s+(?:a\s+)?(?:dios|diosito|el\s+senor)\s+(?:que\s+)?se\s+(?:lo|la)\s+"
    r"lleve\b|\b(?:asks|asking|begs|begging|prays|praying)\s+(?:god|the\s+lord)\s+to\s+take\s+(?:him|her|them)\b"
)
_SAYS_ES = (
    r"(?:dice|dijo|decia|diciendo|anda\s+diciendo|amenaza\s+con|amenazo\s+con|amenazando\s+con|me\s+escribio|grita|"
    r"grito|gritaba|gritando|llorando|repite|repitiendo)"
)
_I_AM_THEIR = I_AM_THEIR_ES
_NOT_A_RIDE = (
    r"(?![^.!?\n]{0,30}\b(?:moto\w*|carro|coche|bici\w*|camioneta|manejando|trabaj\w*|estudi\w*|gimnasio|risa|"
    r"de\s+(?:hambre|sueno|cansancio)))"
)
_SE_AUXILIARY = (
    r"(?:(?:quiere|queria|quisiera|piensa|pensaba|intento|trato\s+de|amenaza\s+con|amenazo\s+con|planea|planeaba)\s+)"
)
# "Va a" means intent only before a method: "se va a matar en esa moto" is a worry about riding, not suicide.
_SE_GOING = rf"(?:{_SE_AUXILIARY}|(?:va|iba)\s+a\s+)"
# Shooting, hanging or throwing oneself, said of someone else: "se va a pegar un tiro", "quiere colgarse".
_SE_METHOD = (
    r"(?:pegar\s+un\s+(?:tiro|balazo)|dar\s+un\s+(?:tiro|balazo)|disparar|volar\s+la\s+cabeza|ahorcar|envenenar|"
    r"(?:tirar|aventar|arrojar|lanzar)\s+(?:de|desde|del|al|por\s+la\s+ventana|a\s+las\s+vias|frente))"
)
_SE_METHOD_ENCLITIC = (
    r"(?:pegarse\s+un\s+(?:tiro|balazo)|darse\s+un\s+(?:tiro|balazo)|dispararse|volarse\s+la\s+cabeza|ahorcarse|"
    r"colgarse|envenenarse|(?:tirarse|aventarse|arrojarse|lanzarse)\s+(?:de|desde|del|al|por\s+la\s+ventana|"
    r"a\s+las\s+vias|frente))"
)
_ES = (
    rf"\bse\s+{_SE_GOING}{_SE_METHOD}\b|\b{_SE_GOING}{_SE_METHOD_ENCLITIC}\b"
    rf"|\bse\s+{_SE_AUXILIARY}(?:matar|morir|suicidar|quitar\s+la\s+vida|colgar|cortar\s+las\s+venas|tirar\s+de|"
    r"aventar\s+de)\b(?!\s+(?:de\s+(?:risa|hambre|sueno|calor|frio|ganas|verguenza|miedo|susto|aburrimiento)|"
    r"trabajando|estudiando))"
    rf"|\b{_SE_AUXILIARY}(?:matarse|morirse|suicidarse|quitarse\s+la\s+vida|colgarse|ahorcarse|cortarse\s+las\s+venas|"
    r"hacerse\s+dano|lastimarse)\b(?!\s+(?:de\s+(?:risa|hambre|sueno|calor|frio|ganas|verguenza|miedo|susto)|"
    r"trabajando|estudiando))"
    r"|\bhabla\w*\s+(?:mucho\s+|de\s+nuevo\s+)?(?:de|sobre)\s+(?:matarse|morirse|suicidarse|quitarse\s+la\s+vida|"
    r"la\s+muerte|morir)\b"
    r"|\b(?:dice|dijo|decia)\s+que\s+(?:ya\s+)?no\s+quiere\s+(?:vivir|seguir\s+viviendo|estar\s+viv[oa]|despertar|"
    r"seguir\s+aqui|existir)\b"
    r"|\bse\s+(?:corto|cortaba|ha\s+cortado|rajo|raja)\s+(?:las|los|sus)\s+(?:munecas|brazos|venas)\b"
    r"(?![^.!?\n]{0,40}\b(?:sin\s+querer|por\s+accidente|accidente|vidrio|lata|cocinando|jugando|se\s+cayo))"
    # "Va a matarse" is intent beside a time, a relative who says so, or "dice que"; never a worry about a motorbike.
    rf"|\b(?:{_SAYS_ES}\s+(?:que\s+)?(?:ya\s+)?|{_I_AM_THEIR}\b[^.!?\n]{{0,60}}?)se\s+(?:va|iba)\s+a\s+(?:matar|morir|"
    rf"hacer\s+(?:dano|algo)|lastimar|cortar)\b{_NOT_A_RIDE}"
    rf"|\bse\s+(?:va|iba)\s+a\s+(?:matar|morir)\s+(?:esta\s+noche|hoy|manana|ahorita|ahora|ya|pronto|este\s+fin)\b"
    rf"{_NOT_A_RIDE}"
    r"|\bse\s+(?:esta|estaba)\s+(?:cortando|lastimando|haciendo\s+dano)\b(?!\s+(?:el|la|los|las|un|una)\s+(?:pelo|"
    r"unas|cabello|dedo|mano|rodilla))"
)

SOMEONE_ELSE_AT_RISK = f"{_EN}|{_ES}"
