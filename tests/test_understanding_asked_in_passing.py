"""A question told beside a word about the night is a question; the word is still recorded.

"woke 4x again. does ketamine actually help you stay asleep?": the point of the message is
the question, and the spec's output says so (intent "question", the FAQ's answer, no
entry), while the chat still records the four wakings (Understanding.entry).
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
INSOMNIA = {"Ketamine Therapy and Insomnia", "Improving Sleep Quality with Ketamine"}

# (message, intent, the FAQ sources accepted, what the chat records of the night)
CASES = [
    # one word about the night, then a question the article answers: a question
    (
        "woke 4x again. does ketamine actually help you stay asleep?",
        "question",
        INSOMNIA,
        {"awakenings": 4},
    ),
    (
        "slept badly again lol. is ketamine supposed to help with insomnia?",
        "question",
        INSOMNIA,
        {"quality": 2},
    ),
    # two fields: a report that also asks
    (
        "bed at 11, up at 6:30. does ketamine change REM sleep?",
        "diary",
        {"How Ketamine Affects Sleep Patterns", "Ketamine Infusion Therapy and REM Sleep"},
        {"bedtime": "23:00", "out_of_bed": "06:30"},
    ),
    # a question the article does not answer (the patient's own dose): the report stands
    ("woke 3 times. can you raise my dose?", "diary", {None}, {"awakenings": 3}),
    # ... nor one the clinic's details answer
    (
        "woke 3 times. what time do you open on saturday?",
        "diary",
        {"Clinic information"},
        {"awakenings": 3},
    ),
    # "no side effects" is a report of its own
    (
        "slept badly, no side effects though. is ketamine supposed to help with insomnia?",
        "diary",
        INSOMNIA,
        {"quality": 2, "side_effects": []},
    ),
]


@pytest.mark.parametrize(("text", "intent", "sources", "recorded"), CASES)
def test_a_question_told_beside_one_word_about_the_night(
    text: str, intent: str, sources: set[str | None], recorded: dict[str, object]
) -> None:
    understood = understand(text, LOCAL, TZ, KB)
    out = understood.to_json()
    assert out["intent"] == intent
    assert understood.entry is not None
    told = {k: v for k, v in understood.entry.to_json().items() if k in recorded}
    assert told == recorded
    if intent == "question":
        assert out["entry"] is None and out["missing"] == [] and out["evidence"] == {}
        assert out["faq"]["source"] in sources
        assert understood.also_asked is None
    else:
        assert out["entry"] is not None and out["faq"] is None
        assert understood.also_asked is not None and understood.also_asked.source in sources


def test_a_side_effect_told_beside_a_question_is_still_a_report() -> None:
    text = "bit nauseous after the infusion, slept ok. is nausea normal the day after?"
    understood = understand(text, LOCAL, TZ, KB)
    assert understood.intent == "diary"
    assert understood.entry is not None and understood.entry.side_effects


def test_the_chat_records_the_word_about_the_night_and_answers_the_question() -> None:
    text = "woke 4x again. does ketamine actually help you stay asleep?"
    understood = understand(text, LOCAL, TZ, KB)
    assert understood.intent == "question"
    result = next_turn(understood, State(), None, now=NOW, text=text)
    assert result.entry is not None and result.entry.awakenings == 4
    assert understood.faq is not None
    assert result.replies[0].text == understood.faq.answer  # the answer first
    assert result.state.open_question == "bedtime"  # then the night's first missing field
