"""A message prepared for reading: lower-cased, tidied, split into sentences and clauses.

The normalised string has exactly the length of the original, so every span found in it
is also a span of the patient's own words (that is what `evidence` quotes).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

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
}
# Control characters read as spaces; a newline stays a sentence break.
for _c in (*range(0, 32), 0x7F):
    if _c != 0x0A:
        _MAP.setdefault(_c, " ")
_TRANSLATE = str.maketrans(_MAP)

# Same-length rewrites, so offsets keep pointing at the original text.
_DOTTED_MERIDIEM = re.compile(r"\b([ap])\.m\.", re.ASCII)
_SENTENCE_END = re.compile(r"[!?;\n]+|\.(?![0-9])", re.ASCII)
_CLAUSE_BREAK = re.compile(
    r"[,()\[\]]|:(?![0-9])|\s-+\s|\bbut\b|\b(?:al)?though\b|\btho\b|\bwhereas\b", re.ASCII
)
_WORD = re.compile(r"[a-z0-9']+", re.ASCII)


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


def normalize(text: str) -> str:
    """Lower-case and tidy `text` without changing its length."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters lower-case to two; keep those as they are
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    tidy = lowered.translate(_TRANSLATE)
    if len(tidy) != len(text):  # the table maps one character to one; belt and braces
        tidy = lowered
    tidy = _SWAPPED.sub(lambda m: _SWAPS[m.group(0)], tidy)
    return _DOTTED_MERIDIEM.sub(lambda m: m.group(1) + "m  ", tidy)


@dataclass
class Text:
    raw: str
    s: str
    sentences: list[tuple[int, int]]
    clauses: list[tuple[int, int]]
    word_starts: list[int] = field(default_factory=list)
    _sentence_starts: list[int] = field(default_factory=list)
    _clause_starts: list[int] = field(default_factory=list)

    @classmethod
    def of(cls, raw: str) -> Text:
        s = normalize(raw)
        sentences = _split(s, 0, len(s), _SENTENCE_END)
        clauses: list[tuple[int, int]] = []
        for a, b in sentences:
            clauses.extend(_split(s, a, b, _CLAUSE_BREAK))
        text = cls(raw, s, sentences, clauses)
        text.word_starts = [m.start() for m in _WORD.finditer(s)]
        text._sentence_starts = [a for a, _ in sentences]
        text._clause_starts = [a for a, _ in clauses]
        return text

    def sentence_at(self, pos: int) -> tuple[int, int]:
        return _containing(self.sentences, self._sentence_starts, pos, len(self.s))

    def clause_at(self, pos: int) -> tuple[int, int]:
        return _containing(self.clauses, self._clause_starts, pos, len(self.s))

    def words_between(self, a: int, b: int) -> int:
        """How many words start in s[a:b]."""
        if b <= a:
            return 0
        return bisect.bisect_left(self.word_starts, b) - bisect.bisect_left(self.word_starts, a)

    def same_sentence(self, a: int, b: int) -> bool:
        return self.sentence_at(a) == self.sentence_at(b)

    def quote(self, start: int, end: int) -> str:
        return self.raw[start:end].strip(" ,.;:-")


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
