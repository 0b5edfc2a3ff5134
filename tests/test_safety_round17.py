"""The seventeenth session: the screen trained with tests/data/teaching, and the urgent
families its blind sets (tests/data/untrained/safety_67-72) showed the rules missing.

Wordings of our own, each beside look-alikes that must stay quiet.
"""

from __future__ import annotations

import pytest

from bot.safety import assess
from bot.safety.judge import assess_by_rules
from sleepdiary.commands import safety_model as training


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # confusion on waking that has not passed, told by family
        ("he woke up not knowing where he is. been 2 hours and no better", "urgent"),
        ("mom came to on the couch without knowing where she was and its still the same", "urgent"),
        ("woke up not knowing where i was for a sec, then remembered im at my moms", "none"),
        ("no idea where he is, he went fishing, back by dinner", "none"),
        ("not knowing where he is tonight scares me, he hasnt called, probably at a bar", "none"),
        # someone spoken to who is not in the room, that goes on
        ("my mother is speaking to people who are not in the room, it has not stopped", "urgent"),
        ("dad keeps talking to someone who isnt here since his infusion, still at it", "urgent"),
        ("my son talks to his friends who arent in the room on his headset all night", "none"),
        ("my toddler talks to people who arent here, imaginary friend named bob", "none"),
        # a voice in an empty room that will not stop
        (
            "since the infusion i keep hearing a mans voice in the next room and i live alone."
            " still going this morning",
            "urgent",
        ),
        ("heard a voice in the next room at 2, it was my son home early. slept after", "none"),
    ],
)
def test_the_seventeenth_sessions_urgent_rules(text: str, level: str) -> None:
    assert assess(text).level == level


@pytest.mark.parametrize(
    "text",
    [
        "he woke up not knowing where he is. been 2 hours and no better",
        "my mother is speaking to people who are not in the room, it has not stopped",
    ],
)
def test_the_rules_find_them_without_the_screen(text: str) -> None:
    assert assess_by_rules(text).level == "urgent"


def test_the_screen_is_trained_on_the_teaching_sets() -> None:
    """`sleepdiary safety-model train` reads tests/data/teaching beside tests/data/heldout,
    every teaching set is labelled only for safety, and no set name is in both folders (a
    name in both would silently drop one set)."""
    heldout = {path.stem for path in training.LABELLED[0].glob("*.jsonl")}
    teaching = {path.stem for path in training.LABELLED[1].glob("*.jsonl")}
    assert len(teaching) == 14
    assert not heldout & teaching
    sets = training.labelled_sets()
    assert teaching <= set(sets)
    for name in teaching:
        rows = sets[name]
        assert len(rows) == 300, name
        assert all(row["gold"]["safety"] in {"none", "urgent", "crisis"} for row in rows), name


def test_the_teaching_crises_are_read_by_the_screen() -> None:
    """A training figure, not an estimate: a table trained without them would miss most of
    the crises the rules miss here (a stale table fails test_safety_model too)."""
    sets = training.labelled_sets([training.LABELLED[1]])
    crises = [
        row["text"] for rows in sets.values() for row in rows if row["gold"]["safety"] == "crisis"
    ]
    found = sum(assess(text).level == "crisis" for text in crises)
    assert found / len(crises) >= 0.98
