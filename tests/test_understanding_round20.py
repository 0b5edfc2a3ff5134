"""Phrasings the twenty-fourth session's blind sets (mixed_78-79, scored before they were read)
found us misreading: naps listed one after the other ("25 min at 1pm and 20 min at 4pm"),
lying awake until an hour when what follows tells only that sleep came ("Once asleep, I slept
through until 6:40"), and "retiring at 10:00" as a bedtime.

Our own sentences, each family beside look-alikes that must still read as before.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_understanding_round11 import _diary_fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # naps in a list: every one counts
        ("two naps yesterday: 15 min at noon and 40 min at 5pm", {"nap_min": 55}),
        ("napped 30 min at 1, 20 min at 4:30", {"nap_min": 50}),
        # ... but the night's length after a nap's own is the night's
        ("napped 20 min at 2pm, slept 7 hrs", {"nap_min": 20}),
        ("napped 2 hrs, slept 6 hrs", {"nap_min": 120}),
        ("a 20 minute nap and 7 hours last night", {"nap_min": 20}),
        # lying awake until an hour, then only that sleep came
        (
            "in bed by 11 but lay awake until about 2. once asleep i slept through to 7",
            {
                "bedtime": "23:00",
                "sleep_onset": "02:00",
                "sol_min": 180,
                "awakenings": 0,
                "waso_min": 0,
                "final_wake": "07:00",
            },
        ),
        # ... not when what follows tells when it came
        (
            "bed 11, lay awake till 12:30, finally dropped off around 1, up 6",
            {"bedtime": "23:00", "sleep_onset": "01:00", "sol_min": 120, "out_of_bed": "06:00"},
        ),
        # retiring with an hour after it is going to bed
        (
            "took 40 minutes to fall asleep after retiring at 10:30",
            {"bedtime": "22:30", "sleep_onset": "23:10", "sol_min": 40},
        ),
        ("retiring at 66 is the plan. slept ok", {"quality": 3}),
    ],
)
def test_naps_in_a_list_lying_awake_and_retiring(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected
