"""Side effects: names, severities, explicit none, and what is not a side effect."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.entry import SIDE_EFFECT_NAMES
from bot.understanding import understand

WHEN = dt.datetime(2026, 3, 11, 8, 0)


def effects(text: str) -> list[tuple[str, str | None]] | None:
    result = understand(text, WHEN, "UTC")
    if result.entry is None or result.entry.side_effects is None:
        return None
    return [(se.name, se.severity) for se in result.entry.side_effects]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("felt really disoriented", [("confusion", None)]),
        ("head felt muddled", [("confusion", None)]),
        ("felt floaty and unreal for a few hours", [("dissociation", None)]),
        ("bit of an out of body feeling", [("dissociation", "mild")]),
        ("palpitations after lunch", [("elevated_heart_rate", None)]),
        ("my BP was 162/101 at home", [("elevated_blood_pressure", None)]),
        ("blood pressure slightly high", [("elevated_blood_pressure", "mild")]),
        ("felt queasy", [("nausea", None)]),
        ("felt like I was going to throw up", [("nausea", None)]),
        ("vomited once", [("vomiting", None)]),
        ("room was spinning when I stood up", [("dizziness", None)]),
        ("pounding head", [("headache", None)]),
        ("migraine was severe", [("headache", "severe")]),
        ("so knackered today", [("fatigue", None)]),
        ("felt on edge all evening", [("anxiety", None)]),
        ("wild dreams", [("vivid_dreams", None)]),
        ("seeing double for a bit", [("blurred_vision", None)]),
        ("tingling in my hands since the infusion", [("other", None)]),
        ("slight headache and moderate nausea", [("headache", "mild"), ("nausea", "moderate")]),
        ("terrible headache", [("headache", "severe")]),
        ("pretty bad anxiety", [("anxiety", "moderate")]),
        ("a little tired", [("fatigue", "mild")]),
        ("so dizzy I couldn't function", [("dizziness", "severe")]),
        ("dizzy, dizzy, really bad dizzy", [("dizziness", "severe")]),
        # explicitly none
        ("no side effects today", []),
        ("side effects: none", []),
        ("didn't have any side effects", []),
        ("no headache or nausea this time", []),
        ("slept ok, nothing else", []),
        # not mentioned, or someone else's, or a figure of speech
        ("slept ok", None),
        ("my husband has a migraine", None),
    ],
)
def test_side_effects(text: str, expected: list[tuple[str, str | None]] | None) -> None:
    assert effects(text) == expected


def test_names_come_from_the_shared_list() -> None:
    text = "dizzy, nauseous, foggy, anxious, blurry vision, racing heart, weird dreams, dry mouth"
    got = effects(text)
    assert got is not None and len(got) == 8
    assert all(name in SIDE_EFFECT_NAMES for name, _ in got)
    assert len({name for name, _ in got}) == len(got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a contracted verb after the body part
        ("my heart's racing a bit today", [("elevated_heart_rate", "mild")]),
        ("heart's been thumping since the session", [("elevated_heart_rate", None)]),
        ("my head's throbbing this morning", [("headache", None)]),
        ("stomach's a little upset", [("nausea", "mild")]),
        ("the room's spinning", [("dizziness", None)]),
        ("bp's up again", [("elevated_blood_pressure", None)]),
        # the chest and breathing, tied to a session: "other"
        ("chest feels heavy since the infusion", [("other", None)]),
        ("tightness across my chest after treatment", [("other", None)]),
        ("squeezing chest since this morning's session", [("other", None)]),
        ("couldn't catch my breath after the drip", [("other", None)]),
        ("a bit out of breath since the infusion", [("other", "mild")]),
        ("breathing feels really shallow after my session", [("other", None)]),
        # an intensifier that closes the symptom, not one that opens the next word
        ("dizzy a little, otherwise fine", [("dizziness", "mild")]),
        ("headache quite badly today", [("headache", "moderate")]),
        ("nauseous all day, slightly better now", [("nausea", None)]),
        # someone else's, with a possessive
        ("my wife's migraine kept us both up", None),
    ],
)
def test_round_two_side_effect_language(
    text: str, expected: list[tuple[str, str | None]] | None
) -> None:
    assert effects(text) == expected
