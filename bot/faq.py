"""Answers from the knowledge base: the article's own sentences, or a kind referral.

Extractive only: the answer quotes 1-3 sentences of the best passage and names its
heading. Personal medical questions and questions nothing answers well are declined with
the clinic's details; questions about reaching the clinic are answered from its settings.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.faq_index import Hit, Passage, asked_part, index_for, split_sentences, stem, terms, words
from bot.faq_policy import is_about_clinic, is_about_the_bot, is_personal_medical
from bot.faq_router import Route, Router, router_for
from bot.faq_vocabulary import HEALTH_TOPICS
from bot.knowledge import CLINIC_SOURCE, KnowledgeBase, Section
from bot.texts import faq as texts

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


def answer(
    question: str, kb: KnowledgeBase, *, use_router: bool = True, router: Router | None = None
) -> FaqAnswer:
    """`use_router`: ask the learned router first (bot/faq_router.py), where it knows `kb`;
    `router`: that one instead of the shipped one (`sleepdiary faq-router evaluate`)."""
    if is_personal_medical(question):
        return FaqAnswer(None, texts.declined(kb.clinic, personal=True))
    if is_about_clinic(question):
        return FaqAnswer(CLINIC_SOURCE, texts.clinic_answer(kb.clinic))
    if is_about_the_bot(question):
        return FaqAnswer(None, texts.declined(kb.clinic, personal=False, about_bot=True))
    asked = asked_part(question)
    route = _sure_route(question, kb, router) if use_router else None
    if route is not None and route.heading is None:
        return FaqAnswer(None, texts.declined(kb.clinic, personal=False))
    passage = _passage_of(route.heading, kb) if route is not None and route.heading else None
    if passage is None:
        best = best_hit(asked, kb)
        if best is None and asked != question:
            # "...how it works in the brain. Is there a simple explanation I could give
            # her?": the sentence that asks leans on the one before after all
            best = best_hit(question, kb)
            asked = question
        if best is None:
            return FaqAnswer(None, texts.declined(kb.clinic, personal=False))
        passage = best.passage
    index = index_for(kb)
    weights = index.sentence_weights(passage, asked)
    chosen = _choose_sentences(list(passage.sentences), weights)
    lines = [texts.quote(" ".join(chosen)), texts.FROM.format(heading=passage.section.heading)]
    if _needs_caution(question, passage.section):
        lines.append(texts.CARE_TEAM)
    return FaqAnswer(passage.section.heading, "\n".join(lines))


def _sure_route(question: str, kb: KnowledgeBase, router: Router | None) -> Route | None:
    """Where the router is sure: the care team (heading None), or a section -- unless the
    question names what the article never does. None where it is unsure or does not know
    `kb` (then the word index decides)."""
    router = router or router_for(kb)
    route = router.route(question) if router is not None else None
    if route is None or (route.heading is not None and sets_the_router_aside(question, kb)):
        return None
    return route


def _passage_of(heading: str, kb: KnowledgeBase) -> Passage | None:
    return next((p for p in index_for(kb).passages if p.section.heading == heading), None)


def sets_the_router_aside(question: str, kb: KnowledgeBase) -> bool:
    """Whether the question names a symptom, part of the body, condition or group of people
    the article never mentions ("is a rash normal after the infusion", "is it safe for
    teens"): the router, trained on other questions, would answer from a section that says
    nothing of it. The word index decides instead (HEALTH_TOPICS)."""
    known = index_for(kb).idf
    return any(stem(word) not in known for word in words(question) if word in HEALTH_TOPICS)


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


def _choose_sentences(sentences: list[str], weights: list[float]) -> list[str]:
    """The best sentence and up to two more that also answer, in the article's order."""
    if not sentences:
        return []
    ranked = sorted(range(len(sentences)), key=lambda i: (-weights[i], i))
    top = ranked[0]
    if weights[top] <= 0:
        return [sentences[0]]
    picked = [top]
    length = len(sentences[top])
    for i in ranked[1:]:
        if len(picked) >= MAX_SENTENCES or weights[i] < 0.5 * weights[top]:
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
