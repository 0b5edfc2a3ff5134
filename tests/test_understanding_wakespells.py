"""Time awake in the middle of the night: clock ranges, lengths per waking, labelled counts.

Our own sentences. Each group pairs readings that must be found with look-alikes that must
not change: time awake that ended the night (getting up after it) is a final awakening and
time in bed, not time awake after sleep onset.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bot.understanding import understand

MORNING = dt.datetime(2026, 3, 11, 7, 30)


def diary(text: str) -> dict[str, Any]:
    result = understand(text, MORNING, "Europe/London")
    assert result.intent == "diary", (text, result.intent)
    fields = result.entry.to_json() if result.entry else {}
    fields.pop("diary_date", None)
    return {k: v for k, v in fields.items() if v is not None}


CASES: list[tuple[str, dict[str, Any]]] = [
    # a waking, then "awake till" a later time: one waking of that length
    ("woke at 2, awake till 3:20", {"awakenings": 1, "waso_min": 80}),
    (
        "woke around 1 and was wide awake until 2:30, then slept till 6",
        {"awakenings": 1, "waso_min": 90, "final_wake": "06:00"},
    ),
    ("woke up at 3:10, was awake till about 4", {"awakenings": 1, "waso_min": 50}),
    ("woke at 12:30, lay awake till 2", {"awakenings": 1, "waso_min": 90}),
    (
        "woke at 4, tossed and turned until 5:15, then dozed till 7",
        {"awakenings": 1, "waso_min": 75, "final_wake": "07:00"},
    ),
    (
        "woke at 2am, lay there till 3 then drifted off again",
        {"awakenings": 1, "waso_min": 60},
    ),
    # not getting back to sleep until a time
    ("woke at 1, couldn't get back to sleep until 2:45", {"awakenings": 1, "waso_min": 105}),
    ("woke at 3 and couldn't fall back asleep till 3:40", {"awakenings": 1, "waso_min": 40}),
    # look-alikes: time awake that ended with getting up is the final waking
    ("awake at 5 till 5:45 then got up", {"final_wake": "05:00", "out_of_bed": "05:45"}),
    ("woke at 6, lay awake till 6:40 then got up", {"final_wake": "06:00", "out_of_bed": "06:40"}),
    (
        "woke at 5:30, awake until 6 and then just got up",
        {"final_wake": "05:30", "out_of_bed": "06:00"},
    ),
    ("woke at 6:15 and lay there till 7", {"final_wake": "06:15", "out_of_bed": "07:00"}),
    ("woke at 6:05 and got up at 6:35", {"final_wake": "06:05", "out_of_bed": "06:35"}),
    # each waking's length told on its own: the count is how many were told
    ("woke once for 15 min and once for 2 hours", {"awakenings": 2, "waso_min": 135}),
    ("up once for 20 mins, then another time for 45", {"awakenings": 2, "waso_min": 65}),
    ("woke once for 5 minutes and again for half an hour", {"awakenings": 2, "waso_min": 35}),
    (
        "awake once for like 10 min, the other time for 40 min",
        {"awakenings": 2, "waso_min": 50},
    ),
    ("woke up once for 25 min", {"awakenings": 1, "waso_min": 25}),
    # one length for all the wakings
    ("up twice, both times around 20 min", {"awakenings": 2, "waso_min": 40}),
    ("woke twice, both about 25 min", {"awakenings": 2, "waso_min": 50}),
    ("got up to pee 3 times, 5 min each of them", {"awakenings": 3, "waso_min": 15}),
    ("woke twice both lasting an hour", {"awakenings": 2, "waso_min": 120}),
    # a length to get back to sleep tells one waking; "each time" makes it every waking's
    (
        "the dog barked at 2am and woke me, took 25 min to get back to sleep",
        {"awakenings": 1, "waso_min": 25},
    ),
    ("woke up and it took me an hour to get back to sleep", {"awakenings": 1, "waso_min": 60}),
    (
        "woke twice and it took 15 min to fall back asleep each time",
        {"awakenings": 2, "waso_min": 30},
    ),
    (
        "woke 3x, took me about 10 min to get back to sleep every time",
        {"awakenings": 3, "waso_min": 30},
    ),
    ("up twice, 20 min to drop back off both times", {"awakenings": 2, "waso_min": 40}),
    ("woke a few times and it took ages to get back to sleep", {"awakenings": 3}),
    # look-alike: awake until the alarm ended the night at the first time
    ("woke at 6, awake till 7 when the alarm went", {"final_wake": "06:00"}),
    ("woke at 5:20 and was awake until 6:30 when my alarm went off", {"final_wake": "05:20"}),
    # a count written as a diary-form label is not a clock time
    ("awakenings: 3", {"awakenings": 3}),
    ("wake-ups - 2, bed 11", {"bedtime": "23:00", "awakenings": 2}),
    ("number of awakenings: 1, woke at 6", {"awakenings": 1, "final_wake": "06:00"}),
    ("night wakings: four", {"awakenings": 4}),
    (
        "bed 10:30, awakenings 2, up at 6:15",
        {"bedtime": "22:30", "awakenings": 2, "out_of_bed": "06:15"},
    ),
    ("times woken: 2", {"awakenings": 2}),
    ("# of awakenings: 2", {"awakenings": 2}),
    # look-alikes: a singular label is the time of waking, not a count
    ("bed 11, wake up 7.", {"bedtime": "23:00", "final_wake": "07:00"}),
    ("wake-up: 6", {"final_wake": "06:00"}),
    ("awakening 5.", {"final_wake": "05:00"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_wake_spells(text: str, expected: dict[str, Any]) -> None:
    assert diary(text) == expected
