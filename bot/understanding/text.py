"""A message prepared for reading: lower-cased, tidied, split into sentences and clauses.

The normalised string has exactly the length of the original, so every span found in it
is also a span of the patient's own words (that is what `evidence` quotes).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from bot.understanding.prefilter import Probe

_MAP: dict[int, str] = {
    0x2019: "'",
    0x2018: "'",
    0x02BC: "'",
    0x0060: "'",
    0x00B4: "'",
    0x201C: '"',
    0x201D: '"',
    0x2010: "-",
    0x2011: "-",
    0x2012: "-",
    0x2013: "-",
    0x2014: "-",
    0x2015: "-",
    0x2212: "-",
    0x00A0: " ",
    0x2007: " ",
    0x202F: " ",
    0x00D7: "x",
    0xFF5E: "~",
    0x301C: "~",
    0x2248: "~",
    0x2026: ".",
    0x2028: "\n",
    0x2029: "\n",
    0x0085: "\n",
    0x000D: "\n",
    0xFF1A: ":",
    0xFF0F: "/",
    # a form's field names written as code: "final_wake: 07:00", "out_of_bed: 06:50"
    0x005F: " ",
}
# Control characters read as spaces; a newline stays a sentence break.
for _c in (*range(0, 32), 0x7F):
    if _c != 0x0A:
        _MAP.setdefault(_c, " ")
_TRANSLATE = str.maketrans(_MAP)
# The ASCII characters the table changes: ASCII text without them needs no translating.
_ASCII_MAPPED = re.compile("[" + "".join(re.escape(chr(c)) for c in _MAP if c < 128) + "]")

# Same-length rewrites, so offsets keep pointing at the original text.
_DOTTED_MERIDIEM = re.compile(r"\b([ap])\.m\.", re.ASCII)
# Voice typing that writes its punctuation out: a "period" or "comma" standing between
# words. A period of one's own ("my period", "on her period") is left as it is.
_DICTATED_MARK = re.compile(r"(?<=[a-z0-9] )(period|comma)\b(?= [a-z0-9]|$|\s*$)", re.ASCII)
_PERIOD_OF_LIFE = re.compile(
    r"\b(?:my|her|your|a|the|on|heavy|first|time|this|that|of)\s+period\b|\bperiod\s+(?:pain|cramps?|"
    r"came|started|is|was|of)\b",
    re.ASCII,
)
_MARKS = {"period": ".", "comma": ","}
_HOMOPHONES = {"to": "2", "too": "2", "for": "4"}
_HOMOPHONE = re.compile(
    r"\b(?:to|too)\b(?=\s+times\b)"
    r"|(?<=\bat\s)(?:to|too|for)\b(?=\s+(?:thirty|fifteen|forty|fifty|twenty|ten|oh\b|o'?clock"
    r"|a\.?m\b|p\.?m\b|am\b|pm\b))",
    re.ASCII,
)
_KETAMINE_MISHEARD = re.compile(r"\bketa (?:mean|mine)\b", re.ASCII)
_FILLERS = frozenset(["um", "umm", "ummm", "uh", "uhh", "uhhh", "erm", "hmm", "hmmm"])
_FILLER = re.compile(r"\b(?:um{1,3}|uh{1,3}|erm|hm{2,3})\b,?", re.ASCII)
# A run of [!?;\n], or a "." not before a digit. Spelled as alternatives that each open with
# a character (not as "[!?;\n]+|\.(?![0-9])"): the engine then skips straight to where one
# of those characters is instead of trying the pattern at every position.
# ("approx. 1 hr", "dr. patel": the full stop of an abbreviation ends no sentence)
_SENTENCE_END = re.compile(
    r"![!?;\n]*|\?[!?;\n]*|;[!?;\n]*|\n[!?;\n]*|\.(?![0-9])(?<!approx\.)(?<!\best\.)(?<!\bca\.)"
    r"(?<!\bvs\.)(?<!\bdr\.)(?<!\bmr\.)(?<!\bmrs\.)(?<!\bms\.)"
    # a form's fields set apart by slashes: "Bed: 11 / Woke: 6:50 / eyes blurry for an hour"
    r"|/(?<=\s/)(?=\s+(?:[a-z]|[0-9](?:\.[0-9])?\s*(?:/|out\s+of)\s*(?:10|5)\b))",
    re.ASCII,
)
# Words that end a clause as a comma would: "but", "though"... and a laugh ("woke up like 4
# times lol my client at 9 is gonna see these eye bags": "lol" closes a thought)
_JOINING = ("but", "although", "though", "tho", "whereas", "lol", "lmao")
_CLAUSE_BREAK = re.compile(
    r"[,()\[\]]|:(?![0-9])|\s-+\s|" + "|".join(rf"\b{w}\b" for w in _JOINING), re.ASCII
)
_WORD = re.compile(r"[a-z0-9']+", re.ASCII)
# (not the stars of a rating: "★★★★☆"; with the joiners of emoji made of several: "😵‍💫")
_EMOJI = re.compile("[\U0001f300-\U0001faff\u2600-\u2604\u2607-\u27bf\u200d\ufe0f]")
# Fast paths (the patterns above try every alternative at every position): a message with no
# sentence mark is one sentence, and without a colon, a dash or a joining word _CLAUSE_BREAK
# finds just the commas and brackets, which a single class finds far sooner.
_SENTENCE_MARKS = re.compile(r"[!?;\n.]|\s/\s+[a-z0-9]")
_COMMAS_AND_BRACKETS = re.compile(r"[,()\[\]]")
_JOINING_WORDS = frozenset(_JOINING)


def _clause_breaks(colon: bool, dash: bool, joining: bool) -> re.Pattern[str]:
    """_CLAUSE_BREAK for a message with (or without) a colon, a dash and a joining word:
    only the alternatives that can match it, each opening with a character (\\s spelled out,
    and the \\b before a word read after its first letter), so the engine skips to where one
    could start. At any position at most one alternative can match, so the matches are
    _CLAUSE_BREAK's."""
    alternatives = [",", r"\(", r"\)", r"\[", r"\]"]
    if colon:
        alternatives.append(r":(?![0-9])")
    if dash:
        alternatives += [c + r"-+\s" for c in (" ", r"\t", r"\n", r"\r", r"\f", r"\v")]
    if joining:
        # "b(?<!\wb)ut\b" is "\bbut\b": no word character before the b
        alternatives += [rf"{w[0]}(?<!\w{w[0]}){w[1:]}\b" for w in _JOINING]
    return re.compile("|".join(alternatives), re.ASCII)


_CLAUSE_BREAKS = {
    (colon, dash, joining): _clause_breaks(colon, dash, joining)
    for colon in (False, True)
    for dash in (False, True)
    for joining in (False, True)
}
_CLAUSE_BREAKS[(False, False, False)] = _COMMAS_AND_BRACKETS  # one class: faster still


# Diary words typed with two letters swapped ("bde", "woek up twcie"): mended in place, as
# the mended word has the same length. Swaps that spell another word are left alone.
_TYPED_WORDS = (  # noqa: SIM905 -- a word list reads better as text
    "bed woke twice once slept sleep asleep night hours minutes times around about terrible"
    " awful great good fell nap napped after before midnight quarter half dreams dizzy"
    " headache nausea tired until"
).split()
_REAL_WORDS = frozenset(["tried", "greta", "horus"])
_SWAPS: dict[str, str] = {
    w[:i] + w[i + 1] + w[i] + w[i + 2 :]: w
    for w in _TYPED_WORDS
    for i in range(len(w) - 1)
    if w[i] != w[i + 1]
}
for _real in _REAL_WORDS | set(_TYPED_WORDS):
    _SWAPS.pop(_real, None)
_SWAPPED = re.compile(r"\b(?:" + "|".join(sorted(_SWAPS, key=len, reverse=True)) + r")\b", re.ASCII)
# _SWAPPED matches exactly the ASCII words (runs of \w) that are keys of _SWAPS; listing the
# words and looking them up is far cheaper than trying every swap at every word.
_ASCII_WORD = re.compile(r"\w+", re.ASCII)


# "..." (or more) before a figure
_PAUSE_DOTS = re.compile(
    # (after a word, not between figures: "woke at 4... 5:30 got up"; not before a figure
    # still in doubt, "asleep by... 12:30? no more like 1")
    r"(?<=[a-z])(?:\.{3,}|\u2026)(?=\s*~?\s*[0-9][0-9:.]*\s*(?:am|pm|ish|min\w*|hrs?|hours?)?(?![0-9:.?])(?!\s*\?))",
    re.ASCII,
)
# A length joined to its unit by a hyphen, read as the length it is ("30-minute nap").
_QUOTE_MARK = re.compile(r"(?<![a-z0-9])'|'(?![a-z0-9])", re.ASCII)  # not inside a word
_UNIT_HYPHEN = re.compile(r"(?<=[0-9a-z])-(?=(?:min(?:ute)?s?|hours?|hrs?|hr)\b)", re.ASCII)


def normalize(text: str) -> str:
    """Lower-case and tidy `text` without changing its length."""
    return _tidy(text)[0]


def _tidy(text: str) -> tuple[str, list[str]]:
    """normalize(text), and its ASCII words for the gates' Probe (found here anyway)."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters lower-case to two; keep those as they are
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    if lowered.isascii() and not _ASCII_MAPPED.search(lowered):
        tidy = lowered
    else:
        tidy = lowered.translate(_TRANSLATE)
        if len(tidy) != len(text):  # the table maps one character to one; belt and braces
            tidy = lowered
    words = _ASCII_WORD.findall(tidy)
    if not _SWAPS.keys().isdisjoint(words):
        tidy = _SWAPPED.sub(lambda m: _SWAPS[m.group(0)], tidy)
        words = _ASCII_WORD.findall(tidy)
    if "-" in tidy and _UNIT_HYPHEN.search(tidy):
        tidy = _UNIT_HYPHEN.sub(" ", tidy)  # "a 30-minute nap", "a two-hour nap"
        words = _ASCII_WORD.findall(tidy)
    if "m." in tidy:
        tidy = _DOTTED_MERIDIEM.sub(lambda m: m.group(1) + "m  ", tidy)
        words = _ASCII_WORD.findall(tidy)
    if "..." in tidy or "\u2026" in tidy:
        # "lights out... 11:30": a pause before the value, not the end of a sentence
        tidy = _PAUSE_DOTS.sub(lambda m: " " * len(m.group(0)), tidy)
    if "'" in tidy:
        # a quotation mark, not an apostrophe: "his heart 'pounding,' fairly strong" reads
        # as "his heart  pounding,  fairly strong"
        tidy = _QUOTE_MARK.sub(" ", tidy)
    if "approx." in tidy:
        tidy = tidy.replace("approx.", "approx ")  # "latency approx. 35 min": a word, not a stop
    if not _FILLERS.isdisjoint(words):
        # "um I slept uh terrible": dictation's hesitations, blanked so the words around
        # them meet as typed ones do
        tidy = _FILLER.sub(lambda m: " " * len(m.group(0)), tidy)
        words = _ASCII_WORD.findall(tidy)
    if ("to" in words or "too" in words or "for" in words) and _HOMOPHONE.search(tidy):
        # dictation's "woke up to times", "woke at for thirty": the numbers heard as words
        tidy = _HOMOPHONE.sub(lambda m: _HOMOPHONES[m.group(0)].rjust(len(m.group(0))), tidy)
        words = _ASCII_WORD.findall(tidy)
    if "keta " in tidy:
        # dictation's "keta mean", "keta mine": the medicine's name, the same length
        tidy = _KETAMINE_MISHEARD.sub("ketamine ", tidy)
        words = _ASCII_WORD.findall(tidy)
    if ("period" in tidy or "comma" in tidy) and not _PERIOD_OF_LIFE.search(tidy):
        # dictated punctuation ("headache period kids were up at 5"): the mark it names
        tidy = _DICTATED_MARK.sub(lambda m: _MARKS[m.group(1)].ljust(len(m.group(1))), tidy)
        words = _ASCII_WORD.findall(tidy)
    return tidy, words


@dataclass
class Text:
    raw: str
    s: str
    sentences: list[tuple[int, int]]
    clauses: list[tuple[int, int]]
    probe: Probe  # what the readers' gates look at (prefilter.py)
    _sentence_starts: list[int] = field(default_factory=list)
    _clause_starts: list[int] = field(default_factory=list)
    _word_starts: list[int] | None = None
    # The span of a message that is one sentence (or one clause) from end to end, which
    # most are: any position in it lies in that span, without a search.
    _one_sentence: tuple[int, int] | None = None
    _one_clause: tuple[int, int] | None = None

    @classmethod
    def of(cls, raw: str) -> Text:
        s, words = _tidy(raw)
        if _SENTENCE_MARKS.search(s):
            sentences = _split(s, 0, len(s), _SENTENCE_END)
        else:
            sentences = [(0, len(s))]
        breaks = _CLAUSE_BREAKS[(":" in s, "-" in s, not _JOINING_WORDS.isdisjoint(words))]
        # an emoji closes a clause as a comma would ("coach is gonna kill me if im late 💀 bed
        # 12:40"): split on a copy where each is a comma (one character for one, so the
        # clauses' offsets are the text's)
        marked = s if s.isascii() else _EMOJI.sub(",", s)
        clauses: list[tuple[int, int]] = []
        for a, b in sentences:
            clauses.extend(_split(marked, a, b, breaks))
        whole = (0, len(s))
        return cls(
            raw,
            s,
            sentences,
            clauses,
            Probe(s, words),
            [a for a, _ in sentences],
            [a for a, _ in clauses],
            None,
            whole if sentences == [whole] else None,
            whole if clauses == [whole] else None,
        )

    @property
    def word_starts(self) -> list[int]:
        # only readers that count words need them, and many messages never get that far
        if self._word_starts is None:
            self._word_starts = [m.start() for m in _WORD.finditer(self.s)]
        return self._word_starts

    def sentence_at(self, pos: int) -> tuple[int, int]:
        one = self._one_sentence
        if one is not None and 0 <= pos <= one[1]:
            return one  # what _containing finds there
        return _containing(self.sentences, self._sentence_starts, pos, len(self.s))

    def clause_at(self, pos: int) -> tuple[int, int]:
        one = self._one_clause
        if one is not None and 0 <= pos <= one[1]:
            return one
        return _containing(self.clauses, self._clause_starts, pos, len(self.s))

    def words_between(self, a: int, b: int) -> int:
        """How many words start in s[a:b]."""
        if b <= a:
            return 0
        starts = self.word_starts
        return bisect.bisect_left(starts, b) - bisect.bisect_left(starts, a)

    def same_sentence(self, a: int, b: int) -> bool:
        return self.sentence_at(a) == self.sentence_at(b)

    def quote(self, start: int, end: int) -> str:
        """The words from `start` to `end`, whole: a span reached by counting characters back
        ("30 characters before the number") must not quote "done" for "trazodone"."""
        raw = self.raw
        while 0 < start < len(raw) and raw[start - 1].isalnum() and raw[start].isalnum():
            start -= 1
        while 0 < end < len(raw) and raw[end - 1].isalnum() and raw[end].isalnum():
            end += 1
        return raw[start:end].strip(" ,.;:-")


def _split(s: str, a: int, b: int, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    parts: list[tuple[int, int]] = []
    pos = a
    for m in pattern.finditer(s, a, b):
        if m.start() > pos:
            parts.append((pos, m.start()))
        pos = m.end()
    if pos < b:
        parts.append((pos, b))
    return parts or [(a, b)]


def _containing(
    spans: list[tuple[int, int]], starts: list[int], pos: int, n: int
) -> tuple[int, int]:
    i = bisect.bisect_right(starts, pos) - 1
    if i < 0:
        return (0, spans[0][0] if spans else n)
    a, b = spans[i]
    if pos <= b:
        return (a, b)
    # pos sits in a separator between spans: a span of its own
    nxt = spans[i + 1][0] if i + 1 < len(spans) else n
    return (b, nxt)
