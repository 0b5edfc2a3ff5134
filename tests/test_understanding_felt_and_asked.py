"""Side effects told in a question are recorded when the patient felt them of late.

"dizzy when i stood up this morning, is that normal?": the message asks, and the spec's
output says so (intent "question", no entry), but a clinician wants the dizziness in the
diary, so Understanding.entry holds it and the chat records it. Questions speak of fears,
conditions and other people far more than reports do, so only what the message places after
the treatment or in the last day, and of no one else, is recorded.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.clinic import Clinic
from bot.conversation import State, next_turn
from bot.knowledge import default_knowledge_base_path, load_knowledge_base
from bot.understanding import understand

KB = load_knowledge_base(default_knowledge_base_path(), Clinic(name="Test Clinic"))
LOCAL = dt.datetime(2026, 11, 24, 8, 5)
NOW = dt.datetime(2026, 11, 24, 13, 5, tzinfo=dt.UTC)
TZ = "America/New_York"

RECORDED = [
    ("dizzy when i stood up this morning, is that normal", [("dizziness", None)]),
    (
        "Dizzy getting up again... Nausea too, a bit. Normal?",
        [("dizziness", None), ("nausea", "mild")],
    ),
    (
        "bit queasy after the infusion yesterday, how long does that usually last?",
        [("nausea", "mild")],
    ),
    ("threw up after yesterdays session, should i be worried??", [("vomiting", None)]),
    ("headache again after my treatment. do these wear off fast?", [("headache", None)]),
    ("the blurry vision after infusion, is that common", [("blurred_vision", None)]),
    (
        "my wife says i was confused all evening after the infusion, is that normal?",
        [("confusion", None)],
    ),
]

NOT_RECORDED = [
    # asked about, not felt
    "can ketamine make you dizzy?",
    "is it normal to feel nauseous the day after an infusion?",
    "if i get a headache tonight can i take tylenol?",
    # a fear, a condition, a time long past
    "what happens at the first appointment? im nervous about it",
    "I have had high blood pressure for many years. Is ketamine risky for me?",
    "could my dose be lowered next time? the floaty feeling was too much",
    # someone else's
    "my husband got dizzy after his infusion today, is that normal?",
    "she threw up after her session yesterday, is that common?",
]


@pytest.mark.parametrize(("text", "effects"), RECORDED)
def test_what_was_felt_of_late_is_recorded_beside_the_question(
    text: str, effects: list[tuple[str, str | None]]
) -> None:
    understood = understand(text, LOCAL, TZ, KB)
    out = understood.to_json()
    assert out["intent"] == "question" and out["entry"] is None  # the spec's output asks
    assert understood.faq is not None
    assert understood.entry is not None and understood.entry.side_effects is not None
    assert [(e.name, e.severity) for e in understood.entry.side_effects] == effects
    assert understood.entry.evidence["side_effects"]  # the words the record came from


@pytest.mark.parametrize("text", NOT_RECORDED)
def test_what_was_only_asked_about_is_not_recorded(text: str) -> None:
    understood = understand(text, LOCAL, TZ, KB)
    assert understood.intent == "question"
    assert understood.entry is None


def test_the_chat_answers_the_question_and_records_the_side_effect() -> None:
    text = "dizzy when i stood up this morning, is that normal"
    understood = understand(text, LOCAL, TZ, KB)
    result = next_turn(understood, State(), None, now=NOW, text=text)
    assert result.entry is not None and result.entry.side_effects is not None
    assert [e.name for e in result.entry.side_effects] == ["dizziness"]
    assert result.diary_date == dt.date(2026, 11, 24)
    assert understood.faq is not None
    assert result.replies[0].text == understood.faq.answer  # the answer first
