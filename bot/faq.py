"""Answers from the knowledge base: the article's own sentences, or a kind referral.

Extractive only: the answer quotes 1-3 sentences of the best passage and names its
heading. Personal medical questions and questions nothing answers well are declined with
the clinic's details; questions about reaching the clinic are answered from its settings.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import cache, lru_cache

from bot import sentence_vectors
from bot.faq_index import Hit, Passage, asked_part, index_for, split_sentences, terms
from bot.faq_policy import (
    asks_about_money,
    is_about_clinic,
    is_about_the_bot,
    is_personal_medical,
)
from bot.knowledge import CLINIC_SOURCE, KnowledgeBase, Section
from bot.texts import faq as texts

log = logging.getLogger(__name__)

# How much of the question the best passage must match (see faq_index.Hit), chosen from
# the scores of answerable and unanswerable questions on two articles:
# below MIN_COVERAGE nothing answers; from SURE_COVERAGE up the passage answers; in the
# thin band between, a content word the article never uses that carries MAX_UNKNOWN of the
# question is most likely what it asks about ("safe while breastfeeding"), so decline.
# Tried at 0.40 on 270 labelled questions by other writers (November 2026): 3 more
# answered, but "is it safe to breastfeed after an infusion" with them; kept at 0.30.
MIN_COVERAGE = 0.40
SURE_COVERAGE = 0.70
MAX_UNKNOWN = 0.30
# Words matched only in different sentences ("how long" here, "stay" there) answer nothing.
MIN_FOCUS = 0.35
# When the words match too thinly, the passage they match best still answers if one of its
# sentences is this close in meaning to the question (sentence_vectors), and the words
# match at least MIN_MEANT_COVERAGE of it. Chosen over the 2,710 questions of the 75 mixed
# sets (tests/data/mixed): at 0.70, 125 more of the 1,990 answerable questions were
# answered from an accepted section, 8 from another, and 3 of the 720 to refer were answered
# (0.68: 156, 13, 7; 0.66: 184, 14, 16; 0.72: 107, 5, 2). Every question tests/test_faq.py
# declines is still declined, the nearest at 0.65 ("is ketamine the same thing as the party
# drug", from a sentence of the science).
MIN_MEANING = 0.70
MIN_MEANT_COVERAGE = 0.20
# The share of the closest sentence's closeness another sentence needs to be quoted beside
# it: closeness varies far less than word weights do.
MEANT_COMPANION = 0.9
MAX_SENTENCES = 3
MAX_QUOTE_CHARS = 420  # about a phone screen
SECTION_CHARS = 700
# Where the "general information" line belongs: a question about risks, side effects or
# treatment, or a passage from a section about risks.
_CAUTION_QUESTION = frozenset(
    terms(
        "side effects risk risky safe safety unsafe danger dangerous adverse harm harmful "
        "symptom reaction dose dosage treatment treatments medication medications normal "
        "nausea vomiting dizziness dizzy woozy headache heart pressure confusion worried"
    )
)
_CAUTION_HEADING = frozenset(
    terms("side effects risks safety concerns adverse warnings precautions symptoms dose")
)


@dataclass(frozen=True)
class FaqAnswer:
    source: str | None  # heading text, "Clinic information", or None when declined
    answer: str  # the text shown to the patient

    def to_json(self) -> dict[str, str | None]:
        return {"source": self.source, "answer": self.answer}


def answer(question: str, kb: KnowledgeBase) -> FaqAnswer:
    if is_personal_medical(question):
        return FaqAnswer(None, texts.declined(kb.clinic, personal=True))
    if is_about_clinic(question):
        return FaqAnswer(CLINIC_SOURCE, texts.clinic_answer(kb.clinic))
    if is_about_the_bot(question):
        return FaqAnswer(None, texts.declined(kb.clinic, personal=False, about_bot=True))
    asked = asked_part(question)
    best = best_hit(asked, kb)
    if best is None and asked != question:
        # "...how it works in the brain. Is there a simple explanation I could give her?":
        # the sentence that asks leans on the one before after all
        best = best_hit(question, kb)
        if best is not None:
            asked = question
    if best is not None:
        passage = best.passage
        weights = index_for(kb).sentence_weights(passage, asked)
        chosen = _choose_sentences(list(passage.sentences), weights)
    else:
        meant = closest_in_meaning(question, asked, kb)
        if meant is None:
            return FaqAnswer(None, texts.declined(kb.clinic, personal=False))
        passage, weights = meant
        chosen = _choose_sentences(list(passage.sentences), weights, keep=MEANT_COMPANION)
    lines = [texts.quote(" ".join(chosen)), texts.FROM.format(heading=passage.section.heading)]
    if _needs_caution(question, passage.section):
        lines.append(texts.CARE_TEAM)
    return FaqAnswer(passage.section.heading, "\n".join(lines))


def best_hit(question: str, kb: KnowledgeBase) -> Hit | None:
    """The passage that answers best, or None when none answers well enough."""
    hits = index_for(kb).search(question)
    if not hits or not _answers(hits[0]):
        return None
    if not hits[0].specific:
        # Only the article's subject words ("what is ketamine therapy?"): the title's
        # introduction is the overview; without one, nothing in particular answers.
        intro = next((h for h in hits if h.passage.section.level == 1), None)
        return intro if intro is not None and _answers(intro) else None
    return hits[0]


def closest_in_meaning(
    question: str, asked: str, kb: KnowledgeBase
) -> tuple[Passage, list[float]] | None:
    """The passage whose words match `asked` best, when they match too thinly for best_hit
    but one of its sentences is close in meaning to the question; with each sentence's
    closeness. (Headings are not compared: made of the article's subject words, they are
    close to any question about ketamine, "is it the same as the party drug" too.)"""
    if asks_about_money(question):
        return None
    hits = index_for(kb).search(asked)
    if not hits or hits[0].score <= 0 or hits[0].coverage < MIN_MEANT_COVERAGE:
        return None
    table = _vectors()
    if table is None:
        return None
    passage = hits[0].passage
    meaning = table.vector(question)
    closeness = [
        sentence_vectors.similarity(meaning, sentence)
        for sentence in _sentence_vectors(kb, passage.section.heading)
    ]
    if max(closeness, default=0.0) < MIN_MEANING:
        return None
    return passage, closeness


@cache
def _vectors() -> sentence_vectors.Table | None:
    """The shipped vectors; None, said once in the log, if they cannot be read: the FAQ then
    answers from words alone, as it did before them."""
    try:
        return sentence_vectors.shipped()
    except (OSError, ValueError, EOFError) as error:
        log.error("faq.vectors_unreadable", extra={"error": type(error).__name__})
        return None


def learn_meanings(kb: KnowledgeBase) -> None:
    """Read the vectors now, and every passage's sentences' (the bot's warm-up)."""
    for passage in index_for(kb).passages:
        _sentence_vectors(kb, passage.section.heading)


@lru_cache(maxsize=256)
def _sentence_vectors(kb: KnowledgeBase, heading: str) -> list[list[float] | None]:
    """The vector of each sentence of a section's passage."""
    table = _vectors()
    if table is None:
        return []
    passage = next(p for p in index_for(kb).passages if p.section.heading == heading)
    return [table.vector(sentence) for sentence in passage.sentences]


def _answers(hit: Hit) -> bool:
    if hit.score <= 0 or hit.coverage < MIN_COVERAGE or hit.focus < MIN_FOCUS:
        return False
    return hit.coverage >= SURE_COVERAGE or hit.unknown < MAX_UNKNOWN


def topics(kb: KnowledgeBase) -> list[str]:
    """The top-level sections, in reading order (one /faq button each)."""
    return [s.heading for s in kb.sections if s.level == 2]


def subtopics(heading: str, kb: KnowledgeBase) -> list[str]:
    section = kb.section(heading)
    return [s.heading for s in kb.children(section.heading)] if section else []


def section_answer(heading: str, kb: KnowledgeBase) -> FaqAnswer:
    """A section's own words, shortened for a phone; a bare heading shows its first part."""
    section = kb.section(heading)
    if section is None:
        return FaqAnswer(None, texts.UNKNOWN_TOPIC)
    shown = section
    if not section.text.strip():
        shown = next((c for c in kb.children(section.heading) if c.text.strip()), section)
    text = _shorten(shown.text, SECTION_CHARS)
    lines = [text, texts.FROM.format(heading=shown.heading)]
    if _needs_caution("", shown):
        lines.append(texts.CARE_TEAM)
    return FaqAnswer(shown.heading, "\n".join(lines))


def _choose_sentences(
    sentences: list[str], weights: list[float], *, keep: float = 0.5
) -> list[str]:
    """The best sentence and up to two more that also answer (weighing at least `keep` of
    the best one's weight), in the article's order."""
    if not sentences:
        return []
    ranked = sorted(range(len(sentences)), key=lambda i: (-weights[i], i))
    top = ranked[0]
    if weights[top] <= 0:
        return [sentences[0]]
    picked = [top]
    length = len(sentences[top])
    for i in ranked[1:]:
        if len(picked) >= MAX_SENTENCES or weights[i] < keep * weights[top]:
            break
        if length + len(sentences[i]) > MAX_QUOTE_CHARS:
            continue
        picked.append(i)
        length += len(sentences[i])
    # A lone list lead-in, or a sentence that leans on the one before it, needs its context.
    if len(picked) < MAX_SENTENCES and top + 1 < len(sentences) and sentences[top].endswith(":"):
        picked.append(top + 1)
    return [sentences[i] for i in sorted(set(picked))]


def _needs_caution(question: str, section: Section) -> bool:
    heading = set(terms(section.heading)) | set(terms(section.parent or ""))
    return bool(set(terms(question)) & _CAUTION_QUESTION or heading & _CAUTION_HEADING)


def _shorten(text: str, limit: int) -> str:
    """Whole sentences (and lists) up to about `limit` characters, paragraphs kept."""
    paragraphs: list[str] = []
    length = 0
    for block in text.split("\n\n"):
        kept: list[str] = []
        for unit in split_sentences(block):
            if (paragraphs or kept) and length + len(unit) > limit:
                if kept:
                    paragraphs.append(" ".join(kept))
                return "\n\n".join(paragraphs) + " " + texts.MORE
            kept.append(unit)
            length += len(unit) + 1
        if kept:
            paragraphs.append(" ".join(kept))
    return "\n\n".join(paragraphs)
