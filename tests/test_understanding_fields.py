"""Diary fields, one spec rule per group of rows (our own sentences, not the dev set)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bot.understanding import understand

MORNING = dt.datetime(2026, 3, 11, 7, 30)  # a Wednesday


def entry(text: str, when: dt.datetime = MORNING, expecting: str | None = None) -> dict[str, Any]:
    result = understand(text, when, "Europe/London", expecting=expecting)
    assert result.intent == "diary", (text, result.intent)
    assert result.entry is not None
    return {k: v for k, v in result.entry.to_json().items() if v is not None}


CASES: list[tuple[str, dict[str, Any]]] = [
    # am/pm by role: evening roles 6-11 pm, 12 -> 00:00, 1-5 am
    ("into bed at 9, lights off 10", {"bedtime": "21:00", "lights_out": "22:00"}),
    ("hit the sack at 12", {"bedtime": "00:00"}),
    ("went to bed at 2", {"bedtime": "02:00"}),
    ("finally dozed off at 3:10", {"sleep_onset": "03:10"}),
    # morning roles: 4-11 am, 12 -> 12:00, 1-3 am
    ("woke at 12 lol", {"final_wake": "12:00"}),
    ("alarm went off at 5:50", {"final_wake": "05:50"}),
    ("rolled out of bed at 8", {"out_of_bed": "08:00"}),
    # explicit meridiem and 24-hour clock win over the role
    ("in bed 12.45am, up 9am", {"bedtime": "00:45", "out_of_bed": "09:00"}),
    ("bed 22:10, woke 05:55", {"bedtime": "22:10", "final_wake": "05:55"}),
    ("went to bed at 6pm", {"bedtime": "18:00"}),
    ("8p to bed", {"bedtime": "20:00"}),
    # spoken times
    ("bed at midnight, woke at noon", {"bedtime": "00:00", "final_wake": "12:00"}),
    ("bed at half past ten", {"bedtime": "22:30"}),
    ("bed at quarter to eleven", {"bedtime": "22:45"}),
    ("bed quarter past 9", {"bedtime": "21:15"}),
    ("bed at ten to twelve", {"bedtime": "23:50"}),
    ("bed at half 11", {"bedtime": "23:30"}),
    (
        "bed about 11ish, asleep by half past",
        {"bedtime": "23:00", "sleep_onset": "23:30", "sol_min": 30},
    ),
    ("bed around ten thirty", {"bedtime": "22:30"}),
    ("bed @ 10:40, woke ~6", {"bedtime": "22:40", "final_wake": "06:00"}),
    ("up at seven o'clock", {"out_of_bed": "07:00"}),
    # sol and sleep_onset derivations, across midnight, from lights out when stated
    ("bed 11:50, asleep 12:20", {"bedtime": "23:50", "sleep_onset": "00:20", "sol_min": 30}),
    (
        "bed at 10, took 40 mins to drift off",
        {"bedtime": "22:00", "sleep_onset": "22:40", "sol_min": 40},
    ),
    (
        "bed 10, lights out 10:45, took a quarter of an hour to fall asleep",
        {"bedtime": "22:00", "lights_out": "22:45", "sleep_onset": "23:00", "sol_min": 15},
    ),
    ("took ages to fall asleep", {}),
    ("it took forever to get to sleep, bed at 10", {"bedtime": "22:00"}),
    ("lay in bed for what felt like hours before I dropped off", {}),
    # counts
    ("woke once", {"awakenings": 1}),
    ("woke up a couple of times", {"awakenings": 2}),
    ("up a few times", {"awakenings": 3}),
    ("woke 4x", {"awakenings": 4}),
    ("woken x2 by the baby", {"awakenings": 2}),
    ("woke three times", {"awakenings": 3}),
    ("got up to pee twice", {"awakenings": 2}),
    ("woke 2 times, sorry I mean 3", {"awakenings": 3}),
    ("slept straight through", {"awakenings": 0, "waso_min": 0}),
    ("didn't wake up once", {"awakenings": 0, "waso_min": 0}),
    ("slept thru", {"awakenings": 0, "waso_min": 0}),
    ("3 wake ups, bed at 11", {"awakenings": 3, "bedtime": "23:00"}),
    ("woke at 1:30 and was awake about 40 minutes", {"awakenings": 1, "waso_min": 40}),
    ("tossed and turned until 1am", {"sleep_onset": "01:00"}),
    ("threw up twice", {"side_effects": [{"name": "vomiting", "severity": None}]}),
    # durations and waso
    ("woke 3 times, 10 mins each", {"awakenings": 3, "waso_min": 30}),
    ("woke twice, once for 15 min and once for 25", {"awakenings": 2, "waso_min": 40}),
    ("awake from 2 to 3:15", {"awakenings": 1, "waso_min": 75}),
    ("up from 4-5am", {"awakenings": 1, "waso_min": 60}),
    (
        "woke a few times, maybe an hour and a half awake in total",
        {"awakenings": 3, "waso_min": 90},
    ),
    (
        "woke at 3 for about half an hour, then slept till 7",
        {"awakenings": 1, "waso_min": 30, "final_wake": "07:00"},
    ),
    # final wake vs mid-night wakings; got up straight away
    ("woke at 2 and again at 4:30 but fell back asleep", {"awakenings": 2}),
    ("woke at 5 and couldn't get back to sleep", {"final_wake": "05:00"}),
    ("got up at 3 for water, then slept till 8", {"awakenings": 1, "final_wake": "08:00"}),
    ("woke 6:15 and got up straight away", {"final_wake": "06:15", "out_of_bed": "06:15"}),
    ("got up at 7:20", {"out_of_bed": "07:20"}),
    ("woke at 6:30, got out of bed at 7", {"final_wake": "06:30", "out_of_bed": "07:00"}),
    ("slept 11pm-6:30am", {"sleep_onset": "23:00", "final_wake": "06:30"}),
    # naps
    ("napped 25 mins", {"nap_min": 25}),
    ("a two hour nap yesterday", {"nap_min": 120}),
    ("had an hour and a half nap", {"nap_min": 90}),
    ("nap 2-3pm yesterday", {"nap_min": 60}),
    ("quick 1.5hr nap", {"nap_min": 90}),
    ("no nap yesterday", {"nap_min": 0}),
    ("napped 30 min, actually more like 45", {"nap_min": 45}),
    # corrections
    ("bed at 11, no wait, 11:30", {"bedtime": "23:30"}),
    # quality words, ratings, only about the sleep
    ("slept terribly", {"quality": 1}),
    ("rough night", {"quality": 2}),
    ("didn't sleep great", {"quality": 2}),
    ("night was alright", {"quality": 3}),
    ("slept pretty good", {"quality": 4}),
    ("slept like a rock", {"quality": 5}),
    ("very good night's sleep", {"quality": 5}),
    ("sleep 3/10", {"quality": 2}),
    ("I'd give last night a 9 out of 10", {"quality": 5}),
    ("sleep quality 2/5", {"quality": 2}),
    ("bed 11, up 7, 8/10", {"bedtime": "23:00", "out_of_bed": "07:00", "quality": 4}),
    ("headache 8/10 this morning", {"side_effects": [{"name": "headache", "severity": None}]}),
    (
        "a bit dizzy but otherwise fine",
        {"side_effects": [{"name": "dizziness", "severity": "mild"}]},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_fields(text: str, expected: dict[str, Any]) -> None:
    got = entry(text)
    got.pop("diary_date")
    assert got == expected


def test_derivations_are_only_the_spec_ones() -> None:
    # onset and sol without a bedtime: nothing derived
    got = entry("asleep at 12:30, woke at 7")
    assert "sol_min" not in got and "bedtime" not in got
    assert got["sleep_onset"] == "00:30"


def test_evidence_quotes_the_patients_words() -> None:
    result = understand("Bed at 11, woke TWICE, up at 6:45", MORNING, "UTC")
    assert result.entry is not None
    ev = result.entry.evidence
    assert ev["bedtime"] == "Bed at 11"
    assert "TWICE" in ev["awakenings"]
    assert "6:45" in ev["out_of_bed"]


def test_missing_lists_core_fields_in_order() -> None:
    result = understand("took 20 min to fall asleep, woke 3x", MORNING, "UTC")
    assert result.missing == ["bedtime", "final_wake", "quality", "side_effects"]
    full = understand(
        "bed 11, asleep 11:30, woke twice, woke for good at 6, slept ok, no side effects",
        MORNING,
        "UTC",
    )
    assert full.missing == []
    assert understand("thanks!", MORNING, "UTC").missing == []


ROUND_TWO: list[tuple[str, dict[str, Any]]] = [
    # time to fall asleep told as "... later"
    (
        "lights out 10.30, dropped off 20 minutes later",
        {"lights_out": "22:30", "sleep_onset": "22:50", "sol_min": 20},
    ),
    ("bed at 11 asleep an hour later", {"bedtime": "23:00", "sleep_onset": "00:00", "sol_min": 60}),
    # hour and minutes typed with a space, beside a cue
    ("alarm went off at 6 40", {"final_wake": "06:40"}),
    ("up for the day at 7 05", {"out_of_bed": "07:05"}),
    # spoken minutes before "last night"
    ("in bed by ten fifteen last night", {"bedtime": "22:15"}),
    # "each" before the length
    ("woke 4x, each roughly 5 mins", {"awakenings": 4, "waso_min": 20}),
    ("woke twice, each time for about 15 min", {"awakenings": 2, "waso_min": 30}),
    # lengths listed before the unit
    ("woke 3 times, 5, 10 and 15 minutes", {"awakenings": 3, "waso_min": 30}),
    ("up twice, 20 and 40 mins", {"awakenings": 2, "waso_min": 60}),
    ("bed 11, 30 mins to drop off", {"bedtime": "23:00", "sleep_onset": "23:30", "sol_min": 30}),
    # a rating at the end of a run-on report
    (
        "asleep at 1 woke at 7 6 out of 10",
        {"sleep_onset": "01:00", "final_wake": "07:00", "quality": 3},
    ),
    (
        "bed 11 asleep 11.30 woke for the day 6.30 got up 6.45 8 out of 10",
        {
            "bedtime": "23:00",
            "sleep_onset": "23:30",
            "sol_min": 30,
            "final_wake": "06:30",
            "out_of_bed": "06:45",
            "quality": 4,
        },
    ),
    # a bare "up" told apart from getting out of bed is the final awakening
    ("up for good at 5:50, out of bed by 6:20", {"final_wake": "05:50", "out_of_bed": "06:20"}),
    ("up at 6, left the bed at 6:30", {"final_wake": "06:00", "out_of_bed": "06:30"}),
    ("up for the day at 7", {"out_of_bed": "07:00"}),
    # words typed with two letters swapped, or one short
    ("wnet to bde at 10", {"bedtime": "22:00"}),
    ("woek at 6, slept horible", {"final_wake": "06:00", "quality": 1}),
    ("fel asleep at 12", {"sleep_onset": "00:00"}),
    ("woke at 7 and got up rite away", {"final_wake": "07:00", "out_of_bed": "07:00"}),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_TWO)
def test_round_two_fields(text: str, expected: dict[str, Any]) -> None:
    got = entry(text)
    got.pop("diary_date")
    assert got == expected


@pytest.mark.parametrize(
    "text", ["took 2 10 mg tablets at bedtime", "read 3 20 page chapters in bed"]
)
def test_spaced_numbers_are_not_clock_times_without_a_cue(text: str) -> None:
    result = understand(text, MORNING, "Europe/London")
    entry_ = result.entry.to_json() if result.entry else {}
    assert not any(entry_.get(k) for k in ("bedtime", "final_wake", "out_of_bed", "sleep_onset"))
