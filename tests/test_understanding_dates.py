"""diary_date rules: the morning the night ended."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understanding import understand

WED = dt.datetime(2026, 3, 11, 8, 0)  # Wednesday 11 March 2026


@pytest.mark.parametrize(
    ("text", "received", "date"),
    [
        ("slept ok", WED, "2026-03-11"),
        ("yesterday I napped 20 min", WED, "2026-03-11"),
        ("the night before last: woke 4 times", WED, "2026-03-10"),
        ("two nights ago I slept terribly", WED, "2026-03-10"),
        ("on Sunday night: bed 11, up 7", WED, "2026-03-09"),
        ("tuesday night slept great", WED, "2026-03-11"),
        ("wednesday night I slept badly", WED, "2026-03-05"),
        ("this is for Monday: slept well", WED, "2026-03-09"),
        ("Wednesday morning: woke at 6", WED, "2026-03-11"),
        ("for the 7th: bed at 10", WED, "2026-03-07"),
        # 00:00-03:59 and "last night" / "yesterday": the night that has ended
        ("last night bed 10:30, woke 6", dt.datetime(2026, 3, 11, 0, 40), "2026-03-10"),
        ("forgot yesterday: slept ok", dt.datetime(2026, 3, 11, 3, 59), "2026-03-10"),
        ("last night bed 10:30, woke 6", dt.datetime(2026, 3, 11, 4, 0), "2026-03-11"),
        # a night in progress keeps the date received
        ("can't sleep, woke at 2", dt.datetime(2026, 3, 11, 2, 30), "2026-03-11"),
        (
            "still awake, went to bed at 11 last night",
            dt.datetime(2026, 3, 11, 1, 30),
            "2026-03-11",
        ),
        # dates in other shapes, read by dateparser (month first, as the clinic writes them)
        ("for 3/7: bed at 10, up at 6", WED, "2026-03-07"),
        ("night of 3/6 bed 10", WED, "2026-03-07"),
        ("on 8 March I slept badly", WED, "2026-03-08"),
        ("this is for 9 mar 2026, woke at 6", WED, "2026-03-09"),
        ("for 03/09/26 bed 11", WED, "2026-03-09"),
        # a rating is not a date; a future or long-past date is not a diary night
        ("slept ok, i'd say for 7/10", WED, "2026-03-11"),
        ("for 12/25 bed at 11", WED, "2026-03-11"),
        ("for 1/2/25 bed at 11", WED, "2026-03-11"),
        # a late report of this morning keeps its own date
        ("forgot this morning: slept fine", dt.datetime(2026, 3, 11, 21, 0), "2026-03-11"),
    ],
)
def test_diary_date(text: str, received: dt.datetime, date: str) -> None:
    result = understand(text, received, "America/New_York")
    assert result.entry is not None, text
    assert result.entry.diary_date == dt.date.fromisoformat(date)


def test_other_night_is_in_evidence() -> None:
    result = understand("night before last I slept badly", WED, "UTC")
    assert result.entry is not None
    assert result.entry.evidence["diary_date"] == "night before last"
