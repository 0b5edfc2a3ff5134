"""Phrasings the eleventh session found us misreading (November 2026): the last session's
"noticed and left alone" and the mixed sets written this session.

Our own sentences, one group per family, each with look-alikes that must still read as
before.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.understanding import understand
from tests.test_understanding_round8 import MORNING, read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lying down "for a nap" starts a nap, not the night
        (
            "lay down for a nap at 2 and didn't wake till 4, then bed at 11",
            {"bedtime": "23:00", "nap_min": 120},
        ),
        (
            "lay down at 2 for a nap, slept till 4. bed at 11, up at 6",
            {"bedtime": "23:00", "nap_min": 120, "out_of_bed": "06:00"},
        ),
        (
            "went to bed for a nap around 1pm, woke at 2:30. bed 10:30, up 6:15",
            {"bedtime": "22:30", "nap_min": 90, "out_of_bed": "06:15"},
        ),
        ("lay down at 10:30, up at 6", {"bedtime": "22:30", "out_of_bed": "06:00"}),
        # "till 4, then bed at 11": the cue after "then" has a time of its own
        (
            "took a nap at 2 and didn't wake till 4, then bed at 11",
            {"bedtime": "23:00", "nap_min": 120},
        ),
        ("read till 11:40 then lights off", {"lights_out": "23:40"}),
        (
            "lay down at 10 and read till 11 then lights off at 11:15",
            {"bedtime": "22:00", "lights_out": "23:15"},
        ),
    ],
)
def test_a_nap_begun_lying_down(text: str, expected: dict[str, Any]) -> None:
    intent, fields = read(text)
    assert intent == "diary"
    fields.pop("side_effects", None)
    assert fields == expected


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # a night marvelled at ("for once??", "?!") is told, not asked
        ("no wake-ups at all for once?? felt great", "diary"),
        ("slept till 7?! amazing", "diary"),
        ("no side effects for a change?? bed 11 up 6", "diary"),
        # a question marked with surprise is still a question
        ("is it normal to feel floaty?!", "question"),
        ("why am I so tired?!", "question"),
        ("anyone else get this?!", "question"),
        ("so tired after the infusion??", "question"),
    ],
)
def test_marvelling_is_not_asking(text: str, intent: str) -> None:
    assert understand(text, MORNING, "America/New_York").intent == intent
