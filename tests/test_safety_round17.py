"""The seventeenth session: the screen trained with tests/data/teaching."""

from __future__ import annotations

from bot.safety import assess
from sleepdiary.commands import safety_model as training


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
