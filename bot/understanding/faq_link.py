"""The FAQ answer for a question: bot.faq when a knowledge base is given, else nothing."""

from __future__ import annotations

import logging

from bot import faq
from bot.faq import FaqAnswer
from bot.knowledge import KnowledgeBase

log = logging.getLogger(__name__)


def answer(text: str, kb: KnowledgeBase | None) -> FaqAnswer:
    if kb is None:
        return FaqAnswer(None, "")
    try:
        return faq.answer(text, kb)
    except Exception:  # understanding never raises; the chat falls back to a referral
        log.exception("FAQ answer failed")
        return FaqAnswer(None, "")
