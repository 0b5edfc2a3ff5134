"""Guards: the narrow ways out of a rule's match (a general question, an idiom, a symptom
that has settled), each for the rules and concepts that name it."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.safety.needed import _fast
from bot.safety.negation import _CRISIS_NEG_RE, _URGENT_NEG_RE, _negated
from bot.safety.vocabulary import (
    _FIRST_PERSON,
    _LAUGH,
    _NOW_MARKERS,
    _PERSISTS,
    _PERSONAL,
    _PILLS,
    _QUESTION_START,
    _RESOLVED,
    _SELF_IN_MATCH,
    _TIME_AFTER,
    _TREATMENT,
    FAINT_THING,
    passed_out_asleep,
)

# --------------------------------------------------------------------------------------------
# Rules. A guard sees (sentence, match, whole message) and returns True to drop the match.

Guard = Callable[[str, re.Match[str], str], bool]


def _prefix(sentence: str, m: re.Match[str]) -> str:
    return sentence[: m.start()]


def _after(sentence: str, m: re.Match[str]) -> str:
    return sentence[m.end() :]


def _is_question(sentence: str) -> bool:
    # Only a sentence that opens as a question: "having chest pain, is that normal?" reports
    # a symptom before it asks.
    return bool(_QUESTION_START.match(sentence))


def _is_general_question(sentence: str) -> bool:
    """'can ketamine cause hallucinations?' asks about the treatment, it reports nothing."""
    return (
        _is_question(sentence)
        and not _PERSONAL.search(sentence)
        and not _NOW_MARKERS.search(sentence)
    )


# "is chest pain normal after an infusion? mine started an hour ago": a general question
# followed by a report of the patient's own symptom is a report.
_OWN_SYMPTOM = re.compile(
    r"\b(?:mine|my one|i (?:have|got|get) (?:it|this|that|one|some|them)(?! (?:tomorrow|next"
    r"|on|later|at|in|this (?:afternoon|evening)))|its (?:still|been|getting|not stopping)"
    r"|ive (?:got|had)"
    r" (?:it|this|that|one|some)|im (?:having|getting|feeling) (?:it|this|that|one|some|them)"
    r"(?! (?:tomorrow|next|on|later|at|in|this (?:afternoon|evening)))"
    r"|i (?:have|had) (?:it|this|that) (?:now|since|right now|at the moment|still)"
    r"|(?:it|this|that|they|the pain) (?:started|began|came on|kicked in|has been going|hasnt"
    r" (?:stopped|gone|eased|passed|settled)|wont (?:stop|go away|ease)|is still|s still|keeps"
    r" (?:coming|getting)|keeps|has been|got worse|is getting worse)|(?:started|began|came on)"
    r" (?:an?|\d+|about|around|like|a few|a couple of|half an) ?(?:hours?|hrs?|minutes?|mins?)"
    r" ago|hasnt stopped|wont stop|still (?:there|going|happening|hurts|have it|got it)"
    r"|happening (?:to me )?(?:right )?now|(?<!none )(?<!nothing )(?<!no )(?<!not )right now)\b"
)


def _general_question(sentence: str, m: re.Match[str], text: str) -> bool:
    return _is_general_question(sentence) and not _fast(_OWN_SYMPTOM).search(text)


_HYPOTHETICAL = re.compile(
    r"\b(?:what if|in case|incase|what happens if|is it (?:normal|common|possible|dangerous"
    r"|safe|bad|ok|okay|likely|usual) (?:to|for)|(?:can|could|does|do|will|would|might|may)"
    r" (?:ketamine|it|this|the (?:infusion|treatment|medicine|drug)|infusions|people|patients"
    r"|some people|you|anyone|someone)|will my|if i (?:get|have|feel|start|develop|notice)"
    r"|(?:what|how) (?:should|do|would|can|could) i do if i"
    # Asking what to watch for or whom to ring: "what are the signs of an allergic reaction
    # i should look for", "who do i call if i pass out after a session".
    r"|(?:what|which) (?:(?:are|r|is|would be) )?(?:the |some )?(?:\w+ )?(?:signs?|symptoms?"
    r"|red flags?) (?:of|for)|(?:who|what number|where) (?:do|should|would|can|could|will) i"
    r" (?:call|ring|phone|contact|go|text|message)(?: \w+){0,4} (?:if|when|in case)"
    r"|(?:worried|afraid|scared|nervous"
    r"|anxious|worry|fear)"
    r" (?:that )?(?:i|ill|id|im going to|ive|i will) ?(?:might|may|could|will|would"
    r"|going to)?)(?: \w+){0,5} ?$"
)


_ONGOING_WORDS = re.compile(r"\b(?:still|now|right now|keeps?)\b")
_POLITE_AFRAID = re.compile(
    r"\bim afraid (?:that )?i (?:\w+ )?(?:\w+ed|fell|went|had|was|lost|saw|heard|cant|couldnt"
    r"|am|have)\b"
)


def _hypothetical(sentence: str, m: re.Match[str], text: str) -> bool:
    """'what if i pass out during it?' is a worry about the future, not a symptom now."""
    if _PERSISTS.search(sentence) and _ONGOING_WORDS.search(sentence):
        return False
    if _fast(_OWN_SYMPTOM).search(text):
        return False  # "can ketamine cause hives? they started an hour ago"
    prefix = _prefix(sentence, m)
    if _POLITE_AFRAID.search(prefix + m.group(0)):
        return False  # "im afraid i fainted again": the polite way to report, not a worry
    return bool(_fast(_HYPOTHETICAL).search(prefix))


def _crisis_general_question(sentence: str, m: re.Match[str], text: str) -> bool:
    """'does ketamine help with suicidal thoughts?' asks about the treatment."""
    return (
        _is_question(sentence)
        and not _FIRST_PERSON.search(sentence)
        and bool(_TREATMENT.search(sentence))
    )


_CRISIS_RESOLVED = re.compile(
    r"^\W*(?:\w+ ){0,3}(?:(?:are|is|have|has|had) )?(?:all )?(?:gone|went away|stopped|lifted"
    r"|disappeared|eased off|faded|are over|is over|have gone|has gone|have stopped"
    r"|have lifted|have disappeared|are much better|got better)\b"
)
_RECURRENCE = re.compile(r"\b(?:again|back|still|returning|coming back|came back|lately)\b")


_CRISIS_RESOLVED_RE1 = re.compile(r"\b(?:not anymore|not any more|no longer|anymore not)\b")
_CRISIS_RESOLVED_RE2 = re.compile(r"\bused to (?:\w+ ){0,3}$")


def _crisis_resolved(sentence: str, m: re.Match[str], text: str) -> bool:
    """'the suicidal thoughts are gone since the infusion' reports relief, not danger."""
    if _RECURRENCE.search(sentence):
        return False
    if _CRISIS_RESOLVED.match(_after(sentence, m)):
        return True
    if _CRISIS_RESOLVED_RE1.search(_after(sentence, m)):
        return True
    return bool(_CRISIS_RESOLVED_RE2.search(_prefix(sentence, m)))


_CRISIS_TOPIC_RE = re.compile(
    r"\s*(?:prevention|awareness|research|statistics|rates?|studies"
    r"|training|course|risk assessments?|screenings?|assessments?|evaluations?|evals?)\b"
)


def _crisis_topic(sentence: str, m: re.Match[str], text: str) -> bool:
    """'a book about suicide prevention' names the topic, not a wish."""
    return bool(
        _CRISIS_TOPIC_RE.match(
            _after(sentence, m),
        )
    )


def _crisis_negated(sentence: str, m: re.Match[str], text: str) -> bool:
    return _negated(_prefix(sentence, m), _after(sentence, m), _CRISIS_NEG_RE, window=5)


def _urgent_negated(sentence: str, m: re.Match[str], text: str) -> bool:
    return _negated(_prefix(sentence, m), _after(sentence, m), _URGENT_NEG_RE)


_SYMPTOM_RESOLVED_RE = re.compile(r"\bstill\b")


_BUT_BETWEEN = re.compile(r"\b(?:but|though|although|except|yet)\b")


def _symptom_resolved(sentence: str, m: re.Match[str], text: str) -> bool:
    """Confusion or hallucinations count only while they go on. A resolution told before the
    symptom does not cover it across a "but" ("now is better but i see things")."""
    if _SYMPTOM_RESOLVED_RE.search(sentence):
        return False
    if _RESOLVED.search(sentence, m.end()):
        return True
    before = _RESOLVED.search(sentence, 0, m.start())
    return before is not None and not _BUT_BETWEEN.search(sentence, before.end(), m.start())


# Back again now: "shadow people again tonight", "the whispering has started up again".
_AGAIN_NOW = re.compile(
    r"\bagain (?:tonight|today|now|right now|rn|this (?:morning|evening|afternoon))\b"
    r"|\b(?:started|starting|begun|began) (?:up )?again\b"
)


# Seen in the infusion chair, as expected: "the hallucinations started again during todays
# infusion, same as always".
_IN_THE_CHAIR = re.compile(
    r"\b(?:during|in) (?:the |my |todays |today'?s |this )?(?:infusion|session|treatment|chair"
    r"|drip)\b"
)


def _needs_persistence(sentence: str, m: re.Match[str], text: str) -> bool:
    """Hallucinations during the infusion are expected; ones that go on, or are back now,
    are not."""
    return not (
        _PERSISTS.search(sentence)
        or (_AGAIN_NOW.search(sentence) and not _IN_THE_CHAIR.search(text))
        or _ONGOING_SUBJECT.search(_prefix(sentence, m))
        or _fast(_OWN_SYMPTOM).search(text)
    )


# What explains a voice, a talk with no one there or a muddle on waking as nobody's symptom:
# a screen or a call, a neighbour, play, sleep and dreams, a strange bed, a usual state.
_EXPLAINED_AWAY = re.compile(
    r"\b(?:phone call|video call|(?:on|in) a (?:work )?call|facetim\w*|zoom|headset|xbox"
    r"|playstation|gaming|online game|discord|twitch|stream(?:er|ing)|tv|telly|radio|podcast"
    r"|audiobook|alexa|speaker|baby monitor|neighbou?rs?|(?:room|flat|house)mates?"
    r"|through the walls?|thin walls?"
    r"|imaginary|santa|pretend\w*|playing|lines|rehears\w*|in (?:her|his|my|their) sleep"
    r"|sleep ?talk\w*|snor\w*|dream\w*|nightmares?|sleepover|guest room|couch|sofa"
    r"|new (?:house|place|room|apartment|home)|(?:then|and) (?:i |he |she |we )?(?:remembered"
    r"|realized|realised|laughed)|all fine|dementia|alzheimer\w*|(?:her|his|my) usual self"
    r"|as usual|normal for (?:her|him)|ana?esthe\w*)\b"
)
# ... or switched off or gone: "the tv is off", "the neighbours are away"
_SWITCHED_OFF = re.compile(r"^ (?:is |was |are |were )?(?:off|away|out)\b")


def _explained_or_not_going_on(sentence: str, m: re.Match[str], text: str) -> bool:
    """Something ordinary explains it, or nothing from it on says it goes on."""
    if _explained_away(sentence, m, text):
        return True
    return not _PERSISTS.search(text, max(text.find(sentence), 0) + m.start())


def _explained_away(sentence: str, m: re.Match[str], text: str) -> bool:
    """Something ordinary explains it: a screen, a neighbour, a dream, dementia..."""
    end = max(text.find(sentence), 0) + m.end()
    for found in _EXPLAINED_AWAY.finditer(text):
        # A denied explanation explains nothing ("no tv on", "she doesnt have dementia"), looked for
        # after the symptom's own words ("people who arent here in her sleep" is explained).
        since = max(found.start() - 40, end if found.start() >= end else 0)
        before, after = text[since : found.start()], text[found.end() :]
        if not _negated(before, after, _URGENT_NEG_RE, window=4) and not _SWITCHED_OFF.match(after):
            return True
    return False


_ONGOING_SUBJECT = re.compile(
    r"\b(?:im|i keep|keep|keeps|she keeps|he keeps|shes|hes|theyre|she is|he is|are|is|been"
    r"|am)\s+(?:still\s+)?(?:\w+\s+)?$"
)
_CONFUSION_SEVERE = re.compile(
    r"\b(?:severe\w*|extreme\w*|very|really|totally|completely|so+|badly|super|deeply|so+ so+"
    r"|really really|very very)\s+(?:\w+\s+)?$"
)
_PRESENT_SUBJECT = re.compile(
    r"\b(?:im|i feel|i feel so|feeling|feel|shes|hes|she is|he is|she seems|he seems|seems"
    r"|theyre|is|am)\b"
)


_CONFUSION_NOT_SERIOUS_RE1 = re.compile(
    r"\s*(?:about|by|as to|why|what|how|with|over|on|if|whether|at|re)\b"
)
_CONFUSION_NOT_SERIOUS_RE2 = re.compile(
    r"\b(?:a bit|a little|little|slightly|kinda|kind of|somewhat|mildly|a tad"
    r"|bit|sort of|a touch)\s+(?:\w+\s+)?$"
)


_CONFUSION_GRADED_MILD = re.compile(r"\s*(?:a bit|a little|slightly|a tad|a touch)\b")
_ON_WAKING = re.compile(r"\s*(?:up)?on wak\w*|\s*(?:when|after|as) (?:i )?(?:first )?wak\w*")
_CONFUSION_TOLD_AS_PAST = re.compile(
    r"\b(?:yesterday|last night|all evening|that evening|the evening|yday|yest)\b"
)
_CONFUSION_STILL = re.compile(
    r"\b(?:still|now|right now|rn|today|this morning|currently|anymore|any more|hasnt|havent"
    r"|not (?:gone|better|passing|passed|improving)|getting worse|worse|keeps getting|since)\b"
)


# "my body is so confused it doesn't know what time zone it's in": jet lag, a new shift.
_CONFUSED_CLOCK = re.compile(
    r"\b(?:my|his|her|their|the) (?:body|body clock|internal clock|circadian rhythm|rhythm"
    r"|sleep schedule|schedule|system|stomach|gut|cat|dog|baby|thermostat|tracker|watch|phone"
    r"|fitbit|app)s? (?:is|was|are|were|feels|felt|seems|got|gets|has been|is getting)?"
    r" ?(?:so |very |really |totally |completely |all |super )*$"
)


_MILD_CONFUSION_WORD = re.compile(r"(?:muddled|befuddled|dazed|in a daze)$")
_LOST_IN_PLACE_OR_TIME = re.compile(
    r"\b(?:where (?:i|she|he|they|we) (?:am|is|was|are|were)|what (?:day|year|month|time) it"
    r"|who (?:i|she|he|they|you) (?:am|is|was|are|were)|recogni[sz]\w*|recall|remember\w*"
    r"|forg[eo]t\w* (?:where|who|what day|my (?:name|address))|lost (?:on|in|driving)"
    r"|wandered|didnt know (?:where|who|what))\b"
)


# Told from the infusion chair, while it runs: the dissociation the clinic expects, watched by
# its staff.
_IN_THE_CHAIR_NOW = re.compile(
    r"\bwhile (?:the|my) (?:drip|infusion|iv) (?:is|s) (?:still )?(?:running|going|on|in)\b"
)


def _confusion_not_serious(sentence: str, m: re.Match[str], text: str) -> bool:
    """Severe confusion that goes on is urgent; 'a bit muddled yesterday' is a side effect."""
    after = _after(sentence, m)
    if _CONFUSED_CLOCK.search(_prefix(sentence, m)):
        return True
    if _IN_THE_CHAIR_NOW.search(sentence):
        return True  # "so out of it while the drip is running": expected, and staff are there
    if (
        _MILD_CONFUSION_WORD.match(m.group(0))
        and not _CONFUSION_SEVERE.search(_prefix(sentence, m))
        and not _LOST_IN_PLACE_OR_TIME.search(text)
    ):
        # "muddled all day", "dazed this morning": the fog patients record as a side
        # effect, unless the message tells them lost in place or time
        return True
    if _CONFUSION_NOT_SERIOUS_RE1.match(after):
        return True  # "confused about the schedule"
    prefix = _prefix(sentence, m)
    if _CONFUSION_NOT_SERIOUS_RE2.search(prefix) or _CONFUSION_GRADED_MILD.match(after):
        return True  # "still a little confused", "muddled a bit" is the mild side effect
    if _ON_WAKING.match(after) and not _CONFUSION_SEVERE.search(prefix):
        # "fogginess and confusion upon waking up": the grogginess of waking, a side effect
        return True
    if _CONFUSION_TOLD_AS_PAST.search(sentence) and not _CONFUSION_STILL.search(sentence):
        # "super confused yesterday after the infusion, kept forgetting what i was doing":
        # told the next day as over, a side effect to record, not a need for a clinician now
        return True
    if _PERSISTS.search(sentence):
        return False
    return not (_CONFUSION_SEVERE.search(prefix) and _PRESENT_SUBJECT.search(prefix))


def _passed_out_asleep(sentence: str, m: re.Match[str], text: str) -> bool:
    """In a sleep diary 'passed out at 10 on the couch' means fell asleep."""
    return passed_out_asleep(sentence)


_LAUGHING_RE = re.compile(r"\blaugh\w*\b|😂|🤣")


def _laughing(sentence: str, m: re.Match[str], text: str) -> bool:
    """'laughing so hard i cant breathe' is a figure of speech."""
    return bool(_fast(_LAUGHING_RE).search(sentence))


_TECH_SUBJECT = re.compile(
    r"\b(?:bot|app|you|your|this|it|phone|link|button|website|site|screen|telegram|server"
    r"|page|system|chat|computer|laptop|portal|form|thing|program|wifi)\b(?:\s+\w+){0,3}\s*$"
)


def _tech_unresponsive(sentence: str, m: re.Match[str], text: str) -> bool:
    """'the app is not responding' is not a person."""
    return bool(_fast(_TECH_SUBJECT).search(_prefix(sentence, m)))


_FIRST_PERSON_WAKING_RE = re.compile(r"\b(?:i|im|ill|id|me|alarm|i just|i probably)\s+(?:\w+\s+)?$")


def _first_person_waking(sentence: str, m: re.Match[str], text: str) -> bool:
    """'i wont wake up in time' is about my alarm, not an unresponsive person."""
    if not m.group(0).startswith(("wont wake", "not waking")):
        return False
    return bool(_FIRST_PERSON_WAKING_RE.search(_prefix(sentence, m)))


_SEIZURE_HISTORY_RE = re.compile(
    r"\b(?:seizure|epilep\w*) (?:disorder|meds?|medication|medicine|history|threshold"
    r"|free)\b|\bhistory of (?:seizures|epilepsy)|\banti ?seizure|\bhad (?:a )?"
    r"seizures? as a (?:kid|child|teen)|\bhad (?:a |one )?seizures? once when i was"
)


# "foaming at the mouth about the election": rage, said with what it is about.
_TEMPER_AFTER = re.compile(
    r"\s*(?:about|over|because|cause|at (?:the|his|her|my|them|him|me|people)|with (?:rage"
    r"|anger|fury))\b"
)


def _foaming_with_rage(sentence: str, m: re.Match[str], text: str) -> bool:
    return "mouth" in m.group(0) and bool(_TEMPER_AFTER.match(_after(sentence, m)))


# A seizure of goods is a confiscation: "customs made a seizure of our shipment".
_SEIZED_GOODS = re.compile(
    r"\b(?:(?:made|make|makes|making) a seizure|seizures? of (?:the |our |a |an |their |his"
    r" |her |some )?(?:\w+ )?(?:drugs|goods|shipment|assets|property|cargo|cash|weapons"
    r"|evidence|contraband|documents|passports?|land|power|stock|containers?))\b"
)


# "transferred colleges, i didnt know anyone": a newcomer, not a person who knows no one.
_NEWCOMER = re.compile(
    r"\b(?:college|colleges|school|class|campus|uni|university|semester|party|wedding|town"
    r"|city|new (?:job|city|town|school|place|area|country|team)|moved|moving|transferred"
    r"|first (?:day|days|week|weeks|month)|the (?:neighbou?rhood|office))\b"
)


def _newcomer(sentence: str, m: re.Match[str], text: str) -> bool:
    return m.group(0).endswith("anyone") and bool(_NEWCOMER.search(sentence))


# "the receptionist didnt recognise me", "the new pharmacist doesnt know us", "the tracker
# doesnt know me": someone or something with no reason to know the patient (a stranger,
# someone new, someone met at a desk, a gadget), not a loved one who has lost them.
_NO_REASON_TO_KNOW_BEFORE = re.compile(
    r"\b(?:the|a|my|our|this|that|your)\s+(?:(?:new\s+)?(?:receptionist|pharmacist|barista"
    r"|cashier|waiter|waitress|bartender|doorman|security guard|guard|driver|postman|courier"
    r"|clerk|teller|locum|temp|substitute|sub|stranger)|new (?:doctor|nurse|gp|therapist"
    r"|neighbou?r|boss|manager|teacher|dentist|staff|guy|girl|lady)|(?:sleep\s+)?(?:tracker|app"
    r"|watch|fitbit|oura|bot|algorithm|device|program|software|ai|chatbot))\s+$"
)


def _no_reason_to_know_me(sentence: str, m: re.Match[str], text: str) -> bool:
    return m.group(0).endswith((" me", " us")) and bool(
        _NO_REASON_TO_KNOW_BEFORE.search(sentence[: m.start()])
    )


# "our toddler doesnt know what day it is": a small child, who is not expected to.
_A_SMALL_CHILD = re.compile(
    r"\b(?:toddler|baby|infant|newborn|preschooler|(?:\d|two|three|four|five)[ -]?(?:year[ -]old"
    r"|yr[ -]old|yo)|little (?:one|boy|girl))\b"
)


def _a_small_child_does_not_know(sentence: str, m: re.Match[str], text: str) -> bool:
    return m.group(0).endswith(" it is") and bool(_A_SMALL_CHILD.search(sentence[: m.start()]))


# "paramedic on nights here", "my husband is a paramedic": the work, not a call for one.
_EMERGENCY_WORK = re.compile(
    r"\b(?:im|i am|as|was|is|shes|hes|work(?:ed|s|ing)? as) (?:an? )?(?:\w+ )?paramedic\b"
    r"|\bparamedic (?:on (?:nights|days|shift)|here|by trade|for \d+ years|shifts?|school|course"
    r"|training|job|crew|student|life)\b|\b(?:ambulance|paramedic) (?:shifts?|job|work|crew|station"
    r"|service|driver|training)\b"
)


def _emergency_work(sentence: str, m: re.Match[str], text: str) -> bool:
    said = m.group(0)
    return ("paramedic" in said or "ambulance" in said) and bool(_EMERGENCY_WORK.search(sentence))


def _seized_goods(sentence: str, m: re.Match[str], text: str) -> bool:
    return bool(_SEIZED_GOODS.search(sentence))


def _seizure_history(sentence: str, m: re.Match[str], text: str) -> bool:
    return bool(
        _SEIZURE_HISTORY_RE.search(
            sentence,
        )
    )


_BREATHING_BENIGN_RE1 = re.compile(r"\s*(?:\w+\s+)?(?:through|out of) (?:my|the|his|her) nose")
_BREATHING_BENIGN_RE2 = re.compile(
    r"\b(?:apnea|apnoea|cpap|snor\w*|stuffy|blocked nose|congest\w*)\b"
)
_BREATHING_BENIGN_RE3 = re.compile(r"\b(?:nightmare|bad dream|dream|panic attack|anxiety attack)\b")
_BREATHING_BENIGN_RE4 = re.compile(
    r"\b(?:passed|went back to sleep|fell back asleep|calmed|settled|went away"
    r"|fine now|ok now|okay now|better now)\b"
)


# "the heat was suffocating", "suffocating humidity", "my job is suffocating": the air of a
# room or the weight of a life, not a body that cannot breathe.
_STIFLING_PLACE = (
    r"(?:heat|air|room|bedroom|humidity|weather|house|flat|apartment|atmosphere|office|bus"
    r"|train|crowd|job|relationship|marriage|family|town|place|silence|smell|smoke alarm)"
)
_STIFLING = re.compile(
    r"\b" + _STIFLING_PLACE + r" (?:in (?:the|my|here|there|this) (?:\w+ )?)?(?:(?:is|was"
    r"|feels|felt|gets|got|were|are|has been) )?(?:so |really |absolutely |just |kind of"
    r" |kinda )?(?:\w+ (?:and|&) )?suffocating\b|\bsuffocating(?:ly)? (?:hot|heat|humid\w*"
    r"|warm|stuffy|air|atmosphere|room|crowd|silence|relationship|job|marriage|smell)\b"
    r"|\bsuffocat\w* (?:in|by) (?:this|my|the|that|our) (?:\w+ )?(?:marriage|relationship|job"
    r"|town|family|life|city|work|school|office|place|routine)\b"
)
_HOT_ROOM = re.compile(r"\b(?:hot|heat|humid\w*|stuffy|muggy|swelter\w*|airless|warm)\b")
_IT_WAS = re.compile(r"\b(?:it|its|it was|it is|it felt|it got)(?: so| really| absolutely)? $")


# "gasping for a cuppa", "gasping for a glass of water": wanting a drink, not air.
_GASPING_FOR_A_THING = re.compile(
    r"\s*for (?:a|an|some|my|the|another|more) (?!(?:\w+ )?(?:air|breath|oxygen)\b)"
)


def _stifling(sentence: str, m: re.Match[str]) -> bool:
    if "suffocat" not in m.group(0):
        return False
    if _fast(_STIFLING).search(sentence):
        return True
    return bool(_HOT_ROOM.search(sentence) and _IT_WAS.search(_prefix(sentence, m)))


def _breathing_benign(sentence: str, m: re.Match[str], text: str) -> bool:
    after = _after(sentence, m)
    if _BREATHING_BENIGN_RE1.match(after) or _stifling(sentence, m):
        return True
    if m.group(0).startswith("gasp") and _GASPING_FOR_A_THING.match(after):
        return True
    if _BREATHING_BENIGN_RE2.search(sentence):
        return True
    # Woke gasping from a nightmare, or a panic attack that passed: frightening, not urgent.
    return bool(
        _BREATHING_BENIGN_RE3.search(sentence)
        and _BREATHING_BENIGN_RE4.search(
            sentence,
        )
    )


_LONG_AGO = re.compile(
    r"\b(?:last (?:year|yr|month|summer|winter|spring|fall|autumn|week|weekend|monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday)|(?:years?|yrs?|months?) ago"
    r"|(?:a )?long time ago|as a"
    r" (?:kid|child|teen|teenager|baby)|when i was (?:like |about |around )?(?:a |\d+|young|little)"
    r"|in (?:19|20)\d\d"
    r"|when i was in my (?:teens|twenties|thirties|forties|fifties|sixties|\d0s)"
    r"|in my (?:\w+ )?(?:days|years) (?:as|at|in)|in my (?:younger|early|teenage|teen|student"
    r"|wild|darker|dark|drinking) (?:years|days)|in my (?:army|navy|college|school|classroom"
    r"|teaching|drinking|using|nursing|police|working) (?:days|years)"
    r"|back in|back when|in \d\d|growing up|once before|in the past|for years before (?:i|we)"
    r" (?:started|began|came|found)|in (?:high school|middle school|grade school|college|school)"
    # in Spanish: "hace años", "cuando tenia 19" (not "hace tiempo que pienso": for a while now)
    r"|(?<!desde )hace (?:(?:\d+|unos|muchos|varios|dos|tres|cuatro|cinco|seis|diez) )?"
    r"(?:años|anos)\b(?! (?:\w+ )?que)"
    r"|(?<!desde )hace (?:mucho tiempo|tiempo|mucho)\b(?! (?:\w+ )?que)"
    r"|cuando (?:era|tenia|tenía) (?:\d+|joven|chic\w*)"
    # what the chart already holds: "at intake i disclosed passive ideation from 2023"
    r"|from (?:19|20)\d\d|(?:at|on|during) (?:my )?intake"
    r"|the old me|(?:my )?(?:freshman|sophomore|junior|senior) (?:yr|year)"
    # an age told: "one attempt at 19 (overdose)", "at the age of 15", "long ago, after school"
    r"|(?:attempts?|tried|overdos\w*|od|hospitali[sz]ed|cutting|cut) at (?:the )?(?:age )?(?:of )?"
    r"(?:1\d|[2-6]\d)"
    # ("not that long ago", "not too long ago": recently)
    r"|(?<!not )(?<!how )(?<!that )(?<!too )(?<!so )(?<!very )long ago"
    r"|when (?:he|she|they) (?:was|were) (?:a|an|little|young|\d+) ?(?:toddler|baby|kid|child"
    r"|teen|teenager|infant|boy|girl)?)\b"
)


_LONG_AGO_RE = re.compile(
    r"\b(?:(?<!never )again|now|today|tonight|yesterday|last night|this week|until|till|still"
    r"|keep\w*|more and more|getting worse"
    # ("nothing like that since" is the history over, not going on)
    r"|this morning|(?<!nothing )(?<!nothing like that )(?<!none )(?<!not once )since)\b"
)


def _long_ago(sentence: str, m: re.Match[str], text: str) -> bool:
    """'went to the ER last year' is history, not something happening now."""
    return bool(_LONG_AGO.search(sentence)) and not _LONG_AGO_RE.search(
        sentence,
    )


# "blacked out the windows with foil", "blacking out the dates i cant do": black out with a
# thing after it is covering something up, not losing consciousness.
_BLACK_OUT_THING = re.compile(
    r"\s*(?:(?:all )?(?:the|my|our|his|her|their|those|these|that|this|every|each|some|a|an)"
    r" (?:\w+ )?|all )?(?:windows?|curtains?|blinds?|shades?|(?:bed)?rooms?|screens?|lights?"
    r"|glass|dates?|names?|calendar|diary|texts?|clocks?|tvs?|leds?|skylights?|mirrors?|doors?"
    r"|photos?|pictures?|boxes)\b"
)


# "my sister faints at the sight of blood": a habit told, in the present with an s.
_HABIT_AFTER = re.compile(
    r"\s*(?:at|when|whenever|every|if|easily|a lot|all the time|around|during|from|over)\b"
)


def _habitual_faint(sentence: str, m: re.Match[str], text: str) -> bool:
    return m.group(0) in ("faints", "passes out", "keels over", "blacks out") and bool(
        _HABIT_AFTER.match(_after(sentence, m))
    )


def _blacked_out_thing(sentence: str, m: re.Match[str], text: str) -> bool:
    return m.group(0).startswith("black") and bool(_BLACK_OUT_THING.match(_after(sentence, m)))


_FAINT_FIGURE_RE1 = re.compile(r"\s*if\b")
_FAINT_FIGURE_RE2 = re.compile(r"\b(?:i|you) (?:could|would|might)\s+$")


def _faint_figure(sentence: str, m: re.Match[str], text: str) -> bool:
    """'its so hot i could pass out', 'ill faint if i see another bill', 'the memory is a
    little faint'."""
    if _FAINT_FIGURE_RE1.match(_after(sentence, m)):
        return True
    if FAINT_THING.search(sentence):
        return True
    return bool(_FAINT_FIGURE_RE2.search(_prefix(sentence, m)))


_CHEST_IDIOM_RE1 = re.compile(
    r"\b(?:lifted|off my chest|finally gone|is gone|has gone|went away)\b"
)
_CHEST_IDIOM_RE2 = re.compile(r"\bstill\b")


# "chest is sore from coughing all week with this cold": a cough's soreness, unless the heart's
# signs come with it.
_FROM_COUGHING = re.compile(
    r"\b(?:from|after|with) (?:all )?(?:the |this |my )?cough\w*"
    # "chest is so tight and sore from chest day at the gym": the muscle, worked
    r"|\b(?:from|after) (?:\w+ )?(?:chest day|the gym|gym|lifting|bench\w*|push ?ups|workout"
    r"|working out|training)\b"
)
# The heart's signs that come with an ache in the chest, the jaw or the arm: what an ordinary
# cause (a cough, the gym) does not explain away.
_HEART_SIGNS = re.compile(
    r"\b(?:sweat\w*|clammy|nause\w*|sick to my stomach|throw up|throwing up|vomit\w*"
    r"|short of breath|out of breath|cant (?:catch my )?breath\w*|breathless|light ?headed"
    r"|dizzy|faint\w*|grey|gray|pale)\b"
)
# ... and, beside a sore chest, the heart's own words.
_HEART_WORDS = re.compile(r"\b(?:crush\w*|pressure|left arm|jaw|racing|pounding)\b")


# "Doc checked me over. Was heartburn. Fine now.": a chest looked at by a clinician, named
# as something harmless, and over
_CHEST_CHECKED = re.compile(
    r"\b(?:doc|doctor|dr|gp|er|urgent care|cardiologist|nurse|paramedics?|ekg|ecg|hospital"
    r"|clinic)\b(?: \w+){0,4} (?:checked|check|cleared|examined|looked|ran|said|says|told|found"
    r"|thinks)\b|\b(?:checked|cleared|examined) (?:me )?(?:out|over)?\b(?: \w+){0,3} (?:by|at)"
    r" (?:the )?(?:doc|doctor|er|urgent care|hospital|clinic)\b"
)
_CHEST_NAMED_HARMLESS = re.compile(
    r"\b(?:was|its|it was|just|only|turned out to be|probably|likely) (?:just |only )?(?:a |an )?"
    r"(?:heartburn|reflux|indigestion|acid\w*|gas|wind|anxiety|panic attack|pulled muscle"
    r"|muscle\w*|costochondritis|strain\w*|nothing)\b"
)
_CHEST_OVER = re.compile(
    r"\b(?:fine now|ok now|okay now|gone now|all good now|better now|resolved|passed|went away"
    r"|cleared up|settled)\b"
)
_CHEST_STILL = re.compile(
    r"\b(?:still|getting worse|worse|again|keeps?|wont (?:stop|go)|this time|not sure|worried"
    r"|scared|back)\b"
)
_CHEST_NOW = re.compile(r"\b(?:tonight|now|right now|this morning|today|at \d|\d ?(?:am|pm))\b")


def _chest_idiom(sentence: str, m: re.Match[str], text: str) -> bool:
    """'a weight lifted off my chest' is relief; a chest sore from coughing is a cough."""
    if _FROM_COUGHING.search(sentence) and not (
        _HEART_SIGNS.search(text) or _HEART_WORDS.search(text)
    ):
        return True
    return _chest_checked_harmless(sentence, m, text) or (
        bool(_CHEST_IDIOM_RE1.search(sentence)) and not _CHEST_IDIOM_RE2.search(sentence)
    )


def _chest_checked_harmless(sentence: str, m: re.Match[str], text: str) -> bool:
    """ "Doc checked me over. Was heartburn. Fine now.", told after the pain, of this pain (an
    old all-clear does not cover a new pain)."""
    if not _CHEST_CHECKED.search(text):
        return False
    at = text.find(sentence)
    after = text[at + m.end() :] if at >= 0 else _after(sentence, m)
    return bool(
        _CHEST_CHECKED.search(after)
        and _CHEST_NAMED_HARMLESS.search(after)
        and _CHEST_OVER.search(after)
        and not _CHEST_STILL.search(text)
        and not _CHEST_NOW.search(sentence)
        and not (_HEART_SIGNS.search(text) or _HEART_WORDS.search(text))
    )


_SEEING_CLEARLY_RE = re.compile(
    r"\s*(?:more|differently|clearly|better|in a|from|as|positiv\w*"
    r"|through|with|about|on the (?:news|radio|tv|internet|podcast)|like|in perspective)\b"
)


# "hearing voices from my headset even tho its unplugged": the source is off.
_SOURCE_OFF = re.compile(
    r"\b(?:unplugged|turned off|switched off|isnt on|wasnt on|not on|not plugged in|its off"
    r"|was off|no one there|nobody there)\b"
)


def _seeing_clearly(sentence: str, m: re.Match[str], text: str) -> bool:
    """'seeing things more clearly', 'hearing things about ketamine'."""
    return bool(_SEEING_CLEARLY_RE.match(_after(sentence, m))) and not _SOURCE_OFF.search(sentence)


_BURDEN_ASKING_RE = re.compile(
    r"\s*(?:asking|to ask|for asking|bothering|by asking|but can|but could"
    r"|with (?:all )?(?:these|my) questions)\b"
)


def _burden_asking(sentence: str, m: re.Match[str], text: str) -> bool:
    """'i feel like a burden asking, but can i reschedule' is politeness."""
    return bool(
        _BURDEN_ASKING_RE.match(
            _after(sentence, m),
        )
    )


_MURDER_JOKE_RE = re.compile(r"\b(?:could|coulda|couldve|could have|would|wouldve|wanted to)\s+$")


def _murder_joke(sentence: str, m: re.Match[str], text: str) -> bool:
    """'i could have killed him, snoring all night lol' is exasperation, not a threat."""
    prefix = _prefix(sentence, m)
    if not _MURDER_JOKE_RE.search(prefix):
        return False
    return bool(_LAUGH.search(sentence) or _MUNDANE.search(sentence))


# Everyday annoyances that make "i could have killed him" exasperation.
_MUNDANE = re.compile(
    r"\b(?:snor\w*|literally|alarm|woke me|wake me|waking me|chew\w*|dishes|forgot|left the"
    r"|leaving the|toilet seat|remote|loud|noise|tv|music|late|again)\b"
)


_NEEDS_AGENT_RE = re.compile(
    r"\b(?:i|im|ill|id|ive|me|myself|urges?|thoughts?|thinking|tempted|fantasi\w*"
    r"|picture|picturing|imagine|imagining|want to|wanted to|feel like|felt like"
    r"|going to|might|could"
    # "cant stop rehearsing hurting the man who...": thoughts gone over, the writer's own
    r"|rehears\w*|replay\w*|plott\w*|cant stop|cannot stop|can not stop)\b"
)


def _needs_agent(sentence: str, m: re.Match[str], text: str) -> bool:
    """Harming others counts when the patient is the one with the thought."""
    prefix = _prefix(sentence, m)
    return not _NEEDS_AGENT_RE.search(
        prefix,
    )


_ACCIDENT = re.compile(
    r"\b(?:fell|fall|falling|tripped|slipped|gym|lifting|workout|working out|playing|running"
    r"|cooking|stove|oven|pan|iron|kettle|coffee|tea|garden\w*|accident\w*|by accident"
    r"|on the (?:stairs|ice|door|corner)|bumped|stubbed|moving|carrying|twisted|sprain\w*"
    r"|shaving|chopping|knife slipped|in the kitchen|at work|yoga|stretching|exercis\w*"
    # caught on a thing, not drawn across the skin with it: "scratched my arm on a staple"
    r"|on (?:a|an|the|some) (?:\w+ )?(?:staple|nail|thumbtack|tack|pin|paperclip|paper clip"
    r"|can lid|wire|fence|branch|thorn|rose)"
    # a home remedy: "pressing a hot spoon against my shoulders for the knots, like gua sha"
    r"|knots|gua sha|cupping|remedy|massage\w*|sore muscles)\b"
)


_ACCIDENTAL_RE = re.compile(
    r"\b(?:want|wanted|urge|urges|thinking|thoughts|tempted|going to|feel like"
    r"|felt like|again|on purpose|deliberately)\b"
)


# An everyday cause named outright: "cut myself shaving again" is clumsiness repeated, where
# a bare "cut myself again" may be a relapse.
_EVERYDAY_CAUSE = re.compile(
    r"\b(?:shav\w*|cooking|chopping|peeling|slicing (?:the |some )?(?:bread|onions?|veg\w*)"
    r"|kettle|oven|stove|hob|iron|curling (?:iron|tongs)|straighteners|toaster|pan|the cat"
    r"|the dog|paper|a tin|the tin|gardening|on the (?:stairs|ice|door|corner))\b"
)


def _repeat_of_everyday(sentence: str) -> bool:
    """Only "again" (no wish, urge or purpose) stands against the accident, and its cause is
    named."""
    words = set(_ACCIDENTAL_RE.findall(sentence))
    return words == {"again"} and bool(_EVERYDAY_CAUSE.search(sentence))


# "cut myself some slack", "cut myself off from the news": idioms, not injuries.
_SELF_IDIOM_AFTER = re.compile(
    r"^\s*(?:some |a bit of |a little |a lot of )?(?:slack|a break|short|loose|free"
    r"|off (?:from|at|there|early|mid)|off\b(?= *$))"
)


def _self_idiom(sentence: str, m: re.Match[str]) -> bool:
    return m.group(0).startswith("cut") and bool(_SELF_IDIOM_AFTER.match(_after(sentence, m)))


# "didn't know where I was for a minute when I woke", "slurring my words after four pints":
# a moment's muddle on waking, or drink, not confusion that needs a clinician now.
_MOMENTARY_AFTER = re.compile(
    r"^[^.!?;]{0,30}?\b(?:for a (?:minute|moment|sec|second|split second|few (?:seconds|secs"
    r"|moments))|for a bit when i (?:first )?woke|briefly|momentarily)\b"
)
# ... or said before it, on waking: "when I woke up I was disoriented for a minute, didn't
# know where I was"
_MOMENTARY_BEFORE = re.compile(
    r"\b(?:for a (?:minute|moment|sec|second|split second|few (?:seconds|secs|moments))"
    r"|briefly|momentarily)\b[^.!?;]{0,40}$"
)
_A_WAKING_TOLD = re.compile(r"\b(?:woke|waking|wake up|woken|awoke)\b")
# A moment's muddle is told in the past: "doesnt know where he is, for a minute he thought it
# was 1990" goes on
_TOLD_AS_NOW = re.compile(
    r"\b(?:doesnt|dont|do not|does not|cant|cannot|isnt|is|am|im|are|keeps?|still)\b"
)
_DRINK = re.compile(
    r"\b(?:pints?|beers?|drinks|shots|glasses of (?:wine|prosecco|whisky)|bottles? of wine"
    r"|drunk|tipsy|hammered|wasted|pissed|sloshed)\b"
)

_SOBER = re.compile(
    r"\b(?:sober|(?:not|never|havent|hadnt|wasnt|no|without) (?:\w+ )?(?:been )?(?:drunk|drinking"
    r"|drinks|had a drink|alcohol))\b"
)


def _momentary_or_drink(sentence: str, m: re.Match[str], text: str) -> bool:
    if _MOMENTARY_AFTER.match(_after(sentence, m)) and not _TOLD_AS_NOW.search(m.group(0)):
        return True
    return "slur" in m.group(0) and bool(_DRINK.search(sentence) and not _SOBER.search(sentence))


def _accidental(sentence: str, m: re.Match[str], text: str) -> bool:
    """'fell and hurt myself on the stairs' is an accident."""
    if _self_idiom(sentence, m):
        return True
    if _ACCIDENTAL_RE.search(sentence) and not _repeat_of_everyday(sentence):
        return False
    return bool(_ACCIDENT.search(sentence))


_CUT_ACCIDENT = re.compile(
    r"\b(?:by accident|accident\w*|tripped|slipped|fell|fall|clumsy|oops|ouch|shav\w*|wax\w*"
    r"|cook\w*|chopp\w*|hike|hiking|climbing|surgery|surgeon|operation|biopsy|stitches from"
    r"|caesarean|c section|gardening|pruning)\b"
    # a cast, a dressing or a splint cut off: "cast cut off L forearm", "cut the dressing off"
    r"|\b(?:cast|dressing|splint|bandage|brace)s? (?:was |were )?cut off\b"
    r"|\bcut (?:the |my )?(?:cast|dressing|splint|bandage|brace)s? off\b"
)
# "cut my leg on a rock", "cut myself on the tin": struck by something, not turned on;
# "cut myself some slack", "cut myself off from people": idioms.
_STRUCK_BY = re.compile(
    r"^\s*(?:(?:\w+ )?(?:on|against|with) (?:(?:a|an|the|some|that|this|my|our) )?(?:\w+ )?"
    r"(?:rocks?|stones?|tins?|cans?|lids?|doors?|fence|wire|nails?|edges?|corners?|branch\w*"
    r"|thorns?|brambles?|metal|sheet|frame|trampoline|table|shelf|railings?|gate|bike|pedals?"
    r"|chain|tiles?|shells?|coral|paper|box|bin|saw|tools?|hedge|bush|window|fall|accident"
    r"|drawer|cupboard|car|ladder|step|stairs)\b|(?:some |a bit of )?"
    r"(?:slack|a break|off|short|loose|free|out of|a deal|a slice|a piece|in on)\b)"
)
_BLADE_NAMED = re.compile(
    r"\b(?:blade|razor|knife|scissors|glass|sharpener|compass|box ?cutter|stanley|craft knife"
    r"|exacto|x acto|utility knife)\b"
)
_CUT_MEANT = re.compile(r"\b(?:on purpose|deliberately|intentionally|again|urges?|wanted to)\b")


def _cut_benign(sentence: str, m: re.Match[str], text: str) -> bool:
    """A cut from a fall, a tin or a surgeon is an accident; a blade named keeps the alert."""
    meant = set(_CUT_MEANT.findall(sentence))
    if meant and not (meant == {"again"} and _EVERYDAY_CAUSE.search(sentence)):
        return False
    if _BLADE_NAMED.search(sentence) and not re.search(r"\b(?:shav\w*|cook\w*|chopp\w*)\b", text):
        return False
    return bool(_CUT_ACCIDENT.search(sentence) or _STRUCK_BY.match(_after(sentence, m)))


def _cut_struck(sentence: str, m: re.Match[str], text: str) -> bool:
    """The cutting words of the self_harm rule, read as _cut_benign reads them."""
    return m.group(0).startswith("cut ") and _cut_benign(sentence, m, text)


_DIE_IDIOM = re.compile(
    r"^\s*(?:of|from) (?:embarrassment|laughter|laughing|shame|boredom|cringe|cuteness"
    r"|happiness|jealousy)"
)


def _die_idiom(sentence: str, m: re.Match[str], text: str) -> bool:
    return bool(_DIE_IDIOM.match(_after(sentence, m)))


# "id rather die than do another zoom call lol", "want to disappear under the duvet".
_RATHER_THAN_CHORE = re.compile(
    r"^\s*than (?:\w+ ){0,4}(?:zoom|teams|call|calls|meeting|meetings|gym|karaoke|dentist"
    r"|shopping|ikea|small talk|presentation|taxes|tax return|admin|exam|emails?|queue|party"
    r"|parties|run|marathon|wear|eat|dance|sing|watch|ironing|laundry|dishes|washing up"
    r"|homework|paperwork|spreadsheets?|networking|commute|bus|traffic|football|golf|opera"
    r"|musical|reality tv|camping|sleep study|study|test|tests|scan|mri|needles?|wires"
    r"|appointment|colonoscopy|physio)\b"
)
_DISAPPEAR_INTO = re.compile(
    r"^\s*(?:under|into|in|to|for (?:a (?:bit|while|day|week|few)|the (?:day|weekend|week))"
    r"|from (?:work|the office|the party|social media|the group)|off (?:grid|social))\b"
)


def _die_figure(sentence: str, m: re.Match[str], text: str) -> bool:
    after = _after(sentence, m)
    if m.group(0).endswith("disappear") and _DISAPPEAR_INTO.match(after):
        return True
    return "rather" in m.group(0) and bool(_RATHER_THAN_CHORE.match(after) or _LAUGH.search(after))


_POWER_CUT = re.compile(r"\b(?:power|electricity|lights went|outage|grid|storm|fuse)\b")


def _power_cut(sentence: str, m: re.Match[str], text: str) -> bool:
    """'the power went out so we had a blackout' is the lights, not a faint."""
    return "black" in m.group(0) and bool(_POWER_CUT.search(sentence))


_WELL_NOW = re.compile(
    r"\b(?:years ago|long ago|used to|back then|as a teen|in school|(?:doing|is|s|are|theyre)"
    r" (?:really |so )?(?:great|well|fine|better|ok|okay|good|happy) now|recovered)\b"
)


def _other_then_well(sentence: str, m: re.Match[str], text: str) -> bool:
    """'my friend wanted to kill herself years ago, shes doing great now' is history."""
    return bool(re.search(r"\b(?:himself|herself|themselves)\b", m.group(0))) and bool(
        _WELL_NOW.search(sentence)
    )


_REPORTED_SPEECH = re.compile(
    r"\b(?:he|she|they|hes|shes|theyre|my (?:\w+ )?\w+|\w+s) (?:\w+ )?(?:said|says|say|texted"
    r"|texts|posted|posts|wrote|writes|joked|jokes|keeps saying|always says|typed|yelled"
    r"|shouted|screamed)(?: \w+){0,2}\s*$"
)


def _said_by_other(sentence: str, m: re.Match[str], text: str) -> bool:
    """'my teen said kms about homework again': slang reported from someone else."""
    if m.group(0) not in ("kms", "kys"):
        return False
    prefix = _prefix(sentence, m)
    return bool(_REPORTED_SPEECH.search(prefix)) and not re.search(
        r"\bi (?:\w+ )?(?:said|say"
        r"|texted|typed)\b",
        prefix,
    )


_OVERDOSE_QUESTION_RE1 = re.compile(
    r"\b(?:can|could|is it possible to) (?:you|one|people|someone|a person|anyone)"
    r" (?:\w+ )?$"
)
_OVERDOSE_QUESTION_RE2 = re.compile(
    r"\s*on (?:ketamine|it|this|the infusion|an infusion|infusions|esketamine)\b"
)
_OVERDOSE_QUESTION_RE3 = re.compile(
    r"\b(?:risk|chance|danger|possibility|signs?|symptoms?) of (?:an )?$"
)
_OVERDOSE_QUESTION_RE4 = re.compile(r"\s*risks?\b")


# "what happens if someone overdoses on ketamine?": a question about anyone, asked with no
# word of the writer. Asking how much it takes stays a crisis, whoever it is said of.
_GENERIC_DOER = re.compile(
    r"\b(?:someone|somebody|a person|people|you|one|anyone|anybody|patients?|a patient"
    r"|kids|children|a child|teens|teenagers) (?:\w+ )?$"
)
# Amounts, ease, pain and intent are what someone weighing it asks about.
_METHOD_ASKED = re.compile(
    r"\b(?:how (?:many|much|long)|enough|lethal|fatal|amount|dose|dosage|would it take"
    r"|does it take|quick\w*|eas(?:y|ier|iest|ily)|simple|painless\w*|pain\w*|hurt|suffer"
    r"|peaceful\w*|fastest|best way|way to|sure|guarantee\w*|on purpose|intentional\w*"
    r"|deliberate\w*|die|dying|kill\w*|wake up)\b"
)


def _generic_overdose_question(sentence: str, m: re.Match[str]) -> bool:
    return (
        _is_question(sentence)
        and m.group(0).startswith(("overdos", "over dos"))
        and bool(_GENERIC_DOER.search(_prefix(sentence, m)))
        and not _FIRST_PERSON.search(sentence)
        and not _fast(_METHOD_ASKED).search(sentence)
    )


# A nurse or carer telling of a patient's overdose at work: "gave a patient naloxone for an
# opioid overdose on my shift".
_PATIENTS_OVERDOSE = re.compile(
    r"\b(?:(?:a|the|my|our|one of my|one of our) (?:\w+ )?patients?|on (?:my|the|a) (?:shift|ward"
    r"|rounds)|in (?:a ?&? ?e|the er|resus))\b"
)


def _patients_overdose(sentence: str, m: re.Match[str], text: str) -> bool:
    return bool(
        _PATIENTS_OVERDOSE.search(sentence)
        and "overdos" in m.group(0)
        and not _SELF_IN_MATCH.search(m.group(0))
        and not re.search(r"\b(?:myself|i (?:want|will|might|could)|im going to)\b", sentence)
    )


# "my husband says you cant really overdose on it. is that right?": a reassurance checked.
_OVERDOSE_DENIED = re.compile(r"\b(?:you|one|people) (?:cant|cannot|couldnt) (?:really |even )?$")
_OVERDOSE_MEANT = re.compile(r"\b(?:myself|i (?:want|wanna|will|might|could)|im going to|try)\b")


def _overdose_question(sentence: str, m: re.Match[str], text: str) -> bool:
    """'is there a risk of overdose with the infusion?' asks about safety."""
    if _generic_overdose_question(sentence, m):
        return True
    if (
        _OVERDOSE_DENIED.search(_prefix(sentence, m))
        and _OVERDOSE_QUESTION_RE2.match(_after(sentence, m))
        and not _OVERDOSE_MEANT.search(text)
    ):
        return True
    if _OVERDOSE_QUESTION_RE1.search(
        _prefix(sentence, m),
    ) and _OVERDOSE_QUESTION_RE2.match(
        _after(sentence, m),
    ):
        return True
    return bool(
        _OVERDOSE_QUESTION_RE3.search(
            _prefix(sentence, m),
        )
        or _OVERDOSE_QUESTION_RE4.match(_after(sentence, m))
    )


_WAKE_UP_BENIGN_RE = re.compile(
    r"\s*(?:so |too )?(?:early|at \d|for work|for school|before|this"
    r"|in the morning|when|till|until|til|on time)\b"
)


def _wake_up_benign(sentence: str, m: re.Match[str], text: str) -> bool:
    """'dont want to wake up early tomorrow' is about an alarm."""
    return bool(
        _WAKE_UP_BENIGN_RE.match(
            _after(sentence, m),
        )
    )


_UP_FIRST = re.compile(r"^\s*up\b")
# "going to sleep and not waking up till 10": a lie-in, said with the hour.
_LIE_IN = re.compile(
    r"^\s*(?:up )?(?:till|until|til|before) (?:\d|noon|midday|lunch|late|the afternoon"
    r"|tomorrow|the weekend)"
)
# "hope i dont wake up in the morning", said and left there, is not about an hour
_MORNING = re.compile(r"^\s*(?:up )?in the morning\s*(?:[.,!?;\u2026]|$)")


def _waking_at_time(sentence: str, m: re.Match[str], text: str) -> bool:
    """'hope i dont wake up at 3 again': a waking at a time is about the night."""
    after = _UP_FIRST.sub("", _after(sentence, m))
    return "wak" in m.group(0) and bool(_TIME_AFTER.match(after)) and not _MORNING.match(after)


_END_IT_BREAKUP_RE = re.compile(r"\s*(?:with|between)\b")


def _end_it_breakup(sentence: str, m: re.Match[str], text: str) -> bool:
    return bool(_END_IT_BREAKUP_RE.match(_after(sentence, m)))


_ALLERGY_BENIGN_RE = re.compile(
    r"\b(?:from crying|after crying|cried|gives me hives|give me hives"
    r"|giving me hives|breathing (?:is )?fine|no (?:trouble|problem) breathing|breathing ok)\b"
)
# A beekeeper's hives: "up at 4:30 to check the hives before the heat" (the word alone; a
# sting, a rash or welts beside it are the allergy's)
_BEEHIVES = re.compile(
    r"\b(?:(?:check\w*|inspect\w*|split\w*|smok\w*|tend\w*|fed|feed\w*|open\w*|mov\w*|lift\w*"
    r"|work\w*) (?:on )?(?:the|our|both|all|\d+|two|three|four|five|six)(?: bee)? hives|bee ?hives"
    r"|supers|brood|queens?|apiar\w*|beekeep\w*|honey flow|sugar syrup)\b"
)
_ALLERGY_SIGNS = re.compile(
    r"\b(?:allerg\w*|reaction|sting\w*|stung|epi ?pen|itch\w*|rash\w*|welts?|swell\w*|swollen"
    r"|throat|breath\w*|lips?|tongue|face|skin|arms?|neck|chest|back|legs?|body)\b"
)


def _allergy_benign(sentence: str, m: re.Match[str], text: str) -> bool:
    if m.group(0) == "hives" and _BEEHIVES.search(sentence):
        return not _ALLERGY_SIGNS.search(sentence)
    return bool(_ALLERGY_BENIGN_RE.search(sentence))


# A faint told as over, the writer fine since: "felt faint standing up fast yesterday. sat a
# min. fine since" (a clause that opens on it, so the writer is what is fine; or, when the
# message is read again with its fragments joined, right after "a min", "a while")
_FINE_SINCE = re.compile(
    r"(?:(?:^|[.;,!]\s*)(?:and |but )?|(?<!nt )(?<!not )(?<!never )\b(?:im|i am|ive been"
    r"|i have been|i felt|i feel|felt|feeling|min"
    r"|minute|minutes|while|bit|second|moment|sec) )"
    r"(?:fine|ok|okay|normal|good|alright) since\b(?!\s+(?:then\s+)?(?:but|except)\b)"
)


# (a feeling of faintness, not a faint: "passed out ... fine since" is for a clinician still)
_A_FAINT_FEELING = re.compile(
    r"(?:(?:felt|feel|feeling|got|went|nearly|almost|bit|little|so|very|really|kinda) (?:\w+ )?"
    r"faint|faint(?:ish|y|ness)?|light ?headed)"
)


def _fine_since(sentence: str, m: re.Match[str], text: str) -> bool:
    if not _A_FAINT_FEELING.fullmatch(m.group(0)):
        return False
    at = text.find(sentence)
    start = at + m.end() if at >= 0 else 0
    return bool(_FINE_SINCE.search(text[start : start + 80]))


_BP_WORDS_RESOLVED_RE = re.compile(
    r"\b(?:came (?:back )?down|back (?:down|to normal)|normal now"
    r"|fine now|ok now|okay now|settled)\b"
)


def _bp_words_resolved(sentence: str, m: re.Match[str], text: str) -> bool:
    return bool(
        _BP_WORDS_RESOLVED_RE.search(
            sentence,
        )
    )


_HEART_ATTACK_IDIOM_RE = re.compile(
    r"\b(?:gave|give|giving|gives|nearly|almost|near|mini)\s+(?:\w+\s+)?"
    r"(?:a\s+)?$"
)


def _signs_asked(sentence: str, m: re.Match[str], text: str) -> bool:
    """'what are the signs of a stroke i should watch for?' asks what to look out for."""
    return (
        m.group(0).startswith(("signs", "symptoms"))
        and (_is_question(sentence) or sentence.rstrip().endswith("?"))
        and not _fast(_OWN_SYMPTOM).search(text)
    )


def _heart_attack_idiom(sentence: str, m: re.Match[str], text: str) -> bool:
    return bool(
        _HEART_ATTACK_IDIOM_RE.search(
            _prefix(sentence, m),
        )
    )


_COLLAPSE_INTO_BED_RE = re.compile(
    r"\s*(?:into|onto|on|in) (?:the |my )?(?:bed|couch|sofa|pillow"
    r"|armchair|chair)"
)
# Out cold by a clock time, in a night's report: "knocked out cold by 10:30, slept straight thru
# till 6" (not "collapsed at 2 in the afternoon at practice")
_OUT_COLD_BY_A_TIME = re.compile(
    r"\s*(?:by|around|about|before) (?:\d{1,2}(?::\d\d|\s*(?:am|pm))|(?:[7-9]|1[0-2])(?=\s*(?:[.,;]"
    r"|$))|ten|eleven|nine|midnight)(?!\w)"
)
_A_NIGHTS_SLEEP = re.compile(r"\b(?:slept|sleep|asleep|alarm|till|until|snor\w*)\b")


# "on an air mattress ... woke up on the floor bc it deflated": a bed that gave way
_BED_ON_THE_FLOOR = re.compile(
    r"\b(?:air ?(?:mattress|bed)|deflat\w*|sleeping bag|camping|futon|slept on the floor"
    r"|rolled off|fell out of (?:the )?bed|kids? took (?:the|my) bed|couch cushions)\b"
)


_NOT_WAKING_PROPERLY = re.compile(
    r"\b(?:wont wake|not waking|cant wake|unresponsive|wont answer|not answering"
    r"|no idea (?:how|where)|dont know (?:how|where)|didnt know where|confus\w*|couldnt move"
    r"|cant move|blood|hit my head|hurt|dizzy)\b"
)


def _slept_on_the_floor(sentence: str, m: re.Match[str], text: str) -> bool:
    """'woke up on the floor when the air mattress deflated': the writer's own bed gave way."""
    return (
        m.group(0).startswith("woke")
        and bool(_BED_ON_THE_FLOOR.search(text))
        and not _NOT_WAKING_PROPERLY.search(text)
    )


def _collapse_into_bed(sentence: str, m: re.Match[str], text: str) -> bool:
    """Collapsed into bed, or out cold by a bedtime in a night's report: sleep, not a faint."""
    after = _after(sentence, m)
    if _COLLAPSE_INTO_BED_RE.match(after):
        return True
    return bool(
        "out cold" in m.group(0)
        and _OUT_COLD_BY_A_TIME.match(after)
        and _A_NIGHTS_SLEEP.search(sentence)
    )


_HARM_IDIOM_AFTER = re.compile(
    r"\s*(?:an? (?:text|message|msg|email|note|line|dm|quick|call|look|glance|smile|photo"
    r"|pic)|with kindness|at (?:chess|cards|pool|tennis|golf|scrabble|games?|poker)|up (?:for"
    r"|about|later|tomorrow))\b"
)


def _harm_idiom(sentence: str, m: re.Match[str], text: str) -> bool:
    """'shooting him a text', 'kill them with kindness'."""
    return bool(_HARM_IDIOM_AFTER.match(_after(sentence, m)))


_TREATMENT_ENDING_RE = re.compile(
    r"\b(?:last|final) (?:infusion|session|treatment|appointment)|\bfinish\w*"
    r"|\bdone with (?:the )?(?:treatment|infusions|course)|\bgraduat\w*"
)


def _treatment_ending(sentence: str, m: re.Match[str], text: str) -> bool:
    """'wont need the reminders much longer, last infusion friday' is good news."""
    return bool(
        _TREATMENT_ENDING_RE.search(
            text,
        )
    )


_DEATH_CONTEXT = re.compile(
    r"\b(?:die|dying|dead|death|suicid\w*|kill\w*|end (?:it|things|my life|everything)"
    r"|overdos\w*|od|pills|rope|noose|gun|bridge|jump\w*|goodbyes?|alive|burden|hopeless"
    r"|worthless|no point|nothing left|better off|funeral|wont be here|wont be around"
    r"|not be here|pain to stop|unaliv\w*|done fighting|tired of fighting|cant fight"
    r" (?:it )?any ?more|give up|giving up|last (?:shot|hope|resort|chance)|(?:nothing|it|things)"
    r" (?:is|are|s)? ?(?:never )?(?:going|gonna) (?:to )?get better|(?:nothing|it|things) will"
    r" (?:ever|never) get better)\b"
)


def _no_death_context(sentence: str, m: re.Match[str], text: str) -> bool:
    """'im going to do it tonight' is a plan only when the message is about dying."""
    return not _DEATH_CONTEXT.search(text)


# "tonights the night, first full night without the sleeping pills!" marks progress.
_MILESTONE = re.compile(
    r"\b(?:first (?:\w+ )?(?:night|day|time|week)|excited|yay|woo\w*|without (?:the |my )?"
    r"(?:sleeping )?(?:pills|tablets|meds)|off (?:the|my) (?:pills|meds|tablets)|wish me luck"
    r"|fingers crossed)\b"
)


def _milestone(sentence: str, m: re.Match[str], text: str) -> bool:
    return bool(_MILESTONE.search(sentence))


_PILL_WORD = re.compile(rf"\b{_PILLS}\b")
_REFILL = re.compile(
    r"\b(?:refills?|pharmacy|pharmacist|chemist|prescri\w*|run(?:ning)? out|until|till|to last"
    r"|for the (?:week|month|trip|holiday|weekend)|pill ?box|organi[sz]\w*|dosette|schedule)\b"
)


def _not_about_pills(sentence: str, m: re.Match[str], text: str) -> bool:
    """'i have enough now' is stockpiling only beside pills, and not beside a refill."""
    return not _PILL_WORD.search(text) or bool(_REFILL.search(text))


_FAREWELL_BENIGN = re.compile(
    r"\b(?:team|coworkers?|co workers?|colleagues?|office|class|classmates|retir\w*|new job"
    r"|last day|leaving do|farewell party|party|moving|move|airport|station|trip|flight"
    r"|visit\w*|holiday|vacation|school|nursery|daycare|drop(?:ped|ping)? (?:off|them|him|her)"
    r"|goodnight|good night|insomnia|old habits?|bad habits?|caffeine|coffee|alarm"
    r"|sleepless|summer|winter|the weekend|my old)\b"
)


def _farewell_benign(sentence: str, m: re.Match[str], text: str) -> bool:
    """A goodbye card for a colleague, goodbye at the airport, goodbye to insomnia."""
    return bool(_fast(_FAREWELL_BENIGN).search(sentence))


# A goodbye said to a place or a thing: a home left for another, a car sold, a contract
# ended. People, "everyone" and "the world" are not on the list, and stay a farewell.
_GOODBYE_TO_A_THING = re.compile(
    r"^\s*to (?:the|our|my|this|that) (?:\w+ ){0,3}?(?:apartment|flat|house|home|place|church"
    r"|office|neighbou?rhood|town|city|car|van|minivan|truck|couch|sofa|mattress|phone|laptop"
    r"|job|gym|school|lease|building|street|garden|yard|cabin|dorm|store|shop|diner"
    r"|restaurant|carrier|company|provider|cable|subscription|membership|roses|flowers|trees"
    r"|bed|desk|kitchen|career|shift|night shift|uniform|classroom|mattress)s?\b"
)


# A goodbye to someone who is the one leaving: "said goodbye to my mother at the airport,
# she flew back to port au prince". A last time or a never again keeps the alarm.
_SEEN_OFF = re.compile(
    r"\b(?:airport|train station|bus station|terminal|departures|gate|her flight|his flight"
    r"|their flight)\b|\b(?:she|he|they|\w+) (?:go|goes|went|left|leaves|leaving|flew|flies|fly"
    r"|drove|moved|moves) (?:back|home|to)\b|\b(?:im|were|i am|we are) (?:moving|relocating"
    r"|leaving|heading) (?:to|back|home|for|out)\b"
)
_NEVER_AGAIN = re.compile(r"\b(?:last time|never (?:see|hear)|one last|for the last|forever)\b")


def _seen_off(sentence: str, m: re.Match[str], text: str) -> bool:
    return bool(_SEEN_OFF.search(text)) and not _NEVER_AGAIN.search(text)


def _goodbye_seen_off(sentence: str, m: re.Match[str], text: str) -> bool:
    """_seen_off, for the goodbye words of a wider rule."""
    return "goodbye" in m.group(0) and _seen_off(sentence, m, text)


# "goodbye everyone, see you at 10am": a goodbye until a time named.
_SEE_YOU_LATER = re.compile(
    r"\bsee (?:you|ya|u|yall|you all|everyone|you guys) (?:all )?"
    r"(?:at|tomorrow|tmrw|tmr|in (?:the|a|\d)"
    r"|later|soon|on|next|after|when|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|tonight|this (?:evening|afternoon|weekend)|\d)"
)


def _goodbye_until_later(sentence: str, m: re.Match[str], text: str) -> bool:
    return "goodbye" in m.group(0) and bool(_SEE_YOU_LATER.search(text))


# "i cant do this anymore with the rotating shifts", "... with the construction outside":
# worn out by a thing the sentence names, and not by living.
_WORN_OUT_BY_A_THING = re.compile(
    r"\s*(?:with|w) (?!(?:my |this |the )?(?:life|myself|me|living|everything|it all|anything"
    r"|any of (?:it|this)|existing|being alive)\b)(?:the|these|this|those|that|my|our|his|her"
    r"|their|night|nights|rotating|early|late|\w+ing\b)"
)
_LAUGHED_OFF = re.compile(r"\b(?:lol|lmao|haha\w*|rofl)\b|😂|🤣")


def _worn_out_by_a_thing(sentence: str, m: re.Match[str], text: str) -> bool:
    if "anymore" not in m.group(0) or not m.group(0).startswith("cant do this"):
        return False
    return bool(_WORN_OUT_BY_A_THING.match(_after(sentence, m)) or _LAUGHED_OFF.search(sentence))


def _goodbye_to_a_thing(sentence: str, m: re.Match[str], text: str) -> bool:
    """'saying goodbye to the old apartment, moving across town'."""
    return bool(_GOODBYE_TO_A_THING.match(_after(sentence, m)))


_GIVING_BENIGN = re.compile(
    r"\b(?:charity|charities|goodwill|thrift|salvation army|oxfam|donat\w*|declutter\w*"
    r"|spring clean\w*|moving|move|downsiz\w*|outgrown|old clothes|baby clothes|car boot"
    r"|maternity|mom(?:s|'s)? group|moms group"
    r"|yard sale|garage sale|marie kondo|too small|dont fit|no longer fit|allerg\w*|landlord"
    r"|new (?:flat|apartment|house|place))\b"
)


def _giving_benign(sentence: str, m: re.Match[str], text: str) -> bool:
    """Giving old clothes to charity is tidying, not a farewell."""
    return bool(_fast(_GIVING_BENIGN).search(text))


_MEANS_BENIGN = re.compile(
    r"\bfor (?:the )?(?:camping|hunting|climbing|boat\w*|garden\w*|tent|dog|range|shed"
    r"|work|protection|self defen\w*|target|sport|hammock|swing|washing line|clothes line"
    r"|bbq|barbecue|grill|balloons?|party|crafts?)\b|\b(?:balloons?|birthday|party|camping"
    r"|hunting|shooting range|gun range|sailing|climbing|grill|bbq|barbecue|mice|mouse|rats"
    r"|pests?|slugs|weeds|wasps|ants|roaches|garden|trailer|firewood|hay|bales?|tarp"
    r"|kayak|canoe|roof rack|tree ?stand|deer stand|duck blind|hunting blind|opening day"
    r"|deer camp|buck|elk|pheasant|decoys?)\b"
)


# "bought a rope and its not for camping": the everyday use denied.
_USE_DENIED = re.compile(r"\b(?:not|isnt|arent|aint|wasnt|never) (?:really |just |actually )?for\b")


def _means_benign(sentence: str, m: re.Match[str], text: str) -> bool:
    """Rope for the tent, helium for the party balloons, a gun for the range."""
    return bool(_fast(_MEANS_BENIGN).search(sentence)) and not _USE_DENIED.search(sentence)


_AS_PRESCRIBED = re.compile(
    r"\b(?:as (?:usual|prescribed|directed|normal|always)|on time|with (?:breakfast|lunch"
    r"|dinner|food|water|a meal)|like (?:normal|usual|always|i should|im supposed to)"
    r"|remembered|forgot|morning meds|evening meds|night meds|this morning|each day|every day"
    r"|daily|(?:pill|weekly|daily) (?:organi[sz]er|box|case)|dosette|so i dont forget"
    r"|in the (?:morning|evening)|at (?:bedtime|night|breakfast)|with my (?:breakfast|dinner|tea)"
    r"|(?:a|per) day|a week|for (?:my|the) (?:arthritis|blood pressure|bp|heart|diabetes"
    r"|thyroid|cholesterol|back|joints|asthma|epilepsy))\b"
)


_ALL_AT_ONCE = re.compile(
    r"\b(?:at once|in one go|all at once|whole bottle|bottle|handful|to (?:die|sleep forever))\b"
)


def _as_prescribed(sentence: str, m: re.Match[str], text: str) -> bool:
    """'took all my meds this morning' is adherence, not an overdose."""
    return bool(_AS_PRESCRIBED.search(sentence)) and not _ALL_AT_ONCE.search(sentence)


_REFILL_RE = _REFILL


def _refill_context(sentence: str, m: re.Match[str], text: str) -> bool:
    """Pills set aside for the pharmacy's take-back day or a refill are logistics."""
    return bool(_REFILL_RE.search(sentence)) or bool(_DISPOSAL.search(sentence))


_DISPOSAL = re.compile(r"\b(?:take back|dispos\w*|return\w*|recycl\w*)\b")
_HARMLESS_AFTER = re.compile(
    r"\s*(?:(?:of|for|from) (?:caffeine|coffee|water|sugar|chocolate|melatonin|vitamin \w+"
    r"|nutmeg|salt|energy drinks?|tea|espresso|red bull)\b|(?:down|off|out)\b)"
)


# "overdosed on chocolate", "od'd on netflix": too much of a pleasure, not of a drug.
_HARMLESS_THING = (
    r"(?:caffeine|coffee|water|sugar|sweets|candy|chocolate|cake|cookies|biscuits|carbs|pizza"
    r"|cheese|junk food|snacks?|food|melatonin|vitamin \w+|nutmeg|salt|garlic|energy drinks?"
    r"|tea|espresso|red bull|monster|netflix|tv|telly|tiktok|youtube|instagram|social media"
    r"|screen time|the news|news|memes|podcasts?|shows?|films?|movies|christmas \w+|sun"
    r"|sunshine|exercise|cardio|the gym|gym|work|overtime|nostalgia|cuteness|kindness|drama"
    r"|reality tv|true crime|books|music|k ?dramas|anime|games|gaming|fortnite|puns|love"
    r"|fresh air|carols|baking|shopping|online shopping|episodes|series|season \d+|deals"
    r"|sales|bargains|sweaters|clothes|leftovers|turkey|pie|stuffing|pumpkin \w+|halloween \w+"
    r"|thanksgiving \w+|holiday \w+)"
)
# Words between "overdosed on" and a pleasure that make it a drug after all.
_DRUG_WORD = (
    r"(?:pills|meds|tablets|drugs|oxy\w*|heroin|fentanyl|xanax|\w+pam|\w+done|insulin|tylenol"
    r"|sleeping|opioids?|opiates?|coke|cocaine|alcohol|vodka|booze|ketamine)\b"
)
_HARMLESS_OVERDOSE = re.compile(
    r"\b(?:overdos\w*|over dos\w*|odd|od|oding|oded|lethal dose|fatal dose|(?:a|the) dose)"
    r" (?:on|of|from) (?:(?!" + _DRUG_WORD + r")\w+ ){0,3}(?:too much )?" + _HARMLESS_THING + r"\b"
    r"|\b" + _HARMLESS_THING + r" (?:\w+ )?(?:overdos\w*|od)\b"
)


_STRONGER_MEANT = re.compile(
    r"\b(?:something stronger|myself|i (?:want|wanna|will|might) (?:to )?(?:try|take|do|end)"
    r"|im going to (?:try|take|do|end))\b"
)


# "saint lawrence on the gridiron, what a terrible way to die": said of someone else's death
_WHAT_A_WAY_TO_DIE = re.compile(r"\bwhat an? (?:\w+ )?$")


def _harmless_after(sentence: str, m: re.Match[str], text: str) -> bool:
    """'a lethal dose of caffeine', 'overdosed on coffee', 'how long does it take to die down'."""
    if _HARMLESS_AFTER.match(_after(sentence, m)):
        return True
    if m.group(0).startswith("way to") and _WHAT_A_WAY_TO_DIE.search(sentence, 0, m.start()):
        return True
    for overdose in _fast(_HARMLESS_OVERDOSE).finditer(sentence):
        if overdose.start() <= m.end() and m.start() <= overdose.end():
            # "cant overdose on melatonin, so im going to try something stronger" means it
            return not _STRONGER_MEANT.search(text)
    return False


_END_EARLY = re.compile(r"\s*(?:early|earlier)\b")
_BEDTIME_WORDS = re.compile(r"\b(?:bed|sleep|nap|shift|work|meeting|call|party|class)\b")


def _end_early(sentence: str, m: re.Match[str], text: str) -> bool:
    """'ending it early tonight, going to bed at 9' ends the day."""
    return bool(_END_EARLY.match(_after(sentence, m)) and _BEDTIME_WORDS.search(sentence))


_NOT_PERSON = re.compile(
    r"\b(?:phone|battery|laptop|car|plant|plants|tv|alarm|wifi|router|printer|app|bot"
    r"|computer|headache|cold|flu|insomnia|habit|cough|migraine|pain|tooth|fridge)\b"
)


def _not_a_person(sentence: str, m: re.Match[str], text: str) -> bool:
    """'i want it dead' about a phone, a plant or a headache is not about a person."""
    return bool(_NOT_PERSON.search(m.group(0)))


_SKIN_CONDITION = re.compile(
    r"\b(?:eczema|psoriasis|mosquito\w*|bug bites?|bites|itchy|itching|itch|rash|hives"
    r"|allerg\w*|dermatitis|chicken ?pox|sunburn\w*|scabs?)\b"
)


def _skin_condition(sentence: str, m: re.Match[str], text: str) -> bool:
    """'scratched my arms till they bled, the eczema is back' is a skin complaint."""
    return bool(_SKIN_CONDITION.search(sentence))
