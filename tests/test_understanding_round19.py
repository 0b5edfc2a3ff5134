"""Phrasings the twenty-third session's blind sets (mixed_76-77, scored before they were read)
found us misreading: lying awake until a night hour, with nothing else telling when sleep came
("I lay awake until 2:00 and then woke for good at 4:30"), and a night graded in star emoji
("slept thru!!! ⭐️⭐️⭐️⭐️").

Our own sentences, each family beside look-alikes that must still read as before.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.understanding import understand
from tests.test_understanding_round8 import MORNING
from tests.test_understanding_round11 import _diary_fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lying awake until a night hour: when sleep came
        (
            "bed at 10:30 and lay awake until about 1, alarm 6:15",
            {"bedtime": "22:30", "sleep_onset": "01:00", "sol_min": 150, "final_wake": "06:15"},
        ),
        (
            "I lay wide awake till 2 and then woke for good at 5",
            {"sleep_onset": "02:00", "final_wake": "05:00"},
        ),
        # ... unless sleep is told after it, or the lying awake followed a waking (named or
        # not: a read-through's probes)
        ("the baby cried at 2 and i lay awake until 4", {}),
        ("bed at 10, the baby cried at 2 and i lay awake until 4", {"bedtime": "22:00"}),
        ("asleep quickly, then lay awake until 2", {}),
        (
            "bed 11, lay awake till 12:30, finally dropped off around 1, up 6",
            {"bedtime": "23:00", "sleep_onset": "01:00", "sol_min": 120, "out_of_bed": "06:00"},
        ),
        (
            "woke at 2 with my heart racing, lay awake till 4, alarm 6:30",
            {"awakenings": 1, "waso_min": 120, "final_wake": "06:30"},
        ),
        # ... and lying in after the alarm is getting up late
        (
            "bed 11. lay awake until 7 after the alarm went at 6",
            {"bedtime": "23:00", "final_wake": "06:00", "out_of_bed": "07:00"},
        ),
        ("lay in bed till 8 this morning, bliss", {"out_of_bed": "08:00"}),
        # a night graded in star emoji, two to five of them
        ("slept great ⭐⭐⭐⭐", {"quality": 4}),
        ("bed 11, up 6:45 ⭐️⭐️⭐️", {"bedtime": "23:00", "out_of_bed": "06:45", "quality": 3}),
        # ... one beside a rating is only a flourish, and stars for something else grade it
        ("4/5 ⭐", {"quality": 4}),
        ("slept badly. my nurse today was ⭐⭐⭐⭐⭐", {"quality": 2}),
    ],
)
def test_lying_awake_and_stars(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


def test_stars_for_something_else_grade_no_night() -> None:
    assert understand(
        "the infusion nurses were ⭐⭐⭐⭐⭐", MORNING, "America/New_York"
    ).intent == ("other")
