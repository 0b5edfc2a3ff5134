"""Nights and clock times as patients name them in commands."""

from __future__ import annotations

import datetime as dt

import pytest

from bot import nights

TODAY = dt.date(2026, 11, 24)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("7:30", dt.time(7, 30)), ("07:30", dt.time(7, 30)), ("7.30", dt.time(7, 30)),
     ("6:45am", dt.time(6, 45)), ("6:45 pm", dt.time(18, 45)), ("7am", dt.time(7)),
     ("12am", dt.time(0)), ("12pm", dt.time(12)), ("19:00", dt.time(19)), ("7", dt.time(7)),
     ("25:00", None), ("13pm", None), ("7:75", None), ("", None), ("soon", None)],
)  # fmt: skip
def test_clock_times_people_type(text: str, expected: dt.time | None) -> None:
    assert nights.parse_clock_time(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("", TODAY), ("today", TODAY), ("yesterday", TODAY - dt.timedelta(days=1)),
     ("2026-11-20", dt.date(2026, 11, 20)), ("2026-12-01", None), ("monday-ish", None)],
)  # fmt: skip
def test_the_night_fix_means(text: str, expected: dt.date | None) -> None:
    assert nights.night_named(text, TODAY) == expected


@pytest.mark.parametrize(
    ("hour", "expected"), [(6, TODAY), (17, TODAY), (18, TODAY + dt.timedelta(days=1))]
)
def test_log_means_last_night_by_day_and_tonight_in_the_evening(hour: int, expected) -> None:  # type: ignore[no-untyped-def]
    assert nights.night_to_log(dt.datetime.combine(TODAY, dt.time(hour))) == expected


def test_last_days_end_today_oldest_first() -> None:
    days = nights.last_days(TODAY, 7)
    assert days[0] == TODAY - dt.timedelta(days=6) and days[-1] == TODAY and len(days) == 7


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Sunday", 6), ("sun", 6), ("sundays", 6), ("Mon", 0), ("wed.", 2), ("thurs", 3),
     ("th", None), ("someday", None), ("", None)],
)  # fmt: skip
def test_weekdays_people_type(text: str, expected: int | None) -> None:
    assert nights.weekday_named(text) == expected
