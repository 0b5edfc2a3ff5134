"""The one copy of a message every layer reads: normalised, then cut into sentences."""

from __future__ import annotations

import re
import unicodedata

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


# The engine tries a node's branches in the order written, one character each: the common
# characters first, it reaches the one that matches sooner. (Branches open with different
# characters, so at most one can match: the order changes no match, only the time.)
_FREQUENCY = {c: i for i, c in enumerate(" etaoinsrhldcumwfgypbvkjxqz")}


def _by_frequency(ch: str) -> tuple[int, str]:
    return _FREQUENCY.get(ch, len(_FREQUENCY)), ch


# re.escape of each character met, looked up once: the tries are built at start-up (the
# safety layer's first use), some 20,000 characters in all.
_ESCAPED: dict[str, str] = {}


def _escape(ch: str) -> str:
    escaped = _ESCAPED.get(ch)
    if escaped is None:
        escaped = _ESCAPED[ch] = re.escape(ch)
    return escaped


def _trie_pattern(words: frozenset[str]) -> str:
    """One alternation shaped as a trie: the regex engine then reads each character once."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        # Most nodes have one child and end no word: a run of them is read as one string,
        # in a loop rather than a call each.
        run = ""
        while len(node) == 1 and "" not in node:
            ((ch, node),) = node.items()
            run += _escape(ch)
        branches = [_escape(ch) + build(node[ch]) for ch in sorted(node, key=_by_frequency) if ch]
        if not branches:
            return run
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return run + (f"(?:{body})?" if "" in node else body)

    return build(trie)


# "RN said that's expected", "the rn checked my bp": the registered nurse, not chat's
# "right now" (which would make a symptom still going on)
_THE_NURSE = re.compile(
    r"\brn\b(?= (?:said|says|told|tells|thinks|thought|checked|called|gave|came|mentioned"
    r"|explained|reassured|took|was here|is here))|(?<=\bthe )rn\b|(?<=\bmy )rn\b|(?<=\ban )rn\b"
)

# "bullet points preferred", "a bullet journal": no ammunition (the idioms "bite the bullet"
# and "dodged a bullet" are left to the rules: they can be said of a gun too)
_NOT_A_BULLET = re.compile(r"\bbullet[- ]?(?:points?|pointed|journal(?:s|ing)?)\b")

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
    if "rn" in text:
        text = _THE_NURSE.sub("nurse", text)
    if "bullet" in text:
        text = _NOT_A_BULLET.sub("list", text)
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


# A sentence keeps its closing punctuation so a question can be recognised. A title's
# full stop ("dr. patel", "mr. wilson") does not end one, nor does a point before a digit
# ("7.5 hours", "a .38").
_SENTENCE = re.compile(r"(?:\b(?:dr|mr|mrs|ms|st|prof|sr|jr)\.(?= )|\.(?=\d)|[^.!?;\n])+[.!?;\n]*")
# Without a "." in the text only the last alternative of _SENTENCE can match, so this finds
# the same sentences with one character class instead of three alternatives at every
# character (about five times sooner; most messages have no full stop).
_SENTENCE_WITHOUT_POINT = re.compile(r"[^.!?;\n]+[.!?;\n]*")


def _sentence_pattern(norm: str) -> re.Pattern[str]:
    """_SENTENCE, or the quicker pattern that finds the same sentences in `norm`."""
    return _SENTENCE if "." in norm else _SENTENCE_WITHOUT_POINT
