"""Retrieval over a knowledge base's passages: stemming, lay-term expansion and BM25.

A question becomes a list of *concepts*: each content word (or lay phrase) with the
article words it may appear as ("woozy" -> dizziness, lightheadedness). A passage scores
by BM25, taking for each concept its best-matching form, so a synonym never counts twice.
*Coverage* -- how much of the question's weight the best passage matches -- decides
whether the article answers at all: a question whose telling words appear nowhere in the
article ("is there wifi here?") has low coverage however many common words it shares.
*Focus* is the same share for the best single sentence read under its heading, and
*unknown* the share carried by content words the article never uses: both tell a real
answer from words that merely recur in the article in other senses.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

from bot.faq_vocabulary import (
    COMPOUNDS,
    CONTRACTIONS,
    FILLER_PHRASES,
    GENERIC_HEADS,
    NUMBER_WORDS,
    PHRASES,
    SPANISH_FUNCTION_WORDS,
    STOP_WORDS,
    SYNONYMS,
    WEAK_WORDS,
)
from bot.knowledge import KnowledgeBase, Section

K1 = 1.2
B = 0.75
HEADING_REPEAT = 2  # a heading names what its passage is about: count its words twice
SYNONYM_WEIGHT = 0.8  # a lay term's expansion is good evidence, the patient's own word better
WEAK_WEIGHT = 0.3
EXTRA_FORM_WEIGHT = 0.25
RELATED_WEIGHT = 0.7  # a word matched only by its family ("insomniacs" -> insomnia)
SENTENCE_BONUS = 0.5
FOCUS_POWER = 3.0

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
    """Lower-cased words, accents dropped ("después" -> despues); hyphenated words split
    ("slow-wave" -> slow, wave)."""
    text = text.lower().replace("’", "'").replace("‘", "'")
    if not text.isascii():
        text = "".join(
            c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
        )
    found = _TOKEN.findall(text)
    return [w[:-2] if w.endswith("'s") else w for w in found]


def terms(text: str) -> list[str]:
    """The stems of a passage's content words."""
    return [stem(w) for w in words(text) if w not in STOP_WORDS]


# Words that may stand inside a phrase without changing it.
_GLUE = frozenset("my your me myself yourself it them his her our their the a an this that".split())  # noqa: SIM905
MAX_GLUE = 2


def question_words(text: str) -> list[str]:
    """A question's words, with chat spellings of contractions mended ("shouldnt")."""
    return [CONTRACTIONS.get(w, w) for w in words(text)]


@dataclass(frozen=True)
class Concept:
    """One thing the question asks about, and the stems it may appear as in a passage."""

    word: str
    forms: tuple[tuple[str, float], ...]  # (stem, weight), best first
    weight: float
    # The content word just before a generic head ("chest" in "chest pain"), if any.
    modifier: Concept | None = None


def _stem_key(phrase: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in question_words(phrase))


# Phrases are matched on stems, so "messing with" finds "mess with", "woke up" "wake up".
# Compounds first, then longer phrases before shorter.
_PHRASE_KEYS: tuple[tuple[tuple[str, ...], str], ...] = tuple(
    sorted(
        ((_stem_key(p), p) for p in PHRASES),
        key=lambda item: (item[1] not in COMPOUNDS, -len(item[0])),
    )
)
_FILLER_KEYS: tuple[tuple[str, ...], ...] = tuple(
    sorted((_stem_key(p) for p in FILLER_PHRASES), key=len, reverse=True)
)


def _replace_runs(tokens: list[str], stems: list[str], key: tuple[str, ...], mark: str) -> bool:
    """Replace each occurrence of `key` by one `mark` token; True when found.

    A pronoun or article may sit inside a phrase as people say it: "wean myself off",
    "push your blood pressure up" match "wean off" and "push up".
    """
    found = False
    i = 0
    while i < len(stems):
        end = _match_at(stems, i, key)
        if end is None:
            i += 1
            continue
        tokens[i:end] = [mark]
        stems[i:end] = [mark]
        found = True
        i += 1
    return found


def _match_at(stems: list[str], start: int, key: tuple[str, ...]) -> int | None:
    position = start
    for n, part in enumerate(key):
        if n and part not in _GLUE:
            gap = 0
            while position < len(stems) and stems[position] in _GLUE and stems[position] != part:
                position += 1
                gap += 1
            if gap > MAX_GLUE:
                return None
        if position >= len(stems) or stems[position] != part:
            return None
        position += 1
    return position


# A sentence that asks: it ends in a question mark or opens the way questions open.
_ASKING_OPENER = frozenset(
    """
    what what's whats how how's why when where which who whom whose is are am was were do
    does did can could will would should shall may might must has have had any anyone
    anything isn't aren't doesn't don't didn't can't won't wouldn't shouldn't
    """.split()  # noqa: SIM905 -- a word list reads better as text
)
# Words by which a question leans on what was said before it.
_REFERS_BACK = frozenset({"that", "this", "it", "those", "these", "them"})
_MESSAGE_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\s*\n+\s*")


def asked_part(message: str) -> str:
    """The sentences of a message that ask, when others only set the scene.

    "What is REM sleep? My grandson asked me and I didn't know what to tell him": the
    grandson is why they ask, not what; a word the article never uses there must not make
    the question look unanswerable. What comes before the question stays when the question
    points back to it ("My sleep is so broken up. Is ketamine supposed to fix that?").
    """
    sentences = [s for s in _MESSAGE_SENTENCE_END.split(message.strip()) if s]
    asking = [n for n, s in enumerate(sentences) if s.endswith("?") or _opens_asking(s)]
    if len(sentences) < 2 or not asking:
        return message
    first, last = asking[0], asking[-1]
    if _REFERS_BACK.intersection(question_words(sentences[first])):
        first = 0
    asked = " ".join(sentences[first : last + 1])
    # A short question leans on what is around it ("Who do I talk to?", "What are the
    # signs?"): it must name at least two things of its own to be read alone.
    if sum(concept.weight == 1.0 for concept in concepts(asked)) < 2:
        return message
    return asked


def _opens_asking(sentence: str) -> bool:
    first = question_words(sentence[:24])
    return bool(first) and first[0] in _ASKING_OPENER


@lru_cache(maxsize=4096)
def concepts(question: str) -> tuple[Concept, ...]:
    tokens = question_words(question)
    if tokens[:1] == ["wait"]:  # "wait, does it..." is surprise, not a wait
        del tokens[0]
    stems = [stem(w) for w in tokens]
    for key in _FILLER_KEYS:
        _replace_runs(tokens, stems, key, "|")
    found: list[Concept] = []
    for key, phrase in _PHRASE_KEYS:
        if _replace_runs(tokens, stems, key, "|"):
            # The phrase's own words count fully where they are meant literally ("blood
            # pressure"), not in an idiom ("late in the day", "down the road").
            lay = PHRASES[phrase]
            own = tuple(w for w in question_words(phrase) if w in lay and w not in STOP_WORDS)
            found.append(Concept(phrase, _forms(own, lay), 1.0))
    seen = {c.word for c in found}
    previous: Concept | None = None  # the content word just before, when adjacent
    for word, word_stem in zip(tokens, stems, strict=True):
        bases = _base_forms(word)
        if word == "|" or word in SPANISH_FUNCTION_WORDS or any(b in STOP_WORDS for b in bases):
            previous = None
            continue
        weak = (
            any(b in WEAK_WORDS for b in bases)
            or any(ch.isdigit() for ch in word)
            or word in NUMBER_WORDS  # "I wake four or five times": how many, not what about
        )
        lay = next((SYNONYMS[b] for b in bases if b in SYNONYMS), ())
        modifier = previous if word in GENERIC_HEADS else None
        concept = Concept(word, _forms((word,), lay), WEAK_WEIGHT if weak else 1.0, modifier)
        previous = concept
        if word_stem in seen:
            continue
        seen.add(word_stem)
        found.append(concept)
    return tuple(found)


def _base_forms(word: str) -> tuple[str, ...]:
    """The word and what it may be an inflection of, so "insomniacs" finds "insomniac"."""
    forms = [word]
    for suffix, replacements in (
        ("ies", ("y",)),
        ("es", ("", "e")),
        ("s", ("",)),
        ("ing", ("", "e")),
        ("ied", ("y",)),
        ("ed", ("", "e")),
    ):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            forms.extend(word[: -len(suffix)] + r for r in replacements)
    if len(forms) > 1 and forms[1][-1:] == forms[1][-2:-1]:  # "stopped" -> "stop"
        forms.append(forms[1][:-1])
    return tuple(forms)


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
    heading_terms: frozenset[str]  # the heading's and its parent's: context for every sentence
    term_counts: dict[str, int]
    length: int


@dataclass(frozen=True)
class Hit:
    passage: Passage
    score: float
    coverage: float  # 0..1: the share of the question's weight this passage matches
    matched: frozenset[str]  # stems that matched
    specific: bool  # matched a word that sets passages apart (not in most of them)
    focus: float = 0.0  # 0..1: the share matched by one sentence read under its heading
    unknown: float = 0.0  # 0..1: the share in content words the article never uses at all


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
                    heading_terms=frozenset(
                        terms(section.heading)
                        + (terms(section.parent) if section.parent and section.level > 2 else [])
                    ),
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
        self._resolved: dict[Concept, Concept] = {}

    def resolve(self, concept: Concept) -> Concept:
        """The concept, or when none of its forms is in the article, its near relatives.

        A word the stemmer leaves apart from the article's ("insomniacs"/"insomnia",
        "addiction"/"addictive") is matched by a long shared beginning, as weaker evidence.
        """
        known = self._resolved.get(concept)
        if known is not None:
            return known
        resolved = concept
        if not any(form in self.idf for form, _ in concept.forms):
            extra: dict[str, float] = {}
            for form, weight in concept.forms:
                for word in self.idf:
                    if _related(form, word):
                        extra.setdefault(word, weight * RELATED_WEIGHT)
            if extra:
                resolved = Concept(
                    concept.word, concept.forms + tuple(extra.items()), concept.weight
                )
        if len(self._resolved) < 8192:
            self._resolved[concept] = resolved
        return resolved

    def concept_idf(self, concept: Concept) -> float:
        """How telling the concept is: its own word's weight if the article uses it."""
        own = [self.idf[f] for f, w in concept.forms if w == 1.0 and f in self.idf]
        if own:
            return max(own)
        present = [self.idf[f] for f, _ in concept.forms if f in self.idf]
        return max(present) if present else self.unseen_idf

    def _about_subject(self, concept: Concept) -> bool:
        own = [f for f, w in concept.forms if w == 1.0]
        if own and " " not in concept.word:  # a phrase is about its meaning, not its words
            return all(f in self.common for f in own)
        return all(f in self.common for f, _ in concept.forms)

    def _unseen(self, concept: Concept) -> bool:
        return not any(form in self.idf for form, _ in concept.forms)

    def _in_context(self, concept: Concept) -> Concept:
        """A generic head after a word the article never uses ("chest pain") matches nothing."""
        modifier = concept.modifier
        if modifier is not None and self._unseen(self.resolve(modifier)):
            return Concept(concept.word, (), concept.weight)
        return self.resolve(concept)

    def search(self, question: str) -> list[Hit]:
        found = [self._in_context(c) for c in concepts(question)]
        total = sum(c.weight * self.concept_idf(c) for c in found)
        unseen = sum(
            self.concept_idf(c)
            for c in found
            if c.weight == 1.0 and not any(f in self.idf for f, _ in c.forms)
        )
        unknown = unseen / total if total else 0.0
        hits = []
        for passage in self.passages:
            score = 0.0
            covered = 0.0
            matched: set[str] = set()
            flags: list[tuple[bool, bool]] = []  # per concept: matched here, about the subject
            norm = K1 * (1 - B + B * passage.length / self.average_length)
            for concept in found:
                parts = []
                best_cover = 0.0
                for form, weight in concept.forms:
                    tf = passage.term_counts.get(form)
                    if not tf:
                        continue
                    idf = self.idf[form]
                    parts.append(weight * idf * tf * (K1 + 1) / (tf + norm))
                    best_cover = max(best_cover, weight * idf)
                    matched.add(form)
                # The best form counts; more of a lay term's meanings ("substance" and
                # "abuse" for "addiction") count a little, so no synonym counts twice.
                parts.sort(reverse=True)
                best = sum(parts[:1]) + EXTRA_FORM_WEIGHT * sum(parts[1:3])
                score += concept.weight * best
                flags.append((best > 0, self._about_subject(concept)))
                covered += concept.weight * min(best_cover, self.concept_idf(concept))
            coverage = covered / total if total else 0.0
            # An answer is usually one sentence: reward a passage whose single sentence
            # holds much of the question, over one that spreads the words thinly.
            focus = 0.0
            if matched:
                score += SENTENCE_BONUS * max(self._sentence_weights(passage, found))
                focus = self._focus(passage, found) / total
            specific = any(
                concept_matched and not concept_common for concept_matched, concept_common in flags
            )
            hits.append(Hit(passage, score, coverage, frozenset(matched), specific, focus, unknown))
        # Rank by how well the passage's best sentence holds the question, not only by
        # the words it holds anywhere: a list that repeats "heart rate" and "blood pressure"
        # does not answer "do they check my blood pressure" as well as one sentence that
        # says they monitor vital signs.
        top_focus = max((h.focus for h in hits), default=0.0)
        if top_focus > 0:
            hits = [replace(h, score=h.score * (h.focus / top_focus) ** FOCUS_POWER) for h in hits]
        hits.sort(key=lambda h: -h.score)
        return hits

    def _focus(self, passage: Passage, found: list[Concept]) -> float:
        """The question weight that the best single sentence, under its heading, matches.

        Words matched across a passage in unrelated senses ("how long" in one sentence,
        "stay" in another) do not make an answer; one sentence that holds them does.
        """
        best = 0.0
        for units in passage.sentence_terms:
            here = units | passage.heading_terms
            weight = 0.0
            for concept in found:
                weight += concept.weight * min(
                    max((w * self.idf[f] for f, w in concept.forms if f in here), default=0.0),
                    self.concept_idf(concept),
                )
            best = max(best, weight)
        return best

    def sentence_weights(self, passage: Passage, question: str) -> list[float]:
        return self._sentence_weights(passage, [self._in_context(c) for c in concepts(question)])

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


def _related(a: str, b: str) -> bool:
    """One stem is the other plus an ending the stemmer left ("insomniac"/"insomnia")."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 6 and 0 < len(long) - len(short) <= 2 and long.startswith(short)


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
