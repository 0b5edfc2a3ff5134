"""Is a message about suicide, self-harm, harming others, or symptoms that need a clinician now?

Rules over a normalised copy of the text, judged sentence by sentence. Missing a person in
danger costs far more than one needless alert, so the lexicons are broad and the ways out
(negation, figures of speech, general questions) are narrow and explicit. Crisis is checked
before urgent: a message with both reaches staff as a crisis.

Every rule is compiled at import; `assess` never raises.
"""

from __future__ import annotations

import bisect
import datetime
import functools
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from re import _constants as _sre
from re import _parser as _sre_parser
from typing import Any, Literal, NamedTuple

SafetyLevel = Literal["none", "urgent", "crisis"]


@dataclass(frozen=True)
class SafetyAssessment:
    level: SafetyLevel
    # The words that triggered it, for staff and audit; None when level is "none".
    matched: str | None = None


_NO_RISK = SafetyAssessment("none")  # one shared answer for the usual case: it is frozen


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
# \1\1+ rather than \1{2,}: the same matches, and the engine gives up sooner where a letter
# is not repeated, which is almost everywhere.
_REPEATS = re.compile(r"([a-z])\1\1+")
_SPACES = re.compile(r"[ \t\r\f\v]+")
# Verbs whose g texting drops ("killin", "thinkin"). Only words that are nothing else once
# the g is gone: "begin", "skin" and "cabin" are never touched.
# fmt: off
_DROPPED_G = (
    "kill", "end", "go", "think", "try", "do", "feel", "liv", "dy", "want", "cutt",
    "hurt", "tak", "hav", "plann", "say", "look", "gett", "keep", "sitt", "stay", "jump", "driv",
    "walk", "noth", "someth", "anyth", "everyth", "wak", "sleep", "cry", "start", "stopp", "wait",
    "talk", "harm", "burn", "hang", "sav", "hid", "fall", "com", "giv", "leav", "writ", "count",
    "stash", "hoard", "overdos", "imagin", "pictur", "wish", "hop", "pray", "shoot", "stabb",
    "hitt", "punch", "bleed", "los", "fight", "struggl", "breath", "gasp", "chok", "shak",
    "faint", "pass", "see", "hear", "tell", "swallow", "drown", "drink",
)
# fmt: on
# One pass over the text with a lookup, not one pass per contraction: normalising is the
# part of `assess` that touches every character of a long message.
_WORD_SUB_MAP: dict[str, str] = {
    "wanna": "want to",
    "gonna": "going to",
    "gotta": "got to",
    "tryna": "trying to",
    "wana": "want to",
    "gona": "going to",
    "i am": "im",
    "i will": "ill",
    "i would": "id",
    "cannot": "cant",
    # A polite hedge on a symptom: "i cant seem to get my breath".
    "cant seem to": "cant",
    "cannot seem to": "cant",
    "couldnt seem to": "couldnt",
    "can not": "cant",
    "cnt": "cant",
    "do not": "dont",
    "does not": "doesnt",
    "did not": "didnt",
    "will not": "wont",
    "could not": "couldnt",
    "would not": "wouldnt",
    "have not": "havent",
    "has not": "hasnt",
    "is not": "isnt",
    "was not": "wasnt",
    "are not": "arent",
    "u": "you",
    "ur": "your",
    "e r": "er",
    "b p": "bp",
    # English learnt from Spanish or Portuguese (respirar): "i cannot respire good".
    "respire": "breathe",
    "respirate": "breathe",
    "respiring": "breathing",
    # Texting drops the g: "thinkin about killin myself".
    **{f"{stem}in": f"{stem}ing" for stem in _DROPPED_G},
    "agian": "again",
    "agan": "again",
    "myslef": "myself",
    "mysefl": "myself",
    "myslf": "myself",
    "mysef": "myself",
    "meself": "myself",
    "sucide": "suicide",
    "suicde": "suicide",
    "suiside": "suicide",
    "sucidal": "suicidal",
    "suicdal": "suicidal",
    "kil": "kill",
    "kiled": "killed",
    "kiling": "killing",
    "dieing": "dying",
    "tonite": "tonight",
    "2nite": "tonight",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "tomoro": "tomorrow",
    "tomorow": "tomorrow",
    "2moro": "tomorrow",
    "wat": "what",
    "wot": "what",
    "wats": "whats",
    "no1": "no one",
    "every1": "everyone",
    "any1": "anyone",
    "some1": "someone",
    "ppl": "people",
    "b4": "before",
    "imma": "im going to",
    "ima": "im going to",
    "gunna": "going to",
    # "a bout of flu" stays; "thinkin bout" is "about"
    "thinking bout": "thinking about",
    "think bout": "think about",
    "thought bout": "thought about",
    "thinkin bout": "thinking about",
    "talking bout": "talking about",
    "talkin bout": "talking about",
    "lyin": "lying",
    "abt": "about",
    # "my chest's been aching", "throat's closing", "everything's warped": once the
    # apostrophe is gone the 's glues to the word. These words are almost never plural in a
    # message about oneself, so the bare word is what was meant.
    "chests": "chest",
    "throats": "throat",
    "tongues": "tongue",
    "hearts": "heart",
    "breathings": "breathing",
    "bps": "bp",
    "pressures": "pressure",
    "everythings": "everything",
    "idk": "i dont know",
    "idek": "i dont even know",
    "dunno": "dont know",
    "shant": "wont",
    "shall not": "wont",
}


def _trie_pattern(words: frozenset[str]) -> str:
    """One alternation shaped as a trie: the regex engine then reads each character once."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


# One pass with a lookup; the keys as a trie, so the engine reads each character once.
_WORD_SUBS = re.compile(r"\b(?:" + _trie_pattern(frozenset(_WORD_SUB_MAP)) + r")\b")


def _normalise(text: object) -> str:
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    text = unicodedata.normalize("NFKC", text[:_MAX_CHARS]).casefold()
    # Most messages are printable ASCII with no apostrophe or hyphen; a cheap look for the
    # characters a step changes skips the steps that would change nothing.
    is_ascii = text.isascii()
    if not text.isprintable():  # every invisible and control character is unprintable
        text = _INVISIBLE.sub("", text)
        text = _CONTROL.sub(" ", text)
    if not is_ascii or "'" in text or "`" in text:
        text = _APOSTROPHES.sub("", text)
    text = text.replace("e.r.", "er").replace("a&e", "er")
    if not is_ascii or "-" in text or "_" in text:
        text = _LETTER_HYPHEN.sub(" ", text)
    if _REPEATS.search(text):
        text = _REPEATS.sub(r"\1\1", text)
    if "  " in text or "\t" in text:  # the other spaces _SPACES folds were controls, gone now
        text = _SPACES.sub(" ", text)
    text = _WORD_SUBS.sub(lambda m: _WORD_SUB_MAP[m.group(0)], text)
    if "(me)" in text:
        text = _third_person_self(text)
    return text


# "she (me) is tired. she wants to stop existing": a writer who speaks of herself as "she"
# and says so. That pronoun is then the writer all through the message.
_SELF_AS_OTHER = re.compile(r"\b(she|he|they) \(me\)")
_AS_FIRST_PERSON = {
    "she": {"she": "i", "shes": "im", "her": "my", "herself": "myself", "hers": "mine"},
    "he": {"he": "i", "hes": "im", "his": "my", "him": "me", "himself": "myself"},
    "they": {"they": "i", "theyre": "im", "their": "my", "them": "me", "themselves": "myself"},
}


def _third_person_self(text: str) -> str:
    said = _SELF_AS_OTHER.search(text)
    if said is None:
        return text
    forms = _AS_FIRST_PERSON[said.group(1)]
    text = _SELF_AS_OTHER.sub(lambda m: m.group(1), text)
    return re.sub(r"\b(?:" + "|".join(forms) + r")\b", lambda m: forms[m.group(0)], text)


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
    r"|woman|boys|girls|toddlers?|infants?|newborns?|teens?|teenagers?)"
)
_OTHERS = (
    rf"(?:him|her(?!\s+(?:feelings|pride|chances|ego|back|knee|leg|arm))|them|someone|somebody"
    rf"|anyone|anybody|people|everyone|everybody|others|(?:my|the|that|this|our) {_PEOPLE}\b"
    rf"(?!s?\s+(?:feelings|pride|chances|ego|plans|plants|car|phone|vibe)))\b"
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
    r"|(?:its|it has|has it|its now) been (?:\d+|an?|a few|several|many|two|three|four|five"
    r"|six) ?(?:hours?|hrs?|days?)"
    r"|since|all day|all night|right now|now|ongoing|wont stop|constant\w*|continu\w*|nonstop"
    r"|non stop|cant stop|rn|for (?:hours|days|ages)|(?:been|its been) like (?:this|that))\b"
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
    r"|right now|rn|yesterday|after my|after the|after todays)\b"
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
    r"|sure if|even know|mind)\b"
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


# --------------------------------------------------------------------------------------------
# Needed strings. A rule is a long alternation that the regex engine tries at every position
# of a sentence, and most sentences it is tried on hold no match. So each pattern gets, on
# first use, a set of plain strings of which every match needs one in the sentence, read off
# the parsed pattern so it cannot drift from the rule; a sentence holding none of them is
# skipped, which is many times cheaper than running the rule. A skipped sentence is one where
# the pattern would find nothing, so no answer changes. A pattern whose strings cannot be
# read (one alternative is a bare `\w+`) is never skipped. A concept checks its own strings
# (_may_match); a level's rules share one pass over the sentence (_Screen).

# Every string an element can match, when that set is known and small; else None.
_Exact = frozenset[str] | None
# Strings of which every match of an element needs one in the sentence; None for no need.
_Needed = frozenset[str] | None

_NOTHING: frozenset[str] = frozenset({""})
# Joining alternatives multiplies the strings; past this a set is not worth keeping.
_MAX_STRINGS = 16


def _join(heads: frozenset[str], tails: frozenset[str]) -> _Exact:
    if len(heads) * len(tails) > _MAX_STRINGS:
        return None
    return frozenset(head + tail for head in heads for tail in tails)


def _strongest(options: list[_Needed]) -> _Needed:
    """The set whose shortest string is longest, the rarest in text; the smaller on a tie."""
    usable = [option for option in options if option and "" not in option]
    if not usable:
        return None
    return max(usable, key=lambda option: (min(map(len, option)), -len(option)))


def _class_chars(items: list[tuple[Any, Any]]) -> _Exact:
    chars: set[str] = set()
    for op, av in items:
        if op is _sre.LITERAL:
            chars.add(chr(av))
        elif op is _sre.RANGE and av[1] - av[0] < 16:
            chars.update(map(chr, range(av[0], av[1] + 1)))
        else:
            return None  # a negated class or a category such as \w
    return frozenset(chars)


def _read_sequence(items: _sre_parser.SubPattern) -> tuple[_Exact, _Needed]:
    """(exact, needed) of a run of regex elements that match one after another."""
    exact: _Exact = _NOTHING
    run = _NOTHING  # the known text just before the current element
    options: list[_Needed] = []
    for item_exact, item_needed, item_ends in _read_elements(items):
        options.append(item_needed)
        exact = None if exact is None or item_exact is None else _join(exact, item_exact)
        if item_exact is not None and (joined := _join(run, item_exact)) is not None:
            run = joined
            continue
        # The known text stops here; an element repeated at least once still opens (and
        # closes) with text of its own.
        options.append(_join(run, item_ends) or run if item_ends else run)
        run = item_ends or _NOTHING
    options.append(run)
    return exact, _strongest(options)


def _read_elements(items: _sre_parser.SubPattern) -> Iterator[tuple[_Exact, _Needed, _Exact]]:
    """Each element read in turn; plain characters in a row are read as one string."""
    text = ""
    for op, av in items:
        if op is _sre.LITERAL:
            text += chr(av)
            continue
        if text:
            yield frozenset({text}), frozenset({text}), frozenset({text})
            text = ""
        yield _read_element(op, av)
    if text:
        yield frozenset({text}), frozenset({text}), frozenset({text})


def _read_element(op: Any, av: Any) -> tuple[_Exact, _Needed, _Exact]:
    """(exact, needed, ends): `ends` are strings every match both starts and ends with."""
    if op is _sre.IN:
        chars = _class_chars(av)
        return chars, chars, chars
    if op is _sre.AT:
        return _NOTHING, None, None  # \b, ^ and $ take no text
    if op is _sre.SUBPATTERN:
        _group, add_flags, _del_flags, items = av
        if add_flags & re.IGNORECASE:
            return None, None, None
        exact, needed = _read_sequence(items)
        return exact, needed, exact
    if op is _sre.BRANCH:
        read = [_read_sequence(alternative) for alternative in av[1]]
        exacts = [exact for exact, _ in read]
        neededs = [needed for _, needed in read]
        exact = None if None in exacts else frozenset().union(*exacts)
        needed = None if None in neededs else frozenset().union(*neededs)
        return exact, needed, exact
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        low, high, items = av
        exact, needed = _read_sequence(items)
        if low == 0:
            return (exact | _NOTHING if exact is not None and high == 1 else None), None, None
        return (exact if high == 1 else None), needed, exact
    if op is _sre.ASSERT:
        # A lookahead or lookbehind takes no text but needs its text in the sentence.
        return _NOTHING, _read_sequence(av[1])[1], None
    if op is _sre.ASSERT_NOT:
        return _NOTHING, None, None
    return None, None, None  # \w, ., a back reference: nothing known


def _needed_strings(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings of which every match of `pattern` needs one in the sentence; None if unknown."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        _exact, needed = _read_sequence(_sre_parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # Python's own parser, and private: should it change, run the rule
        return None
    if needed is None or min(map(len, needed)) < 2:
        return None  # a one-letter string is in nearly every sentence: not worth a search
    return needed


def _literal_gate(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A regex that finds one of the strings `pattern` cannot match without, or None."""
    needed = _needed_strings(pattern)
    return None if needed is None else re.compile(_trie_pattern(needed))


# Each pattern's gate, built on first use: building them all at import would take longer
# than importing the rest of the module, and most messages need only a few. Keyed by id(),
# as hashing a compiled pattern hashes all its code; the entry keeps the pattern alive, so
# the id cannot be reused.
_GATES: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}


def _may_match(pattern: re.Pattern[str], sentence: str) -> bool:
    """False only when `pattern` cannot match anywhere in `sentence`."""
    entry = _GATES.get(id(pattern))
    if entry is None or entry[0] is not pattern:
        entry = _GATES[id(pattern)] = (pattern, _literal_gate(pattern))
    gate = entry[1]
    return gate is None or gate.search(sentence) is not None


class _Screen:
    """Which of many patterns could match a sentence, found in one pass over it.

    A level's rules are all tried on each of its sentences, and one gate after another would
    read the sentence once per rule: this puts every rule's needed strings in one trie, run
    inside a lookahead at each position (as the anchor scan is, so strings that overlap are
    all seen), and reads the sentence once.
    """

    def __init__(self, patterns: list[re.Pattern[str]]) -> None:
        self.always = 0  # bits of the patterns with no needed strings: always tried
        owners: dict[str, int] = {}  # needed string -> bits of the patterns that need it
        for bit, pattern in enumerate(patterns):
            needed = _needed_strings(pattern)
            if needed is None:
                self.always |= 1 << bit
            for text in needed or ():
                owners[text] = owners.get(text, 0) | 1 << bit
        # The trie reports the longest string at a position; the others there are prefixes
        # of it, so each string stands for its prefixes' patterns too.
        self.owners_at: dict[str, int] = {}
        for text in owners:
            bits = 0
            for end in range(1, len(text) + 1):
                bits |= owners.get(text[:end], 0)
            self.owners_at[text] = bits
        pattern = "(?=(" + _trie_pattern(frozenset(owners)) + "))"
        self.scan = re.compile(pattern) if owners else None

    def candidates(self, sentence: str) -> int:
        """Bits of the patterns that could match somewhere in `sentence`."""
        bits = self.always
        if self.scan is not None:
            for text in self.scan.findall(sentence):
                bits |= self.owners_at[text]
        return bits


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
    r"|happening (?:to me )?(?:right )?now|right now)\b"
)


def _general_question(sentence: str, m: re.Match[str], text: str) -> bool:
    return _is_general_question(sentence) and not _OWN_SYMPTOM.search(text)


_HYPOTHETICAL = re.compile(
    r"\b(?:what if|in case|incase|what happens if|is it (?:normal|common|possible|dangerous"
    r"|safe|bad|ok|okay|likely|usual) (?:to|for)|(?:can|could|does|do|will|would|might|may)"
    r" (?:ketamine|it|this|the (?:infusion|treatment|medicine|drug)|infusions|people|patients"
    r"|some people|you|anyone|someone)|(?:what|how) (?:should|do|would|can|could) i do if i"
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
    if _OWN_SYMPTOM.search(text):
        return False  # "can ketamine cause hives? they started an hour ago"
    prefix = _prefix(sentence, m)
    if _POLITE_AFRAID.search(prefix + m.group(0)):
        return False  # "im afraid i fainted again": the polite way to report, not a worry
    return bool(_HYPOTHETICAL.search(prefix))


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
    return not (
        _PERSISTS.search(sentence)
        or _ONGOING_SUBJECT.search(_prefix(sentence, m))
        or _OWN_SYMPTOM.search(text)
    )


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
    if _STIFLING.search(sentence):
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
_DRINK = re.compile(
    r"\b(?:pints?|beers?|drinks|shots|glasses of (?:wine|prosecco|whisky)|bottles? of wine"
    r"|drunk|tipsy|hammered|wasted|pissed|sloshed)\b"
)

_SOBER = re.compile(
    r"\b(?:sober|(?:not|never|havent|hadnt|wasnt|no|without) (?:\w+ )?(?:been )?(?:drunk|drinking"
    r"|drinks|had a drink|alcohol))\b"
)


def _momentary_or_drink(sentence: str, m: re.Match[str], text: str) -> bool:
    if _MOMENTARY_AFTER.match(_after(sentence, m)):
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
    r"|caesarean|c section)\b"
)
# "cut my leg on a rock", "cut myself on the tin": struck by something, not turned on;
# "cut myself some slack", "cut myself off from people": idioms.
_STRUCK_BY = re.compile(
    r"^\s*(?:(?:\w+ )?(?:on|against|with) (?:a|an|the|some|that|this|my|our) (?:\w+ )?"
    r"(?:rocks?|stones?|tins?|cans?|lids?|doors?|fence|wire|nails?|edges?|corners?|branch\w*"
    r"|thorns?|brambles?|metal|sheet|frame|trampoline|table|shelf|railings?|gate|bike|pedals?"
    r"|chain|tiles?|shells?|coral|paper|box|bin|saw|tools?|hedge|bush|window|fall|accident"
    r"|drawer|cupboard|car|ladder|step|stairs)\b|(?:some |a bit of )?"
    r"(?:slack|a break|off|short|loose|free|out of|a deal|a slice|a piece|in on)\b)"
)
_BLADE_NAMED = re.compile(r"\b(?:blade|razor|knife|scissors|glass|sharpener|compass)\b")
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
    r"|musical|reality tv|camping)\b"
)
_DISAPPEAR_INTO = re.compile(
    r"^\s*(?:under|into|in|to|for (?:a (?:bit|while|day|week|few)|the (?:day|weekend|week))"
    r"|from (?:work|the office|the party|social media|the group)|off (?:grid|social))\b"
)


def _die_figure(sentence: str, m: re.Match[str], text: str) -> bool:
    after = _after(sentence, m)
    if m.group(0).endswith("disappear") and _DISAPPEAR_INTO.match(after):
        return True
    return "rather" in m.group(0) and bool(_RATHER_THAN_CHORE.match(after))


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
        and not _METHOD_ASKED.search(sentence)
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


def _overdose_question(sentence: str, m: re.Match[str], text: str) -> bool:
    """'is there a risk of overdose with the infusion?' asks about safety."""
    if _generic_overdose_question(sentence, m):
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


def _signs_asked(sentence: str, m: re.Match[str], text: str) -> bool:
    """'what are the signs of a stroke i should watch for?' asks what to look out for."""
    return (
        m.group(0).startswith(("signs", "symptoms"))
        and (_is_question(sentence) or sentence.rstrip().endswith("?"))
        and not _OWN_SYMPTOM.search(text)
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


# --------------------------------------------------------------------------------------------
# Vocabulary for the broader crisis categories below (after the C-SSRS: wish to be dead,
# active thoughts, method, intent, plan, preparatory acts; non-suicidal self-injury;
# thoughts of harming others).

_BODY = (
    r"(?:arms?|wrists?|legs?|thighs?|skin|stomach|belly|hands?|face|head|hips?|ankles?"
    r"|chest|body|shoulders?|forearms?|knuckles|fingers?|feet|foot|neck|ribs)"
)
_NSSI_VERB = (
    r"(?:cut|cuts|cutting|burn|burns|burned|burnt|burning|hit|hits|hitting|punch\w*"
    r"|scratch\w*|bang\w*|slam\w*|bit|bite|biting|carv\w*|stab\w*|pinch\w*|bruis\w*|slap\w*"
    r"|whip\w*|beat|beating|pick\w*|goug\w*|scald\w*|smash\w*|slash\w*)"
)
_NSSI_TOOL = (
    r"(?:lighter|cigarettes?|cig|razors?|blades?|knife|knives|scissors|match|matches|compass"
    r"|broken glass|safety pin|needles?|pencil sharpener|sharpener|hot iron|boiling water)"
)
_NSSI_CUE = (
    r"(?:on purpose|deliberately|intentionally|to feel (?:something|anything|real|alive|in"
    r" control|the pain)|to (?:punish|hurt) (?:my ?self|me)|as (?:a )?punishment|(?:until|till|til)"
    r" (?:it|i|they|the skin|my \w+) (?:bled|bleed|bleeds|was bleeding|were bleeding|bruised"
    r"|blistered|went numb|broke)|(?:because|cause|coz|cuz) i deserved? it|to (?:cope|numb"
    r" (?:it|the pain|myself)|calm (?:myself )?down|release (?:it|the pain|the pressure))"
    r"|so i (?:could|would|can) feel)"
)
_PILLS = (
    r"(?:pills|meds|medications?|medicines?|tablets|sleeping pills|sleepers|painkillers"
    r"|opioids|oxy\w*|benzos|xanax|valium|ambien|zopiclone|zolpidem|trazodone|seroquel"
    r"|quetiapine|lithium|insulin|prescriptions?|tylenol|paracetamol|acetaminophen"
    r"|ibuprofen|advil|antidepressants)"
)
_DEATH_CONTEXT = re.compile(
    r"\b(?:die|dying|dead|death|suicid\w*|kill\w*|end (?:it|things|my life|everything)"
    r"|overdos\w*|od|pills|rope|noose|gun|bridge|jump\w*|goodbyes?|alive|burden|hopeless"
    r"|worthless|no point|nothing left|better off|funeral|wont be here|wont be around"
    r"|not be here|pain to stop|unaliv\w*|done fighting|tired of fighting|cant fight"
    r" (?:it )?any ?more|give up|giving up)\b"
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
    return bool(_FAREWELL_BENIGN.search(sentence))


_GIVING_BENIGN = re.compile(
    r"\b(?:charity|charities|goodwill|thrift|salvation army|oxfam|donat\w*|declutter\w*"
    r"|spring clean\w*|moving|move|downsiz\w*|outgrown|old clothes|baby clothes|car boot"
    r"|yard sale|garage sale|marie kondo|too small|dont fit|no longer fit|allerg\w*|landlord"
    r"|new (?:flat|apartment|house|place))\b"
)


def _giving_benign(sentence: str, m: re.Match[str], text: str) -> bool:
    """Giving old clothes to charity is tidying, not a farewell."""
    return bool(_GIVING_BENIGN.search(text))


_MEANS_BENIGN = re.compile(
    r"\bfor (?:the )?(?:camping|hunting|climbing|boat\w*|garden\w*|tent|dog|range|shed"
    r"|work|protection|self defen\w*|target|sport|hammock|swing|washing line|clothes line"
    r"|bbq|barbecue|grill|balloons?|party|crafts?)\b|\b(?:balloons?|birthday|party|camping"
    r"|hunting|shooting range|gun range|sailing|climbing|grill|bbq|barbecue|mice|mouse|rats"
    r"|pests?|slugs|weeds|wasps|ants|roaches|garden|trailer|firewood|hay|bales?|tarp"
    r"|kayak|canoe|roof rack)\b"
)


def _means_benign(sentence: str, m: re.Match[str], text: str) -> bool:
    """Rope for the tent, helium for the party balloons, a gun for the range."""
    return bool(_MEANS_BENIGN.search(sentence))


_AS_PRESCRIBED = re.compile(
    r"\b(?:as (?:usual|prescribed|directed|normal|always)|on time|with (?:breakfast|lunch"
    r"|dinner|food|water|a meal)|like (?:normal|usual|always|i should|im supposed to)"
    r"|remembered|forgot|morning meds|evening meds|night meds|this morning|each day|every day"
    r"|daily|(?:pill|weekly|daily) (?:organi[sz]er|box|case)|dosette|so i dont forget"
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
    r"|fresh air|carols|baking|shopping|online shopping|episodes|series|season \d+)"
)
_HARMLESS_OVERDOSE = re.compile(
    r"\b(?:overdos\w*|over dos\w*|odd|od|oding|oded|lethal dose|fatal dose|(?:a|the) dose)"
    r" (?:on|of|from) (?:\w+ )?(?:too much )?" + _HARMLESS_THING + r"\b"
    r"|\b" + _HARMLESS_THING + r" (?:\w+ )?(?:overdos\w*|od)\b"
)


def _harmless_after(sentence: str, m: re.Match[str], text: str) -> bool:
    """'a lethal dose of caffeine', 'overdosed on coffee', 'how long does it take to die down'."""
    if _HARMLESS_AFTER.match(_after(sentence, m)):
        return True
    for overdose in _HARMLESS_OVERDOSE.finditer(sentence):
        if overdose.start() <= m.end() and m.start() <= overdose.end():
            return True
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


_POSSESSIONS = (
    r"(?:stuff|things|belongings|possessions|clothes|books|jewel\w*|guitar|records|vinyl"
    r"|collection|savings|pets?|cat|cats|dog|dogs|plants|art|games|furniture|paintings|photos"
    r"|watch|ring|tools)"
)
# Lighters and blades pressed to the skin; razors alone are too often shaving.
_BURN_TOOL = (
    r"(?:lighter|cigarettes?|cig|match|matches|hot iron|boiling water|blade|blades|razor blade"
    r"|broken glass|compass|safety pin)"
)
_NOT_NEG_WORD = (
    r"(?!(?:didnt|wasnt|hadnt|never|wouldnt|doesnt|dont|isnt|arent|not|wont|cant|shouldnt"
    r"|hasnt|havent|werent)\b)\w+"
)


def _rule(
    level: SafetyLevel,
    kind: str,
    pattern: str,
    *guards: Guard,
    negatable: bool = False,
) -> _Rule:
    return _Rule(level, kind, re.compile(pattern), negatable, guards)


# "throwing my laptop off a bridge" is temper at a thing, not a threat to a person.
_THINGS = (
    r"(?:phone|laptop|computer|pc|tv|telly|printer|alarm|clock|alarm clock|car|bike|keys|bag"
    r"|tablet|ipad|kindle|headphones|router|modem|monitor|screen|scales?|charger|remote"
    r"|controller|console|xbox|playstation|stuff|things|books?|work|mug|cup|glass|plate"
    r"|pillow|desk|chair|fan|kettle|toaster|microwave|fridge|washing machine|mattress|bed"
    r"|vase|bin|lamp|mouse|keyboard|wifi|cpap|mask|machine|watch|fitbit|diary)"
)
_NOT_A_THING = r"(?!" + _THINGS + r"\b)\w+"

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
        _said_by_other,
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
        r"|burn(?:ing|ed|t)?|punish(?:ing)?|suffocat\w*|injur\w*|hit(?:ting)?|punch(?:ing|ed)?"
        r"|scratch(?:ing|ed)?|bit|bite|biting|slap(?:ping|ped)?|bruis\w*|carv\w*|bang(?:ing|ed)?"
        r"|strangl\w*|chok(?:e|ing|ed)|smother\w*|stab(?:bing|bed)?|mutilat\w*)"
        r" (?:my ?self|themselves|himself|herself)\b",
        _accidental,
        _other_then_well,
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
        _end_early,
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
        r"|\b(?:tired|sick|done) (?:of|with) (?:living|life|being alive|existing(?! on\b)|it all)\b"
        r"(?! for (?:today|tonight|the (?:day|night|week|weekend)|now|this week))"
        r"|\bdone living\b|\b(?:life|living) (?:isnt|is not|aint|not) worth\b|\bnot worth living\b"
        r"|\b(?:no|whats the|what is the|dont see the|lost the) (?:point|reason) (?:in |of |to )?"
        r"(?:living|live|going on|being alive|being here|life|anything anymore|it all|carry on)\b"
        r"|\bnothing (?:left )?to live for\b|\bno (?:will|reason|desire) to live\b"
        # "no wish to carry on", "lost all will to go on", "i not want to live more"
        r"|\b(?:no|not any|not much|lost (?:the|my|all)|lost all|zero) (?:real |more |longer )?"
        r"(?:wish|desire|will|want|reason|intention|interest) (?:left )?to (?:live|carry on|go"
        r" on|keep going|continue|keep living|be alive|wake up|be here|exist|keep fighting)\b"
        r"(?! (?:a|an|the|to|at|with|holiday|vacation|walks?|my|our|this|that|working|trying))"
        r"|\bi (?:not|no) (?:want|wanna|wish|like) (?:to )?(?:live|be alive|exist|go on|carry on"
        r"|continue|wake up)\b"
        r"|\b(?:i (?:\w+ )?(?:want|wanna|going to|will|think to|wish to|need to|try to|tried to)"
        r"|ill|im going to|id like to) (?:to )?(?:kill|hurt|end|harm|cut) me\b"
        r"|\b(?:wont|not going to|dont plan to|dont intend to) (?:be )?(?:trouble|bother|burden"
        r"|troubling|bothering|burdening|a (?:trouble|bother|burden) to) (?:\w+ )?(?:much|for"
        r" much|for) longer\b"
        r"|\b(?:no|any) (?:point|reason) (?:in |to )?(?:keep|keeping) (?:living|going|on)\b"
        r"|\bno point (?:anymore|any more|in anything)\b"
        r"|\b(?:no|whats the|what is the|dont see the|lost the) point (?:in |of |to )?(?:any of"
        r" (?:it|this)|anything|any of this anymore)\b"
        r"|\b(?:im|i am|so) done with (?:everything|it all|life|living)\b(?! for)"
        r"|\bcant (?:go on(?! (?:the|a|an|my|that|this|holiday|vacation|trips?|rides?|tour|line"
        r"|about|with (?:the|my|this)|social|twitter|facebook|leave|strike)\b)|keep going"
        r"|do this anymore|take (?:it|this) anymore|live like this|keep living)\b"
        r"|\bgiv(?:e|ing|en) up on (?:life|living|everything)\b"
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
        r" (?:end|be over|stop)\b(?! (?:so|soon|with|already|before|by|quickly|because|cause|cuz"
        r"|for (?:the|today|tonight|now)))"
        r"|\b(?:wish|want)(?: i could| to)? (?:just )?(?:go to )?sleep forever\b"
        r"|\bnot be around (?:much longer|for long|anymore)\b|\bwont be (?:around|here)"
        r" (?:much longer|for long|tomorrow|anymore|by)\b",
        _die_idiom,
        _die_figure,
        _waking_at_time,
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
        # "when i was 12" is a memory: was/were need what follows.
        r"|\b(?:if|when|once|after) (?:i|im) (?:(?:was|were|am) (?:\w+ )?(?:gone|dead|not here"
        r"|not around|no longer here|no longer around)|(?:wasnt|werent) (?:here|around)|died"
        r"|dead|gone|disappeared|not here|not around|no longer here)(?: anymore)?\b"
        r"|\b(?:no ?one|nobody|noone) (?:would|will|will even|would even) (?:miss|notice|care"
        r" if|care when)\b"
        r"|\b(?:im|i feel|feel like|feel like im|being|am|such|just) (?:such |a |just |so )*"
        r"(?:a )?(?:huge |big |total )?burden\b",
        _burden_asking,
        lambda s, m, t: bool(_SHORT_ABSENCE.search(s) or _MISSED_AT.match(_after(s, m))),
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
        _patients_overdose,
        _means_benign,
        _as_prescribed,
        _harmless_after,
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
        _cut_struck,
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
    # ---- Wish to be dead, said without the word "die" (C-SSRS item 1).
    _rule(
        _C,
        "wish_not_exist",
        r"\b(?:if|when|once) i (?:just |simply |finally |quietly |could just |could )?"
        r"(?:(?:didnt|did not|wasnt|werent|was not|were not|no longer|stopped|never|dont|cease"
        r" to) (?:exist\w*|alive|breathing|born|wake up|woke up|waking up|in the picture"
        r"|in (?:this|the) world|on this earth|be here|here anymore|around anymore)"
        r"|(?:died|disappeared|vanished|passed away|ended it|killed myself|stopped existing"
        r"|stopped breathing|went to sleep forever|never woke up))\b"
        r"|\b(?:wouldnt|would not|dont|do not|didnt) (?:really |even |honestly )?mind if i"
        r" (?:just )?(?:never|didnt|did not|dont|wouldnt) (?:wake|woke|waking)\b"
        r"|\b(?:dont|do not|didnt|never|wouldnt|would not|no longer) (?:really |even |honestly )?"
        r"(?:care|mind) (?:if|whether|that|about) (?:i )?(?:live or die|live|die|died|dying"
        r"|being dead|survive|(?:dont|didnt|never|wouldnt) wake up|get hit|got hit"
        r"|not waking up)\b(?! (?:down|off|out|of (?:laughter|embarrassment|boredom|shame)))"
        r"|\b(?:hope|hoping|wish|wishing|pray|praying|hopefully|maybe) (?:that )?(?:i|something"
        r"|someone|somebody|a (?:car|bus|truck|train)|god|the (?:cancer|plane|car|illness"
        r"|disease|universe)) (?:(?:gets? |got )?(?:hit by|run over|killed)|(?:just |would"
        r" |will |could )?(?:kill|kills|take|takes|hit|hits) me(?! home| to| out| back| with"
        r"| for| away| up| off| down| through| there)|(?:just |would |will |finally )?"
        r"(?:die|dies|died)(?! down| off| out| of (?:laughter|embarrassment|boredom|shame"
        r"|cringe|cuteness))|crash\w*|gets? cancer|(?:dont|wont|never|doesnt) (?:wake|make it"
        r" through the night|survive|come back))\b"
        r"|\b(?:dont|do not|cant|cannot|can no longer|no longer|really dont) (?:see|picture"
        r"|imagine|envision) (?:myself|me) (?:\w+ ){0,2}(?:being (?:around|alive)|being here"
        r"(?! in| at| with| for)|around (?:much|for|next|by|anymore|in a)|alive|surviv\w*"
        r"|lasting (?:much|long|another)|growing old|getting old|here (?:much|for long|next"
        r"|anymore)|living (?:much longer|for much|past|anymore|another))\b"
        r"|\b(?:wont|will not|not going to|dont think ill|dont think i will|probably wont"
        r"|might not) be alive\b"
        r"|\b(?:dying|death|being dead|not waking up|not being here|not existing|never waking"
        r" up|if i died|if i was dead|ending it all|an end to (?:it all|my life|everything))"
        r" (?:would|will|could|might|seems|sounds|feels|is|would just)? ?(?:honestly |really |just"
        r" |probably |actually |truly )?(?:be |feel |feel like"
        r" |sound like |seem like |look like )?(?:such |so |a |the |like a )*(?:relief|mercy"
        r"|blessing|release|peaceful|peace|welcome|easier|easy way out|bliss|freedom|escape"
        r"|answer|only way out|way out|best option|only option)\b"
        r"|\b(?:welcome|welcoming|long for|longing for|crave|craving|wish for|wishing for"
        r"|pray for|praying for|look forward to|looking forward to|cant wait for|envy|jealous"
        r" of|fantasi[sz]\w* about|romantici[sz]\w*) (?:the )?(?:death|dying|being dead|the dead"
        r"|people who (?:die|died|are dead)|sweet release|eternal sleep|my (?:own )?death"
        r"|my (?:own )?funeral|not waking up|not existing|not being here)\b"
        r"|\b(?:whats|what is|wheres|where is|is there|theres|there is|no|zero|dont see|cant"
        r" see|lost|dont see any|dont know the|what even is the) (?:even )?(?:the |any |a |even a"
        r" |real )?"
        r"(?:point|reason|purpose|use|sense) (?:in |of |to |for )?(?:me )?(?:(?:staying|stay"
        r"|being|be|remaining) (?:alive|here anymore|on this earth|in this world)|keep(?:ing)?"
        r" (?:going|living|trying|fighting|on|breathing|existing)(?! with| to| the| at| for)"
        r"|go(?:ing)? on(?! with| to| the| at| for| about| holiday| vacation| a)"
        r"|carry(?:ing)? on(?! with| to| the| at| for)|continu\w* (?:living|on|anymore)"
        r"|exist|existing|waking up(?! early| at| before| for| so| in)|wake up(?! early| at"
        r"| before| for| so| in)|(?:even )?trying anymore|fighting anymore|surviving|breathing"
        r"|any of (?:it|this) anymore|my life|life anymore|living anymore)\b"
        r"|\bwhy (?:should i |do i |would i |even |do i even |should i even )?(?:bother"
        r" )?(?:with )?(?:living|staying alive|stay alive|being alive|go on|going on|keep going"
        r"|keep living|exist|existing|keep breathing)\b(?! to| with| for| at| back| the| there"
        r"| out| in| about)"
        r"|\bwhy am i (?:even )?still (?:alive|breathing|on this earth|in this world)\b"
        r"|\b(?:no|zero|not a single|not one|not any) (?:reason|reasons|point|will|desire)"
        r" (?:left )?(?:to|for|in) (?:me to )?(?:live|living|go on|going on|stay alive|staying"
        r" alive|keep going|keep living|carry on|carrying on|continue living|exist|existing"
        r"|be alive|being alive|stay around|keep fighting|keep breathing|wake up|waking up)\b"
        # "no desire to go on a diet", "no reason to carry on with the course"
        r"(?! (?:early|at|before|for|with|to|in the|a|an|the|holiday|vacation|walks?|my|our"
        r"|this|that|working|trying|about))"
        r"|\b(?:want|wants|wanted|wanting|wish|need|needed|ready|just want|id like|would like"
        r"|longing|long|begging) (?:for )?(?:it all|everything|all of this|all this|life|my life"
        r"|this life) (?:to )?(?:end|stop|be over)(?: for good| forever| permanently| once and"
        r" for all)?\b(?! (?:soon|with|at|on|early|by|so|before|after|when|quickly|already"
        r"|being|getting|feeling|hurting|spinning))"
        r"|\b(?:make|want|need) (?:it|the pain|everything|this|it all|my pain) (?:all )?(?:to )?"
        r"(?:stop|end|go away) (?:for good|forever|permanently|once and for all)\b"
        r"|\b(?:disappear|vanish|fade away|cease to exist|stop existing|not exist)(?: \w+)?"
        r" (?:forever|for good|permanently|and never come back|off the face of the earth)\b"
        r"|\b(?:fall|drift|go|going|went) (?:asleep|to sleep) (?:and (?:stay asleep forever"
        r"|not wake|never wake|not come back)|permanently)\b"
        r"|\b(?:want|wanted|like|prefer|rather|hope|wish|praying|pray|would love)(?: to| that i"
        r"| i could| i would| i| i just)? (?:just )?(?:not|never|dont|wouldnt) (?:to )?"
        r"wake(?: up)?(?: again| ever| anymore| tomorrow)?\b(?! (?:up|early|at|before|for|until"
        r"|till|til|so|too|when|in time|on time|the|my|him|her|them|anyone|everyone|late|with"
        r"|during|if|in the|every|at night|tired|groggy|feeling))"
        r"|\bto (?:never wake up|not wake up (?:again|ever))\b"
        r"|\b(?:world|everyone|everybody|family|kids|they|people|all|life) (?:\w+ )?(?:would|will"
        r"|d) (?:all )?be (?:so much |much |a lot |way )?(?:better|better off|happier|easier"
        r"|fine|lighter) (?:off )?(?:if|when|once|with) (?:i|im|me) (?:was |were |am )?"
        r"(?:gone|dead|not here|not around|out of the (?:way|picture)|disappeared|died|never"
        r" born|didnt exist|wasnt here|wasnt around)\b"
        r"|\b(?:be|are|is) better off (?:if|when|once|after) (?:i|im) (?:just )?(?:die|died"
        r"|dead|gone|left for good|wasnt|werent|was gone|disappear|didnt|never)\b"
        r"|\b(?:my|their|everyones) li(?:fe|ves) would be (?:\w+ )?(?:better|easier) without"
        r" me\b"
        r"|\b(?:join|be with) (?:\w+ ){0,2}(?:in heaven|on the other side)\b"
        r"|\b(?:(?:see|is|theres|there is|no|the only|only) (?:no |one )?way out(?! is through"
        r"| of (?:bed|here|the|my|it|town|there))|(?:dont|cant|do not|cannot) see (?:a|any) way"
        r" out(?! of (?:bed|here|the|my|it|town|there)))\b"
        r"|\b(?:tired|sick|exhausted|weary) (?:of|from) (?:being alive|existing(?! on\b)|breathing"
        r"|waking up every day|fighting to stay alive|fighting to live|staying alive|being here)\b"
        r"|\b(?:thinking|thought|think|thoughts?) (?:a lot |constantly |all the time |often"
        r" |sometimes |again )?(?:about|of) (?:my (?:own )?funeral|not being alive|no longer"
        r" being here|not existing|disappearing forever|ending it all|ending (?:things"
        r"|everything|my life)|how (?:\w+ ){0,3}(?:better|easier) (?:it would be|things would"
        r" be|everyone would be) without me)\b",
        _die_idiom,
        _end_it_breakup,
        _crisis_general_question,
        _crisis_resolved,
        _crisis_negated,
        _waking_at_time,
    ),
    # ---- Active thoughts and intent in words that avoid "suicide" (items 2 and 4).
    _rule(
        _C,
        "active_ideation",
        r"\b(?:end|ending|ended|off|offing|offed|delete|deleting|erase|erasing|top|topping"
        r"|topped|unalive|unaliving) my ?self\b(?! up| off)"
        r"|\b(?:do|doing|did) my ?self in\b"
        r"|\b(?:take|taking|took) myself out of (?:the|this) (?:world|equation|picture)\b"
        r"|\b(?:should|could|might|will|ill|im going to|going to|just|wanna|want to|may|would"
        r"|gonna|id|i could|i should|i might|i will|to) (?:just )?(?:finally )?(?:end|stop)"
        r" (?:it|it all|things|everything|my life) (?:for good|forever|permanently|once and for"
        r" all|tonight|today|this weekend)\b"
        r"|\b(?:end|stop) (?:the|my) (?:pain|suffering) (?:for good|forever|permanently|once"
        r" and for all)\b"
        r"|\b(?:should|could|might|may|will|i could|i should|i might|ill|going to|gonna"
        r"|plan to|planning to|want to|wanna|decided to|thinking of|thinking about)"
        r" (?:just )?(?:finally )?end (?:it|it all|things|everything)\b(?! (?:here|there|early"
        r"|on a|with|between|at|for the|for today|for now|off|up|now thanks|soon with))"
        r"|\b(?:act|acting|acted|go|going|went) (?:on|through with) (?:the thoughts|these"
        r" thoughts|my thoughts|the urges|my urges|the suicidal \w+|what ive planned)\b",
        _end_it_breakup,
        _crisis_general_question,
        _crisis_resolved,
        _crisis_negated,
    ),
    # Words that are a plan or a farewell only when the message is about dying.
    _rule(
        _C,
        "intent_in_context",
        r"\b(?:act|acting|acted|go|going|went) (?:on|through with) (?:it|them|the plan|my plan)\b"
        r"|\b(?:tonight|today|tomorrow|this weekend|this)(?: is| will be|s) (?:the|my) (?:night"
        r"|day|end|time)\b(?! (?:of|for|to|off|out|with|before|after|i|we|in|at))"
        r"|\b(?:made up my mind|my mind is made up|no going back now|ive made my decision"
        r"|i have made my decision|ive made my choice|i have made my choice|at peace with"
        r" (?:my|the|this) (?:decision|choice)|decided its time)\b"
        r"|\b(?:going to|gonna|about to|ready to|plan to|planning to|decided to|will|ill"
        r"|finally going to) (?:finally )?do it (?:tonight|today|tomorrow|this weekend|soon"
        r"|when|after|before|once|while|for real|this time)\b"
        r"|\b(?:have|got|made|making|came up with|figured out|worked out|thought out|thought"
        r" through|settled on|decided on|picked|chose|chosen|set|know|researched) (?:a |the |my"
        r" |out )?(?:plan|method|date|how ill|how i will|how i would|how id|how to do it|when ill"
        r"|where ill|exactly how|how and when|when and how|where and when)\b(?! (?:for|to get"
        r"|to go|to see|to visit|to fix|with))"
        r"|\b(?:wrote|writing|write|made|making|updated|updating|finished|finishing|sorted"
        r"|sorting|signed|signing) (?:out )?(?:my |a )(?:will|living will)\b"
        r"|\b(?:im )?sorry for everything\b(?! (?:yesterday|last night|earlier|i said|ive said))",
        _no_death_context,
        _milestone,
        _crisis_general_question,
        _crisis_resolved,
        _crisis_negated,
    ),
    # ---- Method, means and preparatory acts (items 3 and 6).
    _rule(
        _C,
        "means_wide",
        r"\b(?:bought|buy|buying|got|get|getting|ordered|order|ordering|picked out|pick out"
        r"|tied|tying|tie|tested|testing|hid|hidden|hiding|stashed|loaded|loading|load|purchased"
        r"|researched) (?:myself )?(?:a |the |some |my |a length of |a bit of |enough )?"
        r"(?:rope|noose|gun|pistol|handgun|firearm|rifle|shotgun|bullets?|ammo|ammunition"
        r"|charcoal|helium|exit bag|tank of helium|nitrogen|cyanide|poison|rat poison"
        r"|antifreeze)\b"
        r"|\bexit bag\b|\brope (?:\w+ ){0,3}(?:beam|ceiling|rafters?|banister|bannister|closet"
        r" rod|door frame|doorframe|hook|loft hatch|tree branch)\b"
        r"|\b(?:load\w*|cock\w*|hold\w*|held|put|putting|point\w*|press\w*|aim\w*) (?:the |a |my"
        r" |his |dads |a loaded )?(?:gun|pistol|barrel|rifle) (?:to|at|against|in|into) (?:my )?"
        r"(?:head|mouth|temple|chest|chin|myself)\b"
        r"|\b(?:jump|jumping|jumped|leap|leaping|leapt|throw(?:ing)? myself|threw myself"
        r"|step|stepping|stepped|walk|walking|walked|fall|falling) (?:off|from) (?:\w+ ){0,3}"
        r"(?:bridge|building|roof|rooftop|balcony|cliff|ledge|overpass|tower|top floor|car park"
        r"|parking garage|multi ?storey|window)\b"
        r"|\b(?:jump|jumping|jumped|leap|leaping|leapt|throw(?:ing)? myself|threw myself"
        r"|step|stepping|stepped|walk|walking|walked|lie|lying|lay|lay down|run|running) (?:in"
        r" front of|onto|down on|into) (?:\w+ ){0,2}(?:train|bus|truck|lorry|car|traffic|tracks"
        r"|railway|subway|tube|oncoming|motorway|highway|freeway)\b"
        r"|\b(?:stood|standing|stand|sat|sitting|climbed|climbing) (?:\w+ )?(?:on|at|over|onto)"
        r" (?:the |a )?(?:edge|ledge|railing|railings|parapet) (?:of )?(?:the |a |my )?(?:bridge"
        r"|roof|building|cliff|balcony|platform|car park|overpass)\b"
        r"|\b(?:carbon monoxide|exhaust (?:pipe |fumes |hose )?(?:into|in) (?:the |my )?car"
        r"|(?:car|engine) running in the garage|hose (?:from|to) the exhaust)\b(?! (?:detector"
        r"|alarm|monitor|sensor|leak))"
        r"|\b(?:slash\w*|open\w*|cut\w*|slit\w*|carv\w*) (?:open )?(?:my |both )?(?:wrists?"
        r"|veins?)\b(?! (?:on|with|in|while|when) (?:a |the )?(?:glass|tin|can|paper|kitchen"
        r"|box))"
        r"|\b(?:how|what|which) (?:many|much|amount|dose|dosage) (?:of )?(?:\w+ ){0,5}(?:would"
        r"|does|will|do|is|to|should|could) (?:it )?(?:take|i need|i have to take|need|be"
        r" needed)? ?(?:to )?(?:kill (?:me|myself|a person|someone|you|an adult|a human)|die"
        r"|not wake up|never wake up|stop (?:my|your|a|the) heart|stop breathing|be (?:lethal"
        r"|fatal|deadly|enough to (?:die|kill|not wake|od|overdose|end it))|od|overdose|end it"
        r"|end things|end my life|do the job|sleep forever|make sure i dont wake)\b"
        r"(?! (?:down|off|out|tired|groggy|early|at|in|so|feeling|with|during))"
        r"|\b(?:would|does|will|did|could|might) it take (?:for me )?to (?:not wake up|never"
        r" wake up|stop (?:my|your|the) heart|stop breathing|be (?:lethal|fatal|deadly)|od"
        r"|overdose|end it|do the job|end things|end my life|die|kill (?:me|myself|a person"
        r"|someone|you))\b(?! (?:down|off|out|tired|groggy|early|at|in|so|feeling|with|during))"
        r"|\benough (?:\w+ ){0,3}to (?:not wake up|never wake up|kill (?:me|myself|a person"
        r"|someone|an adult)|die|end it|end things|end my life|do the job|od|overdose|be"
        r" (?:fatal|lethal|deadly)|stop my heart|sleep forever)\b"
        r"(?! (?:down|off|out|tired|groggy|early|at|in|so|feeling|with|during))"
        r"|\b(?:lethal|fatal|deadly) (?:dose|amount|dosage|quantity)\b"
        r"|\b(?:mix\w*|combin\w*) (?:\w+ ){0,4}to (?:die|not wake up|never wake up|end it"
        r"|make sure i dont wake)\b"
        r"|\b(?:sav\w*|stockpil\w*|hoard\w*|stash\w*|squirrel\w*|hid\w*|setting aside|set"
        r" aside|putting aside|put aside|collect\w* up) (?:up |away |aside )?"
        r"(?:all |some |a few |a bunch of |my |the |all my |extra |old |leftover |spare"
        r" |of my |all the |every one of my |a stash of |a supply of )*" + _PILLS + r"\b"
        r"(?! (?:for (?:the|a|my) (?:trip|holiday|vacation|week|weekend|emergencies?|flight)"
        r"|in (?:the|my) (?:bag|car|drawer|cabinet|bathroom|kitchen|purse)|from (?:the|my)"
        r" (?:kids|children|dog|cat|toddler|grandkids)))"
        r"|\b" + _PILLS + r" (?:\w+ ){0,2}(?:stockpiled|hoarded|stashed|saved up|set aside"
        r"|put aside|hidden away)\b"
        r"|\b(?:took|take|taken|taking|swallowed|swallow|swallowing|downed|necked|popped"
        r"|chugged) (?:like |about |around |maybe |over |at least |almost |nearly )?(?:\d{2,}"
        r"|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a dozen|dozens|loads|heaps"
        r"|the rest|a fistful|fistfuls|a packet|two packets|a whole pack|the whole"
        r" pack|the whole box|a box)(?: of)? (?:(?:my|the|of|her|his|their|(?!mg|ml|mcg"
        r"|milligrams|minutes|mins|hours|days|weeks)[a-z]+s) ){0,2}" + _PILLS + r"\b"
        r"|\b(?:took|swallowed|downed|necked|taking|swallowing) (?:all|every one) (?:of )?(?:my"
        r" |the )?(?:\w+ )?" + _PILLS + r" (?:at once|in one go|together|with (?:vodka|wine"
        r"|alcohol|booze|whisky|whiskey|gin|beer)|to (?:die|sleep forever|not wake up))\b",
        _means_benign,
        _overdose_question,
        _as_prescribed,
        _harmless_after,
        _refill_context,
        lambda s, m, t: "garage" in m.group(0) and bool(_GARAGE_BENIGN.search(s)),
        _crisis_resolved,
        _crisis_negated,
    ),
    _rule(
        _C,
        "pills_enough",
        r"\b(?:have|got|saved|collected|stockpiled|gathered|hoarded|stashed|counted|now have"
        r"|finally have|should have|there are) (?:\w+ )?enough\b(?! (?:sleep|rest|time|money"
        r"|food|energy|for|to eat|left for|refills?|until|till|to last|to get through|of"
        r"|water|exercise|coffee))"
        r"|\benough (?:\w+ ){0,2}(?:saved|stashed|hidden|put away|set aside)\b",
        _not_about_pills,
        _crisis_negated,
    ),
    _rule(
        _C,
        "final_acts",
        r"\b(?:wrote|write|writes|writing|written|left|leave|leaving|drafted|drafting|finished"
        r"|finishing|recorded|recording|started|typed|typing|prepared|preparing|penned|made"
        r"|making|sealed|hid|hidden) (?:\w+ ){0,3}(?:goodbye|farewell|suicide) (?:notes?|letters?"
        r"|messages?|videos?|texts?|emails?|posts?)\b"
        r"|\b(?:wrote|write|writing|written|left|leave|leaving|drafted|recorded|finished)"
        r" (?:my |a |the |some )?(?:last|final) (?:notes?|letters?|words|wishes)\b(?! (?:for"
        r" (?:the|my) (?:boss|team|landlord|teacher|school|office|client|job)))"
        r"|\b(?:notes?|letters?|messages?|videos?) (?:for|to) (?:\w+ ){0,3}(?:to (?:read|find"
        r"|open|watch) )?(?:when|after|for when|once|if) (?:im|i am|i) (?:gone|dead|die|no longer"
        r" here|not here)\b"
        r"|\b(?:said|say|saying|says|sent|sending|send) (?:my |our |all my |a final |one last"
        r" |a last |final |last )?goodbyes?\b(?! (?:to (?:\w+ ){0,2}(?:insomnia|nights|sleep|habit"
        r"|alarm|coffee|caffeine|pain|headaches?|summer|winter|the old|my old|bad|naps?"
        r"|sleepless))| and (?:goodnight|good night|see you))"
        r"|\b(?:giv(?:e|es|ing|en)|gave|handing|handed|hand) (?:away (?:all )?(?:of )?my"
        r" (?:\w+ ){0,2}"
        + _POSSESSIONS
        + r"|(?:all )?(?:of )?my (?:\w+ ){0,2}"
        + _POSSESSIONS
        + r" away|all (?:of )?my (?:\w+ ){0,2}"
        + _POSSESSIONS
        + r"|my (?:\w+ ){0,2}"
        + _POSSESSIONS
        + r" to (?:my |\w+ )?(?:\w+ )?(?:friends?|sister|brother|family|people"
        r"|everyone|kids|mum|mom|dad|neighbou?rs?|niece|nephew|cousin|best friend))\b"
        r"|\b(?:found|finding|find|looking for|arranged|arranging) (?:a )?(?:new )?(?:homes?"
        r"|someone|somebody|people) (?:to (?:take|look after|care for) |for )(?:my )?(?:cat|cats"
        r"|dog|dogs|pets?|rabbit|bird|animals)\b"
        r"|\brehom\w* (?:my )?(?:cat|cats|dog|dogs|pets?|animals)\b"
        r"|\b(?:wrote|writing|write|made|making|planned|planning|sorted|sorting) (?:out )?"
        r"(?:my )?funeral(?: plans?| arrangements| playlist| songs)?\b"
        r"|\b(?:cancel\w*|closed|closing|delet\w*) (?:all )?(?:my )?(?:\w+ )?(?:accounts?"
        r"|subscriptions?|social media|plans) (?:because|cause|since|as) i (?:wont|will not"
        r"|dont) (?:need|be)\b"
        r"|\b(?:last|final) (?:day|night|week|hours?|sunrise|sunset) (?:\w+ ){0,2}(?:on (?:this"
        r" )?earth|alive|of my life|before i (?:go|die|end))\b"
        r"|\bthis (?:is|will be) (?:my|the) (?:last|final) (?:message|text|post|entry)"
        r" (?:ever|youll (?:ever )?get|from me ever|to (?:you all|everyone))\b"
        r"|\b(?:thank you|thanks) for (?:everything|all youve done|trying)(?:,| and| -)? ?"
        r"(?:goodbye|bye forever|farewell|i love you all|sorry for everything)\b"
        r"|\bsorry for (?:what im about to do|what im going to do|what ill do|leaving (?:you"
        r" )?like this)\b"
        r"|\b(?:take care of|look after|love) (?:\w+ ){0,3}for me (?:when|after|once|if)"
        r" (?:im|i am|i) (?:gone|dead|not here)\b",
        _farewell_benign,
        _giving_benign,
        _crisis_resolved,
        _crisis_negated,
    ),
    # ---- Self-injury by any method (NSSI), not only cutting.
    _rule(
        _C,
        "self_injury",
        r"\b" + _NSSI_VERB + r" (?:up )?(?:my ?self|(?:my|me on (?:my|the)|me in (?:my|the))"
        r" (?:own )?(?:\w+ )?"
        + _BODY
        + r")\b(?=[^.!?;\n]{0,80}?(?:\b"
        + _NSSI_TOOL
        + r"\b|"
        + _NSSI_CUE
        + r"))"
        r"|\b(?:punch\w*|hit|hitting|bang\w*|slam\w*|smash\w*) (?:my (?:fists?|head|hands?)"
        r" (?:on|into|against) )?(?:the |a )?(?:wall|walls|door|floor|mirror)\b"
        r"(?=[^.!?;\n]{0,80}?(?:" + _NSSI_CUE + r"))"
        r"|\b" + _BURN_TOOL + r" (?:on|to|against|into|across|over) (?:my ?self|my (?:own )?"
        r"(?:\w+ )?" + _BODY + r"|me)\b(?! (?:while|when|by accident|accidentally|cooking))"
        r"|\b(?:took|take|taking|used|use|using|held|hold|holding|pressed|pressing|put|putting)"
        r" (?:a |the |my )?(?:" + _BURN_TOOL + r"|razor|knife|scissors) (?:to|on|against)"
        r" (?:my ?self|my (?:own )?(?:\w+ )?" + _BODY + r")\b"
        r"|\b(?:" + _NSSI_VERB + r"|hurt\w*|harm\w*) (?:[^.!?;\n]{0,50}?\b)?(?:to feel"
        r" (?:something|anything|real|alive|the pain)|to punish (?:my ?self|me)|because i"
        r" deserved? (?:it|the pain|to hurt|to suffer))\b"
        r"|\bi (?:really |honestly |just |totally |probably )?deserve (?:to )?(?:the pain"
        r"|to hurt|to suffer|to bleed|to be hurt|pain|the scars)\b"
        r"|\b(?:urges?|urging|cravings?|craving|tempted|temptation|impulse|impulses"
        r"|compulsion) (?:again )?to (?:cut|burn|hurt|harm|hit|punch|scratch|bite|punish"
        r"|starve|bruise|carve|self harm|sh|use the (?:blade|razor|lighter))\b(?! (?:back"
        r"|down|out|off|the|it|them|in|a |some|corners|costs|carbs|sugar|caffeine|my hair|ties"
        r"|loose|class|work|school|my losses|him|her|people|someone|things|fat|calories"
        r"|the grass|the cord|into|through|across|bread|cake|wood|my nails|my fringe))"
        r"|\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|many)"
        r" (?:days?|weeks?|months?|years?) (?:clean|free|without) (?:from |of )?(?:cutting"
        r"|self harm\w*|sh|burning|hurting myself|harming myself)\b"
        r"|\b(?:relapse|relapsed|relapsing|slip|slipped|slip up|slipped up) (?:on |with |into"
        r" |again |and )?(?:cutting|burning|sh|self harm\w*|hurting myself|harming myself"
        r"|the blade|the razor)\b"
        r"|\b(?:fresh|new|more|deep|deeper) (?:cuts|burns|wounds|gashes) on my (?:\w+ )?"
        + _BODY
        + r"\b"
        r"|\b(?:hid\w*|cover\w*|conceal\w*) (?:up )?(?:the |my )?(?:fresh |new )?(?:cuts|burns"
        r"|self harm)\b(?! from (?:surgery|the operation|the accident|cooking|the oven))"
        r"|\b(?:long sleeves|a hoodie|bracelets|plasters|bandages) to (?:hide|cover) (?:the |my )?"
        r"(?:cuts|burns|marks)\b"
        r"|\b(?:sh|s h|s/h) (?:urges?|again|relapse|thoughts)\b"
        r"|\b(?:starv\w*|purg\w*|punish\w*) (?:my ?self|my body)\b",
        _accidental,
        _skin_condition,
        _crisis_general_question,
        _crisis_resolved,
        _crisis_negated,
    ),
    # ---- Wishing harm or death on someone else (homicidal ideation).
    _rule(
        _C,
        "harm_wish",
        r"\b(?:want|wanted|wish|wishing|wished|hope|hoping|like to see|want to see|pray)"
        r" (?:that )?(?:him|her|them|(?:my|that|the|this|his|her) "
        + _PEOPLE
        + r"(?: "
        + _NOT_NEG_WORD
        + r")?|he|she|they) (?:was |were |to be |would be |would |would just"
        r" |to |gets? |got |would get )?(?:dead|die|dies|died|to die|gone for good|killed|shot"
        r"|murdered|suffer|suffered)\b(?! (?:down|off|out|of (?:laughter|embarrassment)))"
        r"|\b(?:he|she|they|" + _OTHERS + r") (?:" + _NOT_NEG_WORD + r" )?(?:deserves?|needs?"
        r"|ought|should) (?:to )?(?:die|be dead|be killed|be shot|suffer|pay with (?:his|her"
        r"|their) li(?:fe|ves))\b",
        _not_a_person,
        _crisis_general_question,
        _crisis_resolved,
        _crisis_negated,
    ),
    # ---- Plans and urges to harm others beyond "kill him".
    _rule(
        _C,
        "harm_others_wide",
        r"\b(?:shoot|shooting|shot|bomb|bombing|blow|blowing|burn|burning) (?:up|down) (?:the"
        r" |my |a |that |his |her )?(?:school|office|work|workplace|place|building|church"
        r"|mosque|synagogue|mall|clinic|store|house|home|classroom)\b"
        r"|\b(?:bomb|bombing) (?:the |my |a |that )?(?:school|office|workplace|building|church"
        r"|mosque|synagogue|mall|clinic|store|classroom)\b"
        r"|\b(?:run|running|ran|knock|knocking|mow|mowing|mowed) (?:him|her|them|(?:my|that|the) "
        + _NOT_A_THING
        + r") (?:over|down)\b(?! (?:the|a|on|at|to|with|later|tomorrow|about))"
        r"|\b(?:push|pushing|pushed|shove|shoving|shoved|throw|throwing|threw) (?:him|her|them"
        r"|someone|somebody|people|(?:my|that) "
        + _NOT_A_THING
        + r"|the baby|a stranger|strangers) (?:down (?:the"
        r" )?stairs|off (?:the|a) (?:\w+ )?(?:bridge|balcony|roof|platform|cliff)|in front of"
        r" (?:a|the) (?:train|bus|car|truck|traffic)|onto the (?:tracks|road)|into (?:the )?"
        r"traffic)\b"
        r"|\b(?:put|putting|slip|slipping|spike|spiking|spiked|lace|lacing|laced|mix|mixing)"
        r" (?:\w+ )?(?:poison|bleach|antifreeze|rat poison|pills|something|drugs|crushed \w+)"
        r" (?:in|into) (?:his|her|their|my \w+s|the kids|the babys) (?:food|drink|coffee|tea"
        r"|dinner|meal|water|bottle|milk|lunch)\b"
        r"|\b(?:spike|spiking|poison|poisoning|poisoned) (?:his|her|their|my \w+s) (?:food|drink"
        r"|coffee|tea|dinner|meal|water|bottle|milk|lunch)\b"
        r"|\b(?:make|making) (?:him|her|them|my \w+|that \w+) (?:suffer|bleed|pay for what (?:he"
        r"|she|they) did|regret being born)\b"
        r"|\b(?:thoughts?|urges?|urge|fantas\w*|images?|visions?|impulses?|intrusive thoughts?"
        r"|tempted|scared ill|afraid ill|scared i will|afraid i will|scared i might|afraid i"
        r" might|worried ill|worried i might) (?:of |about |to )?(?:pushing|push|throwing|throw"
        r"|dropping|drop|shaking|shake|hitting|hit|suffocating|suffocate|smother\w*|drown\w*"
        r"|stabbing|stab|strangl\w*|hurting|hurt|harm\w*|kill\w*|poison\w*) (?:\w+ ){0,3}?(?:him"
        r"|her|them|someone|somebody|people|the baby|my baby|my kids?|my son|my daughter|my"
        r" \w+|a stranger|strangers|the kids|my children|my partner)\b"
        r"(?! (?:up|a text|a message|back))"
        r"|\b(?:get|got|getting|bought|buy|buying) (?:a )?(?:gun|knife|weapon) (?:for|to use on"
        r"|to (?:kill|hurt|shoot|deal with)) (?:him|her|them|my \w+|that \w+)\b",
        _needs_agent,
        _harm_idiom,
        _murder_joke,
        _crisis_general_question,
        _crisis_resolved,
        _crisis_negated,
    ),
)

_BP_CONTEXT = re.compile(
    r"\b(?:bp|blood pressure|pressure|mmhg|mm hg|systolic|diastolic|readings?|cuff|monitor"
    r"|hypertensi\w*|b/p)\b"
)
_BP_READING = re.compile(
    # A full stop after the reading ends the sentence ("it says 210/125."); only a digit
    # after it makes a date or a decimal.
    r"(?<![\d/.:])(\d{2,3}) ?(?:/|\\|over|on|-) ?(\d{2,3})"
    r"(?![\d/:]|\.\d|\s*(?:mg|ml|%|lbs?|kg|pounds))"
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
        _signs_asked,
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
        r"|(?:lost|lose|losing|loose|loosing|loss of) (?:my )?conscious\w*|went unconscious"
        r"|knocked out cold"
        r"|(?:woke|came to|found (?:myself|him|her|them)) (?:up )?on the (?:\w+ )?floor"
        r"|(?:no idea|dont know|dont remember|cant remember) how i got (?:there|on the floor)"
        r"|keeled over|(?:black|blacked|blacking|blackin) out(?! (?:the |my )?(?:windows?|room"
        r"|curtains|screen|blinds))|(?:had|have|having|get|getting) (?:a )?blackouts?"
        r"|collaps(?:ed|ing|e)\b)",
        _power_cut,
        _collapse_into_bed,
        _blacked_out_thing,
        _habitual_faint,
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
        _habitual_faint,
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
        r"|breathing (?:is |was )?(?:really |so |very )?(?:bad|awful|terrible|wrong)"
        r"(?! (?:habit|dream))"
        r"|breathing (?:is |was |feels |felt )?(?:\w+ ){0,2}(?:difficult|hard|labou?red|shallow"
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
        r"\b(?:seizures?|siezures?|seizur|seziures?|seisures?|seizing(?! the| an?| on| up)|siezing"
        r"|seized(?! up)|convuls\w*|epileptic (?:fit|attack|episode)|having a fit(?! of)"
        r"|had a fit(?! about| over| of)"
        r"|fitting(?! in| into| the| a| for)|shaking uncontrollably|uncontrollabl[ey] shaking"
        r"|jerking uncontrollably|twitching uncontrollably|body (?:was |is |started )?jerking"
        r"|(?:foam|froth)\w* at the mouth|eyes (?:rolled|rolling|rolled right) (?:back|up))\b",
        _seizure_history,
        _foaming_with_rage,
        _seized_goods,
        _long_ago,
        _general_question,
        _hypothetical,
        _urgent_negated,
        negatable=True,
    ),
    _rule(
        _U,
        "confusion",
        r"\b(?:confused|confuse|confusion|disorient\w*|delirious|delirium|out of it|muddled"
        r"|befuddled|bewildered|dazed|in a daze)\b",
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
        r"|(?:is|s|started|keeps?|been|was|suddenly) slurring"
        r"|(?:face|smile|mouth) (?:\w+ ){0,2}(?:lopsided|droop\w*|crooked|uneven|sagging|fallen"
        r" on one side)"
        r"|(?:lopsided|droopy|drooping|crooked) (?:face|smile|mouth)"
        r"|face (?:is |was )?droop\w*|droop\w* (?:on one side|face)|one side of (?:my|his|her)"
        r" face|numb(?:ness)? (?:on|down) one side|cant move (?:my|his|her) (?:left |right )?"
        r"(?:arm|leg|hand|face)|sudden (?:weakness|numbness)|worst headache (?:of my life|ive"
        r" ever had)|thunderclap)\b",
        _momentary_or_drink,
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
        r"|spiders|insects|snakes|shadows|figures|ghosts|creatures|faces|shapes)"
        r"|(?:seeing|see|saw) (?:\w+ ){0,2}(?:people|someone|somebody|a man|a woman|kids|children"
        r"|men|women|animals) (?:standing |sitting |hiding |watching )?(?:in|at|by|on) the"
        r" (?:corners?|room|hallway|doorway|window|ceiling|wall|foot of (?:my|the) bed|end of"
        r" (?:my|the) bed)"
        r"|shadow (?:people|person|man|men|figures?|beings?|creatures?)"
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
        r"|didnt respond|cant be woken|unrousable|(?:cant|couldnt) (?:wake|rouse) (?:him|her"
        r"|them|(?:my|our|the) (?:\w+ )?" + _PEOPLE + r")(?: up)?(?! early| on time| for| in time)"
        r"|(?:cant|couldnt) get (?:him|her|them|(?:my|our|the) (?:\w+ )?" + _PEOPLE + r")"
        r" (?:to wake|to respond|to open (?:his|her|their) eyes|to come round)"
        r"|not waking up|wont wake up|not waking"
        r"|(?:isnt|wasnt|arent|werent) waking(?: up)?+(?! (?:for|early|on time|in time|till"
        r"|until)\b| at \d)"
        r"|(?:is|was|went|became|knocked|found(?: \w+)?|lying|lay|laying) unconscious"
        r"|unconscious (?:on|in|and)|limp and)\b",
        _tech_unresponsive,
        _first_person_waking,
        lambda s, m, t: "wak" in m.group(0) and bool(_LIE_IN.match(_after(s, m))),
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


# A reading said in words beside a pressure word: "my pressure is 190 with 125" (Spanish
# "con"), "185 and 122".
_BP_WORDY = re.compile(r"(?<![\d/.:])(\d{2,3}) (?:with|and|by) (\d{2,3})(?![\d/:]|\.\d)")


def _bp_urgent(sentence: str) -> str | None:
    """A reading at or above 180 systolic or 120 diastolic (a hypertensive crisis)."""
    has_context = bool(_BP_CONTEXT.search(sentence))
    readings = list(_BP_READING.finditer(sentence))
    if has_context:
        readings += _BP_WORDY.finditer(sentence)
    for m in readings:
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


# --------------------------------------------------------------------------------------------
# Pre-filter. The rules are long alternations and a 4,096-character message has dozens of
# sentences, so each level first looks for fragments that its rules cannot match without, and
# runs the rules only on the sentences that hold one; all of them are found in one pass (see
# "Where the anchors are" below). The fragments are searched in a copy of the text where
# every character other than a-z and 0-9 is a space and a space leads, so " end" means a
# word that starts with "end". When a rule changes, its fragments must change with it:
# tests/test_safety.py checks the filtered and the full paths agree.


def _alts(fragments: str) -> list[str]:
    return fragments.split("|")


def _combos(heads: str, tails: str) -> tuple[str, ...]:
    return tuple(f"{h} {t}" for h in heads.split("|") for t in tails.split("|"))


_CRISIS_ANCHORS: frozenset[str] = frozenset(
    (
        # suicide_word and its spellings
        *_alts("suic|suuic|sucid|sucd|su1c|su c|suisid|suis|suicd|sewer|unaliv|homicid|self| kms"),
        *_alts(" kys| ctb|catch the bus|kill|k1ll|k ll"),
        # kill_self, self_harm, active_ideation
        *_alts("myself|my self|themselves|himself|herself"),
        # end_life, want_to_die, dont_want_to_wake, die_passive
        *_alts("life|lives| end|die|dead|exist|alive|not be here|disappear|never wake|gone|born"),
        *_alts("anymore| live|go on|going on|keep going|keep living|carry on|carrying on|continue"),
        *_alts("be here|being here|living|it all|worth|point|reason|done with|up on| wak|dying"),
        *_alts("death|goodbye|i love|to end|be over|to stop|forever|be around"),
        *_combos("cant", "go|keep|do|take|live"),
        # burden
        *_alts("without me| if i| when i| once i| after i|no one|noone|nobody|burden"),
        # means, means_wide, pills_enough
        *_alts("overdos|over dos|noose|wrist|vein|gun|jump|leap|in front of|driv|drove|crash| od"),
        *_alts("ways to|way to|when im ready|traffic|how to|it take|enough|lethal|fatal|deadly"),
        *_alts("rope|plan|pistol|firearm|rifle|bullet|ammo|charcoal|helium|exit bag|nitrogen"),
        *_alts("cyanide|poison|antifreeze|barrel|edge|ledge|railing|parapet|carbon monoxide"),
        *_alts("exhaust pipe|exhaust fumes|exhaust hose|exhaust into|exhaust in|in the garage"),
        *_alts("the exhaust|how many|how much|amount|dose|mix|combin|down on"),
        *_combos("step|stepping|stepped|walk|walking|walked|fall|falling", "off|from|onto|into"),
        *_combos("lie|lying|lay|run|running", "onto|into"),
        *_alts("pills|meds|medication|medicine|tablets|sleepers|painkillers|opioids|oxy|benzos"),
        *_alts("xanax|valium|ambien|zopiclone|zolpidem|trazodone|seroquel|quetiapine|lithium"),
        *_alts("insulin|prescription|tylenol|paracetamol|acetaminophen|ibuprofen|advil"),
        "antidepressants",
        # goodbye, final_acts
        *_alts("affairs|farewell|last note|last letter|last message|last words|last wishes"),
        *_alts("last text|last post|last entry|final|hear from me|wont need|will not need"),
        *_alts("ill need|i will need|be needing|i dont need|i wont be|i will not be|giv|gave"),
        *_alts("handing|handed|hand away|hand my|hand all|home for|homes for|to take"),
        *_alts("to look after|to care for|someone for|somebody for|people for|rehom|funeral"),
        *_alts("not here|no longer here|earth|of my life|before i|for everything|for trying"),
        *_alts("for all youve done|sorry for|for me when|for me after|for me once|for me if"),
        # self_harm, self_injury
        *_alts("cut|burn|harm|hurt|punish|razor|knife|knives|voices|urge|urging|crav|tempt"),
        *_alts("impulse|compulsion|lighter|cigarette| cig|blade|scissors|match|compass"),
        *_alts("broken glass|safety pin|needle|sharpener|hot iron|boiling water|on purpose"),
        *_alts("deliberately|intentionally|to feel|to punish|to hurt|punishment|bled|bleed"),
        *_alts("bruised|blistered|went numb|broke|deserve|to cope|to numb|to calm|to release"),
        *_alts("could feel|would feel|can feel| sh | s h |from sh|of sh|clean sh|free sh"),
        *_alts("without sh|relaps|slip|wounds|gashes|to hide|to cover|starv|purg"),
        # harm_others, harm_others_thoughts, harm_wish, harm_others_wide
        *_alts("murder|stab|shoot|shot|strangl|chok|smother|suffocat|beat up|beating up"),
        *_alts("attack|punch|drown|run over|slit|tortur|violent|suffer|bomb|blow up|blowing up"),
        *_alts("blow down|stairs|onto the tracks|onto the road|bridge|balcony|roof|platform"),
        *_alts("cliff|bleach|something in|drugs|crushed|spik|pay for what|regret being born"),
        *_alts("thought|fantas|images|image of|visions|vision of|scared|afraid|worried"),
        "weapon",
        *_combos("run|running|ran|knock|knocking|mow|mowing|mowed", "him|her|them|my|that|the"),
        # wish_not_exist, active_ideation, intent_in_context
        *_alts("care if|care whether|care that|care about|mind if|mind whether|mind that"),
        *_alts("mind about|mind not|mind dying|mind being|hope|hoping|wish|pray|maybe"),
        *_alts("see me|picture me|imagine me|envision me|release|eternal|purpose| use |sense"),
        *_alts(" why|stay around|keep fighting|keep breathing|everything to|this stop"),
        *_alts("everything stop|for good|permanently|once and for all|vanish|fade away"),
        *_alts("not come back|with me|with im|better off|heaven|other side|way out|breathing"),
        *_alts("stop it|stop things|stop everything|stop my life|act on|acting on|acted on"),
        *_alts(
            "went on|through with|tonight|today is|todays|today will|tomorrow|this weekend|thiss"
        ),
        *_alts("this is the|this is my|this will be|made up my mind|mind is made up"),
        *_alts("no going back|made my decision|peace with|decided its time|do it|method|date"),
        *_alts("how ill|how i will|how i would|how id|when ill|where ill|exactly how"),
        *_alts("how and when|when and how|where and when|my will|a will|living will|surviv"),
        *_alts("much longer|for longer"),
    )
)

_URGENT_ANCHORS: frozenset[str] = frozenset(
    (
        *_alts("chest|chst|heart|angina|left arm|stroke|cardiac"),
        *_alts("faint|feint|fanted|syncop|conscious|knocked out|floor|how i got|keeled"),
        *_alts("black|collaps|passed out|pass out|passt out|passing out|passin out"),
        *_alts("past out|pased out"),
        *_alts("breth|breath| air|gasp|wheez|suffocat|throat|chok|blue"),
        *_alts("seiz|siez|sezi|seis|convuls|epilep| fit|uncontrollab|jerking"),
        *_alts("confus|disorient|delir|out of it|slurr|droop|one side|numb|cant move"),
        *_alts("muddl|befuddl|bewilder|dazed|daze|foam|froth| roll|shadow"),
        *_alts("sudden|worst headache|thunderclap|lopsided|crooked|sagging|uneven| see| saw"),
        *_combos("dont|doesnt|cant|didnt", "know|recogni|remember"),
        *_combos("arent|isnt|werent|wasnt", "there|really there"),
        *_alts("lucinat|lusinat|seeing|hearing|bugs|spiders|insects|snakes|shadows"),
        *_alts("figures|ghosts|creatures|faces|voices"),
        *_alts("anaphyla|allergic|epi pen|epipen|hives|welts|rash|spots|swell|swollen"),
        *_alts("puff|blowing up|blew up|tongue"),
        *_alts("respon|reacting|woken|unrousable|cant wake|cant rouse|cant get|not waking|couldnt"),
        *_alts("wont wake|isnt waking|wasnt waking|arent waking|werent waking"),
        *_alts("limp| bp|pressure|hypertensive"),
        *_alts("911|999|112|ambulance|paramedic| ems| er| ed|emergency|hospital|blood"),
    )
)
_NOT_ANCHOR_CHAR = re.compile(r"[^a-z0-9 ]")  # a space stays a space: fewer replacements


_RULES: dict[SafetyLevel, tuple[_Rule, ...]] = {"crisis": _CRISIS_RULES, "urgent": _URGENT_RULES}


# Built on first use: reading every rule takes a while, and most messages need neither.
@functools.cache
def _screen(level: SafetyLevel) -> _Screen:
    return _Screen([rule.pattern for rule in _RULES[level]])


def _first_match(level: SafetyLevel, sentences: list[str], text: str) -> str | None:
    if not sentences:
        return None  # the usual case: no anchor of this level in the message
    screen = _screen(level)
    candidates = [screen.candidates(sentence) for sentence in sentences]
    for bit, rule in enumerate(_RULES[level]):
        for sentence, rules in zip(sentences, candidates, strict=True):
            if not rules >> bit & 1:
                continue  # this rule cannot match this sentence
            for m in rule.pattern.finditer(sentence):
                if any(guard(sentence, m, text) for guard in rule.guards):
                    continue
                if _context_veto(rule.level, sentence, m, text):
                    continue
                return m.group(0).strip()
    return None


# --------------------------------------------------------------------------------------------
# Context vetoes, shared by both layers. Each drops a match only when the words around it show
# it is not about the writer now: a news story or a film, a death long ago, a joke about a
# noisy grandson. They are deliberately narrow; a missed crisis costs more than an alert.

# Someone else's story: a match in a sentence about the news, a film or a book is not the
# writer's own, unless the writer speaks of themselves in that sentence too.
_MEDIA = re.compile(
    r"\b(?:news|story|stories|article|headline|show(?! (?:up|off|me|you|them|him|her|us)\b)"
    r"|movie|film|book|novel|podcast|documentary"
    r"|series|episode|character|youtube|tiktok|reddit|netflix|tv|on the radio|true crime"
    r"|the guy in|the woman in|the man in|the girl in|in the game|video game)\b"
)
_SELF_SUBJECT = re.compile(r"\b(?:i|im|ive|id|ill|me|myself)\b")
_SELF_IN_MATCH = re.compile(r"\b(?:i|im|ive|id|ill|me|my|myself|mine)\b")


def _media_story(sentence: str, m: re.Match[str]) -> bool:
    if not _MEDIA.search(sentence) or _SELF_IN_MATCH.search(m.group(0)):
        return False
    # "saw a news story about an overdose" is a story; "i keep thinking about the overdose
    # in that show and about doing it" still has the writer in it.
    return not re.search(
        r"\b(?:i|im|ive|id)\b(?: \w+){0,3} (?:want|wanna|thinking|think|keep"
        r"|going to|gonna|might|could|should|will|feel|felt)\b",
        sentence,
    )


# A death that happened to someone else: "my friend's brother died of an overdose".
_REPORTED_DEATH = re.compile(
    r"\b(?:died|passed away|passed|lost \w+) (?:of|from|to) (?:an? )?(?:overdose|od|suicide)\b"
)


# Hyperbole about a person the writer is fond of: "honestly i could strangle him 🙄" over
# video games. It needs "could"/"would" and a joke marker or an everyday cause; "i could
# strangle him" alone stays flagged.
_JOKE_MARKER = re.compile(
    r"\b(?:lol|lmao|lmfao|rofl|haha\w*|hehe\w*|jk|joking|kidding|ugh|argh|ffs|smh|omg)\b"
    r"|[\U0001f644\U0001f602\U0001f923\U0001f605\U0001f606\U0001f624\U0001f926\U0001f612"
    r"\U0001f620\U0001f621\U0001f92c\U0001f611\U0001f610\U0001f60f\U0001f62b\U0001f629]"
)
_TRIVIAL_CAUSE = re.compile(
    r"\b(?:snor\w*|games?|gaming|video games|playstation|xbox|fortnite|noise|noisy|loud"
    r"|music|drums|tv|telly|remote|through the wall|ate|eaten|eating|eats|cookie|cookies"
    r"|leftovers|snacks?|chocolate|milk|dishes|socks|mess|messy|laundry|forgot|forgets"
    r"|left the|leaving the|toilet seat|chew\w*|alarm|woke me|wake me|waking me|late"
    r"|knocked over|spilled|spilt|broke my|ruined|spoiler\w*|texting|phone|hogging|blanket"
    r"|duvet|covers|nagging|moaning|whining|puns?|jokes?|football)\b"
)
_HYPERBOLE_HARM = re.compile(
    r"\b(?:could|couldve|coulda|could have|would|wouldve|wanted to|nearly|almost)"
    r" (?:\w+ )?(?:kill|killed|murder\w*|strangl\w*|throttl\w*|smother\w*"
    r"|choke|choked|wring|wrung|kick|punch|slap|shake|shook|clobber|brain|kill)\b"
)
_FOND_TARGET = re.compile(
    r"\b(?:him|her|them|you|(?:my|the|our|that) (?:\w+ )?(?:husband|wife|partner|son"
    r"|daughter|kids?|boys?|girls?|grandson|granddaughter|grandkids|brother|sister|dad|mom"
    r"|mum|cat|dog|puppy|kitten|boss|teenager|teen|toddler|hubby|other half|neighbou?rs?"
    r"|roommate|flatmate|colleague|coworker|printer|laptop|computer|phone))\b"
)


# "gonna kill my neighbour lol": a threat said laughing, aimed at someone else. Harm to the
# self stays a crisis whatever the laugh.
_JOKE_THREAT = re.compile(
    r"\b(?:going to|will|ill|about to|literally|actually|swear) (?:\w+ )?(?:kill|murder"
    r"|strangl\w*|throttl\w*|smother|choke|wring|punch|slap|clobber|brain|throw) "
    + _FOND_TARGET.pattern[2:]
)


def _harm_hyperbole(sentence: str) -> bool:
    if _JOKE_THREAT.search(sentence) and _JOKE_MARKER.search(sentence):
        return not _SELF_HARM_WORDS.search(sentence)
    return bool(
        _HYPERBOLE_HARM.search(sentence)
        and _FOND_TARGET.search(sentence)
        and (_JOKE_MARKER.search(sentence) or _TRIVIAL_CAUSE.search(sentence))
    )


_SELF_HARM_WORDS = re.compile(r"\b(?:myself|my self|suicid\w*|kms|self harm\w*)\b")


# Urgent words about a habit, a past event or someone now fine.
_URGENT_NOT_NOW = re.compile(
    r"\b(?:sometimes|occasionally|now and then|every now|history of|used to|years ago"
    r"|as an? (?:(?:little |young |small )?(?:kid|child|boy|girl)|teen|teenager|baby"
    r"|toddler|infant|newborn|student)|when (?:i|she|he) was (?:a |young|little|\d)"
    r"|when (?:we|they) were (?:kids|young|little|babies|\d))\b"
    r"|\bbut (?:shes|hes|im|were|its|theyre|she is|he is) (?:\w+ )?(?:fine|ok|okay|alright"
    r"|well|recovering|home)\b"
    r"|\b(?:but|and) (?:\w+ )?fine (?:after|afterwards|now|later|again)\b"
    r"|\bambulances? (?:\w+ )?(?:went|go|going|goes|drove|driving|raced|racing|speeding|flew"
    r"|passed|passing) ?(?:past|by)\b|\bsirens?\b"
)
# Out of breath after the stairs is fitness, not an emergency, unless it goes on.
_EXERTION = re.compile(
    r"\b(?:stairs|steps|running|ran|run|jog\w*|climb\w*|hike|hiking|chasing|chased|gym"
    r"|workout|work out|exercis\w*|cycling|bike|swim\w*|sprint\w*|hill|dancing|unfit"
    r"|out of shape|laugh\w*)\b"
)
_AT_REST = re.compile(
    r"\b(?:still|since|wont|keeps?|keep|even (?:sitting|resting|lying|at rest)|at rest"
    r"|sitting down|lying down|right now|all day|hours)\b"
)


# A symptom long ago that has since been settled: "chest pain last year turned out to be
# reflux, all good now", "years ago my bp was 185/115, fine now on meds". Both the time and
# the ending must be said; anything that brings it back to now keeps the alert.
_SETTLED = re.compile(
    r"\b(?:(?:all |totally |completely )?(?:better|gone|passed|cleared|fine|ok|okay|normal"
    r"|good|sorted|resolved|under control|controlled) now|turned out (?:to be )?\w+"
    r"|went away|cleared up|resolved|all clear|nothing serious|(?:was|were) (?:just|only|nothing)"
    r"|got (?:it )?(?:sorted|treated|fixed))\b"
)
# "used to faint, and it happened again today": a habit or a past that has come back.
_BACK_AGAIN = re.compile(r"\b(?:now|right now|still|again)\b")
_BACK_NOW = re.compile(r"\b(?:still|again|keeps?|today|tonight|this morning|right now|back)\b")


# Someone unnamed, told after the event: "watched a show, someone had a seizure", "a guy at
# the gym passed out". A stranger's emergency is not the writer's, unless it is happening
# beside them now.
_STRANGER = re.compile(
    r"\b(?:someone|somebody|a (?:guy|man|woman|girl|boy|kid|lady|stranger|passenger|patient"
    r"|person|customer|student|character|bloke|dude|runner|contestant)|the (?:guy|man|woman"
    r"|lady|character|actor|actress|contestant|patient))(?: \w+){0,4} $"
)
_HAPPENING_HERE = re.compile(
    r"\b(?:now|right now|rn|still|is|isnt|are|keeps?|next to me|beside me|here|help|call"
    r"|what do i do|what should i do|my|me)\b"
)


def _strangers_event(sentence: str, m: re.Match[str]) -> bool:
    return bool(_STRANGER.search(_prefix(sentence, m))) and not _HAPPENING_HERE.search(sentence)


def _past_and_settled(sentence: str) -> bool:
    return bool(
        _LONG_AGO.search(sentence) and _SETTLED.search(sentence) and not _BACK_NOW.search(sentence)
    )


# A sleep diary is full of dreams: "dreamt i died and watched my own funeral" tells a dream.
# "i keep dreaming about dying" (the habit, not one dream) and a wish that it were real stay.
_DREAM = re.compile(
    r"\b(?:dreamt|dreamed|dreampt|had (?:a|this|the|another|one) (?:\w+ ){0,2}(?:dream|nightmare)"
    r"|(?:a|the|weird|strange|vivid|bad|crazy|wild|awful|horrible|scary) (?:\w+ )?(?:dream"
    r"|nightmare)s? (?:where|that|about|of|in which|last night)|(?:dream|nightmare) last night"
    r"|in (?:my|the|this|that|one) (?:\w+ )?(?:dream|nightmare)s?|nightmares? (?:about|where|that"
    r"|of))\b"
)
_DREAM_WISH = re.compile(
    r"\b(?:wish\w*|want\w*|hope\w*|disappointed|sad|upset|gutted|real|true) (?:\w+ ){0,3}"
    r"(?:it (?:was|were|had been|would come) (?:real|true)|woke|wake|waking|come true)"
    r"|\bwish (?:\w+ ){0,2}(?:real|true)\b|\b(?:didnt|dont) want to wake\b"
)


# "had a dream i died and i wish i was dead for real": the writer's own wish is no dream.
_OWN_WISH = re.compile(r"\b(?:i|id|im|i am) (?:\w+ )?(?:wish|want|hope|rather|pray)\w*\b")


def _dream_told(sentence: str, m: re.Match[str]) -> bool:
    dream = _DREAM.search(sentence)
    if not dream or dream.start() >= m.start() or _DREAM_WISH.search(sentence):
        return False
    return not _OWN_WISH.search(sentence, dream.end(), m.end())


# "the ketamine doesnt make me want to die": a cause denied, not a wish.
_NOT_CAUSED = re.compile(
    r"\b(?:doesnt|didnt|dont|wont|never|not|hasnt|havent|wouldnt|isnt) (?:\w+ ){0,2}?(?:make"
    r"|made|makes|making|get|got|leave|left|turn|turned) me (?:feel )?(?:\w+ ){0,3}$"
)
# "therapist asked if i have suicidal thoughts and i said no": a screening answered no.
_ASKED_IF = re.compile(r"\b(?:ask|asks|asked|asking)(?: me)? (?:if|whether|about)\b")
_ANSWERED_NO = re.compile(
    r"\b(?:said|answered|told (?:\w+ )?|replied|say) (?:honestly )?(?:no|nope|i dont|i wasnt|im not"
    r"|i am not|i havent|not really)\b"
)
_BUT_YES = re.compile(
    r"\b(?:but (?!(?:honestly |to be honest |tbh )?(?:i dont|i really dont|no|not|i havent"
    r"|fine|ok|okay)\b)|lied|lying|actually do|really do)\b"
)
# Someone else dying of an illness: "my mom says she wants to die at home, hospice talk".
_TERMINAL = re.compile(
    r"\b(?:hospice|terminal\w*|palliative|end of life|cancer|dementia|alzheimers|dnr"
    r"|comfort care|stage (?:4|four|iv)|dying of|hospital bed|last weeks|her last|his last)\b"
)


def _denied_crisis(sentence: str, m: re.Match[str], text: str) -> bool:
    if _NOT_CAUSED.search(_prefix(sentence, m)):
        return True
    return _screened_no(sentence, m)


def _screened_no(sentence: str, m: re.Match[str]) -> bool:
    """'nurse asked if i have chest pain, i said no': a screening question answered no."""
    after = _after(sentence, m)
    return bool(
        _ASKED_IF.search(_prefix(sentence, m))
        and _ANSWERED_NO.search(after)
        and not _BUT_YES.search(after[_ANSWERED_NO.search(after).end() :])
    )


def _others_terminal(sentence: str, m: re.Match[str], text: str) -> bool:
    return bool(
        _TERMINAL.search(text)
        and not _SELF_IN_MATCH.search(m.group(0))
        and _other_subject(sentence, m)
    )


# Crisis words in an everyday sense the sentence spells out: the chores are the burden, a gun
# dog or a rifle cleaned and put away, letters to pen pals, "my last message" corrected, a
# lie-in that will last "forever" this weekend.
_CHORE_BURDEN = re.compile(
    r"\b(?:dishes|laundry|washing|housework|chores|cleaning|cooking|ironing|bills|paperwork"
    r"|admin|commute|homework|emails?|taxes|debt|mortgage|shopping|errands|job|work)\b"
    r"(?: and (?:the )?\w+)? (?:feel|feels|felt|is|are|was|were|has been|have been|becom\w*"
    r"|seem|seems) (?:like )?(?:such |a |an |real |huge |massive |total )*burden"
)
_GUN_KEPT = re.compile(
    r"\bgun ?dogs?\b|\b(?:clean\w*|oil\w*|servic\w*|stor\w*|lock\w* (?:up|away)) (?:my |the |his"
    r" |her |dads |grandads )?(?:rifle|shotgun|gun|air rifle)s?\b"
)
_INTENT_NEAR_GUN = re.compile(
    r"\b(?:use|using|used|end|myself|thinking|think|want|tonight|barrel|mouth|head|loaded|load"
    r"|bullet|trigger)\b"
)
_ORDINARY_LETTERS = re.compile(
    r"\b(?:letters?|notes?|cards?) (?:to|for) (?:my |the |our )?(?:pen ?pals?|the council|my mp"
    r"|the bank|the editor|santa|the school|school|work|my landlord|the landlord|customers?"
    r"|clients?)\b|\b(?:thank you|thankyou|christmas|birthday|cover|complaint|application)"
    r" (?:letters?|notes?|cards?)\b"
)
_MESSAGE_CORRECTED = re.compile(
    r"\b(?:last|previous|earlier) (?:message|text|entry|post) (?:was|had|has|is) (?:wrong|a typo"
    r"|incorrect|a mistake|off|missing)\b|\b(?:last|previous) (?:message|text|entry)"
    r"[ ,]+(?:i meant|should (?:have )?(?:said|say|be)|correction|sorry)\b"
)
_SLEEP_IN_FOR_DAYS = re.compile(
    r"\bsleep (?:forever|for ever|for days|for a week)\b(?=[^.!?;]{0,30}\b(?:this weekend"
    r"|tomorrow|on (?:saturday|sunday|my day off|holiday)|no alarms?|lie[- ]?in|day off"
    r"|after (?:this|the) (?:week|shift|exam|exams|trip)))"
)


def _everyday_crisis_word(sentence: str, m: re.Match[str]) -> bool:
    word = m.group(0)
    if "burden" in word and _CHORE_BURDEN.search(sentence):
        return True
    if re.search(r"\b(?:gun|rifle|shotgun)s?\b", word) and _GUN_KEPT.search(sentence):
        return not _INTENT_NEAR_GUN.search(sentence)
    if re.search(r"\b(?:letters?|notes?)\b", word) and _ORDINARY_LETTERS.search(sentence):
        return True
    if re.search(r"\b(?:last|final) (?:message|text|entry)\b", word):
        return bool(_MESSAGE_CORRECTED.search(sentence))
    return "forever" in word and bool(_SLEEP_IN_FOR_DAYS.search(sentence))


def _context_veto(level: str, sentence: str, m: re.Match[str], text: str) -> bool:
    """True when the words around a match show it is not the writer's danger now."""
    if _media_story(sentence, m) or _idiom(sentence, m) or _dream_told(sentence, m):
        return True
    if level == "crisis":
        if _REPORTED_DEATH.search(sentence) or _recovery_milestone(sentence, text):
            return True
        if _leisure_leap(sentence, m) or _dose_heeded(sentence, m, text):
            return True
        if _wish_outgrown(sentence, m, text) or _past_resolved(sentence, m, text):
            return True
        if _denied_crisis(sentence, m, text) or _others_terminal(sentence, m, text):
            return True
        if _everyday_crisis_word(sentence, m):
            return True
        return _others_past(sentence, m) or _harm_hyperbole(sentence)
    if _animal_subject(sentence, m) or _REACTION_FIGURE.search(sentence):
        return True
    if _screened_no(sentence, m) or _year_before_now(sentence):
        return True
    if _OTHERS_LONG_AGO.search(sentence) and _other_subject(sentence, m):
        return not _NOW_AGAIN.search(sentence)
    if _URGENT_NOT_NOW.search(sentence) and not _BACK_AGAIN.search(sentence):
        return True
    if _past_and_settled(sentence) or _strangers_event(sentence, m):
        return True
    return bool(
        re.search(r"\b(?:breath\w*|breathe|air)\b", m.group(0))
        and _EXERTION.search(sentence)
        and not _AT_REST.search(sentence)
    )


# --------------------------------------------------------------------------------------------
# Second layer: a recall-first net that runs only when every rule above says "none". Blind
# sets written by new people keep finding phrasings no rule foresaw ("i wrote letters to my
# kids, theyre in the drawer"), so this layer looks for risk concepts in looser words: death
# of the self, suicide, means, farewells, burden, self-harm, harm to others; breathing, chest,
# fainting, seizure, swelling, hallucinations and confusion that go on. A concept about the
# self needs the writer (or no one named) as its subject, and a few common idioms cancel a
# match only when the match is the idiom.

# Someone other than the writer is the subject just before the match: "my dog died",
# "her grandma is dying". "my" alone is not the writer: "my phone died".
_PET_OR_THING = (
    r"(?:dog|cat|pup|puppy|kitten|pet|hamster|fish|bird|rabbit|horse|plants?|phone|battery"
    r"|laptop|car|tv|wifi|internet|computer|fridge|boiler|heater|printer|garden|tree"
    r"|flowers?|goldfish|tortoise|parrot)"
)
_OTHER_SUBJECT = re.compile(
    r"\b(?:he|she|they|hes|shes|theyre|his|her|their|someone|somebody|people|everyone"
    r"|anyone|nobody|no one|(?:my|our|the|a|his|her|their|friends?|\w+s) (?:\w+ )?(?:"
    + _PEOPLE[3:-1]
    + r"|"
    + _PET_OR_THING[3:-1]
    + r"))\b"
)
_SELF_PRONOUN = re.compile(r"\b(?:i|im|ive|id|ill|me|myself|my own|my life|mine)\b")


# A match that opens with the writer has the writer as its subject, whoever came before:
# "theyd be better off with someone else raising them, im not going to be around much longer".
_OPENS_WITH_SELF = re.compile(r"\s*(?:i|im|ive|id|ill|myself)\b")


def _other_subject(sentence: str, m: re.Match[str]) -> bool:
    """The nearest subject before the match is someone or something else."""
    if _OPENS_WITH_SELF.match(m.group(0)):
        return False
    prefix = " ".join(_prefix(sentence, m).split()[-8:])
    others = list(_OTHER_SUBJECT.finditer(prefix))
    if not others:
        return False
    last_self = None
    for s in _SELF_PRONOUN.finditer(prefix):
        last_self = s
    return last_self is None or last_self.start() < others[-1].start()


# Figures of speech that cancel a match only when the match lies inside them.
_IDIOMS = re.compile(
    r"\b(?:dying (?:to|for)|(?:died|dying|dead|die|died of) (?:of |from |with )?(?:laugh\w*"
    r"|embarrassment|shame|boredom|cringe|cuteness)|(?:bored|scared|frightened|freezing"
    r"|worried|sick|tired|done) to death|death warmed up|death by|death of me"
    r"|be the death|half dead|dead (?:tired|beat|on my feet|to the world|end|battery|zone|serious"
    r"|quiet|heat|ringer|weight|set|center|centre|easy|good|cute)|(?:slept|sleep|sleeping)"
    r" like the dead|(?:im|i am|literally|totally|so) dead(?: \w+)? (?:lol|lmao|haha\w*)"
    r"|killing (?:me|it|time)|killed it|kill(?:ed)? (?:time|a spider|the mood|two hours|an hour)"
    r"|killer (?:headache|workout|class|leg day|session|hike|hill|view|song|outfit|deal)"
    r"|(?:id|would|could) kill for|could murder an? \w+|(?:could|would|can) sleep (?:forever"
    r"|for (?:a week|days|a year|ever))|(?:my )?(?:phone|battery|laptop|car|wifi|tv|plants?"
    r"|flowers|tomatoes|fridge|heater|boiler|printer) (?:\w+ )?(?:died|dead|dying|is dead"
    r"|was dead)|(?:party|wind|noise|conversation|music|storm) (?:\w+ )?died (?:down|off)"
    r"|die down|died down|dies down|to die for|never say die|do or die|dice|diet\w*"
    r"|dead ?line\w*|dead ?lift\w*|drop (?:off|in|me|by|of)|drop ?off|dropped (?:off|my|the)"
    r"|(?:could|would|can) eat a horse|end of (?:the|my) (?:day|week|shift|rope)"
    r"|(?:can|could|should|may|go|tell \w+ to) (?:go )?(?:jump|take a (?:long )?walk) off (?:a|the)"
    r" (?:\w+ )?(?:bridge|cliff|pier)|go jump in (?:a|the) (?:lake|river|sea)"
    r"|(?:want|wanted) (?:the ground|a hole) to swallow me|sink into the floor"
    r"|(?:sleep|rest|relax|retire) when (?:im|i am|youre|were) dead|fainting goats?"
    r"|punish\w* my ?self with (?:a|an|another|extra|more|\d)|hurt my ?self laughing"
    r"|cant (?:go on|take|keep) (?:\w+ ){0,3}with (?:the|this|that|these|all the) (?:noise"
    r"|heat|builders|cold|weather|traffic|neighbou?rs?|snoring|barking|rain|kids))\b"
)


def _idiom(sentence: str, m: re.Match[str]) -> bool:
    for idiom in _IDIOMS.finditer(sentence):
        if idiom.start() <= m.start() and m.end() <= idiom.end():
            return True
    return False


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
    r"|thought to|thinking in)"
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


def _concept(
    level: SafetyLevel,
    kind: str,
    anchors: str,
    pattern: str,
    *,
    about_self: bool = True,
    needs_wish: bool = False,
    guard: Callable[[str, re.Match[str], str], bool] | None = None,
) -> _Concept:
    return _Concept(
        level, kind, frozenset(_alts(anchors)), re.compile(pattern), about_self, needs_wish, guard
    )


# Round 4 context: a car, a ball or a key is not a person; "de risa" is dying of laughter.
_STRIKE_BENIGN = re.compile(
    r"\b(?:driv\w*|car|road|traffic|bike|cycl\w*|ball|golf|tennis|baseball|pi[nñ]ata"
    r"|snooze|reply all|send|keys?|button|jackpot|gym|wall|lottery|target|note|high note)\b"
)
# "heard a noise but nothing was there, just the cat": an explained sound.
_ABSENT_BENIGN = re.compile(
    r"\b(?:cat|dog|pet|wind|neighbou?rs?|tv|radio|pipes?|heating|fridge|app|phone|podcast"
    r"|door ?bell|delivery|courier|parcel|package|email)\b"
)
_FOREIGN_FIGURE = re.compile(
    r"\b(?:de (?:la )?risa|de verg[uü]enza|de (?:hambre|sue[nñ]o|fr[ií]o|calor|aburrimiento"
    r"|ganas)|de rire|de faim|de honte|dal ridere|vor lachen|de rir|de fome)\b"
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


_TIME_AFTER = re.compile(
    r"^\s*(?:(?:so |too )?early|at \d|at (?:six|five|four|seven)|for (?:work|school|my|the"
    r"|an?)|before|in time|on time|till|until|til|when|during|in the (?:morning|night)"
    r"|during|once|twice|\d|with|to (?:pee|the)|from|because|cause|cuz|coz|after|again (?:at"
    r"|in|tonight at|around|before))\b"
)


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
    r"\b(?:holiday|vacation|trip|camping|away|travel\w*|visit\w*|weekend|business|work"
    r"|hospital|surgery|operation|appointment|infusion|while|next (?:week|month)|for (?:a|\d"
    r"|the|two|three)|off grid|signal|sorry|charity|declutter\w*|moving|move|yard sale"
    r"|garage sale|car boot|old|spare|outgrown|christmas|birthday|thank|pen ?pal|santa"
    r"|valentine|anniversary|wedding|school|lawyer|solicitor|attorney|bank|renewal|quote"
    r"|cheaper|premium|everyone should|at my age|estate|mortgage|plants|teacher|parents"
    r"|class|babysitter|nanny|sitter|dentist|doctor|milkman|postman|neighbou?rs? about"
    r"|retir\w*|leaving do|card|cards|new job|party|colleague|coworker|boss)\b"
)


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
    r"|weekly|for the (?:week|month|weekend|days? ahead))\b"
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
    r"|\bgun (?:show|range|club|safe|cabinet|licen[cs]e)\b|\bjumped the gun\b"
    r"|\bguns? blazing\b|\bhunt\w*|\b(?:rifle|gun) scopes?\b"
    # game shooting and the starting gun: "out for pigeons", "the gun went off at the start"
    r"|\b(?:pigeons?|rabbits?|pheasants?|grouse|ducks?|deer|clays?|clay pigeons?|vermin|foxes"
    r"|crows|game)\b|\bstart(?:ing)? (?:gun|pistol)\b|\bgun went off at the start\b"
    r"|\b(?:race|marathon|starting line|starters? (?:gun|pistol))\b"
)
_BLADE_BENIGN = re.compile(
    r"\b(?:shav\w*|cook\w*|chop\w*|kitchen|sharpen\w*|butter|bread|steak|carv\w* (?:the|a)"
    r"|grass|lawn ?mower|fan|wiper|rollerblad\w*|skat\w*)\b"
)


def _means_in_everyday_use(sentence: str, m: re.Match[str], text: str) -> bool:
    return bool(
        _ROPE_BENIGN.search(sentence)
        or _GUN_BENIGN.search(sentence)
        or _BLADE_BENIGN.search(sentence)
        or _accidental(sentence, m, text)
    )


_HEIGHT_BENIGN = re.compile(
    r"\b(?:view|sunset|sunrise|photo\w*|coffee|tea|fireworks|drove (?:over|across)|walk\w*"
    r" (?:over|across)|traffic|bungee|diving board|pool|parachut\w*|skydiv\w*|fix\w*"
    r"|gutter|repair\w*|clean\w*|paint\w*|kids|we)\b"
)


_LOVELY = re.compile(
    r"\b(?:lovely|beautiful|gorgeous|stunning|pretty|ducks|swans|boats|sunshine|picnic)\b"
)


def _height_benign(sentence: str, m: re.Match[str], text: str) -> bool:
    if _LOVELY.search(sentence) and not re.search(r"\b(?:jump\w*|calling|end|want\w*)\b", sentence):
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
    r"|faint (?:smell|sound|hope|idea|memory|light"
    r"|glow|noise|line|trace)|faintly|(?:tent|roof|shelf|chair|economy|market|cake|souffle"
    r"|deal|plan|project|building|wall|table|sofa bed|bed frame|umbrella) (?:\w+ )?collaps\w*"
    r"|collaps\w* (?:the|my) (?:box|boxes|tent|umbrella|stroller|pram|chair))\b"
)


def _faint_benign(sentence: str, m: re.Match[str], text: str) -> bool:
    if _blacked_out_thing(sentence, m, text) or _habitual_faint(sentence, m, text):
        return True
    return bool(_FAINT_BENIGN.search(sentence)) or any(
        g(sentence, m, text)
        for g in (
            _passed_out_asleep,
            _collapse_into_bed,
            _faint_figure,
            _hypothetical,
            _general_question,
        )
    )


def _seizure_benign(sentence: str, m: re.Match[str], text: str) -> bool:
    if re.match(
        r"^\s*(?:when|about|because|over|if|at)\b|^\s*of (?:rage|laugh\w*|giggles"
        r"|coughing|anger|jealousy|pique|temper)",
        _after(sentence, m),
    ):
        return True
    if re.search(
        r"\b(?:seized up|seize the|seized the|seizing the|fits (?:in|into|well|perfectly)"
        r"|it fits|this fits)\b",
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


# "the kids will be fine without me for one night": a night out, not an absence for good.
_SHORT_ABSENCE = re.compile(
    r"\bfor (?:one|a|an|the|\d+|two|three|a few|a couple of) (?:\w+ )?(?:nights?|days?"
    r"|evenings?|weekends?|weeks?|hours?|while|trip)\b|\bdate night\b|\blost without me\b"
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
    r"|nail biting)\b"
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
_LIFELINE_BENIGN = re.compile(
    r"\b(?:coffee|caffeine|tea|espresso|energy drinks?|red bull|monster|sugar|snacks?"
    r"|chocolate|wine|beer|naps?|netflix|adrenaline|spite|awake|up late|job|work|money"
    r"|pay ?check|salary|mortgage|rent|town|city|country|house|flat|apartment|lol|lmao|haha)\b"
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


def _oblique_benign(sentence: str, m: re.Match[str], text: str) -> bool:
    """Counting sheep or pills for the week; 'take them all' needs pills or a plan near it."""
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

# ---- Context for the round 5 families below.

# "no trouble breathing": the negation opens the match itself.
_DENIED_IN_MATCH = re.compile(
    r"(?:no|not|never|without|zero) (?:\w+ ){0,2}?(?:trouble|problems?|issues?|difficult\w*"
    r"|shortness|struggl\w*|hard time)\b"
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
# A life wound down: things sold or given away, notice given, nobody told.
_WIND_DOWN = re.compile(
    r"\b(?:sold|selling|sell) (?:off )?(?:\w+ ){0,2}?(?:my|all my|of my|everything)\b"
    r"|\b(?:gave|given|giving|handed in|hand in) (?:in )?(?:my )?notice\b"
    r"|\b(?:gave|given|giving|give) (?:\w+ ){0,2}?away\b"
    r"|\b(?:cancel\w*|closed|closing) (?:all )?(?:my )?(?:\w+ )?(?:accounts?|subscriptions?"
    r"|phone contract|lease|membership)\b"
    r"|\b(?:told|telling|tell) (?:nobody|no one|noone|no body|not a soul)\b"
    r"|\b(?:havent|have not|not|didnt|wont) (?:told|telling|tell) (?:anyone|anybody|a soul)\b"
    r"|\brehom\w*|\bpaid off (?:all )?my\b|\baffairs\b|\bmy will\b"
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
_GARAGE_BENIGN = re.compile(
    r"\b(?:forgot|by mistake|accident\w*|warm\w* (?:\w+ )?up|defrost\w*|de ice|charg\w*"
    r"|jump ?start\w*|battery|mechanic|fix\w*|repair\w*|test\w*|oil|leak\w*|service\w*|mot"
    r"|to the garage|garage said|at the garage|engine light|door (?:was |is )?"
    r"(?:open|up)|open door)\b"
)
# Notes for an exam, a meeting or oneself.
_NOTE_WORD = re.compile(r"\b(?:notes?|letters?)\b")
_NOTES_BENIGN = re.compile(
    r"\b(?:exams?|class|classes|lectures?|revis\w*|study\w*|meeting|minutes|course|homework"
    r"|uni|to self|myself|shopping list|to do list|recipe|sticky|post its?|fridge|diary|journal"
    r"|sleep log|therapist|doctor|gp|appointment|handover|thesis|essay|report|presentation"
    r"|book club|sermon|speech)\b"
)
# "nobody would miss me at the party", "no one would notice if i skipped the gym".
_MISSED_AT = re.compile(
    r"^\s*(?:me )?(?:at|in|on|from) (?:the|my|work|school|a|an|this|that)\b|^\s*(?:me )?if i"
    r" (?:skip\w*|miss\w*|didnt (?:go|show|turn up|come)|left early|leave early|stayed home"
    r"|stay home|went home)\b"
)
# A car off the road in fog or on ice is an accident.
_ROAD_ACCIDENT = re.compile(
    r"\b(?:fog\w*|ice|icy|skid\w*|deer|fox|avoid\w*|nearly|accident\w*|puncture|tyre|tire"
    r"|blew out|lost control|slid|slipped|snow\w*|black ice|aquaplan\w*|crash(?:ed)? into us)\b"
)
# A pet's seizure at the vet is not the patient's.
_ANIMAL = re.compile(
    r"\b(?:cats?|dogs?|pupp(?:y|ies)|kittens?|pets?|hamsters?|rabbits?|bunny|horses?|pony"
    r"|parrots?|budgie|birds?|guinea pigs?|ferrets?|tortoise|lizard|snake|goats?|chickens?"
    r"|gerbils?|rats?|mice|fish)\b"
)
_HUMAN_SUBJECT = re.compile(
    r"\b(?:i|im|ive|id|ill|me|we|were|he|she|hes|shes|they|theyre|" + _PEOPLE[3:-1] + r")\b"
)


def _animal_subject(sentence: str, m: re.Match[str]) -> bool:
    """The symptom's subject is an animal just before it: 'my dog had a seizure'. A comma or a
    new clause between them leaves the patient as the subject ('at the vet with the dog,
    started having chest pain')."""
    prefix = " ".join(_prefix(sentence, m).split()[-8:])
    animals = list(_ANIMAL.finditer(prefix))
    if not animals:
        return False
    between = prefix[animals[-1].end() :]
    return (
        len(between.split()) <= 4
        and not _CLAUSE_AFTER_ANIMAL.search(between)
        and not _HUMAN_SUBJECT.search(between)
    )


_CLAUSE_AFTER_ANIMAL = re.compile(r"[,;:]|\b(?:and|then|but|so|while|when|because)\b")


# "nearly passed out when i saw the repair bill lol": shock at a price, not a faint.
_REACTION_FIGURE = re.compile(
    r"\b(?:nearly|almost|about to|could have|couldve|practically|literally|basically)"
    r" (?:\w+ )?(?:pass\w* out|faint\w*|fell over|collaps\w*|had a heart attack|keel\w* over"
    r"|black\w* out|had a seizure)\b(?=[^.!?;\n]{0,50}?\b(?:bill|price|prices|cost|quote"
    r"|receipt|invoice|total|rent|balance|fine|ticket|score|news|results?|text|message|email"
    r"|boredom|embarrassment|excitement|laugh\w*|cringe)\b)"
)
# Someone else's crisis that is over: "my coworker tried to overdose last year and shes
# doing great now". The writer's own words of risk in the sentence keep it.
_OTHERS_DONE = re.compile(
    r"\b(?:last (?:year|month|summer|winter|spring|autumn|fall)|(?:years?|months?) ago"
    r"|back in (?:(?:19|20)\d\d|the day|high school|college|school|uni|the \d0s)|in (?:19|20)\d\d"
    r"|when (?:he|she|they) (?:was|were)|when i was (?:a|an|young|little|in|\d+)"
    r"|(?:doing|is|s|are|theyre"
    r"|seems?) (?:really |so |much |a lot |way )?(?:great|well|fine|better|ok|okay|good|happy"
    r"|amazing|brilliant) now|recovered|in recovery|survived|pulled through|got help)\b"
)
_OTHERS_LONG_AGO = re.compile(
    r"\b(?:last (?:year|month|summer|winter|spring|autumn|fall)|(?:years?|months?) ago|back in"
    r"|in (?:19|20)\d\d|when (?:he|she|they) (?:was|were) (?:a |young|little|\d))\b"
)
_NOW_AGAIN = re.compile(r"\b(?:again|still|right now|today|tonight|this morning|just now)\b")
_OWN_RISK = re.compile(
    r"\b(?:i|im|ive|id|ill)\b(?: \w+){0,3} (?:want|wanna|(?:thinking|think)(?! (?:about|of)"
    r" (?:him|her|them|his|their)\b)|keep|going to|might"
    r"|could|should|will|feel|felt|tried|try|wish|do the same|too)\b"
)


def _others_past(sentence: str, m: re.Match[str]) -> bool:
    if _SELF_IN_MATCH.search(m.group(0)) or not _OTHERS_DONE.search(sentence):
        return False
    return _other_subject(sentence, m) and not _OWN_RISK.search(sentence)


# A milestone of recovery: "got my 1 year clean from self harm chip".
_MILESTONE_CLEAN = re.compile(
    r"\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few"
    r"|several|many|half a) (?:full |whole )?(?:days?|weeks?|months?|years?|yrs?) (?:clean"
    r"|free|sober|without)\b|\b(?:clean|free) (?:from|of) (?:self harm\w*|sh|cutting|self"
    r" injury) (?:for|since)\b|\b(?:clean|recovery) (?:chip|coin|medal|badge|milestone"
    r"|anniversary|streak)\b"
)
_RELAPSE = re.compile(
    r"\b(?:blew it|blown it|relaps\w*|slip\w*|again|urges?|tempt\w*|want\w*|crav\w*|struggl\w*"
    r"|close to|almost|nearly|but|until|till|broke|broken|ruined|lost|reset|back to|started"
    r"|still|think\w*|thoughts?|miss\w*|hard|tonight i|last night i|today i)\b"
)


def _recovery_milestone(sentence: str, text: str) -> bool:
    return bool(_MILESTONE_CLEAN.search(sentence)) and not _RELAPSE.search(text)


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
    r"|morphine|fentanyl|benzos|xanax|valium|ativan|klonopin|clonazepam|lorazepam|diazepam"
    r"|alprazolam|temazepam|ambien|zopiclone|zolpidem|trazodone|seroquel|quetiapine|lithium"
    r"|lamictal|gabapentin|lyrica|insulin|prescriptions?|scripts|tylenol|paracetamol"
    r"|acetaminophen|ibuprofen|advil|aspirin|antidepressants|amitriptyline|sertraline|zoloft"
    r"|prozac|lexapro|effexor|wellbutrin|doses)"
)
# Gathering them: "stockpiling", "saving up", "kept back my ambien".
_GATHER = (
    r"(?:stockpil\w*|hoard\w*|stash\w*|sav\w* up|saving|saved|collect\w*|kept back|keeping"
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
# A dead person the writer could "join": the message says someone died.
_BEREAVED = re.compile(
    r"\b(?:died|passed|passed away|lost (?:him|her|them|my)|funeral|grave|widow\w*|late"
    r" (?:husband|wife|son|daughter|mom|mum|dad|partner|brother|sister)|heaven|buried"
    r"|cemetery|rip|in the ground|gone now|killed in action|kia|fallen|lost (?:\w+ ){0,2}"
    r"(?:buddies|friends|mates|comrades|brothers|men|guys|pals))\b"
)
# A height, a drop or a track: where standing at the edge is the danger.
_HEIGHT = re.compile(
    r"\b(?:roof\w*|bridge|cliffs?|top floor|(?:\d+\w*|top|upper) (?:floor|storey|story|level)"
    r"|balcony|overpass|parking (?:garage|structure|deck|ramp)|car park|multi ?storey|tower"
    r"|building|platform|tracks|railway|ledge|window|quarry|dam|gorge|highway|freeway)\b"
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
    r"|love (?:them|her|him|you)|anymore|any more|gone|dead|die|miss me)\b"
)
_TRIVIAL_AFTER_PLAN = re.compile(r"^\s*(?:for (?:work|school|the|a)|on (?:monday|the))\b")


def _sorry_trivial(sentence: str, m: re.Match[str], text: str) -> bool:
    """'tell dr patel im sorry i missed the appointment' apologises for a chore."""
    if "fault" in m.group(0) or "goodbye" in m.group(0):
        return False
    return bool(_SORRY_FOR_TRIVIA.match(_after(sentence, m))) or not _FAREWELL_CONTEXT.search(
        text.replace(m.group(0), " ")
    )


def _edge_benign(sentence: str, m: re.Match[str], text: str) -> bool:
    if "wrong side" in m.group(0):
        return False
    return (
        not _HEIGHT.search(sentence)
        or bool(_HEIGHT_NOT.search(sentence))
        or not _LINGER.search(_after(sentence, m) + " " + _prefix(sentence, m))
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
    r"|abroad|leave|work|business|camp|hospital for|surgery|diary|log)\b"
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
        "stock|hoard|stash|sav|collect|kept|keep|held|hold|squirrel|put|sett|set|build|buil|pil",
        rf"\b{_GATHER}(?: \w+){{0,3}}? {_MEDS}\b",
        guard=lambda s, m, t: not _GATHER_INTENT.search(t),
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
        ),
    ),
    # A vehicle wished onto the writer: "wish a truck would just hit me".
    _concept(
        "crisis",
        "vehicle_wish",
        "truck|lorry|bus|car|train|van|semi|plane|driver",
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
            bool(_TIME_AFTER.match(_after(s, m)))
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
        r"\b(?:(?:not|wont|never|dont plan (?:on|to)|not planning (?:on|to)) (?:\w+ )?(?:be"
        r" |being )?(?:sticking|staying|hanging|be|stick|stay|hang)? ?(?:around|here)"
        r"(?: \w+){0,2}? (?:(?:past|after|beyond|by|till|until|for) (?:the end of )?(?:christmas"
        r"|xmas|new years?|the holidays|thanksgiving|easter|my birthday|spring|summer|fall"
        r"|autumn|winter|(?:this|next|the) (?:month|year|week|summer|winter|spring)|\d{4}"
        r"|january|february|march|april|june|july|august|september|october|november"
        r"|december|another (?:year|month|week)|the year)|(?:for )?much longer|(?:for )?long)"
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
    _concept(
        "crisis",
        "note_written",
        "note|letter",
        r"\b(?:finished|wrote|written|writing|left|leaving|leave) (?:\w+ )?(?:my|a|the)"
        r" (?:final |last |goodbye )?(?:note|letter)s?\b|\bgoodbye (?:notes?|letters?)\b",
        about_self=False,
        guard=lambda s, m, t: (
            not re.search(
                r"\b(?:sorry|goodbye|forgive|fault|love you all|drawer|find it|found it|everyone"
                r"|when im gone|after im gone)\b",
                t.replace(m.group(0), " "),
            )
            and "goodbye" not in m.group(0)
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
    r"(?:guns?|pistol|handgun|revolver|rifle|shotgun|firearm|glock|ammo|bullets?|ropes?"
    r"|noose|cord|belt|bottle|vials?|syringes?|needles?|blades?|razors?|knife|knives|box"
    r"|cutter|bag|closet|barn|safe|drawer|cabinet|bridge|ledge|" + _MEDS[3:-1] + r")"
)
# The reason left unsaid, or said to be hidden: "dont know why", "not going to pretend".
_UNSAID_WHY = re.compile(
    r"\b(?:(?:dont|do not|cant|dunno) (?:\w+ )?know (?:why|how to stop)|pretend|you know (?:why"
    r"|what for)|know (?:what|why) (?:its|it is|i did|im doing) (?:for|it|that)|not (?:ok|okay"
    r"|safe|fine)|scared of (?:myself|what i)|dont tell|doesnt know|dont know|nobody knows"
    r"|no one knows|cant stop|couldnt stop|for (?:an|over an) hour|for hours|all night)\b"
)
_WHY_STRONG = re.compile(
    r"\b(?:(?:dont|do not|cant) (?:\w+ )?know how to stop|pretend|you know why|not (?:ok|okay"
    r"|safe)|scared of (?:myself|what i)|cant stop|couldnt stop)\b"
)
_HOLD_BENIGN = re.compile(
    r"\b(?:(?:went|go|going|goes) hunting|hunting (?:trip|season)|season|deer|range"
    r"|clean\w* (?:it|the|my)|lock\w*|groceries|shopping"
    r"|leftovers|kittens?|puppy|laundry|by mistake|returned|hay|boat|kids are|to check on)\b"
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
_LEISURE_LEAP = re.compile(
    r"\b(?:high dive|diving board|springboard|trampoline|swing|bungee|zip ?line|parachut\w*"
    r"|skydiv\w*|rope swing|monkey bars|the couch|the sofa|the bed|the stairs|the step|the"
    r" dock|the boat|the pier into|into the pool|pool|hurdles?|the plane|first time since)\b"
)
# A dose warning heeded: "the pharmacist said i could overdose, so i took 1".
_DOSE_WARNING = re.compile(
    r"\b(?:(?:dont|not to|never|do not) take more than|or (?:you|i|u) (?:could|might|would|can"
    r"|will)|(?:could|might|can) overdose if|warned|pharmacist|label|leaflet|doctor said"
    r"|nurse said|instructions)\b"
)
_DOSE_HEEDED = re.compile(
    r"\b(?:so i (?:only |just )?(?:took|take|had|stuck to|stopped|didnt|skipped|went with)"
    r"|so i (?:only|just)|i only took|stuck to the dose)\b"
)
# A wish that is over: "used to want to die ... havent had that thought in 3 weeks".
_USED_TO = re.compile(r"\bused to\b")
_SINCE_CHANGED = re.compile(
    r"\b(?:havent (?:had|felt|thought)|hasnt (?:come|been)|not any ?more|no longer|gone now"
    r"|not since|in (?:\d+|a|two|three|four|five|six|several|a few) (?:days|weeks|months|years)"
    r"|for (?:\d+|a|two|three|four|five|six|several|a few) (?:weeks|months|years))\b"
)


def _leisure_leap(sentence: str, m: re.Match[str]) -> bool:
    """'jumped off the high dive at the Y' is a feat, not a fall."""
    return bool(re.search(r"\b(?:jump|leap)", m.group(0)) and _LEISURE_LEAP.search(sentence))


def _dose_heeded(sentence: str, m: re.Match[str], text: str) -> bool:
    """A warning about overdose passed on and followed is a careful patient."""
    if not re.search(r"\b(?:overdos\w*|od)\b", m.group(0)):
        return False
    return bool(_DOSE_WARNING.search(sentence) and _DOSE_HEEDED.search(text))


def _wish_outgrown(sentence: str, m: re.Match[str], text: str) -> bool:
    """A wish told in the past with a clear change since, and no sign it is back."""
    return bool(
        _USED_TO.search(_prefix(sentence, m)[-40:])
        and _SINCE_CHANGED.search(text)
        and not re.search(r"\b(?:again|back|still|came back|returned|lately|tonight)\b", text)
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
        r"|next to me|beside me))\b",
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
        r"(?:to|would|will|could) (?:die|kill|not wake|end it|od|overdose|stop (?:my|your|a)"
        r" heart))",
        about_self=False,
        guard=_lethal_benign,
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
        r"|(?:lied|lying|lie)(?: \w+){0,3}? (?:said|told|saying|telling) (?:\w+ ){0,3}?(?:i was"
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
_NEED_REASON = re.compile(
    r"\b(?:new|upgrad\w*|replac\w*|bought|broke|broken|moving|move|moved|spain|abroad|summer"
    r"|winter|heat|cold|diet|weight|lost weight|grown|outgrown|kids grew|retir\w*|quit|quitting"
    r"|stopped|gave up|no time|pregnan\w*|baby|wedding|uni|graduat\w*|sober|dry|vegan"
    r"|subscription|trial|car|flat|house|holiday|vacation|trip|travel\w*|charity|declutter\w*"
    r"|car boot|yard sale|garage sale|spare|old|eba?y|vinted|marketplace|gumtree|uniform)\b"
)
# "i had suicidal thoughts years ago but therapy helped": a past named and a change since.
_PAST_OVER = re.compile(
    r"\b(?:(?:therapy|treatment|ketamine|meds|medication|counselling|counseling|it|that|dbt"
    r"|cbt|support|help) (?:really )?helped|(?:well|better|fine|ok|okay|good|great|stable"
    r"|happy) (?:now|these days|since)|recovered|in recovery|got (?:through|past|help|better)"
    r"|behind me|long gone|havent (?:had|felt|thought) (?:that|it|them|those)|been (?:fine"
    r"|well|ok|okay|good|clean|free) (?:for|since|ever since))\b"
)
_PAST_BACK = re.compile(
    r"\b(?:again|back(?! (?:in|then|when|during|at|before))|still|came back|coming back|returned"
    r"|returning|lately|recently|tonight|today|these days(?! (?:im|i am|i feel) (?:well|better"
    r"|fine|good|ok|okay))|this week|same way|like that now|creeping)\b"
)
# Said after the change: "therapy helped but i want to die" is the wish back.
_PAST_THEN_NOW = re.compile(
    r"\b(?:want\w*|wanna|wish\w*|think\w*|thought about|going to|gonna|plan\w*|cant|feel like"
    r"|feeling like|urges?|tempt\w*|struggl\w*|scared|worried|afraid|relaps\w*|slipp\w*"
    r"|but (?!(?:im|i am|ive been|its|theyre|they are) (?:\w+ )?(?:well|fine|ok|okay|good"
    r"|better|gone|over|great|happy)))\b"
)


def _past_resolved(sentence: str, m: re.Match[str], text: str) -> bool:
    """A crisis told as history with a change since, and no sign it is back."""
    over = _PAST_OVER.search(text)
    return bool(
        over
        and _LONG_AGO.search(sentence)
        and not _PAST_BACK.search(text)
        and not _PAST_THEN_NOW.search(text, over.end())
    )


_ROUND9: tuple[_Concept, ...] = (
    # A cutting verb on the places self-injury goes: "slashing my arms", "sliced my wrist",
    # "carved into my thigh", "slicing myself up".
    _concept(
        "crisis",
        "cut_site",
        "cut|slic|slash|carv|gash|slit|lacerat|nick",
        r"\b" + _CUT_VERB + r" (?:\w+ ){0,2}?(?:into |open |up |at )?" + _CUT_SITE + r"\b",
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
        "see myself|picture myself|imagine myself|envision myself|see me|picture me",
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
    # Things passed on and said to be no longer needed: "gave my guitar and xbox away to my
    # mates, wont be needing them", "sold the lot, i shant need any of it".
    _concept(
        "crisis",
        "no_longer_needed",
        "need",
        r"\b(?:wont|will not|ill not|not going to|dont|do not|wouldnt|no longer|not gonna|never)"
        r" (?:be )?(?:ever )?(?:need|needing|needed) (?:it|them|this|that|these|those|any of"
        r" (?:it|them|this|that)|my \w+|anything|stuff|things|much)(?: (?:any ?more|again"
        r"|after|where|soon|for long|now|much longer))?\b",
        about_self=False,
        guard=lambda s, m, t: (
            not _PASSED_ON.search(t) or bool(_NEED_REASON.search(t) or _LAUGH.search(t))
        ),
    ),
)


# --------------------------------------------------------------------------------------------
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
    r"|tantrums?|crying|clothes|jeans|dress|shoes|size|perfectly|nicely)\b"
)
_ABSTRACT_SEEN = re.compile(
    r"\b(?:point|appeal|logic|problem|issue|progress|results?|difference|improvement|change"
    r"|sign|signal|reply|email|message|text|evidence|benefit|effect|bus|parcel|delivery"
    r"|money|payment|refund|update|link|button|option)\b"
)
_FEW_YEARS_AGO = re.compile(r"\bin (?:19\d\d|20\d\d)\b")


def _year_before_now(sentence: str) -> bool:
    """'fainted at the sight of the needle in 2019': a year already over."""
    this_year = datetime.date.today().year
    return any(
        int(y.group(0)[3:]) < this_year for y in _FEW_YEARS_AGO.finditer(sentence)
    ) and not _BACK_AGAIN.search(sentence)


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
        "floor|plough|plow|smash|crash|ram|driv|drove|swerv|steer|aim|slam|speed|accelerat",
        r"\b(?:floor\w*|plough\w*|plow\w*|smash\w*|crash\w*|ram|ramm\w*|driv\w*|drove|swerv\w*"
        r"|steer\w*|aim\w*|slam\w*|speed\w*|accelerat\w*) (?:it |the car |my car |the van"
        r" |myself |the truck |the ute )?(?:straight |head first |headfirst |full speed |flat out"
        r" )?(?:into|in to|off) (?:a |the |an |that )?(?:\w+ )?" + _SOLID + r"\b",
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
        "heart|breathing|hits me|falls on me|runs over me|kills me|hit by|run over|killed by",
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
        "floor|ground",
        r"\b(?:drop\w*|crumpl\w*|slump\w*|fell|falling|fall|keel\w*|sink\w*|sank|flop\w*"
        r"|went|going|gone) (?:straight |right |just )?(?:down )?(?:to|on|onto) the (?:floor"
        r"|ground|deck)\b",
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
        "isnt there|arent there|wasnt there|werent there|is not there|are not there|not real",
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
        "talk|speak|words|slur|speech",
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
        "exit|way out|departure|day i|night i|date i|week i",
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
_UNREAL_PLACE = (
    r"(?:in|from|on|through|behind|at) (?:the|my) (?:walls?|ceiling|corners?|room|window|mirror"
    r"|dark|floor|wardrobe|closet|tv|vents?|pipes)|(?:in|from) my (?:room|head|ears)"
    r"|talking to me|(?:that|who|which) (?:nobody|no one|noone) else|not there|no one there"
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
    r"|hypertensive (?:crisis|emergency|urgency)|syncop\w*|dyspn\w*|persist\w* (?:visual"
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
        "answer|respond|wake|waking",
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
        r"|\b(?:seeing|hearing|see|hear) my (?:dead|late) \w+",
        about_self=False,
        guard=lambda s, m, t: (
            not _PERSISTS.search(t)
            or bool(_VISIT.search(s) or _ABSENT_BENIGN.search(s))
            or _still_going(s, m, t)
        ),
    ),
    _concept(
        "urgent",
        "clinical_terms",
        "urticaria|angio|anaphyla|stridor|cyano|aphasi|dysarthri|hemipares|facial droop|ictal"
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


_SECOND_LAYER: tuple[_Concept, ...] = (
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
        "su|unaliv| km| ky|self|my sel|meself|myslef|mself|urself",
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
        guard=lambda s, m, t: (
            _end_it_breakup(s, m, t)
            or bool(
                re.search(
                    r"\b(?:meeting|call|convo|conversation|relationship|game|chapter"
                    r"|subscription|contract|lease|book|series|show|day|week|shift"
                    r"|argument|fight|treatment|infusions?|sessions?|season|finale|episode"
                    r"|movie|film|puzzle|level|album|podcast|binge|project|essay|homework"
                    r"|assignment|bottle)\b",
                    s,
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
            or (_JOKE_MARKER.search(s) and not re.search(r"\b(?:die|dead|death)\b", m.group(0)))
        ),
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
        r"|go to sleep and not|sleep and never|close my eyes (?:and|forever)|stay asleep"
        r"(?! (?:till|until|past|through|longer|for \d))|(?:no|the only|only) reason (?:im|i am"
        r"|to|for me to) (?:still )?(?:stay|be here|here|live|keep going|go on|stick around)"
        r"|(?:dont think|not sure|doubt) (?:ill|i will|id|i would) (?:still )?(?:be around|be"
        r" here|make it) (?:for|to|till|until|by|much)|(?:finally|ready to)"
        r" do it (?:tonight|today|this time)|the (?:night|day) i (?:finally )?do it"
        r"|(?:dont|do not) want to do (?:this|life|any of this)(?: \w+){0,2} any ?more)\b",
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
        r"\b(?:(?:count\w*|stockpil\w*|stash\w*|hoard\w*|sav(?:e|ed|ing)|collect\w*|stock\w* up"
        r"|squirrel\w*|hid\w*|hiding) (?:\w+ ){0,3}"
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
        r"|desk|table))|(?:bridge|roof|rooftop|balcony|cliff|parking garage|car park"
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
        guard=lambda s, m, t: _height_benign(s, m, t) or bool(_ROAD_ACCIDENT.search(s)),
    ),
    # Farewells and affairs in order.
    _concept(
        "crisis",
        "farewell",
        (
            "letter|note|goodbye|final|last|affairs|in order|will|funeral|insurance|for me"
            "|im gone|giv|gave|hand|rehom|away|deal with|stuck with|left with|burden|to sort"
            "|clean up|worry about|happen"
        ),
        r"\b(?:(?:wrote|written|writing|write|left|leaving|leave|finished|sealed) (?:\w+ ){0,3}"
        r"(?:letters|notes|goodbye|goodbyes|a goodbye|final|last)|letters (?:are|r) (?:all )?"
        r"(?:written|done|sealed|ready)|(?:letter|note) (?:for|to) (?:my|each|every|the) \w+"
        r" (?:\w+ )?(?:in case(?! (?:she|he|they|you|we|it|the|my|anyone|someone)\b)|for when"
        r"|for after|to find|to read after|if)|(?:letters|notes)"
        r" (?:to|for) (?:my|each|every|all|everyone|the) ?\w*|said (?:my )?goodbyes|saying (?:my"
        r" )?goodbyes|goodbye (?:to )?(?:everyone|everybody|all|world|forever)|this is goodbye"
        r"|(?:my|the) (?:last|final) (?:diary )?(?:entry|message|text|post|goodbye)|last time"
        r" (?:youll|you will|anyone will) hear|if (?:anything|something) (?:happens|should"
        r" happen)(?: to me)?,? (?:\w+ ){0,2}(?:tell|take care|love|look after|give)"
        r"|(?:look after|take care of|care for|raise|feed|walk|have) (?:\w+ ){0,3}(?:if|in case"
        r"|when) (?:anything|something) (?:happens|should happen|happened)(?: to me)?\b"
        r"|affairs(?! (?:are|is|were) (?:a )?(?:mess|messy|complicated|chaos|behind))"
        r"|put(?:ting)? (?:my |everything |things )?(?:in order|things in order)"
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
            _has_reason(s, m, t)
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
        r"|\bwhat i (?:might|could|would|will|may) do to\b|\bmake (?:him|her|them) pay\b"
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
    # Suicidal wishes said in the patient's first language: Spanish, Portuguese, French,
    # Italian, German. Accents are optional because phones drop them.
    _concept(
        "crisis",
        "suicide_other_language",
        (
            "morir|morrer|mourir|morire|sterben|matar|suicid|vivir|viver|vivre|vivere|leben"
            "|muert|morto|mort|tot|umbringen|selbstmord|finir|finita|vida|vie|vita|aqui|aqu"
        ),
        r"\b(?:quiero|quisiera|deseo|quero|queria|gostaria de|ganas de|vontade de|je veux"
        r"|jai envie de|envie de|voglio|vorrei|ich will|ich möchte|ich mochte|ich moechte)"
        r" (?:\w+ ){0,2}?(?:morir(?:me)?|morrer|mourir|morire|sterben|matarme|me matar"
        r"|suicidar\w*|me suicider|me tuer|uccidermi|ammazzarmi|mich umbringen|mich töten"
        r"|desaparecer|disparaître|disparaitre|sparire)\b"
        r"|\b(?:me voy a|voy a|vou me|vou|je vais|sto per|ich werde mich) (?:\w+ )?(?:matar"
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
        guard=lambda s, m, t: bool(_FOREIGN_FIGURE.search(s)),
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
        ),
        r"\b(?:(?:" + _NSSI_VERB + r"|dug|dig\w*|claw\w*|press\w*|held|hold\w*|put|kick\w*"
        r"|squeez\w*) (?:\w+ ){0,4}?(?:my ?self|my (?:own )?(?:\w+ )?" + _BODY + r"|(?:the|a)"
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
        r"|will|passwords?|pins?|bank (?:details|info|cards?|stuff)|account details|accounts"
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
        r"|(?:make|making) (?:sure )?(?:him|her|them) (?:pay|regret it|suffer)\b"
        r"(?! (?:for (?:the|dinner|lunch|it)|back|rent)))",
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
        "|save me|right night|right day|right time|right moment|worry about me|deal with me",
        r"\b(?:(?:picked|chosen|chose|set|decided on|settled on|fixed) (?:a|the|my) (?:day|date"
        r"|night|time)\b(?! (?:for|to|of|with|at|when|in|on|off|out|we|they))"
        r"|(?:know|worked out|figured out|planned|decided|thought about|think\w* about|imagined"
        r"|imagin\w*|picture\w*|dream\w* about)"
        r" (?:exactly |just |already )?(?:how|when|where) (?:id|i would|ill|i will|i could)"
        r" (?:\w+ )?do it\b(?! (?:if|differently|better|again|next|for|with|at work|at home))"
        r"|(?:(?:no ?one|nobody|noone|anyone|they|he|she|you) (?:\w+ )?)?(?:find|finds|found|stop"
        r"|stops|reach|reaches|save|saves) me (?:until|till|til|before|in time)(?: \w+)? (?:its"
        r" (?:over|too late|done|finished)|too late|the morning|morning|im gone)"
        r"|(?:so|when|where|once|before) (?:no ?one|nobody|noone) (?:can|could|will|would|is able"
        r" to) (?:stop|save) me\b(?!"
        r" (?:from|eating|buying|\w+ing))"
        r"|waiting for the right (?:night|day|time|moment|opportunity)\b(?! (?:to|for|with|at"
        r"|in|on))"
        r"|(?:no ?one|nobody|noone|none of you|you all|everyone|they|you) (?:will|would|wont"
        r"|wouldnt)(?: \w+)? (?:have to|need to|ever have to|ever need to)? ?(?:worry about"
        r"|deal with|look after|put up with|take care of) me (?:again|anymore|any more|after|much"
        r" longer|soon|ever again))\b",
        about_self=False,
        guard=lambda s, m, t: bool(_PLAN_BENIGN.search(t)),
    ),
    # Means told without naming them: "counting them every night" beside pills, "tonight
    # im going to take them all", "i know how many i need now".
    _concept(
        "crisis",
        "means_oblique",
        "count|them all|how many|how much|the lot",
        r"\b(?:count(?:ed|ing)? (?:them|the pills|my pills|the tablets|my tablets|how many)"
        r"(?: (?:again|every night|each night|over and over|out|up))?"
        r"|(?:take|taking|swallow\w*|down|downing|neck|necking) (?:them all|all of them|the lot)\b"
        r"(?! (?:to|out|home|with|back|for|in|on|at|over|round|shopping|swimming|off)\b)"
        r"|(?:know|worked out|figured out|calculated|counted|found out) (?:exactly )?how (?:many"
        r"|much)(?: (?:pills|tablets|meds|of them|of these|of my \w+))? (?:i need|i would need"
        r"|id need|it takes|it would take|is enough|would be enough|would do it|will do it)\b"
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
        r"|tomorrow|after|again|afterwards|by))",
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
        "next|tomorrow|future|another",
        r"\b(?:there )?(?:wont|will not|isnt going to|aint going to|wouldnt) be (?:a |any"
        r" |another )?(?:next )?(?:week|month|year|time|christmas|birthday|summer|appointment"
        r"|infusion|tomorrow|future) for me\b",
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
        (
            "pill|med|tablet|sleeper|painkiller|opioid|oxy|benzo|xanax|valium|ambien|zopiclone"
            "|zolpidem|trazodone|seroquel|quetiapine|lithium|insulin|prescription|tylenol"
            "|paracetamol|acetaminophen|ibuprofen|advil|antidepressant"
        ),
        r"\b" + _MEDS + r" (?:\w+ ){0,3}?(?:for|to|so|so that|for to|in order to) (?:i |that i )?"
        r"(?:can |could |will |would )?(?:\w+ )?(?:sleep forever|never wake(?: up)?|not wake"
        r"(?: up)?|dont wake(?: up)?|wont wake(?: up)?|die|end it|end (?:my|this) life|be done"
        r" with (?:it|life))\b",
        about_self=False,
        guard=lambda s, m, t: (
            _crisis_general_question(s, m, t) or _idiom(s, m) or _crisis_negated(s, m, t)
        ),
    ),
    # Knowing where someone keeps a gun or pills, and dwelling on it: "i know where my dad
    # keeps his gun and i think about it", "i have the code to the gun safe. just in case".
    _concept(
        "crisis",
        "means_access",
        "where|access|key to|code|combination",
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
        "|be done|make it stop|not be here",
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
    _concept(
        "urgent",
        "faint",
        "faint|feint|fanted|out|black|collaps|keel|conscious|floor|next thing",
        r"\b(?:faint\w*|feint\w*|fanted|pass(?:ed|ing|es)? out|passt out|past out|black(?:ed"
        r"|ing)? out|blackouts?|collaps\w*|keel\w* over|lost consciousness|losing consciousness"
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
        "|twitching",
        r"\b(?:seiz\w*|siez\w*|sezi\w*|seas?ure\w*|convuls\w*|fitting|(?:a|another|having"
        r"|had|have) fit\b|epileptic|jerking uncontrollabl\w*|shaking uncontrollabl\w*"
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
        "nobody|no one|noone|nothing|empty|nobodys|noones",
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
        "know|remember|recall|recogni|tell|figure|work out|no idea|no clue",
        r"\b(?:no idea|no clue) (?:where im|where i am|who i am|what day it is|whats going on"
        r" or where)\b"
        r"|\b(?:dont|cant|couldnt|doesnt|didnt|wont|no idea|not sure|unable to|not) (?:\w+ ){0,2}"
        r"(?:know|remember|recall|recogni[sz]e|tell|figure out|work out) (?:\w+ ){0,2}(?:who im"
        r"|where im|where i was|where we are|who (?:he|she|they|you) (?:is|are)|who (?:my|his|her)"
        r" \w+ (?:is|are)|what (?:day|year|month|date) it is|what (?:is )?(?:the|todays) (?:day"
        r"|date|year|month)|todays (?:date|day)|the (?:date|day|year) today"
        r"|my (?:own )?(?:name|address|kids|children"
        r"|husband|wife|family|mom|dad|son|daughter|phone number|birthday)|me)\b",
        about_self=False,
        guard=lambda s, m, t: (
            _self_identity(s, m, t)
            or _still_going(s, m, t)
            or (
                bool(re.search(r"\b(?:what|todays|today)\b", m.group(0)))
                and not re.search(r"\b(?:confus\w*|still|since|hours|scared|wrong)\b", s)
            )
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
        "sense|nonsense|gibberish|jibberish|word salad|track|jumbl|garbl|scrambl|lost in",
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
    # Urgent concepts last: an urgent hit stops the read at the next urgent concept.
    *_ROUND10_URGENT,
    *_ROUND11_URGENT,
)


# --------------------------------------------------------------------------------------------
# Where the anchors are. Every anchor of both levels and of every concept is found in one
# pass over `flat` (see the pre-filter above) instead of one str.find walk per anchor: a trie
# regex inside a lookahead is tried at each position, so anchors that overlap or sit inside
# one another ("myself" and "self") are all seen. At a position the trie reports the longest
# anchor there; every other anchor there is a prefix of it, so what each longest anchor stands
# for is worked out once, at import.

_ALL_ANCHORS: frozenset[str] = (
    _CRISIS_ANCHORS
    | _URGENT_ANCHORS
    | frozenset(anchor for concept in _SECOND_LAYER for anchor in concept.anchors)
)
_ANCHOR_SCAN = re.compile("(?=(" + _trie_pattern(_ALL_ANCHORS) + "))")
# The concepts (indexes into _SECOND_LAYER) each concept anchor stands for.
_CONCEPTS_OF: dict[str, tuple[int, ...]] = {
    anchor: tuple(c for c, concept in enumerate(_SECOND_LAYER) if anchor in concept.anchors)
    for concept in _SECOND_LAYER
    for anchor in concept.anchors
}


@dataclass(frozen=True)
class _Found:
    """What finding a longest anchor at a position means."""

    crisis: bool  # one of the anchors there is a crisis rules' anchor
    urgent: bool  # ... an urgent rules' anchor
    concept_anchors: tuple[str, ...]  # the concept anchors there


def _found(longest: str) -> _Found:
    here = [longest[:end] for end in range(1, len(longest) + 1) if longest[:end] in _ALL_ANCHORS]
    return _Found(
        crisis=any(anchor in _CRISIS_ANCHORS for anchor in here),
        urgent=any(anchor in _URGENT_ANCHORS for anchor in here),
        concept_anchors=tuple(anchor for anchor in here if anchor in _CONCEPTS_OF),
    )


_FOUND: dict[str, _Found] = {longest: _found(longest) for longest in _ALL_ANCHORS}


class _Hints(NamedTuple):
    """Which sentences (indexes, in order) each part of `assess` needs to read."""

    crisis: list[int]  # for the crisis rules
    urgent: list[int]  # for the urgent rules
    concepts: dict[int, list[int]]  # for each concept with an anchor in the text


def _hints(norm: str, spans: list[tuple[int, int]]) -> _Hints:
    flat = " " + _NOT_ANCHOR_CHAR.sub(" ", norm)
    starts = [start for start, _ in spans]
    crisis: set[int] = set()
    urgent: set[int] = set()
    # Each concept anchor with the places it is found: (index in `flat`, sentence index).
    sites: dict[str, list[tuple[int, int]]] = {}
    for hit in _ANCHOR_SCAN.finditer(flat):
        i = hit.start()
        # `flat` has one leading space, so index i in it is index i - 1 in the text; an anchor
        # that opens with a space points at the word after it. -1: before the first sentence.
        k = bisect.bisect_right(starts, i if flat[i] == " " else i - 1) - 1
        found = _FOUND[hit.group(1)]
        if k >= 0:
            if found.crisis:
                crisis.add(k)
            if found.urgent:
                urgent.add(k)
        for anchor in found.concept_anchors:
            sites.setdefault(anchor, []).append((i, k))
    concepts: dict[int, set[int]] = {}
    for anchor, places in sites.items():
        walked = _walk(places, spans)
        if walked:
            for c in _CONCEPTS_OF[anchor]:
                concepts.setdefault(c, set()).update(walked)
    return _Hints(
        sorted(crisis), sorted(urgent), {c: sorted(ks) for c, ks in sorted(concepts.items())}
    )


def _walk(places: list[tuple[int, int]], spans: list[tuple[int, int]]) -> list[int]:
    """The sentences, in order, that one concept anchor hints at.

    This replays the str.find walk the concepts were written against: after a hit it goes on
    from one past the end of that sentence, so an anchor that opens with a space and starts
    the very next sentence ("...die.kms") is passed over there. Kept so no answer changes.
    """
    walked: list[int] = []
    resume = 0
    for i, k in places:
        if i < resume or k < 0:
            continue
        walked.append(k)
        resume = max(spans[k][1] + 1, i + 1)
    return walked


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


def _second_layer(
    norm: str, spans: list[tuple[int, int]], hints: dict[int, list[int]] | None
) -> SafetyAssessment | None:
    """The recall-first net; `hints` are the pre-filter's sentences for each concept that has
    any, None to read every sentence for every concept."""
    everything = range(len(spans))
    best: SafetyAssessment | None = None
    stop = len(_SECOND_LAYER)
    for c in range(len(_SECOND_LAYER)) if hints is None else hints:
        if c >= stop:
            # An urgent concept has hit: only a crisis concept before the next urgent one
            # could outrank it, as when every concept was read in turn.
            break
        concept = _SECOND_LAYER[c]
        seen: set[str] = set()
        for k in everything if hints is None else hints[c]:
            start, end = spans[k]
            sentence = norm[start:end]
            if sentence in seen:
                continue  # a repeated sentence gives the same answer
            seen.add(sentence)
            hit = _concept_hit(concept, sentence, norm)
            if hit is None:
                continue
            if concept.level == "crisis":
                return SafetyAssessment("crisis", hit)
            best = SafetyAssessment("urgent", hit)
            stop = _NEXT_URGENT[c]
            break
    return best


def _concept_hit(concept: _Concept, sentence: str, text: str) -> str | None:
    if not _may_match(concept.pattern, sentence):
        return None
    for m in concept.pattern.finditer(sentence):
        if not _layer2_dropped(concept, sentence, m, text):
            return m.group(0).strip()
    return None


def _layer2_dropped(concept: _Concept, sentence: str, m: re.Match[str], text: str) -> bool:
    # Cheapest and most often decisive first: this runs for every candidate in a long text.
    if concept.needs_wish and not _wished(sentence, m):
        return True
    if _idiom(sentence, m):
        return True
    if concept.about_self and _other_subject(sentence, m):
        return True
    if concept.guard and concept.guard(sentence, m, text):
        return True
    negated = _CRISIS_NEG if concept.level == "crisis" else _URGENT_NEG
    return negated(sentence, m, text) or _context_veto(concept.level, sentence, m, text)


# What _BP_READING cannot match without: a digit, a separator, a digit. The reading patterns
# open with a lookbehind, so the engine tries them at every position; this one can skip
# straight to the digits. _BP_SINGLE cannot match without one of _BP_SINGLE_WORDS.
_BP_PAIR = re.compile(r"\d ?(?:/|\\|over|on|-|with|and|by) ?\d")
_BP_SINGLE_WORDS = ("systolic", "diastolic", "number")


def _may_hold_bp(norm: str) -> bool:
    return bool(_BP_PAIR.search(norm)) or any(word in norm for word in _BP_SINGLE_WORDS)


def _bp_not_now(sentence: str, text: str) -> bool:
    """A reading from long ago, or in a story or a dream, as the other urgent words are read."""
    if _long_ago(sentence, None, text):  # type: ignore[arg-type]  # it reads the sentence only
        return True
    m = _BP_READING.search(sentence) or _BP_SINGLE.search(sentence)
    return m is not None and _context_veto("urgent", sentence, m, text)


# --------------------------------------------------------------------------------------------
# Third layer: a weighted risk-cue score, read only when the rules and the concept net both
# say "none". New writers keep putting a crisis in words no phrase foresaw ("baling twine and
# a beam in the loft, that's all i think about", "my plan and my date"): the danger is in
# the company the words keep, not in one phrase. So the words are scored by kind -- a means,
# an intent (plan, time, readiness, farewell, rehearsal, preoccupation), despair and
# finality, an act turned on the self, secrecy ("don't call anyone") -- and three sentences
# together alert only when two kinds add up to the threshold, the writer is the one
# speaking, and no everyday setting (a farm chore, a hunt, a game, a party, a work deadline,
# a prescription) explains the words of that kind. Negations and the shared context vetoes
# (a film, a dream, someone else's death) drop a cue as they drop a rule's match.

_CueKind = Literal["means", "intent", "despair", "act", "secrecy"]


class _Cue(NamedTuple):
    kind: _CueKind
    weight: int
    heads: frozenset[str]  # one of these words is in every match: the cheap gate
    pattern: re.Pattern[str]


_CLAUSE_END = r"\s*(?:[.,!;?\n]|$)"


def _cue(
    kind: _CueKind, weight: int, heads: str, after: str = "", before: str = "", gate: str = ""
) -> _Cue:
    """`gate`: rarer words, one of which every match holds, when the heads are common words."""
    words = frozenset((gate or heads).split("|"))
    return _Cue(kind, weight, words, re.compile(rf"{before}\b(?:{heads})\b{after}"))


# fmt: off
_CUES: tuple[_Cue, ...] = (
    # Means. Weights say how far a word points at a way to die by itself.
    _cue("means", 2, "rope|ropes|noose|nooses|twine|ligature|rafter|rafters"),
    _cue("means", 1, "cord|cable|belt|banister|bannister|beam|beams|loft|hook|ladder"),
    _cue("means", 2, "gun|guns|revolver|pistol|rifle|shotgun|handgun|firearm|firearms|trigger"),
    _cue("means", 2, "chamber"),
    _cue("means", 1, "crossing"),
    _cue("means", 1, "extension", r" (?:lead|cord|cable)"),
    _cue("means", 2, "highest|tallest", r"(?: \w+){0,3} (?:floor|storey|story|deck|building"
                     r"|bridge|car park|tower|block)"),
    _cue("means", 2, "highest|tallest", "", r"\b(?:floor|building|bridge|car park|tower|block)"
                     r"(?: \w+){0,4} (?:is |is the |the )?"),
    _cue("means", 1, "barrel|bullet|bullets|ammo|ammunition|cartridge|cartridges"),
    _cue("means", 1, "pills|tablets|meds|medication|medications|capsules|painkillers|insulin"
                     "|paracetamol|tylenol|ibuprofen|aspirin|antidepressants|opioids|morphine"
                     "|codeine|lithium|seroquel|diazepam|valium|xanax|zopiclone|sertraline"
                     "|pastillas"),
    _cue("means", 2, "bleach|antifreeze|weedkiller|poison|pesticide|paraquat|monoxide"),
    _cue("means", 3, "everything|all", r" (?:in|from) (?:the|my) (?:medicine )?"
                     r"(?:cupboard|cabinet|drawer|box|bottle|packet|bathroom)(?: cabinet)?",
         gate="cupboard|cabinet|drawer|box|bottle|packet|bathroom"),
    _cue("means", 2, "medicine", r" (?:cabinet|cupboard|box|drawer|chest)"),
    _cue("means", 2, "whole", r" (?:bottle|packet|pack|box|strip|tub|blister)"),
    _cue("means", 2, "bridge|bridges|ledge|ledges|cliff|cliffs|overpass|viaduct|parapet"),
    _cue("means", 2, "highest|top", r" (?:floor|storey|story|deck)"),
    _cue("means", 1, "roof|rooftop|balcony|tower|window"),
    _cue("means", 2, "tracks|railway|rails"),
    _cue("means", 1, "train|trains|platform|lorry|lorries|truck|trucks|traffic|motorway|highway"
                     "|interstate|freeway"),
    _cue("means", 2, "exhaust|charcoal|hosepipe"),
    _cue("means", 2, "engine", r" (?:running|on)"),
    _cue("means", 2, "blade|blades|razor|razors|razorblade|razorblades|wrist|wrists|veins"),
    _cue("means", 1, "knife|knives|scissors"),
    _cue("means", 2, "eating|eaten|drinking|eat|drink",
         r"(?! (?:meat|sugar|dairy|gluten|bread|carbs|junk|after|late|before|coffee|alcohol"
         r"|caffeine|fizzy|as much|so much|out|takeaway|fast food)\b)",
         r"\b(?:stopped|not|havent|quit|refusing to|refuse to|stop) (?:been )?"),
    _cue("means", 1, "river|sea|lake|reservoir|canal|quarry|pond|ocean"),
    # Intent: a plan, a time, readiness, a farewell, secrecy, rehearsal, a mind fixed on it.
    _cue("intent", 2, "plan", r"(?! (?:for (?!(?:it|them|that|tonight)\b)|to|is to|b|with|of"
                      r"|on|works|worked|working|went|didnt|failed|changed|fell)\b)",
         r"\b(?:my|the|a) "),
    _cue("intent", 3, "plan", r" (?:is )?(?:in place|set|ready|made|and (?:my|a|the) date)"),
    _cue("intent", 3, "planned|worked|figured", r" (?:it all|out how|out when|out where"
                     r"|everything|how|when)(?! to\b)"),
    _cue("intent", 2, "timing|timed|watching|counting", r" (?:the |when the )?(?:trains?"
                      r"|lorries|trucks|traffic|express)"),
    _cue("intent", 2, "when", r" (?:it gets too much|im ready|the time comes|i need (?:it|them)"
                      r"|i decide|i finally)", r"\bfor "),
    _cue("intent", 2, "when", r" (?:everyone|everyones|the house|theyre|they are|the kids are"
                      r"|hes|shes|nobody|no ones) (?:is |are )?(?:asleep|out|gone|quiet|at work"
                      r"|away|home)"),
    _cue("intent", 2, "sorted|organised|arranged|settled|tied", r" (?:up )?(?:everything|it all"
                      r"|all my|my affairs|loose ends)"),
    _cue("intent", 2, "hold|take|bear", r" (?:me|my weight)\b",
         r"\b(?:would|will|could|can|to|it|itll|should|must) "),
    _cue("intent", 1, "date", r"(?! (?:night|with|was|is (?:on|at|going))\b)", r"\bmy "),
    _cue("intent", 3, "set|picked|chose|chosen|fixed|decided", r"(?: on)? (?:a|the|my) (?:date|day"
                      r"|spot|place|time|method)"),
    _cue("intent", 1, "tonight"),
    _cue("intent", 2, "it", _CLAUSE_END, r"\bthis is ", gate="this"),
    _cue("intent", 2, "need|ready|sorted|place|planned",
         r"(?! (?:for|to|by|when|before)\b)", r"\b(?:everything|all) (?:i |is |is all )?"),
    _cue("intent", 1, "ready", r"(?! (?:for|to|when|by|before|now for)\b)",
         r"\b(?:im|i am|i feel|feel|its|i think im|ive got (?:it|them)|have (?:it|them)) "),
    _cue("intent", 1, "lined|laid", r" (?:up|out)"),
    _cue("intent", 2, "decided|mind",
         r"(?! (?:to (?:stop|start|go|get|try|take|quit|cut|move|skip|have|book|switch|buy"
         r"|sell|change|sleep|leave (?:my|the) job|do (?:the|a|my|some))|on|against|that (?:the"
         r"|it))\b)", r"\b(?:ive|i have|i|im|finally|now|made up my|my) (?:\w+ )?"),
    _cue("intent", 2, "made", r" (?:up )?my (?:mind|choice|decision|peace)(?! (?:to|about|on)\b)"),
    _cue("intent", 3, "through", r" with it", r"\bgo(?:ing|ne)? "),
    _cue("intent", 3, "nerve|courage", "", r"\b(?:work\w* up|find|found|finding|get|getting"
                      r"|got|have|had|lack|lacked|muster\w*|need) (?:up )?(?:the |my )?"),
    _cue("intent", 2, "note|notes|letter|letters", r" (?:to|for) (?:my|the) (?:\w+ )?(?:kids"
                      r"|children|family|wife|husband|partner|son|daughter|parents|mum|mom|dad"
                      r"|sister|brother|everyone|loved ones)"),
    _cue("intent", 2, "note", _CLAUSE_END, r"\b(?:the|a|my) "),
    _cue("intent", 1, "goodbye|goodbyes|farewell|farewells"),
    _cue("intent", 3, "last|final", r" (?:message|text|entry|goodbye|words|night alive"
                      r"|time (?:you|anyone|youll))(?! (?:was|is|had|i sent|in which)\b)",
         r"\b(?:this is|these are|heres|here is|consider this) (?:my |the )?"),
    _cue("intent", 3, "gone", r"(?! (?:on|to|for|away|out|home|back|shopping|a)\b)",
         r"\b(?:when|once|after|before) (?:im|i am|ive) "),
    _cue("despair", 2, "around|here|needing|continuing",
         r"(?! (?:this|next|until|till|tomorrow|on|for (?:a"
                      r"|the (?:next|rest|weekend)))\b)", r"\b(?:wont|not going to|dont plan to"
                      r"|dont expect to|dont think ill|dont think im) (?:be )?"),
    _cue("secrecy", 2, "stop", r" me\b", r"\b(?:dont|no one can|nobody can|cant) (?:try (?:to"
                      r"|and) )?"),
    _cue("secrecy", 2, "told|tell|telling", r" (?:anyone|anybody|a soul|(?:my|the) (?:wife|husband"
                       r"|family|partner|kids|doctor|therapist|nurse))",
         r"\b(?:havent|not|wont|didnt|never|im not) (?:\w+ )?"),
    _cue("secrecy", 2, "call|tell|send|ring|contact|phone", r" (?:anyone|anybody|an ambulance"
                      r"|the police|999|911|for help|my (?:wife|husband|mum|mom|dad|family"
                      r"|partner))", r"\b(?:dont|please dont|no need to) "),
    _cue("secrecy", 2, "look", r" for me", r"\b(?:dont|no need to) "),
    _cue("intent", 3, "time", r" (?:you|anyone|someone|somebody|they|he|she) (?:reads?|sees?"
                      r"|gets?|finds?|opens?|hears?)", r"\bby the "),
    _cue("intent", 1, "tested|testing|checked|practised|practiced|practising|practicing"
                      r"|rehearsed|rehearsing|rehearse|timing|timed"),
    _cue("intent", 2, "weight", "", r"\b(?:hold|take|bear|holds|takes) my "),
    _cue("intent", 2, "enough", "", r"\b(?:strong|high|deep|sharp|tall|fast|lethal) "),
    _cue("intent", 2, "enough", r" (?:now|to (?:do it|be sure|kill|end it|finish it|not wake"
                      r"))", r"\b(?:have|got|saved|collected|stored|theres) "),
    _cue("intent", 2, "saving|saved|stockpiling|stockpiled|hoarding|hoarded|collecting"
                      r"|collected|stashing|stashed|counting|counted|keeping",
         r" (?:up )?(?:all )?(?:of )?(?:my |the |them|some |her |his )?(?:\w+ )?(?:pills"
         r"|tablets|meds|medication|doses|insulin|painkillers)"),
    _cue("intent", 1, "reading|read|looking|looked|googling|googled|searching|searched"
                      r"|researching|researched", r" (?:up |about |into |online )?(?:how|which"
                      r"|what|where|ways|the best way|methods?)"),
    _cue("intent", 2, "asking", r" for (?:reasons|a friend|no reason|research)"),
    _cue("intent", 2, "think|thinking|thought", r"(?: of| about)?",
         r"\ball i (?:can |ever |do |seem to )?"),
    _cue("intent", 1, "thinking|looking|staring", "", r"\b(?:cant stop|keep|kept) "),
    _cue("intent", 2, "differently", "",
         r"\b(?:look\w*|see\w*|eye\w*|star\w*) (?:at )?(?:\w+ ){0,4}"),
    _cue("intent", 1, "peaceful"),
    _cue("intent", 2, "nets|net|barriers|barrier|railings|railing|fence|fences",
         "", r"\b(?:no|without|dont have|doesnt have|dont have any) (?:safety )?"),
    _cue("intent", 1, "purpose|deliberately|intentionally", "", r"\b(?:on )?"),
    _cue("intent", 2, "wake", r" up\b(?! (?:at|till|until|before|early|late)\b)",
         r"\b(?:to not|so i (?:wont|dont|would not|wouldnt)|never|not to|and not) "),
    _cue("intent", 2, "ill|im", r" (?:going to |just |gonna )?",
         r"\bif\b[^,.;!?]{3,60}?,? (?:then )?"),
    _cue("intent", 2, "feel|felt|feels", "", r"\bto see (?:how|what) (?:it|that) (?:would )?"),
    _cue("intent", 1, "hoping|hope|hoped|praying|wish|wishing"),
    _cue("intent", 2, "affairs", "", r"\bmy "),
    _cue("intent", 1, "away", "", r"\b(?:gave|giving|give|given) (?:\w+ )?(?:\w+ )?"),
    # Despair: no point, no way out, a burden, nothing left.
    _cue("despair", 2, "point", r"(?: (?:in )?(?:anything|anymore|any more|living|going on"
                       r"|carrying on|being here|any of (?:it|this)|to (?:it|anything|any of"
                       r" (?:it|this)|life|me|going on))|\s*(?:[.,!;?\n]|$))",
         r"\b(?:no|whats the|see the|any) "),
    _cue("despair", 3, "on", r"(?! (?:the|a|holiday|my|with|at|to|that)\b)",
         r"\b(?:cant|couldnt|dont want to|unable to) (?:go|carry|keep going|live) ",
         gate="cant|couldnt|dont|unable"),
    _cue("despair", 2, "anymore|more",
         "", r"\b(?:cant|couldnt|dont want to) (?:do|take|keep doing|cope with|handle"
             r"|live like) (?:this|it|life) (?:any ?)?"),
    _cue("despair", 2, "doing", r" (?:this|it)", r"\bcant keep "),
    _cue("despair", 2, "another", r" (?:winter|year|day|week|month)(?! shift)",
         r"\bcant (?:do|face|survive|take|stand) "),
    _cue("despair", 2, "burden|burdens|burdening"),
    _cue("despair", 2, "weight", r" on (?:everyone|my|them|you|people|others)", r"\ba "),
    _cue("despair", 3, "off", r" (?:without me|if i (?:was|were|wasnt|werent|didnt|died|left)"
                       r"|if im|with me gone)", r"\bbetter ", gate="better"),
    _cue("despair", 2, "left", r"(?: (?:for me|to live for|to give|in me|inside)|"
                       rf"{_CLAUSE_END})", r"\bnothing "),
    _cue("despair", 2, "tired|sick|exhausted|weary",
         r" of (?:everything|it all|living|life|being (?:alive|here|me|a)|fighting|existing)"),
    _cue("despair", 3, "out", rf"(?:{_CLAUSE_END}| for me| of this| of it all)",
         r"\bno (?:way|escape|exit) ", gate="way|escape|exit"),
    _cue("despair", 2, "hopeless|worthless|helpless"),
    _cue("despair", 1, "pointless|useless|trapped"),
    _cue("despair", 2, "help", r"(?: me)?\b(?! (?:with|to|you|it)\b)",
         r"\b(?:nobody|no one|noone|nothing) (?:can |could |will |would )"),
    _cue("despair", 2, "help", r" me\b(?! (?:with|to)\b)", r"\bcant "),
    _cue("despair", 3, "miss|notice", r" (?:me|if i)",
         r"\b(?:nobody|no one|noone|nobody would|no one would|nobody will|no one will)"
         r" (?:would |will |even )?"),
    _cue("despair", 2, "done", rf"(?:{_CLAUSE_END}| with (?:it all|everything|life|living"
                       r"|this life|this world|being alive))",
         r"\b(?:im|im just|im so|im really) "),
    _cue("despair", 1, "up", r"(?! (?:on (?:the|this|my) (?:diary|naps?|napping|coffee|job|gym)"
                       r"|coffee|caffeine|alcohol|smoking|sugar|trying to (?:nap|sleep)|napping"
                       r"|and went|at)\b)", r"\b(?:give|giving|gave|given) ",
         gate="give|giving|gave|given"),
    _cue("despair", 2, "myself|life", "", r"\bhate (?:my )?"),
    _cue("despair", 1, "forever", "", r"\b(?:sleep|rest|gone|away|go|disappear|over) "),
    _cue("despair", 1, "good", "", r"\bfor "),
    _cue("despair", 2, "enough", rf"(?:{_CLAUSE_END}| of (?:everything|it all|life|living|this))",
         r"\b(?:had|ive had|ive just had) "),
    _cue("despair", 2, "road", "", r"\bend of the "),
    _cue("despair", 1, "thank|thanks", r" (?:you )?for (?:trying|everything|all you(?:ve)? done)"),
    _cue("despair", 2, "gone", r"(?! (?:for|on|to|till|until|away|all|from|\w+ing)\b)",
         r"\b(?:ill|i will|im going to|ill soon|ill already) be "),
    _cue("despair", 2, "sorry", r" (?:for everything(?! (?:i|ive|that) )|to be a bother"
                       r"|for being (?:a burden|such a|like this)|for all of it|about everything)"),
    _cue("despair", 2, "everything", "", r"\b(?:lost|lose|losing|take|takes|taking) "),
    _cue("despair", 2, "life|living", "",
         r"\b(?:continu\w*|carry\w* on|go\w* on)\b[^.!?;]{0,40}?\b(?:with|or) "),
    _cue("despair", 1, "bankrupt|bankruptcy|foreclosure|repossessed|repossession|evicted"),
    # Acts turned on the self.
    _cue("act", 3, "finish|finishes|finished|finishing", r" me(?: off)?\b(?! (?:off )?(?:with"
                   r"|the|a)\b)"),
    _cue("act", 3, "out", r" (?:with (?:it|them|him|her)|of the (?:picture|equation)|permanently"
                   r"|for good)", r"\b(?:take|taking|took|takes) (?:myself|me) ",
         gate="myself|me"),
    _cue("act", 1, "out", r"(?! (?:for|to|on|of the house|with (?:a|my|the|friends))\b)",
         r"\b(?:take|taking|took|takes) myself ", gate="myself"),
    _cue("act", 1, "in", "", r"\bdo me ", gate="do"),
    _cue("act", 2, "misery", "", r"\bout of my "),
    _cue("act", 1, "it", rf"(?: tonight| today| this weekend| soon| now| when|{_CLAUSE_END})",
         r"\b(?:going to|will|ill|finally|just|gonna) do ", gate="do"),
    _cue("act", 2, "along", "", r"\bspeed (?:things|it|this) "),
    _cue("act", 3, "along", r" myself", r"\bspeed (?:things|it|this) "),
    _cue("act", 3, "fade|slip|waste|wither", r" away", r"\b(?:let|letting) (?:myself|me) "),
    _cue("act", 2, "fade|slip|waste|wither", r" away",
         r"\b(?:want to|going to|wish i could|hoping to|hope to|could just|id like to) (?:just )?"),
    _cue("act", 2, "all|everything|whole|lot|rest|every|entire",
         r"(?! (?:day|night|week|the time|of (?:my|the) (?:work|stuff|things))\b)",
         r"\b(?:swallow|swallowed|swallowing|take|took|taking|down|downed) (?:the )?",
         gate="swallow|swallowed|swallowing|take|took|taking|down|downed"),
    _cue("act", 2, "off|front|into|onto|under",
         r" (?:of )?(?:the |a |an )?(?:\w+ )?(?:bridge|ledge|edge|roof|platform|train|traffic"
         r"|lorry|truck|bus|car|river|sea|water|tracks|cliff|balcony|window|motorway|road"
         r"|oncoming|ice|lake|path)",
         r"\b(?:step|stepped|stepping|jump|jumped|jumping|walk|walked|walking|drive|drove"
         r"|driving|swerve|swerved|steer|steered|lie|lying|lay|throw|threw|fall|fell) (?:out )?"
         r"(?:in )?", gate="step|stepped|stepping|jump|jumped|jumping|walk|walked|walking|drive"
         "|drove|driving|swerve|swerved|steer|steered|lie|lying|lay|throw|threw|fall|fell"),
    _cue("act", 2, "cut|cutting|burn|burning", r" (?:again|deeper|myself|my (?:arms?|wrists?"
                   r"|legs?|thighs?|skin))"),
    _cue("act", 2, "many|lots|loads|handful|bunch|load|heap|stack",
         r"(?: of)? (?:\w+ )?(?:pills|tablets|meds|pastillas|painkillers|capsules)",
         r"\b(?:took|take|taking|swallowed|swallow|downed|had) (?:a |so |too )?"),
    _cue("act", 1, "trigger", "", r"\b(?:pulled|pull|pulling|squeezed) the "),
    _cue("act", 1, "it", "", r"\b(?:not|stop|stopped|no more|wont be|wont|im not)"
         r" (?:fight|fighting|fought) ", gate="fight|fighting|fought"),
)
# fmt: on

# Everyday settings that explain the words of one kind in a sentence: rope on a farm, a gun
# at the range, pills as prescribed, a plan for the weekend, a burden of chores.
_CUE_SETTING: dict[str, re.Pattern[str]] = {
    "means": re.compile(
        r"\b(?:diy|conversion|renovat\w*|install\w*|fitted|fitting|shel(?:f|ves)|plaster\w*"
        r"|joists?|builders?|carpent\w*|joiner|decorat\w*|putting up|put up|hung (?:a|the|up)"
        r"|swing|hammock|washing line|clothes line|tarp|tents?|camping|climb\w*|abseil\w*"
        r"|sail\w*|boat|yacht|bales?|calves|calf|cattle|cows?|sheep|lamb\w*|fenc\w*|feeding"
        r"|milking|harvest\w*|tractor|herd|stables?|horses?|hunt\w*|deer|pheasants?|ducks?"
        r"|grouse|clays?|range|targets?|season|rabbits?|pests?|vermin|fox|foxes|licen[cs]e"
        r"|cleaned|cleaning|paintball|airsoft|nerf|laser tag|water gun|glue gun|nail gun"
        r"|staple gun|heat gun|spray gun|starting gun|games?|gaming|playstation|xbox"
        r"|fortnite|call of duty|controller|chopp\w*|cook\w*|recipe|onions?|veg\w*|carrots?"
        r"|dinner|lunch|breakfast|bread|butter|kitchen|shav\w*|beard|as prescribed"
        r"|prescri\w*|pharmac\w*|chemist|refill\w*|gp|doctor|dose|dosage|with food"
        r"|vitamins?|supplements?|organi[sz]er|dosette|reorder|walk\w* (?:over|across|along"
        r"|by|past|under)|hik\w*|views?|scenery|holiday|trip|touris\w*|sightseeing|photos?"
        r"|commut\w*|cathedral|castle|museum|swim\w*|paddl\w*|kayak\w*|fishing|fished|surf\w*"
        r"|beach|picnic|ferry|cruise|ski|skiing|skat\w*|sledg\w*|rowing|bungee|diving"
        r"|cleared|tidied|tidy|clean|emptied|donated|charity|recycl\w*"
        r"|(?:took|take|taken|had) my (?:usual |normal |evening |morning |night |nightly )?"
        r"(?:pills?|meds|tablets?|medication|dose)(?! (?:all|at once)\b)"
        r"|for (?:the|my|our) (?:lorry|van|caravan|truck|bus|trailer|boat|lorries))\b"
        + r"|"
        + _MEDIA.pattern
    ),
    "intent": re.compile(
        r"\b(?:party|parties|wedding|birthday|celebrat\w*|gig|concert|festival|club\w*|drinks"
        r"|night out|pub|restaurant|cinema|theatre|date night|first date|second date"
        r"|dinner date|on a date|a date with|holiday|trip|flight|travel\w*|packing|packed"
        r"|suitcase|bags"
        r"|camping|colleagues?|coworkers?|office|job|boss|shift|deadline|project|meeting"
        r"|presentation|interview|exams?|school|class|essay|assignment|treatment plan"
        r"|care plan|meal plan|sleep plan|diet|gym|workout|training|race|marathon|match"
        r"|game|weekend plans?|moving|shopping|christmas|thanksgiving|easter|new year"
        r"|recipe|bed by|in bed|to bed|for bed|sleep schedule|routine|alarm|nap|school run"
        r"|bak\w*|cake|pen pals?|solicitor|lawyer|paperwork|admin|netflix|episode|series"
        r"|film|movie|book|novel|show)\b"
    ),
    "despair": re.compile(
        r"\b(?:chores?|dishes|laundry|housework|ironing|hoover\w*|cleaning|paperwork|admin"
        r"|emails?|inbox|homework|asking|ask|question|appointment|reschedul\w*|insomnia"
        r"|sleep\w*|nap|naps|napping|bed|coffee|caffeine|diet|gym|job|work|boss|shift|commute"
        r"|traffic|noise|neighbou?rs?|weather|rain|heat|game|match|team|season|exams?|diary"
        r"|app|bot|form|wifi|internet|phone|printer|computer|laptop|fridge|car park|parking)\b"
    ),
    "act": re.compile(
        r"\b(?:(?:this|that|the) week|job|work|kids|boss|commute|heat|weather|exams?|schedule"
        r"|workload"
        r"|insomnia|stairs|hill|gym|workout|hike|holiday|beach|pool|swim\w*|dive|diving"
        r"|bungee|skydiv\w*|trampoline|lol|haha\w*|jk|dinner|lunch|meal|drink|pizza|cake"
        r"|diary|washing|ironing|homework|chores?)\b"
    ),
}


def _cues_by_head() -> dict[str, tuple[int, ...]]:
    by_head: dict[str, tuple[int, ...]] = {}
    for i, cue in enumerate(_CUES):
        for head in cue.heads:
            by_head[head] = (*by_head.get(head, ()), i)
    return by_head


# Which cues (indexes into _CUES) a word in a sentence calls for.
_CUES_BY_HEAD = _cues_by_head()


def _cues_called(heads: set[str]) -> set[int]:
    return {i for head in heads for i in _CUES_BY_HEAD[head]}


# Every byte but an ASCII letter or digit turned to a space: a head bounded by \b is then a
# whole word of what is left. Bytes translate far faster than str; other text takes a regex.
_NOT_WORD = bytes(c if c in b"abcdefghijklmnopqrstuvwxyz0123456789" else 32 for c in range(256))
_NOT_WORD_RE = re.compile(r"[^a-z0-9]")


def _words(text: str) -> list[str]:
    if text.isascii():
        return text.encode().translate(_NOT_WORD).decode().split()
    return _NOT_WORD_RE.sub(" ", text).split()


_CUE_SELF = frozenset({"i", "im", "ive", "id", "ill", "me", "my", "myself", "mine"})
# A chat message often drops the "i": "took everything in the cupboard", "tested the beam".
_SUBJECTLESS = re.compile(
    r"(?:^|[,:] |\band )\s*(?:\w+ed|asking|took|tested|tied|bought|got|wrote|written|filled"
    r"|sat|stood|drove|checked|counted"
    r"|saved|stashed|gave|sorted|made|picked|put|left|went|been|going to|planning|done|have"
    r"|had|cant|wont|just|thinking|looking|hoping|started|starting|keep|kept|walked|tried"
    r"|trying|spent|ready|nearly|almost|finally)\b"
)
_CUE_THRESHOLD = 4  # the kinds' scores added up, each kind capped at _KIND_CAP
_KIND_CAP = 3
_CUE_WINDOW = 3  # sentences read together


class _CueHit(NamedTuple):
    kind: _CueKind
    weight: int
    words: str


class _Read(NamedTuple):
    """One sentence as the score sees it."""

    sentence: str
    found: list[tuple[_Cue, list[re.Match[str]]]]  # each cue whose pattern matches, in order
    words: set[str]


def _read(sentence: str) -> _Read:
    words = set(_words(sentence))
    found = []
    # In the order of _CUES, so the same message always names the same words.
    for i in sorted(_cues_called(words & _CUES_BY_HEAD.keys())):
        matches = list(_CUES[i].pattern.finditer(sentence))
        if matches:
            found.append((_CUES[i], matches))
    return _Read(sentence, found, words)


def _speaks(read: _Read) -> bool:
    return not read.words.isdisjoint(_CUE_SELF) or bool(_SUBJECTLESS.search(read.sentence))


def _cue_hits(read: _Read, text: str) -> list[_CueHit]:
    hits: list[_CueHit] = []
    for cue, matches in read.found:
        for m in matches:
            if not _cue_dropped(cue, read.sentence, m, text):
                hits.append(_CueHit(cue.kind, cue.weight, m.group(0).strip()))
                break
    return hits


def _cue_dropped(cue: _Cue, sentence: str, m: re.Match[str], text: str) -> bool:
    setting = _CUE_SETTING.get(cue.kind)
    if setting is not None and setting.search(sentence):
        return True
    if _negated(_prefix(sentence, m), _after(sentence, m), _CRISIS_NEG_RE, window=5):
        return True
    return _context_veto("crisis", sentence, m, text)


def _score(weights: list[tuple[str, int]]) -> tuple[int, int]:
    """The kinds' weights added up, each kind capped; and how many kinds there are."""
    by_kind: dict[str, int] = {}
    for kind, weight in weights:
        by_kind[kind] = by_kind.get(kind, 0) + weight
    return sum(min(_KIND_CAP, w) for w in by_kind.values()), len(by_kind)


def _passes(weights: list[tuple[str, int]]) -> bool:
    score, kinds = _score(weights)
    return score >= _CUE_THRESHOLD and kinds >= 2


def _risk_cues(norm: str) -> SafetyAssessment | None:
    """Crisis when cues of two kinds add up within a few sentences, the writer speaking."""
    heads = _CUES_BY_HEAD.keys() & set(_words(norm))
    if len(heads) < 2:
        return None
    # Every cue its words could call for, at full weight: most messages cannot reach the
    # threshold even so, and are passed over without reading a sentence.
    if not _passes([(_CUES[i].kind, _CUES[i].weight) for i in _cues_called(heads)]):
        return None
    reads: dict[str, _Read] = {}  # a repeated sentence is read once
    kept: dict[str, list[_CueHit]] = {}  # ... and its cues weighed against the vetoes once
    window: list[_Read] = []
    for m in _SENTENCE.finditer(norm):
        sentence = m.group(0).strip()
        if not sentence:
            continue
        if sentence not in reads:
            reads[sentence] = _read(sentence)
        window = [*window[1 - _CUE_WINDOW :], reads[sentence]]
        hit = _window_crisis(window, norm, kept)
        if hit is not None:
            return hit
    return None


def _window_crisis(
    window: list[_Read], text: str, kept: dict[str, list[_CueHit]]
) -> SafetyAssessment | None:
    """The last few sentences together; the everyday settings, negations and vetoes are read
    only where the words alone could reach the threshold, which is seldom."""
    if not window[-1].found:
        return None
    # Each cue counted at its full weight: an upper bound on the score after the vetoes.
    if not _passes([(cue.kind, cue.weight) for read in window for cue, _ in read.found]):
        return None
    if not any(_speaks(read) for read in window):
        return None
    for read in window:
        if read.sentence not in kept:
            kept[read.sentence] = _cue_hits(read, text)
    hits = list({(h.kind, h.words): h for read in window for h in kept[read.sentence]}.values())
    if not _passes([(h.kind, h.weight) for h in hits]):
        return None
    strongest = sorted(hits, key=lambda h: -h.weight)[:3]
    return SafetyAssessment("crisis", " + ".join(h.words for h in strongest))


# A message written in fragments ("chest. pain. left side. arm numb.", "pills counted. 40.
# tonight.") is one clause cut by full stops, so the words a family needs together fall in
# different sentences. When such a message reads as none it is read once more with those
# stops as commas.
_FRAGMENT_STOP = re.compile(r"[.!;\n]+(?=\s|$)")
_FRAGMENT_WORDS = 3


def _joined_fragments(norm: str) -> str | None:
    pieces = [p.strip() for p in _SENTENCE.findall(norm) if p.strip()]
    if len(pieces) < 2:
        return None
    short = sum(1 for p in pieces if len(p.split()) <= _FRAGMENT_WORDS)
    if short < 2 or 2 * short < len(pieces):
        return None
    return _FRAGMENT_STOP.sub("", norm)


def _assess(text: object, *, prefilter: bool = True) -> SafetyAssessment:
    norm = _normalise(text)
    if not norm.strip():
        return _NO_RISK
    verdict = _judge(text, norm, prefilter=prefilter)
    if verdict.level == "none":
        joined = _joined_fragments(norm)
        if joined is not None:
            verdict = _judge(text, joined, prefilter=prefilter)
    if verdict.level == "none":
        # The third layer, only where everything before it found nothing.
        return _risk_cues(norm) or verdict
    return verdict


def _judge(text: object, norm: str, *, prefilter: bool) -> SafetyAssessment:
    spans: list[tuple[int, int]] = []
    sentences: list[str] = []
    for m in _SENTENCE.finditer(norm):
        stripped = m.group(0).strip()
        if stripped:
            spans.append(m.span())
            sentences.append(stripped)
    crisis_sentences = sentences
    urgent_sentences = sentences
    concept_hints: dict[int, list[int]] | None = None
    if prefilter:
        hints = _hints(norm, spans)
        crisis_sentences = [sentences[i] for i in hints.crisis]
        urgent_sentences = [sentences[i] for i in hints.urgent]
        concept_hints = hints.concepts
    # A rule gives the same answer for the same sentence: each is judged once, in order.
    crisis_sentences = list(dict.fromkeys(crisis_sentences))
    urgent_sentences = list(dict.fromkeys(urgent_sentences))
    hit = _first_match("crisis", crisis_sentences, norm) or _emoji_crisis(str(text))
    if hit:
        return SafetyAssessment("crisis", hit)
    # The second layer runs when no crisis rule fired: a crisis it finds outranks an urgent
    # rule, and an urgent concept it finds stands in for the rules' "none".
    net = _second_layer(norm, spans, concept_hints)
    if net is not None and net.level == "crisis":
        return net
    hit = _first_match("urgent", urgent_sentences, norm)
    if hit:
        return SafetyAssessment("urgent", hit)
    if not prefilter or (
        _may_hold_bp(norm)
        and (_BP_READING.search(norm) or _BP_SINGLE.search(norm) or _BP_WORDY.search(norm))
    ):
        for sentence in sentences:
            reading = _bp_urgent(sentence)
            if reading and not _is_general_question(sentence) and not _bp_not_now(sentence, norm):
                return SafetyAssessment("urgent", reading)
    return net or _NO_RISK


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
            return _NO_RISK
