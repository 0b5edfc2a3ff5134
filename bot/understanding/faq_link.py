"""The FAQ answer for a question: bot.faq when a knowledge base is given, else nothing."""

from __future__ import annotations

import logging

from bot import faq
from bot.faq import FaqAnswer
from bot.knowledge import KnowledgeBase

log = logging.getLogger(__name__)


def answer(text: str, kb: KnowledgeBase | None, *, beside_a_report: bool = False) -> FaqAnswer:
    """`beside_a_report`: the question rides on a diary report. The word index answers it
    alone: the learned router was trained on questions, and reads a report's words as a
    question about sleep ("bed at... 10:30? ... awake for good at 7:20")."""
    if kb is None:
        return FaqAnswer(None, "")
    try:
        return faq.answer(text, kb, use_router=not beside_a_report)
    except Exception:  # understanding never raises; the chat falls back to a referral
        log.exception("FAQ answer failed")
        return FaqAnswer(None, "")
