"""Retrieval over a knowledge base's passages: stemming, lay-term expansion and BM25.

A question becomes a list of *concepts*: each content word (or lay phrase) with the
article words it may appear as ("woozy" -> dizziness, lightheadedness). A passage scores
by BM25, taking for each concept its best-matching form, so a synonym never counts twice.
*Coverage* -- how much of the question's weight the best passage matches -- decides
whether the article answers at all: a question whose telling words appear nowhere in the
article ("is there wifi here?") has low coverage however many common words it shares.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from bot.faq_vocabulary import PHRASES, STOP_WORDS, SYNONYMS, WEAK_WORDS
from bot.knowledge import KnowledgeBase, Section

K1 = 1.2
B = 0.75
HEADING_REPEAT = 2  # a heading names what its passage is about: count its words twice
SYNONYM_WEIGHT = 0.8  # a lay term's expansion is good evidence, the patient's own word better
WEAK_WEIGHT = 0.3
SENTENCE_BONUS = 0.5
COORDINATION = 2.0

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")
_VOWEL = re.compile(r"[aeiouy]")

_IRREGULAR = {
    "slept": "sleep",
    "woke": "wake",
    "woken": "wake",
    "awoke": "wake",
    "fell": "fall",
    "felt": "feel",
    "took": "take",
    "taken": "take",
    "gave": "give",
    "given": "give",
    "went": "go",
    "ran": "run",
    "better": "better",
    "worse": "worse",
    "during": "during",
    "nothing": "nothing",
    "morning": "morning",
    "evening": "evening",
    "something": "something",
    "anything": "anything",
    "news": "news",
    "always": "always",
    "is": "is",
    "was": "was",
    "has": "has",
    "does": "does",
    "this": "this",
    "analysis": "analysis",
}
# Longest first; each (suffix, replacement); the remaining stem keeps >= 3 letters.
_SUFFIXES = (
    ("ations", ""),
    ("atives", ""),
    ("ators", ""),
    ("iness", "y"),
    ("ation", ""),
    ("ative", ""),
    ("atory", ""),
    ("ating", ""),
    ("ator", ""),
    ("ated", ""),
    ("ates", ""),
    ("ments", ""),
    ("ness", ""),
    ("ment", ""),
    ("ings", ""),
    ("iest", "y"),
    ("ies", "y"),
    ("ied", "y"),
    ("ier", "y"),
    ("ily", "y"),
    ("ing", ""),
    ("ers", ""),
    ("ion", ""),
    ("ive", ""),
    ("ate", ""),
    ("ed", ""),
    ("er", ""),
    ("ly", ""),
    ("es", "e"),
    ("s", ""),
    ("y", ""),
)


def stem(word: str) -> str:
    """A light, predictable suffix stripper: dizziness/dizzy, awakenings/awaken."""
    word = word.replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if word in _IRREGULAR:
        if _IRREGULAR[word] == word:
            return word
        word = _IRREGULAR[word]
    if len(word) <= 3 or not word.isalpha():
        return word
    for _ in range(2):  # at most two suffixes: "awakenings" -> "awakening" -> "awaken"
        for suffix, replacement in _SUFFIXES:
            if not word.endswith(suffix) or (word.endswith(("ss", "us", "is")) and suffix == "s"):
                continue
            base = word[: -len(suffix)] + replacement
            if len(base) >= (4 if suffix == "y" else 3) and _VOWEL.search(
                base[:-1] if len(base) > 3 else base
            ):
                word = base
                break
        else:
            break
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouls":
        word = word[:-1]
    return word


def words(text: str) -> list[str]:
    """Lower-cased words; hyphenated words split ("slow-wave" -> slow, wave)."""
    found = _TOKEN.findall(text.lower().replace("’", "'").replace("‘", "'"))
    return [w[:-2] if w.endswith("'s") else w for w in found]


def terms(text: str) -> list[str]:
    """The stems of a passage's content words."""
    return [stem(w) for w in words(text) if w not in STOP_WORDS]


@dataclass(frozen=True)
class Concept:
    """One thing the question asks about, and the stems it may appear as in a passage."""

    word: str
    forms: tuple[tuple[str, float], ...]  # (stem, weight), best first
    weight: float


def concepts(question: str) -> list[Concept]:
    text = " " + " ".join(words(question)) + " "
    found: list[Concept] = []
    for phrase in sorted(PHRASES, key=len, reverse=True):
        key = " " + " ".join(words(phrase)) + " "
        if key in text:
            forms = _forms((), PHRASES[phrase])
            found.append(Concept(phrase, forms, 1.0))
            text = text.replace(key, " | ")
    seen = {c.word for c in found}
    for word in text.split():
        if word == "|" or word in STOP_WORDS or word in seen:
            continue
        seen.add(word)
        weight = WEAK_WEIGHT if word in WEAK_WORDS else 1.0
        found.append(Concept(word, _forms((word,), SYNONYMS.get(word, ())), weight))
    return found


def _forms(own: tuple[str, ...], lay: tuple[str, ...]) -> tuple[tuple[str, float], ...]:
    weights: dict[str, float] = {}
    for word in own:
        weights[stem(word)] = 1.0
    for phrase in lay:
        for word in words(phrase):
            if word not in STOP_WORDS:
                weights.setdefault(stem(word), SYNONYM_WEIGHT)
    return tuple(sorted(weights.items(), key=lambda item: -item[1]))


@dataclass(frozen=True)
class Passage:
    section: Section
    sentences: tuple[str, ...]  # a list, with its lead-in line, is one unit
    sentence_terms: tuple[frozenset[str], ...]
    term_counts: dict[str, int]
    length: int


@dataclass(frozen=True)
class Hit:
    passage: Passage
    score: float
    coverage: float  # 0..1: the share of the question's weight this passage matches
    matched: frozenset[str]  # stems that matched
    specific: bool  # matched a word that sets passages apart (not in most of them)


class Index:
    """BM25 over the sections that have text (the title's intro is one of them)."""

    def __init__(self, kb: KnowledgeBase) -> None:
        passages = []
        for section in kb.sections:
            if not section.text.strip():
                continue
            units = split_sentences(section.text)
            counts: Counter[str] = Counter(terms(section.text))
            for _ in range(HEADING_REPEAT):
                counts.update(terms(section.heading))
                if section.parent and section.level > 2:
                    counts.update(terms(section.parent))
            passages.append(
                Passage(
                    section=section,
                    sentences=tuple(units),
                    sentence_terms=tuple(frozenset(terms(u)) for u in units),
                    term_counts=dict(counts),
                    length=sum(counts.values()),
                )
            )
        self.passages: tuple[Passage, ...] = tuple(passages)
        total = len(passages)
        self.average_length = sum(p.length for p in passages) / max(total, 1)
        document_frequency: Counter[str] = Counter()
        for passage in passages:
            document_frequency.update(passage.term_counts.keys())
        self.idf = {
            t: math.log(1 + (total - n + 0.5) / (n + 0.5)) for t, n in document_frequency.items()
        }
        # Words in most passages (the article's subject) say nothing about which one answers.
        self.common = frozenset(t for t, n in document_frequency.items() if 2 * n > total)
        # What a word the article never uses weighs: as much as the rarest word it does use.
        self.unseen_idf = math.log(1 + (total - 1 + 0.5) / 1.5)

    def concept_idf(self, concept: Concept) -> float:
        """How telling the concept is: its own word's weight if the article uses it."""
        own = [self.idf[f] for f, w in concept.forms if w == 1.0 and f in self.idf]
        if own:
            return max(own)
        present = [self.idf[f] for f, _ in concept.forms if f in self.idf]
        return max(present) if present else self.unseen_idf

    def _about_subject(self, concept: Concept) -> bool:
        own = [f for f, w in concept.forms if w == 1.0]
        if own:
            return any(f in self.common for f in own)
        return all(f in self.common for f, _ in concept.forms)

    def search(self, question: str) -> list[Hit]:
        found = concepts(question)
        total = sum(c.weight * self.concept_idf(c) for c in found)
        hits = []
        for passage in self.passages:
            score = 0.0
            covered = 0.0
            matched: set[str] = set()
            flags: list[tuple[bool, bool]] = []  # per concept: matched here, about the subject
            norm = K1 * (1 - B + B * passage.length / self.average_length)
            for concept in found:
                best = 0.0
                best_cover = 0.0
                for form, weight in concept.forms:
                    tf = passage.term_counts.get(form)
                    if not tf:
                        continue
                    idf = self.idf[form]
                    best = max(best, weight * idf * tf * (K1 + 1) / (tf + norm))
                    best_cover = max(best_cover, weight * idf)
                    matched.add(form)
                score += concept.weight * best
                flags.append((best > 0, self._about_subject(concept)))
                covered += concept.weight * min(best_cover, self.concept_idf(concept))
            coverage = covered / total if total else 0.0
            # An answer is usually one sentence: reward a passage whose single sentence
            # holds much of the question, over one that spreads the words thinly.
            if matched:
                score += SENTENCE_BONUS * max(self._sentence_weights(passage, found))
            specific = any(
                concept_matched and not concept_common for concept_matched, concept_common in flags
            )
            hits.append(Hit(passage, score, coverage, frozenset(matched), specific))
        hits.sort(key=lambda h: -h.score)
        return hits

    def sentence_weights(self, passage: Passage, question: str) -> list[float]:
        return self._sentence_weights(passage, concepts(question))

    def _sentence_weights(self, passage: Passage, found: list[Concept]) -> list[float]:
        weights = []
        for units in passage.sentence_terms:
            weight = 0.0
            for concept in found:
                weight += concept.weight * max(
                    (w * self.idf.get(f, 0.0) for f, w in concept.forms if f in units),
                    default=0.0,
                )
            weights.append(weight)
        return weights


def split_sentences(text: str) -> list[str]:
    """Sentences of a section's text; a list and the line that leads into it stay one unit."""
    units: list[str] = []
    for block in text.split("\n\n"):
        block = block.strip()
        if not block:
            continue
        if block.startswith("- "):
            if units and units[-1].endswith(":"):
                units[-1] = units[-1] + "\n" + block
            else:
                units.append(block)
            continue
        units.extend(s.strip() for s in _SENTENCE_END.split(block) if s.strip())
    return units


@lru_cache(maxsize=16)
def index_for(kb: KnowledgeBase) -> Index:
    # KnowledgeBase is frozen and hashable: one index per knowledge base, built on first use.
    return Index(kb)
