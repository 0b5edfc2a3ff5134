"""Side effects: which ones (bot.entry.SIDE_EFFECT_NAMES), how bad, or explicitly none.

Severity follows PRO-CTCAE words: "a bit dizzy" mild, "quite dizzy" moderate, "severe
nausea" / "couldn't function" severe; null when the patient does not say.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.entry import SIDE_EFFECT_NAMES
from bot.understanding.intent import Reading
from bot.understanding.prefilter import Gate, Probe
from bot.understanding.text import Text
from bot.understanding.times import Mentions

_F = re.ASCII

# Order matters: an earlier name keeps the words it matched ("felt like throwing up" is
# nausea, not vomiting; "trippy dreams" vivid dreams, not dissociation).
_LEXICON: list[tuple[str, str]] = [
    (
        "vivid_dreams",
        r"(?:vivid|strange|weird|crazy|intense|bizarre|odd|wild|bad|scary|disturbing|trippy"
        r"|horrible|terrible|awful|freaky|realistic|lucid|messed[- ]up|insane|unsettling"
        r"|nightmarish|creepy|dark|weirdest|craziest|strangest|vivid\w*)\s+(?:\w+\s+)?dreams?\b"
        r"|\bdreams?\s+(?:\w+\s+){0,3}?(?:vivid|strange|weird|crazy|intense|bizarre|odd|wild"
        r"|scary|disturbing|trippy|so\s+real|lucid)\b|nightmares?|night\s+terrors?|vivid\s+af"
        r"|dreaming\s+(?:a\s+lot|loads|heaps|all\s+night|like\s+crazy)|(?:lots|loads)\s+of\s+dreams"
        r"|vivid\w*"
        r"|dream(?:t|ed)\s+(?:[\w',]+\s+){0,10}?(?:(?:so|super|really|very|pretty)\s+)?"
        r"(?:weird|strange|crazy|bizarre|vivid|intense|scary|disturbing|freaky|creepy|so\s+real"
        r"|realistic|messed[- ]up|wild|unsettling)\b",
    ),
    (
        "blurred_vision",
        r"blurr?(?:y|ed|iness|ing)\b|double\s+vision|seeing\s+double|vision\s+(?:\w+\s+){0,2}?"
        r"(?:blurry|fuzzy|off|weird|funny|strange|hazy|wonky|doubled|went\s+\w+)"
        r"|(?:fuzzy|hazy|wonky|weird|funny|strange)\s+vision"
        r"|(?:couldn'?t|could\s+not|can'?t|cannot)\s+see\s+(?:straight|properly|clearly)"
        r"|eyes\s+(?:\w+\s+){0,2}?(?:blurry|unfocused|wouldn'?t\s+focus|couldn'?t\s+focus|not\s+focusing)",
    ),
    (
        "elevated_heart_rate",
        r"heart\s+(?:was\s+|is\s+|kept\s+|started\s+)?(?:\w+\s+)?(?:racing|raced|pounding|pounded"
        r"|beating\s+(?:really\s+|so\s+|very\s+)?(?:fast|hard|quickly)|thumping|thudding|fluttering"
        r"|going\s+(?:crazy|mad|a\s+mile\s+a\s+minute)|hammering|skipping\s+beats|going\s+nuts)"
        r"|(?:racing|pounding|rapid|fast|fluttering|thumping|hammering)\s+(?:heart|heartbeat"
        r"|heart\s*beat|pulse)|palpitations?|tachycardi\w*"
        r"|(?:heart\s*rate|pulse)\s+(?:\w+\s+){0,2}?(?:high|up|elevated|fast|racing"
        r"|through\s+the\s+roof|over\s+1[0-9]{2})|\bhr\s+(?:was\s+)?(?:high|elevated|racing)"
        r"|(?:heart\s*rate|pulse|\bhr)\s+(?:\w+\s+){0,3}?(?:at\s+|of\s+|was\s+|is\s+)?"
        r"1[0-9]{2}\b(?!\s*/)"
        r"|(?:high|elevated|fast|raised)\s+(?:heart\s*rate|pulse)",
    ),
    (
        "elevated_blood_pressure",
        r"(?:high|elevated|raised|increased|spiked?|higher)\s+(?:blood\s+pressure|bp)"
        r"|(?:blood\s+pressure|\bbp)\s+(?:\w+\s+){0,5}?(?:high|elevated|up|raised|through\s+the\s+roof"
        r"|spiked|sky\s*high|went\s+up|shot\s+up|higher|crazy)\b|hypertensi\w+",
    ),
    (
        "nausea",
        r"nause\w*|queas\w*|sick\s+to\s+(?:my|the)\s+stomach"
        r"|(?:felt|feel|feeling|feels|bit|little|slightly|kinda|pretty|quite|very|really|so)"
        r"\s+sick\b(?!\s+of)|upset\s+stomach|stomach\s+(?:(?:was|is|felt|feels|been|has\s+been)\s+)?(?:(?:a\s+bit|a\s+little|really|so|very|quite|kinda|kind\s+of|pretty)\s+)?(?:upset|turning|churning|off)"
        r"|(?:felt|feel|feeling)\s+like\s+(?:i\s+was\s+going\s+to\s+|i\s+would\s+|i'?d\s+|i\s+might\s+)?"
        r"(?:throw(?:ing)?\s+up|vomit\w*|puk(?:e|ing)|be(?:ing)?\s+sick)"
        r"|(?:wanted|want)\s+to\s+(?:throw\s+up|vomit|puke)|urge\s+to\s+vomit|sicky",
    ),
    (
        "vomiting",
        r"vomit\w*|threw\s+up|throw(?:ing)?\s+up|thrown\s+up|puk(?:e|ed|ing)\b|retch\w*|barf\w*"
        r"|(?:was|been|got|being)\s+sick\b(?!\s+(?:of|to|with|and\s+tired))",
    ),
    (
        "headache",
        r"head\s*ach(?:es?|y|iness)|migraines?|head\s+(?:was\s+|is\s+)?(?:pounding|throbbing|hurt\w*|killing\s+me"
        r"|splitting|sore|aching)|(?:pounding|throbbing|splitting|sore|achy|aching)\s+head\b"
        r"|my\s+head\s+hurts?",
    ),
    (
        "dizziness",
        r"dizz\w*|light[- ]?headed\w*|room\s+(?:was\s+)?spinning|spinning\s+room"
        r"|head\s+(?:was\s+)?spinning|vertigo|unsteady|wobbly|woozy|off[- ]balance"
        r"|lost\s+(?:my\s+)?balance|giddy",
    ),
    (
        "fatigue",
        r"(?<!sick\sand\s)\btired\b(?!\s+of\b)|tiredness|drowsy|drowsiness|groggy|grogginess"
        r"|exhausted|exhaustion|fatigue\w*|sleepy|lethargic|lethargy|wiped\s+out|worn\s+out"
        r"|knackered|drained|no\s+energy|low\s+energy|zero\s+energy|sluggish|like\s+a\s+zombie"
        r"|shattered|run\s+down|dead\s+tired|dead\s+on\s+my\s+feet|could\s+barely\s+keep\s+my\s+eyes\s+open",
    ),
    (
        "anxiety",
        r"anxious|anxiety|nervous|nervy|on\s+edge|panick?y|panic(?:\s+attacks?)?|panicked"
        r"|jittery|jumpy|uneasy|restless(?!\s+(?:night|sleep|legs?))|wound\s+up|agitated"
        r"|freaking\s+out|freaked\s+out|keyed\s+up|edgy",
    ),
    (
        "dissociation",
        r"dissociat\w*|detached|unreal|out\s+of\s+(?:my\s+)?body|out-of-body|floaty|floating"
        r"|trippy|tripping|tripped\s+out|spaced\s+out|spacey|spacy|disconnected|dereali[sz]ation"
        r"|depersonali[sz]ation|not\s+(?:really\s+)?in\s+my\s+body|outside\s+(?:of\s+)?my\s+body"
        r"|like\s+i\s+was(?:n'?t)?\s+(?:real|there|in\s+a\s+dream)|dream-?like|k[- ]hole"
        r"|zoned\s+out|surreal",
    ),
    (
        "confusion",
        r"confus\w*|disorient\w*|fogg?y|brain\s+fog|\bfog\b|muddled|muddle[- ]headed"
        r"|fuzzy(?:[- ]headed)?"
        r"|(?:hard|difficult|trouble|struggl\w*)\s+(?:to\s+)?(?:focus\w*|concentrat\w*|think(?:ing)?"
        r"(?:\s+straight|\s+clearly)?)|(?:couldn'?t|could\s+not|can'?t|cannot)\s+(?:think|concentrate"
        r"|focus)(?:\s+straight|\s+clearly)?|not\s+thinking\s+(?:clearly|straight)|forgetful",
    ),
    (
        "other",
        r"dry\s+mouth|mouth\s+(?:\w+\s+){0,3}?dry\b|cotton\s+mouth|parched"
        r"|metallic\s+taste|tast(?:ed|es|ing)\s+(?:\w+\s+)?metal(?:lic)?|\brash\b|hives|itch(?:y|ing|iness)?"
        r"|swell(?:ing|ed|s)?|swollen"
        # the chest: "chest feels tight", "tight chest", "pressure on my chest"
        r"|chest\s+(?:(?:feels?|felt|feeling|is|was|has\s+been|been|gets?|got|getting|went|keeps"
        r"(?:\s+getting)?)\s+)?(?:(?:so|really|very|a\s+bit|a\s+little|kind\s+of|kinda|all|super"
        r"|quite|pretty|weirdly)\s+)?(?:pains?|painful|hurts?|hurting|tight\w*|pressure|heavy"
        r"|heaviness|crush\w*|squeez\w*|sore|ach\w*|burn\w*|constrict\w*)"
        r"|(?:tight|heavy|crushing|sore|painful|achy|aching|burning|squeezing|squeezy)\s+"
        r"(?:feeling\s+in\s+(?:my\s+|the\s+)?)?chest"
        r"|(?:pain|pains|tightness|pressure|heaviness|weight|ache|burning)\s+(?:in|on|across)\s+"
        r"(?:my\s+|the\s+)?chest"
        # breathing: "can't catch my breath", "out of breath", "breathing feels heavy"
        r"|(?:can'?t|couldn'?t|could\s+not|cannot|trouble|hard|difficult|struggl\w*|difficulty"
        r"|unable)\s+(?:to\s+)?breath(?:e|ing)?"
        r"|(?:can'?t|cant|couldn'?t|could\s+not|cannot|hard\s+to|trouble|struggl\w*(?:\s+to)?"
        r"|unable\s+to|difficulty|(?:a\s+)?hard\s+time)\s+(?:catch|get|take|catching|getting|taking)\s+(?:my\s+|a\s+(?:deep\s+|full\s+|proper\s+)?)?"
        r"breaths?|out\s+of\s+breath|(?:gasping|struggling|fighting)\s+for\s+(?:breath|air)"
        r"|(?:can'?t|cant|couldn'?t|cannot)\s+get\s+enough\s+air|wheez\w+|winded"
        r"|breathing\s+(?:(?:is|was|felt|feels|has\s+been|been|got|gets|went)\s+)?(?:(?:so|really"
        r"|very|a\s+bit|a\s+little|kind\s+of|kinda|all)\s+)?(?:hard|difficult|laboured|labored"
        r"|heavy|shallow|weird|funny|strained|tight|ragged)"
        r"|short(?:ness)?\s+of\s+breath|breathless|faint(?:ed|ing)|passed\s+out|blacked\s+out|seizures?|convuls\w+"
        r"|hallucinat\w*|seeing\s+things|hearing\s+(?:things|voices)|numb(?:ness)?\b|tingl\w+"
        r"|pins\s+and\s+needles|trembl\w+|tremors?|shak(?:y|ing|es)\b|sweat(?:y|ing|s|ed)?\b"
        r"|(?:soaked|drenched)\s+(?:\w+\s+){0,2}?(?:sheets|pillow|pyjamas|pajamas|sweat)"
        r"|chills|fever\w*|stomach\s+(?:ache|pain|cramps?)|stomachache|cramp(?:s|ing)?\b"
        r"|(?:pain|burning|stinging|hurts?)\s+(?:when|while)\s+(?:i\s+)?(?:pee|peeing|urinat\w+)"
        r"|bladder\s+(?:pain|issues?|problems?)|blood\s+in\s+(?:my\s+)?(?:pee|urine)"
        r"|jaw\s+(?:pain|ache|clench\w*)|muscle\s+(?:aches?|pain|cramps?)|slurred\s+speech"
        r"|ringing\s+in\s+(?:my\s+)?ears|tinnitus|(?:lost\s+(?:my\s+)?|no\s+)appetite|hot\s+flash\w*"
        r"|sore\s+(?:arm|throat|muscles)|bruis\w+"
        # new symptoms patients tie to a session: fits, swelling, things that are not there
        r"|(?:had|having|have|has|had\s+another|had\s+like)\s+(?:a\s+|another\s+|some\s+)?fits?\b"
        r"|fitting\b(?=\s+(?:again|this|last|after|since))|puff(?:y|iness|ed\s+up)"
        r"|(?:throat|tongue|lips?|face|eyes?|mouth)\s+(?:\w+\s+){0,3}?(?:closing|tight(?:ening)?"
        r"|swell\w*|puff\w*|tingl\w*|numb|itch\w*|burning)"
        r"|closing\s+up|allergic\s+reaction|anaphyla\w+|twitch\w*|spasms?|jerking"
        r"|seeing\s+(?:faces|people|shapes|figures|bugs|insects|spiders|shadows|stuff|lights"
        r"|colou?rs|patterns|things)|hearing\s+(?:music|whispers|someone|people)"
        r"|heard\s+(?:voices|things|music|whispers|someone\s+(?:talking|calling))"
        r"|(?:saw|see|seen)\s+(?:\w+\s+)?(?:faces|bugs|insects|spiders|shapes|figures|shadows)"
        r"\s+(?:crawling|moving|in\s+the|on\s+the|that|which|everywhere)"
        r"|(?:things|stuff|people|faces|someone)\s+(?:that|who|which)?\s*(?:are|is|were|was)"
        r"\s*n'?t\s+(?:really\s+)?there|(?:things|stuff|people|faces)\s+(?:that\s+)?(?:arent|werent)"
        r"\s+(?:really\s+)?there|faces\s+in\s+the\s+(?:walls?|ceiling|curtains|dark)",
    ),
]
assert all(name in SIDE_EFFECT_NAMES for name, _ in _LEXICON)
# Every alternative starts a word; the look-ahead rejects other positions fast.
_PATTERNS = [(name, re.compile(rf"\b(?=[a-z])(?:{p})", _F)) for name, p in _LEXICON]
# Most messages name no symptom: each pattern's gate (prefilter.py) skips it without a pass
# over the message.
_GATED = [(name, pattern, Gate(pattern)) for name, pattern in _PATTERNS]

_TREATMENT = re.compile(
    r"\b(?:infusions?|treatments?|sessions?|ketamine|iv\b|drip|since\s+the)", _F
)
_GENERIC_COMPLAINT = re.compile(
    r"\b(?:pain|painful|aches?|aching|sore(?:ness)?|hurts?|hurting|burning|weak|weakness)\b", _F
)

_SEVERITY = re.compile(
    r"\b(?:(?P<severe>severe(?:ly)?|terrible|terribly|awful|awfully|horrible|horribly|horrendous"
    r"|excruciating|unbearable|extreme(?:ly)?|(?:really|very|so|super)\s+bad(?:ly)?|worst"
    r"|intense|couldn'?t\s+function|could\s+not\s+function|can'?t\s+function|debilitating"
    r"|crippling|agoni[sz]ing|brutal|really\s+strong|very\s+strong|really\s+severe)"
    r"|(?P<moderate>moderate(?:ly)?|(?:pretty|quite|fairly)\s+bad(?:ly)?|fairly\s+strong"
    r"|pretty\s+strong|quite\s+strong|quite|fairly|rather|pretty|considerabl[ey]|noticeabl[ey]"
    r"|medium|somewhat\s+bad)"
    r"|(?P<mild>mild(?:ly)?|slight(?:ly)?|a\s+little(?:\s+bit)?|a\s+(?:tiny\s+)?bit(?:\s+of)?"
    r"|bit(?:\s+of)?|little|a\s+touch(?:\s+of)?|a\s+tad|minor|not\s+too\s+bad|not\s+bad|hint\s+of"
    r"|faint(?!ed|ing)))\b",
    _F,
)
# Intensifiers that modify the word after them, so they never describe a symptom before.
_PREFIX_ONLY = re.compile(
    r"^(?:quite|fairly|rather|pretty|a\s+little(?:\s+bit)?|a\s+(?:tiny\s+)?bit(?:\s+of)?|bit(?:\s+of)?"
    r"|little|a\s+touch(?:\s+of)?|a\s+tad|hint\s+of|extreme(?:ly)?|considerabl[ey]|noticeabl[ey]"
    r"|slightly|faint)$",
    _F,
)
# Losing the day to a symptom is severe wherever it stands beside it.
_IMPAIRED = re.compile(
    r"\b(?:couldn'?t|could\s+not|can'?t|cannot|unable\s+to)\s+(?:even\s+)?(?:function"
    r"|get\s+out\s+of\s+bed|do\s+anything|work)\b|\bbed[- ]?ridden\b|\bwiped\s+me\s+out\b",
    _F,
)
# An intensifier opening a clause that restates the symptom: "142/91, a bit higher than usual".
_RESTATED = re.compile(
    r"\s+(?:higher|high|up|elevated|raised|faster|fast|worse|stronger|more|off|on\s+the\s+high)\b",
    _F,
)
# What may follow an intensifier that closes a symptom ("pounding a bit and ...").
_ENDS_PHRASE = re.compile(
    r"\s*(?:$|[,.;:!?)]|(?:and|but|though|tho|too|today|now|this|tonight|last|after|since|all"
    r"|at|when|again|still|lol|x+)\b)",
    _F,
)
_NEGATION = re.compile(
    r"(?:\bno|\bnot|\bnor|\bwithout|\bzero|\bnever|n't|\bnt|\bfree\s+of|\bno\s+longer|\bany\s+more)"
    r"\s+(?P<gap>(?:[a-z']+\s+){0,3})$",
    _F,
)
_NEGATION_GAP_BLOCK = re.compile(
    r"\b(?:sleep|slept|sleeping|because|since|but|when|until|till|due|from|stop|help|bed)\b", _F
)
_NONE_STRONG = re.compile(
    r"\b(?:no|zero|nil)\s+(?:real\s+|new\s+|bad\s+|other\s+|major\s+|noticeable\s+)?"
    r"(?:side[- ]?effects?|s/?e'?s?|issues|problems|complaints|symptoms|reactions?"
    r"|after[- ]?effects)\b"
    r"|\bside[- ]?effects?\s*(?::|-|=|were|was)?\s*(?:none|no|nil|nothing|n/?a|zero)\b"
    r"|\b(?:didn'?t|did\s+not|haven'?t|have\s+not)\s+(?:have|notice|get|experience|had|noticed)\s+"
    r"any\s+(?:side[- ]?effects?|issues|problems|symptoms)\b"
    r"|\bwithout\s+(?:any\s+)?(?:side[- ]?effects?|issues|problems)\b"
    r"|\b(?:side[- ]?effect|symptom)[- ]free\b|\bnothing\s+to\s+report\b",
    _F,
)
_NONE_WEAK = re.compile(
    r"\b(?:nothing\s+(?:else|new|unusual|major|different|much)|no\s+other|otherwise\s+"
    r"(?:fine|good|ok|okay|great|normal|alright|all\s+right|well)|(?:fine|good|ok|okay|normal)\s+otherwise"
    r"|(?:felt|feel|feeling|feels)\s+(?:totally\s+|completely\s+|pretty\s+|perfectly\s+)?"
    r"(?:fine|good|ok|okay|great|normal|alright|all\s+right|well|grand)|all\s+good|no\s+complaints"
    r"|none|nope|nothing|nada)\b",
    _F,
)
# Someone else's symptoms ("my son has a headache") are not the patient's side effects.
_THIRD_PERSON = re.compile(
    r"\b(?:my|our|his|her)\s+(?:son|daughter|husband|wife|partner|kid|kids|child|children|mum|mom"
    r"|mother|dad|father|friend|boyfriend|girlfriend|roommate|sister|brother|baby|dog|cat|hubby"
    r"|spouse|colleague|boss)(?:\s+(?:has|had|have|is|was|got|gets|feels|felt|seems|'s)|'s)\b"
    r"|\b(?:he|she|they)\s+(?:has|had|is|was|feels|felt|got|seems)\b",
    _F,
)
_RANK = {None: 0, "mild": 1, "moderate": 2, "severe": 3}


@dataclass
class SideEffectsFound:
    effects: dict[str, str | None] = field(default_factory=dict)  # name -> severity
    spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    none_strong: tuple[int, int] | None = None
    none_weak: tuple[int, int] | None = None
    negated: tuple[int, int] | None = None


def _negated(s: str, clause_start: int, pos: int) -> bool:
    m = _NEGATION.search(s, max(clause_start, pos - 50), pos)
    return bool(m) and not _NEGATION_GAP_BLOCK.search(m.group("gap"))


def _severity(text: Text, a: int, b: int, lo: int, hi: int) -> str | None:
    """Severity words just before the symptom (or inside it: "bp a bit high"), else a
    predicate after it in its clause or opening the next ("exhausted, couldn't function")."""
    s = text.s
    ca, cb = text.clause_at(a)
    start = max(ca, lo, a - 40)
    before = [m for m in _SEVERITY.finditer(s, start, a) if text.words_between(m.end(), a) <= 3]
    if before:
        return before[-1].lastgroup
    # "couldn't function yesterday, I was so exhausted": what the symptom stopped them doing
    # grades it from anywhere close in its sentence.
    sa, sb = text.sentence_at(a)
    for m in _IMPAIRED.finditer(s, max(sa, lo, a - 60), min(sb, hi, b + 60)):
        if text.words_between(m.end(), a) <= 8 or text.words_between(b, m.start()) <= 8:
            return "severe"
    inside = _SEVERITY.search(s, a, b)
    if inside:
        return inside.lastgroup
    _, sb = text.sentence_at(a)
    for m in _SEVERITY.finditer(s, b, min(cb, hi)):
        if not _PREFIX_ONLY.match(m.group(0)) or (
            text.words_between(b, m.start()) == 0 and _ENDS_PHRASE.match(s, m.end())
        ):
            return m.lastgroup
    nxt = [c for c in text.clauses if c[0] >= cb and c[0] < min(sb, hi)]
    if nxt:
        na, nb = nxt[0]
        m = _SEVERITY.match(s, na + (len(s[na:nb]) - len(s[na:nb].lstrip())), min(nb, hi))
        if m and (not _PREFIX_ONLY.match(m.group(0)) or _RESTATED.match(s, m.end())):
            return m.lastgroup
    return None


# "heart's pounding", "head's killing me": the contracted verb reads as a space (same
# length, so spans still point at the patient's words).
_CONTRACTED_IS = re.compile(r"(?<=[a-z])'s(?=\s)", _F)
# Patterns used inside the reader, compiled once (no flags, as they always were).
_NOT_OR_NORMAL = re.compile(r"\bnot\b|n't|\bnormal\b")
_PRESSURE_WORDS = re.compile(r"\b(?:bp|blood\s+pressure|pressure)\b")
_GENERIC_GATE = Gate(_GENERIC_COMPLAINT)
_NONE_STRONG_GATE = Gate(_NONE_STRONG)
_NONE_WEAK_GATE = Gate(_NONE_WEAK)


def read_side_effects(text: Text, mentions: Mentions, reading: Reading) -> SideEffectsFound:
    s = text.s
    probe = text.probe
    if "'s" in s:  # the symptoms are read in the text with "'s" as spaces
        probe = Probe(_CONTRACTED_IS.sub("  ", s))
    found = SideEffectsFound()
    hits: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    for name, pattern, gate in [g for g in _GATED if g[2].met(probe)]:  # most messages: none
        for m in gate.finditer(pattern, probe, met=True):
            a, b = m.start(), m.end()
            if not reading.span_active(a, b) or any(x < b and a < y for x, y in taken):
                continue
            if name == "elevated_blood_pressure" and _NOT_OR_NORMAL.search(m.group(0)):
                continue
            taken.append((a, b))
            ca, _ = text.clause_at(a)
            sa, _ = text.sentence_at(a)
            if _THIRD_PERSON.search(s, sa, a):
                continue
            if _negated(s, ca, a):
                found.negated = found.negated or (a, b)
                continue
            hits.append((a, b, name))

    # A blood pressure reading above 140/90 counts when the sentence says it is blood pressure.
    for r in mentions.readings:
        if not reading.span_active(r.start, r.end):
            continue
        sa, _ = text.sentence_at(r.start)
        if not _PRESSURE_WORDS.search(s[sa : r.start]):
            continue
        if r.systolic >= 140 or r.diastolic >= 90:
            hits.append((r.start, r.end, "elevated_blood_pressure"))

    # Pain the patient ties to the treatment ("arm sore since the infusion").
    for m in _GENERIC_GATE.finditer(_GENERIC_COMPLAINT, text.probe):
        a, b = m.start(), m.end()
        if not reading.span_active(a, b) or any(x < b and a < y for x, y in taken):
            continue
        sa, sb = text.sentence_at(a)
        if _TREATMENT.search(s, sa, sb) and not _negated(s, text.clause_at(a)[0], a):
            hits.append((a, b, "other"))

    hits.sort()
    for i, (a, b, name) in enumerate(hits):
        lo = hits[i - 1][1] if i > 0 else 0
        hi = hits[i + 1][0] if i + 1 < len(hits) else len(s)
        severity = _severity(text, a, b, lo, hi)
        if name not in found.effects or _RANK[severity] > _RANK[found.effects[name]]:
            found.effects[name] = severity
        found.spans.setdefault(name, []).append((a, b))

    for m in _NONE_STRONG_GATE.finditer(_NONE_STRONG, text.probe):
        if reading.span_active(m.start(), m.end()):
            found.none_strong = (m.start(), m.end())
            break
    for m in _NONE_WEAK_GATE.finditer(_NONE_WEAK, text.probe):
        if reading.span_active(m.start(), m.end()):
            found.none_weak = (m.start(), m.end())
            break
    return found
