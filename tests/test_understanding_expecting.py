"""Bare answers to the question the conversation just asked."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bot.understanding import understand

WHEN = dt.datetime(2026, 3, 11, 8, 0)


@pytest.mark.parametrize(
    ("expecting", "text", "field", "value"),
    [
        ("awakenings", "2", "awakenings", 2),
        ("awakenings", "three", "awakenings", 3),
        ("awakenings", "twice", "awakenings", 2),
        ("awakenings", "no", "awakenings", 0),
        ("awakenings", "none", "awakenings", 0),
        ("awakenings", "about 4", "awakenings", 4),
        ("bedtime", "11", "bedtime", "23:00"),
        ("bedtime", "around 10:30", "bedtime", "22:30"),
        ("bedtime", "midnight", "bedtime", "00:00"),
        ("lights_out", "11:15", "lights_out", "23:15"),
        ("final_wake", "6", "final_wake", "06:00"),
        ("final_wake", "quarter to 7", "final_wake", "06:45"),
        ("out_of_bed", "7:30", "out_of_bed", "07:30"),
        ("sleep_onset", "20 min", "sol_min", 20),
        ("sleep_onset", "half an hour", "sol_min", 30),
        ("sleep_onset", "11:45", "sleep_onset", "23:45"),
        ("quality", "ok", "quality", 3),
        ("quality", "not great", "quality", 2),
        ("quality", "4", "quality", 4),
        ("quality", "8", "quality", 4),
        ("quality", "7/10", "quality", 4),
        ("side_effects", "no", "side_effects", []),
        ("side_effects", "nope, all good", "side_effects", []),
        (
            "side_effects",
            "a bit dizzy",
            "side_effects",
            [{"name": "dizziness", "severity": "mild"}],
        ),
        ("nap_min", "45 min", "nap_min", 45),
        ("nap_min", "no", "nap_min", 0),
        ("nap_min", "an hour", "nap_min", 60),
    ],
)
def test_bare_answer(expecting: str, text: str, field: str, value: Any) -> None:
    result = understand(text, WHEN, "UTC", expecting=expecting)
    assert result.intent == "diary"
    assert result.entry is not None
    assert result.entry.to_json()[field] == value


@pytest.mark.parametrize("text", ["2", "11", "45 min", "none", "no", "ok"])
def test_without_expecting_a_bare_answer_is_not_a_night(text: str) -> None:
    assert understand(text, WHEN, "UTC").intent == "other"


def test_a_full_answer_still_reads_every_field() -> None:
    result = understand("11, asleep by 11:30", WHEN, "UTC", expecting="bedtime")
    assert result.entry is not None
    assert (result.entry.to_json()["bedtime"], result.entry.to_json()["sleep_onset"]) == (
        "23:00",
        "23:30",
    )


def test_a_question_instead_of_an_answer_stays_a_question() -> None:
    assert (
        understand("why do you need that?", WHEN, "UTC", expecting="bedtime").intent == "question"
    )
