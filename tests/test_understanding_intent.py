"""Intent: diary, question or other; and the FAQ hand-off for questions."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understanding import understand

WHEN = dt.datetime(2026, 3, 11, 9, 15)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # diary: a night, a nap or side effects, with or without values
        ("slept badly", "diary"),
        ("couldn't sleep at all last night", "diary"),
        ("napped after lunch", "diary"),
        ("a little queasy this morning", "diary"),
        ("no side effects", "diary"),
        ("9/10", "diary"),
        ("bed 11 woke 7", "diary"),
        ("slept awful. is that normal after an infusion?", "diary"),
        # questions, with or without a question mark
        ("is it normal to feel spaced out after treatment", "question"),
        ("how many sessions do people usually need", "question"),
        ("will this help me sleep through the night", "question"),
        ("can my husband drive me home", "question"),
        ("does insurance cover this?", "question"),
        ("wondering if ketamine affects dreams", "question"),
        ("ok so, are there any long term risks", "question"),
        ("whats the parking situation", "question"),
        ("my wife feels dizzy, any advice", "question"),
        # other: greetings, thanks, plans, habits, bare numbers, farewells
        ("hey!", "other"),
        ("hi, how are you?", "other"),
        ("thanks so much", "other"),
        ("👍👍", "other"),
        ("will fill this in after work", "other"),
        ("planning to go to bed at 10 tonight", "other"),
        ("I normally go to bed around 11", "other"),
        ("gonna take a nap later", "other"),
        ("2", "other"),
        ("11:30", "other"),
        ("good night!", "other"),
        ("I'm dead on my feet at work lol, chat later", "diary"),
    ],
)
def test_intent(text: str, intent: str) -> None:
    assert understand(text, WHEN, "UTC").intent == intent


def test_question_gets_an_faq_answer_and_no_entry() -> None:
    result = understand("is ketamine addictive", WHEN, "UTC")
    assert result.intent == "question"
    assert result.entry is None and result.missing == []
    assert result.faq is not None and result.faq.source is None  # no knowledge base given


def test_other_has_neither_entry_nor_faq() -> None:
    result = understand("see you thursday", WHEN, "UTC")
    assert (result.intent, result.entry, result.faq) == ("other", None, None)


def test_safety_is_judged_on_every_message(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot import safety
    from bot.understanding import __init__ as mod  # noqa: F401

    seen: list[str] = []

    def fake(text: str) -> safety.SafetyAssessment:
        seen.append(text)
        return safety.SafetyAssessment("urgent", "x")

    monkeypatch.setattr("bot.understanding.assess", fake)
    for text in ("hi", "slept ok", "is it safe?"):
        assert understand(text, WHEN, "UTC").safety.level == "urgent"
    assert seen == ["hi", "slept ok", "is it safe?"]


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # chat spellings of a question's first word
        ("r u guys open late on fridays", "question"),
        ("r the infusions painful", "question"),
        ("cn i bring someone with me", "question"),
        ("hw long does a session take", "question"),
        ("y do i feel so flat after", "question"),
        ("shud i eat before the infusion", "question"),
        # ... and small talk or reports that start the same way
        ("r u there", "other"),
        ("hw r u", "other"),
        ("y slept ok", "diary"),
        # symptoms alone report a night or a day
        ("my heart's pounding and I can't get to sleep", "diary"),
        ("can't catch my breath since the infusion", "diary"),
    ],
)
def test_round_two_intent(text: str, intent: str) -> None:
    assert understand(text, WHEN, "UTC").intent == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # "anything ..." opening a sentence asks, without a question mark
        ("anything new on the research side", "question"),
        ("anything i should avoid before my infusion", "question"),
        ("anything else that helps with the nausea", "question"),
        ("anything promising for insomnia coming along", "question"),
        ("anything coming up in sleep research", "question"),
        # "anything" inside a report stays a report
        ("didn't eat anything new before bed, slept 7 hours", "diary"),
        ("slept fine, nothing or anything weird to report", "diary"),
    ],
)
def test_anything_opens_a_question(text: str, intent: str) -> None:
    assert understand(text, WHEN, "UTC").intent == intent
