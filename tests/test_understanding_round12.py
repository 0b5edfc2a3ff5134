"""Phrasings the twelfth session found us misreading (November 2026): the blind sets of the
eleventh session, read after they were scored, and the mixed sets written this session.

Our own sentences, one group per family, each with look-alikes that must still read as
before.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bot.understanding import understand
from tests.test_understanding_round8 import MORNING, read
from tests.test_understanding_round11 import _diary_fields, _side_effects


@pytest.mark.parametrize(
    ("text", "effects"),
    [
        # "none" said with a word of kind between
        ("bed 11, up 6:30. no weird side effects", []),
        ("slept ok, no strange infusion symptoms", []),
        ("no new odd issues, bed at 10", []),
        # problems with the night are not the treatment's effects
        ("no real problems falling asleep, bed 10:30", None),
        ("no issues with sleeping, bed 11, no side effects", []),
        # the heart, told as a thing it did
        (
            "lay there with my heart doing that fluttery thing, bed 11",
            [("elevated_heart_rate", None)],
        ),
        ("woke at 4 with my heart going, back asleep by 5", [("elevated_heart_rate", None)]),
        ("a fluttery heartbeat for a while after, slept ok", [("elevated_heart_rate", None)]),
        ("my heart go so fast after the infusion, bed 10", [("elevated_heart_rate", None)]),
        ("my hr was up most of the evening, slept badly", [("elevated_heart_rate", None)]),
        # a stomach that felt sick is nausea; one that was not, is not
        ("my tummy felt off and sick at breakfast, bed 10", [("nausea", None)]),
        ("stomach felt kinda sick when i got up, slightly", [("nausea", "mild")]),
        ("my stomach was not sick at all, bed 10", None),
        # taste, light and things not there
        ("odd taste in my mouth all evening, bed 10:15", [("other", None)]),
        ("slept fine, i had a good taste of sleep for once", None),
        ("sensitivity to light all afternoon, bed at 9", [("other", None)]),
        ("light sensitivity, slept 7h", [("other", None)]),
        ("saw patterns that were not there on the ceiling, slept ok", [("other", None)]),
        ("saw lights that weren't there after the session, bed 10", [("other", None)]),
        # a dream like a film is a vivid dream, not feeling unreal
        ("crazy dreams, just like a movie, woke at 5", [("vivid_dreams", None)]),
        ("dream so real 😳 like in a film. up at 6", [("vivid_dreams", None)]),
        ("dreams were fine. the evening felt like a movie", [("dissociation", None)]),
    ],
)
def test_side_effects_of_new_writers(
    text: str, effects: list[tuple[str, str | None]] | None
) -> None:
    assert _side_effects(text) == (None if effects is None else sorted(effects))


@pytest.mark.parametrize(
    ("text", "effects"),
    [
        # a grade after a picture of the symptom
        (
            "so dizzy at the gym, like the floor was moving, pretty bad. bed 10",
            [("dizziness", "moderate")],
        ),
        ("headache, like a drill, mild. bed 10:30", [("headache", "mild")]),
        # ... and a grade that is itself said "like"
        ("also exhausted, like really bad. bed 10", [("fatigue", "severe")]),
        # a grade that restates how much
        ("dizzy in the kitchen, quite noticeable. bed 11", [("dizziness", "moderate")]),
        # losing the day across a semicolon
        ("exhausted all day; could not function at work. bed 9:30", [("fatigue", "severe")]),
        ("light sensitivity 6/10 after the session. bed 10", [("other", None)]),
        ("a light headache, bed 10", [("headache", "mild")]),
    ],
)
def test_severity_told_after(text: str, effects: list[tuple[str, str | None]]) -> None:
    assert _side_effects(text) == sorted(effects)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a heart rate or a pressure that was up is not the patient awake
        ("my watch showed HR up for a couple hours after. bed 10", {"bedtime": "22:00"}),
        ("bp was up for an hour after dinner, bed 10:30", {"bedtime": "22:30"}),
        ("pulse stayed up for 2 hours, woke at 6", {"final_wake": "06:00"}),
        ("was up for an hour at 3, woke at 6", {"waso_min": 60, "final_wake": "06:00"}),
        # what a body did, told without "I", is a report, not a question
        ("could feel it thumping in my ears. bed 11", {"bedtime": "23:00"}),
        ("would wake every hour or so, bed 10:45", {"bedtime": "22:45"}),
    ],
)
def test_readings_and_dropped_subjects(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # a rate of awakenings is how nights go, not last night
        ("i wake like 3 times a night, is that the ketamine", "question"),
        ("my wakeups went from 5 a night to 2 since starting. is that usual?", "question"),
        ("up 2x a night all month. normal?", "question"),
        # saying when the diary will be filled in
        ("will submit tonight after my shift", "other"),
        ("will backfill the last few days when i'm home", "other"),
        ("can complete it later, busy now", "other"),
        # "when the ..." sets a condition
        ("when the kids finally settle i get maybe 4 hours", "other"),
        # questions still asked
        ("will ketamine fix my sleep", "question"),
        ("can infusions cause nightmares", "question"),
        ("could this be why i wake at 3", "question"),
        ("when will the dizziness stop", "question"),
    ],
)
def test_rates_plans_and_conditions(text: str, intent: str) -> None:
    assert read(text)[0] == intent


def test_last_night_beside_the_usual_rate() -> None:
    assert _diary_fields("woke 2 times last night, i usually wake 4 times a night") == {
        "awakenings": 2
    }
    result = understand("woke up 3x a night all week. bed 11 last night", MORNING, "UTC")
    assert result.entry is not None
    assert result.entry.awakenings is None
    assert result.entry.bedtime == dt.time(23, 0)
