"""Sleep quality (CSD Q8, 1-5) from words or ratings, only when they describe the sleep.

"slept great", "rough night", "the night was ok", "sleep quality 4", "6/10" standing on its
own -- but not "felt fine otherwise" or "fine: bed 11" or "headache 7/10".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from bot.understanding.cues import of_someone_else, writes_for_the_patient
from bot.understanding.intent import Reading
from bot.understanding.numbers import value
from bot.understanding.prefilter import Gate
from bot.understanding.text import Text
from bot.understanding.times import Rating

_F = re.ASCII

# Levels: 1 very poor, 2 poor, 3 fair, 4 good, 5 very good.
_BASE: dict[str, int] = {
    "terrible": 1, "terribly": 1, "awful": 1, "awfully": 1, "horrible": 1, "horribly": 1,
    "horrendous": 1, "dreadful": 1, "dreadfully": 1, "atrocious": 1, "abysmal": 1,
    "appalling": 1, "hellish": 1, "miserable": 1, "worst": 1, "the worst": 1, "shocking": 1,
    # a letter short or over, as typed on a phone
    "terible": 1, "terribel": 1, "horible": 1, "horrable": 1, "awfull": 1, "aweful": 1,
    "poor": 2, "poorly": 2, "bad": 2, "badly": 2, "rough": 2, "rubbish": 2, "lousy": 2,
    "crap": 2, "crappy": 2, "shit": 2, "shitty": 2, "restless": 2, "fitful": 2, "broken": 2,
    "disturbed": 2, "choppy": 2, "crummy": 2, "like crap": 2, "like shit": 2, "like garbage": 2,
    "like rubbish": 2, "pants": 2, "naff": 2, "bleh": 2,
    "ok": 3, "okay": 3, "okish": 3, "ok-ish": 3, "okay-ish": 3, "fine": 3, "fair": 3,
    "so-so": 3, "so so": 3, "alright": 3, "all right": 3, "average": 3, "meh": 3,
    "mediocre": 3, "normal": 3, "not bad": 3, "not too bad": 3, "not terrible": 3,
    "not awful": 3, "could be worse": 3, "middling": 3, "decent-ish": 3,
    "good": 4, "well": 4, "decent": 4, "decently": 4, "solid": 4, "nice": 4, "soundly": 4,
    "peacefully": 4, "good enough": 4,
    "great": 5, "excellent": 5, "excellently": 5, "amazing": 5, "amazingly": 5, "fantastic": 5,
    "fantastically": 5, "best": 5, "the best": 5, "wonderful": 5, "wonderfully": 5,
    "brilliant": 5, "perfect": 5, "perfectly": 5, "awesome": 5, "superb": 5, "incredible": 5,
    "incredibly": 5, "phenomenal": 5, "outstanding": 5, "like a log": 5, "like a rock": 5,
    "like a baby": 5, "like the dead": 5, "like a stone": 5, "like a top": 5,
    "like a champ": 5, "gr8": 5,
}  # fmt: skip
_STRONG = ("very", "really", "so", "super", "extremely", "incredibly", "exceptionally", "truly")
_SOFT = (
    "pretty", "quite", "fairly", "reasonably", "rather", "kinda", "kind of", "sort of",
    "relatively", "mostly", "generally", "surprisingly", "actually", "real",
)  # fmt: skip
_STRONGER = {4: 5, 2: 1, 1: 1, 3: 3, 5: 5}
_FIXED_PHRASES = ("like ", "not ", "the ", "could ")


def _alternation(words: tuple[str, ...] | list[str]) -> str:
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


# An optional intensifier, then a quality word: "pretty good", "really badly", "ok".
_QW = rf"(?:(?:{_alternation(_STRONG + _SOFT)})\s+)?(?:{_alternation(list(_BASE))})"
_QW_PARTS = re.compile(
    rf"^(?:(?P<adv>{_alternation(_STRONG + _SOFT)})\s+)?(?P<base>{_alternation(list(_BASE))})$", _F
)
_NEG = (
    r"(?P<neg>not\s+(?:a\s+|the\s+|very\s+|so\s+|too\s+|that\s+)?"
    r"|n't\s+(?:a\s+|very\s+|so\s+|too\s+|that\s+)?|nt\s+)?"
)
_ADV = r"(?:(?:a|an|one|honestly|overall|tbh)\s+)*"
_SLEEPISH = re.compile(r"sle|night|nite|rest|kip|snooz|qual|(?:^|[.,;!] ?)q\s", _F)

_SLEEP_THEN_WORD = re.compile(
    r"\b(?=[nrsk])(?P<sw>slept|sleep|sleeping|night|nite|rest|rested|kip)\b"
    r"(?:\s+(?:last\s+night|before\s+last|overall|tbh|honestly|itself))?"
    r"(?:,?\s+which)?"  # "the night itself, which was good"
    r"(?:\s*[:=-]\s*|\s+(?:was|is|has\s+been|been|felt|went|overall)(?:\s*n'?t|\s+not)?\s+|\s+"
    r"(?=[a-z]))" + _ADV + rf"(?P<q>{_QW})\b",
    _F,
)
_WORD_THEN_SLEEP = re.compile(
    r"\b(?=[a-z])(?:\b" + _NEG + r")?" + rf"\b(?P<q>{_QW})\s+"
    r"(?P<sw>night(?:'?s)?(?:\s+(?:of\s+)?sleep)?|sleep|kip|rest|nite|snooze"
    # "good quality", "poor quality sleep" (not "a good quality mattress")
    r"|quality(?=\s*(?:sleep|[.,;!]|$)))\b",
    _F,
)
_QUALITY_SCORE = re.compile(
    # ("q fair", a chart's short label, where a sentence opens or after "sleep"; not a dose's
    # "q 4 hours")
    r"(?:\b(?:sleep\s+)?(?:quality|qual)|(?:^|(?<=[.,;!]\s)|(?<=[.,;!])|(?<=\bsleep\s))q(?=\s)"
    r"(?!\s*[0-9]+\s*(?:h|hr|hrs|hours?|d|days?|min|mins|wk|weeks?)\b))"
    r"\s*(?:was|is|:|-|=|of|would\s+be|i'?d\s+say)?\s*"
    rf"(?:(?P<n>[1-5])\b(?!\s*(?:/|out\s+of|[:.][0-9]))|(?P<q>{_QW})\b)",
    _F,
)
# "a 6/10 night", "8/10 sleep": a rating that names what it grades (times.py reads no
# rating before "night", which there is more often "5 out of 7 nights").
_RATED_NIGHT = re.compile(
    r"(?<![0-9./:])(?P<r>10|[0-9](?:\.[0-9])?)\s*(?:stars?\s+)?(?:/|out\s+of|outt?a)\s*(?P<d>10|5)"
    r"\s+(?:night|nite|sleep|kip)\b(?!s)",
    _F,
)
# "I would rate the night as fair", "I'd call last night's sleep decent"
_NIGHT_CALLED = re.compile(
    r"\b(?:rate|rated|rating|call|called|calling|describe|described|grade|graded|score|scored"
    r"|characteri[sz]e|characteri[sz]ed)\s+"
    r"(?:the\s+|last\s+|my\s+|this\s+|that\s+)?(?:night|nite|sleep)(?:'?s\s+sleep)?\s+"
    rf"(?:as\s+)?(?:an?\s+)?(?:pretty\s+|quite\s+|fairly\s+)?(?P<q>{_QW})\b",
    _F,
)
# Gates (prefilter.py): the patterns of many alternatives are tried only where they can match.
_GATED = [
    (p, Gate(p))
    for p in (_SLEEP_THEN_WORD, _WORD_THEN_SLEEP, _QUALITY_SCORE, _RATED_NIGHT, _NIGHT_CALLED)
]
_NEGATED_BEFORE = re.compile(
    r"(?:n't|\bnot|\bnever|\bdidnt|\bcouldnt|\bwasnt|\bhavent|\bhadnt)\s+(?:\w+\s+){0,2}$", _F
)
# "would kill for one decent night", "i need a good night": wished for, not had (not
# "needed a good night and got one")
_WISHED_BEFORE = re.compile(
    r"\b(?:need|want|wish|wishing|hope|hoping|pray|praying|dying|longing|dream"
    r"|dreaming|kill|give\s+anything|could\s+(?:really\s+)?use|could\s+do\s+with)\s+(?:for\s+|of\s+)?"
    r"(?:(?:one|a|just\s+one|just\s+a|some)\s+)?(?:(?:really|truly|proper)\s+)?$",
    _F,
)
# "rating ★★★★☆": stars drawn as characters, filled and empty
_STARS = re.compile("[\u2605\u2606]+")
# "slept thru!!! ⭐️⭐️⭐️⭐️": the stars as emoji, two to five of them (one beside "4/5" is
# only a flourish)
_EMOJI_STARS = re.compile("(?<!\u2b50)(?<!\ufe0f)(?:\u2b50\ufe0f?){2,5}(?!\u2b50)")
# "id give it 3 stars", "a two-star night": stars of five given in words
_STARS_GIVEN = re.compile(
    r"\b(?:give|gave|giving|rate|rated|rating)\s+(?:it|that|this|the\s+night|last\s+night"
    r"|(?:my\s+|the\s+|last\s+night'?s\s+)?sleep)\s+(?:a\s+)?(?P<n>[1-5]|one|two|three|four|five)"
    r"\s+stars?\b"
    r"|\b(?P<m>[1-5]|one|two|three|four|five)[- ]stars?\s+(?:night|nite|sleep)\b"
    # "Sleep 4 star.", "night: 3 stars"
    r"|\b(?:sleep|night|nite)\s*[:=-]?\s+(?P<j>[1-5]|one|two|three|four|five)\s+stars?\b"
    # "Night: 3 of 5 stars.", "asleep by 10:45pm. 4 stars": a grade standing on its own
    r"|(?:^|(?<=[.;,:!-]\s)|(?<=[.;,:!-]))\s*(?P<k>[1-5]|one|two|three|four|five)\s*"
    # ("5 stars today", "4 stars ⭐⭐⭐⭐": the grade, then a word for when or the stars drawn)
    r"(?:(?:of|out\s+of|outt?a|/)\s*(?:5|five)\s*)?stars?"
    r"(?=\s*(?:[.!;,]|$|today\b|\u2b50|\u2605|[\U0001f300-\U0001faff]))",
    _F,
)
# ("good night actually" grades the night)
_GOOD_NIGHT_FAREWELL = re.compile(
    r"\W*(?:good|great)\s+night\b(?!'?s)"
    r"(?!\s+(?:actually|overall|tbh|honestly|for\s+once|all\s+in|for\s+a\s+change|last\s+night"
    r"|at\s+last|for\s+me))",
    _F,
)
# Patterns used inside the readers below, compiled once (no flags, as they always were).
_SPACES = re.compile(r"\s+")
_NEAR_WORDS = re.compile(r"[a-z0-9'./:]+")
_FOR_SOMETHING_ELSE = re.compile(r"^\s*(?:for|on)\s+(?!sleep|the\s+night|last\s+night)")
# "a 6/10 pain", "7/10 headache": what the rating grades is named right after it
_NAMED_AFTER = re.compile(
    r"\s*(?:pain|headache|migraine|nausea|anxiety|dizziness|mood|energy|stress|on\s+the\s+pain"
    r"|bot|app|service|response|answer|reply|clinic|staff|nurses?|doctors?|team|support)\b"
    # ("sleep 5/10 pain 6/10": the next thing named has a rating of its own)
    r"(?!\s*[:=-]?\s*(?:10|[0-9](?:\.5)?)\s*(?:/|out\s+of)\s*(?:10|5)\b)"
)
# ... or something other than the night, when nothing before the rating names the night:
# "reminder came at a bad time, 2/10 experience" (not "quality 8/10 experience overall")
_OTHER_THING_AFTER = re.compile(
    r"\s*(?:experience|reminders?|timing|would\s+not\s+recommend|wouldnt\s+recommend)\b"
)
_LETTER_WORDS = re.compile(r"[a-z']+")
_A_RATING = re.compile(r"\b(?:10|[0-9](?:\.5)?)\s*(?:/|out\s+of)\s*(?:10|5)\b")
_NIGHT_WORDS = re.compile(r"\b(?:slept|sleep|asleep|night|bed|woke|awoke)\b")
_NOT = re.compile(r"n'?t\b|\bnot\b")
_SYMBOL = re.compile(r"[^\x00-\x7f\w]")  # emoji and other signs beyond ASCII

_RATING_BLOCK = re.compile(
    r"\b(?:pain|headache|head|mood|anxiety|anxious|stress|stressed|energy|nausea|nauseous|dizz\w*"
    r"|depress\w*|happiness|happy|focus|appetite|infusion|session|treatment|bp|pressure|heart"
    r"|dose|mg|depression|feel|feeling|felt|day|bot|app|service|response|answers?|reply|staff"
    r"|nurses?|doctors?|team|support)\b",
    _F,
)
_RATING_FILLER = frozenset(
    [
        "zz",  # "zzz 8/10": how a sleep is drawn
        "zzz",
        "zzzz",
        "more",  # "it was more like 6/10"
        "actually",
        "really",
        "i",
        "id",
        "i'd",
        "would",
        "say",
        "give",
        "it",
        "a",
        "an",
        "rate",
        "rating",
        "call",
        "subjective",
        "q",
        "overall",
        "maybe",
        "about",
        "like",
        "probably",
        "the",
        "was",
        "my",
        "so",
        "and",
        "tbh",
        "honestly",
        "guess",
        "around",
        "solid",
        "hmm",
        "um",
        "quality",
        "score",
        "last",
        "night",
        "prob",
        "roughly",
        "approx",
        "think",
        "sleep",
        "slept",
        "sleeping",
        "night's",
        "nights",
        "rest",
        "a's",
        "as",
        "only",
        "just",
        "me",
        "jk",  # "12/10 sleep. jk 9/10"
        "rated",
        "rates",
        "lol",
        "ok",
        "qual",  # "Qual 4/5", a log's short label
    ]
)


@lru_cache(maxsize=1024)  # a quality phrase: a few words, often the same ones
def level_of(q: str) -> int | None:
    m = _QW_PARTS.match(_SPACES.sub(" ", q.strip()))
    if m is None:
        return None
    base, adv = m.group("base"), m.group("adv")
    level = _BASE.get(base)
    if level is None or adv is None or base.startswith(_FIXED_PHRASES):
        return level
    return _STRONGER[level] if adv in _STRONG else level


def _from_word(q: str, negated: bool) -> int | None:
    level = level_of(q)
    if level is None:
        return None
    if negated:
        return 2 if level >= 3 else 3
    return level


def rating_level(r: Rating) -> int:
    if r.scale == 5:
        return max(1, min(5, round(r.score)))
    n = r.score
    if n < 3:
        return 1
    if n < 5:
        return 2
    if n < 7:
        return 3
    if n < 9:
        return 4
    return 5


@dataclass(frozen=True)
class Quality:
    level: int
    start: int
    end: int


def _rating_describes_sleep(text: Text, r: Rating) -> bool:
    s = text.s
    ca, _ = text.clause_at(r.start)
    sa, sb = text.sentence_at(r.start)
    before = s[ca : r.start]
    # an emoji closes what came before it: "zero side effects 🙌 8/10"
    cut = _SYMBOL.search(before[::-1])
    if cut:
        before = before[len(before) - cut.start() :]
    after = s[r.end : min(sb, r.end + 25)]
    # what the rating grades sits just before it ("mood today 6/10"), not a run-on's start
    near = " ".join(_NEAR_WORDS.findall(before)[-4:])
    if _RATING_BLOCK.search(near) or _FOR_SOMETHING_ELSE.match(after) or _NAMED_AFTER.match(after):
        return False
    if _OTHER_THING_AFTER.match(after) and not _RATES_THE_NIGHT.search(s[sa : r.start]):
        return False
    words = _LETTER_WORDS.findall(before)
    if not words and ca > sa:
        # a rating standing alone after a clause: "a stabbing pain behind the eye, 9/10"
        pa, _ = text.clause_at(max(sa, ca - 1))
        prev = s[max(sa, pa) : ca]
        if _RATING_BLOCK.search(prev) or _NAMED_AFTER.search(prev):
            return False
    if all(w in _RATING_FILLER for w in words):
        return True
    # a carer's "She rated it 3/5", "She says 8/10" (not a wife's own "she rated it 9/10")
    if (
        all(w in _RATING_FILLER or w in ("she", "he", "says", "said") for w in words)
        and writes_for_the_patient(s)
        # ("bed 11, 6/10. She says 9/10 but she slept through my tossing": hers, beside mine)
        and (("says" not in words and "said" not in words) or len(_A_RATING.findall(s)) == 1)
    ):
        return True
    if _rates_a_thing_named(words) and any(
        m.end() != r.end for m in _A_NIGHT_RATING.finditer(s, sa, sb)
    ):
        return False  # "sleep 4/10, back 7/10", "the night 3/5, the cat 0/5": the back's
    # a run-on report ("asleep at 12 woke at 3 ... 7 out of 10") rates the night it tells
    return bool(_NIGHT_WORDS.search(s[sa : r.start]))


# A rating of the night named as such, to tell it from a rating of something else beside it
_A_NIGHT_RATING = re.compile(
    r"\b(?:sleep|slept|night|quality)\b[^,.;\n]{0,20}?"
    r"\b(?:10|[0-9](?:\.5)?)\s*(?:/|out\s+of)\s*(?:10|5)\b"
)
_DETERMINERS = frozenset(["the", "my", "a", "his", "her", "our", "their", "and"])


def _rates_a_thing_named(words: list[str]) -> bool:
    """Whether the words before a rating only name a thing: "back", "the cat", "set"."""
    named = [w for w in words if w not in _DETERMINERS]
    return (
        0 < len(named) <= 2
        and not any(_NIGHT_WORDS.match(w) or _QW_PARTS.match(w) for w in named)
        and not any(w in _RATING_FILLER for w in named)
    )


_A_BARE_RATING = re.compile(
    r"[\s,;:(-]*(?:(?:maybe|about|around|like|prob(?:ably)?|roughly|a|an|~)\s*)*", _F
)
_RATES_THE_NIGHT = re.compile(
    r"\b(?:sleep|slept|night|quality|rate|rated|rating|give|gave|score|overall)\b", _F
)


def _grades_a_symptom(text: Text, r: Rating, effect_spans: Sequence[tuple[int, int]]) -> bool:
    """ "Fatigue severe, 8/10", "Head pounding, terrible, 9/10", "Nausea: moderate, maybe a
    4/10": a rating after a side effect in its sentence, with no word of the night between,
    grades the symptom."""
    sa, _ = text.sentence_at(r.start)
    told = [b for a, b in effect_spans if sa <= a < r.start]
    if not told or _NIGHT_WORDS.search(text.s, max(told), r.start):
        return False
    ca, _ = text.clause_at(r.start)
    # the rating stands alone ("8/10", "maybe a 4/10"), and nothing before it in the sentence
    # says it rates the night ("sleep quality: groggy, 5/10", "id give it a 4/10")
    return _A_BARE_RATING.fullmatch(text.s, ca, r.start) is not None and not (
        _RATES_THE_NIGHT.search(text.s, sa, r.start)
    )


# A rating taken back for another number on the same scale: "a 6 out of 10, no wait
# actually 7", "3/5, no, make that 4". (Not "7/10, no nightmares", nor a time or a count.)
_RATING_TAKEN_BACK = re.compile(
    r"[\s,.;:!-]*(?:but\s+)?(?:(?:no\s+wait|no\s+actually|actually|wait|i\s+mean|or\s+rather"
    r"|make\s+(?:that|it)|scratch\s+that|more\s+like|correction|sorry|nope|nah|naw|no)\b[\s,.:;!-]*)+"
    r"(?:(?:it\s+was|it'?s|was|more\s+like|like|a|an|maybe|probably|really|honestly|closer\s+to"
    r"|prob|actually)\s+)*(?P<n>10|[0-9](?:\.5)?)(?![\w:.%])(?:\s*(?:/|out\s+of)\s*(?P<d>10|5)\b)?"
    # the number ends the correction: "no 2 wakeups" counts something else
    r"(?!\s*(?!(?:tbh|lol|honestly|really|i\s+(?:think|guess)|maybe|overall|and|but|then)\b)[a-z])",
    _F,
)


def _as_corrected(s: str, r: Rating) -> Rating:
    m = _RATING_TAKEN_BACK.match(s, r.end)
    if m is None or m.end() - r.end > 45:
        return r
    scale = int(m.group("d")) if m.group("d") else r.scale
    score = float(m.group("n"))
    if score > scale:
        return r
    return Rating(r.start, m.end(), score, scale)


_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|another|such\s+a|the)\s+(?:\w+\s+)?$", _F)


def read_quality(
    text: Text,
    ratings: list[Rating],
    reading: Reading,
    expecting: bool,
    effect_spans: Sequence[tuple[int, int]] = (),
) -> Quality | None:
    """`effect_spans`: where side effects were found; a rating just after one grades it."""
    s = text.s
    found_words: list[Quality] = []
    rated_night: list[Quality] = []
    patterns = _GATED if _SLEEPISH.search(s) else ()
    for pattern, gate in patterns:
        for m in gate.finditer(pattern, text.probe):
            if not reading.span_active(m.start(), m.end()):
                continue
            q = m.groupdict().get("q")
            n = m.groupdict().get("n")
            if pattern is _RATED_NIGHT:
                score, scale = float(m.group("r")), int(m.group("d"))
                if score <= scale:
                    level = rating_level(_as_corrected(s, Rating(m.start(), m.end(), score, scale)))
                    rated_night.append(Quality(level, m.start(), m.end()))
                continue
            if n:
                found_words.append(Quality(int(n), m.start(), m.end()))
                continue
            if not q:
                continue
            if (
                pattern is _SLEEP_THEN_WORD
                and m.group("sw") in ("slept", "sleeping")
                and of_someone_else(s, m.start(), 0)
            ):
                continue  # "the baby slept well", "he is sleeping soundly": not the patient
            if pattern is _WORD_THEN_SLEEP:
                sw = m.group("sw")
                if sw == "nights":
                    continue  # "after a few restless nights": other nights, not last night
                art = _ARTICLE_BEFORE.search(s, max(0, m.start() - 14), m.start())
                if of_someone_else(
                    s, art.start() if art else m.start(), text.clause_at(m.start())[0]
                ):
                    continue  # "she had a rough night too": hers, not the patient's
                sa, _ = text.sentence_at(m.start())
                bare_night = sw.startswith("night") and "sleep" not in sw and "'" not in sw
                if bare_night and _GOOD_NIGHT_FAREWELL.match(s, sa):
                    continue  # "Good night!" says goodbye
                negated = bool(m.group("neg"))
            else:
                between = s[m.start() : m.start("q")]
                negated = bool(_NOT.search(between))
            ca, _ = text.clause_at(m.start())
            if _WISHED_BEFORE.search(s, max(ca, m.start() - 30), m.start()):
                continue  # "would kill for one decent night": a night wished for, not had
            if _NEGATED_BEFORE.search(s[max(ca, m.start() - 25) : m.start()]):
                negated = not negated if pattern is not _WORD_THEN_SLEEP else True
            level = _from_word(q, negated)
            if level is not None:
                found_words.append(Quality(level, m.start(), m.end()))
    rated = [
        Quality(rating_level(_as_corrected(s, r)), r.start, r.end)
        for r in ratings
        if reading.span_active(r.start, r.end)
        and (expecting or _rating_describes_sleep(text, r))
        and not _grades_a_symptom(text, r, effect_spans)
    ]
    if "\u2605" in s:  # "rating ★★★★☆": the filled stars of five
        for m in _STARS.finditer(s):
            filled = m.group(0).count("\u2605")
            if (
                reading.span_active(m.start(), m.end())
                and 1 <= filled <= 5
                and len(m.group(0)) <= 5
            ):
                rated_night.append(Quality(filled, m.start(), m.end()))
    if "\u2b50" in s:
        for m in _EMOJI_STARS.finditer(s):
            end = m.start() + len(m.group(0).rstrip("\ufe0f"))  # (the selector may end a part)
            sa, sb = text.sentence_at(m.start())
            told_with = s[sa:sb]
            # (the stars grade the night only where their sentence is about it, or is only
            # stars: "my nurse today was ⭐⭐⭐⭐⭐" grades the nurse)
            about_the_night = _NIGHT_WORDS.search(told_with) or not _LETTER_WORDS.search(told_with)
            if reading.span_active(m.start(), end) and _NIGHT_WORDS.search(s) and about_the_night:
                rated_night.append(Quality(m.group(0).count("\u2b50"), m.start(), end))
    if "star" in s:
        for m in _STARS_GIVEN.finditer(s):
            # (from the grade itself: the match may open on the spaces before it)
            start = next(m.start(g) for g in ("n", "m", "k", "j") if m.group(g) is not None)
            if reading.span_active(start, m.end()):
                stars = value(m.group("n") or m.group("m") or m.group("k") or m.group("j"))
                if stars is not None:
                    rated_night.append(Quality(int(stars), *m.span()))
    rated = sorted(rated + rated_night, key=lambda q: q.start)
    if rated:
        return rated[-1]
    if found_words:
        return max(found_words, key=lambda q: q.start)
    return None


_BARE_WORD = re.compile(rf"^\W*(?:(?:it\s+was|i\s+slept|slept)\s+)?{_NEG}(?P<q>{_QW})\W*$", _F)
_BARE_NUMBER = re.compile(r"^\W*(?P<n>(?:10|[0-9])(?:\.[0-9])?)\W*$", _F)


def bare_quality(text: Text) -> Quality | None:
    """A whole-message answer to "how did you sleep?": "ok", "not great", "4", "7"."""
    s = text.s
    m = _BARE_WORD.match(s)
    if m:
        level = _from_word(m.group("q"), bool(m.group("neg")))
        if level is not None:
            return Quality(level, 0, len(s))
    m = _BARE_NUMBER.match(s)
    if m:
        n = float(m.group("n"))
        if n <= 5 and n == int(n):
            return Quality(max(1, int(n)), 0, len(s))
        return Quality(rating_level(Rating(0, len(s), n, 10)), 0, len(s))
    return None


# A clause that is nothing but a verdict ("woke 4 times, awful", "bed 11 up 7. pretty good"),
# read only beside other diary values and never as a message's opening word ("ok, bed at 11").
_VERDICT = re.compile(
    r"\W*(?:(?:overall|all\s+in\s+all|honestly|tbh|so|and|but|just|generally|all\s+told"
    r"|other\s+than\s+that|apart\s+from\s+that|besides\s+that|otherwise)\s+)*"
    # "woke up 4 times, it was rough": "it" is the night the clause before told
    r"(?P<it>(?:it|that)\s+(?:was|felt)\s+|it'?s\s+been\s+)?"
    + _NEG
    + rf"(?P<q>{_QW})"
    + r"(?:\s+(?:night|one|sleep|overall|tbh|honestly|really|lol|haha|tho|though))?\W*",
    _F,
)
# "bed 11 woke 6 rough": a verdict run on after the last clock time of a clause
_VERDICT_AFTER_A_TIME = re.compile(
    r"(?<![a-z0-9:.])[0-9]{1,2}(?:[:.][0-9]{2})?\s*(?:am|pm|a|p)?\s+" + _NEG + rf"(?P<q>{_QW})\W*$",
    _F,
)
# The night's own words, before a run-on verdict. Not a nap's (unlike intent's
# _TOLD_OF_THE_NIGHT, which also hears naps): "napped 2-3 rough" grades no night.
_NIGHT_WORD_NOT_A_NAP = re.compile(r"\b(?:bed|woke|wake|up|asleep|alarm|slept|lights?|out)\b", _F)
_NOT_THE_NIGHT = re.compile(
    r"\b(?:infusions?|sessions?|treatments?|appointments?|work|shift|day|drive|trip|flight"
    r"|meeting|party|dinner|lunch|breakfast|movie|film|show|game|visit|class|walk|run|weekend"
    r"|date|call|procedure|ride|commute|birthday|church|service|wedding|funeral)\b",
    _F,
)
_SYMPTOM_LABEL_BEFORE = re.compile(
    r"\b(?:pain|headache|migraine|nausea|dizziness|anxiety|mood|symptoms?|severity|side\s+effects?"
    r"|stomach|head|heart|bp|energy)\s*[:=-]\s*$",
    _F,
)
_NOT_A_VERDICT = frozenset(["well", "nice", "normal", "real", "pants", "broken", "disturbed"])
_DISCOURSE = frozenset(["ok", "okay", "alright", "all right", "right", "fine", "good", "great"])


def verdict_quality(
    text: Text, reading: Reading, effect_spans: list[tuple[int, int]]
) -> Quality | None:
    s = text.s
    found: Quality | None = None
    for i, (a, b) in enumerate(text.clauses):
        if not reading.span_active(a, b):
            continue
        if s.startswith(":", b) and s[a:b].strip(" \t\n,.!-") in _DISCOURSE:
            continue  # "fine: bed 11, asleep 11:20": a word that opens the report, no verdict
        m = _VERDICT.fullmatch(s, a, b)
        run_on = m is None
        if run_on:
            # "bed 11 woke 6 rough": a verdict run on after the night's last time, in a
            # clause that tells the night and nothing else that could take the grade
            m = _VERDICT_AFTER_A_TIME.search(s, a, b)
            if (
                m is None
                or not _NIGHT_WORD_NOT_A_NAP.search(s, a, m.start())
                or _NOT_THE_NIGHT.search(s, a, m.start())
            ):
                continue
        if m.group("q").split()[-1] in _NOT_A_VERDICT:
            continue
        if _SYMPTOM_LABEL_BEFORE.search(s, max(0, a - 24), a):
            continue  # "Pain: awful.": the symptom's grade, under its label
        sa, sb = text.sentence_at(a)
        # a bare "ok" or "good" opens a message; "good one" or "not great" grades the night
        bare = m.group(0).strip(" \t\n,.;:!?-").endswith(m.group("q"))
        opener = not run_on and m.group("q") in _DISCOURSE and not m.group("neg") and bare
        if i == 0 and opener:
            continue  # "ok, woke at 3" / "Good. Bed at 11": an opener, not a verdict
        if a == sa and b < sb and opener:
            continue
        # "dizzy, awful" grades the symptom, not the night
        lo = text.clauses[i - 1][0]
        if a == sa and a > 0:
            # "Dizzy when I stood up, had to grab the dresser. Pretty bad.": a sentence of
            # its own grades what the sentence before it told
            lo = min(lo, text.sentence_at(a - 1)[0])
        hi = text.clauses[i + 1][1] if i + 1 < len(text.clauses) else b
        if any(lo <= x < hi for x, _ in effect_spans):
            continue
        if not run_on and m.group("it") and _NOT_THE_NIGHT.search(s, lo, a):
            continue  # "had the infusion, it was fine": "it" is that, not the night
        level = _from_word(m.group("q"), bool(m.group("neg")))
        if level is not None:
            found = Quality(level, m.start("q"), m.end("q")) if run_on else Quality(level, a, b)
    return found
