"""Phrasings the twenty-fifth session's blind sets (mixed_80-81, scored before they were read)
found us misreading: a time of falling asleep told after being awake until another one, lists
numbered "3. ~10 min" or "(3)", a rating of something else beside the night's, an alarm only
set, a waking's length in brackets or "each time", the working day's first job, and a few
side-effect wordings ("a bit up for me", "HR 110s", "racing a little around bedtime").

Our own sentences, each family beside look-alikes that must still read as before.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_understanding_round11 import _diary_fields, _side_effects


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # awake until one time, asleep at another: the second is when sleep came
        (
            "lay awake until 12:30, then fell asleep around 1",
            {"sleep_onset": "01:00"},
        ),
        (
            "bed 10:45, awake till midnight and asleep by 12:40, up at 6:30",
            {"bedtime": "22:45", "sleep_onset": "00:40", "sol_min": 115, "out_of_bed": "06:30"},
        ),
        (
            "in bed at 11. tossed and turned till 1, dozed off about 1:15",
            {"bedtime": "23:00", "sleep_onset": "01:15", "sol_min": 135},
        ),
        # ... and being awake until a time, alone, still tells it
        ("lay there till 1:30 before I finally dropped off", {"sleep_onset": "01:30"}),
        ("bed 11, awake till 1", {"bedtime": "23:00", "sleep_onset": "01:00", "sol_min": 120}),
    ],
)
def test_asleep_at_its_own_time_after_being_awake_until(
    text: str, expected: dict[str, Any]
) -> None:
    assert _diary_fields(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a numbered list whose items open with "~" or a figure: the numbers are no times
        (
            "Tuesday:\n1. bed 23:00\n2. ~20 min to fall asleep\n3. woke 2x\n4. up 6:40",
            {
                "bedtime": "23:00",
                "sleep_onset": "23:20",
                "sol_min": 20,
                "awakenings": 2,
                "out_of_bed": "06:40",
            },
        ),
        (
            "1. in bed 22:30\n2. 15 min to drop off\n3. slept through\n4. final wake 05:50",
            {
                "bedtime": "22:30",
                "sleep_onset": "22:45",
                "sol_min": 15,
                "awakenings": 0,
                "waso_min": 0,
                "final_wake": "05:50",
            },
        ),
        # numbered in brackets
        (
            "(1) slept 3/5 (2) woke twice (3) total sleep ~6h (4) mild headache",
            {"awakenings": 2, "quality": 3},
        ),
        # the night's length, hedged with "~", is no time awake
        ("slept 3/5, woke twice, total sleep ~6h", {"awakenings": 2, "quality": 3}),
        # ... and a time that ends its sentence is still a time
        ("bed at 11. woke at 6. 4/5", {"bedtime": "23:00", "final_wake": "06:00", "quality": 4}),
    ],
)
def test_list_numbers_are_not_times(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


@pytest.mark.parametrize(
    ("text", "quality"),
    [
        # beside a rating of the night, a rating of something named is that thing's
        ("sleep 3/10, knee 8/10, woke 4 times", 2),
        ("night 4/5, the dog 1/5, bed 11", 4),
        ("slept 8/10, workout 5/10. bed 10", 4),
        # ... but a rating after a word of the night, or a bare one, is the night's
        ("bed 11, woke 6, sleep 5/10, honestly more like 7/10", 4),
        ("bed 11, woke 6, 7/10", 4),
        ("sleep quality 3/5, maybe 4/5. bed 11", 4),
    ],
)
def test_a_rating_of_something_else_beside_the_nights(text: str, quality: int) -> None:
    assert _diary_fields(text)["quality"] == quality


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the time an alarm was set for is a plan, where another waking is told
        (
            "woke at 4:50 before the alarm, which was set for 5:30. bed at 10",
            {"bedtime": "22:00", "final_wake": "04:50"},
        ),
        # ... and the waking itself when nothing else says when
        ("alarm set for 6:15, bed 10:30", {"bedtime": "22:30", "final_wake": "06:15"}),
        # asleep until an alarm named with its time
        (
            "asleep by 10, out like a light till my 5:10 alarm",
            {"sleep_onset": "22:00", "final_wake": "05:10"},
        ),
        # slept, then "straight through until" in a clause of its own
        (
            "slept like a stone for once, straight through until 7",
            {"final_wake": "07:00", "awakenings": 0, "waso_min": 0, "quality": 5},
        ),
        # the working day's first job is not a waking
        (
            "woke twice for the bathroom, alarm 4:20, first delivery 5:30",
            {"awakenings": 2, "final_wake": "04:20"},
        ),
        (
            "bed 21:00, alarm 04:00, first patient 06:30",
            {"bedtime": "21:00", "final_wake": "04:00"},
        ),
        # ... but a first waking is a waking
        ("first woke at 2, then at 6 for good", {"awakenings": 1, "final_wake": "06:00"}),
        # getting up told straight after the waking, without "and"
        (
            "bed 9. woke 5:05 got up",
            {"bedtime": "21:00", "final_wake": "05:05", "out_of_bed": "05:05"},
        ),
        # the light turned off beside the TV
        (
            "bed 10, switched off the telly and the lamp at 10:40",
            {"bedtime": "22:00", "lights_out": "22:40"},
        ),
    ],
)
def test_alarms_first_jobs_and_getting_up(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wakings told together, then how long each lasted: all of them in the night
        (
            "woke at 1:15 and 4:00, about 20 min each time",
            {"awakenings": 2, "waso_min": 40},
        ),
        (
            "woke at 2 and 5, awake half an hour each, up 7",
            {"awakenings": 2, "waso_min": 60, "out_of_bed": "07:00"},
        ),
        # each waking with its own length in brackets
        (
            "woke 01:10 (10 min), 03:20 (25 min), final wake 06:30",
            {"awakenings": 2, "waso_min": 35, "final_wake": "06:30"},
        ),
        (
            "woke at 2 (about 15 min) and 4 (5 min)",
            {"awakenings": 2, "waso_min": 20},
        ),
        # ... a range's length in brackets is that range's, once
        (
            "awake 2:10-2:40 (30 min), up 6",
            {"awakenings": 1, "waso_min": 30, "out_of_bed": "06:00"},
        ),
        # ... and "each" in the brackets is every waking's
        (
            "woke at 01:00, 03:00, 05:00 (~10 min each). final 06:30",
            {"awakenings": 3, "waso_min": 30, "final_wake": "06:30"},
        ),
    ],
)
def test_how_long_each_waking_lasted(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # blood pressure "a bit up", as its writer knows it
        (
            "bp 136/86 this morning, a little up for me. slept ok",
            [("elevated_blood_pressure", "mild")],
        ),
        # ... not "up" as getting up
        ("bp 128/80 then up at 6", []),
        # a heart rate told by its decade
        ("HR in the 120s for an hour after, slept ok", [("elevated_heart_rate", None)]),
        # a degree after the symptom, then when it was
        (
            "pulse racing a little around midnight, slept ok",
            [("elevated_heart_rate", "mild")],
        ),
        ("dizzy a bit for an hour after, slept ok", [("dizziness", "mild")]),
    ],
)
def test_side_effect_wordings(text: str, expected: list[tuple[str, str | None]]) -> None:
    found = _side_effects(text)
    if expected:
        assert found == expected
    else:
        assert not found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a nap's length told as a tracker's figure, in a clause of its own
        (
            "nap on the sofa after lunch yesterday, watch logged 40 min. bed 10:30",
            {"nap_min": 40, "bedtime": "22:30"},
        ),
        # ... not a waking's
        ("woke at 3 in the night, my watch logged 40 min awake", {"awakenings": 1, "waso_min": 40}),
        # a waking's time told in the sentence after it
        (
            "woke up drenched. that was 2:40, and i was awake till about 3:30. back to sleep "
            "after, up at 6:30",
            {"awakenings": 1, "waso_min": 50, "out_of_bed": "06:30"},
        ),
        # ... but "it was four", after how many times, is a count and no time
        (
            "it asked how many times I woke and I said plenty. It was four. bed 11",
            {"bedtime": "23:00"},
        ),
        # ... nor a time that did not happen, one of several, or a measure
        (
            "woke up at five thirty because of the dog. that would have been 7 otherwise",
            {"final_wake": "05:30"},
        ),
        ("woke up with cramps. that was 9 on the pain scale. bed 11", {"bedtime": "23:00"}),
        # ... and a tracker's figure that is a stage of sleep, or another thing done, is no nap
        ("short nap after lunch, app logged 20 min of deep sleep. bed 11", {"bedtime": "23:00"}),
        ("nap after lunch then a walk, fitbit logged 40 min. bed 11", {"bedtime": "23:00"}),
    ],
)
def test_a_trackers_figure_and_a_time_told_after(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected
