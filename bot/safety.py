"""Is a message about suicide, self-harm, harming others, or symptoms that need a clinician now?

Rules over a normalised copy of the text, judged sentence by sentence. Missing a person in
danger costs far more than one needless alert, so the lexicons are broad and the ways out
(negation, figures of speech, general questions) are narrow and explicit. Crisis is checked
before urgent: a message with both reaches staff as a crisis.

Every rule is compiled at import; `assess` never raises.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

SafetyLevel = Literal["none", "urgent", "crisis"]


@dataclass(frozen=True)
class SafetyAssessment:
    level: SafetyLevel
    # The words that triggered it, for staff and audit; None when level is "none".
    matched: str | None = None


# Telegram caps a message at 4096 characters; anything longer is not a chat message, and a
# cap keeps the worst case bounded.
_MAX_CHARS = 20_000

# --------------------------------------------------------------------------------------------
# Normalisation: lower case, no apostrophes ("don't" -> "dont"), hyphens as spaces, texting
# contractions spelled one way, letters repeated for emphasis cut to two ("sooo" -> "soo").

_APOSTROPHES = re.compile(r"['\u2018\u2019\u02bc\u00b4`]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
# Zero-width and direction marks can sit inside a word ("k\u200bill"): drop them outright.
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
_LETTER_HYPHEN = re.compile(r"(?<=[a-z])[-\u2010-\u2015_]+(?=[a-z])")
_REPEATS = re.compile(r"([a-z])\1{2,}")
_SPACES = re.compile(r"[ \t\r\f\v]+")
_WORD_SUBS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(rf"\b{a}\b"), b)
    for a, b in (
        ("wanna", "want to"),
        ("gonna", "going to"),
        ("gotta", "got to"),
        ("tryna", "trying to"),
        ("wana", "want to"),
        ("gona", "going to"),
        ("i am", "im"),
        ("i will", "ill"),
        ("i would", "id"),
        ("cannot", "cant"),
        ("can not", "cant"),
        ("cnt", "cant"),
        ("do not", "dont"),
        ("does not", "doesnt"),
        ("did not", "didnt"),
        ("will not", "wont"),
        ("could not", "couldnt"),
        ("would not", "wouldnt"),
        ("have not", "havent"),
        ("has not", "hasnt"),
        ("is not", "isnt"),
        ("was not", "wasnt"),
        ("are not", "arent"),
        ("u", "you"),
        ("ur", "your"),
        ("e r", "er"),
        ("b p", "bp"),
    )
)


def _normalise(text: object) -> str:
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    text = unicodedata.normalize("NFKC", text[:_MAX_CHARS]).casefold()
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub(" ", text)
    text = _APOSTROPHES.sub("", text)
    text = text.replace("e.r.", "er").replace("a&e", "er")
    text = _LETTER_HYPHEN.sub(" ", text)
    text = _REPEATS.sub(r"\1\1", text)
    for pattern, repl in _WORD_SUBS:
        text = pattern.sub(repl, text)
    return _SPACES.sub(" ", text)


# A sentence keeps its closing punctuation so a question can be recognised.
_SENTENCE = re.compile(r"[^.!?;\n]+[.!?;\n]*")

# --------------------------------------------------------------------------------------------
# Shared vocabulary.

_PEOPLE = (
    r"(?:husband|wife|partner|spouse|boyfriend|girlfriend|bf|gf|fiance|fiancee|ex|roommate"
    r"|roomie|flatmate|housemate|mom|mum|mother|dad|father|parents?|son|daughter|kids?"
    r"|children|child|baby|babies|brother|sister|siblings?|boss|manager|coworkers?"
    r"|co workers?|colleagues?|neighbou?rs?|family|friends?|stepdad|stepmom|stepson"
    r"|stepdaughter|grandma|grandpa|grandmother|grandfather|uncle|aunt|cousin|teacher"
    r"|landlord|therapist|doctor|nurse|in laws?|mother in law|father in law|girl|guy|man"
    r"|woman|boys|girls)"
)
_OTHERS = (
    rf"(?:him|her(?!\s+(?:feelings|pride|chances|ego|back|knee|leg|arm))|them|someone|somebody"
    rf"|anyone|anybody|people|everyone|everybody|others|(?:my|the|that|this|our) {_PEOPLE}\b"
    rf"(?!s?\s+(?:feelings|pride|chances|ego|plans|plants|car|phone|vibe)))"
)
_HARM_VERBS = (
    r"(?:kill|killing|murder|murdering|stab|stabbing|shoot|shooting|strangle|strangling"
    r"|choke|choking|smother|smothering|suffocate|suffocating|poison|poisoning|hurt|hurting"
    r"|harm|harming|beat up|beating up|attack|attacking|punch|punching|drown|drowning"
    r"|run over|strangl\w*|slit|torture|torturing)"
)
_PERSISTS = re.compile(
    r"\b(?:still|hasnt|havent|wont (?:stop|go|leave|go away|pass)|not (?:stopp\w*|going away"
    r"|gone|passing|passed|better|improving|getting better)|keeps?|kept|getting worse|worse"
    r"|for (?:\d+|a few|several|many|hours|two|three|four|five|six) ?(?:hours?|hrs?|days?)"
    r"|since|all day|all night|right now|now|ongoing|wont stop|constant\w*|continu\w*|nonstop"
    r"|non stop|cant stop)\b"
)
_RESOLVED = re.compile(
    r"\b(?:(?:better|gone|passed|cleared|fine|ok|okay|normal|over) now|went away|wore off"
    r"|has passed|cleared up|resolved|stopped after|stopped once|settled|back to normal)\b"
)
_LAUGH = re.compile(r"\b(?:laugh\w*|lol|lmao|lmfao|rofl|haha\w*|jk|joking|kidding)\b|😂|🤣")
_FIRST_PERSON = re.compile(r"\b(?:i|im|ive|id|ill|me|my|myself|mine)\b")
_PERSONAL = re.compile(
    r"\b(?:i|im|ive|id|ill|me|my|myself|mine|we|our|us|he|she|hes|shes|him|her|his|they"
    r"|them|their|theyre|wife|husband|partner|son|daughter|mom|mum|dad|kid|friend)\b"
)
_NOW_MARKERS = re.compile(
    r"\b(?:now|still|currently|today|tonight|since|this morning|last night|keeps?|again"
    r"|right now|yesterday|after my|after the|after todays)\b"
)
# Texting drops the subject ("can hardly breathe"), so a question word alone is not enough.
_QUESTION_START = re.compile(
    r"^\s*(?:(?:can|could)(?! (?:hardly|barely|not|only|feel|tell|see|hear|just)\b)"
    r"|does|do|is|are|will|would|should|might|may|what|whats|how|hows|why|when|which"
    r"|anyone|does anyone)\b"
)
_TREATMENT = re.compile(
    r"\b(?:ketamine|infusions?|treatments?|therapy|spravato|esketamine|drugs?|meds?"
    r"|medication|medicine|it|this)\b"
)

# --------------------------------------------------------------------------------------------
# Negation. A negator must sit in the same clause, a few words before the match. A comma
# ends its reach unless the words between read as a list ("no headache, nausea or chest
# pain"). Hedges ("not sure", "dont think", "dont remember") do not negate.

_URGENT_NEGATORS = (
    r"no|not|never|without|didnt|dont|doesnt|wasnt|isnt|arent|werent|havent|hasnt|hadnt"
    r"|nor|none|nothing|zero|neither|denies|deny|denied|free of|wouldnt|wont"
)
_CRISIS_NEGATORS = (
    r"no|not|never|without|nor|none|zero|denies|deny|denied|wouldnt|wont|havent|hasnt"
    r"|hadnt|arent|isnt|wasnt|dont have|didnt have|dont get|dont feel|no longer|no more"
    r"|not having|not feeling|free of"
)
_HEDGE_AFTER = re.compile(
    r"^\s*(?:sure|know|certain|think|tell|remember|if|whether|want|wanna|understand|mean"
    r"|sure if|even know)\b"
)
_CLAUSE_BREAK = re.compile(
    r"\b(?:but|though|although|however|except|yet|then|and then|because|cause|cuz|so|until"
    r"|till|til|now|and)\b"
)
_URGENT_NEG_RE = re.compile(rf"\b(?:{_URGENT_NEGATORS})\b")
_CRISIS_NEG_RE = re.compile(rf"\b(?:{_CRISIS_NEGATORS})\b")
_LIST_JOIN = re.compile(r"\b(?:or|nor)\b")
_POST_NEGATION = re.compile(r"^\s*(?:[:=\-]\s*|\?\s*)(?:no|none|nope|nil|zero|0|n/a|na)\b")


def _negated(prefix: str, after: str, negators: re.Pattern[str], window: int = 6) -> bool:
    if _POST_NEGATION.match(after):
        return True
    breaks = list(_CLAUSE_BREAK.finditer(prefix))
    if breaks:
        prefix = prefix[breaks[-1].end() :]
    words = prefix.split()
    if not words:
        return False
    scope = " ".join(words[-window:])
    for neg in reversed(list(negators.finditer(scope))):
        if _HEDGE_AFTER.match(scope[neg.end() :]):
            continue
        between = scope[neg.end() :]
        if "," in between and not _LIST_JOIN.search(between):
            continue
        if "," in between and any(len(part.split()) > 4 for part in between.split(",")[:-1]):
            continue
        return True
    return False


# --------------------------------------------------------------------------------------------
# Rules. A guard sees (sentence, match, whole message) and returns True to drop the match.

Guard = Callable[[str, re.Match[str], str], bool]


@dataclass(frozen=True)
class _Rule:
    level: SafetyLevel
    kind: str
    pattern: re.Pattern[str]
    negatable: bool = False
    guards: tuple[Guard, ...] = ()


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


def _general_question(sentence: str, m: re.Match[str], text: str) -> bool:
    return _is_general_question(sentence)


_HYPOTHETICAL = re.compile(
    r"\b(?:what if|in case|incase|what happens if|is it (?:normal|common|possible|dangerous"
    r"|safe|bad|ok|okay|likely|usual) (?:to|for)|(?:can|could|does|do|will|would|might|may)"
    r" (?:ketamine|it|this|the (?:infusion|treatment|medicine|drug)|infusions|people|patients"
    r"|some people|you|anyone|someone)|(?:what|how) (?:should|do|would|can|could) i do if i"
    r"|(?:worried|afraid|scared|nervous"
    r"|anxious|worry|fear)"
    r" (?:that )?(?:i|ill|id|im going to|ive|i will) ?(?:might|may|could|will|would"
    r"|going to)?)(?: \w+){0,5} ?$"
)


_ONGOING_WORDS = re.compile(r"\b(?:still|now|right now|keeps?)\b")


def _hypothetical(sentence: str, m: re.Match[str], text: str) -> bool:
    """'what if i pass out during it?' is a worry about the future, not a symptom now."""
    if _PERSISTS.search(sentence) and _ONGOING_WORDS.search(sentence):
        return False
    return bool(_HYPOTHETICAL.search(_prefix(sentence, m)))


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
    r"|training|course)\b"
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


def _symptom_resolved(sentence: str, m: re.Match[str], text: str) -> bool:
    """Confusion or hallucinations count only while they go on."""
    return bool(_RESOLVED.search(sentence)) and not _SYMPTOM_RESOLVED_RE.search(sentence)


def _needs_persistence(sentence: str, m: re.Match[str], text: str) -> bool:
    """Hallucinations during the infusion are expected; ones that go on are not."""
    return not (_PERSISTS.search(sentence) or _ONGOING_SUBJECT.search(_prefix(sentence, m)))


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


def _confusion_not_serious(sentence: str, m: re.Match[str], text: str) -> bool:
    """Severe confusion that goes on is urgent; 'a bit muddled yesterday' is a side effect."""
    after = _after(sentence, m)
    if _CONFUSION_NOT_SERIOUS_RE1.match(after):
        return True  # "confused about the schedule"
    prefix = _prefix(sentence, m)
    if _CONFUSION_NOT_SERIOUS_RE2.search(
        prefix,
    ):
        return True  # "still a little confused" is the mild side effect
    if _PERSISTS.search(sentence):
        return False
    return not (_CONFUSION_SEVERE.search(prefix) and _PRESENT_SUBJECT.search(prefix))


_SLEEP_CONTEXT = re.compile(
    r"\b(?:tired|exhausted|sleepy|early|tonight|asleep|in bed|into bed|on the (?:couch|sofa)"
    r"|watching|reading|til|until|till|for \d+ ?(?:hours|hrs)"
    r"|like a (?:log|rock|baby)|hard|as soon as|the second|the moment|straight away"
    r"|immediately|right away|after dinner|in front of the tv|on the train|pm|am|zzz)\b"
    r"|\b(?:by|at|around|about|before|after) \d+"
)
_FAINT_ALARM = re.compile(
    r"\b(?:floor|hit my head|bathroom|infusion|came to|come to|woke up on|dizzy|lightheaded"
    r"|light headed|ambulance|fell|collapsed|shower|toilet|standing|stood up|chest|faint\w*)\b"
)


def _passed_out_asleep(sentence: str, m: re.Match[str], text: str) -> bool:
    """In a sleep diary 'passed out at 10 on the couch' means fell asleep."""
    return bool(_SLEEP_CONTEXT.search(sentence)) and not _FAINT_ALARM.search(sentence)


_LAUGHING_RE = re.compile(r"\blaugh\w*\b|😂|🤣")


def _laughing(sentence: str, m: re.Match[str], text: str) -> bool:
    """'laughing so hard i cant breathe' is a figure of speech."""
    return bool(_LAUGHING_RE.search(sentence))


_TECH_SUBJECT = re.compile(
    r"\b(?:bot|app|you|your|this|it|phone|link|button|website|site|screen|telegram|server"
    r"|page|system|chat|computer|laptop|portal|form|thing|program|wifi)\b(?:\s+\w+){0,3}\s*$"
)


def _tech_unresponsive(sentence: str, m: re.Match[str], text: str) -> bool:
    """'the app is not responding' is not a person."""
    return bool(_TECH_SUBJECT.search(_prefix(sentence, m)))


_FIRST_PERSON_WAKING_RE = re.compile(r"\b(?:i|im|ill|id|me|alarm|i just|i probably)\s+(?:\w+\s+)?$")


def _first_person_waking(sentence: str, m: re.Match[str], text: str) -> bool:
    """'i wont wake up in time' is about my alarm, not an unresponsive person."""
    if not m.group(0).startswith(("wont wake", "not waking")):
        return False
    return bool(_FIRST_PERSON_WAKING_RE.search(_prefix(sentence, m)))


_SEIZURE_HISTORY_RE = re.compile(
    r"\b(?:seizure|epilep\w*) (?:disorder|meds?|medication|medicine|history|threshold"
    r"|free)\b|\bhistory of (?:seizures|epilepsy)|\banti ?seizure|\bhad (?:a )?"
    r"seizures? as a (?:kid|child|teen)"
)


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


def _breathing_benign(sentence: str, m: re.Match[str], text: str) -> bool:
    after = _after(sentence, m)
    if _BREATHING_BENIGN_RE1.match(after):
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
    r"\b(?:last (?:year|month|summer|winter|spring|fall|autumn)|(?:years?|months?) ago|as a"
    r" (?:kid|child|teen|teenager|baby)|when i was (?:a |\d|young|little)|in (?:19|20)\d\d"
    r"|back in|growing up|once before|in the past)\b"
)


_LONG_AGO_RE = re.compile(
    r"\b(?:again|now|today|tonight"
    r"|this morning|since)\b"
)


def _long_ago(sentence: str, m: re.Match[str], text: str) -> bool:
    """'went to the ER last year' is history, not something happening now."""
    return bool(_LONG_AGO.search(sentence)) and not _LONG_AGO_RE.search(
        sentence,
    )


_FAINT_FIGURE_RE1 = re.compile(r"\s*if\b")
_FAINT_FIGURE_RE2 = re.compile(r"\b(?:i|you) (?:could|would|might)\s+$")


def _faint_figure(sentence: str, m: re.Match[str], text: str) -> bool:
    """'its so hot i could pass out', 'ill faint if i see another bill'."""
    if _FAINT_FIGURE_RE1.match(_after(sentence, m)):
        return True
    return bool(_FAINT_FIGURE_RE2.search(_prefix(sentence, m)))


_CHEST_IDIOM_RE1 = re.compile(
    r"\b(?:lifted|off my chest|finally gone|is gone|has gone|went away)\b"
)
_CHEST_IDIOM_RE2 = re.compile(r"\bstill\b")


def _chest_idiom(sentence: str, m: re.Match[str], text: str) -> bool:
    """'a weight lifted off my chest' is relief."""
    return bool(_CHEST_IDIOM_RE1.search(sentence)) and not _CHEST_IDIOM_RE2.search(sentence)


_SEEING_CLEARLY_RE = re.compile(
    r"\s*(?:more|differently|clearly|better|in a|from|as|positiv\w*"
    r"|through|with|about|on the (?:news|radio|tv|internet|podcast)|like|in perspective)\b"
)


def _seeing_clearly(sentence: str, m: re.Match[str], text: str) -> bool:
    """'seeing things more clearly', 'hearing things about ketamine'."""
    return bool(
        _SEEING_CLEARLY_RE.match(
            _after(sentence, m),
        )
    )


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
    r"|going to|might|could)\b"
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
    r"|shaving|chopping|knife slipped|in the kitchen|at work|yoga|stretching|exercis\w*)\b"
)


_ACCIDENTAL_RE = re.compile(
    r"\b(?:want|wanted|urge|urges|thinking|thoughts|tempted|going to|feel like"
    r"|felt like|again|on purpose|deliberately)\b"
)


def _accidental(sentence: str, m: re.Match[str], text: str) -> bool:
    """'fell and hurt myself on the stairs' is an accident."""
    if _ACCIDENTAL_RE.search(
        sentence,
    ):
        return False
    return bool(_ACCIDENT.search(sentence))


_DIE_IDIOM = re.compile(
    r"^\s*(?:of|from) (?:embarrassment|laughter|laughing|shame|boredom|cringe|cuteness"
    r"|happiness|jealousy)"
)


def _die_idiom(sentence: str, m: re.Match[str], text: str) -> bool:
    return bool(_DIE_IDIOM.match(_after(sentence, m)))


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


def _overdose_question(sentence: str, m: re.Match[str], text: str) -> bool:
    """'is there a risk of overdose with the infusion?' asks about safety."""
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


_END_IT_BREAKUP_RE = re.compile(r"\s*(?:with|between)\b")


def _end_it_breakup(sentence: str, m: re.Match[str], text: str) -> bool:
    return bool(_END_IT_BREAKUP_RE.match(_after(sentence, m)))


_ALLERGY_BENIGN_RE = re.compile(
    r"\b(?:from crying|after crying|cried|gives me hives|give me hives"
    r"|giving me hives)\b"
)


def _allergy_benign(sentence: str, m: re.Match[str], text: str) -> bool:
    return bool(
        _ALLERGY_BENIGN_RE.search(
            sentence,
        )
    )


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


def _collapse_into_bed(sentence: str, m: re.Match[str], text: str) -> bool:
    return bool(
        _COLLAPSE_INTO_BED_RE.match(
            _after(sentence, m),
        )
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


def _rule(
    level: SafetyLevel,
    kind: str,
    pattern: str,
    *guards: Guard,
    negatable: bool = False,
) -> _Rule:
    return _Rule(level, kind, re.compile(pattern), negatable, guards)


_C: SafetyLevel = "crisis"
_U: SafetyLevel = "urgent"

_CRISIS_RULES: tuple[_Rule, ...] = (
    # Suicide named outright, with texting spellings and algospeak.
    _rule(
        _C,
        "suicide_word",
        r"\b(?:su+[i1!*]?c+[i1!*]?d\w*|suisid\w*|suiside\w*|sucid\w*|suicdal|sewer ?slide\w*"
        r"|unaliv\w*|homicid\w*|self ?harm\w*|self ?injur\w*|self ?mutilat\w*"
        r"|kms|kys|ctb|catch the bus)\b",
        _crisis_general_question,
        _crisis_topic,
        _crisis_resolved,
        _crisis_negated,
    ),
    _rule(
        _C,
        "kill_self",
        r"\b(?:k[i1!*]ll(?:ing|ed|s)?|off(?:ing)?|end(?:ing)?|hang(?:ing)?|shoot(?:ing)?"
        r"|drown(?:ing)?|poison(?:ing)?|starv\w*|hurt(?:ing|s)?|harm(?:ing|ed|s)?|cut(?:ting|s)?"
        r"|burn(?:ing|ed|t)?|punish(?:ing)?|suffocat\w*|injur\w*) (?:my ?self|themselves|himself"
        r"|herself)\b",
        _accidental,
        _crisis_negated,
        _crisis_resolved,
    ),
    _rule(
        _C,
        "end_life",
        r"\b(?:end(?:ing)?|take|taking|took) (?:my|his|her|their) (?:own )?li(?:fe|ves)\b"
        r"|\bend(?:ing)? it all\b|\b(?:want|wanted|going|ready|plan|planning|planned|decided"
        r"|thinking|thought|need|about|time|try(?:ing)?) (?:about |of )?(?:to )?end(?:ing)?"
        r" (?:it|things|everything)\b",
        _end_it_breakup,
        _crisis_negated,
    ),
    _rule(
        _C,
        "want_to_die",
        r"\b(?:want(?:ed)? to|wanting to|ready to|deserve to|going to|should|wish i (?:could|would"
        r"|was going to)?|hope i|like to|rather) (?:just )?(?:die|be dead|not exist|not be alive"
        r"|not be here|disappear forever|stop existing|never wake up)\b"
        r"|\bwish (?:i|id) (?:was|were|had been) (?:dead|never born|gone)\b"
        r"|\bwish (?:i|id|i had) never been born\b"
        r"|\bwant (?:to )?(?:live|be alive|be here|exist|go on|keep going)(?: \w+)? anymore\b"
        r"|\b(?:not sure|dont know if|dont know whether|unsure if|not sure if|doubt) (?:i )?"
        r"(?:want|wanna|can) (?:to )?(?:live|be alive|go on|keep going|keep living)\b"
        r"|\b(?:rather be|better off|be better) dead\b"
        r"|\b(?:dont|didnt|do not|no longer|never) (?:really )?want(?:ed)? to (?:be alive|live"
        r"|exist|be here(?: anymore)?|go on|keep going|keep living|carry on|continue)\b"
        r"|\b(?:dont|no longer) want (?:to be|my) (?:alive|life)\b"
        r"|\b(?:tired|sick|done) (?:of|with) (?:living|life|being alive|existing|it all)\b"
        r"|\bdone living\b|\b(?:life|living) (?:isnt|is not|aint|not) worth\b|\bnot worth living\b"
        r"|\b(?:no|whats the|what is the|dont see the|lost the) (?:point|reason) (?:in |of |to )?"
        r"(?:living|live|going on|being alive|being here|life|anything anymore|it all|carry on)\b"
        r"|\bnothing (?:left )?to live for\b|\bno (?:will|reason|desire) to live\b"
        r"|\b(?:no|any) (?:point|reason) (?:in |to )?(?:keep|keeping) (?:living|going|on)\b"
        r"|\bno point (?:anymore|any more|in anything)\b"
        r"|\b(?:im|i am|so) done with (?:everything|it all|life|living)\b(?! for)"
        r"|\bcant (?:go on|keep going|do this anymore|take (?:it|this) anymore|live like this"
        r"|keep living)\b|\bgiv(?:e|ing|en) up on (?:life|living|everything)\b"
        r"|\b(?:hope|wish|pray) (?:i|that i) (?:dont|wont|never|didnt) wake up\b"
        r"|\b(?:sleep|go to sleep|fall asleep|close my eyes) and (?:never|not) wake up\b"
        r"|\bnever wake up again\b|\bwant to disappear\b"
        r"|\b(?:think|thinking|thoughts?) (?:a lot |constantly |all the time )?(?:about|of)"
        r" (?:dying|death|being dead|not being here|not waking up|not existing)\b"
        r"|\b(?:wouldnt|would not|dont|do not|wont) mind (?:if i (?:didnt|dont|never|did not)"
        r" wak\w* up|not waking up|dying|being dead|if i died)\b"
        r"|\b(?:ok|okay|fine|happy) (?:if i|to) (?:didnt|never|not) wak\w* up\b"
        r"|\bgoodbye (?:everyone|everybody|world|cruel world|all)\b"
        r"|\btell my (?:kids|family|wife|husband|mom|mum|dad|children|son|daughter|parents)"
        r" (?:that )?i love (?:them|her|him)\b|\bwant (?:it all|everything|it) to"
        r" (?:end|be over|stop)\b"
        r"|\b(?:wish|want)(?: i could| to)? (?:just )?(?:go to )?sleep forever\b"
        r"|\bnot be around (?:much longer|for long|anymore)\b|\bwont be (?:around|here)"
        r" (?:much longer|for long|tomorrow|anymore|by)\b",
        _die_idiom,
    ),
    _rule(
        _C,
        "dont_want_to_wake",
        r"\b(?:dont|never) want to wake up(?: again| ever| anymore| tomorrow)?\b",
        _wake_up_benign,
    ),
    _rule(
        _C,
        "burden",
        r"\b(?:better off|be better|happier|be happier|be fine|easier|be easier)"
        r" (?:off )?without me\b"
        r"|\b(?:if|when|once|after) (?:i|im) (?:was|were|wasnt|werent|am|died|dead|gone"
        r"|disappeared|not here|not around|wasnt here|wasnt around|no longer here|dead and)"
        r"(?: gone| here| around| anymore| dead)?\b(?<!if i was here)(?<!if i were here)"
        r"|\b(?:no ?one|nobody|noone) (?:would|will|will even|would even) (?:miss|notice|care"
        r" if|care when)\b"
        r"|\b(?:im|i feel|feel like|feel like im|being|am|such|just) (?:such |a |just |so )*"
        r"(?:a )?(?:huge |big |total )?burden\b",
        _burden_asking,
        _crisis_negated,
    ),
    _rule(
        _C,
        "means",
        r"\b(?:overdos\w*|over dos\w*|noose|slit (?:my|his|her) wrists?|wrists? slit"
        r"|gun to my head|jump(?:ing)? (?:off|from|in front of) (?:a|the|my) (?:bridge|building"
        r"|roof|balcony|cliff|train|bus|car|truck|tower|window|overpass)"
        r"|(?:step|walk|throw myself) in front of (?:a|the) (?:train|bus|car|truck)"
        r"|(?:driv\w*|crash\w*|drove) (?:my car )?(?:off|into) (?:a|the) (?:bridge|cliff|tree|wall"
        r"|river|lake)|(?:stockpil|hoard|sav|collect)(?:e|ed|ing) (?:up )?(?:my |all my |the )?"
        r"(?:pills|meds|medications?|tablets|sleeping pills)"
        r"|(?:take|taking|took|swallow\w*) (?:all|every one|the whole bottle|a whole bottle"
        r"|a bottle|a bunch|a handful|handfuls|too many) (?:of )?(?:my |the |of my )?(?:pills"
        r"|meds|tablets|sleeping pills|medication)"
        r"|(?:going to|want to|thinking (?:of|about)|try(?:ing)? to|could|might|plan to"
        r"|planning to) od\b|\bod(?:ing|d|ed)? on (?:my |all my |the )?(?:pills|meds|sleeping"
        r"|tablets|insulin|ketamine|tylenol|\w+)"
        r"|ways? to (?:die|kill myself|end it|end my life|overdose|do it)"
        r"|(?:pills|meds|tablets) (?:\w+ )?(?:saved|stashed|hidden|hoarded) (?:up|away)?"
        r"|for when im ready|(?:driv\w*|drove|walk\w*|step\w*) (?:\w+ )?into (?:oncoming )?traffic"
        r"|(?:want to|going to|thinking (?:of|about)|plan to|planning to|urge to) crash(?:ing)?"
        r" (?:my|the) car|crash my car on purpose"
        r"|how to (?:kill myself|end it|end my life|die|hang myself)"
        r"|(?:would|does|will|did) it take to (?:kill|die|end)|enough (?:\w+ )?to (?:kill me"
        r"|kill myself|die|end it|not wake up)"
        r"|(?:how|which|what) (?:many|much) (?:\w+ ){0,5}(?:to|would) (?:kill|be (?:lethal"
        r"|fatal|enough to die))|lethal dose|fatal dose|bought (?:a )?(?:gun|rope) (?:to|for)"
        r"|plan(?:ned|ning)? (?:how|when|where) (?:to|ill|i will) (?:die|do it|end))",
        _overdose_question,
        _crisis_negated,
    ),
    _rule(
        _C,
        "goodbye",
        r"\b(?:this is (?:my )?(?:final |last )?goodbye|goodbye forever|final goodbye"
        r"|last goodbye|say(?:ing)? (?:my )?goodbyes?(?: to (?:everyone|everybody|my|you all"
        r"|all))?|wanted to say goodbye|my goodbyes|giv(?:e|ing|en) (?:away )?(?:all )?"
        r"(?:of )?my (?:stuff|things|belongings|possessions|stuff away|things away)|gave away"
        r"(?: all)? (?:of )?my (?:stuff|things|belongings|possessions)|(?:put|putting|got|get"
        r"|getting) my affairs in order|(?:wrote|writing|write|written|left) (?:a|my)"
        r" (?:goodbye |farewell |last |final )(?:note|letter|message)|(?:wont|will not"
        r"|dont think ill|dont think i will|wont be) need(?:ing)? (?:it|them|this|these|that"
        r"|(?:my|this|these|that|the) ?\w*|anything|any of (?:it|this|them))"
        r" (?:much longer|for (?:much )?longer"
        r"|for long|where im going|after (?:tonight|tomorrow|this week))|last time you(?:ll)?"
        r" hear from me|you wont hear from me again)\b",
        _treatment_ending,
        _crisis_negated,
    ),
    _rule(
        _C,
        "self_harm",
        r"\b(?:cutting (?:again|myself|my (?:arms?|wrists?|legs?|thighs?|skin|stomach))"
        r"|cut (?:again|my (?:arms?|wrists?|legs?|thighs?|skin))|(?:started|been|keep|kept"
        r"|back to|went back to|relapsed?(?: on| into)?) (?:cutting|burning myself|self"
        r" harming)|(?:want|wanted|urge|urges|tempted|thinking about|thoughts? (?:of|about))"
        r" (?:to )?(?:cut|cutting|burn|burning|hurt|hurting|harm|harming|punish|punishing)"
        r" (?:myself|me|my (?:arms?|wrists?|legs?))|razor blades? (?:to|on) my|"
        r"(?:urges?|urge|tempted|want|wanted|wanting|need) to (?:cut|self harm|burn myself)\b"
        r"(?! (?:back|down|out|off|the|my hair|carbs|sugar|caffeine|ties|loose|it|them|in|a |some"
        r"|costs|corners|class|work|school))|(?:use|using|turn|turning|point|pointing) (?:it|the"
        r" gun|a gun|the knife|a knife) on myself|"
        r"voices? (?:\w+ )?(?:telling|told|tell|tells) me to (?:hurt|kill|harm|die|end|cut))\b",
        _crisis_negated,
    ),
    _rule(
        _C,
        "harm_others",
        rf"\b{_HARM_VERBS} {_OTHERS}",
        _needs_agent,
        _harm_idiom,
        _murder_joke,
        _crisis_negated,
    ),
    _rule(
        _C,
        "harm_others_thoughts",
        r"\b(?:thoughts?|urges?|urge|fantas\w*|images?|visions?|intrusive thoughts?)"
        r" (?:of|about|to) (?:hurt|hurting|harm|harming|kill|killing|stab|stabbing|shoot"
        r"|shooting|strangl\w*|smother\w*|drown\w*) (?:\w+ )?\w+\b"
        r"|\bviolent (?:thoughts|urges|fantasies)\b",
        _crisis_negated,
        _crisis_resolved,
    ),
    _rule(
        _C,
        "die_passive",
        r"\b(?:(?:want|wanted|wanting|going|deserve|ready) to (?:die|be dead)|wish i (?:could )?"
        r"die|(?:wanna|want|wants) (?:to )?die)\b",
        _die_idiom,
    ),
)

_BP_CONTEXT = re.compile(
    r"\b(?:bp|blood pressure|pressure|mmhg|mm hg|systolic|diastolic|readings?|cuff|monitor"
    r"|hypertensi\w*|b/p)\b"
)
_BP_READING = re.compile(
    r"(?<![\d/.:])(\d{2,3}) ?(?:/|\\|over|on|-) ?(\d{2,3})(?![\d/.:]|\s*(?:mg|ml|%|lbs?|kg|pounds))"
)
_BP_SINGLE = re.compile(
    r"\b(?:systolic|top number|upper number)\D{0,20}?(\d{3})\b"
    r"|\b(?:diastolic|bottom number|lower number)\D{0,20}?(\d{2,3})\b"
)

_URGENT_RULES: tuple[_Rule, ...] = (
    _rule(
        _U,
        "chest_pain",
        r"\b(?:chest|chst) (?:\w+ ){0,2}(?:pain|pains|pian|hurt\w*|ache|aches|aching"
        r"|tight|tightness|tightening|pressure|heavy|heaviness|burning|squeezing|sore|crushing"
        r"|stabbing|discomfort|painful|killing me)\b"
        r"|\b(?:pain|pains|ache|tightness|pressure|heaviness|squeezing|crushing|stabbing"
        r"|sharp pain|burning|weight) (?:\w+ )?(?:in|on|across|around|through|behind)"
        r" (?:(?:my|the|his|her|their) )?(?:\w+ ){0,4}chest\b"
        r"|\b(?:sitting|pressing|pushing|sat|standing) on (?:my|his|her) chest\b"
        r"|\bheart (?:\w+ ){0,4}(?:squeez\w*|crush\w*|being (?:squeezed|crushed))\b"
        r"|\bchestpain\b|\bangina\b|\bpain (?:down|in|going down) (?:my|his|her) left arm\b",
        _chest_idiom,
        _general_question,
        _hypothetical,
        _urgent_negated,
        negatable=True,
    ),
    _rule(
        _U,
        "heart_attack",
        r"\b(?:having|think (?:im|i am|its|it is|i had|i might be|she is|shes|hes|he is"
        r"|theyre)(?: having)?|feels? like (?:im having |i am having )?|felt like (?:i was having"
        r" )?|am i having|is (?:this|it|she|he) (?:having )?|could be|might be|signs of|symptoms of"
        r") (?:an? )?(?:heart attack|stroke|cardiac arrest)\b",
        _heart_attack_idiom,
        _general_question,
        _hypothetical,
        _urgent_negated,
    ),
    _rule(
        _U,
        "fainting",
        r"\b(?:faint(?:ed|ing|s)|fainting spells?|feinted|fanted|faintd|syncop\w*"
        r"|(?:feel|felt|feeling|went|got|going|nearly|almost|about to|gonna|going to|so|very"
        r"|really|bit|little) (?:\w+ )?faint\b(?!\s+(?:headache|pain|ache|taste|smell|memory"
        r"|nausea|ringing|buzzing|feeling|sense|glow|light|line|sound|hint|trace|rash|mark))"
        r"|lost consciousness|los(?:e|ing) consciousness|went unconscious|knocked out cold"
        r"|(?:woke|came to|found (?:myself|him|her|them)) (?:up )?on the (?:\w+ )?floor"
        r"|(?:no idea|dont know|dont remember|cant remember) how i got (?:there|on the floor)"
        r"|keeled over|(?:black|blacked|blacking|blackin) out(?! (?:the |my )?(?:windows?|room"
        r"|curtains|screen|blinds))|(?:had|have|having|get|getting) (?:a )?blackouts?"
        r"|collaps(?:ed|ing|e)\b)",
        _collapse_into_bed,
        _faint_figure,
        _long_ago,
        _general_question,
        _hypothetical,
        _urgent_negated,
        negatable=True,
    ),
    _rule(
        _U,
        "passed_out",
        r"\b(?:pass(?:ed|t|ing|in)?|past|pased) out\b",
        _passed_out_asleep,
        _faint_figure,
        _long_ago,
        _general_question,
        _hypothetical,
        _urgent_negated,
        negatable=True,
    ),
    _rule(
        _U,
        "breathing",
        r"\b(?:(?:cant|couldnt|unable to|hard to|hard time|trouble|troubles|difficulty|difficult"
        r"|struggling to|struggle to|struggled to|barely|problems?|issues?|hardly) (?:\w+ )?"
        r"(?:breath\w*|breth\w*|brea?the?\w*|get (?:enough |any )?air|catch (?:my|his|her)"
        r" breath|get a (?:full|deep|proper) breath)"
        r"|short(?:ness)? (?:of|o) breath|breathless\w*|gasping|wheez\w*|air hunger|suffocat\w*"
        r"|(?:struggling|fighting|struggle|fight) for (?:breath|air)"
        r"|breathing (?:is |was |feels |felt )?(?:\w+ )?(?:difficult|hard|labou?red|shallow"
        r"|weird|funny|strange|off|fast and shallow|heavy|noisy|rattly|raspy)"
        r"|labou?red breathing|shallow breathing|(?:stopped|stops|isnt|wasnt|not|no longer)"
        r" breathing|throat (?:is |was |feels |felt )?(?:\w+ )?(?:closing|tight|tightening|swell\w*"
        r"|swollen|closing up)|choking|turning blue|lips (?:are |were |went )?(?:turning )?blue)",
        _laughing,
        _breathing_benign,
        _general_question,
        _hypothetical,
        _urgent_negated,
        negatable=True,
    ),
    _rule(
        _U,
        "seizure",
        r"\b(?:seizures?|siezures?|seizur|seziures?|seisures?|seizing|siezing|seized(?! up)"
        r"|convuls\w*|epileptic (?:fit|attack|episode)|having a fit|had a fit(?! about| over)"
        r"|fitting(?! in| into| the| a| for)|shaking uncontrollably|uncontrollabl[ey] shaking"
        r"|jerking uncontrollably|twitching uncontrollably|body (?:was |is |started )?jerking)\b",
        _seizure_history,
        _long_ago,
        _general_question,
        _hypothetical,
        _urgent_negated,
        negatable=True,
    ),
    _rule(
        _U,
        "confusion",
        r"\b(?:confused|confusion|disorient\w*|delirious|delirium|out of it)\b",
        _confusion_not_serious,
        _symptom_resolved,
        _general_question,
        _hypothetical,
        _urgent_negated,
        negatable=True,
    ),
    _rule(
        _U,
        "confusion_signs",
        r"\b(?:dont|doesnt|cant|didnt) (?:know|recogni[sz]e|remember) (?:where (?:i|she|he|they)"
        r" (?:am|is|are)|who (?:i|she|he|they) (?:am|is|are)|(?:me|us|anyone|my (?:own )?"
        r"(?:name|kids|husband|wife|family))|what (?:year|day) it is)\b"
        r"|\b(?:slurr\w* (?:my |his |her )?(?:words|speech)|speech (?:is |was )?slurr\w*"
        r"|face (?:is |was )?droop\w*|droop\w* (?:on one side|face)|one side of (?:my|his|her)"
        r" face|numb(?:ness)? (?:on|down) one side|cant move (?:my|his|her) (?:left |right )?"
        r"(?:arm|leg|hand|face)|sudden (?:weakness|numbness)|worst headache (?:of my life|ive"
        r" ever had)|thunderclap)\b",
        _symptom_resolved,
        _general_question,
        _hypothetical,
        _urgent_negated,
    ),
    _rule(
        _U,
        "hallucination",
        r"\b(?:(?:seeing|see|saw|hearing|hear|heard) (?:\w+ ){0,5}(?:that|who) (?:arent|isnt"
        r"|werent|wasnt|are not|is not) (?:really )?there|h?all?ucinat\w*|halucinat\w*"
        r"|hallusinat\w*|seeing (?:\w+ ){0,2}things|(?:seeing|see|saw) (?:\w+ ){0,2}(?:bugs"
        r"|spiders|insects|snakes|shadows|figures|ghosts|creatures|faces)"
        r"|hearing (?:\w+ ){0,2}(?:things|voices)|hear(?:s|d)? voices|voices (?:in my head"
        r"|talking to me)|(?:things|people|stuff|bugs|spiders|shadows|faces|someone|somebody"
        r"|animals) (?:that|who) (?:arent|isnt|werent|wasnt|are not|is not) (?:really )?there)\b",
        _needs_persistence,
        _symptom_resolved,
        _seeing_clearly,
        _general_question,
        _hypothetical,
        _urgent_negated,
        negatable=True,
    ),
    _rule(
        _U,
        "allergy",
        r"\b(?:anaphyla\w*|allergic reaction|epi ?pen|hives|welts|rash (?:all over|everywhere"
        r"|spreading|is spreading|on my (?:whole|entire) body|over my (?:whole|entire) body)"
        r"|(?:covered|broke out|breaking out|broken out) in (?:a |an )?(?:\w+ )?(?:rash|hives"
        r"|welts|spots)|(?:swelling|swollen|swelled|swells|puff(?:ing|ed|y) up|blowing up"
        r"|blew up|puffy) (?:\w+ ){0,3}(?:face|throat|lips?|tongue|mouth|eyelids)"
        r"|(?:face|throat|lips?|tongue|mouth|eyelids) (?:\w+ ){0,3}(?:swelling|swollen|swelled"
        r"|swell|puff(?:ing|ed|y)(?: up)?|blew up|blowing up|tingling and swell\w*)"
        r"|eyes? (?:\w+ )?swollen shut|tongue (?:feels |is )?(?:thick|huge)"
        r"|eyes? (?:are |is )?swell(?:ing|ed)(?: up)?)\b",
        _allergy_benign,
        _general_question,
        _hypothetical,
        _urgent_negated,
        negatable=True,
    ),
    _rule(
        _U,
        "unresponsive",
        r"\b(?:unresponsive|non ?responsive|not responsive|not respond\w*|isnt respond\w*"
        r"|wasnt respond\w*|stopped respond\w*|not reacting|wont respond|doesnt respond"
        r"|didnt respond|cant be woken|unrousable|cant (?:wake|rouse|get) (?:him|her|them"
        r"|my \w+|\w+)(?: up)?(?! early| on time| for)|not waking up|wont wake up|not waking"
        r"|(?:is|was|went|became|knocked|found(?: \w+)?|lying|lay|laying) unconscious"
        r"|unconscious (?:on|in|and)|limp and)\b",
        _tech_unresponsive,
        _first_person_waking,
        _general_question,
        _urgent_negated,
    ),
    _rule(
        _U,
        "bp_words",
        r"\b(?:bp|blood pressure|my pressure) (?:\w+ ){0,4}(?:through the roof|sky ?high"
        r"|skyrocket\w*|off the charts?|dangerously high|extremely high|very high"
        r"|really high|super high"
        r"|crazy high|insanely high|way too high|stupid high|so high|scary high|at stroke level"
        r"|crazy|\w+ing through the roof)"
        r"|\b(?:very|really|extremely|dangerously|super|crazy|scary|insanely) high (?:bp"
        r"|blood pressure)\b|\bhypertensive (?:crisis|emergency|urgency)\b",
        _bp_words_resolved,
        _general_question,
        _hypothetical,
        _urgent_negated,
    ),
    _rule(
        _U,
        "emergency",
        r"\b(?:call(?:ed|ing)?|dial(?:l?ed|l?ing)?|phone(?:d)?|ring|rang|should i call|get"
        r") (?:an? )?(?:911|999|112|ambulance|paramedics?|ems)\b"
        r"|\b(?:ambulance|paramedics?)\b"
        r"|\b(?:going|go|went|gone|heading|headed|on (?:our|my|the) way|taking (?:him|her|me)"
        r"|took (?:him|her|me)|rushing|rushed|driving (?:him|her|me)|drove (?:him|her|me)"
        r"|need to go|taken|admitted|ended up) (?:back )?(?:to|in) (?:the )?(?:er|emergency"
        r"|emergency room|emergency department|ed)\b"
        r"|\b(?:im|we are|were|she is|shes|hes|he is|currently) (?:\w+ )?(?:at|in) (?:the )?"
        r"(?:er|emergency room|hospital)\b"
        r"|\b(?:vomit\w*|throwing up|threw up|coughing up|cough(?:ed|ing) up) (?:\w+ )?blood\b"
        r"|\bblood in (?:my|his|her) (?:vomit|puke)\b",
        _long_ago,
        _general_question,
        _hypothetical,
        _urgent_negated,
    ),
)


def _bp_urgent(sentence: str) -> str | None:
    """A reading at or above 180 systolic or 120 diastolic (a hypertensive crisis)."""
    has_context = bool(_BP_CONTEXT.search(sentence))
    for m in _BP_READING.finditer(sentence):
        sys_, dia = int(m.group(1)), int(m.group(2))
        if not (60 <= sys_ <= 300 and 30 <= dia <= 200 and sys_ > dia):
            continue
        if sys_ < 180 and dia < 120:
            continue
        if has_context or (sys_ >= 180 and 80 <= dia <= 160):
            return m.group(0)
    if has_context:
        for m in _BP_SINGLE.finditer(sentence):
            if m.group(1) and int(m.group(1)) >= 180 and int(m.group(1)) <= 300:
                return m.group(0)
            if m.group(2) and 120 <= int(m.group(2)) <= 200:
                return m.group(0)
    return None


def _first_match(rules: tuple[_Rule, ...], sentences: list[str], text: str) -> str | None:
    for rule in rules:
        for sentence in sentences:
            for m in rule.pattern.finditer(sentence):
                if not any(guard(sentence, m, text) for guard in rule.guards):
                    return m.group(0).strip()
    return None


def _assess(text: object) -> SafetyAssessment:
    norm = _normalise(text)
    if not norm.strip():
        return SafetyAssessment("none")
    sentences = [s.strip() for s in _SENTENCE.findall(norm) if s.strip()]
    hit = _first_match(_CRISIS_RULES, sentences, norm)
    if hit:
        return SafetyAssessment("crisis", hit)
    hit = _first_match(_URGENT_RULES, sentences, norm)
    if hit:
        return SafetyAssessment("urgent", hit)
    for sentence in sentences:
        reading = _bp_urgent(sentence)
        if reading and not _is_general_question(sentence):
            return SafetyAssessment("urgent", reading)
    return SafetyAssessment("none")


_NOT_PLAIN = re.compile(r"[^a-z0-9 /?.,]")


def assess(text: str) -> SafetyAssessment:
    try:
        return _assess(text)
    except Exception:
        # A bug here must not silence the patient's message; assessing the plain ASCII
        # letters again is the last resort before giving up.
        try:
            return _assess(_NOT_PLAIN.sub(" ", str(text).lower()))
        except Exception:
            return SafetyAssessment("none")
