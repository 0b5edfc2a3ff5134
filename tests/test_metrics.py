"""Consensus Sleep Diary metrics against nights computed by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.entry import DiaryEntry
from bot.metrics import NightMetrics, add_minutes, clock_minutes, night_metrics, weekly_averages


def t(hhmm: str) -> dt.time:
    return dt.time.fromisoformat(hhmm)


@pytest.mark.parametrize(
    ("start", "end", "minutes"),
    [
        ("23:00", "07:00", 480),
        ("00:30", "09:00", 510),
        ("22:00", "22:00", 0),
        ("23:59", "00:01", 2),
        ("06:00", "05:59", 1439),
        ("20:00", "04:00", 480),
        ("01:15", "06:45", 330),
    ],
)
def test_clock_minutes_runs_forward_across_midnight(start: str, end: str, minutes: int) -> None:
    assert clock_minutes(t(start), t(end)) == minutes


@pytest.mark.parametrize(
    ("start", "minutes", "end"),
    [
        ("23:50", 30, "00:20"),
        ("22:00", 15, "22:15"),
        ("00:00", 0, "00:00"),
        ("23:00", 1500, "00:00"),
    ],
)
def test_add_minutes_wraps(start: str, minutes: int, end: str) -> None:
    assert add_minutes(t(start), minutes) == t(end)


BASE = {
    "bedtime": t("23:00"),
    "sol_min": 20,
    "awakenings": 2,
    "waso_min": 30,
    "final_wake": t("06:45"),
    "out_of_bed": t("07:00"),
}

NIGHTS = [
    pytest.param(BASE, NightMetrics(480, 415, 86.5, 20, 30), id="ordinary night"),
    pytest.param(
        {**BASE, "nap_min": 90}, NightMetrics(480, 415, 86.5, 20, 30), id="nap is not in TST"
    ),
    pytest.param(
        {
            "bedtime": t("00:30"),
            "sleep_onset": t("00:50"),
            "awakenings": 0,
            "final_wake": t("08:30"),
            "out_of_bed": t("09:00"),
        },
        # TST = 480 - 20 - 0; SE = 460 / 510 = 90.196...
        NightMetrics(510, 460, 90.2, 20, 0),
        id="bed after midnight, SOL from onset, slept through",
    ),
    pytest.param(
        {
            "bedtime": t("22:00"),
            "lights_out": t("22:45"),
            "sol_min": 15,
            "awakenings": 3,
            "waso_min": 45,
            "final_wake": t("06:00"),
            "out_of_bed": t("06:30"),
        },
        # TIB from bedtime; TST from lights out: 435 - 15 - 45 = 375; SE 73.529...
        NightMetrics(510, 375, 73.5, 15, 45),
        id="lights out apart from bedtime",
    ),
    pytest.param(
        {
            "bedtime": t("23:40"),
            "sleep_onset": t("00:25"),
            "awakenings": 1,
            "waso_min": 10,
            "final_wake": t("05:55"),
            "out_of_bed": t("06:10"),
        },
        # SOL 45; TST = 375 - 45 - 10 = 320; TIB 390; SE 82.05...
        NightMetrics(390, 320, 82.1, 45, 10),
        id="asleep after midnight",
    ),
    pytest.param(
        {**BASE, "waso_min": None}, NightMetrics(480, None, None, 20, None), id="WASO unknown"
    ),
    pytest.param(
        {**BASE, "out_of_bed": None}, NightMetrics(None, 415, None, 20, 30), id="no out of bed"
    ),
    pytest.param(
        {**BASE, "sol_min": None}, NightMetrics(480, None, None, None, 30), id="no sleep onset"
    ),
    pytest.param(
        {**BASE, "final_wake": None}, NightMetrics(480, None, None, 20, 30), id="no final wake"
    ),
    pytest.param(
        {**BASE, "bedtime": None}, NightMetrics(None, None, None, 20, 30), id="no bedtime"
    ),
    pytest.param(
        {**BASE, "sol_min": 600}, NightMetrics(480, None, None, 600, 30), id="contradictory"
    ),
    pytest.param({}, NightMetrics(None, None, None, None, None), id="empty"),
]


@pytest.mark.parametrize(("values", "expected"), NIGHTS)
def test_night_metrics(values: dict[str, object], expected: NightMetrics) -> None:
    assert night_metrics(DiaryEntry(**values)) == expected  # type: ignore[arg-type]


def test_weekly_averages_use_only_nights_that_have_each_figure() -> None:
    nights = [
        DiaryEntry(**BASE, quality=4),  # TST 415, SE 86.5
        DiaryEntry(**{**BASE, "waso_min": 0, "sol_min": 10}, quality=2),  # TST 455, SE 94.8
        DiaryEntry(**{**BASE, "waso_min": None}),  # no TST, no quality
    ]
    assert weekly_averages(nights) == {
        "nights": 3,
        "tst_min": 435.0,
        "se_pct": 90.7,  # mean of 86.5 and 94.8
        "sol_min": 16.7,
        "waso_min": 15.0,
        "quality": 3.0,
    }


def test_weekly_averages_of_no_nights() -> None:
    assert weekly_averages([]) == {
        "nights": 0,
        "tst_min": None,
        "se_pct": None,
        "sol_min": None,
        "waso_min": None,
        "quality": None,
    }
