"""The concept net: the second layer, read when no crisis rule fired."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.safety.anchors import _alts
from bot.safety.context import (
    _EXERTION,
    _GOES_ON,
    _JOKE_MARKER,
    _NO_JOKE,
    _SELF_PRONOUN,
    _SPEAKS_TO_ME,
    _TRIVIAL_CAUSE,
    _anyone_asked_about,
    _context_veto,
    _idiom,
    _other_subject,
    history_resolved,
)
from bot.safety.guards import (
    _A_WAKING_TOLD,
    _AS_PRESCRIBED,
    _DEATH_CONTEXT,
    _HARMLESS_THING,
    _HEART_SIGNS,
    _LONG_AGO_RE,
    _MILESTONE,
    _MOMENTARY_AFTER,
    _MOMENTARY_BEFORE,
    _MORNING,
    _PILL_WORD,
    _RATHER_THAN_CHORE,
    _REPORTED_SPEECH,
    _TOLD_AS_NOW,
    _a_small_child_does_not_know,
    _accidental,
    _after,
    _as_prescribed,
    _blacked_out_thing,
    _breathing_benign,
    _burden_asking,
    _chest_idiom,
    _collapse_into_bed,
    _crisis_general_question,
    _crisis_negated,
    _crisis_resolved,
    _crisis_topic,
    _cut_benign,
    _end_it_breakup,
    _faint_figure,
    _fine_since,
    _general_question,
    _giving_benign,
    _goodbye_seen_off,
    _goodbye_to_a_thing,
    _goodbye_until_later,
    _habitual_faint,
    _harm_idiom,
    _hypothetical,
    _laughing,
    _long_ago,
    _momentary_or_drink,
    _needs_agent,
    _needs_persistence,
    _no_reason_to_know_me,
    _overdose_question,
    _passed_out_asleep,
    _prefix,
    _said_by_other,
    _seeing_clearly,
    _seized_goods,
    _seizure_history,
    _skin_condition,
    _slept_on_the_floor,
    _symptom_resolved,
    _treatment_ending,
    _urgent_negated,
)
from bot.safety.levels import SafetyAssessment, SafetyLevel
from bot.safety.needed import _fast, _gate
from bot.safety.normalise import _normalise
from bot.safety.vocabulary import (
    _BODY,
    _GARAGE_BENIGN,
    _HARM_VERBS,
    _LAUGH,
    _MISSED_AT,
    _NSSI_VERB,
    _OTHERS,
    _PEOPLE,
    _PERSISTS,
    _PILLS,
    _POSSESSIONS,
    _RESOLVED,
    _SHORT_ABSENCE,
    _TIME_AFTER,
    DEAD_AS_A_FIGURE,
    FAINT_THING,
)

# --------------------------------------------------------------------------------------------
# Second layer: a recall-first net that runs only when every rule above says "none". Blind
# sets written by new people keep finding phrasings no rule foresaw ("i wrote letters to my
# kids, theyre in the drawer"), so this layer looks for risk concepts in looser words: death
# of the self, suicide, means, farewells, burden, self-harm, harm to others; breathing, chest,
# fainting, seizure, swelling, hallucinations and confusion that go on. A concept about the
# self needs the writer (or no one named) as its subject, and a few common idioms cancel a
# match only when the match is the idiom.


# Wishes, plans, conditions and thoughts that turn "dead", "gone" or "not wake up" into a
# statement about wanting to die.
_WISH = (
    r"(?:want\w*|wanna|wnat|wamt|wan|whant|wish\w*|hope|hopes|hoping|hoped|rather"
    r"|ready|prefer|long|longing|pray|praying|wouldnt mind|dont mind|would love|need|needs"
    r"|dream of|dream about|fantasi\w*|thinking about|think about|thinking of|thought about"
    r"|thoughts (?:of|about)|obsess\w*|planning|plan to|going to|gonna|about to|tempted"
    r"|urges? to|close to|considering|decided|easier|easier if|better|sounds (?:good|nice"
    r"|peaceful|like)|peaceful|relief|part of me|kinda|welcome|if|should just|could just"
    r"|might just|just want|ok with|fine with|okay with|accept\w*|picture|picturing"
    r"|imagine|imagining|hate being|tired of being|done being|wont mind"
    r"|(?:would|d) be (?:so )?(?:nice|lovely|bliss|a relief|a mercy)|think to|thinking to"
    r"|thought to|thinking in|how easy (?:itd|it would|it d) be)"
)
_WISH_RE = re.compile(rf"\b{_WISH}\b")


def _wished(sentence: str, m: re.Match[str]) -> bool:
    prefix = " ".join(_prefix(sentence, m).split()[-10:])
    return bool(_WISH_RE.search(prefix))


@dataclass(frozen=True)
class _Concept:
    level: SafetyLevel
    kind: str
    # Fragments a match cannot do without (as in the pre-filter above): only the sentences
    # that hold one are searched, which keeps a 4,096-character message fast.
    anchors: frozenset[str]
    pattern: re.Pattern[str]
    about_self: bool = True  # the writer (or nobody named) must be the subject
    needs_wish: bool = False  # counts only after a wish, plan or thought
    guard: Callable[[str, re.Match[str], str], bool] | None = None
    # Spanish (and its neighbours): the English negators are not tried, since "no" is in every
    # other Spanish sentence ("el bebe no paraba de llorar y pense en..."); the concept's
    # guard must read the Spanish ones itself (_spanish_negated, _es_figure_or_denied).
    spanish: bool = False


def _concept(
    level: SafetyLevel,
    kind: str,
    anchors: str,
    pattern: str,
    *,
    about_self: bool = True,
    needs_wish: bool = False,
    guard: Callable[[str, re.Match[str], str], bool] | None = None,
    spanish: bool = False,
) -> _Concept:
    return _Concept(
        level,
        kind,
        frozenset(_alts(anchors)),
        re.compile(pattern),
        about_self,
        needs_wish,
        guard,
        spanish,
    )


# Round 4 context: a car, a ball or a key is not a person; "de risa" is dying of laughter.
_TELL_SOMEONE = re.compile(r"\btell (?:(?!(?:who|where|what|which|whose)\b)\w+ )?my\b")
_STRIKE_BENIGN = re.compile(
    r"\b(?:driv\w*|car|road|traffic|bike|cycl\w*|ball|golf|tennis|baseball|pi[nñ]ata"
    r"|snooze|reply all|send|keys?|button|jackpot|gym|wall|lottery|target|note|high note)\b"
)
# An alarm, a nap, a day off: "no great loss if i didnt wake up, it was my day off".
_A_NIGHT_NOT_A_LIFE = re.compile(
    r"\b(?:alarm|nap|day off|days off|weekend|saturday|sunday|shift|sleep in|slept in|lie in"
    r"|holiday|vacation)\b"
)
# The living joined for company: "wouldnt mind joining them, i need the company".
_JOINED_FOR_COMPANY = re.compile(
    r"\b(?:company|cards|club|team|group|table|game|league|band|choir|bar|pub|dinner|lunch"
    r"|coffee|walk|ride|trip|party|class|gym|tuesdays|fridays)\b"
)
# The dead named, whom "join them" would join.
_THE_DEAD_NAMED = re.compile(
    r"\b(?:died|dead|passed|passing|gone|lost|didnt come home|did not come home|killed|heaven"
    r"|grave|graves|buried|funeral|cemetery|memorial|fallen|kia|widow\w*"
    r"|(?:the )?(?:other|rest of the) (?:\w+ )?(?:boys|guys|men) didnt)\b"
)
# Anger told as a joke: "gonna break his neck lol", "i could smash the ref's face in".
_JOKING_ANGER = re.compile(
    r"\b(?:lol|lmao|lmfao|haha\w*|jk|kidding|joking|ref|referee|umpire)\b"
    r"|[\U0001F602\U0001F923\U0001F643\U0001F644]"
)
# A tackle, a ring, a surgeon: "nearly broke his nose in the scrum", "cena put him through
# the table", "they're going to break her jaw and reset it".
_SPORT_OR_THING = re.compile(
    r"\b(?:scrum|tackle|sparring|spar|boxing|mma|ufc|wwe|smackdown|wrestl\w*|hockey|football"
    r"|rugby|puck|accident\w*|play fight\w*|surgery|surgeon|operation|reset|septum|ent"
    r"|orthodont\w*|chiropract\w*|massage\w*|nerf|water gun|squirt\w*|tickl\w*|hose)\b"
)
# The rage still there, or barely held: what makes a wish to break a jaw more than a figure.
_RAGE_STILL_THERE = re.compile(
    r"\b(?:still (?:want to|wanna|angry|furious|so angry|boiling)|shaking"
    r"|punched|hit the wall|had to (?:leave|walk out|go outside|get out)|left the house"
    r"|sitting in the (?:truck|car)|scared (?:of myself|of what)|afraid of what|dont trust"
    r" myself|almost did|nearly did|hands (?:on|around) (?:his|her|their)|got in my face"
    r"|rage|seeing red|cant calm|couldnt calm|not joking|not kidding|i mean it|meant it"
    r"|been planning|planning how|still do|lock(?:ed)? myself in)\b"
)
# "heard a noise but nothing was there, just the cat": an explained sound.
_ABSENT_BENIGN = re.compile(
    r"\b(?:cat|dog|pet|wind|neighbou?rs?|tv|radio|pipes?|heating|fridge|app|phone|podcast"
    r"|door ?bell|delivery|courier|parcel|package|email)\b"
)
# "no me duele el pecho", "ya no me cuesta respirar", "ayer me desmayé pero ya estoy bien".
# A Spanish negator just before (one word of any kind between), or further back across only
# the words a denial is made of: "no he tenido dolor de pecho", "no siento que me falta el
# aire", "nunca pensé en matarme". Not across other words: "no duermo nada ya no quiero
# vivir" and "no valgo nada me quiero morir" deny nothing. "no aguanto", "no se me quita"
# and "no sé qué" say the trouble goes on, or nothing.
_SPANISH_NOT = re.compile(
    r"\b(?:no(?! (?:s[eé]|aguanto|soporto|puedo|paro|para|dejo|deja|entiendo|me deja|le deja"
    r"|se (?:me |le )?(?:quita|va|pasa))\b)|ni|nunca|jam[aá]s|tampoco|cero|sin|ning[uú]n"
    r"|ninguna|n[aã]o|quase|nem|non|nicht|kein\w*|jamais)\s+"
    r"(?:(?:he|has|ha|hemos|e|tengo|tiene|tuve|tenido|sentido|siento|sent[ií]|volv[ií]|vuelto|a"
    r"|tener|pens[eé]|pienso|pensado|pensando|pensaba|creo|que|me|le|se|lo|la|ning[uú]n|ninguna"
    r"|ningunas|ningunos|en|de|hay|estoy|estaba|estado|pensamientos|ganas|ideas|intenci[oó]n"
    r"|intenciones|dolor|mucho|tanto)\s+){0,4}$"
)
# A checklist answered no after the trouble: "dolor de pecho: no".
_SPANISH_ANSWERED_NO = re.compile(r"^\s*[:=-]\s*(?:no|nada|cero|ninguno|negativo)\b")
# What keeps a sight going: "todavía", "sigo", "no se van" (or "dont go away" in a message
# that mixes the two languages).
_SIGHT_STAYS = re.compile(
    r"\b(?:todav[ií]a|sigo|sigue|siguen|no se (?:van|quitan|paran|desaparecen)|dont go away"
    r"|wont go away|do not go away)\b"
)
# ... unless it is the eyes': "sigo viendo sombras, necesito lentes nuevos"
_SIGHT_OF_THE_EYES = re.compile(
    r"\b(?:lentes|gafas|anteojos|la vista|mis ojos|oculista|[oó]ptica|nubes|parque|jaja\w*)\b"
)
_SPANISH_OVER = re.compile(
    # ("ya no aguanto", "ya no puedo respirar": no longer able, which is not over)
    r"\b(?:ya (?:pas[oó]|estoy bien|est[aá] (?:bien|mejor)|se me pas[oó])"
    r"|ya no(?! (?:aguanto|puedo|soporto|doy|s[eé]\b))|(?:y|pero) (?:ya )?est[aá] bien"
    r"(?=\s*(?:$|[.,;!?…]|y |gracias|ahora|ya))|j[aá] (?:passou"
    r"|estou bem|est[aá] bem|melhorei|melhorou))\b"
)


# A swelling or a trembling with its cause or its end told: "un poco por una picadura", "de
# tanto llorar", "por el frío", "el perro".
_SPANISH_MILD_OR_EXPLAINED = re.compile(
    r"\b(?:un poco|poquito|nada grave|ya est[aá] (?:bien|mejor)|ya se (?:le|me) pas[oó]"
    r"|de tanto llorar|por el fr[ií]o|de fr[ií]o|picadura|herpes|perr[oa]s?|perrit[oa]s?"
    r"|gat[oa]s?|gatit[oa]s?|de nervios|de miedo)\b"
)
# ... a swelling from a knock ("un pelotazo jugando softball"), voices that are people ("de la
# fiesta de los vecinos"): read only against those matches.
_SPANISH_SWELLING_EXPLAINED = re.compile(
    r"\b(?:golpe|pelotazo|jugando|me pegaron|dentista|muela)\b"
)
# ... half a face numb from the dentist's needle, not a stroke
_HALF_A_FACE = re.compile(r"mitad de la cara|media cara|lado (?:\w+ )?de la cara")
_SPANISH_NUMB_EXPLAINED = re.compile(
    r"\b(?:dentista|anestesia|muela|novoca[ií]na|inyecci[oó]n|bot[oó]x|root canal|endodoncia"
    r"|ya se (?:me |le )?quit[oó])\b"
)
_SPANISH_VOICES_EXPLAINED = re.compile(
    r"\b(?:vecin\w*|fiesta|pasillo|tele|televisi[oó]n|radio|la calle|afuera|la gente|novela)\b"
)


def _spanish_negated(sentence: str, m: re.Match[str]) -> bool:
    before = sentence[: m.start()]
    after = sentence[m.end() :]
    return bool(
        _SPANISH_NOT.search(before)
        or _SPANISH_OVER.search(after)
        or _SPANISH_ANSWERED_NO.match(after)
    )


_FOREIGN_FIGURE = re.compile(
    r"\b(?:de (?:la )?risa|de verg[uü]enza|de (?:hambre|sue[nñ]o|fr[ií]o|calor|aburrimiento"
    r"|ganas)|de rire|de faim|de honte|dal ridere|vor lachen|de rir|de fome"
    # a laugh in Spanish and Portuguese
    r"|jaja\w*|jeje\w*|kkk+|rsrs\w*)\b"
)

# "does ketamine help with suicidal thoughts? ive been having them every day": the question
# is general but the next words are the writer's own.
_OWN_THOUGHTS = re.compile(
    r"\b(?:ive been having (?:them|those|these|it)|i (?:have|get|got|had) (?:them|those|these)"
    r"|im having (?:them|those|these)|(?:because|cause|cuz|coz|bc) (?:im|i do|i have|i get"
    r"|i feel)|for myself|mine (?:are|have|is|keep)|im one|like me|i have been|i keep having"
    r"|(?:i|ive|im|id)(?: \w+){0,2} (?:had|have|having|get|getting|got|struggl\w*|dealing with"
    r"|battling|fighting) (?:with )?(?:them|those|these)\b)"
)


def _general_not_own(sentence: str, m: re.Match[str], text: str) -> bool:
    if _crisis_general_question(sentence, m, text) or _crisis_topic(sentence, m, text):
        return not _OWN_THOUGHTS.search(text)
    return _crisis_resolved(sentence, m, text)


def _waking_benign(sentence: str, m: re.Match[str], text: str) -> bool:
    """'hope i dont wake up at 3 again' is about the night, not about dying."""
    after = _after(sentence, m)
    if _MORNING.match(after):
        return False
    return bool(_TIME_AFTER.match(after)) or bool(
        re.search(
            r"\b(?:baby|kids?|dog|cat|alarm|pee|toilet|bathroom|husband|wife|partner"
            r"|neighbou?rs?|noise|nightmare|sweat\w*|hungry)\b",
            sentence,
        )
    )


_AWAY_REASON = re.compile(
    r"\b(?:holiday|vacation|trip|camping|(?<!squared )away|travel\w*|visit\w*|weekend|business|work"
    r"|hospital|surgery|operation|appointment|infusion|while|next (?:week|month)|for (?:a|\d"
    r"|the|two|three)|off grid|signal|sorry|charity|declutter\w*|moving|move|yard sale"
    r"|garage sale|car boot|old|spare|outgrown|christmas|birthday|thank|pen ?pal|santa"
    r"|valentine|anniversary|wedding|school|lawyer|solicitor|attorney|bank|renewal|quote"
    r"|cheaper|premium|everyone should|at my age|estate|mortgage|plants|teacher|parents"
    r"|class|babysitter|nanny|sitter|dentist|doctor|milkman|postman|neighbou?rs? about"
    r"|retir\w*|leaving do|card|cards|new job|party|colleague|coworker|boss)\b"
)


# A last check-in for a while: "last check in before my vacation", "moving to the new app".
_CHECK_IN_PAUSE = re.compile(
    r"\b(?:holiday|vacation|trip|camping|away|travel\w*|hospital|surgery|operation|moving|move"
    r"|new app|switch\w*|study|program|course|treatment|infusions?|next (?:week|month)"
    r"|see you|back on|till|until|after|before|for (?:a|the|two|three) (?:week|weeks|month"
    r"|months|while))\b"
)


def _check_in_paused(text: str) -> bool:
    return bool(_CHECK_IN_PAUSE.search(text))


def _has_reason(sentence: str, m: re.Match[str], text: str) -> bool:
    """Being away, writing cards, a will the lawyer asked for: ordinary life."""
    return bool(_AWAY_REASON.search(sentence))


_EVERYDAY_CUT = re.compile(
    r"^\s*(?:back|down|out|off|carbs|sugar|coffee|caffeine|the|my hair|hair|grass|a|an|it"
    r"|up|in|through|corners|ties|class|school|costs|hours)\b"
)


def _cut_everyday(sentence: str, m: re.Match[str], text: str) -> bool:
    return bool(_EVERYDAY_CUT.match(_after(sentence, m)))


# Counting or keeping pills for the pharmacy is housekeeping.
_PILLS_ROUTINE = re.compile(
    r"\b(?:refill\w*|pharmac\w*|chemist|prescri\w*|organi[sz]er|dosette|until|till|make sure"
    r"|running low|run out|ran out|take back|disposal|dispose|holiday|trip|travel\w*"
    r"|as usual|as prescribed|this morning|on time|every (?:day|morning|night)|vitamins?"
    r"|weekly|for the (?:week|month|weekend|days? ahead)|all shift|scripts|inventory)\b"
)
# "how long does it take to fall asleep" asks about time, not a dose.
_NOT_A_DOSE = re.compile(
    r"^\s*(?:to )?(?:cost|minutes|hours|days|weeks|sessions|infusions|fix|get|drive|fall"
    r"|kick in|work|wear off|feel|see|notice|help|start|recover)\b"
)
_ROPE_BENIGN = re.compile(
    r"\b(?:tent|camping|trip|garden|clothes ?line|dog toy|hammock|skip\w*|jump ?rope"
    r"|climb\w*|swing|course|tow|washing line|rope bridge|ropes"
    r" course|boat|sail\w*|knots? class|tug|trailer|firewood|hay|bales?|tarp|kayak|canoe"
    r"|truck bed|roof rack|load)\b"
)
_GUN_BENIGN = re.compile(
    r"\b(?:nail|glue|water|staple|heat|massage|spray|toy|nerf|paint|top) ?guns?\b"
    r"|\bgun (?:show|range|club|safe|cabinet|licen[cs]e|shop|store|counter|dealer)\b"
    r"|\bjumped the gun\b"
    r"|\b(?:the|a|shooting|gun|indoor|outdoor) range\b|\brange day\b"
    r"|\bguns? blazing\b|\bhunt\w*|\b(?:rifle|gun) scopes?\b"
    # game shooting and the starting gun: "out for pigeons", "the gun went off at the start"
    r"|\b(?:pigeons?|rabbits?|pheasants?|grouse|ducks?|deer|clays?|clay pigeons?|vermin|foxes"
    r"|crows|game|opener|pointer|buck|doe|antlers?|tree ?stand)\b|\bstart(?:ing)? (?:gun|pistol)\b"
    r"|\bgun went off at the start\b"
    r"|\b(?:race|marathon|starting line|starters? (?:gun|pistol))\b"
)
# "Deer season opens Saturday. Out with my rifle at 0500": the season named anywhere.
_HUNTING_SEASON = re.compile(r"\b(?:deer|bow|duck|turkey|hunting) season\b|\bseason opens\b")
_NOT_COMING_BACK = re.compile(
    r"\b(?:no plan|not planning|dont plan|not going|dont intend) to come back|\bnot coming back"
    r"|\bwont (?:be )?(?:coming )?back\b|\bone way\b"
)
_BLADE_BENIGN = re.compile(
    r"\b(?:shav\w*|cook\w*|chop\w*|kitchen|sharpen\w*|butter|bread|steak|carv\w* (?:the|a)"
    r"|grass|lawn ?mower|fan|wiper|rollerblad\w*|skat\w*|knife (?:set|block)|set of knives"
    r"|new (?:apartment|flat|house|place|home))\b"
)


def _means_in_everyday_use(sentence: str, m: re.Match[str], text: str) -> bool:
    return bool(
        _ROPE_BENIGN.search(sentence)
        or (_HUNTING_SEASON.search(text) and not _NOT_COMING_BACK.search(text))
        or _GUN_BENIGN.search(sentence)
        or _BLADE_BENIGN.search(sentence)
        or _accidental(sentence, m, text)
    )


# "getting out of bed... sat on the edge a minute": the edge of the bed.
_FURNITURE = re.compile(
    r"\b(?:bed|sofa|couch|chair|bath|tub|pool|desk|table|mattress|bench|bunk|rack|cot|berth"
    r"|stool|recliner|futon|toilet)\b"
)
_HEIGHT_BENIGN = re.compile(
    r"\b(?:view|sunset|sunrise|photo\w*|coffee|tea|fireworks|drove (?:over|across)|walk\w*"
    r" (?:over|across)|traffic|bungee|diving board|pool|parachut\w*|skydiv\w*|fix\w*"
    r"|gutter|repair\w*|clean\w*|paint\w*|kids|we)\b"
)


_LOVELY = re.compile(
    r"\b(?:lovely|beautiful|gorgeous|stunning|pretty|ducks|swans|boats|sunshine|picnic)\b"
)


# ("sorry. i woke up a few times, like 3": the count of a night's wakings)
_COUNT_AFTER = re.compile(
    r"\s*(?:a (?:few|couple(?: of)?) times|several times|\d+ ?(?:times|x)\b|twice|late|early"
    r"|too early|at \d|around \d|about \d)"
)
# "threw up over the side twice" on a boat: the stomach, over the rail
_SICK_OVER = re.compile(
    r"\b(?:threw up|throw up|throwing up|puked|puking|vomited|vomiting|was sick|heaved|spewed"
    r"|hurled|chummed)(?: \w+)? $"
)


def _height_benign(sentence: str, m: re.Match[str], text: str) -> bool:
    if _LOVELY.search(sentence) and not re.search(r"\b(?:jump\w*|calling|end|want\w*)\b", sentence):
        return True
    if _SICK_OVER.search(sentence, 0, m.start()):
        return True
    return bool(_HEIGHT_BENIGN.search(sentence)) and not re.search(
        r"\b(?:drop|jump\w*|edge|railing|looked? (?:over|down)|calling|thinking|again)\b",
        sentence,
    )


def _breath_benign(sentence: str, m: re.Match[str], text: str) -> bool:
    if _laughing(sentence, m, text) or _breathing_benign(sentence, m, text):
        return True
    return bool(
        re.search(
            r"\b(?:took my breath away|held my breath|hold (?:my|your) breath|breath of"
            r" fresh air|under my breath|waste of breath|caught my breath"
            r"|breathe in|breathe out|deep breath\w*|breathing exercises?)\b",
            sentence,
        )
    )


_CHEST_BENIGN = re.compile(
    r"\b(?:chest (?:day|press|workout|cold|infection|congest\w*|hair)|bench|push ?ups"
    r"|heartburn|reflux|indigestion|off my chest|weight (?:has )?lifted|chest cold"
    r"|chest (?:of drawers|freezer)|(?:treasure|tool|war|hope|medicine|toy) chest)\b"
)


def _chest_benign(sentence: str, m: re.Match[str], text: str) -> bool:
    return bool(_CHEST_BENIGN.search(sentence)) or _chest_idiom(sentence, m, text)


_FAINT_BENIGN = re.compile(
    r"\b(?:power|electricity|lights went|blackout (?:curtains|blinds|drunk)"
    r"|faint (?:smell|sound|hope|idea|memory|light|ringing|buzzing|music|voices?|taste|hint"
    r"|glow|noise|line|trace|headache|ache|pain|nausea)|faintly|(?:tent|roof|shelf|chair|economy|market|cake|souffle"
    r"|deal|plan|project|building|wall|table|sofa bed|bed frame|umbrella) (?:\w+ )?collaps\w*"
    r"|collaps\w* (?:the|my) (?:box|boxes|tent|umbrella|stroller|pram|chair)"
    # "before my feet hit the floor": getting out of bed
    r"|(?:feet|foot) (?:\w+ )?hit the floor|hit the floor running)\b"
)


def _faint_benign(sentence: str, m: re.Match[str], text: str) -> bool:
    if _blacked_out_thing(sentence, m, text) or _habitual_faint(sentence, m, text):
        return True
    if FAINT_THING.search(sentence):
        return True  # "the memory of the dream is a little faint"
    return bool(_FAINT_BENIGN.search(sentence)) or any(
        g(sentence, m, text)
        for g in (
            _passed_out_asleep,
            _collapse_into_bed,
            _slept_on_the_floor,
            _faint_figure,
            _hypothetical,
            _general_question,
            _faint_long_ago,
            _fine_since,
        )
    )


def _faint_long_ago(sentence: str, m: re.Match[str], text: str) -> bool:
    """ "fainted at my sister's birthday last year", as the rules read it, with nothing in the
    message that brings it to now ("it happened again this morning")."""
    return _long_ago(sentence, m, text) and not _LONG_AGO_RE.search(text)


def _seizure_benign(sentence: str, m: re.Match[str], text: str) -> bool:
    if re.match(
        r"^\s*(?:when|about|because|over|if|at)\b|^\s*of (?:rage|laugh\w*|giggles"
        r"|coughing|anger|jealousy|pique|temper)",
        _after(sentence, m),
    ):
        return True
    if re.search(
        # ("my back tends to seize up": a muscle, not a fit; "my whole body seized up" is one)
        r"\b(?:back|neck|muscles?|knees?|jaw|hips?|shoulders?|calf|calves|legs?|hamstrings?"
        r"|engine|motor|gears?|lock|joints?|brakes?)\b(?: \w+){0,3} seiz\w* up\b"
        r"|\b(?:seize the|seized the|seizing the|fits (?:in|into|well|perfectly)"
        r"|it fits|this fits|fitting (?:me|us|you|him|her|them|it|this|that) in)\b",
        sentence,
    ):
        return True
    return (
        _seizure_history(sentence, m, text)
        or _seized_goods(sentence, m, text)
        or _general_question(sentence, m, text)
        or _hypothetical(sentence, m, text)
    )


_SWELL_BENIGN = re.compile(
    r"\b(?:crying|cried|cry|dentist|tooth|teeth|wisdom|filling|extraction|botox|filler"
    r"|hay ?fever|allerg(?:y|ies) (?:season|are)|sunburn|mosquito|bee sting|bite|bitten"
    r"|pregnan\w*|salt|salty|hangover|sleep|slept|pillow|woke up|morning)\b"
)


def _swell_benign(sentence: str, m: re.Match[str], text: str) -> bool:
    if _SWELL_BENIGN.search(sentence) and not re.search(
        r"\b(?:throat|tongue|lips?|breath\w*)\b", sentence
    ):
        return True
    return _general_question(sentence, m, text) or _hypothetical(sentence, m, text)


def _still_going(sentence: str, m: re.Match[str], text: str) -> bool:
    """Hallucinations and confusion count while they go on; 'during the infusion' is expected."""
    if _symptom_resolved(sentence, m, text) or _general_question(sentence, m, text):
        return True
    if _MOMENTARY_AFTER.match(_after(sentence, m)) and not _PERSISTS.search(sentence):
        return True  # "didn't know where i was for a minute": a moment's muddle on waking
    if (
        _MOMENTARY_BEFORE.search(_prefix(sentence, m))
        and _A_WAKING_TOLD.search(sentence)
        and not _PERSISTS.search(sentence)
        and not _TOLD_AS_NOW.search(m.group(0))  # (a moment's muddle is told in the past)
    ):
        return True  # "woke up and for a second i didnt know where i was"
    return bool(
        re.search(r"\bduring (?:the|my) (?:infusion|session|treatment)\b", sentence)
        and not _PERSISTS.search(sentence)
    )


def _self_identity(sentence: str, m: re.Match[str], text: str) -> bool:
    """'i dont know who i am anymore' is low mood, not confusion; 'where i put my keys'."""
    return bool(
        re.match(
            r"^\s*(?:anymore|any more|these days|lately|without|going|in life"
            r"|with|meant|supposed|at with|on|in the|put|left|parked)\b",
            _after(sentence, m),
        )
    )


# "disappear under the duvet", "be gone for the weekend": a place or a time ends the absence.
_PLACE_AFTER = re.compile(
    r"^\s*(?!for good|for ever|at all)(?:under|into|in|for|to|from|off|till|until|behind"
    r"|somewhere|at|by|on|over)\b"
)
_ABSENCE_SUFFIX = (
    r"(?:much longer|for much longer|for long|anymore|any more|forever|soon|to bother)"
)

# ---- Context for the round 3 families below.

# Pain that is part of a tattoo, a massage or a workout.
_NOT_A_PLACE = re.compile(
    r"^\s*(?:at (?:this|that) point|at all|in (?:this|the) world|on (?:this )?earth|in life"
    r"|for (?:what|who|whom|anyone|anything)|by (?:now|then|the (?:morning|weekend|end)"
    r"|tomorrow|tonight|next \w+))\b"
)


def _place_after(sentence: str, m: re.Match[str]) -> bool:
    """'still here at the office': a place or a time after the words ends the absence."""
    after = _after(sentence, m)
    return bool(_PLACE_AFTER.match(after)) and not _NOT_A_PLACE.match(after)


# "not sure why im still here, the clinic said 10 minutes": waiting somewhere.
_WAITING = re.compile(
    r"\b(?:clinic|office|waiting|queue|minutes|mins|appointment|train|bus|airport|station"
    r"|hospital|doctors|gp|shop|store|meeting|party|pub|bar|traffic|lobby|reception|at work"
    r"|this job|this town|this house|this city)\b"
)
_PAIN_BENIGN = re.compile(
    r"\b(?:tattoo\w*|massage\w*|piercing|physio\w*|wax\w*|leg day|sore muscles|stretch\w*"
    r"|gym|workout|work out|exercis\w*|yoga|run|running|hike|hiking|splinter|blister from"
    r"|new shoes|acupuncture|chiropract\w*|dentist|filling|injection|jab|vaccine|ice bath"
    r"|sauna|clumsy|by accident|accidentally|fell|tripped|habit|bit my nails|biting my nails"
    r"|nail biting"
    # ("kicked my legs out of the covers all night, it felt better": only that kicking)
    r"|kick\w* (?:\w+ ){0,2}(?:out of|off) the (?:covers|duvet|blanket|sheets))\b"
)
# What turns "my last week" into a decision about dying.
_DECIDED_CALM = re.compile(
    r"\b(?:alive|on (?:this )?earth|decided|decision|made (?:my )?peace|at peace|ready|calm"
    r"|ok with (?:that|it)|okay with (?:that|it)|fine with (?:that|it)|accepted|for good"
    r"|goodbye|goodbyes|wont be (?:here|around)|im done|made up my mind|no more)\b"
)
_LAST_DAYS_BENIGN = re.compile(
    r"\b(?:job|work|office|school|uni|college|term|semester|contract|holiday|vacation|trip"
    r"|lease|flat|apartment|house|home|town|city|country|course|treatment|infusions?|sessions?"
    r"|round|dose|shift|rotation|placement|internship|classes|teaching|retir\w*|moving|move"
    r"|before (?:the|my|we|i go back)|kids|baby|maternity|paternity|smoking|drinking|coffee"
    r"|caffeine|sugar|diet|sober|cigarettes?|vape|pills for|prescription|antibiotics)\b"
)
# Looking things up for homework, a trip, a van or the treatment itself.
_RESEARCH_BENIGN = re.compile(
    r"\b(?:lorry|truck|caravan|trailer|vehicle|headroom|motorhome|camper|full|parked|spaces?"
    r"|park (?:the|my) car|level \d|roof (?:garden|terrace"
    r"|bar|deck|pool|restaurant|cafe)|rooftop (?:garden|terrace|bar|deck|pool|restaurant|cafe"
    r"|party|cinema)|homework|school|project|essay|trip|holiday|vacation|visit\w*|tourist|tour|view"
    r"|photos?|party|van|height (?:limit|restriction)|clearance|my car|parking (?:fee|spot"
    r"|space|ticket|permit)|park my|swim\w*|swam|swum|fishing|boat\w*|kayak\w*|paddle\w*|surf\w*"
    r"|with (?:ketamine|the infusion|my infusion|esketamine|spravato|my treatment)|before"
    r" (?:my|the) (?:infusion|treatment|session|appointment)|interactions?|doctor|pharmacist"
    r"|nurse|to be safe|safety|allerg\w*|pregnan\w*|breastfeed\w*|for my (?:mum|mom|dad|son"
    r"|daughter|kids?|nan|gran)|dog|cat|puppy|kitten|toddler|baby)\b"
)
_WATER = re.compile(
    r"\b(?:river|lake|sea|ocean|water|canal|reservoir|waves?|tide|pier|harbou?r|quarry"
    r"|current|bridge|loch|estuary|beach|cliffs?)\b"
)
_WATER_BENIGN = re.compile(
    r"\b(?:swim\w*|swam|swum|pool|paddl\w*|surf\w*|kayak\w*|boat\w*|fishing|dog|kids|holiday"
    r"|vacation"
    r"|wetsuit|cold water therapy|cold plunge|ice bath|wild swim\w*|dip|paddleboard\w*|app"
    r"|sounds|meditation|music|playlist|podcast|audio\w*|white noise|away)\b"
)
# Coffee "keeping me alive" is a tired joke; a pet or a child keeping one alive is not.
# Neither is a medicine that does so in the body: "insulin", "the drug that keeps me alive
# and can kill me if I miss a dose".
_LIFELINE_BENIGN = re.compile(
    r"\b(?:coffee|caffeine|tea|espresso|energy drinks?|red bull|monster|sugar|snacks?"
    r"|chocolate|wine|beer|naps?|netflix|adrenaline|spite|awake|up late|job|work|money"
    r"|pay ?check|salary|mortgage|rent|town|city|country|house|flat|apartment|lol|lmao|haha"
    r"|insulin|dialysis|transplant|pacemaker|oxygen|inhaler|anti ?rejection"
    r"|burritos?|pizza|tacos?|donuts?|doughnuts?|candy|soda|coke|cola|pepsi|cold brew|food"
    r"|breakfast|lunch|dinner|takeout"
    r"|if i (?:miss|skip|forget|stop taking) (?:a|my|one) (?:dose|shot|pill))\b"
)
# Dying as the feared outcome of taking a treatment: "what if I take it and die?", "what
# if I have the infusion and die", the worry before a first session, not a wish.
# ... or "what if I die during the infusion", "scared I'll die from it".
_FEARED_DURING_TREATMENT = re.compile(
    r"\s*(?:during|from|in the middle of|under|because of|on) (?:the |my |a |an |it|this|that)?"
    r"(?:\w+ )?(?:infusion|treatment|procedure|surgery|session|ketamine|spravato|esketamine"
    r"|anesthesia|anaesthesia|drip|it|this|that)\b"
)
_FEAR_BEFORE = re.compile(
    r"\b(?:what if|scared|afraid|worried|worry|terrified|fear\w*|nervous|anxious|panick\w*)"
    r"(?: \w+){0,4} $"
)
_FEARED_FROM_TREATMENT = re.compile(
    r"\bwhat if (?:i|we) (?:\w+ )?(?:take|took|have|had|get|try|do|start) (?:it|this|that|them"
    r"|(?:the|my|a) (?:\w+ )?(?:infusion|drug|medication|med|meds|pill|shot|dose|treatment"
    r"|procedure|surgery|vaccine|session)|ketamine|spravato|esketamine)\b(?: \w+){0,3}"
    r" (?:and|then|i)\s*(?:just\s*)?$"
)
# Papers set out "just in case" with nothing after it, "so they can sort it", "for after".
_IN_CASE_END = re.compile(
    r"\b(?:just )?in case\s*(?:[.!,;\u2026]|$)|\bin case (?:anything|something)"
    r" (?:happens|should happen|happened)(?: to me)?\s*(?:[.!,;]|$)"
    r"|\bso (?:\w+ ){0,3}(?:can|will|could|wont have to|dont have to|doesnt have to|wont need to"
    r"|doesnt need to|dont need to|never has to|never have to) (?:sort|deal|handle"
    r"|manage|find|take care|worry)\b|\b(?:after|when|once) (?:im|i am|i) (?:gone|not here"
    r"|dead|die)\b|\b(?:after|later)\s*(?:[.!,;]|$)|\b(?:no ?one|nobody|noone) (?:has|will have"
    r"|would have|needs) to\b|\bfor after\b"
)
_PAPERS_BENIGN = re.compile(
    r"\b(?:trip|holiday|vacation|travel\w*|passport|visa|forget|forgot|forgetful|spare key"
    r"|towed|tow|mortgage|lawyer|solicitor|accountant|tax\w*|surgery|operation|hospital stay"
    r"|procedure|move|moving|new (?:house|flat|job|bank)|fraud|scam|hacked|phone broke"
    r"|new phone|babysit\w*|house ?sit\w*|pet ?sit\w*|while im away|renew\w*|applic\w*"
    r"|paperwork for (?:the|my) (?:car|house|job|visa|loan))\b"
)
_LETTER_BENIGN = re.compile(
    r"\b(?:school|teacher|landlord|boss|work|job|council|bank|insurance company|moving|move"
    r"|absent|absence|complaint|birthday|anniversary|valentine\w*|christmas|wedding|thank you"
    r"|pen ?pal|santa|holiday|trip|doctor|gp|clinic|hr|lawyer|solicitor|court|judge|tenancy"
    r"|neighbou?rs? about|late|missed|appointment|resign\w*|apolog\w* for (?:the|being|missing)"
    r"|sorry for (?:being late|missing|the mess|forgetting|shouting|yesterday|last night))\b"
)
_THREAT_BENIGN = re.compile(
    r"\b(?:karma|teacher|police|court|judge|ref|referee|boss finds|mum finds|mom finds"
    r"|in (?:the )?(?:game|match|final|league|quiz|chess|scrabble|monopoly)|at (?:chess|cards"
    r"|poker|scrabble|monopoly)|neighbou?rs for years|for years|hug\w*|cuddl\w*|baby|toddler"
    r"|grandkid\w*)\b"
)
_WEAPON_BENIGN = re.compile(
    r"\b(?:cook\w*|chop\w*|dinner|recipe|onions?|veg\w*|bread|cake|buy\w*|bought|new|shop\w*"
    r"|amazon|gift|present|toy|nerf|water gun|glue gun|baseball|cricket|softball|garden\w*"
    r"|diy|shelf|shelves|nails?|crafts?|wrapping|parcel|box|tag)\b"
)
_OBLIQUE_BENIGN = re.compile(
    r"\b(?:sleep|hours|minutes|mins|calories|steps|water|coffee|money|points|days|shifts"
    r"|sessions|infusions|sheep|stitches|rows|kids|children|boxes|cards|votes|eggs|stars"
    r"|refill\w*|pharmac\w*|chemist|organi[sz]er|dosette|week|weekly|trip|holiday|travel\w*"
    r"|run out|running low|ran out|prescri\w*|vitamins?|supplements?|iron|fish oil)\b"
)


# How much of what is prescribed "would be enough", with no time, trip or prescriber beside it:
# the prescription is the means, not a supply ("what quantity of my own prescriptions would be
# sufficient"; not "how many of my prescriptions would be enough for the trip").
_PRESCRIBED = re.compile(r"\b(?:prescri\w*|pharmac\w*)\b")
_A_SUPPLY = re.compile(
    r"\b(?:week|weekly|weeks|days|month|months|weekend|trip|holiday|vacation|travel\w*"
    r"|refill\w*|run out|running low|ran out|till|until|last me|doctor|dr|pharmacist|nurse"
    r"|prescriber|psychiatrist|taper\w*|lower\w*|reduc\w*|for sleep|to sleep)\b"
)


def _oblique_benign(sentence: str, m: re.Match[str], text: str) -> bool:
    """Counting sheep or pills for the week; 'take them all' needs pills or a plan near it."""
    if (
        m.group(0).endswith(("enough", "sufficient"))
        and _PRESCRIBED.search(sentence)
        and not _A_SUPPLY.search(sentence)
    ):
        return False
    if _OBLIQUE_BENIGN.search(sentence):
        return True
    if m.group(0).startswith("count"):
        return not _PILL_WORD.search(sentence)
    if m.group(0).startswith(("take", "taking", "swallow", "down", "neck")):
        return not (
            _PILL_WORD.search(text)
            or _DEATH_CONTEXT.search(text)
            or re.search(
                r"\b(?:tonight|finally|at once|in one go|going to|gonna|ready)\b", sentence
            )
        )
    return False


_FIGHT_BENIGN = re.compile(
    r"\b(?:with (?:my|the|him|her|them)|insurance|council|landlord|system|bank|school|court"
    r"|flu|cold|infection|virus|sleep|insomnia|alarm|kids|toddler|bedtime|argu\w*|game|match"
    r"|boxing|karate|judo|class|over (?:the|who))\b"
)
_TRAIN_BENIGN = re.compile(
    r"\b(?:missed|late|change|changed|caught|catch|had to|commute|work|office|delayed|cancel\w*"
    r"|timetable|ticket|mind the gap|tripped|slipped|fell asleep|onto the train|on to the train"
    r"|got on|boarded)\b"
)
_PLAN_BENIGN = re.compile(
    r"\b(?:wedding|party|holiday|trip|move|moving|appointment|infusion|surgery|birthday"
    r"|interview|meeting|date night|dinner|viewing|exam|test|match|race|launch|hike|marathon"
    r"|scan|operation|procedure|session|visit|flight|ceremony|christening|baptism|proposal"
    r"|propose|job|quit|resign\w*|tell (?:him|her|them|my)|break up|breaking up|tattoo|haircut"
    r"|better|improving|recovered|working|fine now|doing well|feeling good|sober|clean for)\b"
)
_THIRD_PERSON_JUST_BEFORE = re.compile(
    r"\b(?:grandma|grandpa|granny|gran|nan|nana|mum|mom|dad|mother|father|he|she|hes|shes"
    r"|my \w+)\s+(?:is|was|seems|seemed|feels|felt)?\s*(?:\w+\s+)?$"
)
# A date set for a wedding, close by (the next sentence too): "me and my gf set a date!! june
# 12 next year" (a partner named anywhere else vetoes nothing: "tonight is the night. my
# boyfriend will understand")
_WEDDING_DATE = re.compile(
    r"\b(?:wedding|engaged|engagement|fianc\w*|save the date"
    r"|me and my (?:gf|bf|girlfriend|boyfriend|partner)"
    r"|(?:gf|bf|girlfriend|boyfriend|partner) and i)\b"
)


def _a_wedding_date(m: re.Match[str], text: str) -> bool:
    if "date" not in m.group(0):
        return False
    at = text.find(m.group(0))
    return at >= 0 and bool(_WEDDING_DATE.search(text, max(0, at - 60), at + len(m.group(0)) + 60))


# ---- Context for the round 5 families below.

# "no trouble breathing": the negation opens the match itself.
_DENIED_IN_MATCH = re.compile(
    r"(?:no|not|never|without|zero) (?:\w+ ){0,2}?(?:trouble|problems?|issues?|difficult\w*"
    r"|shortness|struggl\w*|hard time|pain)\b"
)
# "no breathing issues": the negation reaches past the match.
_DENIED_AFTER = re.compile(
    r"\s*(?:issues?|problems?|trouble|difficult\w*|concerns?|complaints?|changes?|symptoms?)\b"
)
# Words that make "it" in "wanted it over" or "how to do it" the writer's death.
_FINAL_CONTEXT = re.compile(
    r"\b(?:die|dying|dead|death|suicid\w*|kill (?:myself|me)|end (?:it|things|my life|everything)"
    r"|overdos\w*|noose|rope|bridge|jump\w*|goodbyes?|alive|burden|funeral|better off"
    r"|not be here|wont be (?:here|around)|find me|on purpose|deliberately|no point|hopeless"
    r"|just in case|for good|be done|being done|go through with it|the last time|nobody knows"
    r"|told (?:nobody|no one))\b"
)
_RISK_CONTEXT = re.compile(
    _FINAL_CONTEXT.pattern + r"|\b(?:" + _PILLS[3:-1] + r"|tablets|notes?|letters?|gun|razor"
    r"|blades?|tracks|ledge|roof|cliff|vodka|whisky|whiskey|alcohol|booze)\b"
)
_IT_OVER = re.compile(r" (?:it|this) (?:to be |to )?over")
_DONE_FOR_GOOD = re.compile(r"\b(?:with|for good|forever)\b")
# Everyday things a person wants over or done with.
_CHORE = re.compile(
    r"\b(?:infusions?|sessions?|treatment|procedure|appointment|exams?|tests?|meeting|shift"
    r"|week|weekend|day|night|flight|labou?r|dentist|surgery|operation|party|wedding|interview"
    r"|trip|drive|call|pain|headache|migraine|nausea|hangover|insomnia|cold|flu|period"
    r"|cramps|move|moving|paperwork|presentation|deadline|project|season|semester|term|winter"
    r"|course|round|dose|detox|withdrawal|needle|scan|mri)\b"
)
# Means a person dwells on, and the words of dwelling: "keep going out to look at the rope",
# "kept picturing the bridge", "staring at the pills on the shelf".
_MEANS_NOUN = (
    r"(?:ropes?|noose|ligature|bridge|roof|rooftop|ledge|cliffs?|balcony|overpass|top floor"
    r"|parking garage|car park|multi ?storey|tracks|railway|level crossing|train crossing|gun"
    r"|pistol|rifle|shotgun|firearm|razors?|blades?|the drop|the edge)"
)
_WATER_NOUN = r"(?:river|canal|lake|reservoir|quarry|weir|harbou?r|the water|the sea)"
# "the river cruise", "the bridge club": the noun names something else.
_NOT_A_MEANS = (
    r"(?! (?:walk|walks|cruise|club|game|photos?|pictures?|view|trip|holiday|party|bar|garden"
    r"|terrace|boat|path|cafe|restaurant|house|cottage|festival|swim|run|ride|tour|side)\b)"
)
_WATER_NOUN_RE = re.compile(rf"\b{_WATER_NOUN}\b")
_DWELL = re.compile(
    r"\b(?:keep|keeps|kept|cant stop|couldnt stop|again|every (?:night|day|morning|evening"
    r"|time)|for (?:ages|hours|a long time|a while)|just to|always|all (?:night|day)"
    r"|constantly|obsess\w*|fixat\w*|drawn to|pulled to|tonight|cant get|been)\b"
)
_DWELL_BENIGN = re.compile(
    r"\b(?:leak\w*|tiles?|damp|mould|mold|storm|rain|snow|gutters?|satellite|aerial|solar"
    r"|repair\w*|fix\w*|builder\w*|roofer|surveyor|view|sunset|sunrise|photo\w*|paint\w*"
    r"|organi[sz]\w*|pharmac\w*|refill\w*|prescri\w*|expir\w*|label|side effects?|doctor|gp"
    r"|nurse|dose|dosage|trip|holiday|vacation|tent|camping|climb\w*|hunting|range|shav\w*"
    r"|ticket|delay\w*|timetable|engineering works|relax\w*|to (?:fall )?asleep|to sleep"
    r"|meditat\w*|happy place|sounds|app|fishing|swim\w*|swam|list|remember\w*|forg[eo]t\w*)\b"
)
# Going to a means is weighed harder than looking: people walk to bridges and lakes.
_GO_TO = re.compile(r"(?:go|goes|going|went|walk|driv|drove)")
_NOT_SEEING = re.compile(r"(?:think|thought|check|go|went|walk|driv|drove|drawn|pulled)")
_PARKED = re.compile(r"\b(?:car park|parking garage|multi ?storey)\b")
_DWELL_STRONG = re.compile(
    r"\b(?:keep|keeps|kept|cant stop|couldnt stop|every (?:night|day|morning|evening)|at night"
    r"|middle of the night|just to (?:look|stare|stand|sit|be)|for (?:ages|hours)|alone"
    r"|by myself|been)\b"
)


# Muddle that is the person's usual, and what says it is new.
_LONG_KNOWN_MUDDLE = re.compile(
    r"\b(?:dementia|alzheimers|always|usual\w*|every (?:evening|night|afternoon)|sundown\w*"
    r"|most (?:days|nights|evenings)|dream\w*|joke\w*|kidding|lol)\b"
)
_NOT_EASING = re.compile(
    r"\b(?:not (?:getting )?better|getting worse|for (?:hours|\d+ hours|the last \w+ hours)"
    r"|hours ago|all (?:day|morning|afternoon|evening)|since (?:this|he|she|they|waking|\d|last)"
    r"|hasnt (?:stopped|passed|cleared)|wont (?:stop|pass|clear))\b"
)
_NEWLY_SO = re.compile(
    r"\b(?:sudden\w*|(?:perfectly )?fine (?:yesterday|this morning|last night|before)|new|never"
    r" (?:done|like|been like) this|not like (?:him|her|them)|out of nowhere|worse than ever)\b"
)
# Lingering, for an edge or rafters: "a long while", "for ages", "alone at night".
_LINGERED = re.compile(
    r"\b(?:(?:for )?a long (?:time|while)|for (?:ages|hours|a while)|(?:so|too) long|again"
    r"|every (?:night|day)|kept|keep|spent (?:hours|ages|a long time|the night))\b"
)
_AN_EDGE_OR_MEANS = re.compile(
    r"\b(?:" + _MEANS_NOUN[3:-1] + r"|" + _WATER_NOUN[3:-1] + r"|pier|jetty|dock|rafters?|beams?"
    r"|pills|did(?:nt| not) (?:go in|jump|do it)|go in|jump\w*|end it|the end)\b"
)
# Waiting for a train, a ferry or a friend at the water is an errand.
_EDGE_ON_AN_ERRAND = re.compile(
    r"\b(?:trains?|ferry|boat|bus|commute|station|delay\w*|cancel\w*|friends?|my (?:wife|husband"
    r"|partner|son|daughter|kids?|dad|mom|mum)|gutters?|shingles?|work\w*|job|shift|photos?"
    r"|fish\w*|kayak\w*|swim\w*|dog|walk\w*|fireworks|parade|traffic|jam|stars|moon|peaceful"
    r"|relax\w*|breeze|meditat\w*|boat|sail\w*|hik\w*|trail|ride|route|detour)\b"
)
_OUTBUILDING = re.compile(r"\b(?:barn|garage|shed|basement|cellar|loft|attic|workshop|stable)\b")
_KEPT_SECRET = re.compile(
    r"\b(?:(?:aint|not|wont|didnt|havent|never|wasnt|dont) (?:\w+ )?(?:telling|told|tell|going"
    r" to tell|gonna tell|mention\w*)|dont tell|keep(?:ing)? (?:it|this) (?:to myself|quiet"
    r"|secret))\b"
)
_RAFTERS_BENIGN = re.compile(
    r"\b(?:repair\w*|rot\w*|termites?|sag\w*|inspect\w*|fix\w*|paint\w*|build\w*|carpent\w*"
    r"|contractor|roofer|owls?|bats?|birds?|nests?|swallows|pigeons|lights?|decorat\w*|leak\w*"
    r"|insulat\w*|mice|squirrels?|raccoons?|storage|hay)\b"
)


def _means_seen_benign(sentence: str, m: re.Match[str], text: str) -> bool:
    """A roof with a leak, a bridge on holiday, pills in the organiser."""
    if _DWELL_BENIGN.search(sentence) or _means_in_everyday_use(sentence, m, text):
        return True
    if _height_benign(sentence, m, text) or _general_not_own(sentence, m, text):
        return True
    if _PILL_WORD.search(m.group(0)) and (
        _PILLS_ROUTINE.search(sentence) or _AS_PRESCRIBED.search(sentence)
    ):
        return True
    return bool(_WATER_NOUN_RE.search(m.group(0)) and _WATER_BENIGN.search(sentence))


def _means_dwell_benign(sentence: str, m: re.Match[str], text: str) -> bool:
    """Looking at a means counts when the writer keeps going back to it."""
    if not _DWELL.search(sentence) or _means_seen_benign(sentence, m, text):
        return True
    seen = m.group(0)
    if _PILL_WORD.search(seen) and _NOT_SEEING.match(seen):
        return True  # "keep thinking about my pills" is about the dose
    if _GO_TO.match(seen):
        return bool(_PARKED.search(seen)) or not _DWELL_STRONG.search(sentence)
    return False


# Staging pills: "the pills are all lined up on the counter".
_STAGED_BENIGN = re.compile(
    r"\bfor (?:the |my |each |every )?(?:tomorrow|morning|week|weekend|day|trip|holiday"
    r"|breakfast|bedtime|later|next)\b|\b(?:organi[sz]\w*|pill ?box|dosette|weekly|blister"
    r" pack|so i (?:dont|wont|do not|will not) (?:forget|miss)|remember\w*|cupboard|cabinet"
    r"|drawer|by (?:day|the day|date|time)|label\w*)\b"
)
# One's affairs put in order, not an office's ("harder than internal affairs ever did").
_MY_AFFAIRS = r"(?:(?:my|our|his|her|their) (?:\w+ )?affairs|affairs (?:in order|sorted|straight))"
# A life wound down: things sold or given away, notice given, nobody told.
_WIND_DOWN = re.compile(
    r"\b(?:sold|selling|sell) (?:off )?(?:\w+ ){0,2}?(?:my|all my|of my|everything)\b"
    r"|\b(?:gave|given|giving|handed in|hand in) (?:in )?(?:my )?notice\b"
    r"|\b(?:gave|given|giving|give) (?:\w+ ){0,2}?away\b"
    r"|\b(?:cancel\w*|closed|closing) (?:all )?(?:my )?(?:\w+ )?(?:accounts?|subscriptions?"
    r"|phone contract|lease|membership)\b"
    r"|\b(?:told|telling|tell) (?:nobody|no one|noone|no body|not a soul)\b"
    r"|\b(?:havent|have not|not|didnt|wont) (?:told|telling|tell) (?:anyone|anybody|a soul)\b"
    r"|\brehom\w*|\bpaid off (?:all )?my\b|\b" + _MY_AFFAIRS + r"\b|\bmy will\b"
    r"|\b(?:quit|left|leaving|resigned from) my job\b"
)
_WIND_DOWN_BENIGN = re.compile(
    r"\b(?:moving|move|moved|new (?:job|flat|house|place|apartment|city|start)|trip|holiday"
    r"|travel\w*|emigrat\w*|abroad|wedding|baby|surprise|party|gift|present|birthday"
    r"|declutter\w*|charity|upgrade|cheaper|saving up|save money|moving in|better job"
    r"|job offer|rent|bills|debts?|pay (?:the|my|off)|money)\b"
)
_SECRECY = re.compile(
    r"\b(?:told|telling|tell) (?:nobody|no one|noone|no body|not a soul)\b"
    r"|\b(?:havent|have not|not|didnt|wont) (?:told|telling|tell) (?:anyone|anybody|a soul)\b"
)
# A note for someone "just in case": the case is the writer not being there.
_IN_CASE_ME = re.compile(
    r"\bjust in case\b(?! (?:the|my|it|they|he|she|we|you|of|theres|there|anyone|someone"
    r"|somebody|i (?:oversleep|sleep|forget|am late|m late|need|miss|cant sleep|wake|get))\b)"
    r"|\bin case (?:i|im) (?:\w+ )?(?:go through|do it|dont make it|dont wake|dont come back"
    r"|die|am not|not|wont be|am gone|gone|end it|cant go on)\b"
    r"|\bin case (?:anything|something) (?:happens|should happen) to me\b"
)
# Saying goodbye before a move or a trip is ordinary.
_PARTING_BENIGN = re.compile(
    r"\b(?:last day|leaving do|retir\w*|new job|moving|move|emigrat\w*|abroad|trip|holiday"
    r"|travel\w*|flight|deploy\w*|uni|college|university|surgery|operation|hospice|dying"
    r"|passed|put down|put to sleep|vet|funeral|visit\w*|camp|school|nursery|daycare"
    r"|sleepover|before (?:she|he|they|we) (?:went|left|go|goes|leave|leaves))\b"
)
# A car run in a garage: sitting in it, the door shut; not warming it up or fixing it.
_GARAGE_STAY = re.compile(
    r"\b(?:sat|sit|sitting|stayed|stay|staying|waited|waiting|lay|lying|breath\w* (?:it )?in"
    r"|door (?:shut|closed|down)|(?:shut|closed|pulled down)"
    r" the (?:garage )?door|(?:closed|shut) garage|for (?:a while|a bit|ages|an hour|hours"
    r"|\d+ (?:mins?|minutes|hours))|to see (?:how|what))\b"
)
# Notes for an exam, a meeting or oneself.
_NOTE_WORD = re.compile(r"\b(?:notes?|letters?)\b")
_NOTES_BENIGN = re.compile(
    r"\b(?:exams?|class|classes|lectures?|revis\w*|study\w*|meeting|minutes|course|homework"
    r"|uni|to self|myself|shopping list|to do list|recipe|sticky|post its?|fridge|diary|journal"
    r"|sleep log|therapist|doctor|gp|appointment|handover|thesis|essay|report|presentation"
    r"|book club|sermon|speech"
    r"|(?:future|younger|older|past|rested|well rested) (?:self|selves|me))\b"
)
_EVERYDAY_NOTE = re.compile(
    r"\b(?:sitter|babysitter|nanny|teacher|school|delivery|fridge|dog walker|mailman|landlord"
    r"|cleaner|milkman|plumber|to self)\b"
)
# A car off the road in fog or on ice is an accident.
_ROAD_ACCIDENT = re.compile(
    r"\b(?:fog\w*|ice|icy|skid\w*|deer|fox|avoid\w*|nearly|accident\w*|puncture|tyre|tire"
    r"|blew out|lost control|slid|slipped|snow\w*|black ice|aquaplan\w*|crash(?:ed)? into us)\b"
)


# Where "would be enough" or "how quick it would be" points at a way to die.
_OUTCOME_MEANS = re.compile(
    r"\b(?:bridge|roof|rooftop|ledge|cliffs?|balcony|floors|storeys|stories|parking garage"
    r"|car park|multi ?storey|overpass|tower|top floor|the drop|the fall|tracks|railway|level"
    r" crossing|train crossing|trains?|river|lake|reservoir|canal|quarry|the water|rope|noose"
    r"|gun|pistol|traffic|lorry|truck)\b"
)
_TRACKS_OR_WHEEL = re.compile(r"\b(?:train|trains|tracks|crossing|railway|rails?|wheel)\b")
# What turns a picture of the tracks into a thought of dying there.
_IMAGINED = re.compile(
    r"\b(?:think\w*|thought|pictur\w*|imagin\w*|tempt\w*|urges?|want\w*|wish\w*|what if"
    r"|could just|should just|just|keep|kept|fantasi\w*|wonder\w*|dream\w*)\b"
)
_COMMUTE_FROM = re.compile(
    r"\bfrom (?:work|lunch|the office|school|uni|the shops|the pub|my break|the gym|the trip"
    r"|holiday|vacation|the hospital|the clinic)\b"
)
_MIX_INTENT = re.compile(
    r"\b(?:(?:whole|entire|full) bottle|all (?:of )?(?:my|the|them)|every|the lot|tonight"
    r"|to (?:die|sleep forever|not wake|never wake|end it)|be done|being done|end it|at once"
    r"|together|in one go|thinking|plan\w*|going to|gonna|want\w*|tempted|urge|enough)\b"
)
_MIX_QUESTION = re.compile(
    r"\b(?:is it|is that|can i|could i|should i|safe\w*|ok to|okay to|alright to|interact\w*"
    r"|mix ok|a glass|one glass|a drink|one drink|a beer|a pint)\b|\?"
)


# --------------------------------------------------------------------------------------------
# Round 5 families. A writer the rules above never saw (set 8) kept being missed, and rules
# fitted to sentences did not carry over to them. So these are written per family, from
# broad lexicons (death and ending words, the self, means, wishes and relief) joined by
# proximity inside a clause, and checked on sentences they were not tuned on.

# Medicines someone could gather up; wider than _PILLS, for stockpiling and swallowing.
_MEDS = (
    r"(?:pills|meds|medications?|medicines?|tablets|capsules|sleeping pills|sleepers"
    r"|painkillers|pain killers|opioids|opiates|oxy\w*|percocets?|vicodin|hydrocodone"
    r"|morphine|fentanyl|dilaudid|hydromorphone|methadone|codeine|tramadol|benzos|xanax|valium|ativan|klonopin|clonazepam|lorazepam|diazepam"
    r"|alprazolam|temazepam|ambien|zopiclone|zolpidem|trazodone|seroquel|quetiapine|lithium"
    r"|lamictal|gabapentin|lyrica|insulin|prescriptions?|scripts|tylenol|paracetamol"
    r"|acetaminophen|ibuprofen|advil|aspirin|antidepressants|amitriptyline|sertraline|zoloft"
    r"|prozac|lexapro|effexor|wellbutrin|doses"
    # named by their endings: metoprolol, lisinopril, losartan, clonazepam, fluoxetine,
    # amitriptyline, olanzapine, oxycodone, metformin, phenobarbital
    r"|\w{3,}(?:olol|pril|sartan|statin|azepam|zolam|oxetine|triptyline|apine|idone|codone"
    r"|morphone|formin|barbital))"
)
_A_MEDICINES_PURPOSE = re.compile(
    r"\b(?:help|helps|helped|helping|work|works|worked|gave me|prescribed|stronger|should i"
    r"|is there)\b[^.!?]{0,40}\bso\b"
)
# Fragments every name in _MEDS holds (the pre-filter's anchors for a concept that needs one).
_MEDS_ANCHORS = (
    "pill|med|tablet|capsule|sleeper|painkiller|pain killer|opioid|opiate|oxy|percocet|vicodin"
    "|hydrocodone|morphine|fentanyl|dilaudid|hydromorphone|methadone|codeine|tramadol|benzo"
    "|xanax|valium|ativan|klonopin|clonazepam|lorazepam|diazepam|alprazolam|temazepam|ambien"
    "|zopiclone|zolpidem|trazodone|seroquel|quetiapine|lithium|lamictal|gabapentin|lyrica"
    "|insulin|prescription|script|tylenol|paracetamol|acetaminophen|ibuprofen|advil|aspirin"
    "|antidepressant|amitriptyline|sertraline|zoloft|prozac|lexapro|effexor|wellbutrin|dose"
    "|olol|pril|sartan|statin|azepam|zolam|oxetine|triptyline|apine|idone|codone|morphone"
    "|formin|barbital"
)
# Gathering them: "stockpiling", "saving up", "kept back my ambien".
_GATHER = (
    r"(?:stockpil\w*|hoard\w*|stash\w*|sav\w* up|saving|saved|collect\w*|kept back|keeping"
    r"|taking home|took home|bringing home|brought home|pocket\w*|skim\w*|sneak\w* (?:out|home)"
    r"|snuck (?:out|home)|swip\w*|pinch\w*|nick\w*|steal\w*|stole|stolen"
    r" back|held back|holding back|squirrel\w* away|putting (?:away|aside)|put (?:away|aside)"
    r"|setting aside|set aside|building up|built up|piling up|piled up)"
)
# What shows the gathering is for an end: an amount, a readiness, a length of time.
_GATHER_INTENT = re.compile(
    r"\b(?:enough|pile|stash|for when|ready|in case|nearly|almost|a lot|lots|bunch|plenty"
    r"|you know (?:why|what for)|know what for|not taking (?:it|them)|instead of taking"
    r"|quite a few|a good few|a good (?:number|amount|supply)|many|several|dozens?|loads"
    r"|heaps|a (?:big|good|large|decent|little|small) (?:pile|supply|collection|stockpile|hoard)"
    r"|\d+ (?:now|so far|of them)|hidden|hiding|secret\w*|(?:nobody|no one|noone) knows"
    r"|every (?:night|day|week)|each (?:night|day)|for (?:a few |a couple of |several |two"
    r" |three |\d+ )?(?:weeks|months)|since|all (?:month|week)|the right (?:night|time|day))\b"
)
# Medicines put by for time away: "saving up a good few of my meds for the trip"
_FOR_A_TRIP = re.compile(
    r"\bfor (?:the|my|our|a|this|next) (?!(?:last|final|one way|long|big|last ever) )(?:\w+ )?"
    r"(?:trip|vacation|holiday|cruise|flight|travel|visit|deployment|rotation|time away|stay)\b"
    r"(?![^.!?\n]*\b(?:final|(?<!to )last|one way|wont come back|not coming back)\b)"
    r"|\bwhile (?:im|i am|were|we are) away\b"
)
_MONEY_SAVED = re.compile(
    r"\bsav\w* (?:\w+ ){0,2}?(?:money|cash|dollars|bucks)\b|\bsav\w* (?:a lot|so much) on\b"
)
# A dead person the writer could "join": the message says someone died.
_BEREAVED = re.compile(
    r"\b(?:died|passed|passed away|lost (?:him|her|them|my)|funeral|grave|widow\w*|late"
    r" (?:husband|wife|son|daughter|mom|mum|dad|partner|brother|sister)|heaven|buried"
    r"|cemetery|rip|in the ground|gone now|killed in action|kia|fallen|lost (?:\w+ ){0,2}"
    r"(?:buddies|friends|mates|comrades|brothers|men|guys|pals))\b"
)
# A height, a drop or a track: where standing at the edge is the danger.
# High places, with nothing everyday about them (not a balcony, a window or a building).
_HIGH_PLACES = (
    r"roof\w*|bridge|cliffs?|top floor|(?:\d+\w*|top|upper) (?:floor|storey|story|level)"
    r"|overpass|parking (?:garage|structure|deck|ramp)|car park|multi ?storey|tower|tracks"
    r"|ledge|quarry"
)
_HEIGHT = re.compile(
    r"\b(?:" + _HIGH_PLACES + r"|balcony|building|platform|railway|window|dam|gorge|highway"
    r"|freeway)\b"
)
# Staying there: for a while, looking down, legs over.
_LINGER = re.compile(
    r"\b(?:for (?:like |about |around |almost |nearly |over )?(?:an?|\d+|ages|hours|a while"
    r"|a long time|some time|half an hour|twenty|thirty|forty|ten)|ages|a long time|looking"
    r" (?:down|over)|over the (?:side|edge)|legs over|leaning over|couldnt (?:step|move)"
    r"|thinking|wondering|a bit|a while)\b"
)
_HEIGHT_NOT = re.compile(r"\b(?:pool|bed|sofa|couch|seat|chair|table|stage|field|court)\b")
# The reason an apology is said: a missed appointment is not a farewell.
_SORRY_FOR_TRIVIA = re.compile(
    r"^\s*(?:i (?:missed|forgot|was late|cant make|couldnt make|didnt)|for (?:missing"
    r"|being late|the (?:delay|mess|late|noise|confusion)|forgetting|not (?:calling|coming"
    r"|replying|texting))|about (?:the|my|tomorrow|today|tonight|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday)|ill be late|to cancel)"
)
_FAREWELL_CONTEXT = re.compile(
    r"\b(?:notes?|letters?|goodbye|fault|forgive|drawer|find (?:it|them|this)|everything"
    r"|love (?:them|her|him|you)|anymore|any more|gone|dead|die|miss me"
    r"|end (?:the|this|my) (?:mission|watch|tour|fight|journey|story|chapter) for good)\b"
)
# What turns closing thanks into a parting: a goodbye, an absolution, an end of trying.
_CLOSING_PARTING = re.compile(
    r"\b(?:goodbye|good bye|farewell|bye forever|(?:bye|goodbye) for me|(?:not|wasnt|isnt)"
    r" (?:your|her|his|their|anyones) fault|(?:it|that|i) wasnt enough\s*(?:[.,!;]|$)"
    r"|i cant (?:do this |do it |go on |keep going )?any ?more|forgive me|love you all"
    r"|(?:este es )?mi [uú]ltimo mensaje|adi[oó]s para siempre|take care of yourselves"
    r"|im sorry for everything|tired of fighting|im done\s*(?:[.,!;]|$)"
    # affairs put in order and a decision declared: "drafted my will and a letter to each of
    # my children... this decision was reached with a clear mind"
    r"|(?:this|my|the) decision (?:was|has been|is) (?:reached|made|final)|with a clear mind"
    r"|(?:im|i am) at peace with (?:it|this|my decision|the decision))"
)
# A parting with somewhere to go, or a time it ends: a trip, a move, a new doctor.
_CLOSING_BENIGN = re.compile(
    r"\b(?:for now|see you|see ya|talk (?:soon|tomorrow|later|next)|until|till|next (?:week"
    r"|time|month|year|visit|round|infusion|session)|tomorrow|when i (?:get|come) back|back"
    r" (?:on|in|next|soon|home)|vacation|holiday|trip|travel\w*|flight|cruise|moving|move|new"
    r" (?:job|clinic|doctor|town|city|house|place)|transfer\w*|retir\w*|last day|study"
    r"|program(?:me)?|insurance|switch\w*|weekend|while|during|sitter|boarding|kennel|infusion"
    r"|appointment|surgery|procedure|conference|new year|goodbye \d{4})\b"
)
_ARRANGED = re.compile(
    r"\b(?:(?:everything|it|all)s? (?:is |all |are )?(?:arranged|sorted|set|planned|in place"
    r"|taken care of)|all (?:arranged|sorted)|(?:made|making) (?:the |my |all the )?arrangements"
    r"|arrangements (?:are|made|done))\b"
)
_TRIVIAL_AFTER_PLAN = re.compile(r"^\s*(?:for (?:work|school|the|a)|on (?:monday|the))\b")


def _sorry_trivial(sentence: str, m: re.Match[str], text: str) -> bool:
    """'tell dr patel im sorry i missed the appointment' apologises for a chore."""
    if "fault" in m.group(0) or "goodbye" in m.group(0):
        return False
    return bool(_SORRY_FOR_TRIVIA.match(_after(sentence, m))) or not _FAREWELL_CONTEXT.search(
        text.replace(m.group(0), " ")
    )


# "Woke at 6:30 ready to go", "up and dressed and ready to go": ready for the day.
_READY_FOR_THE_DAY = re.compile(
    r"\b(?:woke|awake|up|rested|refreshed|dressed|packed|bags|morning|coffee|day|work|shift"
    r"|clinic|appointment|infusion|session)\b"
)


def _ready_for_the_day(sentence: str, m: re.Match[str], text: str) -> bool:
    return m.group(0) == "ready to go" and bool(_READY_FOR_THE_DAY.search(_prefix(sentence, m)))


def _edge_benign(sentence: str, m: re.Match[str], text: str) -> bool:
    if "wrong side" in m.group(0):
        return False
    return (
        not _HEIGHT.search(sentence)
        or bool(_HEIGHT_NOT.search(sentence))
        or not _LINGER.search(_after(sentence, m) + " " + _prefix(sentence, m))
    )


# "can ketamine kill you?", "it can kill you??": whether a treatment is safe, not how much.
_DRUG_SAFETY_QUESTION = re.compile(
    r"\b(?:it|ketamine|this|that|the (?:drug|medicine|medication|infusion|treatment)|melatonin"
    r"|\w+ drug) (?:can|could|will|would|might|cant|does) (?:really |actually )?kill you\b"
    r"|\b(?:does|can|could|will|would|might) (?:it|ketamine|this|that|the (?:drug|medicine"
    r"|medication|infusion|treatment)|melatonin) (?:really |actually )?kill you\b"
)
_AMOUNT_ASKED = re.compile(
    r"\b(?:how (?:much|many)|enough|amount|dose|take to|quick\w*|painless\w*|myself|i want)\b"
)
_ASKS = re.compile(r"\b(?:how|would|will|could|does|do|is it|is that|can|what|whats)\b")
_HARMLESS_RE = re.compile(rf"\b{_HARMLESS_THING}\b")
# "how easy it would be to fall asleep": "be" counts only with a way down after it.
_BE_MEANS_AFTER = re.compile(
    r"\s*(?:off|from|over|under|in front|into|to (?:jump|step|fall off|drive|swerve|let go"
    r"|drown|end|die|go under|slip|walk into|just go))\b"
)
_AWAY_FOR_A_TIME = re.compile(
    r"\b(?:holiday|vacation|trip|travel\w*|moving|move|away|conference|visiting|out of town"
    # work as a place or an errand, not "does ketamine even work on someone who..."
    r"|abroad|leave|(?:for|at|from|with|of|to|after) work|work (?:trip|travel|thing|event)"
    r"|business|camp|hospital for|surgery|diary|log)\b"
)
# Wanting to go where the dead person is: "i would like to join him".
_TO_JOIN = (
    r"(?:like to|love to|want to|wanted to|wish i could|ready to|should|could|going to|time to"
    r"|(?:my|our) turn to"
    r"|cant wait to|long to|longing to|need to|might|about|just|rather)"
)
# Spending a holiday elsewhere: "not around for christmas, were going to my in laws".
_VISITING = re.compile(r"\b(?:in laws|going to (?:my|our|the|see)|visiting|staying with)\b")
_SHORTHAND_DENIED = re.compile(r"\b(?:dont|didnt|doesnt|never|no longer|not) (?:\w+ )?$")


_ROUND5: tuple[_Concept, ...] = (
    # Clinical shorthand: "passive SI", "SI is back", "SH'ing again", "suicidal ideation".
    # "si" and "sh" are other words too ("si" is yes, "sh" hushes), so they count only next
    # to a word that makes them the clinical term.
    _concept(
        "crisis",
        "shorthand",
        "si|sh|ideation",
        r"\b(?:(?:passive|active|having|had|have|has|my|some|bad|more|worse|constant|daily"
        r"|nightly|dealing with|increased|intrusive|with|the|any) (?:si|sh)(?! joint)"
        r"|(?:si|sh) (?:(?:is|has|was|have|been|keeps?|got|gotten|getting) )?(?:back|again"
        r"|thoughts?|urges?|ideation|getting|gotten|worse|bad|most|every|all (?:day|night"
        r"|week)|today|tonight|lately|since|relapse|constant|louder|stronger|really)"
        r"|shing|shd (?:again|last|yesterday|tonight|today|this|earlier|after)"
        r"|(?:relapsed?|relapsing) (?:on |with |into )?sh|(?:suicidal )?ideation)\b",
        about_self=False,
        guard=lambda s, m, t: (
            _crisis_resolved(s, m, t)
            or _said_by_other(s, m, t)
            or bool(_SHORTHAND_DENIED.search(_prefix(s, m)))
            or _a_patient_of_theirs(s, m, t)
            or bool(re.match(r"\s*(?:\w+ ){0,2}(?:anymore|any more)\b", _after(s, m)))
        ),
    ),
    # Planning how: "lay there planning how id do it", "figured out where id do it".
    _concept(
        "crisis",
        "plan_how",
        "plan|work|figur|decid|pick|chose|choos|mapp|research|think|thought",
        r"\b(?:plan\w*|work\w* out|figur\w* out|decid\w*|picked|chose|choosing"
        r"|mapping out|mapped out|research\w*|thinking through|thought through) (?:exactly )?"
        r"(?:how|when|where|the way|what way) (?:i|id|ill|im going to|i would|i will|i could"
        r"|i can|im gonna) (?:\w+ )?(?:do it|end it|go|die|kill|doing it|end things|make it"
        r" happen)\b",
        guard=lambda s, m, t: bool(
            _TRIVIAL_AFTER_PLAN.match(_after(s, m))
            or re.match(r"\s*(?:if i were|next time|differently|better|instead)\b", _after(s, m))
        ),
    ),
    # A plan and the means: "i have a plan and the means", "got the means and a plan".
    _concept(
        "crisis",
        "plan_means",
        "plan|means",
        r"\b(?:(?:a|the|my) plan and (?:the |a )?means|(?:the )?means and (?:a|the|my) plan"
        r"|(?:have|got|found|bought|get|getting) the means(?! (?:test|of|to (?:pay|get|buy"
        r"|afford))))\b",
        about_self=False,
    ),
    # Gathering medicines toward an amount: "stockpiling my klonopin... almost have enough".
    _concept(
        "crisis",
        "stockpile",
        (
            "stock|hoard|stash|sav|collect|kept|keep|held|hold|squirrel|put|sett|set|build|buil"
            "|pil|tak|took|bring|brought|pocket|skim|sneak|snuck|swip|pinch|nick|steal|stol"
        ),
        # (saving and hoarding up to five words before: "saving my carbidopa pills" said to a
        # phone comes out longer)
        rf"\b{_GATHER}(?: \w+){{0,3}}? {_MEDS}\b"
        rf"|\b(?:saving|saved|stockpil\w*|hoard\w*|stash\w*)(?: \w+){{4,5}}? {_MEDS}\b",
        # (a trip in the same sentence is a reason to put medicines by; money saved is none)
        guard=lambda s, m, t: (
            not _GATHER_INTENT.search(t)
            or bool(_FOR_A_TRIP.search(s) or _MONEY_SAVED.search(m.group(0)))
        ),
    ),
    # Asking how a way of dying works: "would the car sink fast", "how long to bleed out".
    _concept(
        "crisis",
        "method_question",
        "drown|bleed|bled|sink|under|surviv|lethal|fatal|enough|kill",
        r"\b(?:drown\w*|bleed\w* out|bled out|(?:car|van|truck|it|you|someone|a body|a person"
        r"|i) (?:would |will |could )?(?:sink|sinks|go under|goes under)|sink (?:fast|quick\w*"
        r"|straight)|survive (?:the|a|that) (?:fall|drop|jump|crash)|lethal|fatal dose"
        r"|(?:be|is|are) enough to (?:die|not wake|kill|end it|do it)|kill (?:you|someone"
        r"|a person))\b",
        about_self=False,
        guard=lambda s, m, t: (
            (not _ASKS.search(s) and not s.rstrip().endswith("?"))
            or bool("lethal" in m.group(0) and _HARMLESS_RE.search(s))
            or bool(_DRUG_SAFETY_QUESTION.search(s) and not _AMOUNT_ASKED.search(t))
        ),
    ),
    # A vehicle wished onto the writer: "wish a truck would just hit me".
    _concept(
        "crisis",
        "vehicle_wish",
        "truck|lorry|bus|car|train|van|semi|plane|driver|tractor",
        r"\b(?:truck|lorry|bus|car|train|van|semi|tractor trailer|plane|drunk driver)s?"
        r"(?: \w+){0,3}? (?:hit|hits|hitting|run me over|runs me over|ran me over|mow me"
        r" down|take me out|takes me out|plow into me|plough into me|crash into me|kill me"
        r"|went down with me|go down with me|goes down with me)\b",
        needs_wish=True,
        guard=lambda s, m, t: "hit" in m.group(0) and not re.search(r"\bhit\w* me\b", s),
    ),
    # Steering into something: "steering into the median at 80".
    _concept(
        "crisis",
        "steer_into",
        "steer|swerv|wheel|veer|drive|driv|drove|aim|crash",
        r"\b(?:steer\w*|swerv\w*|turn\w* the wheel|yank\w* the wheel|jerk\w* the wheel"
        r"|veer\w*|drive|driving|drove|aim\w*|crash\w*)(?: \w+){0,3}? (?:into|in front of"
        r"|off|towards?|head on into) (?:the |a |an |that |some )?(?:oncoming|median|barrier"
        r"|guard ?rail|traffic|tree|wall|pole|pillar|bridge|overpass|embankment|river|lake|cliff"
        r"|semi|truck|lorry|bus|concrete|ditch|abutment|divider)\b",
        needs_wish=True,
        about_self=False,
    ),
    # Worth more dead, in figures: "My term life policy pays out more than I'd earn in the
    # next ten years. The math is pretty clear."
    _concept(
        "crisis",
        "worth_more_dead",
        "life insurance|life policy|term life|life cover|worth more",
        r"\b(?:(?:life insurance(?: policy)?|life policy|term life(?: policy)?|life cover)\b"
        r"(?: \w+){0,4} (?:pays? out|payout|would pay|is worth|covers) (?:more|a lot more"
        r"|way more|double)"
        r"(?: than)?|worth more (?:to (?:them|my family|my kids|everyone) )?dead)\b",
        about_self=False,
        guard=lambda s, m, t: bool(_INSURANCE_ERRAND.search(t)),
    ),
    # Fresh cuts found on someone: "found fresh cuts on his thighs this morning".
    _concept(
        "crisis",
        "cuts_found",
        "cuts|slashes|burns",
        r"\b(?:found|saw|noticed|spotted|seen) (?:\w+ )?(?:fresh |new |deep |more |a lot of "
        r"|lots of |some )?(?:cuts|slashes|burns) (?:on|all over|up)"
        r" (?:his|her|their)"
        r" (?:\w+ )?(?:arms?|wrists?|thighs?|legs?|stomach|belly|hips?|ankles?)\b",
        about_self=False,
        guard=lambda s, m, t: bool(_CUTS_EXPLAINED.search(t)),
    ),
    # A crash foretold, joked about and half taken back: "lol if i jackknife on i-80 tonight
    # dont bother callin. kidding. mostly".
    _concept(
        "crisis",
        "crash_foretold",
        "if i",
        r"\bif i (?:jackknife|wreck (?:the |my )?(?:truck|car|rig)|crash (?:the |my )?(?:truck|car"
        r"|rig|bike)|crash into|roll (?:it|the truck|the car|the rig)|go off the road|end up in the"
        r" river|end up dead|get killed)\b[^.!?]{0,60}?"
        r"\b(?:dont bother (?:call\w*|text\w*|look\w*|check\w*|send\w*)|forget about me"
        r"|dont look for me)\b",
        about_self=False,
        guard=lambda s, m, t: bool(_A_JOKE_KEPT.search(t)) and not _HALF_TAKEN_BACK.search(t),
    ),
    # Someone found with a means: "Found Frank in the garage with a rope this afternoon".
    _concept(
        "crisis",
        "found_with_a_means",
        "found|caught|walked in on|came home to",
        r"\b(?:found|caught|walked in on|came home to) (?:him|her|them|my (?:husband|wife|son"
        r"|daughter|dad|mom|mum|partner|brother|sister|boy|girl)|(?!(?:it|that|this|relief|out|up"
        r"|myself|time|a|an|the|some|no|nothing|peace)\b)[a-z]+) (?:(?:in|out in|up in|down in|at)"
        r" the (?:garage|shed|barn|basement|attic|woods|bathroom|closet|car|truck|loft|cellar"
        r"|bedroom|yard) (?:\w+ )?)?(?:with|holding|sitting with|standing with) (?:a|the|his|her|my"
        r"|dads) (?:\w+ )?(?:rope|noose|cord|gun|pistol|rifle|shotgun|handful of pills|bottle of"
        r" pills|razor|blade)\b",
        about_self=False,
        guard=lambda s, m, t: bool(_FOUND_AT_WORK.search(t)) and not _DOUBT_TOLD.search(t),
    ),
    # Things given away under a cover story left standing: "Ive been distributing my books
    # among my cohort. They assume Im moving. I havent corrected them."
    _concept(
        "crisis",
        "cover_story_kept",
        "correct|told|tell|straight|let",
        r"\b(?:havent|have not|didnt|did not|wont|will not|not going to|dont|do not)"
        r" (?:\w+ )?(?:corrected|correct|told|tell|set (?:\w+ )?straight) (?:them|him|her"
        r"|anyone|anybody|everyone|people)\b(?! (?:about|that|how|yet)\b)"
        r"|\b(?:let|letting) (?:them|him|her|everyone|people) (?:think|believe|assume)\b",
        about_self=False,
        guard=lambda s, m, t: (
            not (_SORTED_FOR_OTHERS.search(t) or (_PASSED_ON.search(t) and _NOT_NEEDED.search(t)))
            or not _a_cover_story_left(t)
        ),
    ),
    # Others told they will not need to worry about the writer past a time: "after friday you
    # wont have to worry about me", "theyll never have to worry about me again"
    _concept(
        "crisis",
        "no_worry_about_me_after",
        "worry about me",
        r"\b(?:after (?:\w+day|this weekend|the weekend|tonight|tomorrow|next week|this week)\b"
        r"(?: \w+){0,3}? (?:you|u|they|he|she|everyone|nobody|no one|youll|theyll|hell|shell)"
        r"(?: \w+){0,3}? (?:have to|need to|got to|gotta) worry about me\b(?=\s*(?:[.,;!?]|$))"
        r"|(?:never|not|wont|will not|dont|do not|wouldnt|none of you will|nobody will) (?:\w+ )?"
        r"(?:have to|need to|got to"
        r"|gotta) worry about me (?:again|anymore|any more|ever again"
        r"|much longer|for long|soon)\b)",
        about_self=False,
        guard=lambda s, m, t: bool(_A_BETTER_REASON.search(t) or _LAUGH.search(t)),
    ),
    # Kept here only by someone: "if i didnt have the kids id have driven into the canal by now"
    _concept(
        "crisis",
        "kept_here_only_by",
        "didnt have|did not have|wasnt for|werent for|was not for|were not for|not for",
        r"\bif (?:i didnt have|i did not have|it wasnt for|it werent for|it was not for|it were not"
        r" for|not for) (?:my |the |our )?(?:kids|children|son|daughter|boys|girls|grandkids|dog"
        r"|cat|wife|husband|mom|mum|family|baby)\b(?: \w+){0,4}? (?:id|i would|i d)(?: have| of)?"
        r" (?:been |be )?(?:(?:driven|drove) (?:\w+ ){0,2}?(?:into|off)|gone(?! \w)|dead(?! to)"
        r"|done it|ended it|ended things|jumped|not be here|checked out(?! of)|swallowed (?:them|it"
        r"|all|every\w*|the (?:pills|bottle|lot))|pulled the trigger|killed myself)\b",
        about_self=False,
    ),
    # It will not matter past a near day: "Slept 3 hrs. Won't matter after this weekend."
    _concept(
        "crisis",
        "wont_matter_after",
        "matter",
        r"(?:^\W*|[.!?;,]\s*|\bbut |\banyway )(?:(?:it|none of (?:it|this)|nothing|any of (?:it"
        r"|this)|sleep) )?(?:wont matter|will not matter|wont even matter|will matter|is going to"
        r" matter|gonna matter|matters|doesnt matter) (?:after|past|by|come|beyond) (?:this weekend"
        r"|the weekend|tonight|tomorrow|friday|saturday|sunday|monday|tuesday|wednesday|thursday"
        r"|next week|this week|the \d{1,2}(?:st|nd|rd|th))\b",
        about_self=False,
        guard=lambda s, m, t: bool(_MATTERS_FOR_A_REASON.search(t)),
    ),
    # A dose worked out to pass unseen: "worked out the dose that wouldnt look weird on a tox
    # screen"
    _concept(
        "crisis",
        "dose_unseen",
        "tox|autopsy|toxicology",
        r"\b(?:dose|amount|how much|how many|pills?|mix|combination)\b(?: \w+){0,8}? (?:wouldnt"
        r"|would not|wont|will not|doesnt|does not|dont|do not|not|never|without) (?:\w+ ){0,2}?"
        r"(?:look\w*|show\w*|seem\w*|com\w* up|turn\w* up|be found|be detected|flag\w*)"
        r"(?: \w+){0,4}? (?:on|in|at) (?:a |an |the |my )?(?:tox|toxicology|autopsy)\w*",
        about_self=False,
        guard=lambda s, m, t: bool(_A_DRUG_TEST.search(t)),
    ),
    # A threat said as meant: "i swear ill break his jaw no im serious im driving over there
    # right now" (not "ill kill him lol, he ate my leftovers")
    _concept(
        "crisis",
        "threat_meant",
        "break|smash|bust|bash|punch|beat|stab|shoot|hurt|kill|choke|strangle",
        r"\b(?:ill|i will|im going to|im gonna|gonna|going to|about to|i swear ill) (?:\w+ )?"
        r"(?:break|smash|bust|bash|punch|beat|stab|shoot|hurt|kill|choke|strangle)(?: (?:in|up))?"
        r" (?:his|her|their|him|them)\b(?! (?:a|an|the|my) (?:text|email|message|note|line|call|dm"
        r"|code)| (?:at|in) \w+| (?:feelings|chances|record|time|score)| up on)",
        about_self=False,
        guard=lambda s, m, t: not _MEANT_NOW.search(t) or bool(_LAUGH.search(_NO_JOKE.sub(" ", t))),
    ),
    # Dying made to sound good: "this pain makes dying sound restful ... i mean it a little more
    # every week"
    _concept(
        "crisis",
        "dying_sounds_good",
        "dying|death|dead|waking",
        r"\b(?:dying|death|being dead|not waking up) (?:sounds?|seems?|looks?|feels?)"
        r" (?:\w+ )?(?:restful|peaceful|nice|good|like a relief|appealing|tempting|easier|better"
        r"|like rest)\b",
        about_self=False,
        # (not another's view told: "grandma says dying sounds peaceful to her")
        guard=lambda s, m, t: bool(
            _A_FIGURE_OF_DYING.search(t) or _REPORTED_SPEECH.search(_prefix(s, m))
        ),
    ),
    # The writer's death expected soon: "what happens to my records here after my death? asking
    # because I expect it to be relevant soon"
    _concept(
        "crisis",
        "own_death_soon",
        "my death|i die|im dead|im gone|i am dead|i am gone",
        r"\b(?:after my death|after i die|when i die|once im dead|after im dead|when im dead"
        r"|after i am dead|once im gone|after im gone)\b",
        about_self=False,
        guard=lambda s, m, t: not _DEATH_EXPECTED_SOON.search(t) or bool(_LAUGH.search(t)),
    ),
    # A thought that has turned into a plan, beside a means: "The thought I woke with is no
    # longer an intrusion, its closer to a plan. The bridge on Route 9, some evening this week"
    _concept(
        "crisis",
        "thought_now_a_plan",
        "plan",
        r"\b(?:closer to|more like|more of|turned into|turning into|became|become|becoming"
        r"|is now|its now|now its) (?:a |an |an actual |a real )?plan\b"
        r"(?! (?:for|with|of)\b)",
        # (a thought or an urge grown into it, and the means beside it: not "what started as a
        # joke became a plan", nor a bridge visited in the sentence before "its now a plan!")
        guard=lambda s, m, t: (
            not _A_THOUGHT_BEFORE.search(s, 0, m.start())
            or not _A_MEANS_NAMED.search(_this_and_the_sentence_after(t, s))
            or bool(_GUN_AT_WORK_NOW.search(t) or _A_THING_PLANNED.search(s, 0, m.start()))
        ),
    ),
    # A means named, then dwelt on: "Earl's deer rifle is still in the hall closet. Been
    # thinking on it more than I ought to these nights."
    _concept(
        "crisis",
        "dwelling_on_it",
        "think|thought",
        r"\b(?:been |keep |kept |i keep |i been |ive been )?(?:thinking|think|thought) (?:on|about)"
        r" (?:it|that|them|those) (?:more than i (?:ought|should)|too much|a lot lately|every night"
        r"|these nights|all the time|more and more|day and night|night and day)\b",
        about_self=False,
        guard=lambda s, m, t: (
            not _A_MEANS_NAMED.search(_this_and_the_sentence_before(t, s))
            or bool(_GUN_AT_WORK_NOW.search(t))
        ),
    ),
    # The wheel turned where it would end it: "drive over the river bridge and think about
    # just turning the wheel".
    _concept(
        "crisis",
        "wheel_turned_on_a_bridge",
        "wheel",
        # (or not turned where the road bends: "how easy itd be to just not turn the wheel")
        r"\b(?:(?:just |simply )?(?:not|never|stop) )?(?:turn\w*|yank\w*|jerk\w*|pull\w*|spin\w*"
        r"|let go of) (?:of )?the (?:steering )?"
        r"wheel\b(?! (?:to|into|toward\w*) (?:the |my )?(?:left|right|driveway|lane|parking"
        r"|garage|car park))",
        needs_wish=True,
        about_self=False,
        guard=lambda s, m, t: not _A_DROP_OR_TRAFFIC.search(t) or bool(_DRIVE_BENIGN.search(t)),
    ),
    # Leaving, said beside an absence foretold: "if i dont check in tomorrow dont bother
    # sending the reminder lol. been nice knowing ya bot".
    _concept(
        "crisis",
        "nice_knowing_you",
        "nice knowing|good knowing|pleasure knowing|real knowing|fun knowing",
        r"\b(?:its |it s |it has |has )?been (?:nice|good|a pleasure|real|fun) knowing (?:you|ya|u"
        r"|yall|y all|everyone|all of you)\b",
        about_self=False,
        guard=lambda s, m, t: (
            not _AN_ABSENCE_FORETOLD.search(t) or bool(_LEAVING_FOR_A_REASON.search(t))
        ),
    ),
    # A final fix with loose ends first: "figured out how to fix my insomnia permanently.
    # just gotta finish up a couple things first".
    _concept(
        "crisis",
        "fixed_for_good",
        "permanent|for good|once and for all|forever",
        r"\b(?:fix|solve|end|cure|sort|stop)\w* (?:my |the |this |all my |all the )?(?:insomnia"
        r"|sleep(?:lessness)?|problems?|pain|suffering|nights|everything|it all|it)(?: \w+)?"
        r" (?:permanently|for good|once and for all|forever)\b",
        about_self=False,
        guard=lambda s, m, t: (
            not _LOOSE_ENDS_FIRST.search(t)
            or bool(_A_REMEDY.search(t))
            or bool(_HOPED_FOR.search(_prefix(s, m)[-30:]))
        ),
    ),
    # One step and it is over: "one step and its done", "one jump and its over".
    _concept(
        "crisis",
        "one_step",
        "one|single|1 ",
        r"\b(?:one|1|a single|one little|one quick|one big) (?:step|jump|leap|push|swerve"
        r"|turn|cut|pull|move|slip|drop|shove|swallow)s?(?: \w+){0,4}? (?:and|then|n) (?:its"
        r"|itd be|itll be|it would be|it will be|id be|ill be|im|i would be|i am|all|it all"
        r"|everything|everythings|everything would be|it is)? ?(?:done|over|gone|finished"
        r"|the end|at peace|quiet|free)\b(?! with)",
        about_self=False,
    ),
    # How fast it would be over, pictured: "how fast itd be over", "how quick off the roof".
    _concept(
        "crisis",
        "how_quick",
        "how",
        r"\bhow (?:fast|quick\w*|easy|easily|simple|painless\w*|peaceful\w*|short)(?: \w+){0,2}?"
        r" (?:itd|it would|it could|it will|itll|it is|its|id|i could|i would|ill|it all"
        r" would) (?:\w+ )?(?:be over|end|be done|be|go|die|slip away|drown|happen|all end)\b",
        guard=lambda s, m, t: (
            not (
                _IMAGINED.search(_prefix(s, m))
                and (
                    re.search(r"\b(?:over|end|done|die|drown|slip away)\b", m.group(0))
                    or (
                        (_OUTCOME_MEANS.search(s) or _HEIGHT.search(s))
                        and _BE_MEANS_AFTER.match(_after(s, m))
                    )
                )
            )
        ),
    ),
    # Death as relief: "being dead would be a relief", "not existing sounds peaceful".
    _concept(
        "crisis",
        "death_relief",
        "dead|dying|death|die|not |never|exist|if i|gone|disappear",
        r"\b(?:being dead|dying(?! (?:my|your|her|his|the) hair)|death|not being (?:alive|here"
        r"|around)|not existing|not to exist|not waking up|never waking up|to (?:die|not exist"
        r"|not wake up|be dead|be gone|disappear|just not exist)|if i (?:died|was dead|were dead"
        r"|was gone|were gone|didnt wake up|never woke up|wasnt here|werent here))(?: \w+){0,4}?"
        r" (?:would be|would feel|sounds?|seems?|feels?|is|must be|could be|will be)"
        r"(?: \w+){0,2}? (?:a relief|relief|peaceful|nice|welcome|a mercy|mercy|a gift|easier"
        r"|freedom|a release|bliss|restful|a blessing|heaven|so good|the answer)\b",
        about_self=False,
        guard=lambda s, m, t: bool(_other_subject(s, m)) and not _SELF_PRONOUN.search(s),
    ),
    # Sorry to have woken: "disappointed i woke up at all", "let down that im still here".
    _concept(
        "crisis",
        "woke_sorry",
        "disappoint|upset|sad|angry|annoy|pissed|gutted|let down|bummed|curs|hate|mad"
        "|sorry|frustrat",
        r"\b(?:disappoint\w*|upset|sad|angry|annoyed|pissed|gutted|let down|bummed|cursed|hate"
        r"|hated|mad|sorry|frustrated)(?: \w+){0,3}? (?:i|that i|im|that im|to have|to still"
        r"|to be) (?:woke up|woke|wake up|am still (?:here|alive)|still (?:here|alive|breathing)"
        r"|survived|made it through|opened my eyes|still woke up|be still here|be alive|wake)\b",
        guard=lambda s, m, t: (
            bool(_TIME_AFTER.match(_after(s, m)) or _COUNT_AFTER.match(_after(s, m)))
            and not re.match(r"\s*(?:at all|again)\b", _after(s, m))
        ),
    ),
    # Asking to be taken: "pray the lord takes me in my sleep", "god please take me".
    _concept(
        "crisis",
        "taken_by_god",
        "god|lord|jesus|universe|heaven|death|angel",
        r"\b(?:god|lord|jesus|universe|heaven|death|angels?)(?: \w+){0,3}? (?:takes?|taking"
        r"|call\w*|bring\w*|come for|comes for) me\b",
        about_self=False,
        guard=lambda s, m, t: bool(
            re.match(
                r"\s*(?:to (?:the|church|a|work|mass|my)|back to|through|there)\b", _after(s, m)
            )
        ),
    ),
    # Hoping not to see tomorrow: "praying i dont see tomorrow".
    _concept(
        "crisis",
        "no_tomorrow",
        "see|make it|live to|wake up to",
        r"\b(?:i|id) (?:dont|wont|never|do not|will not|dont have to) (?:\w+ )?(?:see|make it"
        r" to|live to see|wake up to) (?:tomorrow|the morning|morning|another day|next"
        r" (?:week|year|month)|christmas|my birthday|the weekend)\b",
        needs_wish=True,
    ),
    # Doubt of living to a near day: "not sure im gonna see the weekend honestly"
    _concept(
        "crisis",
        "doubt_of_a_near_day",
        "see|make it|last till|last until|last to",
        r"\b(?:not sure|dont know if|doubt|dont think) (?:im|i am|i will|ill|i) (?:gonna |going to"
        r" |will |even )?(?:see|make it to|live to see|last (?:till|until|to)) (?:tomorrow|the"
        r" weekend|the week|friday|saturday|sunday|monday|christmas|my birthday|next week"
        r"|another (?:day|week))\b"
        # the day itself, ending the clause: not "the weekend game", "friday's class"
        r"(?=\s*(?:$|[.,;!?…]|honestly|tbh|ngl|to be honest|at this rate|the way|like this))",
        about_self=False,
        guard=lambda s, m, t: bool(
            _NO_FUTURE_PLACE.search(s) or _LAUGH.search(t) or _AWAY_FOR_A_TIME.search(t)
        ),
    ),
    # Joining a dead person: "i would like to join him", "go be with my wife".
    _concept(
        "crisis",
        "join_dead",
        "join|be with|reunit|follow",
        rf"\b{_TO_JOIN}(?: just| go| finally| and)*(?: go)? (?:join|be with|be reunited with"
        r"|reunite with|follow) (?:him|her|them|my (?:late )?(?:husband|wife|partner|son|daughter"
        r"|mom|mum|mother|dad|father|brother|sister|baby|boy|girl|grandma|grandpa|nan|granny"
        r"|best friend|friend|fiance|fiancee))(?: again| there| soon| in heaven| up there)?\b"
        r"(?! (?:for|at|on|in the|to the|later|tonight|this|next|tomorrow|when|while|until))",
        guard=lambda s, m, t: not _BEREAVED.search(t),
    ),
    # The only way out is the writer's end: "the only way it stops is if i stop".
    _concept(
        "crisis",
        "only_way",
        "only",
        r"\bonly (?:way|escape|exit|option|solution|answer|thing left|way out)(?: \w+){0,6}? (?:is"
        r"|would be|left is|is for me to)(?: \w+){0,3}? (?:if i (?:stop|end|go|die|wasnt|werent"
        r"|am not|im not|was gone|disappear)\b(?! (?:\w+ing|the|my|a|at|to|out|for|on|off"
        r"|back|home|in|with|that|this|it|eating|drinking|working)\b)|if im (?:gone|dead|not"
        r" here)|(?:to|for me to|me) (?:go|die|end|stop|not be|not exist|disappear|be gone)"
        r"\b(?! (?:\w+ing|the|my|a|at|to|out|for|on|off|back|home|in|with|that|this|it)\b)"
        r"|me not being (?:here|around|alive)|if i (?:stop existing|stop living|go to sleep"
        r" for good|go for good|sleep forever))",
    ),
    # A date past which the writer will not be here: "not sticking around past new years".
    _concept(
        "crisis",
        "not_around_past",
        "around|here|last",
        r"\b(?:(?:not|wont|never|(?:dont|doesnt|do not|does not) plan (?:on|to)|(?:not|isnt|arent)"
        r" planning (?:on|to)) (?:\w+ )?(?:be"
        r" |being )?(?:sticking|staying|hanging|be|stick|stay|hang)? ?(?:around|here)"
        r"(?: \w+){0,2}? (?:(?:past|after|beyond|by|till|until|for) (?:the end of )?(?:christmas"
        r"|xmas|new years?|the holidays|thanksgiving|easter|my birthday|spring|summer|fall"
        r"|autumn|winter|(?:this|next|the) (?:month|year|week|summer|winter|spring)|\d{4}"
        r"|january|february|march|april|june|july|august|september|october|november"
        r"|december|another (?:year|month|week)|the year)|(?:for )?much longer|(?:for )?long"
        # "if I miss my session Thursday ... probably won't be around anyway"
        r"|(?:anyway|anyways)(?=\s*(?:[.!?]|$)|\s*,\s*(?:so|dont|no need|why|whats)\b))"
        r"|(?:this (?:is|will be|ll be)|this is going to be|(?:going to|will) be) my last"
        r" (?:birthday|christmas|xmas|new years|summer|thanksgiving|winter|spring))\b",
        guard=lambda s, m, t: bool(_AWAY_FOR_A_TIME.search(s) or _VISITING.search(s)),
    ),
    # An attempt told after it: "swallowed everything in my medicine cabinet".
    _concept(
        "crisis",
        "swallowed_all",
        "swallow|took|tak|down|ate|chug|neck",
        rf"\b(?:swallow\w*|took|take|takes|taking|downed|ate|taken|chugged|necked)(?: \w+){{0,2}}?"
        rf" (?:everything"
        rf"|all (?:of )?(?:my|the|them|their|his|her|your)|every pill|the whole|a whole"
        # "taking every oxycodone I have at once"
        rf"|every(?: single| last)?"
        rf"|an entire|the entire|a full"
        rf"|a load of|a bunch of|a handful of|handfuls of|a fistful of|loads of|the rest of)"
        rf"(?: \w+){{0,3}}? (?:{_MEDS[3:-1]}|bottle|pack|packet|box|cabinet|drawer|stash)\b",
        about_self=False,
        guard=lambda s, m, t: (
            _as_prescribed(s, m, t)
            or bool(
                re.search(
                    r"\bfor (?:my|the|a) (?:headache|migraine|pain|back|cold|fever|period|cramps"
                    r"|tooth\w*|flu)\b",
                    s,
                )
            )
        ),
    ),
    _concept(
        "crisis",
        "attempt_made",
        "attempt",
        r"\b(?:made|make|making|had|survived|another|my last|my|a|suicide|previous|past)"
        r" (?:suicide |serious )?attempt(?:s|ed)?\b(?! (?:to|at|of|on|in the|number))",
        about_self=False,
        guard=lambda s, m, t: (
            not re.search(
                r"\b(?:last|this|on|week|month|year|night|ago|hospital|er|ward|survived|didnt work"
                r"|failed|again|before|suicid\w*)\b",
                t,
            )
        ),
    ),
    # A farewell apology: "tell dr patel im sorry", "tell my kids it wasnt their fault".
    _concept(
        "crisis",
        "tell_sorry",
        "tell|know",
        r"\b(?:tell (?:\w+ ){1,3}|(?:make sure|let) (?:\w+ ){1,3}knows? )"
        r"(?:(?:that )?(?:im|i was|i am) sorry|(?:that )?i lov\w* (?:them|her|him|you|them all)"
        r"|(?:that )?it wasnt (?:her|his"
        r"|their|your|anyones) fault|(?:i said )?goodbye)\b",
        about_self=False,
        guard=_sorry_trivial,
    ),
    # Thanks that close an account, with a parting: "thank the nurses for everything.
    # goodbye", "tell my therapist thank you for trying. it wasnt enough". Thanks alone are
    # everyday, and so are thanks with a goodbye before a trip, a move or the last infusion.
    _concept(
        "crisis",
        "closing_thanks",
        "thank|tried|thanks|grateful",
        r"\b(?:thank (?:[\w.]+ ){1,5}?for me|tell (?:[\w.]+ ){1,3}(?:thank you|thanks|im grateful)"
        r"|(?:thank you|thanks|thank) (?:\w+ ){0,3}?for (?:trying|everything|all (?:you|youve"
        r"|you have|your|of it)|putting up with me|being there|(?:all )?your (?:care|kindness"
        r"|patience))|(?:yall|you all|you guys|everyone) (?:really |truly )?tried|(?:thanks|thank"
        r" you) for (?:the|all the) (?:\d+ )?(?:entries|check ?ins|reminders|messages))\b",
        about_self=False,
        guard=lambda s, m, t: (
            not _CLOSING_PARTING.search(t.replace(m.group(0), " "))
            or bool(_CLOSING_BENIGN.search(t))
            or _treatment_ending(s, m, t)
        ),
    ),
    # Arrangements made for those who depend on the writer: "everythings arranged. the dog
    # goes to my sister". A pet sitter for a trip is ordinary.
    _concept(
        "crisis",
        "dependents_arranged",
        "go|get|stay|live",
        r"\b(?:the|my) (?:dogs?|cats?|pets?|kids|children|son|daughter|birds?|horses?|boys|girls)"
        r" (?:goes|go|will go|is going|are going|gets|get|will stay|stays|will live|lives|can"
        r" live) (?:to|with) (?:my|his|her|our|the|their) \w+",
        about_self=False,
        guard=lambda s, m, t: (
            not _ARRANGED.search(t) or bool(_CLOSING_BENIGN.search(t)) or _treatment_ending(s, m, t)
        ),
    ),
    _concept(
        "crisis",
        "note_written",
        "note|letter",
        r"\b(?:finished|wrote|written|writing|left|leaving|leave) (?:\w+ )?(?:my|a|the)"
        r" (?:final |last |goodbye )?(?:note|letter)s?\b|\bgoodbye (?:notes?|letters?)\b",
        about_self=False,
        guard=lambda s, m, t: (
            (
                len(t.split()) > 6  # "wrote the note" said alone is the whole message
                and not re.search(
                    r"\b(?:sorry|goodbye|forgive|fault|love you all|drawer|find it|found it"
                    r"|everyone\w*|when im gone|after im gone|tonight|pocket|its time)\b",
                    t.replace(m.group(0), " "),
                )
                and "goodbye" not in m.group(0)
            )
            # "wrote a note for the sitter... tonight were out till 11"
            or bool(_EVERYDAY_NOTE.search(t))
        ),
    ),
    # At an edge for a long time: "stood at the edge of the top floor for like an hour".
    _concept(
        "crisis",
        "at_the_edge",
        "edge|ledge|rail|parapet|brink|wrong side",
        r"\b(?:(?:on|at|by|near|over|off|to) (?:the |my |a )?(?:very )?(?:edge|ledge|railing"
        r"|rail|parapet|brink)s?|wrong side of (?:the |a )?(?:rail\w*|barrier|fence|guard"
        r" ?rail))\b",
        guard=_edge_benign,
    ),
)


# --------------------------------------------------------------------------------------------
# Round 6 families (set 9's writer). Each joins a broad lexicon to a second one inside a
# clause, or to a word elsewhere in the message that shows the purpose: a hurting verb on
# the writer's own body with a sign it was meant; a means handled over and over with a reason
# left unsaid; a lethal amount asked about by someone without hope; an ending said without
# "die". Their ways out are the everyday neighbours: accidents, hunting, farm rope, doses
# asked about safely, trips and moves.

# The writer's own body, or the writer.
_OWN_BODY = (
    r"(?:myself|my (?:own )?(?:head|arms?|forearms?|legs?|thighs?|wrists?|hands?|fists?|skin"
    r"|face|stomach|belly|hips?|chest|knuckles|fingers|shins?|scalp|body|cheeks?|lips?|calf"
    r"|calves|ankles?|neck|ribs|sides?))"
)
# What shows hurting oneself was meant: a feeling sought, a wound, a calm it brings.
_ACT_MEANT = re.compile(
    r"\b(?:to feel (?:something|anything|pain|real|it|alive|nothing|better)|(?:til|till|until)"
    r" (?:i saw stars|i see stars|(?:it|they|i|my \w+) (?:bruise|bled|bleed|bleeds|broke|went"
    r" numb)\w*|there (?:was|were) (?:blood|bruises|marks)|i (?:couldnt|cant) feel)|raw"
    r"|bruis\w*|bled|bleed\w*|blood\w*|welts?|scars?|only thing (?:that )?(?:shuts|helps"
    r"|calms|stops|quiets|works|makes)|shuts? (?:my|the) (?:brain|head|mind|thoughts|noise)"
    r" (?:off|up)|calms? me|punish\w*|deserved?|on purpose|over and over|again and again"
    r"|(?:against|into|on) (?:the|a) (?:wall|walls|door|floor|mirror)|door ?frame|couldnt stop"
    r"|cant stop|make (?:it|the noise|them|my head) stop|numb|(?:went|goes|go|got) quiet"
    r"|shut (?:up|off))\b"
)
_ACT_ACCIDENT = re.compile(
    r"\b(?:by accident|accident\w*|tripped|slipped|fell|clumsy|oops|ouch|shav\w*|cook\w*"
    r"|chopp\w*|kettle|stove|oven|pan|iron|curling|rose|bush|eating|gym|boxing|sparring"
    r"|football|rugby|practice|training|workout|car door|cabinet|cupboard|bed frame|in the dark"
    r"|mosquito|bites|itch\w*|rash|eczema|hives|sunburn\w*"
    # Hurt in a faint or a fit: "passed out and hit my head on the sink".
    r"|faint\w*|pass\w* out|black\w* out|collaps\w*|dizz\w*|seizure|fit)\b"
)
# A means someone could die by, named in the same clause as handling it.
_MEANS_HELD = (
    r"(?:guns?|pistol|handgun|revolver|rifle|shotgun|firearm|glock|9mm|9 mm|beretta|ammo"
    r"|bullets?|ropes?"
    r"|noose|cord|belt|bottle|vials?|syringes?|needles?|blades?|razors?|knife|knives|box"
    r"|cutter|bag|closet|barn|safe|drawer|cabinet|bridge|ledge|" + _MEDS[3:-1] + r")"
)
# The reason left unsaid, or said to be hidden: "dont know why", "not going to pretend".
_UNSAID_WHY = re.compile(
    r"\b(?:(?:dont|do not|cant|dunno) (?:\w+ )?know (?:why|how to stop)|pretend|you know (?:why"
    r"|what for)|know (?:what|why) (?:its|it is|i did|im doing) (?:for|it|that)|not (?:ok|okay"
    r"|safe|fine)|scared of (?:myself|what i)|dont tell|doesnt know|dont know|nobody knows"
    r"|no one knows|cant stop|couldnt stop|for (?:an|over an) hour|for hours|all night"
    # put away, and not for good: "kept taking it out and looking at it. put it back. for now"
    r"|put (?:it|them) (?:back|away)\W+(?:\w+ )?for now)\b"
)
_WHY_STRONG = re.compile(
    r"\b(?:(?:dont|do not|cant) (?:\w+ )?know how to stop|pretend|you know why|not (?:ok|okay"
    r"|safe)|scared of (?:myself|what i)|cant stop|couldnt stop)\b"
)
_HOLD_BENIGN = re.compile(
    r"\b(?:(?:went|go|going|goes) hunting|hunting (?:trip|season)|season|deer|range"
    r"|clean\w* (?:it|the|my)|lock\w*|groceries|shopping"
    r"|leftovers|kittens?|puppy|laundry|by mistake|returned|hay|boat|kids are|to check on"
    # a new weapon admired: "got the new pistol and kept taking it out to admire it"
    r"|(?:new|bought|got) (?:\w+ )?(?:rifle|gun|pistol|shotgun|knife|knives|bow)|admire\w*"
    r"|so pretty|beautiful)\b"
)
# A rope or a bag meant for a neck or a face: signs it was tried or kept secret.
_LIGATURE_SIGN = re.compile(
    r"\b(?:didnt use it|havent used it|not used it|not yet|doesnt know|dont tell|nobody knows"
    r"|no one knows|tested|testing|my weight|hold me|just in case|ready|for me|noose)\b"
)
# Hopelessness that turns a question about amounts into a question about dying.
_HOPELESS = re.compile(
    r"\b(?:tired of (?:everything|it all|all of it|living|life|this|being alive|fighting"
    r"|trying|existing)|no point|whats the point|done with (?:everything|it all|life|all of it"
    r"|living)|(?:cant|can not) (?:do this|go on|keep going|take (?:it|this)) any ?more|giving"
    r" up|give up|gave up|hopeless|nothing matters|want it (?:all )?(?:over|to (?:stop|end))"
    r"|no reason to|sick of (?:everything|living|life|it all|being alive)|better off|dont care"
    r" any ?more|no way out|worthless|pointless|nothing left|(?:nobody|no one) (?:would )?(?:care"
    r"|cares|notice)|so done|over it all|want to disappear|end it)\b"
)
_DEATH_IN_THE_ASK = re.compile(r"\b(?:fatal|lethal|deadly|heart stops)\b")
# Whether an amount kills, asked just before the number is: "= fatal? need a number".
_KILLS_ASKED_JUST_BEFORE = re.compile(
    r"\b(?:fatal|lethal|deadly|(?:body|i|you|people|someone) (?:die|dies|would die)|kill (?:me"
    r"|you|a person|someone|somebody)|od|overdose|stop (?:my|your|a) heart|not wake up)\s*\?"
    r"\s*(?:\w+\s+){0,2}$"
)


def _not_a_lethal_number(sentence: str, m: re.Match[str], text: str) -> bool:
    """A number asked for, with no death asked about in it or just before it ("phone about to
    die. need a number"), or an amount to feel or sleep."""
    if _NOT_A_LETHAL_AMOUNT.match(_after(sentence, m)):
        return True
    if _DEATH_IN_THE_ASK.search(m.group(0)):
        return False
    ask_at = max(0, text.find(sentence)) + m.start()
    return not _KILLS_ASKED_JUST_BEFORE.search(text, 0, ask_at)


_NOT_A_LETHAL_AMOUNT = re.compile(
    r"^\s*(?:to )?(?:feel|work|help|notice|see|get|fall|sleep|kick|start|be safe|safely|a day"
    r"|per day|in a day|at once|before bed)\b"
)
# The writer's death named, or someone's death by their own hand.
_OWN_DEATH_SAID = re.compile(
    r"\b(?:if i (?:die|died|pass|passed|am gone|was gone|dont make it|didnt make it)|when im"
    r" gone|after im gone|wont be (?:here|around)|when i die|after i die|once im gone)\b"
)
_PLANNED_BENIGN = re.compile(
    r"\b(?:lawyer|attorney|estate plan\w*|surgery|operation|procedure|hospice|terminal"
    r"|diagnos\w*|biopsy|retire\w*|deployment|deploy\w*|flight|trip|travel\w*|abroad|holiday"
    r"|vacation|during|while im away|emergency contact|please call|call my)\b"
)
_SUICIDE_OF_OTHER = re.compile(
    r"\b(?:shot|killed|hanged|hung|gassed|poisoned) (?:himself|herself|themselves|themself)"
    r"|took (?:his|her|their) (?:own )?life|suicide|overdosed|od d|died by suicide\b"
)
_COST_NOT_DEATH = re.compile(r"\b(?:insurance|cost|afford|money|bills|side effects|antibiotics)\b")
_RELIEF = re.compile(
    r"\b(?:reliev\w*|relief|glad|let it (?:happen|take me|win)|grateful|finally)\b"
)
_DANGER_ASKED = re.compile(
    r"\b(?:safe|safety|suicid\w*|hurt(?:ing)? (?:myself|me)|harm\w*|kill\w*|thoughts|im not"
    r"|ideation|plan)\b"
)
_GOD = re.compile(r"\b(?:god|lord|jesus|heaven|he takes|take me|die|death|pray\w*|him along)\b")
_GOD_BENIGN = re.compile(r"\b(?:homework|study|project|moving|move|taxi|bus|uber|ride|lesson)\b")
_PLACE_NOT_TIME = re.compile(
    r"^\s*(?:in|at|here|living|working|in this|on this|with|up here|down here|without)\b"
)


def _act_benign(sentence: str, m: re.Match[str], text: str) -> bool:
    if _SELF_LOATHING.search(sentence):
        return False  # "i hate myself so much i burn my skin with the iron"
    if _ACT_ACCIDENT.search(sentence) and not re.search(
        r"\b(?:on purpose|to feel|deserve|punish)", sentence
    ):
        return True
    return not _ACT_MEANT.search(sentence)


def _held_benign(sentence: str, m: re.Match[str], text: str) -> bool:
    if not _UNSAID_WHY.search(text):
        return True
    # A hunting rifle checked before the season is a chore, unless the writer says they
    # cannot stop or will not pretend.
    return bool(_HOLD_BENIGN.search(sentence)) and not _WHY_STRONG.search(text)


def _lethal_benign(sentence: str, m: re.Match[str], text: str) -> bool:
    if re.search(r"\b(?:die|kill|not wake|end it|od|overdose|stop)\b", m.group(0)):
        return False
    return bool(_NOT_A_LETHAL_AMOUNT.match(_after(sentence, m))) or not _HOPELESS.search(text)


_ROUND6: tuple[_Concept, ...] = (
    # Hurting one's own body without the word "harm": "banging my forearm on the door frame
    # to feel something", "scratched my legs raw with a comb again".
    _concept(
        "crisis",
        "self_act",
        "bang|hit|punch|scratch|burn|bit|cut|slam|pinch|pull|smash|claw|scrap|goug|whack|smack",
        r"\b(?:bang\w*|hit|hits|hitting|punch\w*|scratch\w*|burn\w*|burnt|bit|bite|bites|biting"
        r"|cut|cuts|cutting|slam\w*|pinch\w*|smash\w*|claw\w*|scrap\w*|goug\w*|whack\w*|smack\w*)"
        r"(?: \w+){0,2}? " + _OWN_BODY + r"\b|\bpull\w* (?:out )?(?:\w+ of )?my (?:own )?hair"
        r" (?:out|until|till|til)\b",
        guard=_act_benign,
    ),
    # A means handled over and over, its reason left unsaid: "i keep opening the closet (where
    # the rifle is). i dont know how to stop", "brought a vial home ... not going to pretend".
    _concept(
        "crisis",
        "means_handled",
        "keep|kept|been|cant stop|brought|bring|took|taken|carried|snuck|sneak|stole|grabbed"
        "|holding|sitting|sat |sit |is |are |lying",
        r"\b(?:(?:keep|keeps|kept|cant stop|been) (?:\w+ )?(?:opening|checking|holding|going"
        r" back to|taking (?:it |them )?out|touching|handling|loading|unloading|counting|looking"
        r" at|staring at|sitting with|carrying|picking up|getting out)(?: \w+){0,4}? "
        + _MEANS_HELD
        + r"|(?:brought|bring|took|taken|carried|snuck|sneaked|stole|grabbed) (?:\w+ ){0,2}?"
        + _MEANS_HELD
        + r" (?:\w+ ){0,2}?home|(?:holding|sitting with|sat with|sit with) (?:the|a|my|his|her) "
        + _MEANS_HELD
        + r"|"
        + _MEANS_HELD
        + r" (?:is|are|sitting|lying) (?:\w+ ){0,4}?(?:in front of me|in my (?:hand|hands|lap)"
        r"|next to me|beside me)"
        # the means named first: "got the 9mm in the glovebox and kept taking it out"
        r"|"
        + _MEANS_HELD
        + r" (?:\w+ ){0,6}?(?:and )?(?:keep|keeps|kept|cant stop|been) (?:\w+ )?(?:taking"
        r" (?:it|them) out|looking at (?:it|them)|holding (?:it|them)|touching (?:it|them)"
        r"|loading (?:it|them)|checking (?:it|them)|staring at (?:it|them)|picking (?:it|them)"
        r" up|getting (?:it|them) out))\b",
        guard=_held_benign,
    ),
    # A ligature or a bag tried: "how long i could keep the bag on", "put the rope up in the
    # barn ... didnt use it".
    _concept(
        "crisis",
        "ligature_tested",
        "how long|bag|belt|cord|rope|scarf|noose",
        r"\b(?:how long i (?:could|can|would) (?:keep|hold|leave|have|stand|last with)"
        r" (?:the |a |my )?(?:plastic |trash |garbage |bin )?(?:bag|belt|cord|rope|scarf)"
        r" (?:on|over|around)|(?:bag|belt|cord|rope|scarf) (?:over|around) my (?:head|neck|face)"
        r"|(?:put|hung|hang|hanging|tied|tie|tying|rigged|set) (?:up )?(?:the |a )?(?:rope|noose"
        r"|cord|belt) (?:up )?(?:in|from|to|over|on) (?:the |a )?(?:barn|garage|shed|attic"
        r"|closet|beam|rafters?|ceiling|tree|rail\w*|basement|door|hook|loft|banister))\b",
        about_self=False,
        guard=lambda s, m, t: (
            m.group(0).startswith(("put", "hung", "hang", "tied", "tie", "rigged", "set"))
            and not _LIGATURE_SIGN.search(t)
        ),
    ),
    # Asking the most one could take, with hope gone: "whats the most ketamine someone could
    # take. asking bc im tired of everything".
    _concept(
        "crisis",
        "lethal_amount",
        "most|max|highest|how many|how much",
        r"\b(?:(?:whats|what is|what would be|what s) the (?:most|max\w*|highest (?:amount|dose))"
        r" (?:of )?(?:\w+ ){0,3}?(?:someone|somebody|a person|anyone|you|i|one|people)"
        r" (?:could|can|should|would|might)? ?(?:take|swallow|have|survive)|how (?:many|much)"
        r" (?:\w+ ){0,4}?(?:would|does|will|did|might) it take\b|how (?:many|much) (?:\w+ ){0,4}?"
        # ("how much melatonin should i take to not wake up at 3am": to sleep through)
        r"(?:to|would|will|could) (?:die|kill|not wake(?! up (?:at|every|before|until|till|til"
        r"|during|in the|so|as|too|early)\b)|end it|od|overdose|stop (?:my|your|a) heart))",
        about_self=False,
        guard=_lethal_benign,
    ),
    # A lethal amount asked for as a number, right after asking whether it kills: "ketamine +
    # benzos in large qty = fatal? need a number", "ketamine too much, body die? how much
    # need?". (Not "my phone is about to die, i need the number for the front desk".)
    _concept(
        "crisis",
        "lethal_number",
        "number|amount|figure|quantity|need|dose|heart stops",
        # the death named after the number (first, so the longer reading wins): "tell me the
        # exact amount of ketamine that is fatal", "how much ketamine before my heart stops"
        r"\b(?:need|want|give me|tell me) (?:the |a )?(?:exact )?(?:number|amount|dose)(?: of"
        r" \w+)? (?:that|which) (?:is|would be|will be) (?:fatal|lethal|deadly)\b"
        r"|\bhow (?:much|many)(?: \w+){0,3}? (?:before|till|until) (?:my|your|the|a) heart"
        r" stops\b(?! (?:racing|pounding|fluttering|skipping|hurting|aching|being))"
        r"|\b(?:i )?(?:need|want|give me|tell me|just need) (?:a|the|an exact|the exact|exact"
        r"|a real) (?:number|amount|figure|quantity)\b"
        r"|\bhow (?:much|many) (?:i )?(?:need|needed|do i need|would i need|it need)\b",
        about_self=False,
        guard=_not_a_lethal_number,
    ),
    # "im done, and i dont mean done with ketamine": an ending said by what it is not.
    _concept(
        "crisis",
        "done_not_meaning",
        "mean",
        r"\b(?:done|finished|out|through|gone|over)\b(?: \w+){0,3}?,? (?:and )?i (?:dont|do not"
        r"|didnt) mean (?:\w+ ){0,2}?(?:with|from|of|out of)\b",
        about_self=False,
    ),
    # No next season intended: "i dont intend to see another winter".
    _concept(
        "crisis",
        "no_next_season",
        "dont|do not|wont|will not|not going|no intention|not planning",
        r"\b(?:(?:dont|do not|wont|will not|not going to|have no intention of|dont plan (?:to|on)"
        r"|not planning (?:to|on)|dont intend to|do not intend to|dont want to|dont expect to)"
        r" (?:see|seeing|be (?:here|around|alive) (?:for|at|by|to see)|being (?:here|around) for"
        r"|make it to|making it to|live (?:to see|through|past)|last (?:through|past)|see out)"
        r" (?:another|next|the next|this|one more) (?:winter|summer|spring|fall|autumn|christmas"
        r"|xmas|birthday|year|new year|thanksgiving|easter))\b",
        guard=lambda s, m, t: bool(
            _PLACE_NOT_TIME.match(_after(s, m)) or _AWAY_FOR_A_TIME.search(t) or _VISITING.search(t)
        ),
    ),
    # Peace made and affairs settled: "made my peace and my arrangements".
    _concept(
        "crisis",
        "peace_made",
        "peace|arrangement|goodbye|affairs",
        r"\b(?:made (?:my )?(?:peace|arrangements)(?: \w+){0,2}? and (?:made |said )?(?:my )?"
        r"(?:arrangements|peace|goodbyes)|(?:made|said) (?:my )?peace and (?:said )?(?:my )?"
        r"goodbyes|said (?:my )?goodbyes and (?:made )?(?:my )?peace|(?:getting|get|got|putting"
        r"|put|sorting|sorted) (?:all )?(?:of )?my affairs (?:in order|sorted|straight))\b",
        guard=lambda s, m, t: (
            "affairs" in m.group(0)
            and (not _OWN_DEATH_SAID.search(t) or bool(_PLANNED_BENIGN.search(t)))
        ),
    ),
    # Belongings left to someone "if anything happens to me", said "just so somebody knows".
    _concept(
        "crisis",
        "if_anything_happens",
        "anything|something|just so",
        r"\b(?:if (?:anything|something) (?:happens|were to happen|should happen|happened) to"
        r" me(?: \w+){0,6}? (?:goes to|go to|gets|should get|can have|will go to|is for|belongs?"
        r" to|should go to)|just so (?:some(?:one|body)|you|people|anyone) (?:knows?|is aware))\b",
        about_self=False,
        guard=lambda s, m, t: (
            bool(_PLANNED_BENIGN.search(t))
            or (
                m.group(0).startswith("just")
                and not re.search(r"\bif (?:anything|something) (?:happens|happened)", t)
            )
        ),
    ),
    # Illness left untreated to die: "if i got cancer i wouldnt treat it. id be relieved".
    _concept(
        "crisis",
        "untreated_illness",
        "if i",
        r"\bif i (?:got|get|had|have|was diagnosed with|were diagnosed with|found out i had"
        r"|developed|was told i had) (?:\w+ ){0,2}?(?:cancer|a tumou?r|tumou?rs|leukemia"
        r"|something terminal|a terminal \w+|heart disease|a heart condition|an illness"
        r"|a disease|sepsis)(?: \w+){0,3}?,? (?:i )?(?:wouldnt|would not|wont|will not|would"
        r" refuse to|would never|wouldnt even|id refuse to|id never) (?:\w+ )?(?:treat|fight"
        r"|get (?:it )?treated|get treatment|see a doctor|go to (?:the )?(?:doctor|hospital)"
        r"|do chemo|take (?:the )?(?:treatment|meds)|bother)",
        guard=lambda s, m, t: bool(_COST_NOT_DEATH.search(t)) and not _RELIEF.search(t),
    ),
    # A means as the safety plan, or safety lied about: "the plan is the tylenol in the
    # cabinet", "asked if i was safe and i lied and said yes".
    _concept(
        "crisis",
        "plan_is_means",
        "plan is|plans is|lied|lying|lie ",
        r"\b(?:plans? is (?:the |my |a |to (?:use|take|jump off|go to) (?:the |my )?)?"
        r"(?:\w+ ){0,2}?"
        r"(?:" + _MEANS_NOUN[3:-1] + r"|" + _MEDS[3:-1] + r"|river|train|knife|car|garage)"
        r"|(?:lied|lying|lie) (?:\w+ ){0,3}?(?:said|told|saying|telling) (?:\w+ ){0,3}?(?:i was"
        r" |im |i am |that i was |that im )?(?:safe|fine|ok|okay|yes|no|good|alright)"
        r"|(?:lied|lying)(?: \w+){0,3}? (?:said|told|saying) (?:\w+ )?(?:i was|i am|im))\b",
        about_self=False,
        guard=lambda s, m, t: (
            (m.group(0).startswith("plan") and not re.search(r"\b(?:safety|asked)\b", t))
            or (m.group(0).startswith("l") and not _DANGER_ASKED.search(t.replace(m.group(0), " ")))
        ),
    ),
    # Ready for God and ready to hurry him: "ready whenever He is ... help Him along".
    _concept(
        "crisis",
        "god_hurried",
        "ready|help|hurry|speed|too long",
        r"\b(?:ready (?:whenever|when|for when|if) (?:he|god|the lord|jesus|the man upstairs"
        r"|the universe) (?:is|wants|calls|decides|says|comes)|(?:help|hurry|speed) (?:him|god"
        r"|the lord|things|it|nature|the process|fate) (?:along|up)|if (?:he|god|the lord)"
        r" (?:takes|waits|is taking) too long)\b",
        about_self=False,
        guard=lambda s, m, t: not _GOD.search(t) or bool(_GOD_BENIGN.search(t)),
    ),
    # The veterans' figure: "22 a day ... id be 23".
    _concept(
        "crisis",
        "twenty_three",
        "23|twenty three|one of the 22|i get|i understand",
        r"\b(?:(?:id|i would|ill|i will|i could|i might|im going to|going to|close to|about to"
        r"|almost) (?:\w+ )?(?:be|being|make it|become|end up) (?:number |#)?(?:23|twenty three"
        r"|one of the 22)|22 (?:a|per|every) day(?: \w+){0,5}? i (?:get|understand) (?:it|why))\b",
        about_self=False,
        guard=lambda s, m, t: not re.search(r"\b(?:22|twenty two)\b", t),
    ),
    # Urges on the road or by water: "had the thought to yank the wheel into the pillar",
    # "walk into the hudson and let it carry me", "stepping in front of the 7:40 amtrak".
    _concept(
        "crisis",
        "urge_to_end",
        "thought|urge|impulse|tempt|pull|voice|part of me|want|walk|wade|swim|step|jump|go"
        "|threw|throw|lie|lay|lying",
        r"\b(?:(?:thought|urge|urges|impulse|temptation|pull|voice|part of me|wanting|wanted"
        r"|want) (?:\w+ ){0,8}?(?:to )?(?:just )?(?:yank|jerk|turn|swerve|steer|veer|drive"
        r"|drift)\w*(?: \w+){0,3}? (?:into|in front of|off|towards?) (?:the |a |an |that )?"
        r"(?:\w+ )?(?:oncoming|median|barrier|guard ?rail|traffic|tree|wall|pole|pillar|bridge"
        r"|overpass|embankment|river|lake|cliff|semi|truck|lorry|bus|concrete|ditch|abutment"
        r"|divider|edge|water)|(?:walk|wade|swim|step|go|jump)\w* (?:out )?(?:into|in) (?:the )?"
        r"(?:\w+ ){0,2}?(?:river|lake|sea|ocean|water|hudson|bay|canal|waves|surf|current"
        r"|reservoir|creek|tide)(?: \w+){0,3}? and (?:let (?:it|them|the \w+) (?:take|carry|pull"
        r"|drag|swallow|have) me|(?:just )?(?:never|not) (?:come|coming) (?:back|out)|keep"
        r" (?:walking|going|swimming)|disappear|sink|go under|let go)|(?:step\w*|walk\w*|jump\w*"
        r"|throw\w* myself|threw myself|lie down|lying down|lay down) (?:out )?(?:in front of"
        r"|onto|under) (?:the |a |an )?(?:\S+ ){0,2}?(?:train|amtrak|subway|metro|tube|bus"
        r"|truck|lorry|traffic|tram|semi|tracks))\b",
        about_self=False,
        guard=lambda s, m, t: bool(_TRAIN_BENIGN.search(s)),
    ),
    # A dead relative's means now the writer's: "my brother who shot himself ... i have his gun
    # now".
    _concept(
        "crisis",
        "means_inherited",
        "have|got|kept|inherit|ended up|took",
        r"\b(?:i have|ive got|i got|i kept|i inherited|i ended up with|now i have|i still have"
        r"|i took) (?:his|her|their|my \w+s) (?:old )?(?:guns?|rifle|pistol|revolver|shotgun"
        r"|handgun|pills|meds|rope|belt)\b",
        about_self=False,
        guard=lambda s, m, t: not _SUICIDE_OF_OTHER.search(t),
    ),
    # Wanting sleep that does not end, asked as "is it normal": the wish is still the
    # writer's own.
    _concept(
        "crisis",
        "sleep_no_waking",
        "wake",
        r"\b(?:(?:want|wanting|wanted|wish|wishing) to|(?:wish|wishing) (?:i could|i would|id))"
        r" (?:\w+ ){0,6}?(?:and )?(?:never|not) wake"
        r" (?:up|again)\b",
        about_self=False,
    ),
)


# Dwelling on a means within reach: thinking of it, tempted, keeping it "just in case".
_ACCESS_DWELT = re.compile(
    r"\b(?:think\w* about (?:it|that|them|using)|thought about (?:it|that|them|using)"
    r"|(?:keep|kept) thinking|cant stop thinking|tempt\w*|just in case|in case i|for when"
    r"|if i (?:need|want|have) to|when (?:the time|im ready)|its there|theyre there|easy"
    r"|wouldnt be hard|how easy)\b"
)


# Someone whose talk or bearings are going: a person, or their words, not an app or a form.
_PERSON_TALKING = re.compile(
    r"\b(?:i|im|ive|id|me|he|she|hes|shes|they|theyre|him|her|them|words|speech|sentences"
    r"|(?:my|his|her|their) own|(?:my|our|the) (?:\w+ )?" + _PEOPLE[3:-1] + r")\b"
)


# Babies and parrots talk gibberish: "the baby is speaking gibberish all day, so cute".
_BABBLE = re.compile(
    r"\b(?:toddlers?|baby|babies|infants?|newborns?|little one|\d+ (?:month|year) old|parrot"
    r"|cute|adorable)\b"
)


def _near(sentence: str, m: re.Match[str], words: int = 6) -> str:
    """The match with a few words either side of it."""
    before = _prefix(sentence, m).split()[-words:]
    after = _after(sentence, m).split()[:words]
    return " ".join([*before, m.group(0), *after])


# --------------------------------------------------------------------------------------------
# Round 9 families (a blind set by a formal retired man, a mother at 3am, slang, a carer,
# British and Indian English, emoji, a patient after a few drinks).

# Where a blade is turned on oneself rather than slipping in the kitchen: a cutting verb on
# the places self-injury goes (not a finger or a thumb), or on "myself".
_CUT_VERB = (
    r"(?:cut|cuts|cutting|slic\w*|slash\w*|carv\w*|gash\w*|slit|slits|slitting"
    r"|lacerat\w*|nick(?:ed|ing))"
)
_CUT_SITE = (
    r"(?:my ?self|my (?:own )?(?:\w+ )?(?:arms?|forearms?|wrists?|thighs?|legs?|stomach"
    r"|belly|hips?|skin|chest|ankles?|shoulders?|ribs|sides?|calf|calves|upper arms?|flesh))"
)
# A chart's shorthand, straight after the verb: "cut L forearm last night, superficial" (not
# "cut the left ankle of my jeans")
_CHART_SITE = r"(?:l|r|lt|rt|left|right|both) (?:forearms?|wrists?|thighs?|upper arms?|ankles?)"
# Walking into water only counts with no everyday reason beside it: a paddle, a swim, a dog.
_WATER_LEISURE = re.compile(
    r"\b(?:paddl\w*|swim\w*|dip|dipping|knees?|ankles?|waist|shins|toes|feet|cold|lovely"
    r"|refreshing|freezing|holiday|beach|fishing|fish|surf\w*|kids|dog|wetsuit|photos?"
    r"|pictures?|wellies|boots|shells|sand|sunset|sunrise|kayak\w*|boat|canoe|dunk|splash\w*"
    r"|ice bath|cold water therapy|wild swim\w*|float\w*|boogie|sea glass)\b"
)
_WATER_BODY = (
    r"(?:sea|ocean|river|lake|loch|water|waves|tide|surf|reservoir|canal|estuary|bay|thames"
    r"|current|deep end)"
)
# A future with the writer in it, seen or not: the time it would reach.
_LATER_TIME = (
    r"(?:christmas|xmas|new year|easter|diwali|eid|thanksgiving|the (?:weekend|summer|winter"
    r"|spring|autumn|fall|new year|end of (?:the )?(?:week|month|year)|year|holidays)|next"
    r" (?:week|month|year|summer|winter|spring|autumn|fall|birthday)|my (?:\w+ )?birthday"
    r"|another (?:year|winter|summer|christmas|birthday|week|month)|(?:\d+|forty|fifty|sixty"
    r"|seventy)|old age|retirement|much longer|long|tomorrow|monday|friday|the morning)"
)
_NO_FUTURE_PLACE = re.compile(
    r"\b(?:job|company|firm|career|work|house|town|city|country|uni|course|school|flat|area"
    r"|team|relationship|marriage|role|gym|class|office|party|wedding|meeting|event|match"
    r"|on time|in time|there|shop|appointment)\b"
)
# Belongings passed on and said to be no longer wanted: "gave the guitar away, wont be
# needing it".
_PASSED_ON = re.compile(
    r"\b(?:gave|given|giving|give|sold|selling|handed|handing|donat\w*|left|leaving|passed"
    r"|passing|cleared|clearing|got rid|getting rid)\b"
)
# ... or sorted for others: "writing down who should receive each album"
_SORTED_FOR_OTHERS = re.compile(
    r"\b(?:who (?:should|will|gets|get|is to|can) (?:\w+ )?(?:receive|have|get|inherit|take)"
    r"|giv(?:e|ing|en) (?:away|it (?:all )?away|them away)|gave (?:away|it away|them away)"
    r"|(?:leave|leaving|left) (?:it|them|this|these|my \w+) to|inherit\w*|distribut\w*"
    r"|(?:label(?:l)?ed|labell?ing|tagged|marked) (?:each|every|them|it|all)|goes to my"
    r"|go to my|my will|sorting (?:out )?(?:my|all my|the) (?:things|stuff|belongings|affairs"
    r"|papers|collection))\b"
)
# What makes "you wont have to worry about me anymore" good news: "im sober now", "got the job"
_A_BETTER_REASON = re.compile(
    r"\b(?:im|i am|i m) (?:\w+ )?(?:better|great|sober|clean|doing (?:well|better|great))"
    r"|\b(?:got (?:a|the) job|found (?:a|an)|moved|graduat\w*|recovered|on the mend"
    r"|back on my feet"
    r"|(?:is|are|s|its) (?:really |finally |actually )?(?:working|helping))\b"
)
# What a day past which nothing matters may be about: a test, a deadline, the weather
_MATTERS_FOR_A_REASON = re.compile(
    r"\b(?:score|grade|test|exam|diet|deadline|bill|weather|traffic|study|rain|game|match|race"
    r"|season|project|audit|inspection|launch|presentation|interview|election|surgery|wedding"
    r"|off work|day off|days off|im off|i am off|off tomorrow|week off|vacation|holiday|leave"
    r"|shift|shifts|back to days|clocks?|lent|sleep in|routine|caffeine|coffee|cutting)\b"
)
# A test the writer must pass: "will my ketamine dose show up on a tox screen for my new job"
_A_DRUG_TEST = re.compile(
    r"\b(?:job|work|employer|drug test\w*|probation|random test\w*|urine|ketamine|infusion"
    r"|prescri\w*)\b"
)
# A threat meant, and meant now: "no im serious", "im driving over there right now"
_MEANT_NOW = re.compile(
    r"\b(?:im serious|i am serious|dead serious|not joking|no joke|i mean it|i meant it"
    r"|swear to god|driving over there|heading over there|going over there|loaded|grabbed my"
    r"|got my (?:gun|knife|bat))\b"
)
# "dying of boredom sounds better than this meeting": a figure
_A_FIGURE_OF_DYING = re.compile(r"\bdying (?:of|from) (?:boredom|laughter|embarrassment|thirst)\b")
_DEATH_EXPECTED_SOON = re.compile(
    r"\b(?:relevant soon|soon|before long|any day|this week|not long now|shortly|in a few days"
    r"|by the weekend|imminent\w*)\b"
)
# What others were let believe the giving away was for: "they assume im moving".
_A_COVER_STORY = re.compile(
    r"\b(?:assume\w*|think\w*|thought|believe\w*|figure\w*) (?:\w+ )?(?:im|i am|i was|its|it is"
    r"|its for) (?:\w+ )?(?:moving|leaving|going away|decluttering|downsizing|travel\w*"
    r"|clearing out)\b(?! (?:the|my|our|this|that|a|an|in with)\b)"
)
# ... when the move is real: "before our move", "were downsizing"
_A_REAL_MOVE = re.compile(
    r"\b(?:(?:our|my|the) (?:move|relocation)|(?:were|we are|we re|im|i am|i m) (?:\w+ )?(?:moving"
    r"|downsizing|relocating)|downsiz\w*|relocat\w*|packing|movers|new (?:place|house|apartment"
    r"|flat|condo))\b"
)


def _a_cover_story_left(text: str) -> bool:
    """Others let believe a reason that is not the writer's: "they assume im moving" (and the
    writer tells of no real move besides)."""
    cover = _A_COVER_STORY.search(text)
    return cover is not None and not _A_REAL_MOVE.search(
        text[: cover.start()] + " " + text[cover.end() :]
    )


_NOT_NEEDED = re.compile(r"\b(?:wont|will not|dont|do not) (?:be )?need\w*\b")
_NEED_REASON = re.compile(
    r"\b(?:new|upgrad\w*|replac\w*|bought|broke|broken|moving|move|moved|spain|abroad|summer"
    r"|winter|heat|cold|diet|weight|lost weight|grown|outgrown|kids grew|retir\w*|quit|quitting"
    r"|stopped|gave up|no time|pregnan\w*|baby|wedding|uni|graduat\w*|sober|dry|vegan"
    r"|subscription|trial|car|flat|house|holiday|vacation|trip|travel\w*|charity|declutter\w*"
    r"|car boot|yard sale|garage sale|spare|old|eba?y|vinted|marketplace|gumtree|uniform|outgrew"
    r"|too (?:small|big)|downsiz\w*|shelter|goodwill|(?:cast|brace|boot|crutches|sling)"
    r" (?:comes|came|is coming) off)\b"
)


_ROUND9: tuple[_Concept, ...] = (
    # A cutting verb on the places self-injury goes: "slashing my arms", "sliced my wrist",
    # "carved into my thigh", "slicing myself up".
    _concept(
        "crisis",
        "cut_site",
        "cut|slic|slash|carv|gash|slit|lacerat|nick",
        r"\b"
        + _CUT_VERB
        + r" (?:(?:\w+ ){0,2}?(?:into |open |up |at )?"
        + _CUT_SITE
        + r"|"
        + _CHART_SITE
        + r")\b",
        about_self=False,
        guard=_cut_benign,
    ),
    # Walking into water with no everyday reason: "im going to walk into the sea", "wade into
    # the river tonight", "thinking about walking out into the lake".
    _concept(
        "crisis",
        "water_walk",
        "walk|wade|wading|wander|stroll",
        r"\b(?:walk|walks|walking|walked|wade|wades|wading|waded|wander\w*|stroll\w*)"
        r" (?:out |straight |right |slowly |calmly )?(?:into|in to) (?:the |a )?(?:cold |dark"
        r" |deep |freezing |icy )?" + _WATER_BODY + r"\b",
        about_self=False,
        guard=lambda s, m, t: bool(_WATER_LEISURE.search(t)) or _general_question(s, m, t),
    ),
    # No future seen with the writer in it: "dont see myself making it to christmas", "cant
    # picture myself getting through the winter", "i dont see myself still here next year".
    _concept(
        "crisis",
        "no_future_self",
        "see myself|picture myself|imagine myself|envision myself|see me|picture me"
        "|imagine me|envision me|envisage m",
        r"\b(?:dont|do not|cant|cannot|can not|couldnt|never|honestly dont|really dont|no longer)"
        r" (?:really |even |honestly )?(?:see|picture|imagine|envision|envisage) (?:myself|me)"
        r" (?:still )?(?:(?:being )?(?:alive|here|around)|making it|getting through|surviving"
        r"|living (?:to|through|past|till|until|another|much|long)|lasting|reaching|seeing|growing"
        r" old|getting old|in (?:\d+|five|ten|a few|a couple of) years)"
        r"(?: (?:to|past|till|until|through|for|by|at|in))? ?(?:the |a )?" + _LATER_TIME + r"?\b",
        about_self=False,
        guard=lambda s, m, t: bool(
            _NO_FUTURE_PLACE.search(_after(s, m)[:40]) or _NO_FUTURE_PLACE.search(m.group(0))
        ),
    ),
    # Things passed on or sorted for others, and said to be no longer needed: "gave my guitar
    # and xbox away to my mates, wont be needing them", "sold the lot, i shant need any of it",
    # "writing down who should receive each album ... i do not expect to need it much longer"
    # (not crutches after a cast).
    _concept(
        "crisis",
        "no_longer_needed",
        "need|expect|plan|think|imagine|suppose|reckon",
        r"\b(?:wont|will not|ill not|not going to|dont|do not|wouldnt|no longer|not gonna|never)"
        r" (?:be )?(?:ever )?(?:need|needing|needed) (?:it|them|this|that|these|those|any of"
        r" (?:it|them|this|that)|my \w+|anything|stuff|things|much)(?: (?:any ?more|again"
        r"|after|where|soon|for long|now|much longer))?\b"
        r"|\b(?:dont|do not|wont|will not|dont really|no longer) (?:expect|plan|think|imagine"
        r"|suppose|reckon)(?: that)? (?:to|ill|i will|i(?:ll| will)? be) (?:need|needing|use|using"
        r"|want|wanting) (?:it|them|this|that|these|those|any of (?:it|this|them|that)|my \w+)"
        r"(?: \w+)? (?:(?:for )?much |for )?(?:longer|more|any more|anymore|after (?:this|that|the"
        r" \w+))\b",
        about_self=False,
        guard=lambda s, m, t: (
            not (_PASSED_ON.search(t) or _SORTED_FOR_OTHERS.search(t))
            or bool(_NEED_REASON.search(t) or _LAUGH.search(t))
        ),
    ),
)


# --------------------------------------------------------------------------------------------
_INSURANCE_ERRAND = re.compile(
    r"\b(?:agent|quote|premium|renew\w*|compar\w*|shopping|buying|bought|signed up|sign up"
    r"|broker|paperwork|beneficiar\w*|for the kids future|mortgage|if something happens)\b"
)
_CUTS_EXPLAINED = re.compile(
    r"\b(?:shav\w*|fell|fall|bike|skateboard\w*|cat|kitten|dog|thorns?|brambles|rose ?bush"
    r"|hiking|football|soccer|rugby|wrestling|practice|game|surgery|stitches|eczema|rash"
    r"|bug bites|mosquito|scratched himself in his sleep|scratched herself in her sleep|iv|straps?"
    r"|socks|hospital|work|kitchen|cooking|oven|stove)\b"
)
_A_JOKE_KEPT = re.compile(r"\b(?:lol|lmao|haha\w*|jk|kidding|joking)\b")
_HALF_TAKEN_BACK = re.compile(
    r"\b(?:kidding|joking|jk)\W+(?:mostly|kinda|sort of|half|maybe|i think|not really|or not"
    r"|am i)\b|\bhalf (?:kidding|joking)\b|\bonly (?:half|partly) (?:kidding|joking)\b"
)
_FOUND_AT_WORK = re.compile(
    r"\b(?:tying|tied up|tie down|tow\w*|boat|camp\w*|climb\w*|swing|hammock|tree ?house|leash"
    r"|dog|horse|goat|cattle|calf|fence|hay|cleaning|clean|range|hunt\w*|season|sold|selling"
    r"|toy|nerf|water gun|cooking|chopping|kitchen knife|vitamins?|sorting|organi[sz]\w*"
    r"|pill box|pillbox|refill|fix\w*|repair\w*|scope|opener|trailer|confused|dose|cat|kitten"
    r"|puppy|prun\w*|garden\w*|sandwich\w*|cook\w*|making|build\w*|project)\b"
)
# ... unless the writer doubts the errand: "said he was cleaning it but he was crying"
_DOUBT_TOLD = re.compile(
    r"\b(?:dont believe|do not believe|didnt believe|not sure i believe|crying|cried|so low"
    r"|not himself|not herself|scared|worried|frightened|wont talk|wouldnt talk|said goodbye)\b"
)
# What an idea that became a plan was about: "the idea of a road trip is now a plan".
_A_THING_PLANNED = re.compile(
    r"\b(?:idea|thought|dream|talk)s? (?:of|about) (?!(?:dying|death|ending|killing|not|suicide"
    r"|jumping|driving|going off|taking)\b)"
)
_A_MEANS_NAMED = re.compile(
    r"\b(?:gun|rifle|pistol|shotgun|handgun|revolver|rope|noose|bridge|overpass|razor|blades?)\b"
)


def _this_and_the_sentence_after(t: str, s: str) -> str:
    """`s` and the sentence of `t` just after it."""
    at = t.find(s)
    if at < 0:
        return s
    end = at + len(s)
    after = re.search(r"[.!?](?:\s|$)", t[end + 1 :])
    return t[at : end + 1 + after.end() if after else len(t)]


_A_THOUGHT_BEFORE = re.compile(r"\b(?:thoughts?|urges?|intrusions?|the idea of (?:dying|ending))\b")


def _this_and_the_sentence_before(t: str, s: str) -> str:
    """`s` and the sentence of `t` just before it."""
    at = t.find(s)
    if at <= 0:
        return s
    before = t[:at].rstrip()
    cut = max(before.rfind(". ", 0, len(before) - 1), before.rfind("! "), before.rfind("? "))
    return t[cut + 1 : at + len(s)]


_GUN_AT_WORK_NOW = re.compile(
    r"\b(?:clean\w*|oil\w*|range|hunting (?:trip|season)|season opens|sell\w*|sold|buyer|shop"
    r"|gunsmith|class|course|lesson|permit|buy\w*|bought)\b"
)
_A_DROP_OR_TRAFFIC = re.compile(
    r"\b(?:bridge|overpass|river|cliff|canyon|gorge|ravine|drop|water|lake|oncoming|traffic"
    r"|semi|truck|lorry|median|guard ?rail|barrier|tree|wall|pillar|abutment|edge)\b"
)
_AN_ABSENCE_FORETOLD = re.compile(
    r"\bif i (?:dont|do not|never|cant|dont ever) (?:check in|reply|answer|respond|show up|make it"
    r"|wake up|come back|log in|text|write|message)|\b(?:wont|will not|will never) (?:need|be"
    r" (?:here|around|checking)|check in|wake up)|\bforget about me\b"
)
_LEAVING_FOR_A_REASON = re.compile(
    r"\b(?:moving|move|switch\w*|transfer\w*|program|study|vacation|holiday|trip|travel\w*"
    r"|new (?:job|clinic|doctor|phone|number)|retir\w*|graduat\w*|(?:other|different|another)"
    r" (?:clinic|program|doctor|provider)|camping|cruise|deployment|deployed|hospital stay"
    r"|surgery|no signal|no service|off grid|off the grid)\b"
)
_A_REMEDY = re.compile(
    r"\b(?:melatonin|magnesium|blinds|curtains|cpap|app|routine|hygiene|cbt\w*|therapy|doctor"
    r"|exercise|diet|caffeine|coffee|mattress|pillows?|fan|earplugs|white noise|tea|yoga|meditat\w*"
    r"|at work|for work|before bed|buy|bought|order\w*|schedule|alarm|blackout|sleep study)\b"
)
_HOPED_FOR = re.compile(r"\b(?:want|wanna|trying|try|hope|hoping|need|needs|wish|going) to\s*$")
_LOOSE_ENDS_FIRST = re.compile(
    r"\b(?:finish\w* up|tie\w* up|loose ends|(?:get|put|getting|putting) (?:my )?(?:things|affairs"
    r"|stuff) in order|couple (?:of )?things (?:first|to do)|a few things (?:first|to do)|before i"
    r" go|before im gone|sort\w* out (?:my|the) (?:will|affairs|stuff)|wont be a problem (?:anymore"
    r"|much longer)|nobody will (?:have to|need to)|then its done|then ill be done)\b"
)


# Round 10 families (a second blind set: all caps, a farmer, an Aussie, a widow, a gamer, a
# clinician writing about herself, someone writing of herself as "she (me)").

# Leaving said as a sign-off made permanent: "logging off for good", "checking out
# permanently". A thing after the verb ("logging off twitter for good") is a thing left.
_SIGN_OFF = (
    r"(?:log\w* (?:off|out)|sign\w* (?:off|out)|check\w* out|clock\w* out|tap\w* out|bow\w* out"
    r"|switch\w* off|power\w* down|shut\w* down|exit\w*|disappear\w*|vanish\w*|go(?:ing)? to"
    r" sleep|fall\w* asleep|rest\w*|leav\w* this (?:world|earth|life))"
)
_FOR_GOOD = r"(?:for good|permanently|forever|for ever|for the last time|once and for all)"
# Methods named by the place the head goes: "put my head in the oven".
_HEAD_IN = r"(?:oven|gas oven|noose|plastic bag|bag|bucket|bath|sink|water|river|rope|exhaust)"
# A vehicle aimed at something solid.
_SOLID = (
    r"(?:tree|wall|pillar|bridge|lorry|truck|semi|bus|oncoming\w*|abutment|barrier|pole"
    r"|embankment|river|cliff|quarry|concrete|ditch|train|building|overpass)"
)
_DRIVE_INTENT = re.compile(
    r"\b(?:think\w*|thought|want\w*|wanna|going to|gonna|tempt\w*|plan\w*|might|could|urge\w*"
    r"|imagin\w*|pictur\w*|wish\w*|tonight|tomorrow|no seat ?belt|not putting (?:my|the|a)"
    r" seat ?belt|without (?:my |a |the )?seat ?belt|on purpose|deliberately)\b"
)
_DRIVE_BENIGN = re.compile(
    r"\b(?:nearly|almost|ice|icy|skid\w*|someone|somebody|a (?:car|van|driver|lorry|truck)"
    r"|the other (?:car|driver)|go ?kart\w*|game|video|dodgems|bumper|film|movie|dream\w*"
    r"|lost control|brakes)\b"
)
# Heights named, for "im going to jump tonight".
_JUMP_PLACE = re.compile(
    r"\b(?:tower|block|bridge|roof|rooftop|building|cliffs?|balcony|floor|storey|car park"
    r"|multi ?storey|ledge|overpass|viaduct|window|flats|tracks|train|platform|edge|top)\b"
)
_JUMP_BENIGN = re.compile(
    r"\b(?:trampoline|pool|parachute|skydiv\w*|bungee|queue|shower|call|zoom|meeting|in the"
    r" car|on a|ship|bandwagon|gun|start|ahead|rope|lake for a swim|sea for a swim|hoops"
    r"|puddles?|waves|joy|scare|scared me)\b"
)
_JUMP_TIME = (
    r"(?:tonight|today|tomorrow|now|soon|this (?:time|week|weekend|evening|morning)|later"
    r"|when (?:its|it gets) dark|after (?:work|dark|everyone)|off|from)"
)
# Wanting the body to fail on its own: "hoping my heart just stops in the night".
_HEART_STOPS = (
    r"(?:my heart (?:just |would |will |might |could )?(?:stops?|stop beating|gives? out"
    r"|packs? in|gives? up|fails?|bursts?)|(?:i )?(?:could |would |will |might )?(?:just )?"
    r"(?:stop|stopped) breathing in my sleep"
    r"|(?:a|the) (?:bus|car|truck|lorry|train|tree|plane) (?:would |will |could )?(?:hits?"
    r"|falls? on|runs? over|kills?) me|(?:i|id) (?:would |could )?(?:get|got|be) (?:hit|run over"
    r"|killed) by (?:a|the) (?:bus|car|truck|lorry|train))"
)
# An illness wished for as a way to go: "i wish i had cancer so id have an excuse to die".
_ILLNESS_WISHED = (
    r"(?:wish|wished|wishing|hope|hoping|pray\w*) (?:that )?(?:i|id) (?:had|have|would get"
    r"|could get|got|get|was diagnosed with|would be diagnosed with|catch|caught) (?:\w+ )?"
    r"(?:cancer|a tumou?r|something terminal|a terminal \w+|an illness that|something (?:that"
    r" would kill|fatal|incurable)|covid and die|a heart attack|an excuse to die)"
)
_FEARLESS = (
    r"(?:not|no longer|never been less|not even|dont feel|im not) (?:scared|afraid|frightened"
    r"|fearful|worried) (?:of|about) (?:dying|death|being dead|the end|it ending)"
    r"(?: (?:any ?more|now|at all))?"
)
_FEARLESS_BENIGN = re.compile(
    r"\b(?:nurse|doctor|hospice|faith|religio\w*|christian|muslim|buddhis\w*|church|priest"
    r"|philosoph\w*|book|podcast|grandma|grandad|mum|dad|patients|flying|plane|surgery"
    r"|operation|heights|spiders)\b"
)
_FEARLESS_TURN = re.compile(
    r"\b(?:ready|want|wanna|welcome|look forward|looking forward|cant wait|soon|tonight"
    r"|peace|relief|anymore|any more|now|done)\b"
)
# A big count of pills taken: "took 20 sleeping tablets", "swallowed thirty paracetamol".
_MANY = (
    r"(?:[1-9]\d+|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a hundred|a dozen"
    r"|dozens of|handfuls of)"
)
_DOSE_UNIT = re.compile(
    r"^\s*(?:mg|mcg|ml|milligrams?|micrograms?|units?|minutes?|mins?|seconds?|days?|weeks?"
    r"|hours?|hrs?|years?|times)\b|^\s*\w* ?(?:a|per|each) (?:day|night|week)|over (?:the|a|\d)"
)
_TOO_TIRED = re.compile(
    r"\b(?:exhausted|drained|knackered|wiped|shattered|mush|brain fog|foggy|so tired|too tired)\b"
)
_SPEECH_BENIGN = re.compile(
    r"\b(?:drunk|pints?|beers?|wine|vodka|dentist|numb from|anaesthetic|anesthetic|mouth full"
    r"|sore throat|laryngitis|lost my voice|hoarse|nervous|shy|public speaking|presentation"
    r"|interview|laugh\w*|lol|haha\w*|cold|accent|language|french|spanish|german|stutter\w*"
    r"|stammer\w*|tired|sleepy|just woke|half asleep|groggy|during the (?:infusion|session"
    r"|treatment))\b"
)
_SELF_LOATHING = re.compile(
    r"\b(?:hate myself|hate my ?self|disgusted with myself|deserve\w*|punish\w*|on purpose"
    r"|to feel|make it stop|so angry at myself|worthless)\b"
)
_HEAD_BENIGN = re.compile(
    r"\b(?:wash\w*|hair|rinse|rins\w*|cool\w*|shampoo|swim\w*|dip\w*|ice|face|check\w*|look\w*"
    r"|clean\w*|hands|cake|bread|chicken|roast|turkey|hood|sand|clouds|pizza|lasagne)\b"
)
_MEANS_IN_HAND = (
    r"(?:guns?|pistol|handgun|revolver|rifle|shotgun|blades?|razors?|knife|knives|ropes?|noose"
    r"|pills|tablets|meds|oxy\w*|painkillers|sleepers|sleeping pills|" + _MEDS[3:-1] + r")"
)
_HAND_BENIGN = re.compile(
    r"\b(?:cook\w*|chop\w*|kitchen|dinner|veg\w*|work|shift|pharmacy|pharmacist|nurse|ward"
    r"|patients?|hunting|range|shooting club|deer|rabbits?|farm|vet|organi[sz]er|to take"
    r"|with water|morning dose|as prescribed|dose)\b"
)
_FITS_BENIGN = re.compile(
    r"\b(?:cough\w*|sneez\w*|laugh\w*|giggl\w*|rage|temper|jealous\w*|anger|about|over|when"
    r"|tantrums?|crying|clothes|jeans|dress|shoes|size|perfectly|nicely|sleep\s+paralysis"
    r"|insomnia|fits\s+and\s+starts)\b"
)
_ABSTRACT_SEEN = re.compile(
    r"\b(?:point|appeal|logic|problem|issue|progress|results?|difference|improvement|change"
    r"|sign|signal|reply|email|message|text|evidence|benefit|effect|bus|parcel|delivery"
    r"|money|payment|refund|update|link|button|option)\b"
)


def _jump_benign(sentence: str, m: re.Match[str], text: str) -> bool:
    """'going to jump in the shower' is a chore; a jump with a time or a height is not."""
    if _JUMP_BENIGN.search(sentence) or _general_question(sentence, m, text):
        return True
    after = _after(sentence, m)
    ends = re.match(r"^\s*(?:[,.!\u2026]|$|" + _JUMP_TIME + r"\b)", after)
    return not (ends or _JUMP_PLACE.search(sentence))


_ROUND10_CRISIS: tuple[_Concept, ...] = (
    # A sign-off made permanent: "logging off for good", "checked out permanently".
    _concept(
        "crisis",
        "sign_off_for_good",
        "good|permanent|forever|for ever|last time|once and for all",
        r"\b" + _SIGN_OFF + r"(?: (?:now|tonight|today|soon|then|i think))? " + _FOR_GOOD + r"\b",
        guard=lambda s, m, t: bool(_LAUGH.search(s)),
    ),
    # Methods named by where the head goes: "put my head in the oven".
    _concept(
        "crisis",
        "head_in",
        "head",
        r"\b(?:put|putting|puts|stick\w*|stuck|shov\w*|plac\w*|hold\w*|held|lay\w*)"
        r" my head (?:in|into|under|inside|through) (?:the |a |my )?(?:gas )?" + _HEAD_IN + r"\b",
        about_self=False,
        guard=lambda s, m, t: bool(_HEAD_BENIGN.search(s) or _LAUGH.search(s)),
    ),
    # A car aimed at something solid, with intent: "flooring it into a tree, no seatbelt".
    _concept(
        "crisis",
        "drive_into",
        "floor|plough|plow|smash|crash|ram|driv|drove|swerv|steer|aim|slam|speed|accelerat|wrap",
        r"\b(?:floor\w*|plough\w*|plow\w*|smash\w*|crash\w*|ram|ramm\w*|driv\w*|drove|swerv\w*"
        r"|steer\w*|aim\w*|slam\w*|speed\w*|accelerat\w*) (?:it |the car |my car |the van"
        r" |myself |the truck |the ute )?(?:straight |head first |headfirst |full speed |flat out"
        r" )?(?:into|in to|off) (?:a |the |an |that )?(?:\w+ )?" + _SOLID + r"\b"
        # "gonna wrap the truck round a pole tonite"
        r"|\bwrap\w* (?:it|myself|(?:the|my) (?:car|truck|van|ute|bike|jeep|motorcycle))"
        r" (?:a)?round (?:a |the |an |that )?(?:\w+ )?" + _SOLID + r"\b",
        about_self=False,
        guard=lambda s, m, t: (
            not _DRIVE_INTENT.search(_prefix(s, m)) or bool(_DRIVE_BENIGN.search(s))
        ),
    ),
    # A jump planned with a time or a height: "im going to jump tonight, the tower block".
    _concept(
        "crisis",
        "jump_plan",
        "jump",
        r"\b(?:going to|will|ill|want to|plan\w* to|about to|ready to|need to|should just"
        r"|could just|might just|gonna) (?:just )?jump\b(?: " + _JUMP_TIME + r"\b)?",
        guard=_jump_benign,
    ),
    # The body wished to fail: "hoping my heart just stops in the night".
    _concept(
        "crisis",
        "body_fails_wished",
        "heart|breathing|hits me|falls on me|runs over me|kills me|hit by|run over|killed by"
        "|hit me|fall on me|kill me",
        r"\b" + _HEART_STOPS + r"\b",
        about_self=False,
        needs_wish=True,
        guard=lambda s, m, t: bool(_LAUGH.search(s)),
    ),
    # An illness wished for: "i wish i had cancer so id have an excuse to die".
    _concept(
        "crisis",
        "illness_wished",
        "wish|hope|hoping|pray",
        r"\b" + _ILLNESS_WISHED + r"\b",
        about_self=False,
        guard=lambda s, m, t: bool(_LAUGH.search(s)),
    ),
    # Fear of death gone, with a turn towards it: "not scared of dying anymore, im ready".
    _concept(
        "crisis",
        "fearless",
        "scared|afraid|frightened|fearful|worried",
        r"\b" + _FEARLESS + r"\b",
        guard=lambda s, m, t: bool(_FEARLESS_BENIGN.search(t)) or not _FEARLESS_TURN.search(t),
    ),
    # A big count of pills taken: "took 20 sleeping tablets", "swallowed thirty paracetamol".
    _concept(
        "crisis",
        "many_pills",
        "took|taken|take|swallow|downed|necked|popped|ate|ingest",
        r"\b(?:took|taken|take|swallowed|swallow|downed|necked|popped|ate|ingested) (?:about"
        r" |like |around |over |nearly |almost |maybe |roughly |at least |approximately"
        r" |approx )?" + _MANY + r" (?:of )?(?:my |the |her |his |those |these |mums |dads )?"
        r"(?:\w+ )?(?:" + _PILLS[3:-1] + r"|" + _MEDS[3:-1] + r")\b",
        about_self=False,
        guard=lambda s, m, t: bool(
            _DOSE_UNIT.match(_after(s, m))
            or _AS_PRESCRIBED.search(s)
            or _overdose_question(s, m, t)
            or _general_not_own(s, m, t)
        ),
    ),
    # A means in the hand: "i have the whole bottle of oxy in my hand right now".
    _concept(
        "crisis",
        "means_in_hand",
        "in my hand|in my palm|in my fist|in my lap",
        r"\b(?:have|got|holding|clutching|gripping|hold) (?:\w+ ){0,4}?"
        + _MEANS_IN_HAND
        + r" (?:\w+ ){0,3}?in my (?:hand|hands|lap|fist|palm)\b|\b"
        + _MEANS_IN_HAND
        + r" (?:of \w+ )?(?:is |are )?(?:right )?in my (?:hand|hands|palm|fist|lap)\b",
        about_self=False,
        guard=lambda s, m, t: bool(_HAND_BENIGN.search(s)) or _general_question(s, m, t),
    ),
)

# Papers shown to someone beside a farewell: "told my wife where the insurance papers are
# and that i love her. its done now".
_AFFAIRS_FAREWELL = re.compile(
    r"\b(?:love (?:her|him|you|them|you all|everyone)|its done|it is done|goodbye|sorry"
    r"|for good|when im gone|after im gone|once im gone|tonight|ready|at peace|nothing left)\b"
)
_AFFAIRS_BENIGN = re.compile(
    r"\b(?:surgery|operation|hospital|trip|holiday|vacation|travel\w*|away|abroad|emergency"
    r"|deployment|deployed|business|lawyer|solicitor|estate|birthday|anniversary)\b"
)
_ROUND10_AFFAIRS = _concept(
    "crisis",
    "affairs_shown",
    "where",
    r"\b(?:told|tell|telling|showed|show|showing|shown|explained|wrote down|left a note of)"
    r" (?:\w+ ){0,3}?where (?:the |my |all the |all my |our )?(?:\w+ )?(?:insurance|will|wills"
    r"|papers|documents|passwords?|bank \w+|pin|pins|deeds|polic(?:y|ies)|savings|money"
    r"|accounts?|keys to the safe)\b",
    about_self=False,
    guard=lambda s, m, t: not _AFFAIRS_FAREWELL.search(t) or bool(_AFFAIRS_BENIGN.search(t)),
)

# A fall with a cause, or something else on the floor.
_FLOOR_BENIGN = re.compile(
    r"\b(?:tripped|slipped|ice|icy|stairs|bumped|stubbed|laugh\w*|lol|haha\w*|yoga|exercis\w*"
    r"|gym|pray\w*|kneel\w*|sit|sat|play\w*|toys?|dog|cat|phone|keys|crumbs|food|knees to"
    r"|asleep|nap\w*|tired|exhausted|knackered|drunk|pints)\b"
)
_ROUND10_URGENT: tuple[_Concept, ...] = (
    # Going down where one stands: "keep dropping to the floor", "crumpled onto the ground".
    _concept(
        "urgent",
        "collapse_floor",
        "floor|ground|the deck",
        # (a deck only after a fall: "went onto the deck to watch the stars" is a place)
        r"\b(?:(?:drop\w*|crumpl\w*|slump\w*|fell|falling|fall|keel\w*|sink\w*|sank|flop\w*)"
        r" (?:straight |right |just )?(?:down )?(?:to|on|onto) the (?:floor|ground|deck)"
        r"|(?:went|going|gone) (?:straight |right |just )?(?:down )?(?:to|on|onto) the (?:floor"
        r"|ground))\b",
        guard=lambda s, m, t: bool(_FLOOR_BENIGN.search(s)) or _faint_benign(s, m, t),
    ),
    # Voices and visions that go on: "the voices from the session havent gone".
    _concept(
        "urgent",
        "hallucination_persists",
        "voices|hallucinat|visions|shadow|seeing things|hearing things",
        r"\b(?:voices|hallucinat\w*|visions|shadow (?:people|figures|man|men|person)|seeing"
        r" things|hearing things)\b",
        about_self=False,
        guard=lambda s, m, t: (
            not _PERSISTS.search(s) or _still_going(s, m, t) or _hypothetical(s, m, t)
        ),
    ),
    # Someone seen or heard who is not there, that goes on.
    _concept(
        "urgent",
        "not_there",
        "isnt there|arent there|wasnt there|werent there|is not there|are not there|not real"
        "|not there|nt there|nt real"
        "|really there|actually there|even there|really real|actually real|even real",
        r"\b(?:see|seeing|saw|sees|hear|hearing|heard|hears)(?: \w+){1,10}? (?:who |that |which )?"
        r"(?:isnt|arent|wasnt|werent|is not|are not|was not|were not|not) (?:really |actually"
        r" |even )?(?:there|real)\b",
        about_self=False,
        guard=lambda s, m, t: (
            bool(_ABSTRACT_SEEN.search(m.group(0)))
            or _still_going(s, m, t)
            or _needs_persistence(s, m, t)
        ),
    ),
    # Fits, plural: "i am having fits since morning".
    _concept(
        "urgent",
        "fits",
        "fits",
        r"\b(?:having|had|have|get|getting|keep having|been having) (?:\w+ )?fits\b",
        about_self=False,
        guard=lambda s, m, t: bool(_FITS_BENIGN.search(s)) or _seizure_benign(s, m, t),
    ),
    # Speech gone wrong: "cant talk properly, my words are coming out wrong".
    _concept(
        "urgent",
        "speech_lost",
        "talk|speak|words|slur|speech|sentences",
        r"\b(?:(?:cant|cannot|couldnt|unable to|struggling to|hard to|trouble) (?:\w+ )?(?:talk"
        r"|speak|get (?:my |the )?words out|form (?:words|sentences))(?: (?:properly|clearly"
        r"|normally|straight|right))?(?! (?:now|away|then|to|with|about|at|on|in|for)\b)"
        r"|words (?:are |keep |kept )?(?:coming|come|came) out (?:all )?(?:wrong|jumbled|garbled"
        r"|slurred|funny|weird|backwards)|slurr\w* (?:my )?(?:words|speech)|speech (?:is |was"
        r" |has |sounds )?(?:\w+ )?(?:slurred|garbled|wrong))\b",
        about_self=False,
        guard=lambda s, m, t: (
            bool(_SPEECH_BENIGN.search(t))
            or _momentary_or_drink(s, m, t)
            or _general_question(s, m, t)
            or _hypothetical(s, m, t)
            or bool(_RESOLVED.search(s))
            # ("so drained today i cant form sentences": tiredness, said so)
            or bool("form" in m.group(0) and _TOO_TIRED.search(s))
            or (
                re.match(r"(?:cant|cannot|couldnt|unable|struggling|hard|trouble)", m.group(0))
                is not None
                and not re.search(r"\b(?:properly|clearly|normally|straight|right)\b", m.group(0))
                and not re.search(r"\bwords out|form\b", m.group(0))
            )
        ),
    ),
)

# --------------------------------------------------------------------------------------------
# Round 11: broad shapes rather than families. Each joins two open lexicons (an act and a
# thing, a body part and a pain, a perception and a sign that it goes on) so that wordings
# no earlier writer used still meet; the guards name the everyday uses of the same shapes.

# Household and farm poisons: drinking one is an act of self-harm, whatever the spelling.
_TOXIC = (
    r"(?:bleach|anti ?freeze|weed ?killer|pesticides?|insecticides?|herbicides?|sheep dip"
    r"|rat poison|poison|drain cleaner|paraquat|caustic soda|lye|petrol|gasoline|kerosene"
    r"|paraffin|methanol|white spirit|turps|turpentine|disinfectant|dettol|cyanide|lighter"
    r" fluid|oven cleaner|toilet cleaner|slug pellets|screenwash|screen wash)"
)
_TOXIC_CONTEMPLATED = (
    r"(?:thought|thinking|think|want\w*|wanna|tempt\w*|urges? to|going to|gonna|planning|plan"
    r" to|consider\w*|could just|might just|pictur\w*|imagin\w*)"
)
_TOXIC_BENIGN = re.compile(
    r"\b(?:by mistake|mistook|thought it was|smell\w*|fumes|splash\w*|spill\w*|clean\w*"
    r"|poison control|kids?|child|toddler|dog|cat|puppy|kitten|food poisoning|pick your poison)\b"
)
# Someone else's head or face as the thing a blow lands on: "ill smash his skull in".
_BLOW = (
    r"(?:smash|bash|cave|kick|punch|stove|crack|split|rip|blow|knock|stamp on|beat)\w*"
    r"|(?:put|putting|puts|ram|ramming|drive|driving) my (?:fist|knee|boot|foot) (?:through|into)"
)
_OTHERS_BODY = (
    r"(?:his|her|their|your|that \w+s|the \w+s|my (?:\w+ )?(?:husbands|wifes|partners|bosss"
    r"|neighbou?rs|dads|mums|moms|brothers|sisters|sons|daughters|exs|roommates|flatmates))"
    r" (?:\w+ )?(?:skull|head|brains?|face|teeth|throat|neck|jaw)"
)
_THREAT_FRAME = re.compile(
    r"\b(?:ill|i will|im going to|going to|gonna|want\w* to|wanna|could|swear|about to|one day"
    r"|next time|if (?:he|she|they|you)|urge|tempted|itching to|dreaming of|fantasi\w*)\b"
)
# The writer's own threat frame: "i wanted to", "id", "im going to" (not "the cat is going to")
_WRITERS_THREAT = re.compile(
    r"\b(?:i|id|ill|im)\b(?: \w+){0,3} (?:want\w*|wanna|going to|gonna|could|will|swear|about to"
    r"|tempted|itching|urge|dream\w*|fantasi\w*|think\w* about)\b|\b(?:id|ill|i could|i will)\b"
)
_A_PET_OR_CHILD_DOES_IT = re.compile(
    r"\b(?:the|my|our|his|her) (?:cats?|dogs?|pupp(?:y|ies)|kittens?|kids?|sons?|daughters?|baby"
    r"|toddler|boys?|girls?|horses?|goats?|cows?)\b(?: \w+){0,3} (?:is|was|keeps|kept|wants"
    r"|wanted|tried|tries|going|gonna|likes|loves)\b"
)
_KEEPSAKE = (
    r"(?:rosary|rings?|watch|guitar|medals?|bible|jewel\w*|necklace|dog tags|rifles?|guns?"
    r"|tools|truck|records|collection|quilts?|paintings?)"
)
# ... and what a teenager treasures, told by a parent ("giving away his gaming stuff")
_KEEPSAKE_OF_THEIRS = (
    _KEEPSAKE[:-1] + r"|xbox|playstation|ps[345]|switch|gaming (?:stuff|gear|setup|pc|chair)"
    r"|games|consoles?|skateboard)"
)
_KEEPSAKES_HANDED_ON = re.compile(
    r"\b(?P<given>(?:gave|giving|given|handed|handing)(?: away| over| down)? (?:my|our)"
    r" (?:\w+ ){0,2}" + _KEEPSAKE + r"\b)"
    # someone a carer writes about: "She gave her mother's ring to our daughter"
    r"|\b(?P<given_by_them>(?:gave|giving|given|handed|handing)(?: away| over| down)? (?:her|his)"
    r" (?:\w+ ){0,2}" + _KEEPSAKE_OF_THEIRS + r"\b)"
    r"|\b(?P<who_gets>(?:wrote|writing|written|made|making)(?: out| down| up)?(?: a list of)? who"
    r" (?:gets|should get|will get|is getting)\b)"
)
_A_SECOND_SIGN = re.compile(
    r"\b(?:pray for me|wont need|won't need|goodbye|after im gone|when im gone|forgive me"
    r"|love you all|take care of (?:them|her|him|everyone)|my last|final|for the last time"
    r"|in order|all set now|ready now|(?:done|finished) with (?:all of it|it all|everything))\b"
)
# ... and when a carer tells of it, a sign of an ending, not of a plan or a treatment's end
_A_STRONG_SIGN = re.compile(
    r"\b(?:pray for (?:me|her|him)|wont need (?:it|them|these)|goodbye|after (?:im|shes|hes) gone"
    r"|when (?:im|shes|hes) gone|forgive (?:me|her|him)|(?:done|finished) with (?:all of it|it all"
    r"|everything|life)|(?:told|asked|telling) (?:his|her|my) \w+ to take care of (?:mom|mum|dad"
    r"|the (?:kids|dog|cat)|everyone|her|him|them))\b"
)


_A_REASON_TO_HAND_ON = re.compile(
    r"\b(?:move|moving|moved|hospital|assisted living|nursing home|care home|surgery|knee|hip"
    r"|downsiz\w*|birthday|graduation|christmas|outgrew|outgrown|new one|upgrade\w*|ps5|college"
    r"|deploy\w*|trip|vacation)\b"
)


def _keepsakes_alone(t: str) -> bool:
    """Keepsakes handed on count beside another sign: the writer's own beside any of
    _A_SECOND_SIGN, someone's a carer tells of only beside _A_STRONG_SIGN."""
    kinds = {g.lastgroup for g in _KEEPSAKES_HANDED_ON.finditer(t)}
    if kinds == {"given_by_them"}:
        return not _A_STRONG_SIGN.search(t) or bool(_A_REASON_TO_HAND_ON.search(t))
    kinds.discard("given_by_them")
    return len(kinds | ({"sign"} if _A_SECOND_SIGN.search(t) else set())) < 2


_SLEEP_COMPLAINT_BESIDE = re.compile(
    r"\btired of waking up (?:at|so|too|before|with|in|to|during|multiple|several|every night"
    r"|\d)|\b(?:alarm|insomnia|wake[- ]ups?|wakings)\b"
)
_A_GUN_TAKEN_OUT = re.compile(
    r"\b(?:gun|rifle|pistol|shotgun|handgun|revolver|glock|\.22|\.38|9mm)\b"
)
_GUN_AT_WORK = re.compile(
    r"\b(?:clean\w*|oil\w*|range|hunt\w*|deer|blind|stand|season|coyote|varmint|class|course"
    r"|lesson|permit|sold|selling|buyer|shop|store|gunsmith)\b"
)
_GAME = re.compile(
    r"\b(?:game|gaming|mario|fifa|chess|quiz|scrabble|race|parkrun|record|score|match|league"
    r"|lol|haha\w*|lmao|joking|kidding|figuratively)\b"
)
# A weapon carried beside a grudge: "hes going to get whats coming, ive got the knife in my bag".
_WEAPON = r"(?:knife|knives|blade|machete|gun|pistol|handgun|revolver|rifle|shotgun|hammer|bat|axe)"
_GRUDGE = re.compile(
    r"\b(?:whats coming|what (?:he|she|they) deserves?|deserves? (?:it|this|what)|make (?:him|her"
    r"|them) pay|teach (?:him|her|them) a lesson|get (?:him|her|them)|revenge|payback|waiting"
    r" for (?:him|her|them)|when (?:he|she|they) (?:gets?|comes?) (?:home|back|in|out)|sorry"
    r" (?:he|she|they)|hate (?:him|her|them)|swear)\b"
)
_CARRIED_BENIGN = re.compile(
    r"\b(?:cook\w*|chop\w*|kitchen|picnic|camping|fishing|hunting|farm|work|diy|tools?|toolbox"
    r"|garden\w*|bread|cheese|fruit|cricket|baseball|softball|rounders|range|shooting club)\b"
)
# An end set for a time: "im ending this tonight", "finishing it all now".
_END_NOW_BENIGN = re.compile(
    r"\b(?:call|chat|conversation|convo|meeting|diary|streak|week|shift|day|session|infusion"
    r"|treatment|course|series|show|book|game|bath|subscription|relationship|argument|fight"
    r"|essay|project|work|job|contract|lease|holiday|trip|party|season|bottle|film|movie"
    r"|with (?:him|her|them))\b"
)
# A plan for the writer's own exit: "planning my exit, just working out the when".
_EXIT_BENIGN = re.compile(
    r"\b(?:job|work|company|firm|office|career|role|contract|team|school|uni|course|flight"
    r"|airport|trip|holiday|hotel|gate|train|visa|party|wedding|relationship|marriage|house"
    r"|flat|lease|band|club|game|stage|interview|retire\w*|redundan\w*|notice)\b"
)
# The day the writer goes, said as decided: "sunday is the day i go."
_DAY_I_GO_DECIDED = re.compile(
    r"\b(?:decided|made up my mind|ready|goodbye|sorry|for good|no point|enough|cant do this"
    r"|plan|planned|its set|set the date|chosen|chose|picked)\b"
)
# Pills, notes and means told ready in the other order: "pills counted. 40. tonight.",
# "note written. on the kitchen table."
_READY_ROUTINE = re.compile(
    r"\b(?:organi[sz]er|week|weekly|each day|a day|per day|daily|refill\w*|pharmac\w*|nurse"
    r"|doctor|gp|prescri\w*|blister|dosette|for the (?:week|month|trip|holiday)|one for each"
    r"|school|teacher|plumber|work|boss|shopping|list|homework|thank\w*|card|birthday"
    r"|christmas|milkman|postman|delivery|neighbou?r|babysitter|sitter|by day|morning|evening"
    r"|bedtime|breakfast|cupboard|box)\b"
)
# An amount said to be enough to die: "which meds would do it quietly", "how many would be too
# many to wake up from".
_LETHAL_AMOUNT = (
    r"(?:would|will|could|might|should|d) (?:\w+ )?(?:do it|do the job|finish me|end it|kill"
    r" me|be fatal|be lethal|stop my heart|be too many to (?:wake|come back|survive))"
    r"|(?:too many|too much|enough) (?:\w+ )?to (?:not wake|never wake|wake up from|come back"
    r" from|survive|die|kill me|end it|be fatal|stop my heart)"
)
# The writer as the object of their own act, in English learnt from Spanish or Portuguese
# ("me" for "myself"): "i want to kill me", "yesterday i cut me with the knife".
_REFLEXIVE_ME = re.compile(
    r"\b(?:i|im|ive|id|ill)((?: \w+){0,4}?) (?:cut|cutted|kill|killed|hurt|harm|harmed|burn"
    r"|burned|burnt|hang|hanged|shoot|shot|stab|stabbed|poison|poisoned|matar)(?:ing)? me\b"
    r"(?= *(?:[.,!?;]|$|with|again|yesterday|today|tonight|last|on purpose|when|because|and"
    r"|but|so|in the|on the|with the|more|a lot|every))"
    r"|\b(?:i|im|ive|id|ill)((?: \w+){0,4}?) (?:do|make|doing|making|did|made) me (?:harm"
    r"|damage|da[nñ]o)\b"
)
# Another doer between the writer and the act: "i told him he hurt me".
_OTHER_DOER = re.compile(
    r"\b(?:he|she|they|you|it|him|her|them|someone|somebody|we|us|let|lets|make|made|makes"
    r"|the|a|my|his|their|your|that|this|dog|cat|doctor|nurse|dentist)\b"
)


def _reflexive_benign(sentence: str, m: re.Match[str], text: str) -> bool:
    between = m.group(1) if m.group(1) is not None else m.group(2) or ""
    return (
        bool(_OTHER_DOER.search(between))
        or _accidental(sentence, m, text)
        or _cut_everyday(sentence, m, text)
        or bool(_LAUGH.search(sentence))
    )


_ROUND11_CRISIS: tuple[_Concept, ...] = (
    # A poison drunk, or thought of as a drink: "drank some bleach an hour ago", "the sheep
    # dip is in the shed and ive thought about drinking it".
    _concept(
        "crisis",
        "poison_drunk",
        (
            "bleach|antifreeze|anti freeze|weed|pesticide|insecticide|herbicide|sheep dip"
            "|poison|drain clean|paraquat|caustic|lye|petrol|gasoline|kerosene|paraffin"
            "|methanol|white spirit|turps|turpentine|disinfectant|dettol|cyanide|lighter fluid"
            "|oven clean|toilet clean|slug pellet|screenwash|screen wash"
        ),
        r"\b(?:drank|drunk|drink|drinking|swallow\w*|ate|eat|eating|downed|gulped|ingested)"
        r" (?:\w+ ){0,3}?" + _TOXIC + r"\b"
        # "took the weedkiller out to the shed" carries it.
        r"|\b(?:took|taking|take) (?:\w+ ){0,3}?" + _TOXIC + r"\b(?! (?:to|into|out|back|off"
        r"|round|over|down|from|up|away|outside|with me)\b)|\b"
        + _TOXIC
        + r"\b(?: \w+){0,10}? "
        + _TOXIC_CONTEMPLATED
        + r" (?:about |of |to )?(?:drink\w*|swallow\w*|eat\w*|tak\w*|down\w*) (?:it|them|some"
        r"|the lot|a bottle|a cup|a glass)\b",
        guard=lambda s, m, t: bool(_TOXIC_BENIGN.search(s)) or _accidental(s, m, t),
    ),
    # The writer as the object of their own act: "i want to kill me", "i cut me again".
    _concept(
        "crisis",
        "reflexive_me",
        " me",
        _REFLEXIVE_ME.pattern,
        about_self=False,
        guard=_reflexive_benign,
    ),
    # A blow to someone else's head or face, threatened: "ill smash his skull in".
    _concept(
        "crisis",
        "blow_to_head",
        "skull|head|brain|face|teeth|throat|neck|jaw",
        r"\b(?:" + _BLOW + r") (?:in |open |up )?" + _OTHERS_BODY + r"(?: in| open| off| out)?\b",
        about_self=False,
        guard=lambda s, m, t: (
            not (_THREAT_FRAME.search(_prefix(s, m)) or re.search(r" (?:in|open|off)$", m.group(0)))
            or bool(_GAME.search(s))
            or _harm_idiom(s, m, t)
        ),
    ),
    # Someone else's head put through a window or a wall, wanted: "wanted to put his head
    # through the window. like actually wanted to".
    _concept(
        "crisis",
        "head_through",
        "through|into",
        r"\b(?:put|putting|shove|shoving|slam\w*|ram|ramming|throw|throwing|smash\w*) "
        + _OTHERS_BODY
        + r" (?:through|into) (?:the|a|his|her|their) (?:\w+ )?(?:window|wall|windshield"
        r"|windscreen|door|table|glass|dashboard|mirror)\b",
        about_self=False,
        guard=lambda s, m, t: (
            not _WRITERS_THREAT.search(_prefix(s, m)[-60:])
            or bool(_A_PET_OR_CHILD_DOES_IT.search(_prefix(s, m)[-60:]))
            or bool(_GAME.search(s))
            or _harm_idiom(s, m, t)
        ),
    ),
    # Keepsakes handed on, with another sign beside them: "gave my rosary and my mother's ring
    # to my granddaughter and wrote out who gets the good china. please pray for me".
    _concept(
        "crisis",
        "keepsakes_handed_on",
        "gave|giving|given|handed|handing|who gets|who should get|who will get|who is getting",
        _KEEPSAKES_HANDED_ON.pattern,
        about_self=False,
        guard=lambda s, m, t: _keepsakes_alone(t),
    ),
    # Tired of waking at all, or a death helped along: "I'm tired of waking up every
    # morning. Some nights I think about helping it along."
    _concept(
        "crisis",
        "tired_of_waking",
        "tired of waking|sick of waking|helping it along|help it along|hurry it along"
        "|weary of waking|hurrying it along",
        r"\b(?:tired|sick|weary) of waking up(?: (?:every|each) (?:morning|day)| at all)?"
        r"(?=\s*(?:[.!,;]|$|and (?:i|im)\b))"
        r"|\b(?:think|thinking|thought|thinks) (?:about|of) (?:helping|hurrying) it along\b",
        guard=lambda s, m, t: bool(_SLEEP_COMPLAINT_BESIDE.search(s)),
    ),
    # A gun taken out at night and sat with: "took his rifle out of the safe at 2am and sat
    # in the truck with it for an hour".
    _concept(
        "crisis",
        "sat_with_the_gun",
        "sat|sitting|sits",
        r"\b(?:sat|sitting|sits|been sitting)(?: \w+){0,6} with (?:it|them|the gun|the rifle"
        r"|the pistol|the shotgun|(?:his|her|my|a) (?:gun|rifle|pistol|shotgun|handgun|revolver))"
        r"(?: (?:in|on) (?:his|her|my) (?:lap|hands?|mouth))?\b",
        about_self=False,
        guard=lambda s, m, t: not _A_GUN_TAKEN_OUT.search(t) or bool(_GUN_AT_WORK.search(t)),
    ),
    # Asked "for reasons" the writer will not type: "do they do a tox screen at the autopsy?
    # askin for reasons i prob shouldnt type out".
    _concept(
        "crisis",
        "reasons_not_typed",
        "reasons|for a reason",
        r"\b(?:ask\w*|askin) for (?:reasons|a reason) (?:that )?(?:i|id)(?: \w+){0,2} (?:shouldnt"
        r"|should not|cant|cannot|wont|dont want to|would rather not|rather not|better not)"
        r"(?: \w+)? (?:type|say|write|put|spell|explain|get into)\b",
        about_self=False,
    ),
    # A weapon carried beside a grudge against someone.
    _concept(
        "crisis",
        "weapon_with_grudge",
        "knife|knives|blade|machete|gun|pistol|revolver|rifle|shotgun|hammer|bat|axe",
        r"\b(?:got|have|had|bring\w*|brought|carry\w*|packed|took|taking|hid\w*|holding|keep\w*)"
        r" (?:a |the |my |his |dads |grandads )?(?:\w+ )?" + _WEAPON + r"\b",
        about_self=False,
        guard=lambda s, m, t: not _GRUDGE.search(t) or bool(_CARRIED_BENIGN.search(t)),
    ),
    # An end set for a time: "im ending this tonight", "finishing it all now".
    _concept(
        "crisis",
        "end_set_now",
        " end| finish",
        r"\b(?:end|ending|finish|finishing)\w* (?:this|it all|it|things|everything|my life"
        r"|all of this) (?:tonight|today|right now|now|for good|once and for all|this weekend"
        r"|tomorrow)\b(?! (?:with|early|before|after|at|by|and (?:go|get|have|head))\b)",
        guard=lambda s, m, t: bool(_END_NOW_BENIGN.search(s)) or _general_question(s, m, t),
    ),
    # The writer's own exit planned, or the day of going set.
    _concept(
        "crisis",
        "exit_planned",
        "exit|way out|departure|day i|night i|date i|week i"
        "|day that i|night that i|date that i|week that i",
        r"\b(?:plan\w*|work\w* out|pick\w*|chose|choose|choosing|decided on|set|sorted|timing"
        r"|arrang\w*|prepar\w*) (?:\w+ ){0,2}my (?:final )?(?:exit|way out|departure)\b(?! (?:from"
        r"|of|at|interview|strategy|visa)\b)"
        r"|\bthe (?:day|night|date|week) (?:that )?(?:i|ill) (?:finally )?(?:go|leave|die|end it"
        r"|do it|check out|exit)(?= *(?:[.,!?;]|$|for good|forever))",
        guard=lambda s, m, t: (
            bool(_EXIT_BENIGN.search(t))
            or (m.group(0).startswith("the ") and not _DAY_I_GO_DECIDED.search(t))
        ),
    ),
    # Means told ready with the noun first: "pills counted", "note written", "rope in the
    # garage" beside a word that there is no point.
    _concept(
        "crisis",
        "means_told_ready",
        "pill|tablet|med|sleeper|painkiller|note|letter|rope|noose",
        r"\b(?:pills|tablets|meds|medications?|medicines|sleepers|sleeping pills|painkillers)"
        r" (?:are |all |now )?(?:counted|saved|stashed|hoarded|lined"
        r" up|laid out|set aside|put aside|ready)\b|\b(?:note|notes|letter|letters)"
        r" (?:\w+ )?(?:written|done|sealed|finished|left)\b(?= *(?:[.,!?;]|$|on |in |under |for"
        r" (?:the kids|my|everyone|them|him|her|when)))"
        r"|\b(?:rope|noose) (?:\w+ )?(?:in|on|from) the (?:garage|barn|shed|loft|attic|basement"
        r"|cellar|woods|tree|beam|banister)\b",
        about_self=False,
        guard=lambda s, m, t: (
            bool(_READY_ROUTINE.search(t) or _NOTES_BENIGN.search(t))
            or (m.group(0).startswith(("rope", "noose")) and not _HOPELESS.search(t))
        ),
    ),
    # How many of what was prescribed "would it take": "how many of the tablets i was
    # prescribed for sleep would it take for it not to be a mistake"
    _concept(
        "crisis",
        "how_many_would_it_take",
        "it take",
        r"\bhow many (?:of )?(?:the |my |these |those |his |her )?(?:pills|tablets|meds"
        r"|capsules|sleepers|sleeping pills|painkillers|\w+ (?:i was|i am|im|i got) prescribed)"
        r"(?: \w+){0,8}? would it take\b(?! to (?:feel|work|see|notice|help|kick in|start|fall"
        r" asleep|get (?:to sleep|some sleep|drowsy|sleepy|tired)|fix|make (?:me|it|a) (?:sleep"
        r"|drowsy|sleepy|difference|work)|(?:knock|put) me (?:out|to sleep)(?! (?:for good"
        r"|forever|permanently))|sleep(?! (?:for good|forever|and not))))",
        about_self=False,
        guard=lambda s, m, t: bool(_LAUGH.search(t)),
    ),
    # Someone said the family would be better off without them: "then he said if he was gone
    # we would get the insurance money and be better off"
    _concept(
        "crisis",
        "better_off_without_another",
        "better off",
        r"\b(?:said|says|saying|told|tells|keeps? saying|kept saying)(?: \w+){0,4}? if"
        r" (?:he|she|they) (?:was|were|is|are) (?:gone|dead"
        r"|not here|not around|no longer"
        r" (?:here|around)),? (?:we|wed|they|theyd|you|youd|the kids|everyone|his family"
        r"|her family)"
        r"(?: \w+){0,8}? better off\b",
        about_self=False,
        guard=lambda s, m, t: bool(_LAUGH.search(t) and not _NOT_JOKING_AFTER_ALL.search(t)),
    ),
    # The screening's question on thoughts of death or self-harm (PHQ-9 item 9) answered
    # with a frequency: "honest answer to phq-9 item 9 this week would be 'nearly every day'"
    _concept(
        "crisis",
        "phq9_item9_answered",
        "phq",
        r"\bphq(?:[ -]?9)?\b(?:\W+\w+){0,3}?\W+(?:(?:item|question|q|number|no) ?#? ?|#)9\b"
        r"(?:\W+(?!(?:not|never|no|zero|none|fine|ok|okay|0|item|question|q|sleep|but|and)\b)"
        r"\w+){0,6}?\W+"
        r"(?:nearly every day|more than half(?: the days)?|several days|every day|most days)\b",
        about_self=False,
        guard=lambda s, m, t: bool(_LAUGH.search(t)),
    ),
    # A rope or a noose said to be ready, alone: "rope's ready.", "the noose is tied"
    _concept(
        "crisis",
        "rope_ready",
        "rope|noose",
        r"\b(?:rope|noose)(?:s| is) (?:all |finally |now )?(?:ready|tied|up|set up|hung|in place)\b"
        r"(?=\s*(?:$|[.,;!?…]|tonight\b|for (?:me|tonight)\b))",
        about_self=False,
        guard=lambda s, m, t: bool(_ROPE_BENIGN.search(t) or _LAUGH.search(t)),
    ),
    # An amount said to be enough to die.
    _concept(
        "crisis",
        "lethal_amount",
        "do it|do the job|finish me|end it|kill me|fatal|lethal|stop my heart|too many|too much"
        "|enough",
        r"\b(?:" + _LETHAL_AMOUNT + r")\b",
        about_self=False,
        guard=lambda s, m, t: (
            not re.search(rf"\b{_MEDS}\b|\b(?:dose|amount|how many|how much)\b", s)
            or _general_not_own(s, m, t)
            or bool(_LAUGH.search(s))
        ),
    ),
)

# Chest pain said as weight, agony or a pain somewhere near the word chest.
_CHEST_WIDE = (
    r"\bchest(?: \w+){0,4}? (?:agon\w*|in agony|in bits|on fire|killing me)\b"
    r"|\bchest (?:\w+ ){0,2}like (?:someone|somebody|something|an? \w+|the \w+)(?: \w+){0,3}"
    r" (?:sat|sitting|standing|parked|pressing|crushing|squeezing|stood|on it)\b"
    r"|\b(?:pain\w*|agon\w*|hurt\w*|ache|aching|crush\w*|pressure|tight\w*),? (?:\w+,? ){0,8}(?:in"
    r"|on|across|around|through) (?:my|the|her|his) chest\b"
)
# A body that shakes and does not answer: "grandpa is shaking and jerking and wont answer".
_SHAKES_BENIGN = re.compile(
    r"\b(?:excite\w*|cold|fear|scared|nerves|nervous|laugh\w*|rage|anger|angry|fireworks"
    r"|thunder|bath|wet|dog|cat|puppy|kitten|phone|washing machine|sulk\w*|teenager|headphones)\b"
)
# Someone seen or heard where nobody is, that goes on.
_SEEN_BEINGS = (
    r"(?:people|guys|men|women|a man|a woman|someone|somebody|faces|figures|things|voices"
    r"|whisper\w*|animals|bugs|insects|spiders|snakes|kids|children|soldiers|ghosts?|shadows?"
    r"|persons|little \w+|my (?:dead|late) \w+|\w+ from my old \w+|the enemy|enemies"
    r"|intruders|strangers|demons|devils)"
)
# Where an unreal being is. One group: it was once an open alternation, so "in my head" or
# "not there" alone matched ("im not there now" is the writer's own past, not a vision).
_UNREAL_PLACE = (
    r"(?:(?:in|from|on|through|behind|at) (?:the|my) (?:walls?|ceiling|corners?|room|window"
    r"|mirror|dark|floor|wardrobe|closet|tv|vents?|pipes)|(?:in|from) my (?:room|head|ears)"
    r"|talking to me|(?:that|who|which) (?:nobody|no one|noone) else|not there|no one there)"
)
# Beings told as present ("there are men in the yard", "keeps seeing bugs"), for the
# "nobody there" that follows.
_BEINGS_TOLD_AS_THERE = re.compile(
    r"\b(?:there (?:are|is|were|was)|theres|seeing|sees|saw|see|hearing|hears|heard|keeps? saying"
    r"|says|said|full of)(?: \w+){0,3}? " + _SEEN_BEINGS + r"\b"
    # ... or named where they stand: "men in the garden again"
    r"|(?:^|[.!?,]\s*)(?:\w+ )?" + _SEEN_BEINGS + r" (?:\w+ ){0,2}(?:in|on|at|by|outside|under"
    r"|behind) (?:the|my|our)\b"
)
# Nobody at the door or on the phone is a prank or a wrong number; a child's monster, an
# animal in the attic, a dog barking at nothing, a ghost tour, a screen, someone checked on.
_BEINGS_EXPLAINED = re.compile(
    r"\b(?:(?:it was|its|it s|was just|just|turned out (?:to be )?|probably|prob"
    r"|must (?:have )?been|only) (?:a |an |the |our |my |some )?(?:\w+ )?(?:raccoons?"
    r"|squirrels?|possums?|mice|mouse"
    r"|rats?|birds?|bats?|dog|cat|tv|radio|neighbou?rs?|kids next door|wind|pipes|house settling"
    r"|hunters?|deer|prank\w*|dream\w*|nightmare)"
    r"|(?:door\w*|knock\w*|doorbell|rang|ring cam|camera) (?:\w+ ){0,6}?(?:nobody|no one|noone)"
    r"|(?:my|our|the) (?:toddler|little one|\d+ ?(?:yr|year) old)|imaginary|monster"
    r"|(?:dog|cat)s? (?:\w+ )?(?:barking|growling|staring|acting|hissing) like"
    r"|ghost (?:tour|story|stories|hunt\w*)|haunted house|halloween)\b"
)
# A tune stuck in the head is an earworm: "that hymn has been in my head all night".
# Ringing, buzzing or pressure in the ears is tinnitus, not someone heard.
_EAR_NOISE = re.compile(
    r"\b(?:ring\w*|buzz\w*|humm?\w*|whoosh\w*|hiss\w*|popp\w*|crackl\w*|tinnitus|pressure"
    r"|fluid|water|wax|ach\w*|pain|blocked|clogged|plugged|muffled)\b(?: \w+){0,3} in my ears"
)
_EARWORM = re.compile(
    r"\b(?:songs?|tunes?|hymns?|jingles?|lyrics?|melod\w*|earworms?|chorus|carols?)\b"
    r"(?: \w+){0,8} in my head|\bstuck in my head"
)
_METHODS_BENIGN = re.compile(
    r"\b(?:splinter|tattoo|piercing|wax\w*|injection|needle|shot|blood draw|iv|cannula"
    r"|birth|labou?r|delivery|euthan\w*|vet|dog|cat|pet|bug|mice|rats?|pests?|weeds?|trees?"
    r"|essay|paper|class|thesis)\b"
)
# What makes papers left ready a farewell: an apology, a goodbye, having tried.
_PAPERS_FINAL = re.compile(
    r"\b(?:im sorry|i am sorry|so sorry|sorry for|forgive me|goodbye|love you|i tried\s*(?:[.!]|$)"
    r"|wasnt enough|cant (?:do this|go on|keep going)|when im gone|after im gone|im done)"
)


# Thanks sent on in the past tense, as from someone gone: "please tell dr alvarez i was
# grateful for her care", "let the nurses know i was thankful" (not "sorry for the late
# diary", "im done with the adulting", "love you all for the support")
_A_FAREWELL = re.compile(
    r"\b(?:tell|let) (?:[\w.]+ ){1,4}(?:know )?(?:that )?i (?:was|had been) (?:so |very |really"
    r" |truly )?(?:grateful|thankful)\b|\b(?:goodbye|forgive me|when im gone|after im gone)\b"
)

# The ordinary causes of an ache in the jaw or the arm.
_HEART_SIGNS_BENIGN = re.compile(
    r"\b(?:gym|workout|work out|lift\w*|carry\w*|groceries|flu shot|vaccine|jab|shot"
    r"|grind\w*|teeth|tooth|dentist|tmj|slept (?:on it|funny|wrong)|sleeping on|injection"
    r"|iv site|tennis|golf|gardening|shovel\w*|paint\w*|moving boxes|fever|flu|covid|a cold)\b"
)
# "didnt do anything. yet.", "didnt use it... yet": the act put off, not given up ("didnt
# use it yet", said plainly, is only not yet; a message read again without its full stops
# keeps "anything yet" at its end).
_NOT_YET = re.compile(
    r"\b(?:didnt|did not|havent|have not) (?:do|done|use|used|go through with|take|taken|try"
    r"|tried) (?:(?:it|anything|them|any of (?:it|them))\s*[.,!]+\s*yet\b|anything yet\W*$)"
)
# A while spent sitting: "been sittin here an hour", "for hours".
_SAT_A_WHILE = re.compile(
    r"\bbeen (?:sitting|sat|parked|here|out here|lying|laying) (?:\w+ ){0,2}?(?:an? "
    r"|for |about |like |\d+ |two |three |a couple )?(?:hours?|hrs?|while|long time|all night)\b"
    r"|\bfor (?:an|a|about an|over an|\d+|two|three) (?:hours?|hrs?)\b|\ball night\b"
)
# A clinician's patient, told in the clinic's shorthand: "had a pt with active si on 1:1 obs"
# (on shift, and not the writer: "as a patient with passive si", "im the patient with")
_A_PATIENT_OF_THEIRS = re.compile(
    r"(?<!\bim )(?<!\bi am )(?<!\bas )(?<!\bim just )\b(?:a|my|our|two|three|\d+|another|new)"
    r" (?:pts?|patients?|clients?|residents?|admits?|admissions?|consults?)(?: \w+){0,3}?"
    r" (?:with|w|w/|who has|who had|on|for|endorsing|reporting|presenting with)\s*$"
)
_ON_SHIFT = re.compile(
    r"\b(?:shift|rotation|placement|clinicals?|rounds|charted|charting|1:1|one to one|sitter"
    r"|my (?:pts|patients|caseload))\b"
)
_ONE_OF_THE_PATIENTS = re.compile(r"\b(?:including me|like me|me too|so am i|im one|i am one)\b")


def _a_patient_of_theirs(sentence: str, m: re.Match[str], text: str) -> bool:
    """ "had a pt with active si on 1:1 obs", told from a shift: someone the writer looks after."""
    return bool(
        _A_PATIENT_OF_THEIRS.search(_prefix(sentence, m))
        and _ON_SHIFT.search(text)
        and not _ONE_OF_THE_PATIENTS.search(text)
    )


_SI_DENIED = re.compile(
    r"\b(?:denies|denied|deny|no|neg|negative|without|w/o|not|nor)\b(?: \w+)? si\b"
    r"|\bsi(?:/hi)?\s*:?\s*(?:no|neg|negative|denied|denies|none|absent)\b|\bsi (?:resolved|gone)"
)
_DONE_FIGHTING = re.compile(
    r"\b(?:im|i am) (?:done|finished|through) (?:fighting|trying|with (?:this|it|all of it|life))"
    r"|\b(?:goodbye|farewell|this is (?:it|goodbye)|wont be (?:back|here|around))\b"
)
_LIMB_NUMB = re.compile(r"\b(?:numb\w*|tingl\w*|dead|no feeling|cant feel)\b")
_LIMB_WEAK = re.compile(
    r"\b(?:weak\w*|heavy|limp|useless|(?:cant|cannot|couldnt) (?:hold|lift|grip|move|use|raise)"
    r"|dropping|dropped|wont (?:work|move|lift))\b"
)
_LIMB_BENIGN = re.compile(
    r"\b(?:slept on|sleeping on|lying on|lay on|laid on|fell asleep on|pins and needles"
    r"|circulation|carpal|pinched|gym|workout|lifting|leg day|arm day|typing|shoveling|cold)\b"
)
_HEIGHT_REASON = re.compile(
    r"\b(?:project|homework|class|school|trivia|quiz|bet|photo\w*|engineer\w*|for work|tour\w*"
    r"|curious|fun fact|history|documentary|kids? (?:asked|wanted)|clearance|caravan|lorry|truck"
    r"|rv|trailer|camper|van|bus|boat|load)\b"
)
_ENTRIES_REASON = re.compile(
    r"\b(?:study (?:ends|ended|is over)|end of the (?:study|program|series)|last (?:week|day)"
    r" of|finished (?:the|my) (?:series|program|course)|discharged|graduat\w*|app|new system"
    r"|paper diary|by (?:email|phone))\b"
)
_SINCE_HOUR = re.compile(r"\bsince (?:\d|midnight|last night|dark|dinner|bedtime)")
_NOT_HERE_REASON = re.compile(
    r"\b(?:work\w*|shift|double|office|out of town|trip|travel\w*|visit\w*"
    r"|(?:be|going|go|im|ill be) away|holiday|vacation|appointment|check in|message (?:you"
    r"|again)|text (?:you|again)|reschedul\w*"
    r"|cancel\w*|busy|flight|sick|day off|hospital|surgery|camping|cabin|wedding|funeral)\b"
)
_HEART_PHYSICAL = re.compile(
    r"\b(?:squeez\w*|pressure|tight\w*|crush\w*|sharp|stabb\w*|heavy|like (?:a |an )?\w+"
    r"|arm|jaw|sweat\w*|breath\w*)\b"
)
_HEART_GOES_ON = re.compile(
    r"\b(?:not (?:go|going|gone) away|wont (?:go away|stop|ease)|since|for (?:\w+ )?hours|still"
    r"|all (?:night|day|evening)|keeps?|getting worse)\b"
)
_HEART_GRIEF = re.compile(
    r"\b(?:miss\w*|griev\w*|grief|heartbr\w*|for (?:her|him|them|you)|breakup|broke up|lonely"
    r"|sad\w*|died|passed|loss|lost|funeral|news)\b"
)
_SAID_NOT_REAL = re.compile(
    r"\b(?:(?:they|it|he|she|those|that)(?: are| is|re|s)? (?:not|arent|isnt) (?:really )?(?:real"
    r"|there)|not real|(?:nobody|no one|noone) else (?:can )?(?:see|hear))\b"
)
_THERE_FOR_HOURS = re.compile(
    r"\b(?:for (?:\d+|two|three|several|a few|hours)|hours|havent left|have not left|wont (?:leave"
    r"|go|stop)|still (?:there|here)|since (?:last night|yesterday|the infusion|my infusion)"
    r"|all night)\b"
)
_ASKED_FOR_ME = re.compile(r"\b(?:for me|for myself|asking for me|its for me|its me)\b")
_NOT_REACHED = re.compile(
    r"\b(?:wont|isnt|not|cant|didnt|doesnt|hasnt|hadnt|havent) (?:pick(?:ing)? up|picked up"
    r"|answer\w*|respond\w*|reach|replied|texted back|called back)"
    r"|\bcant (?:reach|find|get hold of) (?:him|her|them)|\bhelp\b|\bright now\b|\bon the"
    r" (?:bridge|roof|ledge|tracks)\b"
)
_KEPT_KNOWING = re.compile(
    r"\b(?:i know what it (?:does|would do|will do|can do)|what it does|enough to|(?:i know )?what"
    r" im saving (?:it|them) for|inna mi bag|in mi bag|tek it all|take (?:it|them) all|(?:well )?i"
    r" (?:do )?know why|in my (?:bag"
    r"|pocket|car|locker)|at home now|brought (?:it )?home|took (?:it )?home)\b"
)
_PUSHED_ACT = re.compile(
    r"\b(?:holding my breath|hold my breath|black(?:ed)? out|pass(?:ed)? out|chok\w*|strangl\w*"
    r"|drown\w*|under (?:the )?water|cut\w*|bleed\w*|belt|rope|pills)\b"
)
_STILL_WRONG = re.compile(
    r"\b(?:still|this morning|since|today|right now|keep|keeps|feel wrong|not right)\b"
)
_LOST_BENIGN = re.compile(
    r"\b(?:gps|new (?:city|town|neighbou?rhood)|detour|road ?works|woods|hike|hiking|trail"
    r"|maze|ikea|mall|airport|campus|game|level|map)\b"
)
_CHEST_GOES_ON = re.compile(
    r"\b(?:still|started|since|hasnt|wont|for (?:\w+ )?(?:hours|minutes|an hour)|right now|rn"
    r"|getting worse|again)\b"
)
_PET_PUT_DOWN = re.compile(r"\b(?:dog|cat|pet|vet|horse|kitten|puppy|animal)s?\b")
_CLIMBING_GYM = re.compile(r"\b(?:rappel\w*|belay\w*|climbing gym|bouldering|zip ?line)\b")
_EXHAUST_WORK = re.compile(
    r"\b(?:mechanic|repair\w*|muffler|leak\w*|garage work|shop|vacuum|dryer|fix\w*|smoke test)\b"
)
_QUICK_END = re.compile(
    r"\b(?:itd be quick|it would be quick|be quick|keep thinking|nobody would|no one would"
    r"|want to|wanna|thinking about (?:just )?(?:step|jump|slip|go)\w*|degrees)\b"
)
_GOING_ON_HOURS = re.compile(r"\bgoing on (?:\d+|two|three|four|several) hours?\b")
_DECIDED_HEAVY = re.compile(
    r"\b(?:dont call|do not call|emergency contact|mood:? ?[0-2] ?/ ?10|no point|goodbye"
    r"|sorry|cant (?:go on|do this)|plan:|for good|nobody will|no one will|its decided)\b"
)
_NOT_FOUND = re.compile(
    r"\b(?:nobody|no one|noone)(?:ll| will| would)? (?:find|know|see)\b|\btil(?:l)? spring\b"
    r"|\bon purpose\b|\bdont look for\b"
)
_MADE_SURE = re.compile(
    r"\b(?:made sure of it|ive made sure|i made sure|giving away|gave away|given away|said"
    r" goodbye|its decided|im sorry)\b"
)
_SWALLOW_HARD = re.compile(
    r"\b(?:hard to swallow|cant swallow|trouble swallowing|difficult\w* swallowing|hard to"
    r" breathe|cant breathe|throat (?:closing|tight))\b"
)
_NOTE_TO_FIND_BENIGN = re.compile(
    r"\b(?:birthday|anniversary|surprise|valentine|love note|treasure hunt|scavenger|grocer\w*"
    r"|shopping|reminder|chores?|lunch|dinner|dog|cat|sitter)\b"
)
_STILL_HOURS = re.compile(
    r"\b(?:still|since|for (?:\d+|two|three|several) hours|(?:its|it has) been (?:\d+|two|three"
    r"|several) (?:hours|hrs))\b"
)
_DEAD_WORD = re.compile(r"\b(?:dead|died|passed away|passed|gone \d+ years)\b")
_STILL_NOW = re.compile(
    r"\b(?:still (?:see|hear|there)|can still (?:see|hear)|(?:right )?now,? (?:clear|morning|sun)"
    r"|for (?:an|\d+|two|three) hours?|since (?:this|last) (?:morning|night))\b"
)
_GRIEF_MEMORY = re.compile(r"\b(?:in my (?:head|heart|dreams?)|memor\w*|dream\w*|miss(?:ing)?)\b")
_SCHEDULED = re.compile(
    r"\b(?:scheduled (?:it|the email|an email|a message|the message) to|set (?:it|the email) to"
    r" send|timed (?:it|the email)|send (?:it )?(?:on|after) (?:friday|monday|sunday|\w+day))\b"
)
_ARRANGE_REASON = re.compile(
    r"\b(?:surgery|vacation|holiday|trip|leave|deploy\w*|sabbatical|retir\w*|travel\w*|conference"
    r"|maternity|paternity)\b"
)
_PILE_MADE = re.compile(r"\b(?:pile|stash|collection|enough|not for sleep|not for|saving)\b")
_FIT_SIGNS = re.compile(
    r"\b(?:on the floor|not answer\w*|wont answer|not wak\w*|foam\w*|\d+ minutes?|jerk\w*"
    r"|eyes rolled|bit (?:his|her|my) tongue|wet (?:himself|herself))\b"
)
_WEAPON_ORDINARY = re.compile(
    r"\b(?:clean\w*|range|hunt\w*|holster\w*|training|class|course|qualif\w*|inspect\w*"
    r"|safety (?:course|class)|gun shop|deer|season|target|permit|licen[cs]e)\b"
)
_JUMP_WEIGHED = re.compile(
    r"\b(?:didnt|did not|couldnt|could not|almost|nearly|wanted to|thought about|thinking"
    r" about|close to) (?:\w+ )?(?:jump\w*|do it|go through with it|step off|let go)\b"
)
_MEANS_AT_HAND = re.compile(
    r"\b(?:bat|knife|gun|hammer|crowbar|machete|axe|pipe|ready|waiting|by the door|next time"
    r"|if (?:he|she|they) (?:shows?|comes?|turns?) up|hes done|shes done|theyre done|hes dead"
    r"|shes dead)\b"
)
_AWAY_THEN = re.compile(
    r"\b(?:going to|were going|im going|trip|travel\w*|vacation|holiday|out of town|away"
    r"|visiting|in laws|working|on call|at work|shift|moving|flight|cruise|camping|off to"
    r"|heading|headed|leaving for|home for|thanksgiving|christmas|for the holidays)\b"
)
_END_IN_VIEW = re.compile(
    r"\b(?:then im done|and im done|im done\s*(?:[.!]|$)|one (?:more |last )?thing left|last"
    r" thing|time (?:ive|i have) (?:got )?left|before i go|wont need (?:it|them|any)|wont be"
    r" needing|all thats left|tying up|loose ends|nothing left)\b"
)
_STILL_AFTER = re.compile(
    r"\b(?:still|havent stopped|hasnt stopped|wont stop|not stopp\w*|since (?:my|the|last|\w+s)"
    r" (?:\w+ )?(?:session|infusion|treatment|dose)|(?:hours?|days?) since"
    r"|its been (?:like )?\d+ (?:hours?|hrs?|days?)|for (?:\d+|two|three|several) (?:hours|days))\b"
)
_RESOLVED_AFTER = re.compile(
    r"\b(?<!havent )(?<!hasnt )(?<!not )(?<!wont )(?:stopped|passed|went away|wore off|gone now"
    r"|back to normal|faded|settled)\b"
)
_RIGHT_NOW = re.compile(r"\b(?:rn|right now|now|tonight|at the moment|atm)\b")
_BLADE_CHORE = re.compile(
    r"\b(?:shav\w*|legs|beard|cook\w*|chop\w*|kitchen|dinner|carv\w*|whittl\w*|craft\w*"
    r"|wrapping|box(?:es)?|packages?|haircut|trim\w*|fishing|hunting|deer|gutting)\b"
)
_ONE_OF_THEM = re.compile(
    r"\b(?:one of (?:them|the 22|those)|join (?:them|the)|next|be (?:one|number)|make (?:it|that)"
    r" 23|im (?:one|next))\b"
)
_DOWN_NOW = re.compile(
    r"\b(?:still|right now|rn|now|cant get up|dizzy|fell|fall|collapsed|passed out|hit my head)\b"
)
_DOWN_BENIGN = re.compile(
    r"\b(?:yoga|stretch\w*|playing|lego|puzzle|baby|kids?|dog|camping|air mattress|sleeping on"
    r" the floor|slept on the floor|power|outage|lights|movie|screen|monitor|tv)\b"
)
_BREATH_SETTLED = re.compile(
    r"\b(?:(?<!not )(?<!isnt )passed|settled|better now|fine now|eased|under control|helped a lot"
    r"|kicked in|worked (?:after|in)|last (?:year|month|week)|as a (?:kid|child))\b"
)
# A gun by any of its names.
_FIREARM = (
    r"(?:gun|pistol|revolver|rifle|shotgun|service weapon|weapon|firearm|handgun|glock|sidearm)"
)
_GUN_NAMED = re.compile(rf"\b(?:{_FIREARM}|barrel|round|bullet|45|38|9mm|357)\b")
# What makes handling a gun more than a chore: loading it, nights of it, the self as target.
_WEAPON_DWELT = re.compile(
    r"\b(?:loaded|(?:second|third|fourth|another) night|every night|nights? (?:in a row|running)"
    r"|to my head|in my mouth|under my chin|safety off)\b"
)
_HURT_RELIEF = re.compile(
    r"\b(?:(?:kinda |kind of |it |that |really )?helped|felt (?:better|good|calmer|real)|relief"
    r"|release|on purpose|to feel|deserved? it|made me feel|numb\w* (?:it|the)|again and again)\b"
)
_MEDS_NAMED = re.compile(
    r"\b(?:prescriptions?|scripts?|refills?|pills|meds|medications?|tablets|doses)\b"
)
_WEIGHED = re.compile(
    r"\b(?:how easy|easy it would be|thinking|thought|keep thinking|want\w*|wish\w*|tempt\w*"
    r"|could just|would be so easy|urge|picture|imagin\w*)\b"
)
# A low oxygen reading explained, over or not the writer's now: a reading that came back up
# ("reads 98 sitting down", "he's 96 now"), altitude, a device off or cheap, a known baseline,
# a sleep study, a fish tank, a pulse read as oxygen.
_OXYGEN_EXPLAINED = re.compile(
    r"\b(?:spo2|sp02|o2|oxygen|sats?|saturation|pulse ?ox\w*)(?: [a-z]+){0,3}? (?:9\d|100)"
    r"(?: ?%| percent)?(?! ?(?:bpm|min))\b(?=[^.!?]*\b(?:now|again|on the|sitting|after|when"
    r"|with|later|checked|rechecked|fine|good|normal)\b)"
    r"|\b(?:altitude|ft|feet|elevation|mountain\w*|climb\w*|hik\w*|peru|colorado|\d+ ?m\b"
    r"|watch|owlet|sock|monitor|cheap|wrong|glitch\w*|strap|kicked|loose|fell off|baseline"
    r"|usual|copd|apnea|sleep study|study|test results|aquarium|tank|pump|fish|heart rate|bpm"
    r"|admitted|last week|last month|yesterday|was (?:\w+ )?when)\b"
)


_AT_REST_NOW = re.compile(
    r"\b(?:light ?headed|dizzy|faint\w*|pass out|chest|short of breath|cant breathe|sitting"
    r"|lying|laying|resting|at rest|in bed|on the couch|woke)\b"
)
_VISIT = re.compile(
    r"\b(?:visit\w*|staying|stay with|came over|round for|guests?|party|pub|work|shift|school"
    r"|neighbou?rs?|builders|tv|radio|film|movie|game|dream\w*|phone|upstairs|downstairs"
    r"|next door|flat above|flat below|thin walls)\b"
)
# Clinical words for what needs a clinician now.
_CLINICAL = (
    r"(?:urticaria|angio ?o?edema|anaphyla\w*|stridor|cyano\w*|aphasi\w*|dysarthri\w*"
    r"|hemipares\w*|facial droop|post ?ictal|tonic ?clonic|grand mal|status epilepticus"
    r"|hypertensive (?:crisis|emergency|urgency)|syncop\w*|dyspn\w*"
    r"|cp radiat\w*|chest pain radiat\w*|persist\w* (?:visual"
    r" |auditory )?hallucinations?|hallucinations? persist\w*)"
)
_CLINICAL_PAST = re.compile(
    r"\b(?:history of|hx of|h/o|previous|prior|in the past|years ago|as a child|resolved"
    r"|ruled out|no signs? of|denies|negative for|what is|what are|whats)\b"
)
# Going down like a dead weight: "went down like a sack of spuds".
_DROPPED_LIKE = (
    r"\b(?:went|gone|going|dropped|fell|keeled|hit the floor) (?:down |over )?like (?:a|an)"
    r" (?:\w+ )?(?:sack|ton|stone|rock|tree|log|bag|sandbag|puppet|dead weight)\b"
)
_DROPPED_BENIGN = re.compile(
    r"\b(?:pillow|bed|asleep|sleep|slept|nap\w*|sofa|couch|joke|lead balloon|idea|plan|speech"
    r"|news|team|market|shares|stocks|price|prices|laugh\w*|lol|haha\w*)\b"
)

_ROUND11_URGENT: tuple[_Concept, ...] = (
    _concept(
        "urgent",
        "chest_wide",
        "chest",
        _CHEST_WIDE,
        about_self=False,
        guard=lambda s, m, t: (
            _chest_benign(s, m, t) or _general_question(s, m, t) or _hypothetical(s, m, t)
        ),
    ),
    _concept(
        "urgent",
        "shaking_unresponsive",
        "answer|respond|wake|waking|wak",
        r"\b(?:shaking|jerking|twitching|convulsing|thrashing|shuddering|fitting|stiff|rigid"
        r"|frothing|foaming)\b(?: \w+){0,6}? (?:and |but |now )?(?:wont|not|isnt|cant|doesnt"
        r"|wasnt|wouldnt|wasnt|hasnt|stopped) (?:\w+ )?(?:answer\w*|respond\w*|wak\w*)\b"
        r"(?! (?:to|the|my|his|her|their|a|an|texts?|calls?|phones?|emails?)\b)",
        about_self=False,
        guard=lambda s, m, t: bool(_SHAKES_BENIGN.search(s)) or _seizure_benign(s, m, t),
    ),
    _concept(
        "urgent",
        "beings_persist",
        "wall|ceiling|corner|room|window|mirror|dark|floor|wardrobe|closet|tv|vent|pipes|head"
        "|ears|talking to me|nobody else|no one else|noone else|not there|no one there|my dead"
        "|my late",
        r"\b(?:see|seeing|saw|sees|hear|hearing|heard|hears)(?: \w+){0,4}? "
        + _SEEN_BEINGS
        + r"(?: \w+){0,5}? "
        + _UNREAL_PLACE
        + r"\b"
        # The dead seen or heard, going on: "still hearing my dead wifes voice".
        r"|\b(?:seeing|hearing|see|hear) my (?:dead|late) \w+"
        # Someone unseen, going on, with no verb of seeing: "jim talking to me from the
        # kitchen all night", "the whispering is still going in my ears".
        # ("pitch dark in my room now" has no one in it: someone or something must be named)
        r"|\b(?:talking to me|no one there)\b"
        r"|\b(?:talk\w*|whisper\w*|voices?|someone|somebody|people|man|woman|figures?|shadows?"
        r"|they|theyre|things?|creatures?|bugs|spiders|music|singing|screaming|laugh\w*|him|her)"
        r"(?: \w+){0,3}? (?:in|from) my (?:room|ears)\b",
        about_self=False,
        guard=lambda s, m, t: (
            not _PERSISTS.search(t)
            or bool(
                ((_VISIT.search(s) or _ABSENT_BENIGN.search(s)) and not _SPEAKS_TO_ME.search(s))
                or _EARWORM.search(s)
            )
            or _still_going(s, m, t)
            or (m.group(0).endswith("ears") and bool(_EAR_NOISE.search(s)))
        ),
    ),
    # Beings told as there that nobody else finds, going on: "theres spiders on my ceiling that
    # my roommate swears arent there. been like this since my session", "keeps saying there are
    # men standing in the yard. theres nobody there ... still happening" (not "knocked, nobody was
    # there", a toddler's man in the closet, raccoons in the attic)
    _concept(
        "urgent",
        "beings_not_there",
        "nt there|not there|nt really|not really|nt actually|not actually|nt even|not even"
        "|nt real|not real|nobody|no one|noone|nothing",
        r"\b" + _SEEN_BEINGS + r"(?: \w+){0,8}? (?:that|who|which) (?:\w+ ){0,4}?(?:isnt|arent"
        r"|wasnt|werent|is not|are not|was not|were not) (?:really |actually |even )?(?:there"
        r"|real)\b(?! to\b| for\b)"
        r"|\b(?:theres|there is|there was|but|says|said|swears) (?:nobody|no one|noone|nothing)"
        r" (?:really |actually )?(?:there|here)\b"
        r"|\b(?:nobody|no one|noone|no ones|nobodys)(?: is| was)? (?:really |actually |even )?"
        r"there\b"
        r"|\b(?:theres|there is|there was) (?:nobody|no one|noone)(?= *(?:[.,;!]|$))"
        r"|\b(?:theyre|they are|theyre just|its|it is) not (?:really |actually )?(?:there|real)\b",
        about_self=False,
        guard=lambda s, m, t: (
            not _GOES_ON.search(t)  # (not "hasnt happened again")
            or not _BEINGS_TOLD_AS_THERE.search(t)
            or bool(_BEINGS_EXPLAINED.search(t) or _RESOLVED.search(t, max(t.find(s), 0)))
            or _still_going(s, m, t)
        ),
    ),
    _concept(
        "urgent",
        "clinical_terms",
        "urticaria|angio|anaphyla|stridor|cyano|aphasi|dysarthri|hemipares|facial droop|ictal"
        "|radiat"
        "|tonic|grand mal|epilepticus|hypertensive|syncop|dyspn|persist|hallucinat",
        r"\b" + _CLINICAL + r"\b",
        about_self=False,
        guard=lambda s, m, t: (
            bool(_CLINICAL_PAST.search(s))
            or _general_question(s, m, t)
            or _hypothetical(s, m, t)
            or bool(_RESOLVED.search(s))
        ),
    ),
    _concept(
        "urgent",
        "dropped_like",
        "like a|like an",
        _DROPPED_LIKE,
        about_self=False,
        guard=lambda s, m, t: bool(_DROPPED_BENIGN.search(s)) or _faint_benign(s, m, t),
    ),
)

# --------------------------------------------------------------------------------------------
# Emoji said instead of words. Read from the raw text (normalising keeps them, but the rules
# are written for words), and only in messages that hold one of them.
_EMOJI_BLADE = "\U0001f52a\U0001f5e1\U0001fa92"  # kitchen knife, dagger, razor
_EMOJI_BLOOD = "\U0001fa78"  # drop of blood
_EMOJI_PILL = "\U0001f48a"
# coffin, urn, headstone, knot, pistol, skull and crossbones
_EMOJI_DEATH = "\u26b0\u26b1\U0001faa6\U0001faa2\U0001f52b\u2620"
_EMOJI_ANY = re.compile(f"[{_EMOJI_BLADE}{_EMOJI_BLOOD}{_EMOJI_PILL}{_EMOJI_DEATH}]")
# sad and tired faces, broken and black hearts, a wilted flower, a wave, folded hands
_EMOJI_SAD = re.compile(
    "[\U0001f614\U0001f61e\U0001f622\U0001f62d\U0001f494\U0001f629\U0001f940\U0001f5a4"
    "\U0001f44b\U0001f64f\U0001f62a\U0001f625\U0001f613\U0001f615\U0001f97a]"
)
_EMOJI_FOOD = re.compile(
    r"\b(?:cook\w*|chop\w*|dinner|lunch|tea|veg\w*|steak|meat|kitchen|recipe|butcher\w*"
    r"|knife skills|carv\w* the|halloween|costume|film|movie|show|game|gaming|tattoo\w*"
    r"|period|blood test|bloods|donat\w*|donor|nosebleed|vampire|horror|zombie)\b"
    r"|[\U0001f969\U0001f356\U0001f955\U0001f9c5\U0001f345\U0001f952\U0001f357\U0001f383"
    r"\U0001f47b\U0001f9db\U0001f3ae\U0001f602\U0001f923\U0001f480]"
)
_EMOJI_WISH = re.compile(
    r"\b(?:want|wanna|wish|ready|soon|tonight|me|myself|goodbye|bye|done|over|end|forever"
    r"|again|now|cant|sorry|all|tired)\b"
)
_EMOJI_ALL = re.compile(r"\b(?:all|every|everything|whole|entire|lot|bottle|stash|box|packet)\b")
_EMOJI_FINAL = re.compile(
    r"\b(?:tonight|now|bye|goodbye|forever|done|ready|end|sorry|love you|night night)\b"
    r"|[\U0001f44b\u26b0\U0001faa6\U0001f940\U0001f5a4\U0001f494\U0001fae1]"
)
_EMOJI_ROUTINE = re.compile(
    r"\b(?:took my|taken|take my|reminder|morning|breakfast|refill\w*|pharmacy|prescri\w*"
    r"|dose|doses|organi[sz]er|vitamins?|supplements?|with food|as usual|usual)\b|\u2705"
)


def _emoji_crisis(text: str) -> str | None:
    """'🔪🩸 again', '💊💊💊 all of them tonight 👋', '⚰️ ready 😔': means and death in emoji."""
    if text.isascii() or not _EMOJI_ANY.search(text):
        return None
    words = _normalise(text)
    if _EMOJI_FOOD.search(words) or _LAUGH.search(words):
        return None
    blades = sum(text.count(c) for c in _EMOJI_BLADE)
    if blades and _EMOJI_BLOOD in text:
        return "blade and blood emoji"
    pills = text.count(_EMOJI_PILL)
    if (
        pills
        and (pills >= 3 or _EMOJI_ALL.search(words))
        and _EMOJI_FINAL.search(words)
        and not _EMOJI_ROUTINE.search(words)
    ):
        return "pills emoji with a farewell"
    death = sum(text.count(c) for c in _EMOJI_DEATH)
    if death and (_EMOJI_SAD.search(text) or _EMOJI_WISH.search(words)):
        return "death emoji with a wish"
    return None


# Round 12 (blind set 8): danger said plainly but in words no rule had -- "im not safe
# tonight", "the thoughts of ending it are back", picturing harming a baby, all 30 of a
# prescription "at once", hoping a treatment stops one's heart.
_PILL_WORDS = (
    r"(?:pills|tablets|meds|capsules|sleeping pills|painkillers|lorazepam|diazepam|ativan"
    r"|xanax|valium|klonopin|clonazepam|trazodone|zopiclone|zolpidem|ambien|sertraline"
    r"|prozac|seroquel|quetiapine|oxy\w*|codeine|tramadol|paracetamol|tylenol)"
)
_ROUND12_CRISIS: tuple[_Concept, ...] = (
    _concept(
        "crisis",
        "unsafe_now",
        "safe",
        r"\b(?:im|i am|i m|i feel|feeling|i dont feel|i do not feel) (?:really |so |just )?"
        r"(?:not |un)?safe(?: (?:with|around|from) myself| to be (?:left )?alone| alone"
        r"| on my own)?(?: (?:tonight|right now|rn|now|at the moment|today))?\s*(?:[.,!;?\n]|$)"
        r"|\bnot safe (?:with|around|from) myself\b",
        about_self=False,
        guard=lambda s, m, t: (
            not re.search(r"\b(?:not|dont|do not|un)\b", m.group(0))
            or bool(re.search(r"\b(?:neighbou?rhood|area|street|drive|driving|road|roads)\b", s))
        ),
    ),
    _concept(
        "crisis",
        "dark_thoughts_back",
        "back|return|again",
        r"\b(?:(?:thoughts?|urges?|feelings?|ideas?) (?:of|about) (?:ending (?:it|things|my life"
        r"|everything)|suicide|killing myself|dying|death|not being here|self harm\w*|hurting"
        r" myself|cutting)|(?:suicidal|dark|death) (?:thoughts?|urges?|feelings?))"
        r" (?:\w+ ){0,2}(?:are|is|have|has|came|come|coming|crept|creeping)? ?(?:back|returned"
        r"|returning|again)\b",
        about_self=False,
    ),
    _concept(
        "crisis",
        "picturing_harm_to_a_child",
        "baby|child|kid|son|daughter|toddler",
        r"\b(?:picture|picturing|imagine|imagining|thoughts? of|keep seeing myself|urge to)"
        r" (?:\w+ ){0,2}(?:shaking|hurting|hitting|smothering|drowning|dropping|throwing)"
        r" (?:the|my|our|her|his) (?:baby|child|kid|son|daughter|toddler)\b",
        about_self=False,
    ),
    _concept(
        "crisis",
        "whole_supply_at_once",
        "at once|in one go|all together",
        r"\b(?:take|swallow|down|have) all (?:of )?(?:[1-9][0-9]|twenty|thirty|forty|fifty)"
        r" (?:of )?(?:my |the |these )?(?:\w+ )?" + _PILL_WORDS + r" (?:at once|in one go)\b",
        about_self=False,
    ),
    _concept(
        "crisis",
        "hoping_heart_stops",
        "heart",
        r"\b(?:hop\w*|wish\w*|pray\w*|want\w*) (?:that )?(?:the \w+ |it |this |my heart )?"
        r"(?:just |would |will )*(?:stops? my heart|my heart (?:just |would |will )*stops?)\b",
        about_self=False,
    ),
)


# --------------------------------------------------------------------------------------------
# Round 13 families (the thirteenth session's blind sets, 51 and 52, and mixed_40). Warning
# signs a relative sees: treasured things handed on with no reason given, a rope set up where
# a person could hang, a threat to kill the family; and violent thoughts rehearsed.

# What makes a gift a warning: no reason for it, and someone puzzled or afraid of it.
_GIFT_UNEXPLAINED = re.compile(
    r"\b(?:for no reason|no reason(?: (?:given|why|at all))?(?=\s*(?:[.,;!?]|and\b|$))"
    r"|out of (?:the blue|nowhere)|(?:was|were|is|seemed|looked"
    r"|got) (?:\w+ )?(?:confused|puzzled|weirded out)|(?:scared|afraid|worried|terrified)"
    r" (?:of )?what (?:that|it|this) means|what (?:that|it|this) means"
    r"|(?:shell|hell|theyll|she will|he will|they will) (?:get|understand) (?:it|why)"
    r" (?:eventually|one day|someday|soon|later|in time)"
    # ... or the reason is the giver's end: "he wont have to wait on the will now", "with the
    # time ive got left, which isnt much if i have my way", "deleted all my socials"
    r"|(?:wont|will not|doesnt|dont) (?:have to|need to) wait (?:on|for) (?:the|my) will"
    r"|(?:time|days|years) (?:ive|i have|i) (?:got )?left|if i have my way"
    # "so that he will not have to sort through my things later"
    r"|so (?:that )?(?:he|she|they|nobody|no one|the kids|my \w+) (?:will not|wont|doesnt|dont"
    r"|do not|does not|never|wouldnt|would not) (?:have to|need to) (?:sort|deal|clean|go through)"
    r"|deleted (?:all )?(?:of )?my (?:socials|social media|accounts?|profiles?|facebook"
    r"|instagram|insta|tiktok|snap\w*))\b"
)
# ... and what shows it was kindness: "gave my jacket to a guy at the shelter, he was
# confused but happy".
_GIFT_KIND = re.compile(
    r"\b(?:shelter|homeless|church|food bank|charity|donat\w*|(?:was|were|is|looked|seemed"
    r"|but) (?:so |really |very )?(?:happy|thrilled|delighted|grateful|thankful|excited)"
    r"|loved (?:it|them)|thanked me|needed it|needs it|needed them|outgrew|too small|too big"
    r"|detox|(?:a |taking a )?break from|for the (?:week|weekend|night|day|trip)|valet"
    r"|to (?:borrow|mind|watch|look after)|lend|lent|loan\w*)\b"
)
# Where a rope hangs: over or from something a person's weight could hang from.
_HANGING_POINT = (
    r"(?:beams?|rafters?|joists?|banisters?|bannisters?|stair ?rails?|railings?|the loft"
    r"|(?:hay ?)?loft|tree|branch|hook|ceiling fan|pipe|closet rod|clothes rail|door)"
)
_ROPE_SET = (
    r"(?:thrown|threw|throw|tied|tie|tying|hung|hang|hanging|looped|loop|knotted|strung|slung"
    r"|rigged|fastened|secured)"
)
# What makes a rope set up a worry: found, unexplained, or feared.
_ROPE_WORRY = re.compile(
    r"\b(?:found|wont (?:say|tell)|wouldnt (?:say|tell)|wasnt there before|scared|worried"
    r"|afraid|terrified|for me|my weight|hold me|test\w*|nobody knows|no one knows|dont tell"
    r"|too quiet|so quiet|too calm|what (?:it|that) means)\b"
)
_ROPE_ERRAND = re.compile(
    r"\b(?:swing|hammock|clothes ?line|washing|laundry|hoist\w*|pulley|tow\w*|climb\w*|gym"
    r"|workout|exercis\w*|decorat\w*|lights|lanterns?|christmas|halloween|plants?|tarp|tent"
    r"|camping|feeder|punching bag|boxing|tire|tyre|bales? up|lift\w*|haul\w*|hose)\b"
)
# What makes a threat to kill more than a figure of speech: anger, fear, a weapon, a first.
_THREAT_MEANT = re.compile(
    r"\b(?:angry|anger|rage|raging|furious|scared|afraid|terrified|frightened|meant it"
    r"|gun|rifle|shotgun|knife|never said anything like that|never (?:said|talked) like that"
    r"|hiding|sitting in the car|police|911"
    # "if i leave he will kill me and the kids": the threat that keeps someone from leaving
    r"|if i (?:leave|left|go|divorce|take the kids|call the police|tell anyone))\b"
)
# "said shed kill me if i leave my room messy again": a threat over a chore is a figure
_THREAT_OVER_A_CHORE = re.compile(
    r"\bif (?:i|we|you) (?:\w+ ){0,6}?again\b|\bif (?:i|we|you) (?:ever )?(?:post|eat|tell|forget"
    r"|lock|miss|spoil|touch|break|wear|use|track|leave (?:my|the|it|them|her|his|a|your))\b"
)
# A date is chosen calmly; a wedding's or a surgery's is not that.
_CALM_ABOUT_IT = re.compile(
    r"\b(?:calm|peace|peaceful|relief|relieved|at ease|lighter|settled) (?:about|with|now|since"
    r"|for the first)|\b(?:no one|nobody) knows\b|\b(?:dont|wont) tell\b"
)
_DATE_ERRAND = re.compile(
    r"\b(?:wedding|surgery|procedure|move|moving|trip|vacation|holiday|appointment|infusion"
    r"|retire\w*|induction|closing|launch|exam|interview|graduation|baptism|ceremony|court"
    r"|hearing|quit (?:date|smoking|drinking)|sober|start date|due date|c section|date night"
    r"|first date|save the date)\b"
)
_GUN_WORD = re.compile(
    r"(?:\.\s?(?:45|38|357|380|22|9mm)\b|\b(?:gun|pistol|handgun|revolver|rifle|shotgun|glock"
    r"|firearm|45|38|357|9mm)\b)"
)
_LOADED_NEAR = re.compile(r"\b(?:loaded|nightstand|bedside|under (?:my|the) pillow|in reach)\b")
_WEAPON_OR_PURSUIT = re.compile(
    r"\b(?:tire iron|tyre iron|bat|knife|gun|hammer|crowbar|machete|axe|his address|her address"
    r"|where (?:he|she|they) (?:lives?|parks?|works?|sleeps?|stays?)|follow(?:ed)? (?:him|her|them)"
    r"|next time)\b"
)
_GAME_OR_JOKE = re.compile(
    r"\b(?:game|gaming|boss|level|round|match|fight night|chess|mortal kombat|essay|project"
    r"|book|series|season|show|puzzle|crossword|race|lol|lmao|haha\w*|joking|kidding)\b"
)
_ENDING_SPOKEN_OF = re.compile(
    r"\b(?:(?:me|my) (?:continuing|going on|living|existence|being alive|life)|die|dying|death"
    r"|dead|suicid\w*|kill\w*|end (?:it|things|my life)|(?:dark|suicidal|intrusive) thoughts"
    r"|the thoughts are (?:loud|back|bad|worse)|not (?:continuing|going on)|expected value"
    r"|the numbers)\b"
)
_DIED_BY_SUICIDE = re.compile(
    r"\b(?:hanging (?:call|victim|death)|hanged|overdos\w*|od|jumper"
    r"|suicid\w*(?! squad)"
    r"|(?:shot|killed|hanged|hung|drowned|offed) (?:himself|herself|themselves)"
    r"|took (?:his|her|their) (?:own )?li(?:fe|ves)|ended (?:his|her|their) (?:own )?li(?:fe|ves)"
    r"|on (?:their|his|her) own terms)\b"
)
_FOUND_ERRAND = re.compile(
    r"\b(?:lost|hide and seek|find me (?:on|at|in the)|can find me|app|map|location|gps"
    r"|phone|fall|fell|seizure|diabet\w*|hypo\w*|insulin|live alone|alone in case)\b"
)
# What a message set to go out later is sent after: a will, letters, goodbyes.
_AFFAIRS_SET = re.compile(
    r"\b(?:(?:my|the|a|updated|new) will|wills|goodbyes?|passwords?|funeral|my affairs"
    r"|(?:final|last|goodbye) letters?)\b"
)
# ... and where it is only an errand: "scheduled an email to go to the clinic monday about
# my insurance card"
_MESSAGE_ERRAND = re.compile(
    r"\bto (?:go to )?(?:the )?(?:clinic|office|doctor|team|work|boss|landlord|school|bank)\b"
    r"|\babout (?:my|the|our) (?:insurance|appointment|bill|card|rota|schedule|meeting|rent)\b"
)
_THOUGHTS_NAMED = re.compile(r"\b(?:thoughts?|urges?|voices?)\b")
_CRISIS_PAST = re.compile(
    r"\b(?:(?:72 ?(?:hr|hour) |psych )?hold|suicid\w*|ideation|attempt\w*|dark thoughts|inpatient"
    r"|psych (?:ward|unit)|hospitali[sz]ed|safety plan|self harm\w*|cutting|kill\w*|end it"
    r"|die|dying)\b"
)
_MY_DYING = re.compile(
    r"\b(?:me dying|my death|i died|i was dead|killing myself|ending it|end my life|not being"
    r" here|suicide)\b"
)
_PT_FAREWELL = re.compile(r"\b(?:obrigad[oa] por tudo|adeus|tchau|me despe[cç]o|cuidem)")
_NOT_JOKING = re.compile(r"\b(?:seriously|for real|not joking|no joke|honestly|im serious)\b")
_ROUND13_CRISIS: tuple[_Concept, ...] = (
    # "gave his good pocketknife and his dad's watch to our son for no reason and i'm scared
    # what that means", "gave my switch and all my binders to my bff. she was confused":
    # treasured things handed on, and nobody knows why.
    _concept(
        "crisis",
        "treasures_handed_on",
        "gave|giving|given|handed|handing|signed|signing",
        r"\b(?:gave|given|giving|handed|handing) (?:away )?(?:\w+ )?(?:my|his|her|their|all"
        r" (?:my|his|her|their)) (?:\w+ ){0,8}?(?:to|away)\b"
        # "gave my grandson my fishing rods", "signed the truck and the gear over to my nephew"
        r"|\b(?:gave|giving|handed) (?:my|his|her|our) \w+ (?:my|his|her|all (?:my|his|her))"
        r" \w+|\bsign(?:ed|ing) (?:\w+ ){1,6}?over to\b",
        about_self=False,
        guard=lambda s, m, t: (
            not _GIFT_UNEXPLAINED.search(t)
            or bool(_NEED_REASON.search(t) or _WIND_DOWN_BENIGN.search(t) or _GIFT_KIND.search(t))
        ),
    ),
    # "found a rope thrown over the beam in the hay loft": a ligature set up.
    _concept(
        "crisis",
        "rope_set_up",
        "rope|noose|cord|belt",
        # "found a rope in the garage that wasnt there before, tied in a loop"
        r"\b(?:ropes?|cord|belt|extension cord) (?:[\w,]+ ){0,8}?tied (?:in|into) a"
        r" (?:loop|noose)\b"
        r"|\b(?:ropes?|noose|cord|belt|extension cord) (?:\w+ )?"
        + _ROPE_SET
        + r" (?:up )?(?:over|from|round|around|to|on) (?:the |a |my |our )?(?:\w+ )?"
        + _HANGING_POINT
        + r"\b|\b"
        + _ROPE_SET
        + r" (?:up )?(?:a |the |my |his |her |some )?(?:ropes?|noose|cord|belt|extension cord)"
        r" (?:up )?(?:over|from|round|around|to|on) (?:the |a |my |our )?(?:\w+ )?"
        + _HANGING_POINT
        + r"\b",
        about_self=False,
        guard=lambda s, m, t: (
            bool(_ROPE_ERRAND.search(t) or _LAUGH.search(t))
            or not (_ROPE_WORRY.search(t) or re.search(r"\b(?:loop|noose)\b", m.group(0)))
        ),
    ),
    # "he said he'd kill me and the kids if i ever leave": a threat to the family, reported.
    _concept(
        "crisis",
        "threat_to_kill_family",
        "kill|shoot|stab|strangle|hurt",
        r"\b(?:(?:he|she|they|my (?:husband|wife|partner|son|daughter|dad|father|mom|mother"
        r"|boyfriend|girlfriend|ex)) )?(?:said|says|told me|keeps saying|kept saying|threatened"
        r"|has threatened|was threatening|is threatening)(?: that| to)?"
        # ("said if i take his car keys he will kill me": the threat's condition first)
        r"(?: if [^.;!?]{1,50}?,?)? (?:(?:hed|shed|he would"
        r"|she would|hell|shell|he will|she will|theyd|theyll|he was going to|she was going to"
        r"|hes going to|shes going to) )?(?:kill|shoot|stab|strangle|hurt) (?:me and (?:the|my|our)"
        r" (?:kids|children|baby|boys|girls)|(?:the|my|our) (?:kids|children|baby)|us all|all of"
        r" us|us|everyone|me)\b",
        about_self=False,
        guard=lambda s, m, t: (
            not _THREAT_MEANT.search(t) or bool(_LAUGH.search(t) or _THREAT_OVER_A_CHORE.search(t))
        ),
    ),
    # "dale said at supper the farm would do better if he was gone and i could sell it with
    # the insurance": the burden, said by the patient and told by the family.
    _concept(
        "crisis",
        "burden_reported",
        "better|easier",
        r"\b(?:he|she|[a-z]+) (?:said|says|told (?:me|us|her|him)|keeps saying|kept saying"
        r"|thinks|believes)(?: \w+){0,3}? (?:that )?(?:the |his |her |our |my )?(?:farm|family"
        r"|kids|children|everyone|everybody|we|us|i|you|wife|husband|ranch|business|world|mom"
        r"|dad|boys|girls) (?:\w+ )?(?:would|will|d|could) (?:all )?(?:be better off|do better"
        r"|be better|be easier|manage better) (?:(?:if|when|once) (?:he|she)(?: was| were| is"
        r"| had| just)* (?:gone|dead|not here|not around|died|passed)"
        r"(?! (?:for|on|to|till|until|away|overnight|this|next|tomorrow)\b)|without (?:him|her)"
        r"(?=\s*(?:[.,;!?]|$|and\b|around\b|here\b)))",
        about_self=False,
        guard=lambda s, m, t: bool(_LAUGH.search(t)),
    ),
    # "i picked a date. december 3rd ... i feel calm about it for the first time in years":
    # a date chosen, and a calm that came with it.
    _concept(
        "crisis",
        "date_chosen_calmly",
        "date",
        r"\b(?:picked|chose|chosen|set|settled on|decided on) (?:a|the|my) date\b"
        r"(?! (?:for|to|of|with)\b)",
        about_self=False,
        guard=lambda s, m, t: not _CALM_ABOUT_IT.search(t) or bool(_DATE_ERRAND.search(t)),
    ),
    # "cleaned the .45 tonight and left it loaded on the nightstand. not for intruders."
    _concept(
        "crisis",
        "gun_not_for_defence",
        "not for",
        r"\bnot for (?:intruders|burglars|protection|self defen[cs]e|defen[cs]e|hunting|the range"
        r"|deer|coyotes|critters|varmints|bears)\b",
        about_self=False,
        guard=lambda s, m, t: not (_GUN_WORD.search(t) and _LOADED_NEAR.search(t)),
    ),
    # "next time i bring the tire iron and i finish him": a weapon and someone to finish.
    _concept(
        "crisis",
        "finish_someone",
        "finish|end him|end her|end them",
        r"\b(?:finish|end) (?:him|her|them)(?: off)?\b",
        about_self=False,
        guard=lambda s, m, t: not _WEAPON_OR_PURSUIT.search(t) or bool(_GAME_OR_JOKE.search(t)),
    ),
    # "the expected value of me continuing is negative ... acting on it tonight"
    _concept(
        "crisis",
        "acting_on_it_soon",
        "act on|acting on|acted on",
        r"\b(?:act|acting|going to act|gonna act|will act|plan to act) on (?:it|them|this|that|the"
        r" (?:thoughts|urges?|plan)) (?:tonight|today|now|soon|this (?:week|weekend)|tomorrow)\b",
        about_self=False,
        guard=lambda s, m, t: not _ENDING_SPOKEN_OF.search(t) or bool(_LAUGH.search(t)),
    ),
    # "ran a hanging call last week and honestly part of me was jealous of the guy"
    _concept(
        "crisis",
        "envy_of_the_dead",
        "jealous|envious|envied|envy",
        r"\b(?:jealous|envious|envied|envy) (?:of )?(?:the|that|those|him|her|them)\b",
        about_self=False,
        # (told in the sentence or before it: "ran a hanging call ... jealous of the guy")
        guard=lambda s, m, t: not _DIED_BY_SUICIDE.search(t[: t.find(s) + len(s)]),
    ),
    # "i want to make sure somebody finds me before too long"
    _concept(
        "crisis",
        "found_after",
        "find me|finds me|found me|find my body|finds my body|found my body",
        r"\b(?:someone|somebody|they|people|anyone|anybody|she|he) (?:\w+ )?(?:finds?|will find"
        r"|would find|to find|found) (?:me|my body)\b(?! (?:a|an|the|some|my)\b)"
        r"(?=.{0,40}\b(?:before (?:too )?long|in time|quickly|too late|before (?:the|my) \w+))",
        about_self=False,
        guard=lambda s, m, t: bool(_LAUGH.search(t) or _FOUND_ERRAND.search(t)),
    ),
    # "updated my will and scheduled an email to go out to my sister friday morning"
    _concept(
        "crisis",
        "message_set_to_go_after",
        "schedul",
        r"\bschedul\w* (?:an? |the |some |my )?(?:emails?|messages?|texts?|posts?|letters?)"
        r"(?: \w+){0,3}? (?:to (?:go out|send|be sent|go to|arrive)|for (?:after|when))\b",
        about_self=False,
        guard=lambda s, m, t: not _AFFAIRS_SET.search(t) or bool(_MESSAGE_ERRAND.search(t)),
    ),
    # "held the lighter to her arm again around 2am to feel something": a burn, meant
    _concept(
        "crisis",
        "burn_meant",
        "lighter|cigarette|match|flame|hot",
        r"\b(?:held|hold|holding|pressed|pressing|put|putting) (?:a |the |my |her |his )?(?:lit )?"
        r"(?:lighter|cigarette|match|flame|hot (?:\w+ )?(?:knife|spoon|iron|pan|metal|coin))"
        r" (?:\w+ )?(?:to|on|against|into) (?:my|her|his|their) (?:\w+ )?(?:arms?|skin|wrists?"
        r"|legs?|thighs?|hands?|stomach|belly)\b",
        about_self=False,
        guard=lambda s, m, t: not (_ACT_MEANT.search(t) or re.search(r"\bagain\b", s)),
    ),
    # "therapist said to tell someone if the thoughts came back so. theyre back."
    _concept(
        "crisis",
        "they_are_back",
        "back",
        r"\b(?:theyre|they are|theyve come|they have come|the thoughts are) back\b"
        r"(?! (?:from|home|in town|at|to|on)\b)",
        about_self=False,
        guard=lambda s, m, t: not (_THOUGHTS_NAMED.search(t) and _CRISIS_PAST.search(t)),
    ),
    # "havent cut in 2 years but i want to so bad": an urge back after a long while
    _concept(
        "crisis",
        "urge_after_a_long_while",
        "havent|have not|hadnt|been clean|had not",
        r"\b(?:havent|have not|hadnt|had not) (?:cut|self harmed|hurt myself|harmed myself"
        r"|burned myself|burnt myself) (?:in|for) (?:\w+ ){0,3}?(?:years?|months?|weeks?|ages"
        r"|a long time|a while)\W+(?:but|and) (?:i )?(?:really |so )?(?:want|wanna|need|have"
        r" to fight the urge|cant stop thinking about)",
        about_self=False,
    ),
    # "dei meu gato e minhas roupas pra minha prima. não vou precisar mais. obrigada por
    # tudo": things no longer needed, with a farewell
    _concept(
        "crisis",
        "no_longer_needed_portuguese",
        "precisar",
        r"\bn[aã]o vou (?:mais )?precisar (?:mais|deles|dela|disso)\b",
        about_self=False,
        guard=lambda s, m, t: not _PT_FAREWELL.search(t),
    ),
    # "only upside of me dying ... seriously though ive been thinking about it a lot"
    _concept(
        "crisis",
        "dwelling_on_dying",
        "thinking about it|thought about it",
        r"\b(?:been |keep |cant stop )?(?:thinking|thought) about it (?:a lot|constantly|all the"
        r" time|every day|more and more|more|nonstop|non stop|like a lot)\b",
        about_self=False,
        guard=lambda s, m, t: (
            not _MY_DYING.search(t) or bool(_LAUGH.search(t) and not _NOT_JOKING.search(t))
        ),
    ),
)


# (fourteenth session)
_GIVEN_OR_REHOMED = re.compile(
    r"\b(?:gave|given|giving|give|handed|rehom\w*"
    r"|found (?:him|her|them|it) a (?:new |good )?home)\b"
)
_AROUND_LESS = re.compile(
    r"\b(?:travel\w*|deploy\w*|moving|move|allerg\w*|landlord|lease|work (?:long|nights|away)"
    r"|hours|shifts?|never home|away a lot|away so much|new baby|apartment|no yard|too old to"
    r"|cant (?:walk|keep up with) (?:him|her|them))\b"
)
# (the quotes around "after" are gone by now: normalise.py takes them out)
_ARRANGED_AFTER = re.compile(
    r"\b(?:promise|make sure|swear|made me (?:promise|swear))(?: \w+){0,6}? (?:take care of"
    r"|look after|care for|keep|have|get|goes? to|give|feed|walk)(?: \w+){0,6}? after(?=\W*$)"
)
# ... asked of the writer by someone else, or the writer asks what it means
_AFTER_ASKED_OF_ME = re.compile(
    r"\b(?:asked|made|makes|wants|wanted|told|begged) (?:me|us)\b|\bafter what\b"
)
_SELF_HARM_SEEN = re.compile(
    r"\b(?:again|on purpose|deliberately|herself|himself|themselves|self harm\w*|scars?|hid\w*"
    r"|razor|blade|sleeves|cuts|cutting)\b"
)
_CUT_BY_ACCIDENT = re.compile(
    r"\b(?:glass|window|broke|broken|accident\w*|knife slipped|slipped|fell|cooking|kitchen"
    r"|chopping|can lid|tin|paper|shaving|surgery|stitches from|iv|blood draw|practice|football"
    r"|soccer|game|sports?|playing|tackle\w*|stitches|fell|skateboard\w*|bike)\b"
)
_WAS_RIGHT_TO_DIE = re.compile(
    r"\b(?:they|he|she|those guys|them) (?:had|have|got) (?:the right idea|it right|it figured"
    r" out)|\b(?:they|he|she) (?:were|was) the (?:smart|lucky) ones?\b"
)
_ATE_THE_GUN = re.compile(
    r"\bate (?:their|his|her|a) (?:guns?|pistol|rifle|shotgun|service weapon)\b"
)
# "not for a patient": a clinician's or a vet's question about means, asked for the writer
_NOT_FOR_A_PATIENT = (
    r"\bnot for (?:a |the |my |any )?(?:patients?|clients?|residents?|animals?|pets?|dogs?"
    r"|cats?|horses?|work|a paper|class|school|the job)\b"
)
_MEANS_FOR_ME = re.compile(
    _NOT_FOR_A_PATIENT + r"|\b(?:its|it is|thats|this is|asking) for me\b|\bfor myself\b"
)
# "i'm ashamed to even type that": the writer's own thought, told with shame
_ASHAMED_TO_SAY = re.compile(
    r"\b(?:ashamed|shouldnt (?:even )?(?:say|type|think)|cant believe i(?:m| am)? (?:even )?(?:typ"
    r"|think|say|writ)\w*|scared of (?:myself|what im thinking)|nobody knows|dont tell)\b"
)
_A_REFILL = re.compile(r"\b(?:refill|pharmacy|prescription|rx|trip|vacation|travel\w*|pill ?box)\b")
_DRUG_AT_HAND = re.compile(
    r"\b(?:morphine|fentanyl|oxy\w*|opioids?|insulin|pills|tablets|tylenol|meds|dilaudid"
    r"|hydromorphone|benzos?|xanax|ativan|lorazepam|ketamine|potassium|narcotics?|waste)\b"
)
_DYING_ELSEWHERE = re.compile(
    r"\b(?:hospice|maid|assisted (?:dying|death|suicide)|terminal\w*|death with dignity|dignitas"
    r"|palliative|(?:my|his|her) (?:mom|mother|dad|father|grand\w+|husband|wife|patient)s?)\b"
)
_NOT_JOKING_AFTER_ALL = re.compile(
    r"\b(?:(?:wasnt|was not|werent|not|wasn't) (?:really )?(?:joking|kidding)|stopped being funny"
    # a joke said to have become a plan
    r"|not a joke|no joke|more like a plan|turning into a plan|becoming a plan)\b"
)
# Someone else wishing, of themselves: "he wishes he", "my son keeps wishing he", "she wished
# shed"
_ANOTHER_WISHES = (
    r"\b(?:he|she|they|(?:my )?(?:mom|mum|dad|son|daughter|husband|wife|brother|sister"
    r"|partner|boyfriend|girlfriend|friend|kid))(?: (?:just|still|always|even|really|keeps"
    r"|kept))*? (?:wish(?:es|ed)?|wishing) (?:that )?(?:he|she|they|hed|shed|theyd)"
)
_OBITUARY_BENIGN = re.compile(
    r"\b(?:class|exercise|assignment|workshop|prompt|course|group|therapist (?:had|asked|made)"
    r"|writing class|journal prompt)\b"
)
# Where going under is under water, not a business gone under or an anaesthetic
_BATHWATER = re.compile(r"\b(?:bath|bathtub|tub|water|pool|lake|river|sea|ocean|the deep end)\b")
# ... unless the writer says it is one no more: "it no longer feels like an exercise"
_NO_LONGER_AN_EXERCISE = re.compile(
    r"\b(?:no longer|not|isnt|stopped|doesnt|does not) (?:\w+ )?(?:feel(?:s|ing)? like |just"
    r" |really |even )?(?:an? |just an? )?(?:exercise|assignment|prompt|homework)\b"
)
_HARM_WISHED = re.compile(
    r"\b(?:break (?:his|her|their) (?:jaw|neck|nose|face|legs?|arms?|skull)|hurt (?:him|her|them)"
    r"|kill (?:him|her|them)|beat (?:him|her|them)|smash|punch|stab|strangle|choke)\b"
)
_AN_END_NAMED = re.compile(
    r"\b(?:not around|not here|no longer here|gone|dead|die|dying|kill\w*|end (?:it|things|my life)"
    r"|suicid\w*|overdos\w*|never wake|not wake|take (?:them )?all|last (?:time|message|check))\b"
)
# "i still dont get why", "therapy is helping me understand it": grief, not a pull
_UNDERSTOOD_IN_GRIEF = re.compile(
    r"\b(?:dont|do not|cant|cannot|never|trying to|try to|help(?:ing|s|ed)? me|therap\w*"
    r"|counsel\w*|grief|support group|why anyone|thanks|thank you|question|explain\w*)\b"
)
_SELF_HARM_SIGNS = re.compile(
    r"\b(?:bloody|blood|cuts?|cutting|sleeves|hid\w*|hiding|says (?:its|it is) nothing|stay out"
    r"|wont (?:say|talk|tell)|locked)\b"
)
_BLOOD_OR_BLADE_EXPLAINED = re.compile(
    r"\b(?:shav\w*|nick\w*|beard|craft|box cutter at work|nose ?bleeds?|bloody nose|period"
    r"|scraped|(?:cut|sliced) (?:his|her|my) (?:finger|thumb|hand)|cold|flu|sinus\w*|sick)\b"
)
_MEANS_SOUGHT_FOR_A_REASON = re.compile(
    r"\b(?:hunt\w*|deer|elk|season|range|clean\w*|sell|selling|sold|headache|back hurts|pain"
    r"|fever|tylenol|advil|ibuprofen)\b"
)
_A_THING_RE_HOMED = re.compile(
    r"\b(?:dog|cat|puppy|kitten|pet|horse|plant|car|truck|bike|house|job|company|team"
    r"|business|project|piano|guitar)\b"
)
_WEARY_OF_IT = re.compile(
    r"\b(?:so tired of (?:this|it|everything|living|the pain)|done with (?:this|it|everything)"
    r"|want (?:it|this) (?:all )?to stop|cant do this anymore)\b"
)
_ILL_AND_DYING = re.compile(
    r"\b(?:cancer|stage (?:4|iv|four)|terminal\w*|hospice|palliative|dementia|copd|heart failure"
    r"|als|dying|prognosis|months to live|weeks to live)\b"
)
_GOODBYE_PLACES = re.compile(
    r"\b(?:airport|plane|flight|station|party|reunion|graduation|funeral|wake|deployment"
    r"|deploy\w*|semester|college|dorm|retirement)\b"
)
_ROUND14_CRISIS: tuple[_Concept, ...] = (
    # "gave duke to my brother. dog deserves somebody whos going to be around": a pet handed
    # on, and the reason is the giver's absence.
    _concept(
        "crisis",
        "someone_who_will_be_around",
        "around|alive|here",
        r"\b(?:someone|somebody|a (?:person|family|home|owner)|people)(?: who| that|whos|thats)"
        r"(?: is| will|s)? (?:actually |really |still |definitely )?(?:going to|gonna|will)"
        r" (?:actually |still )?be (?:around|here|alive)\b"
        r"(?! (?:more|during|in the day|all day|more often|at home|for (?:walks|him|her|them)"
        r"|to (?:walk|play|look after|help)|at night|overnight|nights))",
        about_self=False,
        guard=lambda s, m, t: (
            not _GIVEN_OR_REHOMED.search(t) or bool(_AROUND_LESS.search(t) or _LAUGH.search(t))
        ),
    ),
    # "asked me to promise id take care of the dogs 'after'. after what": an after no one names.
    _concept(
        "crisis",
        "after_unnamed",
        "promise|make sure|swear",
        _ARRANGED_AFTER.pattern,
        about_self=False,
        guard=lambda s, m, t: (
            not _AFTER_ASKED_OF_ME.search(t) or bool(_LAUGH.search(t) or _ILL_AND_DYING.search(t))
        ),
    ),
    # A message that is only "last check in." (with thanks or a goodbye)
    _concept(
        "crisis",
        "bare_last_check_in",
        "check",
        r"^(?:(?:this is |this will be |thats )?my )?(?:last|final) check ?in\b"
        r"(?=\W*(?:(?:thanks|thank you|thx|ty|bye|goodbye|take care|love you all)\W*)?$)",
        about_self=False,
        guard=lambda s, m, t: _check_in_paused(t),
    ),
    # "she cut her wrists again, not deep, i cleaned them up": self-harm a relative tells.
    _concept(
        "crisis",
        "cuts_a_relative_tells",
        "cut|slit|slash|slic|carved",
        r"\b(?:cut|cuts|cutting|slit|slashed|slashing|sliced|carved into) (?:her|his|their)"
        r" (?:own )?(?:wrists?|arms?|thighs?|legs?|stomach)\b",
        about_self=False,
        guard=lambda s, m, t: (
            bool(_CUT_BY_ACCIDENT.search(s))
            or ("wrist" not in m.group(0) and not _SELF_HARM_SEEN.search(t))
        ),
    ),
    # "4 guys from my unit ate their guns ... starting to think they had the right idea"
    _concept(
        "crisis",
        "right_idea_to_die",
        "right idea|it right|figured out|smart ones|lucky ones|ate|smart one|lucky one",
        _WAS_RIGHT_TO_DIE.pattern + "|" + _ATE_THE_GUN.pattern,
        about_self=False,
        guard=lambda s, m, t: (
            (
                m.group(0).startswith("ate")
                and not (_WAS_RIGHT_TO_DIE.search(t) or _ENDING_SPOKEN_OF.search(t))
            )
            or (
                not m.group(0).startswith("ate")
                and not (_DIED_BY_SUICIDE.search(t) or _ATE_THE_GUN.search(t))
            )
            or bool(_LAUGH.search(t))
        ),
    ),
    # "doing the math on the morphine we waste at end of shift. not for a patient."
    _concept(
        "crisis",
        "dose_worked_out_for_me",
        "math|calculat|work|figur|count",
        r"\b(?:doing|did|do|doin) (?:the |some )?math on\b|\bcalculat\w* how (?:much|many)\b"
        r"|\b(?:work\w*|figur\w*) out how (?:much|many)\b|\bcount\w* (?:up )?how (?:many|much)\b",
        about_self=False,
        guard=lambda s, m, t: (
            not (_DRUG_AT_HAND.search(t) and (_MEANS_FOR_ME.search(t) or _ASHAMED_TO_SAY.search(t)))
            or bool(_LAUGH.search(t) or _A_REFILL.search(t))
        ),
    ),
    # "then said he doesnt plan on seeing christmas": no next season, as the family hears it
    _concept(
        "crisis",
        "no_next_season_told",
        "see|make it|be here|be around|making it|being here|being around",
        r"\b(?:(?:he|she) )?(?:said|says|told (?:me|us)|keeps saying|kept saying)(?: that)?"
        r" (?:he|she) (?:doesnt|does not|isnt|is not|wont|will not|dont)"
        r"(?: plan(?:ning)? (?:on|to)| expect to| going to| gonna)? (?:see|seeing|make it to"
        r"|making it to|be (?:here|around) for"
        r"|being (?:here|around) for|live to see) (?:another|next|this|the next|one more)"
        r" (?:winter|summer|spring|fall|autumn|christmas|xmas|birthday|year|new year|thanksgiving"
        r"|easter)\b",
        about_self=False,
        guard=lambda s, m, t: bool(
            _AWAY_FOR_A_TIME.search(t) or _VISITING.search(t) or _ILL_AND_DYING.search(t)
        ),
    ),
    # "3 guys I worked with ate their guns. starting to understand it": the dead understood
    _concept(
        "crisis",
        "understands_the_dead",
        "understand|get it|get why|makes sense|blame|see why|get them|get him|get her|more sense",
        r"\b(?:starting to |beginning to |i finally |i kind of |i kinda |i really |i )?"
        r"(?:understand|get) (?:it|why|them|him|her)(?: now| more)?\b(?! (?:wrong|right|done))"
        r"|\bmakes (?:more )?sense (?:to me )?now\b|\b(?:dont|do not|cant) blame (?:him|her|them)\b"
        r"|\bcan see why (?:they|he|she) did it\b",
        about_self=False,
        guard=lambda s, m, t: (
            not (_DIED_BY_SUICIDE.search(t) or _ATE_THE_GUN.search(t))
            or bool(_LAUGH.search(t) or _UNDERSTOOD_IN_GRIEF.search(s))
        ),
    ),
    # "found razor blades and bloody tissues in his bathroom trash": self-harm a parent finds
    _concept(
        "crisis",
        "self_harm_found",
        "razor|blade|bloody",
        r"\b(?:found|finding|saw|seen|noticed|keep finding)(?: \w+){0,3}? (?:razor blades?|razors"
        r"|blades|bloody (?:tissues|towels|rags|bandages|paper towels|sheets))\b",
        about_self=False,
        guard=lambda s, m, t: (
            not _SELF_HARM_SIGNS.search(t) or bool(_BLOOD_OR_BLADE_EXPLAINED.search(t))
        ),
    ),
    # "he asked where we hid grandpa's rifle": the means sought where it was hidden
    _concept(
        "crisis",
        "hidden_means_sought",
        "where",
        r"\b(?:asked|asking|asks|wanted to know|keeps asking) (?:me |us )?where (?:we|i|you|mom"
        r"|dad|they) (?:hid|hide|hidden|locked up|locked away|stashed) (?:the|my|his|her|our"
        r"|grandpas|dads|moms|\w+s) (?:\w+ )?(?:rifles?|guns?|pistols?|shotguns?|pills|meds"
        r"|medications?|ammo|bullets|gun safe key|keys? to the (?:gun )?safe)\b",
        about_self=False,
        guard=lambda s, m, t: bool(_MEANS_SOUGHT_FOR_A_REASON.search(t) or _LAUGH.search(t)),
    ),
    # "wrote my own obituary as a bit ... then realized i wasnt joking, it has a date in it"
    _concept(
        "crisis",
        "own_obituary",
        "obit|eulog",
        r"\b(?:wrote|written|writing|write|drafted|drafting|finished|started) (?:my|my own)"
        r" (?:own )?(?:obituary|obit|eulogy)\b",
        about_self=False,
        guard=lambda s, m, t: (
            bool(_OBITUARY_BENIGN.search(t) and not _NO_LONGER_AN_EXERCISE.search(t))
            or bool(_LAUGH.search(t) and not _NOT_JOKING_AFTER_ALL.search(t))
        ),
    ),
    # A wish to be dead, told of someone else: "told me at breakfast he wishes he hadnt woken
    # up", "she keeps saying she wishes she was dead"
    _concept(
        "crisis",
        "another_wishes_dead",
        "wish",
        _ANOTHER_WISHES
        + r" (?:hadnt|had not|didnt|did not|wouldnt|would not|doesnt|does not|never|wont"
        r"|will not) (?:\w+ )?(?:woken|woke|wake|waken)(?: up)?+\b"
        r"(?! (?:him|her|them|you|the|my|his|their|so|too|early|late|before|in time|at|for)\b)"
        r"|" + _ANOTHER_WISHES + r" (?:was|were|could be|would be) dead\b"
        r"(?! " + DEAD_AS_A_FIGURE + r"\b)",
        about_self=False,
        guard=lambda s, m, t: bool(_LAUGH.search(t)),
    ),
    # Thinking of slipping under the bathwater for good: "thought about just going under and
    # staying there"
    _concept(
        "crisis",
        "under_and_staying",
        "under",
        r"\b(?:go|going|goes|slip|slipping|sink|sinking|slide|sliding|went) under(?: the water)?"
        r"(?:,? and (?:just )?(?:stay|staying|stayed|not coming (?:back )?up"
        r"|never coming (?:back )?up|not come (?:back )?up|never come (?:back )?up)| for good"
        r"| forever)\b",
        about_self=False,
        guard=lambda s, m, t: bool(
            not _BATHWATER.search(t) or _WATER_LEISURE.search(s) or _LAUGH.search(t)
        ),
    ),
    # "my friend passed last week, overdose. i want to go the same way"
    _concept(
        "crisis",
        "the_same_way_as_the_dead",
        "same way|way he did|way she did|way they did",
        r"\b(?:want\w*|wanna|wish|thinking (?:about|of)|tempted|going to|gonna|might|could"
        r"|should|ready)(?: to)? (?:just )?(?:go|end up|end it) (?:the )?same way\b"
        r"(?! (?:home|to|back|as|we|you|every|each))"
        r"|\b(?:go|going|end|ending) (?:out )?the (?:same )?way (?:he|she|they) did\b",
        about_self=False,
        guard=lambda s, m, t: (
            not (_DIED_BY_SUICIDE.search(t) or _ATE_THE_GUN.search(t)) or bool(_LAUGH.search(t))
        ),
    ),
    # "still thinking about waiting for him by his car", after wanting to break his jaw
    _concept(
        "crisis",
        "lying_in_wait",
        "wait",
        r"\b(?:thinking (?:about|of)|going to|gonna|want to|wanna|plan(?:ning)? to|might|could)"
        r" (?:go )?(?:wait|waiting|lie in wait|lying in wait|laying in wait)"
        r" (?:for (?:him|her|them)|outside (?:his|her|their)|by (?:his|her|their)"
        r" (?:car|truck|house|door|place))",
        about_self=False,
        guard=lambda s, m, t: not _HARM_WISHED.search(t) or bool(_LAUGH.search(t)),
    ),
    # "asking hypothetically (not hypothetically)": the writer takes the hypothesis back
    _concept(
        "crisis",
        "not_hypothetically",
        "hypothetical|friend is me|its me|friend being me",
        r"\bhypothetical(?:ly)?\W+\(?not hypothetical(?:ly)?\b|\bthe friend is me\b"
        r"|\b(?:the )?friend (?:is|being) me\b|\bhypothetical(?:ly)?\W+(?:its|it is|i mean) me\b",
        about_self=False,
        guard=lambda s, m, t: not _AN_END_NAMED.search(t),
    ),
    # "already said bye to the people who matter", with plans for saturday
    _concept(
        "crisis",
        "goodbyes_said",
        "bye",
        r"\b(?:said|saying|say) (?:my )?(?:bye|byes|goodbye|goodbyes) to (?:the people|everyone"
        r"|everybody|the ones|those|all the people|anyone)(?: who| that)? (?:matter|count"
        r"|i love|i care about|that matter)\b",
        about_self=False,
        guard=lambda s, m, t: bool(
            _AWAY_FOR_A_TIME.search(t)
            or _VISITING.search(t)
            or _WIND_DOWN_BENIGN.search(t)
            or _GOODBYE_PLACES.search(t)
        ),
    ),
    # "she would be better off with literally anyone else ... they'd all be happier"
    _concept(
        "crisis",
        "better_with_anyone_else",
        "better off|happier",
        r"\bbetter off with (?:literally |just |pretty much |practically )?(?:anyone|anybody"
        r"|someone) (?:else|but me|other than me)\b"
        r"|\b(?:they|everyone|everybody|we|you)(?:d| would)(?: all)? be happier"
        r"(?= (?:without me|if i (?:was|were)n?t? (?:here|around)|with (?:someone|anyone) else))",
        about_self=False,
        guard=lambda s, m, t: bool(_LAUGH.search(t) or _A_THING_RE_HOMED.search(t)),
    ),
    # "he left a sticky note on the bathroom mirror that just says sorry, and he hasnt
    # answered his phone all morning"
    _concept(
        "crisis",
        "sorry_note_unreached",
        "sorry",
        r"\b(?:note|letter|text|message|card)(?: \w+){0,8}? (?:that )?(?:just |only )?(?:says|said"
        r"|reads|read) (?:im |i am )?sorry\b(?! (?:for|about|i ate|that i|we|to))",
        about_self=False,
        guard=lambda s, m, t: not _NOT_REACHED.search(t) or bool(_LAUGH.search(t)),
    ),
    # "what happens if someone puts on three fentanyl patches the day after ketamine? asking
    # for me": many doses at once, asked for oneself
    _concept(
        "crisis",
        "many_doses_for_me",
        "patches|pills|tablets|doses",
        r"\b(?:puts? on|putting on|wear\w*|wore|use\w*|takes?|taking|took|swallow\w*|apply\w*)"
        r" (?:\w+ ){0,2}?(?:(?:three|four|five|six|several|multiple|all (?:my|the|of (?:my|the))"
        r"|[3-9]|\d\d) (?:\w+ )?patches|(?:ten|twelve|fifteen|twenty|thirty|fifty|all (?:my|the"
        r"|of (?:my|the))|\d\d|a handful of|a bottle of|the whole bottle of) (?:\w+ )?(?:pills"
        r"|tablets|doses))\b(?! (?:a|per|each|every) (?:day|night|week)| daily)",
        about_self=False,
        guard=lambda s, m, t: (
            not (_ASKED_FOR_ME.search(t) or _WEARY_OF_IT.search(t)) or bool(_LAUGH.search(t))
        ),
    ),
    # "is it normal ... to feel completely calm about the decision to die? because i do."
    _concept(
        "crisis",
        "calm_about_dying",
        "calm|peace|settled|relieved|okay|ok with|fine about|fine with|ok about",
        r"\b(?:calm|at peace|peaceful|settled|relieved|ok|okay|fine) (?:about|with) (?:the |my )?"
        r"(?:decision|choice|plan|idea) (?:to die|to end (?:it|my life|things)|of dying)\b",
        about_self=False,
        # ("grandma is ok with the idea of dying, shes 96": someone else's acceptance)
        guard=lambda s, m, t: bool(
            _DYING_ELSEWHERE.search(t) or _THIRD_PERSON_JUST_BEFORE.search(s, 0, m.start())
        ),
    ),
)


# --------------------------------------------------------------------------------------------
# Spanish, the clinic's second language, by the same kinds as the English rules (after the
# C-SSRS): tired of living, a wish not to wake, God asked to take one, thoughts of a method,
# a burden the family would be better off without, a last message, things given away "que
# ya no voy a necesitar", and thoughts of hurting someone. The English rules know each of
# these; said in Spanish, the screen (which learned little Spanish) scored "estoy cansado de
# vivir" at 0.05. Accents are optional because phones drop them.

# Heights and traffic, the places one throws oneself from or under (not the sea, the pool or
# the floor: "quiero tirarme al mar y nadar", "ganas de tirarme al piso y dormir").
_ES_HEIGHTS = (
    r"(?:puente|edificio|techo|azotea|balc[oó]n|ventana|precipicio|barranco|acantilado|piso \d+"
    r"|[uú]ltimo piso)"
)
_ES_DROP = (
    r"(?:(?:del|de un|de una|de la|desde (?:el|la|un|una)) (?:\w+ )?"
    + _ES_HEIGHTS
    + r"|(?:al|a la|a las|frente (?:al|a un|a una|a la)|debajo (?:del|de un|de una)) (?:\w+ )?"
    r"(?:tren|metro|v[ií]as|carretera|autopista|tr[aá]fico|cami[oó]n|tr[aá]iler))"
)
# Pills in a method's own words ("tomarme todas las pastillas"), read in the match alone.
_ES_PILLS_IN_THE_METHOD = re.compile(
    r"pastillas|p[ií]ldoras|medicinas|pastis|frasco|bote|melas todas"
)
# A jump with no place said ("pensé en tirarme"), and the heights that make it one.
_ES_A_JUMP = re.compile(r"(?:brincar|saltar|tirarme|aventarme|lanzarme|dejarme caer)$")
_ES_HEIGHT = re.compile(r"\b(?:" + _ES_HEIGHTS + r"|andamio)\b")
# An accident: "me corté el brazo con el vidrio ... sin querer".
_ES_BY_ACCIDENT = re.compile(
    r"\b(?:sin querer|accidente|me ca[ií]|cocinando|afeit\w*|rasur\w*|jugando|abriendo|ramas"
    r"|jard[ií]n|torpe)\b"
)
_ES_ON_PURPOSE = re.compile(r"\b(?:a prop[oó]sito|otra vez|para sentir|hasta sangrar)\b")


def _es_accident(sentence: str) -> bool:
    return bool(_ES_BY_ACCIDENT.search(sentence)) and not _ES_ON_PURPOSE.search(sentence)


# The dead named, whom "irme con él" would join.
_ES_THE_DEAD = re.compile(
    r"\b(?:muri[oó]|murieron|falleci[oó]|fallecieron|se (?:nos )?fue(?! (?:a|de|con|para|al|por)\b)"
    r"|en el cielo|descanse"
    r"|difunt\w*|q\.?e\.?p\.?d)\b"
)
# A jump for fun, or onto a bed: "saltar del puente en bungee", "dejarme caer en la cama".
_ES_A_JUMP_FOR_FUN = re.compile(
    r"\b(?:bungee|paraca[ií]das|lago|alberca|piscina|al agua|al mar|al r[ií]o|cerca|cama|sof[aá]"
    r"|trampol[ií]n|vacaciones|verano|con mis|con los|pelota|casita)\b"
)
# Pills named anywhere in the message, by kind or by name.
_ES_PILLS_NAMED = re.compile(
    r"\b(?:pastillas|p[ií]ldoras|medicinas|pastis|frasco|bote|clonazepam|xanax|alprazolam"
    r"|tramadol|oxicodona|morfina|insulina|trazodona|zolpidem)\b"
)
# Pills taken all at once, not the day's pills taken as prescribed.
_ES_ALL_THE_PILLS = (
    r"(?:todas (?:las|mis) (?:\w+ ){0,2}?(?:pastillas|p[ií]ldoras|medicinas|pastis)|(?:el|todo"
    r" el) (?:frasco|bote)(?: entero)?|un mont[oó]n de (?:\w+ )?(?:pastillas|p[ií]ldoras"
    r"|medicinas|pastis))"
)
# ... which the day's pills taken as the doctor said are not.
_ES_PILLS_AS_PRESCRIBED = re.compile(
    r"\b(?:del d[ií]a|de hoy|diarias|de la ma[nñ]ana|de la noche|en la ma[nñ]ana|en la noche"
    r"|como (?:me )?(?:dijo|dijeron|indic\w+|recet\w+)|recetad\w+|para no olvidar\w*|a tiempo"
    r"|se me olvid\w+|antes de la infusi[oó]n|(?:se )?puede(?:n)? tomar|puedo tomar)\b"
)


# A way to die, as a verb the writer would do to themself: "matarme", or with the "me" before
# the verb, as Spanish often puts it ("me quiero tirar del puente"). Not "matarme estudiando",
# "colgarme la medalla" or "darme un tiro de café".
def _es_method(me: str) -> str:
    """The ways, with `me` after the verb ("matarme") or, for "me quiero matar", nothing."""
    return (
        rf"(?:matar{me}(?! (?:\w+(?:ando|iendo)|de (?:risa|trabajo|hambre|cansancio)"
        rf"|a (?:trabajar|estudiar)))|suicidar{me}|quitar{me} la vida|ahorcar{me}"
        rf"|colgar{me}(?! (?:la|el|los|las|un|una|mis?|su|sus)\b)|cortar{me} las venas"
        rf"|(?:pegar|dar|meter){me} un (?:tiro|balazo)(?! de)|volar{me} la cabeza"
        rf"|(?:tomar|tragar){me} {_ES_ALL_THE_PILLS}|(?:tirar|aventar|lanzar){me} {_ES_DROP})"
    )


_ES_METHOD = _es_method("me")
_ES_METHOD_AFTER_ME = _es_method("")
# Dying of a feeling, not of a wish: "de cansancio", "de los nervios", "de celos" (read
# where the match ends).
_ES_DIE_OF_A_FEELING = re.compile(
    r"\s*(?:de|del) (?:la |los |las )?(?:cansancio|dolor|nervios|risa|verg[uü]enza|celos|coraje"
    r"|susto|hambre|calor|fr[ií]o|sue[nñ]o|aburrimiento|emoci[oó]n|gusto|envidia|ganas|amor"
    r"|tristeza|pena|miedo|ansias)\b"
)
# A good reason to stop writing here: treatment over, a new number, a move.
_ES_LEAVING_FOR_A_REASON = re.compile(
    r"\b(?:porque|ya que|pues) (?:ya )?(?:termin[eé]|acab[eé]|me (?:dieron|dan) de alta|me"
    r" cambio|me mudo|cambi[eé]|voy a cambiar|me voy de (?:viaje|vacaciones))\b"
    r"|\b(?:termin[eé] (?:el|mi) tratamiento|de alta|n[uú]mero|tel[eé]fono|celular|mudanza"
    r"|vacaciones|viaje|otra cl[ií]nica|otro doctor|nueva app|aplicaci[oó]n|prometo)\b"
)
# A reason a thing will not be needed: "porque me compré un carro", "ya tengo otra".
_ES_NOT_NEEDED_FOR_A_REASON = re.compile(
    r"\b(?:renunci\w*|gradu[eé]|me gradu\w*|jubil\w*|vend[ií]|me mud\w*|cambi[eé] de|ya camino"
    r"|termin[eé] (?:la|el|mi|mis)"
    r"|me (?:compr[eé]|compr[oó]|compraron|dieron|regalaron|regal[oó])|tengo (?:un|una|otr[oa])"
    r" (?:nuev[oa]|mejor)?|compr[eé]|ya no (?:juego|uso|trabajo|manejo|cocino|pesco)"
    r"|fin de semana|de viaje|vacaciones|(?:ya )?estoy (?:mejor|bien)|(?:el|la) doctora? (?:dice"
    r"|dijo)|de alta)\b"
)
# Things handed on: what makes "no los voy a necesitar" about a life, not a tool.
_ES_GIVEN_AWAY = re.compile(
    r"\b(?:regal[eéo]|regalar[eé]|le di|les di|di mis|di mi|le doy|les doy|repart[ií]|reparto"
    r"|dej[eéo] (?:mis|mi|todo)|le dejo|les dejo|entregu[eé]|entrego|ya les dej[eé]|le dej[eé]"
    r"|les dej[eé]|voy a (?:dar|dejar|regalar)(?:le|les)?)\b"
)
# "ya no los voy a necesitar": said of things given away (given_away_spanish), or of things
# not needed for a reason (judge._a_thing_not_needed_for_a_reason).
ES_NOT_NEEDED = (
    r"(?:no|ya no) (?:l[oa]s? |le |les )?(?:voy a|van a|vaya a) (?:necesitar|hacer falta)"
)
# A goodbye or thanks for trying beside it.
_ES_FAREWELL = re.compile(
    r"\b(?:gracias por (?:todo|intentar|tratar)|cu[ií]d(?:ense|enlos|enlas|ate|amela)|adi[oó]s"
    r"|los quiero|perd[oó]n(?:enme)?|ya falta poco|que dios los bendiga|ni (?:a )?nada)\b"
)
# Papers left where family will find them, or the end said to be near: what makes "para
# cuando ya no esté" more than an heirloom promised.
_ES_AFFAIRS = re.compile(
    r"\b(?:papeles|seguro|testamento|cuentas|contrase[nñ]as|escrituras|p[oó]liza|funeral)\b"
)
_ES_END_NEAR = re.compile(
    r"\b(?:ya falta poco|falta poco|no voy a durar|me queda poco|ya no aguanto|ya me voy|pronto)\b"
)
# "me dieron ganas de matarlo jaja", "le pegaría por broma": a figure, not a thought.
_ES_JOKING = re.compile(r"\b(?:broma|bromeando|es chiste|jaja\w*|jeje\w*|lol|jk)\b")
# A try told as history: "mi mamá intentó suicidarse hace 20 años".
_ES_PAST_TRY = re.compile(r"\b(?:intent[oó]|trat[oó] de|quiso|iba a|quer[ií]a|hablaba)\b")
_ES_LONG_AGO = re.compile(
    r"\bhace (?:\w+ )?(?:a[nñ]os|mucho|tiempo)\b|\ben (?:19|20)\d\d\b|\bde joven\b"
    r"|\bcuando (?:era|[eé]ramos|ten[ií]a|estaba en)\b"
)
# Someone else's words: "mi suegra dice que soy un estorbo en la cocina".
_ES_THEIR_WORDS = re.compile(r"\b(?:dice|dicen|dijo|dijeron|me dice|me dijo) que (?:\w+ )?$")
# A child, a partner or a parent: who "sacudirlo" or "pegarle" would hurt.
_ES_PERSON = (
    r"(?:hij[oa]s?|espos[oa]|beb[eé]s?|ni[nñ][oa]s?|niet[oa]s?|mujer|marido|mam[aá]|pap[aá]"
    r"|suegr[oa]|herman[oa]s?|novi[oa]|ex|pareja|vecin[oa]|jefe|compa[nñ]er[oa])"
)
_ES_PERSON_RE = re.compile(r"\b" + _ES_PERSON + r"\b")
# A knife in the kitchen, a machete in the yard, a bat in the park.
_ES_TOOL_AT_WORK = re.compile(
    r"\b(?:cortar|cocinar|carne|cebolla|patio|yarda|limpiar|jugar|parque|b[eé]isbol|pelota"
    r"|monte|zacate|hierba|ramas|le[nñ]a|cocina|tapete|alfombra|polvo|s[aá]banas?|cobijas?"
    r"|ropa|toallas?|mantel|cortinas?|almohadas?|partido|equipo|juego)\b"
)
# What makes "lo mato" more than a way of talking: said so, or the means and the place ready.
_ES_NOT_A_FIGURE = re.compile(
    r"\b(?:no es forma de hablar|no estoy bromeando|s[eé] d[oó]nde (?:vive|trabaja|est[aá])"
    r"|tengo (?:el|la|un|una)"
    r" (?:bate|pistola|arma|cuchillo|machete|fierro))\b"
)
# A game: "romperle la cara al arbitro en el partido de mi hijo".
_ES_SPORT = re.compile(
    r"\b(?:partido|equipo|juego|[aá]rbitro|ampayer|umpire|cancha|liga|fortnite|videojuego)\b"
)
# The verbs a chore shares with a blow: "agarrar el cuchillo", "sacudir la alfombra".
_ES_A_CHORE = re.compile(r"agarrar|sacudir|pegarle|golpear")
# Anger that is real: the hurt wished on a person, or the writer's fear of it.
_ES_ANGER = re.compile(
    r"\b(?:grit\w*|pele\w*|enoj\w*|coraje|rabia|furia|me da miedo|miedo de lo que|no me"
    r" controlo|perd[ií] el control|me contuve)\b"
)


# "jajaja ya en serio, pienso en matarme": the laugh taken back.
_ES_IN_EARNEST = re.compile(r"\b(?:en serio|no es broma|no estoy bromeando|no es chiste)\b")


# A crisis said to be over: "pero ya no pienso en eso", "ya pasó" (not any later "ya no":
# "ya estoy cansada de vivir, ya no quiero nada" is not over).
_ES_CRISIS_OVER = re.compile(
    r"\b(?:ya (?:pas[oó]|estoy bien|est[aá] (?:bien|mejor))|ya no (?:lo )?(?:pienso|pens[eé]"
    r"|me pasa|tengo esos pensamientos|siento eso|quiero (?:morir\w*|matarme|hacerlo|nada de eso"
    r"|eso)|tengo ganas de eso|lo hago|lo he hecho|me corto|me lastimo))\b"
)


def _es_figure_or_denied(sentence: str, m: re.Match[str], text: str) -> bool:
    after = sentence[m.end() :]
    return (
        bool(_FOREIGN_FIGURE.search(sentence) and not _ES_IN_EARNEST.search(sentence))
        or bool(_ES_DIE_OF_A_FEELING.match(sentence, m.end()))
        or bool(_SPANISH_NOT.search(sentence[: m.start()]))
        or bool(_SPANISH_ANSWERED_NO.match(after))
        or bool(_ES_CRISIS_OVER.search(after))
    )


def _given_away_benign(sentence: str, m: re.Match[str], text: str) -> bool:
    """Things not needed with nothing given away, or for a reason; papers "para cuando ya no
    esté" with no end near and no affairs; a bare "no los voy a necesitar" without a goodbye."""
    said = m.group(0)
    if said.startswith("para"):
        if not (_ES_END_NEAR.search(text) or _ES_AFFAIRS.search(text)):
            return True
    elif not _ES_GIVEN_AWAY.search(text):
        return True
    return (
        (said.endswith("necesitar") and not _ES_FAREWELL.search(text))
        or bool(_ES_NOT_NEEDED_FOR_A_REASON.search(text))
        or _es_figure_or_denied(sentence, m, text)
    )


def _harm_others_spanish_benign(sentence: str, m: re.Match[str], text: str) -> bool:
    """A joke, a game, a chore; a shake with no person named ("sacudirlo, el tapete"); a weapon
    taken up with no anger told ("agarrar el cuchillo para cortar la carne")."""
    said = m.group(0)
    return (
        bool(_ES_JOKING.search(sentence) and not _ES_IN_EARNEST.search(sentence))
        or _es_figure_or_denied(sentence, m, text)
        or bool(_ES_SPORT.search(text))
        or bool(_ES_TOOL_AT_WORK.search(text) and _ES_A_CHORE.search(said))
        or ("sacudirl" in said and not _ES_PERSON_RE.search(text))
        or ("agarrar el" in said and "matar a" not in said and not _ES_ANGER.search(text))
    )


# What "cansado de vivir" or "sin sentido la vida" is said about when it is not the life
# itself: "harta de vivir con mis suegros", "harto de la vida de ciudad", "no tiene sentido
# vivir tan lejos".
_ES_LIFE_QUALIFIED = (
    r"(?! (?:con|en|de|del|tan|sin|lejos|cerca|junto|bajo|entre|al|a la|aqu[ií] en|por|sol[oa]"
    r"|rentando|pagando|nocturna|social|laboral|diaria|moderna|loca|sedentaria|adulta)\b)"
)


_SPANISH_CRISIS: tuple[_Concept, ...] = (
    # "ya estoy cansado de vivir", "no le veo sentido a la vida", "ojala no despertar", "le
    # pido a Dios que me lleve", "si amanezco muerto mañana mejor".
    _concept(
        "crisis",
        "wish_dead_spanish",
        "vivir|vida|existir|viv|despert|despiert|amanec|abrir los ojos|lleve|recoja|llevara"
        "|muera|muriera|muert|existiera|nacido|desaparec|vame|diera|recog|estar aqu|morir"
        "|muero",
        r"\b(?:cansad[oa]|hart[oa]|agotad[oa]|fastidiad[oa]) de (?:vivir|la vida|existir"
        r"|estar viv[oa]|seguir viv[oa]|seguir viviendo)\b"
        + _ES_LIFE_QUALIFIED
        + r"|\bno (?:le )?(?:veo|encuentro|tiene) (?:ning[uú]n )?(?:sentido|raz[oó]n)"
        r" (?:a |de |para )?(?:la vida|mi vida|vivir|seguir viviendo|seguir viv[oa]"
        r"|estar viv[oa])\b"
        + _ES_LIFE_QUALIFIED
        # a wish not to wake, ending its clause: not "no despertarme cansada", "no despertar
        # al bebé", "no amanecer cruda"
        + r"|\b(?:ojal[aá]|quisiera|deseo|prefiero|me gustar[ií]a|rezo para|pido) (?:\w+ ){0,2}?"
        r"(?:ya )?no (?:despertar(?:me)?|despierte|despertara|amanecer|volver a despertar|abrir"
        r" los ojos)(?=\s*(?:$|[.,;!?…]|nunca|m[aá]s|jam[aá]s|ma[nñ]ana|ya|y ))"
        r"|\b(?:m[aá]s f[aá]cil|mejor|prefiero|quisiera) (?:\w+ )?no (?:existir|estar aqu[ií]"
        r"|haber nacido)\b"
        # "no sirvo para nada, mejor me muero de una vez"; "si me muero nadie me va a extrañar"
        r"|\bmejor (?:ya )?(?:me muero|me muera|morirme)\b(?! de (?:risa|verg[uü]enza|hambre"
        r"|fr[ií]o|calor|sue[nñ]o|aburrimiento|ganas|envidia|miedo)\b)"
        r"|\bsi (?:yo )?me (?:muero|muriera)(?: \w+){0,2}?,? nadie (?:me |lo |se )?"
        r"(?:va a |iba a )?(?:extra[nñ]\w*|echa\w* de menos|not\w*|dar[ií]a cuenta|dar cuenta)"
        r"|\b(?:pienso|pensando|pensaba) (?:mucho )?en (?:la muerte|morir(?:me)?)(?: \w+){0,3}?"
        r" (?:todo el d[ií]a|todo el tiempo|cada d[ií]a|siempre|en c[oó]mo hacerlo)\b"
        r"|\b(?:si|ojal[aá]|quisiera|mejor) (?:\w+ ){0,2}?(?:amanezco|amaneciera|amanezca|amanecer"
        r"|despierto|despertara|me encuentran|me encontraran) muert[oa]\b"
        r"|\bojal[aá] (?:yo )?(?:me muera|me muriera|estuviera muert[oa]|no existiera"
        r"|no hubiera nacido|desapareciera|me diera (?:un|algo)(?: \w+){0,3}? y ya)\b"
        # God asked to take the writer, not to take them safely somewhere
        r"|\b(?:pido|ruego|rezo|rogu[eé]|ped[ií]|pidiendo|rogando|rezando) (?:a dios|al se[nñ]or"
        r"|a diosito)(?: \w+){0,2}? (?:que|para que) me (?:lleve|llevara|recoja|recogiera)\b"
        r"(?! (?:con|sana|sano|a|al|hasta|de|por|bien|en|contigo|a salvo)\b)"
        r"|\bque (?:dios|el se[nñ]or|diosito) (?:ya )?me (?:lleve|recoja)\b"
        r"(?! (?:con|sana|sano|a|al|hasta|de|por|bien|en|contigo|a salvo)\b)"
        r"|\b(?:dios|se[nñ]or|diosito),? ll[eé]vame\b"
        r"(?! (?:con|a|al|hasta|de|por|bien|en|contigo|a salvo)\b)",
        about_self=False,
        spanish=True,
        guard=_es_figure_or_denied,
    ),
    # Hurting one's own body on purpose, in Spanish: "me quemé el brazo con una cuchara
    # caliente para sentir algo", "me raspé el brazo con un clip hasta sangrar".
    _concept(
        "crisis",
        "self_act_spanish",
        "quem|rasp|ara|rasgu|golpe|cort",
        r"\bme (?:quem[eé]|rasp[eé]|ara[nñ][eé]|rasgu[nñ][eé]|golpe[eé]|cort[eé]) (?:el|la|los|las"
        r"|mis?) (?:brazos?|piernas?|mu[nñ]ecas?|muslos?|piel|est[oó]mago|panza|cabeza)\b"
        r"(?=[^.!?]{0,60}\b(?:a prop[oó]sito|para sentir|hasta (?:sangrar|que sangr\w*)|otra vez"
        r"|con (?:una?|el|la) (?:cuchara caliente|encendedor|cigarro|clip|navaja|vidrio|aguja"
        r"|tijeras|cuchilla)))",
        about_self=False,
        spanish=True,
        guard=lambda s, m, t: _es_figure_or_denied(s, m, t) or _es_accident(s),
    ),
    # The dead joined, in Spanish: "mi hijo murió hace un año, ya quiero irme con él".
    _concept(
        "crisis",
        "join_the_dead_spanish",
        "irme con|estar con|reunirme con",
        r"\b(?:quiero|quisiera|ya quiero|me quiero|ojal[aá]|deseo|pido a dios) (?:ya )?(?:irme"
        r"|estar|reunirme) con (?:[eé]l|ella|ellos|mi \w+)(?=\s*(?:$|[.,;!?…]|ya |en el cielo"
        r"|all[aá]))",
        about_self=False,
        spanish=True,
        guard=lambda s, m, t: not _ES_THE_DEAD.search(t) or _es_figure_or_denied(s, m, t),
    ),
    # A way to die, thought of, wanted or planned: "estaba pensando en tomarme todas las
    # pastillas de la presión juntas", "he pensado en tirarme del puente", "me quiero
    # ahorcar".
    _concept(
        "crisis",
        "method_thought_spanish",
        "matar|suicidar|quitar|ahorcar|colgar|venas|tiro|balazo|volar|tomar|tragar|tirar"
        "|aventar|lanzar|brincar|saltar|dejarme caer|estrellar|chocar|estampar|usarl|rmelas",
        r"\b(?:pienso en|pens[eé] en|pensando en|pensaba en|he pensado en|se me (?:ocurre"
        r"|ocurri[oó])|tengo ganas de|me dan ganas de|me dieron ganas de|ganas de|quiero"
        r"|quisiera|planeo|planeando|voy a|iba a|estuve a punto de|a veces quiero|tentad[oa] de"
        r"|tentaci[oó]n de|pensamientos de)(?: \w+){0,2}? "
        + _ES_METHOD
        + r"\b|\bme (?:quiero|quisiera|voy a|iba a|pienso|dan ganas de|dieron ganas de)"
        r" " + _ES_METHOD_AFTER_ME + r"\b"
        # the car turned on oneself, a means kept for oneself, a jump from where one stands
        r"|\b(?:ganas de|quiero|pienso en|pensando en|pens[eé] en) (?:estrellar|chocar|estampar)"
        r" (?:el|mi|la) (?:carro|coche|troca|camioneta)(?: \w+){0,2}? contra\b"
        r"|\b(?:pensar|pensando|pienso|pens[eé]) en usarl[oa]s? (?:conmigo|contra m[ií]|en m[ií])\b"
        # a jump from where the writer stands (the height named in the message)
        r"|\b(?:no s[eé] si|a punto de|pienso en|pens[eé] en|pensando en|pensaba en)"
        r" (?:brincar|saltar|tirarme|aventarme|lanzarme|dejarme caer)\b"
        # the pills one has kept, all at once: "estoy pensando tomarmelas todas de una vez"
        r"|\b(?:pensando|pienso|quiero|voy a) (?:en )?(?:tom[aá]rmelas|trag[aá]rmelas) todas\b",
        about_self=False,
        spanish=True,
        guard=lambda s, m, t: (
            _es_figure_or_denied(s, m, t)
            or (
                bool(_ES_PILLS_IN_THE_METHOD.search(m.group(0)))
                and bool(_ES_PILLS_AS_PRESCRIBED.search(s))
            )
            or (
                bool(_ES_A_JUMP.search(m.group(0)))
                and (not _ES_HEIGHT.search(t) or bool(_ES_A_JUMP_FOR_FUN.search(t)))
            )
            # the pills kept, not the beers: "tomarmelas todas" needs pills in the message
            or ("melas todas" in m.group(0) and not _ES_PILLS_NAMED.search(t))
        ),
    ),
    # How many pills it would take not to wake: "¿cuantas de mis pastillas para dormir
    # tendria que tomar para ya no despertar?"
    _concept(
        "crisis",
        "lethal_amount_spanish",
        "cuant|cu nt",
        r"\bcu[aá]nt[ao]s (?:\w+ ){0,5}?(?:tendr[ií]a|tengo|habr[ií]a|hay|necesito|necesitar[ií]a)"
        r" (?:que )?(?:tomar(?:me)?|tragar(?:me)?) (?:\w+ )?para (?:ya )?(?:no despertar"
        r"|morir(?:me)?|no volver a despertar|matarme|dormir para siempre|no amanecer"
        r"|que se (?:me )?pare el coraz[oó]n)(?=\s*(?:$|[.,;!?…¿]|nunca|m[aá]s|jam[aá]s))",
        about_self=False,
        spanish=True,
        guard=_es_figure_or_denied,
    ),
    # Someone the writer cares for, who wants to die: "mi esposo no para de decir que se
    # quiere matar", "mi hija habla de quitarse la vida". (Not "se va a morir pronto", a
    # prognosis, nor "se va a matar en esa moto".)
    _concept(
        "crisis",
        "another_wants_to_die_spanish",
        "matar|morir|suicid|quitarse|quitar|ahorcar|colgar|tirar|tiro",
        r"\bse (?:quiere|quiso|quer[ií]a) (?:matar|morir|suicidar)\b"
        r"|\bse (?:va|iba) a (?:suicidar|quitar la vida|ahorcar|pegar un tiro|dar un tiro)\b"
        r"|\b(?:quiere|quer[ií]a|va a|iba a|habla de|hablaba de|hablando de|piensa en|pensando en"
        r"|amenaza con|amenaz[oó] con|intent[oó]|trat[oó] de) (?:matarse(?! \w+(?:ando|iendo)\b)"
        r"|morirse|suicidarse|quitarse la vida|ahorcarse"
        r"|colgarse(?! (?:la|el|los|las|un|una|sus?)\b)"
        r"|tirarse " + _ES_DROP + r")\b",
        about_self=False,
        spanish=True,
        guard=lambda s, m, t: (
            _es_figure_or_denied(s, m, t)
            or bool(_ES_PAST_TRY.search(m.group(0)) and _ES_LONG_AGO.search(t))
        ),
    ),
    # The family better off without the writer: "sin mí tendrían más dinero y más paz", "soy
    # una carga para mis hijos". (Not "sin mí estarían perdidos", nor "soy un estorbo en la
    # cocina" said by a mother-in-law.)
    _concept(
        "crisis",
        "burden_spanish",
        "sin m|estorbo|carga",
        r"\bsin m[ií],? (?:\w+ ){0,3}?(?:estar[ií]an?|vivir[ií]an?|ser[ií]an?|les ir[ií]a"
        r"|andar[ií]an?|quedar[ií]an?) (?:\w+ ){0,2}?(?:mejor|m[aá]s (?:tranquil\w*|felices|feliz"
        r"|en paz|a gusto)|en paz|tranquil\w*|felices)\b"
        r"|\bsin m[ií],? (?:\w+ ){0,3}?tendr[ií]an? (?:\w+ ){0,2}?(?:m[aá]s (?:dinero|paz|tiempo"
        r"|espacio)|paz)\b"
        r"|\b(?:estar[ií]an?|vivir[ií]an?|ser[ií]an?) (?:\w+ ){0,2}?mejor sin m[ií]\b"
        r"|\b(?:soy|me siento|solo soy|nom[aá]s soy|nada m[aá]s soy|siento que soy)"
        r" (?:solo |nom[aá]s )?(?:un estorbo|una carga)(?=\s*(?:$|[.,;!?…]|y |para (?:mis?|todos"
        r"|todo|la|ellos|ellas|nadie|mi familia)\b|pa (?:mis?|todos)\b|en (?:esta|mi|la)"
        r" (?:casa|familia|vida)\b))",
        about_self=False,
        spanish=True,
        guard=lambda s, m, t: (
            _es_figure_or_denied(s, m, t) or bool(_ES_THEIR_WORDS.search(s[: m.start()]))
        ),
    ),
    # A last message, here: "esta es la ultima vez que escribo aqui. gracias por todo". (Not
    # "la ultima vez que le hablo a mi ex", nor "la ultima vez que reporto tarde".)
    _concept(
        "crisis",
        "last_message_spanish",
        "ltima vez|desped",
        r"\b(?:esta es|es|ser[aá]) la [uú]ltima vez que (?:les |te )?(?:escribo|mando|hablo"
        r"|contesto|reporto|escriba)(?=\s*(?:$|[.,;!?…]|aqu[ií]|por aqu[ií]|en (?:este|el)"
        r" (?:chat|grupo|diario)|a (?:ustedes|todos)|gracias))"
        r"|\bme desped[ií] de\b(?=.*\bhoy es el d[ií]a\b)",
        about_self=False,
        spanish=True,
        guard=lambda s, m, t: (
            bool(_ES_LEAVING_FOR_A_REASON.search(t)) or _es_figure_or_denied(s, m, t)
        ),
    ),
    # Things given away because they will not be needed, or the giver will not be here: "le
    # regalé mi reloj a mi nieto ... no las voy a necesitar más".
    _concept(
        "crisis",
        "given_away_spanish",
        "necesit|falta|no voy a estar|para cuando",
        r"\b" + ES_NOT_NEEDED + r"(?:(?: \w+){0,3}? ?(?:m[aá]s|ya|nunca)\b|(?=\s*(?:$|[.,;!?…])))"
        r"|\b(?:yo )?no voy a estar (?:aqu[ií] )?(?:mucho tiempo|por mucho tiempo|mucho m[aá]s)\b"
        # "le dije a mi hija donde estan los papeles del seguro, para cuando yo ya no este"
        r"|\bpara cuando (?:yo )?(?:ya )?no est[eé](?=\s*(?:$|[.,;!?…]|ya falta|y ya))",
        about_self=False,
        spanish=True,
        guard=_given_away_benign,
    ),
    # A threat said not to be a figure: "si lo veo lo mato. no es forma de hablar, tengo el
    # bate en el carro y se donde vive".
    _concept(
        "crisis",
        "threat_meant_spanish",
        "mato|matar",
        r"\b(?:si (?:lo|la) (?:veo|encuentro|agarro)|te lo juro que|juro que|voy a) (?:\w+ ){0,3}?"
        r"(?:lo|la) (?:mato|voy a matar|matar[eé])\b(?! a (?:besos|abrazos|cosquillas))",
        about_self=False,
        spanish=True,
        guard=lambda s, m, t: (
            not _ES_NOT_A_FIGURE.search(t)
            or bool(_ES_JOKING.search(t))
            or bool(_ES_SPORT.search(t))
            or _es_figure_or_denied(s, m, t)
        ),
    ),
    # Thoughts of hurting someone: "pensé en sacudirlo fuerte para que se callara", "me dan
    # ganas de agarrar el machete" when she shouts. (Not "pegarle el poster a la pared",
    # "sacudirlo, el tapete", "agarrar el cuchillo para cortar la carne".)
    _concept(
        "crisis",
        "harm_others_spanish",
        "ahorc|estrangul|ahog|asfixi|pegarle|golpear|sacudir|zarandear|lastimar|hacerle|romperle"
        "|partirle|agarrar|dano|da o|taparle|cubrirle|ponerle|miedo|imagin|fantase|pienso en"
        "|matar a",
        # "a veces quiero agarrar el cuchillo y matar a mi esposo" (first: the longer reading)
        r"\b(?:quiero|quisiera|ganas de|pens[eé] en|pienso en|pensando en|a veces quiero)"
        r"(?: \w+){0,5}? matar a (?:mi|su|la|el|al|los|las|mis) (?:\w+ )?" + _ES_PERSON + r"\b|"
        r"\b(?:ganas de|quer[ií]a|quise|pens[eé] en|pensando en|pienso en|me dan ganas de"
        r"|me dieron ganas de|tengo ganas de|quiero|estuve a punto de|casi|a veces quiero"
        r"|pensamientos de|me imagino|imagin[eé])"
        r"(?: \w+){0,2}? (?:ahorcarl[oa]s?|estrangularl[oa]s?|ahogarl[oa]s?(?! en)"
        r"|asfixiarl[oa]s?|golpearl[oa]s?|sacudirl[oa]s?|sacudir (?:a|al) (?:mi |la |el |los )?"
        + _ES_PERSON
        + r"|zarandearl[oa]s?|lastimarl[oa]s?|hacerle da[nñ]o|hacerles da[nñ]o"
        r"|pegarles?(?=\s*(?:$|[.,;!?…]|fuerte|duro|con|hasta|a (?:mi|mis|su|sus|el|la|los|las)"
        r" (?:\w+ )?" + _ES_PERSON + r"))"
        r"|romperle la (?:cara|cabeza|boca)|partirle la (?:cara|boca)"
        r"|agarrarl[oa] a (?:golpes|palos|machetazos)"
        r"|agarrar el (?:machete|cuchillo|arma|pistola|bate|fierro))\b"
        # a pillow over a small face: "me dieron ganas de taparle la boquita con la almohada"
        r"|\b(?:ganas de|quer[ií]a|quise|pens[eé] en|pensando en|casi|estuve a punto de)"
        r"(?: \w+){0,2}? (?:taparle|cubrirle|ponerle) (?:la|una) (?:boca|boquita|cara|carita"
        r"|nariz)(?: (?:al|a la|a mi|a su) \w+)? con (?:la|una) (?:almohada|coj[ií]n)\b"
        r"|\b(?:ganas de|quer[ií]a|quise|pens[eé] en|pensando en|casi|estuve a punto de)"
        r"(?: \w+){0,2}? (?:ponerle|taparle) (?:la|una) (?:almohada|coj[ií]n) (?:en|sobre) (?:la"
        r" )?(?:cara|carita|boca|boquita)\b"
        r"|\b(?:taparle|cubrirle) (?:la|una) (?:boca|boquita|cara|carita|nariz)(?: \w+){0,4}?"
        r" (?:hasta que|para que) (?:se callara|se calle|dejara de|deje de|no respir\w*)\b"
        # the writer afraid of what they might do to someone: "tengo miedo de lo que le puedo
        # hacer"
        r"|\b(?:tengo|me da|me dio|le tengo) miedo (?:de )?lo que (?:yo )?(?:le |les )?(?:puedo"
        r"|pueda|podr[ií]a|vaya a|voy a|soy capaz de) hacer(?:le|les)?"
        r"(?=\s*(?:$|[.,;!?…]|y |a (?:mi|mis|su|sus|el|la|los|las) (?:\w+ )?" + _ES_PERSON + r"\b))"
        r"|\b(?:me imagino|imagino|pienso en|fantaseo con) (?:estrangulando|ahorcando|golpeando"
        r"|matando|ahogando|asfixiando|apu[nñ]alando) (?:a|al) (?:mi |su |la |el )?"
        + _ES_PERSON
        + r"\b",
        about_self=False,
        spanish=True,
        guard=_harm_others_spanish_benign,
    ),
)

# Going back to a height: "i keep going back there at lunch", "been up there every night".
_GONE_BACK_TO_A_HEIGHT = re.compile(
    r"\b(?:keep|kept|been|keeps) (?:going|driving|walking|coming|heading) (?:back|up)"
    r"|(?:go|went|drive|drove|walk|walked) (?:back )?(?:up )?there (?:every|each|most|again|at"
    r" lunch|after work)|high enough|tall enough|the drop|(?:level|floor) \d+\b[^.!?\n]{0,30}"
    r"\b(?:again|every|keep|kept)"
    r"|(?:just )?to look (?:down|over)|look(?:ed|ing)? (?:down|over the edge)"
    r"|(?:stood|got|went|sat) closer|same spot"
)
# An attempt or a wish to die named: what the thoughts coming back are.
_AN_ATTEMPT_NAMED = re.compile(
    r"\b(?:attempt\w*|tried to (?:kill|end|take|hang|overdose)|tried (?:back )?in (?:19|20)\d\d"
    r"|overdos\w*|od(?:ed|d)|suicid\w*|swallowed (?:everything|them all|all|the lot|the bottle)"
    r"|took (?:a bunch|all|too many|the whole)|psych ward|end (?:it|my life|things)|kill myself"
    r"|hurt myself|cut myself|self ?harm\w*)\b"
)
# Pills counted or laid out: "been counting them out at night", "lined them up on the desk"
_PILLS_COUNTED_OUT = re.compile(
    r"\b(?:count(?:ed|ing)|lin(?:ed|ing)|la(?:id|ying)|spread(?:ing)?|sort(?:ed|ing)) (?:them|the"
    r" pills|my pills|the tablets|it all|them all)(?: \w+)? (?:out|up)\b"
)
# A screening for thoughts of suicide or self-harm: what a "no" answers.
_SCREENING_NAMED = re.compile(
    r"\b(?:screening|screener|phq\w*|(?:that|the|this|those) questions?|thoughts|suicid\w*"
    r"|self ?harm\w*|hurt\w* (?:myself|yourself)|safe at home|safety)\b"
)
_HIGH_PLACE = re.compile(r"\b(?:" + _HIGH_PLACES + r")\b")
# A height visited for a job or a view: "back to the roof 3 times to fix the antenna", "up the
# tower just to look down at the city", "high enough to see the whole city"
_HEIGHT_FOR_A_REASON = re.compile(
    r"\b(?:to|for) (?:fix|check|clean|repair|paint|install|shovel|clear|replace|inspect)"
    r"\b|\b(?:antenna|gutters?|leaks?|shingles|solar|snow|chimney|satellite|photos?|pictures?"
    r"|holiday|vacation|tour|tourists?|sunset|sunrise|fireworks|stars)\b"
    r"|\blook(?:ed|ing)? (?:down )?(?:at|on) (?:the )?(?:city|view|town|river|lake|valley|crowd"
    r"|street|parade|lights|people)\b|\bhigh enough to (?:see|get|watch|reach|view)\b"
)
# A gun in its everyday plan: "the rifle is my backup plan if the coyotes come back"
_GUN_EVERYDAY_PLAN = re.compile(
    r"\b(?:coyotes?|deer|hunt\w*|range|intruders?|burglars?|bears?|varmints?|home defen[cs]e"
    r"|protection|zombie\w*|apocalypse|sell|selling|sold|inherit\w*|collection)\b"
)


# The twentieth session's blind sets (99-102) showed these kinds unread.
# A drug that puts animals down: "pentobarbital", "euthasol".
_EUTHANASIA_DRUG = (
    r"(?:pentobarb\w*|nembutal|euthasol|fatal[ -]?plus|secobarbital|seconal|euthanasia"
    r" (?:solution|drug|dose))"
)
# What makes a question "not for a patient" the writer's own: a drug that puts animals down, or
# what would be lethal (not "is gabapentin ok for sleep? not for a patient, for me").
_LETHAL_ASKED = re.compile(
    rf"\b(?:{_EUTHANASIA_DRUG}|lethal|fatal|overdose|kill|too much to|enough to|potassium chloride"
    r"|stop (?:a|the|my) heart)\b"
)
# Grief worked through: "after a lot of therapy i finally understand it ... im at peace"
_GRIEF_WORKED_THROUGH = re.compile(
    r"\b(?:at peace|therapy|therapist|counsel\w*|grief group|support group|forgive\w*|not (?:my|his"
    r"|her|their) fault|wasnt (?:my|his|her|their) fault)\b"
)


def _height_for_a_reason(text: str) -> bool:
    """A job or a view explains going up, unless it is for the last time."""
    return bool(_HEIGHT_FOR_A_REASON.search(text)) and "last time" not in text


_ROUND20_CRISIS: tuple[_Concept, ...] = (
    # A height picked out and gone back to: "identified the parking garage on water street,
    # level 9. i keep going back there at lunch."
    _concept(
        "crisis",
        "height_picked_out",
        "identified|picked|chose|found|scouted|scoped|checked out|worked out",
        r"\b(?:identified|picked(?: out)?|chosen|chose|found|scouted(?: out)?|scoped(?: out)?"
        r"|checked out|worked out) (?:the|a|which) (?:\w+ ){0,2}?(?:parking garage|car park"
        r"|multi ?storey|bridge|overpass|roof|rooftop|tower|cliff|ledge|building|quarry)\b",
        about_self=False,
        guard=lambda s, m, t: (
            not _GONE_BACK_TO_A_HEIGHT.search(t)
            or bool(_LAUGH.search(t) or _height_for_a_reason(t))
        ),
    ),
    # A height gone up to again: "been up there 3 times this week just to look down", "went
    # back to the quarry cliff, same spot as last week. stood closer this time"
    _concept(
        "crisis",
        "height_gone_back_to",
        "times|look down|look over|stood closer|same spot",
        r"\b(?:been|went|go|going|gone|drove|walked|climbed) (?:back )?(?:up )?(?:there|to the"
        r" (?:\w+ ){0,2}(?:roof|rooftop|bridge|overpass|cliff|ledge|quarry|parking garage|parking"
        r" structure|car park|tower|top floor|tracks))\b(?: \w+){0,2}? (?:\d+|two|three|four|five"
        r"|a few|several|so many) times\b"
        r"|\b(?:just )?to look (?:down|over the edge)\b|\bstood closer\b|\bsame spot as"
        r" (?:last|before|yesterday)\b",
        about_self=False,
        guard=lambda s, m, t: (
            not _HIGH_PLACE.search(t) or bool(_LAUGH.search(t) or _height_for_a_reason(t))
        ),
    ),
    # Medicines for animals or patients asked about "not for a patient": "does ketamine
    # interact with pentobarbital? not for a patient."
    _concept(
        "crisis",
        "not_for_a_patient",
        "not for",
        _NOT_FOR_A_PATIENT,
        about_self=False,
        guard=lambda s, m, t: not _LETHAL_ASKED.search(t),
    ),
    # A euthanasia drug or one more syringe, with the courage lacking: "thought id make it
    # seven if i had the guts to draw up one more syringe"
    _concept(
        "crisis",
        "the_guts_for_the_means",
        "guts|nerve|courage|balls|bravery|brave enough|stones",
        r"\b(?:(?:the|enough|any|more|no|some) (?:guts|nerve|courage|balls|bravery|stones)|brave"
        r" enough)\b"
        r"[^.!?\n]{0,40}?\b(?:(?:one more|another|an extra|a last|a final)"
        r" (?:syringe|vial|dose|shot)"
        rf"|overdose|{_EUTHANASIA_DRUG}|pull the trigger|jump (?:off|from|in front)|the rope|noose"
        r"|kill myself|end it|end my life|take my life|swallow (?:them|it|the lot|all))\b",
        about_self=False,
        guard=lambda s, m, t: bool(_LAUGH.search(t)),
    ),
    # A gun kept as the plan: "the only retirement plan i got left is the one in the gun safe"
    _concept(
        "crisis",
        "gun_as_the_plan",
        "plan|strategy|option|resort|way out|exit",
        r"\b(?:retirement|exit|escape|back ?up|last|final|only|real) (?:plan|strategy|option"
        r"|resort)\b[^.!?\n]{0,40}?\b(?:gun ?safe|gun cabinet|gun|rifle|pistol|revolver|shotgun"
        r"|glock)\b"
        r"|\b(?:gun ?safe|gun cabinet|gun|rifle|pistol|revolver|shotgun|glock)\b[^.!?\n]{0,40}?"
        r"\b(?:is|s|as) (?:my|the) (?:(?:retirement|exit|escape|back ?up|last|final|only|real)"
        r" (?:plan|strategy|option|resort|way out)|(?:\w+ )?way out|exit)\b",
        about_self=False,
        guard=lambda s, m, t: bool(_LAUGH.search(t) or _GUN_EVERYDAY_PLAN.search(t)),
    ),
    # Living weighed and found wanting: "EV of me staying alive is negative"
    _concept(
        "crisis",
        "living_weighed_negative",
        "ev |negative ev|expected value|value|math|numbers|cost|ledger|calculus|net "
        "|will to live|odds",
        r"\b(?:ev|expected value|net value|value|math|numbers|cost[ -]benefit|ledger|calculus"
        r"|net worth) (?:of|for|on) (?:me|my) (?:staying alive|being alive|living|life|continuing"
        r"|existing|existence|sticking around|staying|being here|going on|still being here)"
        r"(?! (?:insurance|policy|savings|plan|job|in (?:this|the|my) job|at (?:this|the|my) job"
        r"|at work|on the team|in the band))(?: \w+){0,3}? (?:is|are|comes out|works out|looks"
        r"|turns out|adds up)(?: \w+)?"
        r" (?:negative|zero|below zero|less than zero|in the red|not worth it|against (?:me|it))\b"
        # "my life is a net negative", "scored my will to live 1/10", "if u do expected value,
        # zero suffering forever beats this"
        r"|\b(?:my (?:life|existence|being alive|living)|me being (?:alive|here)) (?:is|s) (?:a )?"
        r"(?:net negative|net loss|net drain|negative ev)\b"
        r"|\bwill to live\b(?: \w+){0,3}? (?:[0-2]|zero|0/10|[0-2]/10|[0-2] out of 10)\b"
        r"|\b(?:expected value|ev|the math|the numbers|the odds)\b[^.!?\n]{0,60}?\b(?:beats"
        r" (?:this|living|being here)|better than (?:this life|living|being alive|going on))\b",
        about_self=False,
        guard=lambda s, m, t: bool(_LAUGH.search(t)),
    ),
    # Things marked for others for after: "sticky notes on the furniture so my kids know whos
    # getting what after", "making it easy for whoever has to clean up after me"
    _concept(
        "crisis",
        "for_after_me",
        "after",
        r"\bwho(?:s| is)? (?:getting|gets|to get|will get|should get) (?:what|which|each \w+)"
        r"(?: \w+)? after(?=\s*(?:$|[.,;!?]|im gone|i go|i die|im dead|im not here))"
        r"|\b(?:easy|easier|simple|simpler) for (?:whoever|the person who|someone who|who ever"
        r"|my (?:kids|family|son|daughter|wife|husband)) (?:has to |will |needs to |have to"
        r" )?(?:clean up|deal with|find me|sort (?:out )?(?:everything|it|my \w+)|go through my"
        r" \w+)(?: \w+){0,2}? after (?:me|im gone|i go|i die)\b",
        about_self=False,
        guard=lambda s, m, t: bool(_LAUGH.search(t) or _WIND_DOWN_BENIGN.search(t)),
    ),
    # The thoughts before an attempt come back: "had an attempt years ago and the same thoughts
    # are creeping back this week", "same as 2017 before i swallowed everything"
    _concept(
        "crisis",
        "before_an_attempt_again",
        "back",
        r"\b(?:the |those |these |same |old |dark |suicidal |bad )?(?:thoughts|urges|feelings)"
        r" (?:are |have been |were |keep |started |start |started to |starting to )?(?:(?:creeping"
        r"|coming|come|came|crept|sneaking|slipping|drifting|trickling) back|back)\b"
        r"(?! (?:to (?:normal|me about)|from))",
        about_self=False,
        guard=lambda s, m, t: (
            not _AN_ATTEMPT_NAMED.search(t)
            or bool(_LAUGH.search(t))
            # ("long behind me ... can ketamine bring those feelings back?": asked, not felt)
            or (_hypothetical(s, m, t) and history_resolved(t))
        ),
    ),
    # Now likened to the time before an attempt: "same as 2017 before i swallowed everything",
    # "feels exactly like right before i tried to die"
    _concept(
        "crisis",
        "like_before_an_attempt",
        "before i|when i",
        r"\b(?:same|like|just like|exactly like) (?:as )?(?:\w+ ){0,3}?(?:before|when|right"
        r" before) i (?:swallowed (?:everything|them all|all|the lot|the bottle)|tried to"
        r" (?:kill|end|die|hang|overdose)|took (?:all|a bunch|too many|the whole|the lot"
        r"|everything)"
        r"|overdosed"
        r"|od\w*|cut myself|jumped|attempted|hanged|hung myself)\b",
        about_self=False,
        guard=lambda s, m, t: bool(_LAUGH.search(t)),
    ),
    # How many of one's own would be too many, and the pills counted out: "i know exactly how
    # many of my metoprolol would be too many. been counting them out at night"
    _concept(
        "crisis",
        "too_many_counted",
        "too many|too much",
        r"\bhow (?:many|much) (?:of )?(?:my|these|those|the|our) (?:\w+ ){0,2}?(?:would be|is|are"
        r"|make|makes|would make) too (?:many|much)\b",
        about_self=False,
        guard=lambda s, m, t: (
            not _PILLS_COUNTED_OUT.search(t) or bool(_LAUGH.search(t) or _STAGED_BENIGN.search(t))
        ),
    ),
    # Courage lacking for the act, in Spanish: "si tuviera el valor ya me habria tirado del
    # balcon", "si tuviera agallas me mataria"
    _concept(
        "crisis",
        "courage_lacking_spanish",
        "tuviera|tuviese",
        r"\bsi (?:yo )?(?:tuviera|tuviese) (?:el |la |los |las )?(?:valor|valent[ií]a|agallas"
        r"|coraje|huevos|fuerza)\b[^.!?\n]{0,30}?\b(?:me (?:habr[ií]a|hubiera) (?:matado|colgado"
        r"|quitado la vida)|me (?:matar[ií]a|colgar[ií]a)|me (?:(?:habr[ií]a|hubiera) tirado"
        r"|tirar[ií]a) (?:" + _ES_DROP + r"|por la ventana|bajo el (?:tren|metro)|al vac[ií]o))\b",
        about_self=False,
        spanish=True,
        guard=lambda s, m, t: bool(_LAUGH.search(t)),
    ),
    # A screening answered no, then taken back: "said no on the screening but honestly yes",
    # "i always say no to that question ... but yeah the thoughts are there"; and not safe from
    # oneself: "they asked if im safe at home. no, not from myself"
    _concept(
        "crisis",
        "screening_no_taken_back",
        "but|though|tho|not from myself|safe from myself",
        r"\b(?:said|say|answer(?:ed)?|put|ticked|circled|told (?:her|him|them|the \w+)) no\b"
        r"[^\n]{0,80}?\b(?:but|though|tho)\b(?:\W+(?:honestly|actually|really|truthfully|tbh|in"
        r" truth|the truth is|if im honest))*\W+(?:yes|yeah|yea|i do|i have|theyre"
        r" there|they are there|the thoughts are there|its true|i lied|that was a lie|it wasnt"
        r" true)\b"
        r"|\bnot (?:safe )?from myself\b",
        about_self=False,
        guard=lambda s, m, t: not _SCREENING_NAMED.search(t),
    ),
    # Coming round to another's suicide: "kept thinking about the guys who shot themselves.
    # starting to understand it"
    _concept(
        "crisis",
        "coming_round_to_a_suicide",
        "understand|get it|get why|get them|get him|get her|get the appeal|get what|see it|see why"
        "|see them|see him|see her|see the appeal|see what",
        r"\b(?:starting to|beginning to|begin to|start to|i finally|finally|now i|i kind of|i kinda"
        r"|i almost|i totally|i honestly) (?:understand|get|see) (?:it|them|him|her|why|the"
        r" appeal|what (?:he|she|they) (?:felt|meant|did|saw))\b"
        r"(?! (?:was|wasnt|wasn|is|isnt|had|has|better|differently|from|that))",
        about_self=False,
        guard=lambda s, m, t: (
            not (_DIED_BY_SUICIDE.search(t) or _ATE_THE_GUN.search(t))
            or bool(_LAUGH.search(t) or _GRIEF_WORKED_THROUGH.search(t))
        ),
    ),
)

_SECOND_LAYER: tuple[_Concept, ...] = (
    *_ROUND20_CRISIS,
    *_ROUND14_CRISIS,
    *_ROUND13_CRISIS,
    *_ROUND12_CRISIS,
    *_ROUND11_CRISIS,
    *_ROUND9,
    *_ROUND10_CRISIS,
    _ROUND10_AFFAIRS,
    *_ROUND6,
    *_ROUND5,
    # Suicide and self-harm named in any spelling, including inside a general question when
    # the rest of the message is the writer's own.
    _concept(
        "crisis",
        "suicide_any",
        "su|unaliv| km| ky|self|my sel|meself|myslef|mself|urself|sooicid",
        r"\b(?:su+i?c+i?d\w*|suicd\w*|sucid\w*|suicid\w*|suisid\w*|sooicid\w*|su1cid\w*"
        r"|suidic\w*|suicial\w*|unaliv\w*|kms|kys|self ?harm\w*|self ?injur\w*"
        r"|(?:kill|killing|off|offing|end|ending|finish|finishing|hang|hanging|hurt|hurting|harm|harming|cut"
        r"|cutting|burn|burning|punish|punishing|starv\w*|drown\w*|shoot|stab|poison) (?:\w+ )?"
        r"(?:my ?self|my sel|meself|myslef|mself|myselff|yourself|urself))\b",
        about_self=False,
        guard=lambda s, m, t: (
            _general_not_own(s, m, t) or _accidental(s, m, t) or _said_by_other(s, m, t)
        ),
    ),
    _concept(
        "crisis",
        "end_it",
        " end| finish| stop",
        r"\b(?:end|ending|ended|finish|finishing|stop|stopping) (?:it|it all|all of it|things"
        r"|everything|my life|this life|my suffering|the suffering|the pain for good"
        r"|my story|with my life)\b"
        r"(?! (?:with|between|here|there|off|early|on|at|up|now|so|before))",
        # (what is finished may be named a sentence earlier: "a novel in which ... stayed
        # up late finishing it")
        guard=lambda s, m, t: (
            _end_it_breakup(s, m, t)
            or bool(
                re.search(
                    r"\b(?:meeting|call|convo|conversation|relationship|game|chapter"
                    r"|subscription|contract|lease|book|series|show|day|week|shift"
                    r"|argument|fight|treatment|infusions?|sessions?|season|finale|episode"
                    r"|movie|film|puzzle|level|album|podcast|binge|project|essay|homework"
                    r"|assignment|bottle|novel|jigsaw|knitting|quilt|novela|telenovela|drama"
                    r"|kdrama|soap|manga|anime|comic|audiobook|documentary|stayed up|up late)\b",
                    t if m.group(0).startswith("finish") else s,
                )
            )
        ),
    ),
    # Death of the self after a wish, a plan or a thought.
    _concept(
        "crisis",
        "death_self",
        (
            "die|dye|dead|ded|death|deth|alive|gone|here|around|exist|disappear|vanish|forever"
            "|come back|end my|funeral|never been|come round|come around|come to|finish"
            "|dying"
        ),
        r"\b(?:die|diee|dye|died|dying|dead|ded|death|deth|not (?:be )?alive|be gone|was gone"
        r"|were gone|im gone|gone for good|not (?:be )?here|not be around|wasnt here|werent"
        r" here|wasnt around|not exist\w*|stop existing(?! on)|cease to exist|exist anymore"
        r"|disappear\w*|vanish\w*|sleep forever|never come back|not come back|end my life"
        r"|never come (?:round|around|to)|finish(?:es)? me(?: off)?"
        r"|my (?:own )?funeral|never been here|never existed|never been born)\b",
        needs_wish=True,
        guard=lambda s, m, t: bool(
            _PLACE_AFTER.match(_after(s, m))
            or _RATHER_THAN_CHORE.match(_after(s, m))
            or _SHORT_ABSENCE.search(s)
            or _FEARED_FROM_TREATMENT.search(_prefix(s, m))
            or bool(
                _FEAR_BEFORE.search(_prefix(s, m)) and _FEARED_DURING_TREATMENT.match(_after(s, m))
            )
            or (_JOKE_MARKER.search(s) and not re.search(r"\b(?:die|dead|death)\b", m.group(0)))
        ),
    ),
    # A fatal diagnosis hoped for or welcomed: "part of me was hoping it was the big one",
    # "if the doctor told me I only had a few months left I'd be relieved".
    _concept(
        "crisis",
        "fatal_news_welcome",
        "big one|terminal|fatal|to live|left",
        r"\b(?:hop(?:e|ed|ing)|wish(?:ed|ing)?|pray(?:ed|ing)?)\s+(?:\w+\s+){0,3}?(?:was|were"
        r"|would be|is)\s+(?:the big one|terminal|fatal)\b"
        r"|\bme\s+(?:\w+\s+){0,6}?(?:months?|weeks?)\s+(?:left|to live)\b(?:\s+\w+){0,6}?\s+"
        r"(?:id|i would|i d)\s+(?:\w+\s+)?(?:be\s+)?(?:relieved|glad|happy|grateful|thankful"
        r"|at peace)\b",
        about_self=False,  # the pattern says whose: "told me", "id be relieved"
    ),
    _concept(
        "crisis",
        "death_plain",
        (
            "dead|death|funeral|here|around|ready to|done|tired of|born|over|end|stop|quiet"
            "|sleep and|close my|go to sleep|asleep|reason|make it|do it|any"
        ),
        r"\b(?:better off dead|worth more dead|wanna b dead|b dead|my own death|my own funeral"
        r"|wont be (?:here|around) "
        + _ABSENCE_SUFFIX
        + r"|not be (?:here|around) "
        + _ABSENCE_SUFFIX
        + r"|im not going to be (?:here|around) "
        + _ABSENCE_SUFFIX
        + r"|ready to go|ready to be done(?! with (?!it all|everything|life|living))|done with"
        r" life|done living|over living"
        r"|tired of (?:being alive|existing(?! on)|life)|never been born|stop existing(?! on)"
        r"|want it (?:all )?to (?:be over|end|stop)(?! (?:so|soon|with|already|before|by"
        r"|because|cause|cuz|for (?:the|today|tonight|now)))|want everything to (?:end|stop"
        r"|go quiet)"
        r"|go to sleep and not|sleep and never|close my eyes (?:and|forever)"
        # "stay asleep" for good; "help me stay asleep", "fighting to stay asleep" is insomnia
        r"|stay asleep(?=\W+(?:\w+\W+){0,2}?(?:forever|for good|permanently|and (?:not|never)))"
        r"|(?:no|the only|only) reason (?:im|i am"
        r"|to|for me to) (?:still )?(?:stay|be here|here|live|keep going|go on|stick around)"
        r"|(?:dont think|not sure|doubt) (?:ill|i will|id|i would) (?:still )?(?:be around|be"
        r" here|make it) (?:for|to|till|until|by|much)|(?:finally|ready to)"
        r" do it (?:tonight|today|this time)|the (?:night|day) i (?:finally )?do it"
        r"|(?:dont|do not) want to do (?:this|life|any of this)(?: \w+){0,2} any ?more)\b",
        guard=_ready_for_the_day,
    ),
    _concept(
        "crisis",
        "not_wake",
        "wak|woke",
        r"\b(?:not|never|wouldnt|dont|wont|didnt|doesnt|no longer|hadnt|had not)\s+(?:\w+\s+){0,2}?"
        r"(?:wak(?:e|ing|en)|woke|woken)(?: up)?+\b"
        # someone else woken, or how the waking went: "wish i hadnt woken the baby"
        r"(?! (?:him|her|them|you|everyone|anyone|the|my|our|his|their|us|me|grumpy|groggy"
        r"|tired|sore|hungry|sweaty|cold|hot|feeling|halfway|mid|twice|so|too|with)\b)",
        needs_wish=True,
        guard=_waking_benign,
    ),
    _concept(
        "crisis",
        "not_wake_plain",
        "wak",
        r"\b(?:never|not|wouldnt) (?:\w+ )?wak(?:e|ing) up (?:again|ever|at all|anymore"
        r"|any more)\b",
        guard=_waking_benign,
    ),
    # Means: pills saved or counted, rope, guns, heights, tracks, blades.
    _concept(
        "crisis",
        "pills",
        (
            "pill|med|tablet|sleeper|painkiller|opioid|oxy|benzo|xanax|valium|ambien|zopiclone"
            "|zolpidem|trazodone|seroquel|quetiapine|lithium|insulin|prescription|tylenol"
            "|paracetamol|acetaminophen|ibuprofen|advil|antidepressant|stash|swallow|downed|took"
            "|take|taking|how many|how much"
        ),
        r"\b(?:(?:count\w*(?! on\b)|stockpil\w*|stash\w*|hoard\w*|sav(?:e|ed|ing)|collect\w*"
        r"|stock\w* up|squirrel\w*|hid\w*|hiding) (?:\w+ ){0,3}"
        + _PILLS
        + r"|"
        + _PILLS
        + r" (?:\w+ ){0,4}(?:is|are|s|will be|would be|should be) enough|stash of \w+"
        r"|(?:swallow|swallowed|downed) (?:\w+ ){0,2}(?:all|every one|the lot)|(?:swallow"
        r"|swallowed|take|took|taking|downed) (?:\w+ ){0,2}(?:all of them|every one|the"
        r" (?:whole|entire) (?:bottle|pack|packet|box|strip|lot)|the lot|all (?:\w+ ){0,2}at"
        r" once|all (?:\w+ ){0,2}in one go)|(?:took|take|taking|swallowed) (?:way |far |a lot"
        r" )?(?:more|too many|too much) (?:\w+ ){0,2}(?:on purpose|deliberately|than i should)"
        r"|how (?:many|much) (?:\w+ ){0,3}(?:it takes|it would take|would it take|does it take"
        r"|to (?:die|kill|od|overdose|not wake|end it)))",
        guard=lambda s, m, t: (
            _overdose_question(s, m, t)
            or _general_not_own(s, m, t)
            or bool(_PILLS_ROUTINE.search(s))
            or bool(_NOT_A_DOSE.match(_after(s, m)))
        ),
    ),
    _concept(
        "crisis",
        "means",
        (
            "noose|rope|gun|pistol|rifle|firearm|revolver|bullet|razor|blade|knife|knives"
            "|scissors|track|in front of|traffic|into"
        ),
        r"\b(?:noose|(?:bought|buy|got|have|tied|tying|tie|hid|keep|hidden|hanging) (?:a |the"
        r" |some )?rope|rope (?:is|from|on|over|to) (?:the )?(?:\w+ )?(?:beam|hook|ceiling"
        r"|ready|strong)|(?:gun|pistol|rifle|firearm|revolver|shotgun|handgun)s?|bullets?"
        r"|(?:razor|blade|blades|razors|knife|knives|scissors) (?:\w+ ){0,5}(?:staring|stare"
        r"|looking|look|keep|kept|hid|hiding|holding|held|came back|came out|out again|again|back"
        r"|wrist|arm|skin|thigh|calling|want|urge)|(?:staring|stare|looking|look|keep|kept"
        r"|hid|hiding|holding|held|bought|buy|want|urge) (?:\w+ ){0,4}(?:razor|blade|blades"
        r"|razors|knife|knives)|(?:train|railway|rail) ?tracks|onto the tracks|in front of (?:a"
        r" |the )?(?:train|bus|truck|lorry|car|tram)|into (?:on ?coming )?traffic|(?:drive|drove"
        r"|driving|crash\w*) (?:my car |the car )?into (?:a |the )?(?:tree|wall|river|lake|sea"
        r"|oncoming|pole|bridge))\b",
        guard=_means_in_everyday_use,
    ),
    _concept(
        "crisis",
        "heights",
        (
            "crash|drive|drove|driving|veer|swerv|stairs|drop|ledge|over the|bridge|roof|balcony"
            "|cliff|parking|car park|overpass|top floor|window|jump|parapet|railing|edge|the fall"
            "|height|looked over|looking over|look over|peered over|peering over|leaned over"
            "|leaning over"
        ),
        r"\b(?:(?:the|that|a|how far the|how high the) drop\b(?! (?:off|in|me|by|of))"
        r"|(?:on|off|from|over) (?:the|a|my) (?:\w+ )?ledge|ledge of"
        r"|over the (?:edge|railing|side|rail|barrier)|(?:stand\w*|stood|sit\w*|sat|climb"
        r"\w*|lean\w*) (?:on|over|up) (?:the|a|my) (?:\w+ )?(?:bridge|ledge|edge|railing|roof"
        r"|rooftop|parapet|cliff)(?! of (?:the |my )?(?:bed|sofa|couch|seat|chair|bath|tub|pool"
        r"|desk|table|bunk|rack|cot|berth|stool|recliner|futon|toilet))"
        r"|(?:bridge|roof|rooftop|balcony|cliff|parking garage|car park"
        r"|overpass|top floor|window)(?: \w+){0,6} (?:calling|calls|pull\w*|drop|jump\w*|edge"
        r"|railing|looked down|look down|looking down|high enough|tall enough|again tonight"
        r"|(?:looked|looking|look|peered|peering|leaned|leaning) over(?= *(?:[.,!?;]|$| the"
        r" (?:edge|side|railing|rail|wall|barrier))))"
        r"|jump\w* (?:off|from) (?:the|a|my)|(?:going to|gonna|want to|wanna|about to|ready to"
        r"|will|should|could just) jump\b(?! (?:in|on|into|at|rope|start|the gun|ahead|through"
        r"|up|out|around|back|over|for|to|when))|(?:drive|drove|driving|veer\w*|swerv\w*)"
        r" (?:\w+ ){0,2}off (?:the|a) (?:\w+ ){0,3}?(?:road|bridge|cliff|motorway|highway"
        r"|overpass|pier|edge)|(?:thinking"
        r"|thought|think|fantasi\w*) about crash\w*|crash\w* (?:my |the )?car (?:on purpose"
        r"|deliberately)|top of the stairs (?:\w+ ){0,4}(?:falling|fall|jump\w*)"
        r"|(?:thinking|think|thought|picturing|pictured|picture|imagining|imagined|imagine)"
        r" (?:about )?(?:the |that )?(?:\w+ ){0,2}?(?:bridge(?! (?:club|game|night|tournament"
        r"|partner|loan|role|course|camera|of))|jumping(?! (?:in|into|on|onto) (?:bed|the (?:bed"
        r"|pool|shower|trampoline|train))| on a call)|the fall|the height|the drop))\b",
        guard=lambda s, m, t: (
            _height_benign(s, m, t)
            or bool(_ROAD_ACCIDENT.search(s))
            or bool(m.group(0).endswith("edge") and _FURNITURE.search(s))
        ),
    ),
    # Farewells and affairs in order.
    _concept(
        "crisis",
        "farewell",
        (
            "letter|note|goodbye|final|last|affairs|in order|will|funeral|insurance|for me"
            "|im gone|giv|gave|hand|rehom|away|deal with|stuck with|left with|burden|to sort"
            "|clean up|worry about|happen"
            "|forever"
        ),
        r"\b(?:letters?|notes?) (?:that )?i (?:intend|plan|want|mean|am going|m going|ll|will)"
        r" to leave\b"
        r"|\b(?:(?:wrote|written|writing|write|left|leaving|leave|finished|sealed) (?:\w+ ){0,3}"
        r"(?:letters|notes|goodbye|goodbyes|a goodbye|final|last)|letters (?:are|r) (?:all )?"
        r"(?:written|done|sealed|ready)|(?:letter|note) (?:for|to) (?:my|each|every|the) \w+"
        r" (?:\w+ )?(?:in case(?! (?:she|he|they|you|we|it|the|my|anyone|someone)\b)|for when"
        r"|for after|to find|to read after|if)|(?:letters|notes)"
        r" (?:to|for) (?:my|each|every|all|everyone|the) ?\w*|said (?:my )?goodbyes|saying (?:my"
        r" )?goodbyes|goodbye (?:to )?(?:everyone|everybody|all|world|forever|friends)"
        r"|this is goodbye|(?:i|im) (?:go|going|leave|leaving) forever"
        r"|(?:my|the) (?:last|final) (?:diary )?(?:entry|message|text|post|goodbye)"
        # ("in my last check in i said 10": the one before, corrected)
        r"|(?<!in )(?<!on )(?:my|the) (?:last|final) check ?in(?! (?:was|were|had|said|says|is"
        r"|didnt|did not|i (?:said|put|wrote|meant|forgot))\b)|last time"
        r" (?:youll|you will|anyone will) hear|if (?:anything|something) (?:happens|should"
        r" happen)(?: to me)?,? (?:\w+ ){0,2}(?:tell|take care|love|look after|give)"
        r"|(?:look after|take care of|care for|raise|feed|walk|have) (?:\w+ ){0,3}(?:if|in case"
        r"|when) (?:anything|something) (?:happens|should happen|happened)(?: to me)?\b"
        r"|" + _MY_AFFAIRS + r"(?! (?:are|is|were) (?:a )?(?:mess|messy|complicated|chaos|behind))"
        r"|(?:put(?:ting)?|got|getting) (?:my |everything |things |it all )?(?:in order|things in"
        r" order)"
        r"|(?:(?:made|make|making|wrote|writing|updated|updating|sorted|finished|finalised"
        r"|finalized|changed) (?:a |my |out my )?(?:will|funeral)|life insurance)(?:[ ,]+\w+){0,8}"
        r"[ ,]+(?:just in case|in case|so (?:that )?(?:they|the|my|no one|nobody|everyone"
        r"|everything)"
        r"|will be (?:ok|okay|fine|alright|looked after|taken care of|covered)|better|than"
        r" (?:with )?me|when im|after im|once im|before i|sorted now|all sorted|ready|for (?:them"
        r"|my \w+))|insurance (?:money|payout|pays)|(?:take care of|look after|care for"
        r"|feed|walk) (?:\w+ ){0,3}for me\b|(?:when|after|once) im gone"
        r"|(?:giv\w*|gave|hand\w*|rehom\w*) (?:\w+ ){0,2}(?:my|all|all my|of my) (?:\w+ )?"
        r"(?:things|stuff|belongings|possessions|pets?|dog|cat|clothes|jewel\w*|books)"
        r"|(?:giving|give|gave) (?:\w+ ){0,2}away|so (?:that )?(?:no one|nobody|noone|my \w+"
        r"|the kids|they|family|nobody else) (?:\w+ ){0,3}(?:deal with|stuck with|left with"
        r"|burdened|to sort|clean up|worry about))\b",
        about_self=False,
        guard=lambda s, m, t: (
            (_check_in_paused(t) if "check" in m.group(0) else _has_reason(s, m, t))
            or _goodbye_to_a_thing(s, m, t)
            or _goodbye_seen_off(s, m, t)
            or _goodbye_until_later(s, m, t)
            or _treatment_ending(s, m, t)
            or bool(_NOTE_WORD.search(m.group(0)) and _NOTES_BENIGN.search(s))
        ),
    ),
    # Burden, worthlessness and absence.
    _concept(
        "crisis",
        "burden",
        (
            "without me|if i|im gone|me gone|than with me|like me|burden|waste of|miss me|notice me"
            "|no one|nobody|noone|no body|doesnt matter|deserve|better off"
        ),
        r"\b(?:(?:better|happier|easier|fine|free|ok|okay|relieved|do better|be better|move on"
        r"|better of|thrive|lighter)\b(?: \w+){0,5} (?:without me|if i (?:was|were|wasnt|werent"
        r"|am|m|just)? ?(?:gone|dead|not here|not around|wasnt here|werent here|didnt exist"
        r"|died|disappeared|left for good)|once im gone|when im gone|after im gone|with me"
        r" gone|than with me|without me around|than (?:with )?(?:a |an )?(?:\w+ ){0,4}like me)"
        r"|without me (?:around|here|in the picture)"
        r"|burden|waste of (?:space|air|oxygen|a life)|(?:wouldnt|would not|wont|will not"
        r"|never) (?:even )?(?:miss|notice) me|(?:no one|nobody|noone|no body)"
        r" (?:would|will|d) (?:even )?(?:care|notice|miss)|doesnt matter if i (?:live|die|am"
        r" here)|deserve (?:better than|someone better than) (?:me|a \w+ like me)"
        # "my family will be better off soon": others better off, with no reason given.
        r"|(?:family|kids|children|everyone|everybody|they|world|wife|husband|partner|parents"
        r"|mum|mom|dad|son|daughter|people|you all|friends) (?:\w+ )?(?:will|would|d|ll|are"
        r" going to) (?:all )?be (?:so |much |a lot |way )?better off(?: soon| very"
        r" soon| shortly| before long| in the end| without)?\b(?! (?:with|after|financially|in"
        r" (?:the|a|their|our)|at|when|once|if|because|since|now that|\w+ing|asleep|home|there"
        r"|here|than|that way|for)\b))\b",
        about_self=False,
        guard=lambda s, m, t: (
            _burden_asking(s, m, t)
            or bool(_SHORT_ABSENCE.search(s) or _MISSED_AT.match(_after(s, m)))
        ),
    ),
    # Self-harm: the act again, in texting spellings.
    _concept(
        "crisis",
        "self_harm",
        "again|agen|agian|deserve|bleed|relaps",
        r"\b(?:cut\w*|cuttin|burn\w*|scratch\w*|bang\w*|hit\w*) (?:\w+ )?(?:again|agen|agian"
        r"|aagain)\b|\b(?:i )?deserve (?:to (?:hurt|suffer|be hurt|feel pain|die)|the pain"
        r"|pain)|\bwant\w* (?:to )?bleed\b|\brelaps\w* (?:on|into) (?:cutting|self)",
        guard=lambda s, m, t: (
            _cut_everyday(s, m, t)
            or _accidental(s, m, t)
            or bool(
                re.search(
                    r"\b(?:toast|dinner|food|hair|grass|hedge|budget|wifi|internet"
                    r"|power|electricity|call|line)\b",
                    s,
                )
            )
        ),
    ),
    # Harm to others: the act, a wish to see someone dead, fear of what one might do.
    _concept(
        "crisis",
        "harm_others",
        (
            "kill|murder|stab|shoot|strangl|chok|smother|suffocat|poison|hurt|harm|beat|attack"
            "|punch|drown|run over|slit|tortur|throttl|bash|dead|what i|pay|out of"
        ),
        r"\b(?:" + _HARM_VERBS[3:-1] + r"|throttl\w*|poisoning|beat (?:the (?:crap|shit|hell"
        r"|life) out of)|bash (?:\w+ )?head in) (?:\w+ )?"
        + _OTHERS
        + r"|\b(?:want|wanted|wish|hope)\w* (?:him|her|them|my \w+|that \w+) (?:\w+ )?dead"
        r"|\bwhat (?:i (?:might|could|would|will|may)|ill|id) do to\b|\bmake (?:him|her|them) pay\b"
        r"(?! (?:for (?:dinner|lunch|breakfast|drinks|coffee|the (?:bill|meal|drinks|taxi|tickets"
        r"|food|petrol|gas|parking))|back|rent|half|(?:his|her|their) (?:share|way)))"
        r"|\b(?:beat|kick) the (?:crap|shit|hell|life) out of\b",
        about_self=False,
        guard=lambda s, m, t: (
            _harm_idiom(s, m, t)
            or (
                _needs_agent(s, m, t)
                and not re.search(r"\b(?:want|wanted|wish|hope|make|beat|kick|what i)", m.group(0))
            )
        ),
    ),
    # ---- Round 4 families.
    # Fear or urge of striking someone without a lethal verb: "scared ill hit my kids", "i
    # have the urge to slap him", "terrified i'll shake the baby". Hitting the gym, snooze or
    # traffic names no person; hitting someone up is a text.
    _concept(
        "crisis",
        "strike_others",
        (
            "hit|slap|smack|shak|lash|throttl|strik|hurt|harm|punch|kick|chok|beat|whack"
            "|wallop|thump|snap|lose it|hands"
            "|hand on"
        ),
        r"\b(?:(?:scared|afraid|terrified|frightened|worried|worry|fear\w*|panic\w*|petrified)"
        r" (?:that )?(?:i|im|ill|id|ive|i will|i would|i might|i may|i could|of what i)"
        r"|(?:urges?|impulses?|tempted|close|so close|want\w*|wish\w*|itching|dying) (?:to|of)"
        r"|(?:thoughts?|fantasies|fantasi\w*|think\w*|dream\w*) (?:about|of)"
        r"|(?:think\w*|thought) (?:to|in)"
        r"|feel like|felt like|could (?:easily|actually|really))"
        r"(?: \w+){0,4}? (?:hit|hitting|slap|slapping|smack|smacking|shake|shaking|lash\w* out"
        r" (?:at|on)|throttle|throttling|strike|striking|wallop\w*|whack\w*|thump\w*|kick"
        r"|kicking|beat|beating|punch|punching|hurt|hurting|harm|harming|choke|choking"
        r"|snap at|snap and hit|lose it (?:with|at|on)|lay (?:a )?hands? on|put my hands on)"
        r" " + _OTHERS + r"(?! (?:up|back|with (?:a |the )?(?:text|message|email|call|news|bill"
        r"|question)))",
        about_self=False,
        guard=lambda s, m, t: _harm_idiom(s, m, t) or bool(_STRIKE_BENIGN.search(s)),
    ),
    # A wish to break someone's body, or to throw them through something, with the rage still
    # in the writer: "i swear i wanted to break his jaw. punched the door instead. still
    # shakin", "i wanted to put her through the wall. still want to". Said with no sign of
    # it ("i swear im gonna break his face" over the leftovers), it is a figure the screen
    # may still read.
    _concept(
        "crisis",
        "break_someone",
        "jaw|face|head|skull|neck|nose|teeth|ribs|windpipe|throat|wall|window|door|floor|table"
        "|windshield|use",
        r"\b(?:want\w*|wanna|wish\w*|itching|dying|urges? to|tempted|so close|gonna|going to"
        r"|about to|could|couldve|nearly|almost|swear i|fantasi\w* about|think\w* about"
        r"|thought about|dream\w* about|picturing|imagin\w*|feel like|felt like)"
        r"(?: \w+){0,3}? (?:break|breaking|smash|smashing|bash|bashing|crack|cracking|cave"
        r"|caving|snap|snapping|rip|ripping|tear|tearing|split|splitting|stomp|stomping|kick"
        r"|kicking|punch|punching) (?:in )?(?:his|her|their|(?:my|that|the) " + _PEOPLE + r"s?)"
        r" (?:\w+ )?(?:jaw|face|head|skull|neck|nose|teeth|ribs|windpipe|throat)\b"
        r"|\b(?:want\w*|wanna|wish\w*|itching|dying|urges? to|tempted|so close|gonna"
        r"|going to|about to|could|nearly|almost|swear i|fantasi\w* about|think\w* about"
        r"|thought about|picturing|imagin\w*|feel like|felt like)(?: \w+){0,3}? (?:put|putting"
        r"|throw|throwing|threw|shove|shoving|shoved|slam|slamming|slammed|ram|ramming)"
        r" (?:him|her|them|(?:my|that|the) " + _PEOPLE + r") (?:through|into|against) (?:the|a)"
        r" (?:wall|window|door|floor|table|windshield)\b"
        # a weapon in hand, wished on someone: "i had the hammer in my hand and i wanted to use
        # it on him. i still do"
        r"|\b(?:want\w*|wanna|tempted|so close|nearly|almost|about to|thought about|itching)"
        r" (?:to )?use (?:it|the \w+|my \w+) on (?:him|her|them|(?:my|that|the) "
        + _PEOPLE
        + r")\b",
        about_self=False,
        guard=lambda s, m, t: (
            not _RAGE_STILL_THERE.search(t)
            or _harm_idiom(s, m, t)
            or bool(_JOKING_ANGER.search(s))
            or bool(_SPORT_OR_THING.search(t))
        ),
    ),
    # A pillow over a small face, thought of: "i get thoughts of putting the pillow over her
    # little face". (A thought of harming a child is a crisis even when it frightens the one
    # who has it.)
    _concept(
        "crisis",
        "pillow_over_a_face",
        "pillow|blanket",
        r"\b(?:putting|put|holding|hold|pressing|press|pushing|push)(?: \w+){0,2}? (?:pillow"
        r"|blanket)(?: \w+){0,2}? (?:over|on|onto|against) (?:her|his|their|(?:the|my|our) "
        + _PEOPLE
        + r"s?) (?:little |tiny |small )?(?:face|mouth|nose)\b",
        about_self=False,
        guard=lambda s, m, t: bool(_JOKING_ANGER.search(s)),
    ),
    # The dead joined: "most of the men in my unit didn't come home. some days i think it's
    # time i joined them", "i just want to be with my wife again" after she died.
    _concept(
        "crisis",
        "join_the_dead",
        "join|be with",
        r"\b(?:time i|want to|wanna|ready to|wish i could|should|longing to|cant wait to|need to"
        r"|going to|gonna|hope to|pray to|think about|thinking about|wouldnt mind|would not mind"
        r"|dont mind|would love to|ready for) (?:go )?(?:join|joining"
        r"|joined) (?:them|him|her|my (?:\w+ ){0,2}?(?:wife|husband|son|daughter|mom|mother|dad"
        r"|father|brothers?|sisters?|buddies|friends|unit|men|guys|boys|baby|family))\b"
        r"(?! (?:for|at|in (?:the|a)|on|tonight|tomorrow|this|next|later|soon at))",
        about_self=False,
        guard=lambda s, m, t: not _THE_DEAD_NAMED.search(t) or bool(_JOINED_FOR_COMPANY.search(t)),
    ),
    # No loss if the writer did not wake, a life outlived: "it would be no great loss if i did
    # not wake", "i have outlived my usefulness".
    _concept(
        "crisis",
        "no_loss_if_gone",
        "loss|matter|miss me|care|outlived|existence|being alive|being here"
        "|would mind|would notice",
        r"\b(?:no (?:great |big )?loss|(?:wouldnt|would not) (?:matter|be (?:a|much of a|any)"
        r" loss)|(?:nobody|no one) would (?:care|mind|notice|miss me)) if i (?:did not|didnt"
        r"|dont|do not|never|didn t) (?:wake|woke)(?: up)?(?: (?:tomorrow|again|ever|one day))?"
        r"(?=\s*(?:$|[.,;!?…]|and |tbh|honestly))"
        r"|\boutlived my (?:usefulness|purpose)(?=\s*(?:$|[.,;!?…]|and |here|on this earth))"
        # "my continued existence is net negative for the people around me", "my continued
        # existence is an imposition on my daughter", "me still being here is a burden on them"
        r"|\b(?:my (?:continued |very )?(?:existence|being alive|being here)|(?:me|my) still"
        r" being (?:here|alive)) (?:is|has become) (?:an? |just an? )?(?:net )?(?:negative|burden"
        r"|drain|liability|imposition) (?:for|to|on) (?:the )?(?:people|everyone|everybody|my"
        r" (?:family|kids|wife|husband|children|friends|loved ones|daughter|son|parents|mom|dad"
        r"|partner)|those|others|them)\b",
        about_self=False,
        guard=lambda s, m, t: bool(_A_NIGHT_NOT_A_LIFE.search(s)),
    ),
    # Suicidal wishes said in the patient's first language: Spanish, Portuguese, French,
    # Italian, German. Accents are optional because phones drop them.
    _concept(
        "crisis",
        "suicide_other_language",
        (
            "morir|morrer|mourir|morire|sterben|matar|suicid|vivir|viver|vivre|vivere|leben"
            "|muert|morto|mort|tot|umbringen|selbstmord|finir|finita|vida|vie|vita|aqui|aqu"
            "|tuer|uccider|ammazzar|toten|t ten|suic dio"
            # ("quiero desaparecer", never read before this anchor)
            "|desaparec|dispara|sparire"
        ),
        r"\b(?:quiero|quisiera|deseo|quero|queria|gostaria de|ganas de|vontade de|je veux"
        r"|jai envie de|envie de|voglio|vorrei|ich will|ich möchte|ich mochte|ich moechte)"
        r" (?:\w+ ){0,2}?(?:morir(?:me)?|morrer|mourir|morire|sterben|matarme|me matar"
        r"|suicidar\w*|me suicider|me tuer|uccidermi|ammazzarmi|mich umbringen|mich töten"
        r"|desaparecer(?=\s*(?:$|[.,;!?…]|para siempre|de este mundo|de (?:la|esta) vida|y ya"
        r"|y que nadie|sin dejar rastro))|disparaître|disparaitre|sparire)\b"
        r"|\b(?:me voy a|voy a|vou me|vou|je vais|sto per|ich werde mich) (?:\w+ )?(?:matar"
        r"(?! \w+(?:ando|iendo)\b)"
        r"|suicidar\w*|me tuer|me suicider|uccidermi|ammazzarmi|umbringen)\b"
        r"|\b(?:quitarme|tirar (?:a )?minha|acabar con mi|acabar com a minha|mettre fin à ma"
        r"|mettre fin a ma|togliermi) (?:propia )?(?:la |a )?vi(?:da|e|ta)\b"
        r"|\bno (?:quiero|puedo) (?:seguir )?vivi(?:r|endo)\b|\bnão quero (?:mais )?viver\b"
        r"|\bnao quero (?:mais )?viver\b|\bje ne veux plus vivre\b|\bnon voglio (?:più |piu )?"
        r"vivere\b|\bwill nicht mehr leben\b|\bfarla finita\b|\ben finir avec (?:la vie|tout)\b"
        r"|\bestar[ií]a mejor muert[oa]\b|\bmejor (?:estar )?muert[oa]\b|\bselbstmord\w*\b"
        r"|\bsuicidio\b|\bsuicídio\b|\bsuicide\b(?= (?:je|me|moi))"
        r"|\bno quiero (?:estar|seguir) aqu[ií]\b|\bya no aguanto (?:más|mas) la vida\b",
        about_self=False,
        # ("me quiero morir de la verguenza": a feeling)
        guard=lambda s, m, t: (
            bool(_FOREIGN_FIGURE.search(s))
            or bool(_ES_DIE_OF_A_FEELING.match(s, m.end()))
            or _spanish_negated(s, m)
        ),
        spanish=True,
    ),
    # Self-harm and means said in Spanish: "me corté los brazos otra vez", "tengo las
    # pastillas listas para acabar con todo".
    _concept(
        "crisis",
        "self_harm_spanish",
        "cort|matar|acabar|lastim|hacerme|matado|suicidado|quitado|seguir|vivir|quitarme"
        "|aguento|morrer|minha|muero|muriera|estuviera|dios|sigo|despertar|estar|pastillas"
        "|morir|suicid|desaparezco|matar|vida|siempre|despido|sin m|acabar|acordar|precisar"
        "|falta"
        "|machuc",
        r"\bme (?:volv[ií] a )?cort[eéo](?: \w+){0,2} (?:los |las |el |la |mis )?(?:brazos?"
        r"|piernas?|mu[nñ]ecas?|muslos?|piel)\b|\bme volv[ií] a cortar\b|\b(?:ganas de"
        r"|quiero) (?:cortarme|lastimarme|hacerme da[nñ]o)\b|\bme (?:quiero|voy a) (?:matar"
        r"(?! \w+(?:ando|iendo)\b)|morir|suicidar)\b"
        r"|\b(?:ya )?me (?:hubiera|habr[ií]a) (?:matado|suicidado|quitado la vida)\b"
        r"|\bno s[eé] (?:para|pa) qu[eé] (?:seguir|vivir)\b|\bya no quiero (?:vivir"
        r"|seguir)\b|\bquitarme la vida\b"
        r"|\b(?:quiero|voy a|pienso en|ganas de) acabar con (?:todo|mi vida)\b"
        # Portuguese, which some of the clinic's patients write.
        r"|\bn[aã]o aguento mais (?:viver|isso|nada)\b|\bquero morrer\b|\bvou me matar\b"
        r"|\btirar (?:a )?minha (?:pr[oó]pria )?vida\b"
        # "sería mejor para todos si yo me muero", "esta noche me voy con dios".
        r"|\bmejor (?:\w+ ){0,4}si (?:yo )?(?:me muero|me muriera|muero|no estuviera|desaparezco)\b"
        r"|\b(?:esta noche|hoy) me voy con dios\b|\bme voy con dios (?:esta noche|hoy)\b"
        r"|\bpara qu[eé] sigo (?:aqu[ií]|viv[oa])\b|\bya no quiero despertar(?:me)?\b"
        r"|\bma[nñ]ana (?:ya )?no voy a estar\b|\bno voy a estar (?:aqu[ií] )?ma[nñ]ana\b"
        r"|\b(?:tengo|junt[eé]) (?:las |todas las |mis )?pastillas (?:\w+ ){0,3}(?:juntas|todas"
        r"|guardadas)\b"
        r"|\b(?:pastillas?|soga|cuerda|pistola|arma|cuchillo|puente)(?: \w+){0,4} para"
        r" acabar con (?:todo|mi vida)\b"
        # "todos estarían mejor sin mí", "me voy a descansar para siempre", "ya no voy a
        # estar. me despido de todos"
        r"|\b(?:todos|todo el mundo|mi familia|mis hijos) (?:\w+ )?estar[ií]an mejor sin m[ií]\b"
        r"|\b(?:descansar|dormir) para siempre\b|\bme despido de todos\b(?![^.!?]{0,30}"
        r"\b(?:hasta|nos vemos|buenas noches|feliz|ma[nñ]ana|el lunes|la semana|vacaciones"
        r"|viaje|me voy de|me mudo)\b)"
        r"|\bya no voy a estar\b(?! (?:en|los|el|la|para|con|disponible)\b)(?=.*\b(?:me despido"
        r"|adi[oó]s|cu[ií]dense|gracias por todo"
        r"|perd[oó]n por todo)\b)"
        # Portuguese: "pensando em acabar com tudo", "só fala pra eu me matar", "dormir e não
        # acordar mais", "vontade de me cortar", "dei meu gato ... não vou precisar mais"
        r"|\b(?:pensando em|penso em|quero|vou|vontade de) acabar com (?:tudo|a minha vida"
        r"|minha vida)\b(?! (?:isso|que|o que|de|da|do|na|no)\b)|\b(?:pra|para) (?:eu )?me"
        r" matar\b|\b(?:quero|vou|vontade de) me (?:matar|cortar|machucar)\b"
        r"|\bdormir e n[aã]o acordar (?:nunca )?mais\b"
        r"|\bdormir y no despertar(?: m[aá]s| nunca)?\b"
        r"|\bningu[eé]m (?:ia|vai) sentir (?:minha falta|falta de mim|falta)(?=\s*(?:[.,;!?]|$))",
        about_self=False,
        guard=lambda s, m, t: (
            _es_figure_or_denied(s, m, t)
            # ("me corto las piernas cuando me rasuro")
            or (m.group(0).startswith("me cort") and _es_accident(s))
        ),
        spanish=True,
    ),
    *_SPANISH_CRISIS,
    # Symptoms that need a clinician now, said in Spanish (the clinic's second language):
    # chest pain, breathlessness, fainting, swelling, voices and sights that stay, confusion.
    _concept(
        "urgent",
        "urgent_spanish",
        "pecho|respir|aire|ahog|desmay|conocimiento|hinch|ronchas|voces|viendo|confundid"
        "|cara caid|donde estoy|nde estoy|reconoce|sabe d|mover|falta de ar|desmai|sentidos"
        "|inchad|inchand|temblando|convuls|sacud|cay|de la cara|media cara"
        "|cara ca da|sabe qui",
        r"\b(?:me duele (?:mucho |fuerte )?el pecho|dolor (?:fuerte |muy fuerte )?(?:en el|de)"
        r" pecho|(?:presi[oó]n|opresi[oó]n) en el pecho|no puedo respirar|me cuesta respirar"
        r"|me falta el aire|me estoy ahogando|(?<!casi )me desmay[eé]|perd[ií] el conocimiento"
        # someone else's faint, going on: "se desmayo hace un rato ... no me contesta bien"
        r"|(?<!casi )se desmay[oó](?=[^.]*\b(?:hace (?:un rato|poco|unos minutos|\d+ minutos)"
        r"|no (?:me )?(?:contesta|responde|reacciona|despierta)|sigue|todav[ií]a|ahorita"
        r"|ahora mismo|right now|just now)\b)"
        r"|se (?:me|le) cay[oó] (?:la cara|la boca|media cara)(?= (?:de un lado|de lado|del lado"
        r"|hacia un lado)|[^.]*\bno (?:puedo|puede) hablar)|se (?:me|le)"
        r" (?:est[aá]n? )?hinch(?:a|an|ando|[oó]|aron) (?:la cara|la garganta|la lengua|los labios)"
        # a seizure told by family: "el esta temblando todo el cuerpo y no contesta"
        r"|(?:temblando|convulsionando|sacudi[eé]ndose) (?:de )?todo el cuerpo,? (?:y )?(?:no"
        r" (?:contesta|responde|reacciona|despierta)|(?:tiene )?los ojos en blanco)"
        r"|(?:est[aá]|sigue) convulsionando|(?:est[aá]|sigue) (?:con|teniendo) (?:una )?"
        r"convulsi(?:[oó]n|ones)\b(?! de risa)"
        r"|(?:cara|garganta|lengua|labios?) (?:muy |bien |toda |todo )?hinchad[oa]s?"
        r"|ronchas por todo|(?:escucho|oigo|sigo escuchando|sigo oyendo) voces"
        r"|(?:sigo |estoy )?viendo (?:cosas|gente|personas) que no"
        r"|(?:estoy|est[aá]) muy confundid[oa]|no s[eé] (?:bien )?d[oó]nde estoy|cara ca[ií]da"
        # "no sabe dónde está, no me reconoce"; "no puedo mover bien la mano" (a stroke's signs)
        r"|no (?:me|nos|la|lo) reconoce|no sabe (?:d[oó]nde|qui[eé]n) (?:est[aá]|es)"
        r"(?!\s+(?:el|la|los|las|su|sus|mi|mis|tu|tus)\b)"
        # half the face gone numb: "no siento la mitad de la cara", "se me durmió media cara"
        r"|(?:no (?:siento|sienta|siente)|se (?:me|le) (?:durmi[oó]|adormeci[oó]|entumi[oó])"
        r"|tengo (?:dormida|entumida|adormecida)) (?:la mitad de la cara|media cara"
        r"|un lado de la cara|el lado (?:izquierdo|derecho) de la cara)"
        r"|no (?:puedo|puede) mover (?:bien )?(?:la mano|el brazo|la pierna|la cara|el lado)"
        r"(?! con (?:el|la) (?:yeso|f[eé]rula|vendaje|cabestrillo))"
        # Portuguese: "estou com falta de ar", "desmaiei dando banho nas crianças"
        r"|(?:estou com|tenho|sinto) falta de ar|n[aã]o consigo respirar|desmaiei|desmaiou"
        # "minha boca tá inchando", "lábios inchados"
        r"|(?:boca|l[aá]bios?|garganta|rosto|l[ií]ngua|olhos?) (?:\w+ )?(?:t[aá] |est[aá] )?"
        r"(?:inchando|inchad[oa]s?)"
        r"|perdi os sentidos)\b",
        about_self=False,
        guard=lambda s, m, t: (
            _spanish_negated(s, m)
            or bool(_SPANISH_MILD_OR_EXPLAINED.search(t))
            or ("hinch" in m.group(0) and bool(_SPANISH_SWELLING_EXPLAINED.search(s)))
            or ("voces" in m.group(0) and bool(_SPANISH_VOICES_EXPLAINED.search(s)))
            or (bool(_HALF_A_FACE.search(m.group(0)) and _SPANISH_NUMB_EXPLAINED.search(s)))
        ),
        spanish=True,
    ),
    # Things seen that are not there and do not go away, in Spanish: "todavía veo bichos
    # caminando por la pared", "sigo viendo sombras desde la infusión".
    _concept(
        "urgent",
        "seeing_things_spanish",
        "veo|viendo",
        r"\b(?:veo|viendo) (?:unos |unas |los |las )?(?:(?:bichos|insectos|ara[nñ]as|cucarachas"
        r"|gusanos|serpientes|culebras|hormigas|sombras|figuras|animales)\b|(?:gente|personas"
        r"|caras)\b(?= que no (?:est[aá]n|hay|existen)))",
        about_self=False,
        guard=lambda s, m, t: (
            not _SIGHT_STAYS.search(t)
            or _spanish_negated(s, m)
            or bool(_SPANISH_OVER.search(t) or _SIGHT_OF_THE_EYES.search(t))
        ),
    ),
    # ---- Round 3 families: each names the shape of the language, not one sentence.
    # Asking why one stays alive: "idk why i even bother staying alive", "not sure why im
    # still here". The question word opens the match so "no idea" does not read as negation.
    _concept(
        "crisis",
        "why_alive",
        " why| point",
        r"\b(?:(?:no idea|no clue|idk|dunno|dont know|not sure|unsure|wonder(?:ing)?|ask(?:ing)?"
        r" myself) )?why (?:(?:do|am|would|should|did|does) )?(?:i|im|i am) (?:\w+ ){0,2}?"
        # Alive, here and keeping going stand alone; living, existing and waking up need
        # "bother" or "even" ("why do i wake up groggy" asks about sleep).
        r"(?:(?:bother(?:ing)? (?:to |with )?)?(?:stay(?:ing)? alive|still alive|still here|still"
        r" around|still breathing|be(?:ing)? alive|keep(?:ing)? (?:going|living|breathing|trying"
        r"|fighting))|(?:bother(?:ing)? (?:to |with )?|even )(?:(?:get(?:ting)? up|try(?:ing)?)"
        r" (?:and|or) )?(?:go(?:ing)? on|carry(?:ing)? on|liv(?:e|ing)|exist(?:ing)?"
        r"|wak(?:e|ing) up))\b(?! (?:to|on|with|for|so|early|before|after|about|there|back|into"
        r"|until|till|the|my|awake)\b)(?! (?:at|in) (?!(?:this|that) (?:point|world|stage)))"
        r"|\bpoint (?:in |of |to )?(?:me )?(?:still |even )?(?:being|staying|be|stay) (?:alive"
        r"|here|around)\b(?! (?:at|in|on|for|with|till|until|tonight|today|this))",
        about_self=False,
        guard=lambda s, m, t: _place_after(s, m) or bool(_WAITING.search(s)),
    ),
    # Self-injury told through what it did and what it gave: "punched the wall til my knuckles
    # split, it felt good to hurt", "the pain felt good, i liked seeing the blood".
    _concept(
        "crisis",
        "injury_relief",
        (
            "till|until| til|relief|felt good|feels good|feel good|felt better|feels better"
            "|calm|blood|bleed|needed to feel|need to feel|pain felt|pain feels|felt right"
            "|felt|feels|feel|needed|liked|deserved|relie|seeing|watching|sight of"
        ),
        r"\b(?:(?:" + _NSSI_VERB + r"|dug|dig\w*|claw\w*|press\w*|held|hold\w*|put|kick\w*"
        # (not another's: "held my husbands hand through the infusion and felt calm")
        r"|squeez\w*) (?:\w+ ){0,4}?(?:my ?self|my (?:own )?(?:(?!"
        + _PEOPLE
        + r"s?\b)\w+ )?"
        + _BODY
        + r"|(?:the|a)"
        r" (?:\w+ )?(?:walls?|doors?|mirror|floor|desk))|(?:pull\w*|tore|tear\w*|rip\w*|yank\w*)"
        r" (?:\w+ ){0,2}?my (?:own )?(?:hair|eyelashes))\b(?=[^.!?;\n]{0,90}?\b(?:(?:until|till"
        r"|til) (?:\w+ ){0,3}(?:bled|bleeding|bleeds?|split|splits|broke|breaks?|cracked|cracks?"
        r"|bruised|bruises?|swelled|swells?|swollen|went numb|goes numb|go numb|numb|raw|blistered"
        r"|blisters?|throbbed|throbs?|couldnt feel|cant feel|was bleeding|were bleeding)"
        r"|(?:it |that |which )?(?:felt|feels|feel) (?:so |really |kinda |kind of |weirdly )?"
        r"(?:good|better|right|nice|calm\w*|amazing)|(?:was|is|its|such) (?:a |such a )?relie\w*"
        r"|calm(?:s|ed)? me(?: down)?|needed (?:to feel )?(?:it|that|the pain|something)"
        r"|liked (?:it|the pain|seeing|watching)|deserved it)\b)"
        r"|\b(?:(?:the |that )?pain (?:\w+ )?(?:felt|feels|feel) (?:so |really |kinda )?(?:good"
        r"|right|better|nice|calming)|(?:felt|feels|feel) (?:so |really |kinda )?(?:good|better"
        r"|right|nice) to (?:hurt|bleed|see (?:the )?blood|feel (?:the )?pain)|(?:liked|like"
        r"|love|loved|enjoy\w*) (?:seeing|watching|the sight of|the feel of) (?:the |my )?"
        r"(?:blood|bleeding|it bleed|cuts?|burns?))\b",
        about_self=False,
        guard=lambda s, m, t: (
            _accidental(s, m, t) or _skin_condition(s, m, t) or bool(_PAIN_BENIGN.search(s))
        ),
    ),
    # A last stretch of time, decided: "this week is my last one alive", "i wont see another
    # christmas", "these are my last few days". A peace or decision word, or a message about
    # dying, makes the last week more than a last week at a job.
    _concept(
        "crisis",
        "last_days",
        " last| final|another|next",
        r"\b(?:(?:week|weekend|month|night|day|year|christmas|birthday|summer|winter|spring"
        r"|autumn|friday|saturday|sunday|monday|tuesday|wednesday|thursday|one|it|tonight"
        r"|today|tomorrow|this|that) (?:is|will be|s|would be|has to be) (?:my|the) (?:very )?"
        r"(?:last|final)(?: one)?(?: (?:day|night|week|weekend|month|one|birthday|christmas"
        r"|summer|winter|spring|autumn|new year))?(?=\s*(?:[.,!?;\u2026]|$|alive\b|on (?:this )?"
        r"earth\b|and\b|ever\b|im\b|i\b|ive\b|so\b|then\b))"
        r"|(?:these|those|this) (?:are|is|will be) my (?:very )?(?:last|final) (?:few )?(?:days"
        r"|weeks|hours|nights|day|week|night|month|weekend)\b(?! (?:at|of|in|on|before|with|off"
        r"|for|as|here|there|to))"
        r"|my (?:very )?(?:last|final) (?:few )?(?:days|weeks|hours|nights|christmas|birthday"
        r"|summer|month|week|weekend|sunrise|sunset)(?: \w+)? (?:alive|on (?:this )?earth"
        r"|ever)|(?:wont|will not|not going to|dont think ill|never going to) (?:see|make it"
        r" to|be (?:here|around) for|live to see|get to see) (?:another|next|the next|my next)"
        r" (?:christmas|birthday|summer|winter|spring|autumn|year|new year|week|month|easter)\b"
        r"(?! (?:at|in|with|off|like|as)))",
        about_self=False,
        guard=lambda s, m, t: (
            not (
                _DECIDED_CALM.search(s)
                or _DEATH_CONTEXT.search(t)
                or re.search(r"\b(?:another|next)\b", m.group(0))
            )
            or bool(_LAST_DAYS_BENIGN.search(s))
        ),
    ),
    # Looking up a means: heights and whether they can be reached, which drugs mix badly, how
    # long a death takes. The research verb and the target together carry the risk.
    _concept(
        "crisis",
        "research_means",
        "look|googl|research|search|read|check|find|found|figur|work|wonder|asked",
        r"\b(?:look(?:ed|ing|s)? (?:up|into)|googl\w*|research\w*|search\w*|read(?:ing|s)? (?:up"
        r" )?(?:on|about)|check\w*|find(?:ing)? out|found out|figur\w* out|work\w* out"
        r"|wonder\w*|asked (?:google|chatgpt|siri|alexa|ai))(?: \w+){0,2}? (?:how (?:tall|high"
        r"|far down|far|many (?:floors|storeys|stories)|deep|cold|fast|strong) (?:\w+ ){0,5}?"
        r"(?:bridge|roof|rooftop|building|tower|car ?park|carpark|parking (?:garage|structure)"
        r"|garage|multi ?stor\w*|cliff|balcony|overpass|top floor|ledge|river|lake|sea|ocean"
        r"|water|reservoir|canal|quarry|drop|fall)|(?:if|whether|how) (?:\w+ ){0,3}?(?:get"
        r" (?:up|onto|on|to|into)|climb\w*|reach|access) (?:\w+ ){0,3}?(?:roof|rooftop|top"
        r" floor|top level|\w*bridge|cliff|ledge|balcony)|(?:if|whether|how) (?:\w+ ){0,5}?(?:roof"
        r"|rooftop|top floor|top level|\w*bridge|cliff|ledge|balcony) (?:\w+ ){0,6}?(?:open|locked"
        r"|unlocked|access\w*|fence|fenced|barrier|railings?|get (?:up|onto|on)|climb\w*|reach)"
        # which heights are left unguarded: "researching which bridges in the city have no
        # fencing" (not "which rooftops are open for new years")
        r"|(?:which|what) (?:\w+ ){0,5}?(?:roofs?|rooftops?|top floors?|\w*bridges?|cliffs?"
        r"|ledges?|balcon(?:y|ies)|overpass(?:es)?|parking garages?|car parks?) (?:\w+ ){0,5}?"
        r"(?:(?:have|has|with|had) no (?:fenc\w*|barriers?|nets?|railings?|rails?|guard ?rails?"
        r"|cameras?)|(?:arent|isnt|werent|wasnt|are not|is not|not) (?:\w+ )?(?:locked|fenced"
        r"|guarded|alarmed|watched)|(?:unfenced|unlocked|unguarded))"
        r"|(?:the )?(?:roof|rooftop|top floor|top level|\w*bridge|cliff|ledge|balcony|car park"
        r"|multi ?stor\w*) (?:\w+ ){0,5}?(?:isnt|is not|arent|wasnt|not|never|s|is) (?:locked"
        r"|fenced|closed|alarmed|guarded|open|unlocked|accessible)"
        r"|(?:which|what|how many|how much) (?:\w+ ){0,4}?(?:meds?|pills|tablets|drugs"
        r"|medications?|medicines?|painkillers|sleeping pills) (?:\w+ ){0,5}?(?:dangerous"
        r"|deadly|lethal|fatal|too many|too much|toxic|kill|stop your heart)"
        r"|how long (?:\w+ ){0,3}?(?:to|until|till|before) (?:you |someone |a person |i )?"
        r"(?:bleed out|drown|die|suffocate|lose consciousness|pass out from|freeze to death"
        r"|stop breathing|hang)|how many (?:\w+ ){0,4}?(?:would|it would) (?:be|take)(?: \w+)?"
        r" too many)\b",
        about_self=False,
        guard=lambda s, m, t: bool(_RESEARCH_BENIGN.search(s)),
    ),
    # Water as a way out: walking in and not coming back, how cold or deep it would be.
    _concept(
        "crisis",
        "water",
        # The guard wants a water word in the sentence, so those words are the anchors.
        (
            "river|lake| sea|ocean|water|canal|reservoir|wave|tide|pier|harbo|quarry|current"
            "|bridge|loch|estuar|beach|cliff"
        ),
        r"\b(?:(?:walk\w*|wad\w*|step\w*|swim\w*|slip\w*|wander\w*|go|going|went|jump\w*|drift"
        r"\w*) (?:\w+ ){0,2}(?:in|into|under|out)(?: (?:the|to the) (?:\w+ )?(?:water|river|lake"
        r"|sea|ocean|canal|reservoir|waves|tide))?,? (?:and|&|to) (?:just )?(?:keep(?:ing)?"
        r" (?:going|walking|swimming)|not (?:com(?:e|ing)) back|never (?:com(?:e|ing)) back"
        r"|not (?:stop|stopping)|disappear\w*|sink\w*|go(?:ing)? under|stay(?:ing)? (?:under"
        r"|down)|let(?:ting)?"
        r" (?:it|the water|the current|the waves|the sea|the river) take me)"
        r"|(?:think\w*|thought|wonder\w*|imagin\w*|pictur\w*) (?:about )?how (?:cold|deep|dark"
        r"|fast|strong|peaceful|quick|quickly|calm|long|easy) (?:\w+ ){0,3}?(?:would (?:be|take"
        r"|feel|it be)|it would|it must|must be|it is|it was)"
        r"|how easy it (?:would|could) be to (?:just )?(?:slip|jump|let go|go under|walk in|step"
        r" off|step in|drift|fall(?! asleep| back| for| behind| apart| over| out| ill))"
        r"|(?:water|river|lake|sea|ocean|canal|reservoir|waves|tide|current)(?: \w+){0,4}"
        r" (?:looks|looked|seems|seemed|feels|felt|is|was|getting) (?:so |really |very |kind of"
        r" |kinda |more and more |almost )?(?:inviting|tempting|welcoming|like (?:an answer|a way"
        r" out|the answer|peace|relief|home))"
        r"|(?:let|want\w*|wish\w*|hop\w*|need\w*) (?:the (?:water|river|sea|current|waves|tide"
        r"|ocean|lake)|it) (?:to )?(?:take|carry|swallow|have|pull)(?: me)?\b(?! (?:for|to|out"
        r"|on|there|home|back))|(?:into|in|under) the (?:water|river|lake|sea|ocean|canal"
        r"|reservoir|waves)(?: \w+){0,3} (?:and )?(?:not|never) (?:come|coming) (?:back|up|out))\b",
        about_self=False,
        guard=lambda s, m, t: not _WATER.search(s) or bool(_WATER_BENIGN.search(s)),
    ),
    # "My cat is the only reason im still here": the lifeline is named as the subject, so the
    # subject check of the other concepts must not apply.
    _concept(
        "crisis",
        "only_reason",
        "only|keeping|keeps|kept|if it|if not|stopp|holding",
        r"\b(?:only (?:reason|thing|person|one|ones|things)(?: thats| that is| that| which)?"
        r" (?:im|i am|i|keep\w*|kept|stop\w*|hold\w*)(?: \w+)?? (?:still )?(?:here|alive|around"
        r"|stay|staying|live|living|breathing|not dead|me (?:alive|here|breathing|from (?:doing"
        r" it|ending it|going through|killing myself|giving up|the edge))|havent (?:done it|ended"
        r" it|gone through with it|killed myself|given up|left))"
        r"|(?:only thing|all)(?: thats| that is| that)? (?:keeping|keeps) me going"
        r"|(?:keeping|keeps|kept|holding) me (?:alive|here|breathing|from (?:doing it|ending it"
        r"|going through with it|killing myself))"
        r"|if (?:it (?:wasnt|werent|was not|were not|hadnt been) for|not for) (?:\w+ ){1,3}"
        r"(?:id|i would|i wouldnt|i would not|i probably|id probably|i might|id have|i would"
        r" have)(?: \w+){0,2}? (?:be (?:dead|gone)|not be (?:here|around|alive)|be here|have"
        r" (?:done it|ended it|gone|killed myself)|ended it|done it|be around|still be here"
        r"|here|around|alive))\b(?! (?:at|in|on|for|with|to|till|until|awake|up|late|tonight))",
        about_self=False,
        guard=lambda s, m, t: bool(_LIFELINE_BENIGN.search(s)) or _place_after(s, m),
    ),
    # A will put in order beside a farewell: "I have updated my will and left instructions for
    # the cat. Please tell Dr. Alvarez I was grateful for her care." (alone, a will is business)
    _concept(
        "crisis",
        "will_with_a_farewell",
        "will",
        r"\b(?:updated|updating|update|redid|redone|redo|finished|finali[sz]ed|signed|rewrote"
        r"|rewritten|made|wrote|written|drew up|drawn up|sorted|sorted out)(?: \w+){0,2}? my"
        r" (?:last )?will\b(?! be\b)"
        r"|\bmy (?:last )?will (?:is|s|has been) (?:now )?(?:updated|done|signed|finished|written"
        r"|sorted|made)\b",
        about_self=False,
        guard=lambda s, m, t: not _A_FAREWELL.search(t) or bool(_PAPERS_BENIGN.search(t)),
    ),
    # Papers and passwords set out for others "just in case": a preparatory act.
    _concept(
        "crisis",
        "papers_ready",
        (
            "paper|document|will|password|pin|bank|account|login|insurance|funeral|deeds"
            "|finances|policy| so "
        ),
        r"\b(?:made sure|make sure|showed|show|told|tell|left|leaving|wrote down|writing down"
        r"|written down|put|putting|organi[sz]\w*|sorted|gathered|labell?ed|printed|where"
        r"|(?:wrote|written|writing|write) (?:everything|it all|all of it|instructions|a list)"
        r" down)"
        r"(?: \w+){0,7}? (?:the |my |all my |all the |important )*(?:papers|documents|paperwork"
        # (the will a person leaves, not the one that says what the clinic will do)
        r"|(?:(?<=my )|(?<=the )|(?<=his )|(?<=her )|(?<=our ))will(?! be\b)|passwords?|pins?"
        r"|bank (?:details|info|cards?|stuff)|account details|accounts"
        r"|logins?|life insurance(?: \w+)?|insurance (?:papers|policy|documents|details|stuff)"
        r"|funeral (?:plan|wishes|plans)|deeds|finances"
        r"|for (?:my|her|him|them|\w+s) (?:\w+ )?so)\b",
        about_self=False,
        guard=lambda s, m, t: (
            not (
                _IN_CASE_END.search(s)
                or re.search(r"\b(?:will|life insurance|funeral)\b", m.group(0))
            )
            or bool(_PAPERS_BENIGN.search(s))
        ),
    ),
    # A letter that explains or asks forgiveness: "wrote my daughter a letter explaining
    # everything", "left each of them a note saying it isnt their fault".
    _concept(
        "crisis",
        "explaining_letter",
        "letter|note|video|message|email|card|recorded",
        r"\b(?:wrote|written|writing|write|left|leaving|recorded|recording|typed|typing|made"
        r"|making|drafted|finished|sealed) (?:\w+ ){0,5}?(?:letters?|notes?|videos?|messages?"
        r"|emails?|cards?)(?: \w+){0,6}? (?:explaining (?:everything|it all|why|myself|my"
        r" reasons|what i did|what im going to do)(?=\s*(?:[.,!?;]|$| and | so | to (?:my|each"
        r"|all|them|her|him)))|saying (?:sorry|goodbye|how sorry|im sorry)(?! (?:for (?:being"
        r" late|missing|the mess|forgetting|shouting|yesterday|last night)))|telling (?:\w+ ){1,2}"
        r"(?:its not (?:their|his|her|your) fault|it isnt (?:their|his|her|your) fault|it wasnt"
        r" (?:their|his|her|your) fault|not to blame (?:themselves|himself|herself|yourself)"
        r"|(?:i love (?:them|her|him|you)|im sorry) and (?:why|goodbye|that its not)|goodbye"
        r"|why i (?:did|had|couldnt|cant|chose))|for (?:after|when|once) (?:im|i am|i) (?:gone"
        r"|not here|dead))",
        about_self=False,
        guard=lambda s, m, t: bool(_LETTER_BENIGN.search(s)),
    ),
    # Veiled threats: resolve to act on a person without the word "kill".
    _concept(
        "crisis",
        "veiled_threat",
        (
            "coming|know where|sorry|done with|hands|neck|throat|regret|pay|make sure|see to it"
            "|ensure|knife|knives|gun|hammer| bat|blade|scissors|axe|machete"
            "|suffer|im done|im finished|im through|im dealt|am done|am finished|am through"
            "|am dealt|ive done|ive finished|ive through|ive dealt|i done|i finished|i through"
            "|i dealt"
        ),
        r"\b(?:(?:get|gets|getting) (?:whats|what is) coming(?: to (?:him|her|them))?\b(?=[^.!?;\n]"
        r"{0,40}?\b(?:ill|i will|im going to|im gonna|going to|gonna) (?:make sure|see to it"
        r"|deliver|be the one|do it))"
        r"|i know where (?:he|she|they) (?:lives?|sleeps?|works?|parks?)\b(?=[^.!?;\n]{0,60}?\b"
        r"(?:going to|gonna|ill|im coming|waiting|tonight|knife|gun|end (?:this|it|him|her"
        r"|them)|pay|sorry|show up|visit|regret))"
        r"|(?:theyll|they will|hell|he will|shell|she will|everyone will|you will|youll) (?:all )?"
        r"(?:be sorry|regret (?:it|this|what)|pay)\b(?=[^.!?;\n]{0,60}?\b(?:when i|once i|after"
        r" i|with (?:it|a gun|a knife|my)|i (?:show up|come|turn up|get there)))"
        r"|(?:wont|will not|never|not) (?:\w+ ){0,2}(?:hurt|touch|bother|hit|speak to|look at)"
        r" (?:\w+ ){0,2}(?:again|anymore|any more)(?: \w+){0,2}? (?:once|when|after) (?:im|i am"
        r"|ive|i) (?:done|finished|through|dealt)"
        r"|(?:my )?(?:hands?|fingers) (?:around|round|on|squeezing) (?:his|her|their|(?:my|that"
        r"|the) \w+s) (?:neck|throat)"
        r"|(?:make sure|see to it|ensure) (?:that )?(?:he|she|they|him|her|them) (?:never|wont"
        r"|will never|cant|can never|doesnt|dont) (?:\w+ ){0,2}?(?:touch|hurt|hit|bother|come"
        r" near|speak to|look at|lay a finger on)\w* (?:\w+ ){0,3}?(?:again|anymore|any more)\b"
        r"(?=[^.!?;\n]{0,60}?\b(?:whatever it takes|by any means|even if|myself|my own hands"
        r"|permanently|for good|one way or another|if its the last thing)\b)"
        r"|(?:think\w*|thought|urges?|want\w*|imagin\w*|pictur\w*|fantasi\w*|tempted) (?:about |of"
        r" |to )?(?:grab\w*|get(?:ting)?|tak(?:e|ing)|pick(?:ing)? up|us(?:e|ing)|reach\w* for)"
        r" (?:a|the|my|his|her) (?:\w+ )?(?:knife|knives|gun|hammer|bat|blade|scissors|axe"
        r"|machete)\b(?! (?:set|block|sharpener|for (?:the|cooking|dinner|chopping)))"
        # ("the vet said we shouldnt make her suffer", "dont make them suffer through my nights")
        r"|(?<!shouldnt )(?<!dont )(?<!not )(?<!never )(?<!wont )(?<!wouldnt )(?<!cant )"
        r"(?:make|making) (?:sure )?(?:him|her|them) (?:pay|regret it|suffer)\b"
        r"(?! (?:for (?:the|dinner|lunch|it)|back|rent|through|any longer|anymore)))",
        about_self=False,
        guard=lambda s, m, t: bool(
            _JOKE_MARKER.search(s) or _THREAT_BENIGN.search(s) or _WEAPON_BENIGN.search(s)
        ),
    ),
    # Plans said without naming what: "ive picked the day", "i know exactly how id do it",
    # "so no one finds me until its over", "waiting for the right night".
    _concept(
        "crisis",
        "quiet_plan",
        "picked|chosen|chose|set the|decided on|settled on|do it|finds me|find me|stop me"
        "|save me|right night|right day|right time|right moment|worry about me|deal with me"
        "|set a day|set a date|set a night|set a time|set my day|set my date|set my night"
        "|set my time|fixed a|fixed the|fixed my|found me|stops me|reach me|reaches me|saves me"
        "|right opportunity|look after me|put up with me|take care of me",
        # ("set my time zone", "fixed the time on my watch": a clock, not a plan)
        r"\b(?:(?:(?:picked|chosen|chose|set|decided on|settled on) (?:a|the|my)|fixed (?:a|my))"
        r" (?:day|date|night|time)\b(?! (?:for|to|of|with|at|when|in|on|off|out|we|they|zone"
        r"|stamp|settings?)\b)"
        r"|(?:know|worked out|figured out|planned|decided|thought about|think\w* about|imagined"
        r"|imagin\w*|picture\w*|dream\w* about)"
        r" (?:exactly |just |already )?(?:how|when|where) (?:id|i would|ill|i will|i could)"
        r" (?:\w+ )?do it\b(?! (?:if|differently|better|again|next|for|with|at work|at home))"
        r"|(?:(?:no ?one|nobody|noone|anyone|they|he|she|you) (?:\w+ )?)?(?:find|finds|found|stop"
        r"|stops|save|saves) me (?:until|till|til|before|in time)(?: \w+)? (?:its"
        r" (?:over|too late|done|finished)|too late|the morning|morning|im gone)"
        # (reaching needs someone: "the reminder didnt reach me till the morning")
        r"|(?:no ?one|nobody|noone|anyone|they|he|she|you) (?:(?:will|wont|can|cant|cannot|would"
        r"|wouldnt|will not|is going to|are going to) )?(?:reach|reaches) me"
        r" (?:until|till|til|before|in time)(?: \w+)? (?:its (?:over|too late|done|finished)"
        r"|too late|the morning|morning|im gone)"
        r"|(?:so|when|where|once|before) (?:no ?one|nobody|noone) (?:can|could|will|would|is able"
        r" to) (?:stop|save) me\b(?!"
        r" (?:from|eating|buying|\w+ing))"
        r"|waiting for the right (?:night|day|time|moment|opportunity)\b(?! (?:to|for|with|at"
        r"|in|on))"
        # (those who will look after the writer, said plainly, are no farewell: "the nurses
        # said they will look after me after the treatment")
        r"|(?:(?:no ?one|nobody|noone|none of you) (?:will|would|wont|wouldnt)(?: \w+)?"
        r"|(?:you all|everyone|they|you) (?:wont|wouldnt|will not|would not|will never"
        r"|would never|will no longer|would no longer)(?: \w+)?)"
        r" (?:have to|need to|ever have to|ever need to)? ?(?:worry about"
        r"|deal with|look after|put up with|take care of) me (?:again|anymore|any more|after|much"
        r" longer|soon|ever again))\b",
        about_self=False,
        guard=lambda s, m, t: bool(_PLAN_BENIGN.search(t)) or _a_wedding_date(m, t),
    ),
    # Means told without naming them: "counting them every night" beside pills, "tonight
    # im going to take them all", "i know how many i need now".
    _concept(
        "crisis",
        "means_oblique",
        "count|them all|how many|how much|the lot|quantity|amount|number|all of them",
        r"\b(?:count(?:ed|ing)? (?:them|the pills|my pills|the tablets|my tablets|how many)"
        r"(?: (?:again|every night|each night|over and over|out|up))?"
        r"|(?:take|taking|swallow\w*|down|downing|neck|necking) (?:them all|all of them|the lot)\b"
        r"(?! (?:to|out|home|with|back|for|in|on|at|over|round|shopping|swimming|off)\b)"
        r"|(?:know|worked out|working out|figured out|figuring out|calculated|calculating|counted"
        r"|found out) (?:exactly )?(?:how (?:many|much)|what (?:quantity|amount|number))"
        r"(?: (?:pills|tablets|meds|of them|of these|of my (?:own )?\w+))? (?:i need"
        r"|i would need|id need|it takes|it would take|is enough|would be enough|would do it"
        r"|will do it|would be sufficient|is sufficient)\b"
        r"(?! (?:to (?:sleep|fall|get|feel|stay|function|work)|for (?:the|a|my)|per|each|a day"
        r"|every)))",
        about_self=False,
        guard=lambda s, m, t: _oblique_benign(s, m, t),
    ),
    # A one-way trip: "drive up to the cliffs on sunday and not drive back".
    _concept(
        "crisis",
        "one_way",
        "back|home",
        r"\b(?:and|to|then) (?:just )?(?:not|never) (?:driv(?:e|ing)|com(?:e|ing)|walk(?:ing)?"
        r"|go(?:ing)?|get(?:ting)?|make it|swim(?:ming)?|head(?:ing)?) (?:back|home)"
        r"\b(?! (?:till|until|before|for|late|early|on|at|in|with|tonight|today"
        r"|tomorrow|after|again|afterwards|by"
        # ("woke at 3 and not getting back to sleep": a night, no trip)
        r"|to (?:sleep|bed|asleep|normal|work)\b|into (?:bed|sleep)|asleep))",
        about_self=False,
        guard=lambda s, m, t: bool(_PLAN_BENIGN.search(s)),
    ),
    # How easy the act would be: "so easy to just step off the platform", "let go of the
    # railing".
    _concept(
        "crisis",
        "easy_to",
        "easy|let go",
        r"\b(?:(?:would|could|might) (?:\w+ )?be|(?:its|is|was|seems|feels|looks)) (?:so |too"
        r" |really |very |frighteningly |scarily )?easy to (?:just )?(?:step (?:off|out|in front"
        r"|into)|jump(?! to| in| on| at| the| into (?:bed|the pool))|let go(?! of (?:the (?:past"
        r"|grudge|anger|stress)|things|it|stuff|that))|fall(?! asleep| back| for| behind| apart"
        r"| over| out| ill| into bed)|drive (?:off|into)|swerve|crash|walk (?:into|in front|out"
        r" into)|slip under|go under|disappear|end it|not wake|take them all|take all)"
        r"|\blet go of (?:the )?(?:railing|rail|ledge|edge|barrier|parapet)\b",
        about_self=False,
        guard=lambda s, m, t: bool(_PLAN_BENIGN.search(s)),
    ),
    # No future named: "there wont be a next week for me".
    _concept(
        "crisis",
        "no_future",
        "next|tomorrow|future|another"
        "|week for me|month for me|year for me|time for me|christmas for me|birthday for me"
        "|summer for me|appointment for me|infusion for me",
        r"\b(?:there )?(?:wont|will not|isnt going to|aint going to|wouldnt) be (?:a |any"
        r" |another )?(?:next )?(?:week|month|year|time|christmas|birthday|summer|appointment"
        # ("wont be time for me to fill this in": a chore, not a future)
        r"|infusion|tomorrow|future) for me\b(?!(?<=time for me) to (?:fill|send|do|write|log"
        r"|answer|reply|come|make|get|go)\b)",
        about_self=False,
    ),
    # Giving a thing away for after: "told my sister she can have my car after".
    _concept(
        "crisis",
        "yours_after",
        "after|gone|when im|once im|when i go",
        r"\b(?:can|could|will|should|gets? to|is to) (?:have|keep|take) (?:all )?my (?:\w+ )?"
        + _POSSESSIONS[:-1]
        + r"|car|house|flat|jewellery|jewelry|ring|necklace|bike|guitar|laptop|money)"
        r" (?:after|when im gone|once im gone|after im gone|when i go)(?=\s*(?:[.,!?;]|$|im|i"
        r" wont|when|and))",
        about_self=False,
        guard=lambda s, m, t: bool(_PLAN_BENIGN.search(s) or _AWAY_REASON.search(s)),
    ),
    # Done fighting, with a choice made.
    _concept(
        "crisis",
        "done_fighting",
        "fighting|fight",
        r"\b(?:done|tired of|sick of|cant keep|no more|stop|stopping|finished) fighting\b"
        r"(?=[^\n]{0,80}?\b(?:made (?:my|a|the) (?:choice|decision)|decided|ready|for good|let go"
        r"|give up|giving up|anymore|any more|no more|goodbye|im done)\b)"
        r"|\bcant fight (?:it |this )?any ?more\b",
        about_self=False,
        guard=lambda s, m, t: bool(_FIGHT_BENIGN.search(s)),
    ),
    # Watching for the trains that do not stop.
    _concept(
        "crisis",
        "trains",
        "train|platform|ones",
        r"\b(?:(?:fast|express|non ?stop|freight|through) (?:trains?|ones) (?:\w+ ){0,2}(?:dont"
        r"|do not|doesnt|wont|never) stop|(?:step|jump|fall|throw myself|lean|walk)\w* (?:off|from"
        r"|over) (?:the )?(?:edge of the )?platform(?! (?:shoes|bed|\d)))\b",
        about_self=False,
        guard=lambda s, m, t: bool(_TRAIN_BENIGN.search(s)),
    ),
    # A day named as "the day" beside a decision: "made my peace, friday is the day".
    _concept(
        "crisis",
        "day_named",
        (
            "is the day|is the night|s the day|s the night|be the day|be the night|is my day"
            "|is my night|s my day|s my night|be my day|be my night"
        ),
        r"\b(?:friday|saturday|sunday|monday|tuesday|wednesday|thursday|tomorrow|tonight|this"
        r" weekend|next week)(?: is| will be| s|s) (?:the|my) (?:day|night)\b(?! (?:for|of|to|we|i"
        r"|when|that|off|out|before|after|at|in|on))",
        about_self=False,
        guard=lambda s, m, t: (
            not (_DECIDED_CALM.search(t) or _DEATH_CONTEXT.search(t) or _WIND_DOWN.search(t))
            or bool(_PLAN_BENIGN.search(t) or _MILESTONE.search(t))
        ),
    ),
    # ---- Round 5 families: means dwelt on, preparation, finality without "die".
    # A means pictured: "kept picturing the bridge", "imagining the drop from my balcony".
    _concept(
        "crisis",
        "means_imagined",
        "pictur|imagin|fantasi|visuali|dream",
        r"\b(?:pictur\w*|imagin\w*|fantasi[sz]\w*|visuali[sz]\w*|dream\w* (?:of|about))"
        r" (?:\w+ ){0,6}?(?:" + _MEANS_NOUN[3:-1] + r"|" + _PILLS[3:-1] + r")\b" + _NOT_A_MEANS,
        guard=lambda s, m, t: _means_seen_benign(s, m, t),
    ),
    # A means the writer keeps going back to: "keep going out to look at the rope", "staring
    # at the pills again", "i keep going to the river at night".
    _concept(
        "crisis",
        "means_dwell",
        (
            "rope|noose|ligature|bridge|roof|ledge|cliff|balcony|overpass|top floor|parking"
            "|car park|multi|tracks|railway|crossing|gun|pistol|rifle|shotgun|firearm|razor"
            "|blade|drop|edge|river|canal|lake|reservoir|quarry|weir|harbo|water| sea|pill|med"
            "|tablet|sleeper|painkiller|opioid|oxy|benzo|xanax|valium|ambien|zopiclone|zolpidem"
            "|trazodone|seroquel|quetiapine|lithium|insulin|prescription|tylenol|paracetamol"
            "|acetaminophen|ibuprofen|advil|antidepressant"
        ),
        r"\b(?:star(?:e|es|ed|ing)|gaz\w*|look(?:s|ed|ing)? at|check(?:s|ed|ing)? on|think(?:s"
        r"|ing)? (?:about|of)|thought (?:about|of)|(?:go(?:es|ing)?|went|walk(?:s|ed|ing)?|driv(?:e"
        r"|es|ing)|drove) (?:out |back |up |down )?to(?: look at| see| check on| stand on| sit"
        r" on)?|drawn to|pulled to) (?:\w+ ){0,4}?(?:"
        + _MEANS_NOUN[3:-1]
        + r"|"
        + _PILLS[3:-1]
        + r"|"
        + _WATER_NOUN[3:-1]
        + r")\b"
        + _NOT_A_MEANS
        + r"|\b(?:"
        + _MEANS_NOUN[3:-1]
        + r"|"
        + _PILLS[3:-1]
        + r")\b[^.!?;\n]{0,80}?\b(?:keep"
        r"|keeps|kept|been|always|cant stop|every (?:night|day)) (?:\w+ ){0,6}?(?:look(?:ing)?"
        r"|star(?:e|ing)|check(?:ing)?|think(?:ing)?|touch(?:ing)?|hold(?:ing)?)(?: (?:at |about"
        r" |on )?(?:it|them)\b| at(?= *(?:[.,!?;]|$)))",
        guard=lambda s, m, t: _means_dwell_benign(s, m, t),
    ),
    # Standing at an edge a long while: "stood at the end of the pier for a long while".
    _concept(
        "crisis",
        "lingered_at_an_edge",
        "pier|jetty|dock|bridge|ledge|cliff|edge|tracks|railway|roof|overpass|railing",
        r"\b(?:st(?:oo|an)d(?:s|ing)?|sat|sit(?:s|ting)?|linger\w*|wait\w*) (?:at|on|by|over)"
        r" (?:the )?(?:(?:very )?(?:end|edge) of (?:the|a) )?(?:pier|jetty|dock|bridge|ledge"
        r"|cliffs?|edge(?! of (?!(?:the|a) (?:cliff|roof|bridge|pier|platform|drop)))|tracks"
        r"|railway|roof|rooftop|overpass|railing)\b" + _NOT_A_MEANS,
        guard=lambda s, m, t: (
            not _LINGERED.search(s)
            or bool(_DWELL_BENIGN.search(s) or _EDGE_ON_AN_ERRAND.search(s))
            or _means_seen_benign(s, m, t)
        ),
    ),
    # Not sure of stopping next time: "I cannot promise myself I shall turn back a second
    # time", beside a means or an edge in the message.
    _concept(
        "crisis",
        "not_turning_back",
        "next time|second time|again",
        r"\b(?:cant|cannot|can not|wont|might not|may not|not sure (?:if )?i (?:can|will|would"
        r"|could|ll)|dont know if i (?:can|will|would|could|ll))(?: promise(?: myself| anyone"
        r"| you| her| him)?(?: that)?)?(?: (?:i|ill|i will|i shall|i would|id|i can|i could))?"
        r" (?:turn|step|walk|pull|climb|stop myself|stop) ?(?:back|away|down|off)?"
        r" (?:the )?(?:next time|a second time|again)\b",
        about_self=False,
        guard=lambda s, m, t: not _AN_EDGE_OR_MEANS.search(t) or bool(_EDGE_ON_AN_ERRAND.search(t)),
    ),
    # Rafters looked at in an outbuilding, lingered over or kept secret: "went out to the barn
    # and looked at the rafters a long time ... aint telling the wife".
    _concept(
        "crisis",
        "rafters_looked_at",
        "rafter|beam|joist",
        r"\b(?:look(?:s|ed|ing)?|star(?:e|es|ed|ing)|gaz\w*)(?: up)? at (?:the |that |those )?"
        r"(?:\w+ )?(?:rafters?|beams?|joists?)\b",
        about_self=False,
        guard=lambda s, m, t: (
            not _OUTBUILDING.search(t)
            or not (_LINGERED.search(s) or _KEPT_SECRET.search(t))
            or bool(_RAFTERS_BENIGN.search(t))
        ),
    ),
    # Imagining how it would go, beside a means anywhere in the message: "kept picturing the
    # bridge and how quick it would be", "7 floors. would be enough".
    _concept(
        "crisis",
        "means_outcome",
        "how quick|how fast|how easy|how easily|how painless|how peaceful|how simple|how far"
        "|how high|how long|how cold|how deep|enough|do it|the job|the trick",
        r"\b(?:how (?:quick|quickly|fast|easy|easily|painless\w*|peaceful\w*|simple|far down"
        r"|far|high|long|cold|deep) (?:\w+ ){0,2}?(?:it|that|i|the (?:fall|drop|water|impact))"
        r" (?:would|could|might|will|d) (?:be|take|feel|go|hurt|last|all be over|be over)"
        r"|(?:would|should|could|might|will|d) (?:definitely |probably |surely |easily"
        r" |certainly )?(?:be (?:high |far |deep |tall )?enough|do (?:it|the job|the trick))"
        r"|(?:high|far|deep|tall) enough(?: to (?:do it|not survive|be sure"
        r"|be fatal|kill me|die|end it))?)\b(?= *(?:[.,!?;\u2026]|$|i think|probably|surely"
        r"|right|tbh|honestly|if i))",
        about_self=False,
        guard=lambda s, m, t: not _OUTCOME_MEANS.search(t) or _height_benign(s, m, t),
    ),
    # Pills set out ready: "the pills are all lined up on the counter".
    _concept(
        "crisis",
        "pills_staged",
        (
            "pill|med|tablet|sleeper|painkiller|opioid|oxy|benzo|xanax|valium|ambien|zopiclone"
            "|zolpidem|trazodone|seroquel|quetiapine|lithium|insulin|prescription|tylenol"
            "|paracetamol|acetaminophen|ibuprofen|advil|antidepressant"
        ),
        r"\b" + _PILLS + r" (?:\w+ ){0,3}?(?:lined up|laid out|set out|counted out|poured out"
        r"|emptied out|spread out|tipped out|in a row|in rows|in piles?|all out on)\b"
        r"|\b(?:lined|laid|counted|poured|emptied|spread|tipped|lining|laying|counting|pouring"
        r"|emptying|spreading|tipping) (?:up |out )?(?:all )?(?:of )?(?:my |the |all my |all the"
        r" |every one of my )?(?:\w+ )?" + _PILLS + r" (?:up|out|on|in a row)\b"
        r"|\b" + _PILLS + r" (?:\w+ ){0,4}?(?:lined|laid|set|counted|poured|tipped|spread)"
        r" (?:them|it|those|these) (?:all )?(?:up|out)\b"
        # "pills ready.", "the meds are all set now": ready, and for nothing named.
        r"|\b" + _PILLS + r" (?:are |is )?(?:all )?(?:ready|set|prepared)(?: now| tonight)?"
        r"(?= *(?:[.!,;]|$))",
        guard=lambda s, m, t: bool(
            _STAGED_BENIGN.search(s) or _PILLS_ROUTINE.search(s) or _AS_PRESCRIBED.search(s)
        ),
    ),
    # Medicines got for an end: "bought pills for to sleep forever", "got the tablets so i
    # never wake up".
    _concept(
        "crisis",
        "pills_for_the_end",
        _MEDS_ANCHORS,
        r"\b" + _MEDS + r" (?:\w+ ){0,3}?(?:for|to|so|so that|for to|in order to) (?:i |that i )?"
        r"(?:can |could |will |would )?(?:\w+ )?(?:sleep forever|never wake(?: up)?"
        # ("the medicine help so i dont wake up so many times in the night?": fewer wakings)
        r"|(?:not|dont|wont) wake(?: up)?(?!(?: up)? (?:(?:so|as) (?:many|much|often)\b(?! as\b)"
        r"|too early\b))|die|end it"
        r"|end (?:my|this) life|be done with (?:it|life))\b",
        about_self=False,
        guard=lambda s, m, t: (
            _crisis_general_question(s, m, t)
            or _idiom(s, m)
            or _crisis_negated(s, m, t)
            # ("does trazodone help so i dont wake up at night", "the doctor gave me stronger
            # pills so i dont wake up at night": a medicine's purpose, asked or given)
            or bool(
                re.search(r"\b(?:not|dont|wont) wake", m.group(0))
                and _A_MEDICINES_PURPOSE.search(s)
            )
        ),
    ),
    # Knowing where someone keeps a gun or pills, and dwelling on it: "i know where my dad
    # keeps his gun and i think about it", "i have the code to the gun safe. just in case".
    _concept(
        "crisis",
        "means_access",
        "where|access|key to|code|combination|keys to",
        r"\b(?:know|knows|found out|found|figured out) where (?:\w+ ){0,3}(?:keeps?|kept|hides?"
        r"|hid|hidden|stores?|stored|locks?|locked|puts?) (?:\w+ ){0,3}" + _MEANS_HELD + r"\b"
        r"|\b(?:access to|the key to|the keys to|the code (?:to|for)|the combination (?:to|for))"
        r" (?:\w+ ){0,2}(?:gun safe|gun cabinet|guns?|rifle|pistol|firearms?|"
        + _MEDS[3:-1]
        + r")\b",
        about_self=False,
        guard=lambda s, m, t: not _ACCESS_DWELT.search(t),
    ),
    # An overdose told as done on purpose: "took a bunch of my sleeping tablets on purpose".
    _concept(
        "crisis",
        "overdose_done",
        "purpose|deliberate|intentional|to die|not wake|never wake|end it|sleep forever"
        "|be done|make it stop|not be here"
        "|make it all stop",
        r"\b(?:took|taken|take|taking|swallowed|swallow|swallowing|downed|necked|popped"
        r"|overdosed on|odd on|oded on) (?:(?:a |an )?(?:bunch|load|loads|handful|handfuls|lot"
        r"|lots|pile|fistful|packet|box|bottle|strip|stack)|too many|way too many|way more|more"
        r"|extra|all|every|the whole|the rest|\d{2,}|ten|twelve|fifteen|twenty|thirty|forty"
        r"|fifty|dozens|several)\b(?: \w+){0,4}? " + _PILLS + r"\b(?=[^.!?;\n]{0,60}?\b(?:on"
        r" purpose|deliberately|intentionally|purposely|purposefully|to (?:die|not wake up|never"
        r" wake up|end it|sleep forever|be done|make it (?:all )?stop|not be here)))"
        r"|\b(?:took|taken|swallowed|downed|necked) (?:everything|the lot|all of it|whatever i"
        r" (?:had|could find)|all (?:my|the) (?:meds|pills|tablets))\b(?=[^.!?;\n]{0,60}?\b(?:on"
        r" purpose|deliberately|intentionally|purposely))"
        r"|\b(?:took|taken|swallowed|downed|necked|popped) (?:\w+ ){0,6}?"
        + _PILLS
        + r"\b(?: \w+){0,6}? to (?:die|not wake up|never wake up|end it|sleep forever"
        r"|not be here)\b",
        about_self=False,
        guard=lambda s, m, t: _overdose_question(s, m, t) or _general_not_own(s, m, t),
    ),
    # Car exhaust in a closed garage: "sat in the car in the garage with the engine on".
    _concept(
        "crisis",
        "exhaust",
        "garage",  # the guard wants the garage in the sentence
        r"\b(?:(?:engine|motor|car|ignition) (?:still |left |was |is |kept )?(?:on|running"
        r"|idling|going)|(?:run|running|ran|left|leaving|start\w*|turn\w* on|had) (?:the |my )?"
        r"(?:car|engine|motor)(?: on| running)?)\b",
        about_self=False,
        guard=lambda s, m, t: (
            not ("garage" in s and _GARAGE_STAY.search(s) and not _GARAGE_BENIGN.search(s))
        ),
    ),
    # Stopping on the tracks, or turning into the traffic, imagined.
    _concept(
        "crisis",
        "stop_on_tracks",
        "train|track|crossing|railway|rail|wheel",  # the guard wants one in the sentence
        r"\b(?:(?:stop|stopping|stopped|park|parking|parked|wait|waiting|sit|sitting|sat|stand"
        r"|standing|stood|lie|lying|lay|stay|staying) (?:\w+ ){0,2}?(?:on|in the middle of"
        r"|across) (?:it|them|the (?:tracks|crossing|level crossing|railway|rails|line|railway"
        r" line))|(?:jerk|yank|turn|swerv|spin|pull)\w* the (?:steering )?wheel (?:\w+ ){0,3}?"
        r"(?:into|towards|at|in front of) (?:the |a |an )?(?:oncoming|lorry|truck|bus|wall|tree"
        r"|barrier|bridge|river|other lane|traffic|pillar))\b",
        about_self=False,
        guard=lambda s, m, t: not (_TRACKS_OR_WHEEL.search(s) and _IMAGINED.search(_prefix(s, m))),
    ),
    # "what if i just didnt come back from my walk": not coming back, wished or imagined.
    _concept(
        "crisis",
        "not_come_back",
        "back|home",
        r"\b(?:(?:what if|if|wish|hope|hoping|maybe|imagine|wonder\w* (?:what would happen )?if)"
        r" i (?:just |simply |quietly )?(?:didnt|never|wouldnt|dont|wasnt going to)"
        r" (?:come|came|make it|made it|get|got|walk|walked|drive|drove|go|went|swim|swam|head"
        r"|headed) (?:back|home)"
        r"|(?:thinking about|think about|thought about|tempted|fantasi\w* about|dream\w* about"
        r"|imagin\w*|pictur\w*|(?:wouldnt|dont|would not|do not) mind|want\w* to try|like"
        r"|rather|prefer) (?:just )?(?:not|never) (?:coming|going|getting|making it"
        r"|walking|driving|swimming|heading) (?:back|home))\b(?! (?:till|until|before|for|late"
        r"|early|to|on time|in time|today|tomorrow|after|again|by)\b)",
        about_self=False,
        guard=lambda s, m, t: bool(
            _PLAN_BENIGN.search(s) or _AWAY_REASON.search(s) or _COMMUTE_FROM.search(s)
        ),
    ),
    # Wanting it over: "i just want it all over", "wanted it over" beside an overdose.
    _concept(
        "crisis",
        "want_it_over",
        "over",
        r"\b(?:want|wanted|wanting|wish|wished|just want|just wanted) (?:(?:it all|everything"
        r"|all of it|all of this|all this|my life|life|this life|the whole thing) (?:to be |to )?"
        r"over(?! (?:with|already|soon|quickly|before|by|so (?:i|we) can|for (?:the|today|tonight"
        r"|now|this))\b)|(?:it|this) (?:to be |to )?over(?= *(?:[.,!?;\u2026]|$|for good|forever"
        r"|permanently|now|tbh|honestly)))",
        # "it" and "this" may be the exam or the infusion: only beside death or means
        guard=lambda s, m, t: bool(
            _IT_OVER.search(m.group(0)) and (_CHORE.search(s) or not _RISK_CONTEXT.search(t))
        ),
    ),
    # "whats even the point of me": the point of the writer, not of a task.
    _concept(
        "crisis",
        "point_of_me",
        "point of me|point in me|point to me",
        r"\b(?:whats|what is|wheres|where is|no|theres no|there is no|dont see the|cant see the"
        r"|what even is the|is there (?:even )?(?:a|any)) (?:even )?(?:the |any |a |real )?point"
        r" (?:of|in|to) me(?:\b(?! (?:\w+ing|to|at|in|on|for|if|when|because|cause)\b)| (?:even"
        r" |still )?(?:being|staying|existing|living)(?: (?:here|alive|around))?(?= *(?:[.,!?;]|$"
        r"|at all|anymore|any more|tbh|honestly)))",
        about_self=False,
    ),
    # Being done, with means or death in the message: "a whole bottle and my pills tonight and
    # just being done".
    _concept(
        "crisis",
        "being_done",
        " done",
        r"\b(?:just (?:be|being) done|(?:and|to) (?:finally )?(?:be|being) done (?:with (?:it"
        r" all|everything|all of it|life|living|this life|existing|being alive)|for good"
        r"|forever))\b(?= *(?:[.,!?;\u2026]|$|for good|forever|with (?:it all|everything|life"
        r"|living)|tbh|honestly|now|already))",
        about_self=False,
        # "just be done" may be the week: only beside death or means
        guard=lambda s, m, t: bool(
            not _DONE_FOR_GOOD.search(m.group(0))
            and (_CHORE.search(s) or not _RISK_CONTEXT.search(t))
        ),
    ),
    # Alcohol with pills, in quantity or with a plan: "a whole bottle and my pills tonight".
    _concept(
        "crisis",
        "alcohol_pills",
        "bottle|litre|liter|fifth|handle|vodka|whisk|gin|rum|tequila|bourbon|booze|alcohol|wine",
        r"\b(?:(?:whole|entire|full) bottle(?! of (?:water|juice|milk|squash|cola|coke|pop|soda"
        r"|kombucha|lemonade|gatorade|lucozade))(?: of \w+)?|(?:bottle|litre|liter|fifth|handle) of"
        r" (?:vodka|wine|whisky|whiskey|gin|rum|tequila|bourbon|booze|spirits)|vodka|whisky"
        r"|whiskey|gin|rum|tequila|bourbon|booze|alcohol) (?:\w+ ){0,4}?(?:and|with|plus|on top"
        r" of|then|washed down|chased with|along with) (?:\w+ ){0,3}?" + _PILLS + r"\b"
        r"|\b" + _PILLS + r" (?:\w+ ){0,3}?(?:with|and|plus|washed down with|on top of|chased"
        r" with) (?:\w+ ){0,2}?(?:(?:whole|entire|full) bottle|(?:bottle|litre|liter|fifth) of"
        r" \w+|vodka|whisky|whiskey|gin|rum|tequila|bourbon|booze|alcohol)\b",
        about_self=False,
        guard=lambda s, m, t: (
            not _MIX_INTENT.search(s) or bool(_MIX_QUESTION.search(s) or _AS_PRESCRIBED.search(s))
        ),
    ),
    # Sparing others the finding: "so nobody has to find me", "who will find me".
    _concept(
        "crisis",
        "find_me",
        "find me|finds me|finding me",
        r"\b(?:(?:no ?one|nobody|noone|the kids|my (?:\w+ )?(?:kids|son|daughter|wife|husband"
        r"|partner|mum|mom|dad|family|sister|brother|flatmate|roommate|parents)|they|he|she)"
        r" (?:\w+ )?(?:has|have|needs?|will have|would have|wont have|doesnt have|dont have"
        r"|wont need|wont ever have|never has|never have|shouldnt have) to (?:be the one to )?"
        r"find me|(?:who|whoever|which of them) (?:\w+ )?(?:will|would|is going to|has to|ends up"
        r"|gets to) (?:be the one to )?find(?:s|ing)? me|(?:the one|the first) (?:to|who|that)"
        r" finds? me)\b(?! (?:a|an|some|the|my|at|in|on|later|tomorrow|\w+ing)\b)",
        about_self=False,
    ),
    # Working out how, beside death or means in the message.
    _concept(
        "crisis",
        "how_to_do_it",
        "do it",
        r"\b(?:work\w* out|figur\w* out|plan\w*|research\w*|decid\w*|think\w* about|thought"
        r" about|look\w* up|googl\w*) (?:exactly )?(?:how|when|where) to do it\b(?! (?:right"
        r"|properly|better|again|with|for|on|in|at|without|differently|myself|next|so i)\b)",
        about_self=False,
        guard=lambda s, m, t: not _FINAL_CONTEXT.search(t) or bool(_PLAN_BENIGN.search(t)),
    ),
    # "just in case i go through with it".
    _concept(
        "crisis",
        "go_through",
        "through with it",
        r"\b(?:(?:in case|if|when|before|once|whether|until|til|till|so) (?:i|im) (?:\w+ ){0,2}?"
        r"(?:go|going|went|follow|following) through with it|(?:actually|finally|really)"
        r" (?:go|going|went) through with it|go(?:ing)? through with it (?:this time|tonight"
        r"|tomorrow|soon|for real))\b",
        about_self=False,
        guard=lambda s, m, t: not _RISK_CONTEXT.search(t) or bool(_PLAN_BENIGN.search(t)),
    ),
    # A note left for someone "just in case".
    _concept(
        "crisis",
        "note_in_case",
        "note|letter",
        r"\b(?:wrote|written|writing|write|left|leaving|leave|finished|sealed|hid|hidden|put)"
        r" (?:a |the |my |some |these |those |two |three |little )?(?:\w+ )?(?:notes?|letters?)"
        r" (?:for|to) (?:my |each |every |all |the |her |his |our )?(?:\w+ ){0,2}?\w+",
        about_self=False,
        guard=lambda s, m, t: (
            not _IN_CASE_ME.search(t) or bool(_LETTER_BENIGN.search(t) or _PAPERS_BENIGN.search(t))
        ),
    ),
    # A funeral planned by the writer for the writer: "made a playlist for my funeral".
    _concept(
        "crisis",
        "funeral_plan",
        "funeral",
        r"\b(?:made|make|making|picked|pick|picking|chose|chosen|choose|choosing|planned"
        r"|planning|plan|wrote|writing|write|sorted|sorting|put together|putting together"
        r"|organi[sz]\w*|arranged|arranging|paid for|paying for|booked|booking|bought|buying)"
        r" (?:\w+ ){0,4}?(?:for|at) my (?:own )?funeral\b"
        r"|\bmy (?:own )?funeral (?:playlist|songs|music|plans?|arrangements|outfit|readings"
        r"|hymns|flowers|wishes|list)\b(?! (?:would|should|will have|must|has to|needs to"
        r"|better|is going to be)\b)",
        about_self=False,
    ),
    # A farewell as if for the last time: "said bye to everyone like it was the last time".
    _concept(
        "crisis",
        "last_time",
        "last time|never see",
        r"\b(?:said (?:bye|goodbye|goodbyes|goodnight|good night|see you)|say(?:ing)? (?:bye"
        r"|goodbye)|hugged|hugging|hug|kissed|kissing|held|holding|looked at|called|rang|phoned"
        r"|texted|told (?:\w+ ){1,2}i love\w* (?:them|her|him|you)|waved (?:to|at)) (?:\w+ ){0,7}?"
        r"(?:like|as if|as though|knowing) (?:it was|it were|its|it is|it might be|it could be"
        r"|it would be|it will be) (?:the|my) (?:very )?last time\b"
        r"|\b(?:like|as if|as though) (?:id|i would|i will|ill) never see (?:them|her|him|you"
        r"|everyone|anyone|\w+) again\b",
        about_self=False,
        guard=lambda s, m, t: bool(_PARTING_BENIGN.search(s)),
    ),
    # A life wound down in secret: "sold my stuff, gave notice on the flat, told nobody".
    _concept(
        "crisis",
        "wound_down",
        "told|tell",
        _SECRECY.pattern,
        about_self=False,
        guard=lambda s, m, t: len(_WIND_DOWN.findall(t)) < 3 or bool(_WIND_DOWN_BENIGN.search(t)),
    ),
    # Ways to die looked up: "up till 4 researching painless methods again", "looking up which
    # methods are least painful". A way to fall asleep or to get somewhere is not one.
    _concept(
        "crisis",
        "methods_researched",
        "method|way",
        r"\b(?:research\w*|look\w* (?:up|into)|looked (?:up|into)|googl\w*|search\w*|read\w*"
        r" (?:up )?(?:about|on)|watch\w* videos (?:on|about))(?: \w+){0,3}? (?:painless|quick\w*"
        r"|fast\w*|easi\w*|sur\w*|least painful|peaceful|reliable|lethal) (?:methods?|ways?)\b"
        r"(?! to (?:fall|get|sleep|stay|fix|make|lose|remove|clean|cook|learn|save|quit|stop|wake"
        r"|travel|pay|book|find|relax|calm|unwind|deal|cope|manage|help|beat))"
        r"|\b(?:which|what) (?:methods?|ways?) (?:are|is|would be) (?:the )?(?:least painful"
        r"|most painful|painless|quickest|surest|most reliable|most certain)\b",
        about_self=False,
        guard=lambda s, m, t: bool(_METHODS_BENIGN.search(t)),
    ),
    # Papers and keys left ready for someone, with an apology: "all the paperwork is in the top
    # drawer for my son. spare keys are with the neighbor. im sorry."
    _concept(
        "crisis",
        "papers_left",
        "paper|password|document|bank|account|pin|insurance|deed|keys|spare key",
        r"\b(?:paperwork|papers|passwords?|documents|bank (?:stuff|details|info|cards?)"
        r"|account (?:details|info)|pins?|insurance (?:papers|policy|details)|deeds?"
        r"|spare keys?)\b(?: \w+){0,8}? (?:for|to) (?:my|the) (?:son|daughter|kids|wife|husband"
        r"|family|brother|sister|mom|mum|dad|partner|children|boys|girls)\b",
        about_self=False,
        guard=lambda s, m, t: (
            not _PAPERS_FINAL.search(t)
            or bool(_CLOSING_BENIGN.search(t) or _PAPERS_BENIGN.search(t))
        ),
    ),
    # The heart in other words: an aching jaw, arm or back with a cold sweat or sickness.
    _concept(
        "urgent",
        "heart_attack_signs",
        "jaw|arm|shoulder|back",
        r"\b(?:jaw|left arm|shoulder blades?|upper back)(?: (?:and|n|&) (?:my )?(?:jaw|left arm"
        r"|arm|shoulder|neck|back))?(?: \w+){0,4}? (?:pain\w*|ach\w*|hurt\w*|pressure|tight\w*"
        r"|heav\w*)\b|\b(?:pain\w*|ach\w*|pressure|tight\w*) (?:\w+ ){0,3}(?:in |down |into |up )"
        r"(?:my )?(?:jaw|left arm|shoulder blades?)\b",
        guard=lambda s, m, t: not _HEART_SIGNS.search(t) or bool(_HEART_SIGNS_BENIGN.search(t)),
    ),
    # A weapon held on the self, or for a long time: "sat in the truck with my service weapon
    # in my lap for about an hour". Cleaning, the range and the hunt are ordinary.
    _concept(
        "crisis",
        "weapon_held",
        "gun|pistol|revolver|rifle|shotgun|weapon|firearm|glock|loaded|lap|sidearm",
        rf"\b{_FIREARM}s? (?:\w+ ){{0,2}}(?:in|on|against|to) my (?:lap|hands?|mouth|temple|chin"
        r"|head|chest)\b"
        r"|\b(?:held|holding|hold|sat with|sitting with) (?:the|my|a|his|dads) (?:\w+ )?"
        rf"{_FIREARM} (?:to my|against my|for (?:a long time|an hour|about an hour|hours|ages"
        r"|a while|a bit))\b"
        r"|\bloaded (?:it|the \w+|my \w+)(?:[ ,]+(?:and|then))?(?:[ ,]+\w+){0,3}?[ ,]+"
        r"(?:sat|sitting|held|holding|lay|lying)\b"
        # the next sentence: "Cleaned my .45 and loaded it at 3am. Sat with it on my lap"
        r"|\b(?:sat|sitting|held|holding) (?:with )?it (?:on|in|across) my lap\b",
        about_self=False,
        guard=lambda s, m, t: (
            (m.group(0).startswith("loaded") and not _GUN_NAMED.search(t))
            or (" it " in m.group(0) and not (_GUN_NAMED.search(t) and _WEAPON_DWELT.search(t)))
            or bool(_WEAPON_ORDINARY.search(t) and not _WEAPON_DWELT.search(t))
        ),
    ),
    # Lingering somewhere high, with the jump named: "stood on the overpass for a long time.
    # didnt jump".
    _concept(
        "crisis",
        "lingered_high",
        "overpass|bridge|roof|cliff|ledge|garage|car park|tracks|platform",
        r"\b(?:stood|standing|sat|sitting|stayed|waited|parked|went up|drove) (?:on|at|by|on top"
        r" of|near|to|up to) (?:the|a|that) (?:\w+ ){0,2}(?:overpass|bridge|roof|rooftop|cliff"
        r"|ledge|parking garage|car park|tracks|platform)\b",
        about_self=False,
        guard=lambda s, m, t: not _JUMP_WEIGHED.search(t),
    ),
    # A threat with the means at hand: "if he shows up again im going to break his skull, got
    # the bat right by the door".
    _concept(
        "crisis",
        "threat_with_means",
        "skull|head|face|neck|jaw|legs|knees|gut|back|chest|right in|leg|knee",
        r"\b(?:im going to|im gonna|ill|i will|going to|gonna|i swear ill) (?:\w+ )?(?:break|bash"
        r"|cave|smash|split|crack|stomp) (?:in )?(?:his|her|their|that \w+s|the \w+s) (?:skull"
        r"|head|face|neck|jaw|legs?|knees?)(?: in| open)?\b"
        r"|\b(?:hes|shes|theyre|he is|she is|they are) (?:getting|gonna get|going to get) (?:it"
        r"|this|the knife|the bat|stabbed|shot) (?:in the (?:gut|face|neck|back|chest|head)"
        r"|right in)\b",
        about_self=False,
        guard=lambda s, m, t: (
            not _MEANS_AT_HAND.search(t) or bool(_JOKE_MARKER.search(s) or _TRIVIAL_CAUSE.search(s))
        ),
    ),
    # Not planning to be alive by a date: "doesnt matter, i dont plan on being around by
    # then". Not being around for a holiday because of a trip is ordinary.
    _concept(
        "crisis",
        "not_around_by_then",
        "around|here|alive|dead|gone",
        r"\b(?:dont|do not|wont|dont really) (?:plan on|planning on|plan to|expect to|intend to"
        r"|think ill|think i will) (?:be |being )?(?:around|here|alive)(?: (?:by|for|after"
        r"|past|much longer|long))?\b"
        # "by then ill already be dead", "ill be gone by sunday"
        r"|\bby (?:then|that time|the time (?:it|they|you|she|he) \w+|tomorrow|morning|sunday"
        r"|monday|the weekend),? (?:i will|ill|i'll) (?:already )?be (?:dead|gone)\b"
        r"|\b(?:i will|ill) (?:already )?be (?:dead|gone) by (?:then|that time|tomorrow"
        r"|morning|the weekend|sunday|monday|the time)\b",
        about_self=False,
        guard=lambda s, m, t: bool(_AWAY_THEN.search(t) or _LAUGH.search(t)),
    ),
    # Property signed over with an end in view: "signed the land over to my brother. only one
    # thing left to take care of and then im done".
    _concept(
        "crisis",
        "signed_over",
        "over to|sold|gave|sign|transferr|deeded|handed|given|selling",
        r"\b(?:signed|signing|sign|transferred|transferring|deeded|handed|gave|given|sold"
        r"|selling) (?:the|my|our) (?:\w+ )?(?:land|house|farm|truck|car|business|shop|boat"
        r"|property|herd|cabin|guns?|rifles?|savings|accounts?) (?:over )?to (?:my|his|her|the)"
        r" \w+|\bsold (?:the|my) (?:herd|farm|business|guns?|truck)\b",
        about_self=False,
        guard=lambda s, m, t: not _END_IN_VIEW.search(t) or _giving_benign(s, m, t),
    ),
    # Seeing what is not there, still, hours or days after an infusion: "the walls are still
    # melting, its been 8 hours since my session".
    _concept(
        "urgent",
        "distortion_persists",
        "melt|breath|moving|warp|swirl|spin|shift|wobbl|wav|bend|drip|crawl",
        r"\b(?:walls?|floors?|ceiling|colou?rs?|room|faces?|shapes|patterns|carpet)(?: \w+){0,3}?"
        r" (?:melting|breathing|moving|warping|swirling"
        r"|spinning|shifting|wobbling|waving|bending|dripping|crawling)\b",
        about_self=False,
        guard=lambda s, m, t: not _STILL_AFTER.search(t) or bool(_RESOLVED_AFTER.search(t)),
    ),
    # A blade in hand, now: "im in the tub with a razor rn". Shaving and cooking are not.
    _concept(
        "crisis",
        "blade_in_hand_now",
        "razor|blade|knife|cutter|scissors",
        r"\b(?:in the (?:tub|bath|bathtub|shower)|sitting|holding|got|have|with) (?:\w+ ){0,3}"
        r"(?:a |the |my |dads |his )?(?:razor|razor blade|blade|knife|box cutter|boxcutter"
        r"|scissors)s?\b",
        about_self=False,
        guard=lambda s, m, t: not _RIGHT_NOW.search(t) or bool(_BLADE_CHORE.search(t)),
    ),
    # Means sat with, and "didnt do anything. yet.": "sat in the tub with a razor for an
    # hour. didnt do anything. yet." The "yet" is the plan still open.
    _concept(
        "crisis",
        "means_not_yet",
        "razor|blade|knife|pills|rope|noose|gun|pistol|rifle|revolver|belt|cord|knives",
        r"\b(?:sat|sitting|sit|held|holding|hold|had|got|have|kept|keep|with|out) (?:\w+ ){0,5}?"
        r"(?:a |the |my |all my |his |dads )?(?:razor|razor blades?|blades?|knife|knives|pills"
        r"|rope|noose|gun|pistol|rifle|revolver|belt|cord)s?\b",
        about_self=False,
        guard=lambda s, m, t: not _NOT_YET.search(t) or bool(_BLADE_CHORE.search(t)),
    ),
    # A gun beside the writer while they wait: "got the .38 on the seat next to me. been
    # sittin here an hour". The range, the hunt and cleaning are ordinary.
    _concept(
        "crisis",
        "gun_beside_waiting",
        "gun|pistol|revolver|rifle|shotgun|weapon|firearm|glock|9mm|sidearm|22|38|45|357|380",
        rf"(?:\b{_FIREARM}s?|\.(?:22|38|45|357|380)|\b9mm|\b357) (?:\w+ ){{0,4}}?(?:next to|beside"
        r"|by|in|on) (?:me|my (?:lap|bed|pillow|knee)|the (?:seat|passenger seat|table|bed"
        r"|dash|nightstand|counter|couch)(?: next to me| beside me)?)\b",
        about_self=False,
        guard=lambda s, m, t: not _SAT_A_WHILE.search(t) or bool(_WEAPON_ORDINARY.search(t)),
    ),
    # A clinician's shorthand for suicidal thoughts: "si with plan present since 0200",
    # "active si", "+si". "Denies si", "si: no" and "no si/hi" are a screen answered no.
    _concept(
        "crisis",
        "si_shorthand",
        " si |active si|passive si|current si|ongoing si|increased si|worsening si|positive for si",
        r"\b(?:(?:active|passive|current|ongoing|increased|worsening|positive for) si"
        r"|si (?:w/?|with) (?:a )?(?:plan|intent|means)|si (?:present|positive|returned|is back"
        r"|again|since|today|tonight|x ?\d|worse|increased))\b|\+ ?si\b",
        about_self=False,
        guard=lambda s, m, t: bool(_SI_DENIED.search(t)) or _a_patient_of_theirs(s, m, t),
    ),
    # Leaving with thanks: "tell the nurses they were good to me. im done fighting this one".
    _concept(
        "crisis",
        "kind_to_me_parting",
        "good to me|kind to me",
        r"\btell (?:[\w.]+ ){1,3}(?:they|she|he|you) (?:were|was|have been|been) (?:so |really"
        r" |very |always )?(?:good|kind) to me\b",
        about_self=False,
        guard=lambda s, m, t: not _DONE_FIGHTING.search(t),
    ),
    # One side's hand, arm or leg numb and weak at once: "my left hand and arm have gone numb
    # and weak and i cant hold my teacup" (a stroke's sign). An arm slept on is pins and
    # needles, and goes.
    _concept(
        "urgent",
        "limb_numb_and_weak",
        "left hand|left arm|left leg|left foot|left side|right hand|right arm|right leg"
        "|right foot|right side",
        r"\b(?:left|right) (?:hand|arm|leg|foot|side)(?: and (?:\w+ )?(?:hand|arm|leg|foot))?"
        r" (?:\w+ ){0,3}?(?:numb|weak|heavy|limp|dead)\b",
        guard=lambda s, m, t: (
            not (_LIMB_NUMB.search(t) and _LIMB_WEAK.search(t)) or bool(_LIMB_BENIGN.search(t))
        ),
    ),
    # The height of a bridge or a building looked up: "i have looked up the precise height
    # of the dunn memorial bridge". A school project, a photo or a bet says why.
    _concept(
        "crisis",
        "height_looked_up",
        "height|how high|how tall|how far down|drop of|drop from|drop is",
        r"\b(?:looked up|look up|looking up|googled|googling|checked|researched|measured"
        r"|found out|worked out|know) (?:\w+ ){0,3}?(?:height|how high|how tall|how far down"
        r"|drop(?= (?:of|is|from)))(?: of| is| from)? ?(?:\w+ ){0,4}?(?:bridge|building|overpass"
        r"|tower|cliff|dam|parking (?:garage|deck)|roof|gorge|falls|viaduct|ledge)\b",
        about_self=False,
        guard=lambda s, m, t: bool(_HEIGHT_REASON.search(t)),
    ),
    # No more entries expected, said of the diary itself: "i do not anticipate needing to
    # submit further diary entries". A study ending, a move or a holiday says why.
    _concept(
        "crisis",
        "no_more_entries",
        "further|more entries|more entry|more diary|more check|more messages|another entry"
        "|another diary|another check|another message|future entries|future diary"
        "|future entry|future check|future message|another entries"
        "|diaries",
        r"\b(?:(?:do not|dont|wont|will not|no longer) (?:anticipate|expect|plan on|intend|think"
        r" ill|imagine)|(?:wont|will not|no longer)) (?:be )?(?:needing|need|to need|having)?"
        r" ?(?:to )?(?:submit\w*|send\w*|writ\w*|fill\w* in|do|doing|make|making|fil\w*)?"
        r" ?(?:any )?(?:further|more|another"
        r"|future) (?:diary )?(?:entries|entry|check ?ins?|diaries|messages)\b"
        # ("wont be sending any more diaries this week": a pause)
        r"(?! (?:this|next) week\b| (?:until|till|til)\b| for (?:a|the) (?:while|week|weekend)\b"
        r"| while\b)",
        about_self=False,
        guard=lambda s, m, t: bool(_CLOSING_BENIGN.search(t) or _ENTRIES_REASON.search(t)),
    ),
    # A weapon named, then sat with: "still have my service weapon. been sitting with it on
    # the kitchen table since 2am".
    _concept(
        "crisis",
        "weapon_sat_with",
        "sitting with|sat with|sit with",
        r"\b(?:sitting|sat|sit) with it\b(?! (?:and|while) (?:\w+ )?(?:clean|oil))",
        about_self=False,
        guard=lambda s, m, t: (
            not _GUN_NAMED.search(t)
            or not (_SAT_A_WHILE.search(t) or _SINCE_HOUR.search(t))
            or bool(_WEAPON_ORDINARY.search(t))
        ),
    ),
    # Not here tomorrow, in any English: "tomorrow me not here. thank you clinic". Work, a
    # trip or another day to check in says why.
    _concept(
        "crisis",
        "not_here_tomorrow",
        "not here|not be here|no here|no be here|wont here|wont be here|not around|not be around"
        "|no around|wont be around|not alive|not be alive|wont be alive"
        "|no alive|no be around|no be alive|wont around|wont alive",
        r"\b(?:tomorrow|after tonight|by (?:tomorrow|the morning|morning|monday|the weekend))"
        r" (?:i |me |im |i am )?(?:will )?(?:not|no|wont) (?:be )?(?:here|around|alive)\b",
        about_self=False,
        guard=lambda s, m, t: bool(_NOT_HERE_REASON.search(t)),
    ),
    # The heart's pain as a squeeze, or going on: "i feel my heart hurt a little, like
    # squeeze, since dinner not go away". A heart that hurts for someone is grief.
    _concept(
        "urgent",
        "heart_squeeze",
        "heart",
        r"\b(?:my )?heart (?:\w+ )?(?:hurt\w*|ach\w*|pain\w*|squeez\w*|pressure|tight\w*"
        r"|crush\w*)\b",
        guard=lambda s, m, t: (
            not (_HEART_PHYSICAL.search(t) and _HEART_GOES_ON.search(t))
            or bool(_HEART_GRIEF.search(t))
        ),
    ),
    # People seen, then said not to be real and still there: "i can see people standing in
    # my kitchen. they are not real... they have been there for 3 hours".
    _concept(
        "urgent",
        "seen_and_not_real",
        "i can see|i see|im seeing|i am seeing|i keep seeing|i can hear|i hear|im hearing"
        "|i keep hearing",
        r"\b(?:i can see|i see|im seeing|i am seeing|i keep seeing|i can hear|i hear|im hearing"
        r"|i keep hearing) (?:\w+ ){0,3}?(?:people|a person|a man|a woman|men|women|kids|children"
        r"|faces|figures|someone|somebody|shapes|animals|bugs|spiders|snakes|voices|soldiers)\b",
        guard=lambda s, m, t: not (_SAID_NOT_REAL.search(t) and _THERE_FOR_HOURS.search(t)),
    ),
    # How many is too many, asked for oneself: "i keep googling how many tylenol is too
    # many. not for a client lol. for me."
    _concept(
        "crisis",
        "too_many_for_me",
        "too many|too much|lethal|deadly|fatal",
        r"\bhow (?:many|much) (?:\w+ ){0,3}(?:is|are|would be) (?:too many|too much|lethal|deadly"
        r"|fatal)\b",
        about_self=False,
        guard=lambda s, m, t: not _ASKED_FOR_ME.search(t),
    ),
    # Someone else about to end their life, now, and not reached: "my grandson just called
    # me from the bridge saying he is going to jump and now he wont pick up".
    _concept(
        "crisis",
        "other_in_danger_now",
        "jump|kill him|kill her|kill them|end it|end his|end her|shoot him|shoot her|overdose"
        "|hang him|hang her|take all|take them all|take it all|swallow all|swallow them all"
        "|swallow it all"
        "|end their|hang them|shoot them",
        r"\b(?:he|she|they|hes|shes|theyre)(?: \w+){0,2} (?:is|s|are|said|says|saying|texted"
        r"|texting|called|calling|told me|keeps saying)(?: \w+){0,4}? (?:going to|gonna|about to"
        r"|will|wants to|want to) (?:jump|kill (?:himself|herself|themselves)|end (?:it|his life"
        r"|her life|their life)|shoot (?:himself|herself|themselves)|overdose|hang (?:himself"
        r"|herself|themselves))\b"
        # "he will take all tonight" (his hidden pills)
        r"|\b(?:he|she|they) (?:will|is going to|s going to|is gonna|wants to) (?:take|swallow)"
        r" (?:them |it )?all\b",
        about_self=False,
        guard=lambda s, m, t: not _NOT_REACHED.search(t),
    ),
    # Something lethal taken from work and kept: "took a vial of potassium chloride out of the
    # pyxis. its in my bag. i know what it does."
    _concept(
        "crisis",
        "lethal_agent_kept",
        "potassium|kcl|insulin|fentanyl|propofol|succinylcholine|digoxin|morphine|dilaudid"
        "|hydromorphone|vecuronium|pentobarbital|euthanasia",
        r"\b(?:took|taken|pocketed|swiped|stole|stolen|brought|kept|have|got|grabbed)(?: \w+){0,5}?"
        r" (?:potassium(?: chloride)?|kcl|insulin|fentanyl|propofol|succinylcholine|digoxin"
        r"|morphine|dilaudid|hydromorphone|vecuronium|pentobarbital|euthanasia solution)\b",
        about_self=False,
        guard=lambda s, m, t: not _KEPT_KNOWING.search(t),
    ),
    # An act pushed to its edge, with the wish not to stop: "been holding my breath in the
    # shower to see how long till i black out, kinda want to not stop next time".
    _concept(
        "crisis",
        "not_stop_next_time",
        "not stop|keep going|not come up|not come back",
        r"\b(?:want(?:ed)? to|wanna|might|going to|gonna|tempted to) (?:just )?(?:not stop"
        r"|keep going|not come (?:up|back))(?: next time| this time)?\b",
        about_self=False,
        guard=lambda s, m, t: not _PUSHED_ACT.search(t),
    ),
    # Lost on a way well known, muddled and still: "i put the kettle in the fridge and could
    # not find my way back from the mailbox. still feel wrong."
    _concept(
        "urgent",
        "lost_way_confused",
        "find my way|got lost|mixed up",
        r"\b(?:could not|couldnt|cant|cannot) find my way (?:back|home)\b|\bgot lost (?:\w+ ){0,3}"
        r"(?:my own|the way back|coming (?:home|back)|from the|in my (?:own )?(?:house|street"
        r"|neighbou?rhood|building))\b|\b(?:very|so|really|totally|all) mixed up\b",
        guard=lambda s, m, t: not _STILL_WRONG.search(t) or bool(_LOST_BENIGN.search(t)),
    ),
    # The weight on the chest in a figure, going on: "got that same elephant sitting on me
    # feeling from last year. started during dinner. still there."
    _concept(
        "urgent",
        "chest_weight_figure",
        "elephant|truck|ton of bricks|anvil|weight|fist|vice|vise|sternum|breastbone"
        "|squeez|clench|crush|tight",
        r"\b(?:elephant|truck|ton of bricks|anvil|(?:heavy )?weight)(?: \w+){0,2} (?:sitting"
        r"|standing|parked|pressing|pushing|on)(?: \w+){0,2}? (?:on )?(?:me|my chest)\b"
        r"|\b(?:fist|hand|vice|vise|band) (?:\w+ ){0,2}(?:squeez\w*|clench\w*|crush\w*|tight\w*)"
        r"(?: \w+){0,3} (?:sternum|breastbone|chest|heart)\b",
        guard=lambda s, m, t: not _CHEST_GOES_ON.search(t) or bool(_LAUGH.search(t)),
    ),
    # Putting oneself and another to sleep for good: "i could put us both to sleep for good
    # with his pills and mine".
    _concept(
        "crisis",
        "to_sleep_for_good",
        "sleep for good|sleep forever|sleep permanently|sleep and not wake",
        r"\bput (?:us|me|myself|him|her|them)(?: both| all| two)? to sleep (?:for good|forever"
        r"|permanently|and not wake)\b",
        about_self=False,
        guard=lambda s, m, t: bool(_PET_PUT_DOWN.search(t)),
    ),
    # A fall staged as an accident: "gonna go up on the church job tmrw and just not clip in.
    # let gravity handle it. nobody questions a roofer falling".
    _concept(
        "crisis",
        "fall_staged",
        "clip|harness|gravity|accident|nobody|no one",
        r"\b(?:(?:just )?not clip(?: in)?|unclip (?:the |my )?harness|without (?:a |my )?harness"
        r"|let gravity (?:handle|do|take)|make it look like (?:an )?accident|(?:nobody|no one)"
        r" (?:questions|would question|would know|suspects|would suspect)(?: \w+){0,3}"
        r" (?:falling|fall|accident|crash|slip))\b",
        about_self=False,
        guard=lambda s, m, t: bool(_LAUGH.search(t) or _CLIMBING_GYM.search(t)),
    ),
    # Harm to someone with the end said: "im gonna beat him till he stops breathing. not
    # joking no more".
    _concept(
        "crisis",
        "harm_till_dead",
        "till he|till she|till they|until he|until she|until they",
        r"\b(?:(?:beat|choke|strangle|stab|hit|kick|punch) (?:him|her|them|that \w+|\w+)|not"
        r" leaving|not stopping|wont stop|keep (?:going|hitting|swinging)) (?:till|until)"
        r" (?:he|she|they) (?:stops? breathing|dies|die|is dead|are dead|cant breathe)\b",
        about_self=False,
        guard=lambda s, m, t: bool(_LAUGH.search(t)) and not _NO_JOKE.search(t),
    ),
    # Hose and exhaust: "bought a length of hose today that fits the car exhaust".
    _concept(
        "crisis",
        "hose_to_exhaust",
        " hose",
        r"\bhose (?:\w+ ){0,4}(?:fits|for|to|onto|on|into|over) (?:the |my )?(?:car |truck |van )?"
        r"exhaust\b",
        about_self=False,
        guard=lambda s, m, t: bool(_EXHAUST_WORK.search(t)),
    ),
    # Stepping off a boat: "keep thinking about just stepping off the stern next trip.
    # water's 48 degrees, it'd be quick".
    _concept(
        "crisis",
        "off_the_boat",
        "stern|boat|deck|rail|bow|dock|pier|ferry|the side|off side|over side",
        r"\b(?:step|stepping|stepped|jump|jumping|slip|slipping|go|going) (?:off|over) (?:the )?"
        r"(?:stern|side|boat|deck|rail|bow|dock|pier|ferry)\b",
        about_self=False,
        guard=lambda s, m, t: not _QUICK_END.search(t),
    ),
    # Someone else's goodbye posted, and no answer: "my buddy just posted a picture of his
    # rifle with 'see you on the other side boys'. cant reach him".
    _concept(
        "crisis",
        "others_goodbye_posted",
        "other side|goodbye|sorry for everything|love you all",
        r"\b(?:posted|texted|sent|wrote|messaged|put up)\b[^.!?]{0,80}\b(?:see you on the other"
        r" side|goodbye (?:everyone|all|forever)|this is goodbye|sorry for everything|love you"
        r" all)\b",
        about_self=False,
        guard=lambda s, m, t: not _NOT_REACHED.search(t),
    ),
    # Someone's dead seen in the room, for hours: "ron keeps talking to his old squad leader
    # who died in '04. hes convinced the man is standing in the room. going on 3 hours".
    _concept(
        "urgent",
        "the_dead_seen_here",
        "talking to|seeing|sees|convinced",
        r"\b(?:keeps? talking to|talking to|keeps? seeing|seeing|sees) (?:his|her|their|my)"
        r" (?:\w+ ){0,3}(?:who (?:died|passed)|dead|late)\b|\bconvinced (?:the \w+|he|she|someone"
        r"|somebody|there) (?:is|s) (?:standing )?(?:in the room|here|standing|there)\b",
        about_self=False,
        guard=lambda s, m, t: not _THERE_FOR_HOURS.search(t) and not _GOING_ON_HOURS.search(t),
    ),
    # Asking to be taken: "i have been asking hashem to take me in my sleep and i mean it".
    _concept(
        "crisis",
        "asked_to_be_taken",
        "take me|takes me|in my sleep",
        r"\b(?:god|hashem|allah|the lord|lord|jesus|the universe)(?: \w+){0,2} (?:to )?takes? me"
        r"(?! (?:to|for|out|on|with|through|back to|home from|by the hand)\b)"
        r"|\bpray\w* (?:\w+ ){0,3}?(?:that )?(?:i|ill|i will|i would) (?:just )?(?:die|not wake up"
        r"|dont wake up|never wake up|pass) in my sleep\b",
        about_self=False,
        guard=lambda s, m, t: bool(_LAUGH.search(t)),
    ),
    # Not wanting to be here, however it is spelt: "i dont wanna b hear anymor. sory".
    _concept(
        "crisis",
        "not_be_here_misspelt",
        "b hear|be hear|bee hear|b heer|be heer|bee heer|b here|be here|bee here",
        r"\b(?:dont|do not|dont really|dnt|don't) (?:want to|wanna|want) (?:b|be|bee) (?:hear|heer"
        r"|here)(?: (?:anymore|anymor|any more|no more|nomore))\b",
        about_self=False,
    ),
    # A day decided on, with the call to family forbidden: "plan: ive decided on sunday.
    # please dont call my emergency contact".
    _concept(
        "crisis",
        "day_decided",
        "decided on|picked|chosen|set a date|set the date|set the day",
        r"\b(?:ive|i have|i|weve) (?:(?:decided on|picked|chosen) (?:a date|the date|the day"
        r"|sunday|monday|tuesday|wednesday|thursday|friday|saturday|tonight|tomorrow)|set (?:a"
        r" date|the date|the day))\b",
        about_self=False,
        guard=lambda s, m, t: not _DECIDED_HEAVY.search(t),
    ),
    # Thin ice taken on alone at night: "taking the sled out on the lake tonight where the
    # ice is thin. nobodyll find it til spring".
    _concept(
        "crisis",
        "thin_ice",
        "thin ice|the ice",
        r"\b(?:thin ice|where the ice is (?:thin|soft|bad|rotten|open)|through the ice)\b",
        about_self=False,
        guard=lambda s, m, t: not _NOT_FOUND.search(t),
    ),
    # Not here next week, made sure of: "i wont be here next week, ive made sure of it".
    _concept(
        "crisis",
        "not_here_made_sure",
        "wont be|will not be|not going to be",
        r"\b(?:wont|will not|not going to) be (?:here|around|alive) (?:next (?:week|month)|tomorrow"
        r"|by (?:then|monday|the weekend)|much longer|for (?:long|christmas|the holidays))\b",
        about_self=False,
        guard=lambda s, m, t: not _MADE_SURE.search(t) or bool(_NOT_HERE_REASON.search(t)),
    ),
    # Haitian Creole, which some of the clinic's patients write: "m pral fini ak tout bagay
    # aswe a" (i will finish with everything tonight), "mwen panse a touye tet mwen".
    _concept(
        "crisis",
        "self_harm_creole",
        "fini ak|touye t|vle mouri|vle viv",
        r"\b(?:m|mwen) (?:pral|ap|va|pra) fini ak (?:tout bagay|lavi (?:m|mwen))\b|\btouye t[eè]t"
        r" (?:m|mwen)\b|\b(?:m|mwen) vle mouri\b|\b(?:m|mwen) pa vle viv ank[oò]\b",
        about_self=False,
    ),
    # Going to someone's house to break their head, means in the car: "i have the tire iron
    # in the car, tonight i go to his house and i break his head. i am serious".
    _concept(
        "crisis",
        "go_and_harm",
        "his house|her house|their house|his place|her place|their place|his home|her home"
        "|their home|his work|her work|their work|his shop|her shop|their shop|his garage"
        "|her garage|their garage",
        r"\b(?:go|going|will go|am going|gonna go|drive|driving) (?:over )?to (?:his|her|their)"
        r" (?:house|place|home|work|shop|garage)\b[^.!?]{0,40}\b(?:break|smash|beat|kill|hurt"
        r"|stab|shoot|bash|cut) (?:his|her|their|him|them)\b",
        about_self=False,
        guard=lambda s, m, t: bool(_LAUGH.search(t)) and not _NO_JOKE.search(t),
    ),
    # Swelling misspelt, with swallowing hard: "lips swolled up big and rash on neck, now
    # little hard to swallow".
    _concept(
        "urgent",
        "swollen_and_swallowing",
        "swoll|hard to swallow|cant swallow|trouble swallowing",
        r"\b(?:lips?|tongue|throat|face|mouth|eyes?)(?: \w+){0,2} swoll\w*(?: up)?\b",
        guard=lambda s, m, t: not _SWALLOW_HARD.search(t),
    ),
    # A note left for someone to find: "left a note in our own mailbox for my wife to find".
    _concept(
        "crisis",
        "note_to_find",
        "to find",
        r"\b(?:left|leaving|wrote|written|put) (?:a |the )?(?:note|letter)s? (?:\w+ ){0,5}?for"
        r" (?:my \w+|them|her|him|everyone|the kids|whoever) to find\b",
        about_self=False,
        guard=lambda s, m, t: bool(_NOTE_TO_FIND_BENIGN.search(t)),
    ),
    # Jamaican patois: "mi a go cut him tonight", "mi a tink bout tek it all tonight".
    _concept(
        "crisis",
        "patois",
        "mi a go|mi ago|mi gwine|mi go|tired a life|tink bout|tinkin bout"
        "|mi guh|tink about|tinkin about",
        r"\bmi (?:a go|ago|gwine|guh|go) (?:cut|kill|stab|shoot|chop|murder|bruk) (?:him|her|dem"
        r"|im)\b|\bmi (?:a tink|tink|tinkin|a tinkin) (?:bout|about) (?:tek|take|tekin) (?:it|dem"
        r"|mi life|all)\b|\btired a life\b",
        about_self=False,
        guard=lambda s, m, t: bool(_LAUGH.search(t)) and not _NO_JOKE.search(t),
    ),
    # Patois confusion: "she nuh know where she deh since she wake up".
    _concept(
        "urgent",
        "patois_confused",
        "know where",
        r"\b(?:nuh|no|don|dont) know where (?:she|he|him|mi|i) (?:deh|de|dey)\b",
        about_self=False,
    ),
    # One of the dead seen or heard, still: "i see my husband sitting at table, he is dead 6
    # years. now morning... i still see him there".
    _concept(
        "urgent",
        "dead_still_seen",
        "see|hear|talking to|talk to",
        r"\b(?:see|seeing|hear|hearing|talking to|talk to) (?:my |him|her)(?:\w+ )?(?: \w+)?"
        r" ?(?:sitting|standing|there|talk\w*|at the|in the|at table|for an hour)\b",
        about_self=False,
        guard=lambda s, m, t: (
            not (_DEAD_WORD.search(t) and _STILL_NOW.search(t)) or bool(_GRIEF_MEMORY.search(t))
        ),
    ),
    # Arrangements for others "if anything happens", sent on a timer: "drafted an email to
    # my practice partner about who takes my patients if anything happens. scheduled it".
    _concept(
        "crisis",
        "if_anything_happens_arranged",
        "if anything|if something",
        r"\b(?:who (?:takes|gets|will take|looks after|will look after) (?:my|the) \w+|arrang\w*"
        r" for) (?:\w+ ){0,4}if (?:anything|something) (?:happens|should happen)\b",
        about_self=False,
        guard=lambda s, m, t: not _SCHEDULED.search(t) or bool(_ARRANGE_REASON.search(t)),
    ),
    # Confusion said as a lost fact: "forgot my own address when the pharmacy asked, got
    # lost driving home on a route ive driven 10 yrs".
    _concept(
        "urgent",
        "forgot_own_address",
        "forgot my own|got lost driving|got lost walking",
        r"\bforgot my own (?:address|name|birthday|zip code)\b|\bgot lost (?:driving|walking)"
        r" home\b",
        guard=lambda s, m, t: not _STILL_HOURS.search(t) or bool(_LOST_BENIGN.search(t)),
    ),
    # The bridge looked at on a map at night: "02:30 looking at the bridge on street view".
    _concept(
        "crisis",
        "bridge_on_the_map",
        "street view|google|maps|map",
        r"\b(?:looking|looked|look|staring) at (?:the |that )?(?:\w+ )?(?:bridge|overpass|roof"
        r"|cliff|tracks|dam) (?:on|in) (?:street view|google(?: maps| earth)?|maps?|the map)\b",
        about_self=False,
        guard=lambda s, m, t: bool(_HEIGHT_REASON.search(t)),
    ),
    # A knife brought for someone, in Spanish: "tengo el cuchillo en mi mochila y manana se
    # lo voy a meter".
    _concept(
        "crisis",
        "threat_spanish",
        "voy a|se lo",
        r"\b(?:se lo voy a meter|lo voy a (?:matar|apu[nñ]alar|acuchillar)|la voy a (?:matar"
        r"|apu[nñ]alar)|voy a matarl[oa]|le voy a (?:meter|clavar) (?:el|un) (?:cuchillo"
        r"|navaja))\b",
        about_self=False,
        guard=lambda s, m, t: bool(_FOREIGN_FIGURE.search(t)),
    ),
    # Pills pocketed at work, a pile made: "been pocketing a few zyprexa and ativan on shift
    # all week. have a good little pile now. not for sleep."
    _concept(
        "crisis",
        "pile_from_work",
        "pocket|swip|stash|skim|squirrel",
        r"\b(?:pocket\w*|swip\w*|stash\w*|skim\w*|squirrel\w*) (?:\w+ ){0,4}(?:zyprexa|ativan"
        r"|xanax|klonopin|valium|oxy\w*|percocet|morphine|fentanyl|seroquel|ambien|pills|meds"
        r"|tablets)\b",
        about_self=False,
        guard=lambda s, m, t: not _PILE_MADE.search(t),
    ),
    # Tagalog, which some of the clinic's patients write: "ayoko na mabuhay" (i dont want to
    # live anymore), "paalam na po sa inyong lahat... hindi na ako babalik" (goodbye to you
    # all... i wont be back).
    _concept(
        "crisis",
        "tagalog",
        "mabuhay|mamatay|magpakamatay|silbi|paalam|babalik",
        r"\bayoko na (?:ng |nang )?mabuhay\b|\bgusto ko (?:nang |na )?mamatay\b|\bmagpakamatay\b"
        r"|\bwala na akong silbi\b|\bpaalam na (?:po )?sa (?:inyong |inyo |kanilang )?lahat\b"
        r"|\bhindi na ako babalik\b",
        about_self=False,
    ),
    _concept(
        "urgent",
        "tagalog_urgent",
        "huminga|makahinga|dibdib",
        r"\bhirap (?:ako |akong )?huminga\b|\bhindi (?:ako )?makahinga\b|\bmasakit (?:ang |na )?"
        r"dibdib\b|\bnakadagan sa dibdib\b",
        about_self=False,
    ),
    # A fit told in few words: "he shake all his body on the floor 2 minute, now he sleep and
    # not answer me good".
    _concept(
        "urgent",
        "whole_body_shaking",
        "shake|shaking|shook",
        r"\b(?:shake|shakes|shaking|shook) (?:all )?(?:his|her|my|the) (?:whole )?body\b",
        about_self=False,
        guard=lambda s, m, t: not _FIT_SIGNS.search(t),
    ),
    # "22 a day. figure ill be one of them": the veterans' count, the writer among them.
    _concept(
        "crisis",
        "one_of_the_22",
        "22|twenty two",
        r"\b(?:22|twenty two) a day\b",
        about_self=False,
        guard=lambda s, m, t: not _ONE_OF_THEM.search(t),
    ),
    # Consciousness lost and still down: "everything went black. im still on the floor".
    _concept(
        "urgent",
        "went_black_still_down",
        "black|dark|floor|get up"
        "|grey|gray|went white|goes white|going white|turned white|on the ground",
        r"\b(?:everything|it all|the world|things|my vision|vision) (?:went|goes|going|turned"
        r"|started going) (?:black|dark|grey|gray|white)\b"
        # (not "the snow is still on the ground", "the ground floor ward", "we were still on
        # the ground at 2am" in a plane)
        r"|\b(?<!snow is )(?<!snow was )(?<!ice is )(?<!leaves are )(?<!frost is )(?<!we were )"
        r"(?:still|been) (?:lying |laying )?on the (?:floor|ground)\b(?! floor)"
        r"|\bcant get (?:up|off the floor)\b",
        guard=lambda s, m, t: not _DOWN_NOW.search(t) or bool(_DOWN_BENIGN.search(t)),
    ),
    # An asthma attack the inhaler does not touch: "inhaler not helping, can barely talk".
    _concept(
        "urgent",
        "inhaler_not_helping",
        "inhaler|nebuli|epipen|asthma|puffer",
        r"\b(?:inhaler|nebuli[sz]er|puffer|epipen)s? (?:\w+ ){0,2}(?:not|isnt|arent|wont|doesnt"
        r"|didnt|hasnt|nothing) (?:\w+ )?(?:helping|working|help|work|touching)\b"
        r"|\basthma attack\b",
        guard=lambda s, m, t: bool(_BREATH_SETTLED.search(t)),
    ),
    # A gun turned on the self in slang: "if i ate a round", "thought about eating it" (the
    # sidearm named just before).
    _concept(
        "crisis",
        "eat_a_round",
        "eat|ate",
        rf"\b(?:eat|eating|ate|eats|eaten) (?:a |my |the |his )?(?:round|bullet|barrel|lead"
        rf"|{_FIREARM})\b|\b(?:eat|eating|ate) it\b",
        about_self=False,
        guard=lambda s, m, t: m.group(0).endswith(" it") and not _GUN_NAMED.search(t),
    ),
    # Hurting the self with relief after: "burned myself with the iron again. kinda helped".
    # An accident with the iron is not.
    _concept(
        "crisis",
        "self_hurt_relief",
        "myself",
        r"\b(?:burn\w*|cut|cutting|scratch\w*|hit|hitting|punch\w*|bit|bite|biting|scald\w*)"
        r" myself\b",
        about_self=False,
        guard=lambda s, m, t: not _HURT_RELIEF.search(t),
    ),
    # Medicines to be gathered, named before: "refilled early. i intend to stockpile them".
    _concept(
        "crisis",
        "stockpile_them",
        "stockpil|hoard|stash",
        r"\b(?:stockpil\w*|hoard\w*|stash\w*) (?:them|it|these|those|my refills|my scripts)\b",
        about_self=False,
        guard=lambda s, m, t: not _MEDS_NAMED.search(t),
    ),
    # The most a body can take: "whats the most ketamine a person can take before it kills".
    _concept(
        "crisis",
        "most_before_it_kills",
        "kill|die|dead|fatal|lethal",
        r"\b(?:the most|max\w*|how much|how many) (?:\w+ ){0,3}(?:a person|you|someone|one|i|a"
        r" body) (?:can|could) (?:take|have|handle|swallow) before (?:it|they|you|i|he|she)"
        r" (?:kill\w*|die\w*|(?:is|are) (?:fatal|lethal)|(?:would )?(?:be )?dead)\b",
        about_self=False,
    ),
    # Stepping in front of traffic, weighed: "how easy it would be to walk out in front of one
    # of the tractor trailers".
    _concept(
        "crisis",
        "in_front_of_traffic",
        "in front of",
        r"\b(?:walk|walking|step|stepping|stepped|jump|jumping|drive|driving|swerv\w*|run|running)"
        r" (?:out )?in front of (?:a|an|the|one of the|some) (?:\w+ ){0,2}(?:trucks?|tractor"
        r" trailers?|semis?|trains?|bus|buses|cars?|traffic|lorry|lorries)\b",
        about_self=False,
        guard=lambda s, m, t: not _WEIGHED.search(t),
    ),
    # A visit with the means at hand: "i still have his address and theres a bat in my trunk.
    # gonna pay him a visit".
    _concept(
        "crisis",
        "visit_with_means",
        "visit",
        r"\b(?:pay|paying|paid) (?:him|her|them|that \w+|his \w+|her \w+) a (?:little |quick )?"
        r"visit\b",
        about_self=False,
        guard=lambda s, m, t: not _MEANS_AT_HAND.search(t) or bool(_JOKE_MARKER.search(t)),
    ),
    # The gas turned on and left unlit.
    _concept(
        "crisis",
        "gas_unlit",
        "gas",
        r"\bturn(?:ing|ed)? (?:on )?the gas (?:on )?(?:and|without) (?:not |never )?light\w*\b",
        about_self=False,
    ),
    # A heart at 150 or more at rest, with a faint or the chest: "my watch says 158 bpm sitting
    # on the couch and im really lightheaded". A run or a workout explains it.
    _concept(
        "urgent",
        "racing_at_rest",
        "bpm|beats|heart|pulse|hr",
        r"\b(?:1[5-9]\d|2[0-4]\d) ?(?:bpm|beats)\b|\b(?:heart ?rate|hr|pulse|heart)(?: \w+){0,4}?"
        r" (?:1[5-9]\d|2[0-4]\d)\b",
        about_self=False,
        guard=lambda s, m, t: not _AT_REST_NOW.search(t) or bool(_EXERTION.search(t)),
    ),
    # Short of breath in a clinician's three letters, used as a state ("very SOB", "im sob at
    # rest"), not the verb ("i sob every night").
    _concept(
        "urgent",
        "sob_as_a_state",
        "sob",
        r"\b(?:very|so|getting|more|really|feeling|feel|felt|im|i am|am|still|quite) sob\b"
        r"(?! (?:story|stories|every|all|into|when i think|at (?:night|the movie|movies)))"
        r"|\bsob (?:at rest|on exertion|lying (?:down|flat)|when (?:lying|i lie|walking|talking)"
        r"|walking|talking|(?:since|after) (?:the|my) (?:infusion|treatment|session))\b",
        about_self=False,
    ),
    # Oxygen saturation under 90%, read now: "SpO2 88% on RA", "sats 85 and dropping".
    _concept(
        "urgent",
        "oxygen_low",
        "spo2|sp02|o2|oxygen|sats|saturation|pulse ox|pulseox|room air|on ra|percent ra|  ra",
        r"\b(?:spo2|sp02|o2 sat\w*|o2|oxygen|sats|saturation|pulse ?ox\w*)(?: (?:sat\w*|level"
        r"|levels|reading|is|was|at|of|down to|dropped to|dropping to|reads|says|showing|shows"
        r"|only|like|around|about|keeps dropping to)){0,3}:? ?[5-8]\d(?: ?%| percent)?"
        r"(?! ?(?:bpm|min|minutes|mins|/|mg|lbs|years|yrs|yo|f\b|degrees))\b"
        r"|\b[5-8]\d ?(?:%|percent) (?:on )?(?:room air|ra|o2|oxygen|sats|spo2)\b"
        r"|\b(?:sats|spo2|o2|oxygen)(?: \w+){0,3}? (?:in|into) the (?:80s|70s|60s|eighties"
        r"|seventies)\b",
        about_self=False,
        guard=lambda s, m, t: bool(_OXYGEN_EXPLAINED.search(t)),
    ),
    # Urgent symptoms in looser words.
    _concept(
        "urgent",
        "breath",
        "breath|breth|brath|brea|air",
        r"\b(?:cant|couldnt|can barely|can hardly|barely|hard to|hardly|trouble|struggl\w*"
        r"|difficult\w*|problems?|hard time|unable to|not able to|fighting for|gasping|gasp\w*"
        r"|labou?red|short(?:ness)? of|losing my|lose my|lost my|catch(?:ing)? my|no|not"
        r" enough|cant get (?:a|enough)|cant take a) (?:\w+ ){0,3}(?:breath|breathe|breathing"
        r"|breth\w*|brea?th\w*|air)\b|\bbreath(?:ing)? (?:is |feels |has been )?(?:\w+ ){0,2}"
        r"(?:hard|difficult|shallow|laboured|labored|weird|wrong|fast|rattly|wheezy)\b",
        about_self=False,
        guard=lambda s, m, t: (
            _breath_benign(s, m, t)
            or _general_question(s, m, t)
            or _hypothetical(s, m, t)
            or bool(_DENIED_IN_MATCH.match(m.group(0)))
            or bool(m.group(0).startswith("no ") and _DENIED_AFTER.match(_after(s, m)))
        ),
    ),
    _concept(
        "urgent",
        "chest",
        "chest",
        r"\bchest(?: \w+){0,4}? (?:pain\w*|hurt\w*|ache\w*|aching|tight\w*|pressure|heavy"
        r"|heaviness|crush\w*|squeez\w*|burn\w*|sore|stabbing|sharp|elephant|weight|caving)"
        r"|\b(?:pain\w*|tight\w*|pressure|heavy|heaviness|crush\w*|squeez\w*|ache|aching"
        r"|sharp|stabbing|elephant|weight) (?:\w+ ){0,4}(?:in|on|across|around|of) (?:my|the"
        r"|her|his) chest\b",
        about_self=False,
        guard=lambda s, m, t: (
            _chest_benign(s, m, t) or _general_question(s, m, t) or _hypothetical(s, m, t)
        ),
    ),
    # A fall the writer did not come round from at once, told in a second language: "my son say
    # I fall in the kitchen and not wake up for a moment. now I am on the sofa, very dizzy"
    _concept(
        "urgent",
        "fell_and_did_not_wake",
        "wake|respond|come to|answer",
        r"\b(?:fell|fall|fallen|falled|collapsed|went down)(?! (?:asleep|back|off|to sleep|for))"
        r"(?: \w+){0,5}? (?:and|&) (?:did not"
        r"|didnt|not|couldnt|could not|dont|do not) (?:wake up|wake|respond|come to|answer)"
        r"(?: for (?:a|some|one) (?:moment|minute|while|bit|few (?:seconds|minutes)))\b",
        about_self=False,
        guard=_faint_benign,
    ),
    _concept(
        "urgent",
        "faint",
        "faint|feint|fanted|out|black|collaps|keel|conscious|floor|next thing|came to on",
        r"\b(?:faint\w*|feint\w*|fanted|pass(?:ed|ing|es)? out|passt out|past out|black(?:ed"
        r"|ing)? out|blackouts?(?! (?:mask|curtains?|blinds?|shades?|liner|tape|fabric|period"
        r"|dates?))"
        r"|collaps\w*|keel\w* over|lost consciousness|losing consciousness"
        r"|lose consciousness|hit the floor|came to on the|woke up on the floor"
        r"|next thing i (?:knew|know|remember)(?: \w+){0,3} (?:on|lying on) the (?:\w+ )?"
        r"(?:floor|carpet|ground|rug|pavement|tiles))\b",
        about_self=False,
        guard=_faint_benign,
    ),
    _concept(
        "urgent",
        "seizure",
        "shaking|answering|seiz|siez|sezi|seasu|sesu|convuls|fit|epilep|uncontrollab|jerking"
        "|twitching"
        "|seaure",
        r"\b(?:seiz\w*|siez\w*|sezi\w*|seas?ure\w*|convuls\w*|fitting"
        r"|(?:a|another|having|had|have) fit\b|epileptic|jerking uncontrollabl\w*"
        r"|shaking uncontrollabl\w*"
        r"|shaking all over|(?:not|isnt|wasnt|wont|stopped) answering (?:me|us|her|him)\b"
        r"|(?:shaking|jerking|twitching) (?:\w+ ){0,3}(?:i|he|she) (?:couldnt|could not|didnt"
        r"|did not|cant|cannot) (?:control|stop) it)",
        about_self=False,
        guard=_seizure_benign,
    ),
    _concept(
        "urgent",
        "swelling",
        "face|lip|tongue|throat|mouth|eyelid|hives|ronchas|habones|welts",
        r"\b(?:swell\w*|swollen|swolen|puff\w* up|puffy|blew up|blowing up|closing up|closing"
        r"|tight|thick|huge|fat|inflamed) (?:\w+ ){0,3}(?:face|lips?|tongue|throat|mouth"
        r"|eyelids)\b|\b(?:face|lips?|tongue|throat|mouth|eyelids)(?: \w+){0,4} (?:swell\w*"
        r"|swollen|swolen|puff\w*|closing|tight|tightening|huge|thick|fat|blown up|inflamed)\b"
        # Hives in the words of English learnt from Spanish: "ronchas in all the body".
        r"|\b(?:hives|ronchas|habones|welts)\b(?: \w+){0,6} (?:breath\w*|throat|swell\w*"
        r"|spreading|all over|everywhere|(?:all|whole) (?:the |my )?body)",
        about_self=False,
        guard=_swell_benign,
    ),
    _concept(
        "urgent",
        "hallucination",
        (
            "else|there|here|real|wall|floor|ceiling|room|furniture|everything|faces|ground"
            "|carpet|picture|voices"
        ),
        r"\b(?:(?:see|seeing|saw|hear|hearing|heard|feel|feeling|smell\w*) (?:\w+ ){0,4}"
        r"(?:things|people|someone|somebody|voices|bugs|spiders|faces|shadows|figures|animals"
        r"|stuff|kids|children|men|women|a man|a woman|insects|snakes) (?:\w+ ){0,3}(?:that"
        r" |who |which )?(?:arent|isnt|werent|wasnt|are not|is not|were not|not|aint)"
        r" (?:really |actually |even )?(?:there|here|real)|(?:walls?|floor|ceiling|room|furniture"
        r"|everything|faces|the ground|carpet|pictures?) (?:are |is |keep |keeps )?(?:still )?"
        r"(?:moving|melting|breathing|crawling|shifting|warping|waving|morphing|swirling"
        r"|dripping|talking)|voices (?:\w+ ){0,4}(?:still|wont stop|since|keep|again|all day"
        r"|for hours|telling|talking to me)|(?:no ?one|nobody) else (?:can |could )?(?:see|hear"
        r"|saw|heard|could see|could hear"
        r"|sees|hears))\b",
        about_self=False,
        guard=lambda s, m, t: _still_going(s, m, t) or _seeing_clearly(s, m, t),
    ),
    # Perceptions with nobody behind them: "hearing voices in the hall but no one's there",
    # "i see a man in the corner and then nothing is there", "kids laughing, the house is empty".
    _concept(
        "urgent",
        "hallucination",
        "nobody|no one|noone|nothing|empty|nobodys|noones|not a soul|alone",
        r"\b(?:see|seeing|saw|sees|hear|hearing|heard|hears|feel|feeling|felt|smell\w*|keep"
        r" (?:seeing|hearing))(?: \w+){1,10}?,? (?:but|and|yet|though|although|when|even"
        r" though|only|then)? ?(?:(?:when i (?:look|check|go)\w*,? )?(?:theres|there is|there was"
        r"|there are|theres)? ?(?:nobody|no one|noone|nothing|nobodys|noones|not a soul)(?: is| was"
        r"|s)? ?(?:there|around|home|in (?:the|my|that) (?:room|house|flat|apartment|hall\w*"
        r"|kitchen)|else (?:is )?(?:here|home))|(?:the|my) (?:house|room|flat|apartment|place)"
        r" (?:is|was) empty|(?:im|i was|i am) (?:home )?alone)\b",
        about_self=False,
        guard=lambda s, m, t: (
            _still_going(s, m, t)
            or _seeing_clearly(s, m, t)
            or _needs_persistence(s, m, t)
            or bool(_ABSENT_BENIGN.search(s))
        ),
    ),
    _concept(
        "urgent",
        "confusion",
        "know|remember|recall|recogni|tell|figure|work out|no idea|no clue|not sure|unsure",
        r"\b(?:no idea|no clue|not sure|unsure) (?:where im|where i am|who i am|what day it is"
        r"|whats going on or where)\b"
        r"|\b(?:could not|couldnt|cant|cannot) work out (?:whose|where|what|who)\b(?: \w+){0,4}"
        r" (?:house|home|room|day|place|this was|this is)\b"
        r"|\b(?:dont|cant|couldnt|doesnt|didnt|wont|no idea|not sure|unable to|not) (?:\w+ ){0,2}"
        r"(?:know|remember|recall|recogni[sz]e|tell|figure out|work out) (?:\w+ ){0,2}(?:who im"
        r"|where im|where i was|where we are|who (?:he|she|they|you) (?:is|are)|who (?:my|his|her)"
        r" \w+ (?:is|are)|what (?:day|year|month|date) it is|what (?:is )?(?:the|todays) (?:day"
        r"|date|year|month)|todays (?:date|day)|the (?:date|day|year) today"
        r"|my (?:own )?(?:name|address|kids|children"
        r"|husband|wife|family|mom|dad|son|daughter|phone number|birthday|kitchen|house|home"
        r"|room|bedroom|flat|street|surroundings)|me)\b",
        about_self=False,
        guard=lambda s, m, t: (
            _self_identity(s, m, t)
            or _no_reason_to_know_me(s, m, t)
            or _a_small_child_does_not_know(s, m, t)
            or _still_going(s, m, t)
            # "dont tell my wife": a secret kept, not a face not known.
            or bool(_TELL_SOMEONE.search(m.group(0)))
            or (
                bool(re.search(r"\b(?:what|todays|today)\b", m.group(0)))
                and not re.search(r"\b(?:confus\w*|still|since|hours|scared|wrong)\b", s)
            )
        ),
    ),
    # Sounds nobody else hears, still going: "still hearing music that isn't playing".
    _concept(
        "urgent",
        "phantom_sounds",
        "hear|heard",
        r"\b(?:hear|hearing|heard|keep hearing) (?:\w+ ){0,2}(?:music|singing|a radio|a tv|voices"
        r"|people talking|someone talking|knocking|bells|a baby crying|my name)"
        r" (?:that |which )?(?:isnt|is not|arent|are not|wasnt|werent|nobody else|no one else)"
        r" (?:\w+ )?(?:playing|there|real|hears?|on)\b",
        about_self=False,
        guard=lambda s, m, t: (
            not (_PERSISTS.search(s) or re.search(r"\bsince\b", s)) or _still_going(s, m, t)
        ),
    ),
    # The world warped and staying so: "everything's still distorted", "the walls keep
    # tilting since the session". A warp during the infusion is expected; one that goes on
    # is not, so these words count only with a sign that it goes on.
    _concept(
        "urgent",
        "distortion",
        "distort|warp|wavy|tilt|bend|bent|rippl|pulsing|vibrat|wobbl|stretch|crawl|morph|shimmer",
        r"\b(?:walls?|floors?|ceiling|room|furniture|everything|faces|ground|carpet|pictures?"
        r"|world|objects|shapes|my hands|the street|the house|doors?|windows?)"
        r"(?: (?:is|are|was|were|look|looks|looked|looking|seem|seems|keep|keeps|kept|still"
        r"|all|so|really|just|getting|going|been|like|its|it is|theyre|they are))*"
        r" (?:distorted|warped|warping|wavy|tilting|tilted|bending|bent|rippling|pulsing"
        r"|vibrating|wobbl\w*|stretch\w*|crawling|morphing|shimmering)\b",
        about_self=False,
        guard=lambda s, m, t: _still_going(s, m, t) or _needs_persistence(s, m, t),
    ),
    # Confusion heard in how someone talks, and losing hold of where they are: "husband says
    # im not making sense since last night", "her words keep coming out jumbled". Said of a
    # person, not a form or an app, and only while it goes on.
    _concept(
        "urgent",
        "confused_talk",
        "sense|nonsense|gibberish|jibberish|word salad|track|jumbl|garbl|scrambl|lost in"
        "|mixed up|all wrong|muddl",
        r"\b(?:not making (?:any )?sense|making no sense|(?:talk|speak|babbl)\w* (?:\w+ )?"
        r"(?:nonsense|gibberish|jibberish|word salad)|(?:words|speech|sentences) (?:\w+ ){0,3}"
        r"(?:jumbled|garbled|scrambled|mixed up|all wrong|muddled)|losing track(?: of (?:where"
        r"|who|what i|what im|what day|what year|conversations?|my (?:words|thoughts|sentences)))?"
        r"(?! of)|(?:got|get|gets|getting|keep getting) lost in (?:my|our|his|her) own (?:house"
        r"|home|street|flat|apartment|neighbou?rhood|kitchen|building))\b",
        about_self=False,
        guard=lambda s, m, t: (
            not _PERSISTS.search(s)
            or not _PERSON_TALKING.search(_near(s, m))
            or bool(_LAUGH.search(s) or _BABBLE.search(s))
            or _still_going(s, m, t)
            or _hypothetical(s, m, t)
        ),
    ),
    # Lost in time and not coming back, new: "thinks it is 1985 ... since he woke from his nap
    # and it is not getting better. He was perfectly fine yesterday." Long-known dementia
    # counts only where this is new.
    _concept(
        "urgent",
        "lost_in_time",
        "think|thought|believ|convinced|insist|asking",
        r"\b(?:thinks?|thought|believes?|convinced|insists?) (?:that )?(?:it is|its|it was|we are"
        r"|were|we were|hes|shes|he is|she is|he was|she was|im|i am|i was)(?: still)? (?:in )?"
        r"(?:(?:19|20)\d\d|the (?:19)?\d0s|back (?:in|at)|in the (?:army|war|navy))\b",
        about_self=False,
        guard=lambda s, m, t: (
            not (_NEWLY_SO.search(t) and _NOT_EASING.search(t))
            or _still_going(s, m, t)
            or bool(_LONG_KNOWN_MUDDLE.search(t))
            or _hypothetical(s, m, t)
        ),
    ),
    # Urgent concepts last: an urgent hit stops the read at the next urgent concept.
    *_ROUND10_URGENT,
    *_ROUND11_URGENT,
)


_CRISIS_NEG = _crisis_negated
_URGENT_NEG = _urgent_negated

# For each concept, the index of the first urgent concept after it: once an urgent concept
# has hit, the net reads on only up to there, as only a crisis could outrank it.
_NEXT_URGENT: tuple[int, ...] = tuple(
    next(
        (d for d in range(c + 1, len(_SECOND_LAYER)) if _SECOND_LAYER[d].level == "urgent"),
        len(_SECOND_LAYER),
    )
    for c in range(len(_SECOND_LAYER))
)


# Each concept's gate (needed.py), looked up once: a message meets a dozen concepts.
_UNREAD = re.compile("")  # stands for a gate not looked up yet
_CONCEPT_GATES: list[re.Pattern[str] | None] = [_UNREAD] * len(_SECOND_LAYER)


def _second_layer(
    norm: str, spans: list[tuple[int, int]], hints: dict[int, list[int]] | None
) -> SafetyAssessment | None:
    """The recall-first net; `hints` are the pre-filter's sentences for each concept that has
    any, None to read every sentence for every concept."""
    if hints is None:
        everything = list(range(len(spans)))
        hints = {c: everything for c in range(len(_SECOND_LAYER))}
    best: SafetyAssessment | None = None
    stop = len(_SECOND_LAYER)
    sentences: dict[int, str] = {}  # cut out once, however many concepts read them
    for c, ks in hints.items():
        if c >= stop:
            # An urgent concept has hit: only a crisis concept before the next urgent one
            # could outrank it, as when every concept was read in turn.
            break
        concept = _SECOND_LAYER[c]
        gate = _CONCEPT_GATES[c]
        if gate is _UNREAD:
            gate = _CONCEPT_GATES[c] = _gate(concept.pattern)
        seen: set[str] = set()
        for k in ks:
            sentence = sentences.get(k)
            if sentence is None:
                start, end = spans[k]
                sentence = sentences[k] = norm[start:end]
            if sentence in seen:
                continue  # a repeated sentence gives the same answer
            seen.add(sentence)
            if gate is not None and gate.search(sentence) is None:
                continue  # the concept cannot match here (needed.py)
            hit = _concept_match(concept, sentence, norm)
            if hit is None:
                continue
            if concept.level == "crisis":
                return SafetyAssessment("crisis", hit)
            best = SafetyAssessment("urgent", hit)
            stop = _NEXT_URGENT[c]
            break
    return best


def _concept_match(concept: _Concept, sentence: str, text: str) -> str | None:
    for m in _fast(concept.pattern).finditer(sentence):
        if not _layer2_dropped(concept, sentence, m, text):
            return m.group(0).strip()
    return None


def _layer2_dropped(concept: _Concept, sentence: str, m: re.Match[str], text: str) -> bool:
    # Cheapest and most often decisive first: this runs for every candidate in a long text.
    if concept.needs_wish and not _wished(sentence, m):
        return True
    if _idiom(sentence, m):
        return True
    if (
        concept.about_self
        and _other_subject(sentence, m)
        and not (concept.level == "crisis" and _anyone_asked_about(sentence, m))
    ):
        return True
    if concept.guard and concept.guard(sentence, m, text):
        return True
    if concept.spanish:
        return _context_veto(concept.level, sentence, m, text)
    negated = _CRISIS_NEG if concept.level == "crisis" else _URGENT_NEG
    return negated(sentence, m, text) or _context_veto(concept.level, sentence, m, text)
