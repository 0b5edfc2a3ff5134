"""The readers of clock times, durations and counts, and the role readings of the clock."""

from __future__ import annotations

import pytest

from bot.understanding.text import Text, normalize
from bot.understanding.times import scan, to_24h


def first_clock(text: str):  # type: ignore[no-untyped-def]
    clocks = scan(Text.of(text)).clocks
    assert clocks, text
    return clocks[0]


@pytest.mark.parametrize(
    ("text", "evening", "expected"),
    [
        ("at 7", True, (19, 0)),
        ("at 7", False, (7, 0)),
        ("at 12", True, (0, 0)),
        ("at 12", False, (12, 0)),
        ("at 3", True, (3, 0)),
        ("at 3", False, (3, 0)),
        ("5:45", True, (5, 45)),
        ("11.20", True, (23, 20)),
        ("06:40", True, (6, 40)),
        ("23:15", False, (23, 15)),
        ("10pm", False, (22, 0)),
        ("7a", True, (7, 0)),
        ("12am", True, (0, 0)),
        ("12 pm", True, (12, 0)),
        ("midnight", False, (0, 0)),
        ("noon", True, (12, 0)),
        ("half past 12", True, (0, 30)),
        ("quarter to 12", True, (23, 45)),
        ("quarter past six", False, (6, 15)),
        ("twenty to seven", False, (6, 40)),
        ("ten thirty", True, (22, 30)),
        ("six forty-five", False, (6, 45)),
        ("half 10", True, (22, 30)),
        ("11ish", True, (23, 0)),
        ("6 in the morning", True, (6, 0)),
        ("11 at night", False, (23, 0)),
    ],
)
def test_clock_by_role(text: str, evening: bool, expected: tuple[int, int]) -> None:
    assert to_24h(first_clock(text), evening) == expected


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("half an hour", 30),
        ("an hour and a half", 90),
        ("1.5 hrs", 90),
        ("1½ hours", 90),
        ("2 and a half hours", 150),
        ("45 mins", 45),
        ("20min", 20),
        ("forty-five minutes", 45),
        ("1 hr 20 min", 80),
        ("1h20", 80),
        ("a few minutes", 5),
        ("a couple of hours", 120),
        ("10-20 minutes", 15),
        ("quarter of an hour", 15),
        ("ages", None),
        ("forever", None),
        ("a while", None),
    ],
)
def test_durations(text: str, minutes: int | None) -> None:
    found = scan(Text.of(text)).durations
    assert len(found) == 1 and found[0].minutes == minutes


@pytest.mark.parametrize(
    ("text", "count"),
    [("once", 1), ("twice", 2), ("3 times", 3), ("4x", 4), ("x5", 5), ("a couple of times", 2),
     ("a few times", 3), ("two times", 2), ("3 or 4 times", None), ("several times", None)],
)  # fmt: skip
def test_counts(text: str, count: int | None) -> None:
    found = scan(Text.of(text)).counts
    assert len(found) == 1 and found[0].value == count


@pytest.mark.parametrize("text", ["for once", "once for 5 min", "at once"])
def test_once_that_is_not_a_count(text: str) -> None:
    assert all(c.value != 1 for c in scan(Text.of(text)).counts)


def test_a_duration_or_count_is_not_a_clock() -> None:
    mentions = scan(Text.of("woke 3x, 20 min each, bp 150/95, 7/10"))
    assert [c.value for c in mentions.counts] == [3]
    assert [d.minutes for d in mentions.durations] == [20]
    assert [(r.systolic, r.diastolic) for r in mentions.readings] == [(150, 95)]
    assert [r.score for r in mentions.ratings] == [7]
    assert mentions.clocks == []


@pytest.mark.parametrize(
    "text", ["İstanbul 6:30 a.m.", "Straße\u00a0bed—11", "\x00\x07bed at 11\u202e"]
)
def test_normalising_keeps_offsets(text: str) -> None:
    assert len(normalize(text)) == len(text)
