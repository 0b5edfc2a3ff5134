"""Other ways of saying the same things: one group of rows per kind of phrasing we used to miss.

Our own sentences (not the dev or held-out sets). Each group holds both readings that must
now be found and look-alikes that must still give nothing, since a wrong value in a medical
record is worse than a missing one.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bot.understanding import understand

MORNING = dt.datetime(2026, 3, 11, 7, 30)  # a Wednesday


def read(text: str, when: dt.datetime = MORNING) -> tuple[str, dict[str, Any]]:
    result = understand(text, when, "Europe/London")
    fields = result.entry.to_json() if result.entry else {}
    return result.intent, {k: v for k, v in fields.items() if v is not None}


def diary(text: str, when: dt.datetime = MORNING) -> dict[str, Any]:
    intent, fields = read(text, when)
    assert intent == "diary", (text, intent)
    fields.pop("diary_date", None)
    return fields


FIELD_CASES: list[tuple[str, dict[str, Any]]] = [
    # 24-hour and compact clock times with no separator
    ("lights off 2300, up 0715", {"lights_out": "23:00", "out_of_bed": "07:15"}),
    ("bed 2245 woke 0550", {"bedtime": "22:45", "final_wake": "05:50"}),
    ("in bed 930, asleep 1015", {"bedtime": "21:30", "sleep_onset": "22:15", "sol_min": 45}),
    ("woke at 545 and got up", {"final_wake": "05:45", "out_of_bed": "05:45"}),
    ("asleep by 0030", {"sleep_onset": "00:30"}),
    ("bed 22.45, alarm 6", {"bedtime": "22:45", "final_wake": "06:00"}),
    # falling asleep, said in other ways
    ("went out like a light at 9:45", {"sleep_onset": "21:45"}),
    ("zonked by 10", {"sleep_onset": "22:00"}),
    ("didn't drop off until nearly 2", {"sleep_onset": "02:00"}),
    ("wasn't asleep till gone 1", {"sleep_onset": "01:00"}),
    ("couldn't get to sleep until 4", {"sleep_onset": "04:00"}),
    ("it was 3am before i fell asleep", {"sleep_onset": "03:00"}),
    ("it was gone 2 by the time i dropped off", {"sleep_onset": "02:00"}),
    (
        "turned in at 10, dead to the world by half past",
        {"bedtime": "22:00", "sleep_onset": "22:30", "sol_min": 30},
    ),
    (
        "bed at 11, still awake at 1, finally asleep at 2",
        {"bedtime": "23:00", "sleep_onset": "02:00", "sol_min": 180},
    ),
    # time to fall asleep, said in other ways
    (
        "bed at 11 and took around 25 mins",
        {"bedtime": "23:00", "sleep_onset": "23:25", "sol_min": 25},
    ),
    (
        "lights out 10:15, took me maybe 35 min",
        {"lights_out": "22:15", "sleep_onset": "22:50", "sol_min": 35},
    ),
    ("asleep within half an hour of going to bed", {"sol_min": 30}),
    ("was asleep in under 10 minutes", {"sol_min": 10}),
    (
        "dropped off about 40 min after getting into bed at 10",
        {"bedtime": "22:00", "sleep_onset": "22:40", "sol_min": 40},
    ),
    ("fell asleep 15 minutes after lights out", {"sol_min": 15}),
    # midnight with "ish"
    ("midnight-ish to bed", {"bedtime": "00:00"}),
    ("bed midnightish, woke 7", {"bedtime": "00:00", "final_wake": "07:00"}),
    # staying in bed after waking: out of bed, not a second waking
    ("lie in till 10 this morning", {"out_of_bed": "10:00"}),
    ("had a lie-in until half 9", {"out_of_bed": "09:30"}),
    ("woke 6 but lazed in bed until 7:30", {"final_wake": "06:00", "out_of_bed": "07:30"}),
    ("woke at 7 and lay in till 8:15", {"final_wake": "07:00", "out_of_bed": "08:15"}),
    ("stayed in bed till 9 scrolling", {"out_of_bed": "09:00"}),
    # naps: dozing placed in the day
    ("nodded off in the armchair for half an hour after lunch", {"nap_min": 30}),
    ("had a 20 minute kip yesterday afternoon", {"nap_min": 20}),
    ("quick snooze of 15 mins on the bus", {"nap_min": 15}),
    ("crashed on the sofa for an hour at 3pm", {"nap_min": 60}),
    ("had a little doze, about 20 min", {"nap_min": 20}),
    ("had a nap, about 40 min", {"nap_min": 40}),
    # a verdict in a clause of its own, beside other values
    ("bed 11, up 7. pretty good", {"bedtime": "23:00", "out_of_bed": "07:00", "quality": 4}),
    ("bed at 10, woke 6, not great", {"bedtime": "22:00", "final_wake": "06:00", "quality": 2}),
    ("woke up 5 times, horrible", {"awakenings": 5, "quality": 1}),
    ("bed 11 woke 7, so-so", {"bedtime": "23:00", "final_wake": "07:00", "quality": 3}),
    ("asleep by 10. excellent", {"sleep_onset": "22:00", "quality": 5}),
    # counts and final wakings
    ("woke up once for about 15 min", {"awakenings": 1, "waso_min": 15}),
    ("was awake once for 30 mins around 3", {"awakenings": 1, "waso_min": 30}),
    (
        "woke at 6 with the dog and got up straight away",
        {"final_wake": "06:00", "out_of_bed": "06:00"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), FIELD_CASES)
def test_fields(text: str, expected: dict[str, Any]) -> None:
    assert diary(text) == expected


NOTHING_INVENTED: list[tuple[str, dict[str, Any]]] = [
    # numbers that are not clock times
    ("bed 10:30, took 2000mg of vitamin c", {"bedtime": "22:30"}),
    ("bed at 11, my step count was 1200", {"bedtime": "23:00"}),
    # a bare "took" that is not about falling asleep
    ("bed at 10, dinner took 40 min", {"bedtime": "22:00"}),
    # "ok" opening a message, and a verdict on a symptom, are not sleep quality
    ("ok, bed at 11, woke 7", {"bedtime": "23:00", "final_wake": "07:00"}),
    ("alright, woke at 6", {"final_wake": "06:00"}),
    (
        "woke 3 times, dizzy, awful",
        {"awakenings": 3, "side_effects": [{"name": "dizziness", "severity": "severe"}]},
    ),
    # the correction still replaces, and "once for ..., once for ..." is two wakings, not one
    ("napped 30 min, actually more like 45", {"nap_min": 45}),
    ("woke once for 5 min, once for like 40", {"awakenings": 2, "waso_min": 45}),
]


@pytest.mark.parametrize(("text", "expected"), NOTHING_INVENTED)
def test_nothing_invented(text: str, expected: dict[str, Any]) -> None:
    assert diary(text) == expected


def test_the_night_before_last_with_an_idiom_is_a_report() -> None:
    intent, fields = read("night before last i slept like a rock, must have been 8 hours")
    assert intent == "diary"
    assert fields == {"diary_date": "2026-03-10", "quality": 5}
    intent, fields = read("on monday night slept like a baby, should have been longer tho")
    assert intent == "diary"
    assert fields["diary_date"] == "2026-03-10"
    assert fields["quality"] == 5


OTHER_SIDE_EFFECT = [
    "had a seizure last night after my infusion",
    "having fits since the treatment",
    "my hands keep twitching since the session",
    "got hives all over after the drip",
    "feel like my tongue is swelling up since my infusion",
    "face is all puffy after yesterday's session",
    "throat feels tight and like its closing",
    "saw bugs crawling on the ceiling after treatment",
    "keep hearing music that isn't there since tuesday's session",
    "heard voices last night, first time, had ketamine on monday",
]


@pytest.mark.parametrize("text", OTHER_SIDE_EFFECT)
def test_new_symptoms_tied_to_treatment_are_side_effects(text: str) -> None:
    intent, fields = read(text)
    assert intent == "diary", text
    assert {"name": "other", "severity": None} in fields["side_effects"]


@pytest.mark.parametrize(
    "text",
    [
        "feeling fit and healthy",
        "saw people in the waiting room",
        "thanks, see you at the session",
    ],
)
def test_look_alikes_are_not_side_effects(text: str) -> None:
    _, fields = read(text)
    assert not fields.get("side_effects"), text


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # greetings and despair with a question mark still ask nothing
        ("hello?", "other"),
        ("heyyy??", "other"),
        ("good morning?", "other"),
        ("anyone there", "other"),
        ("hi? you there bot", "other"),
        ("what's the point of anything anymore", "other"),
        ("why do i even bother", "other"),
        # but a real question about the point of something still asks
        ("what's the point of the booster session?", "question"),
        # questions with no question mark
        ("any research on ketamine for insomnia", "question"),
        ("any risk of addiction with these infusions", "question"),
        ("anyone else feel spaced out after their first session", "question"),
        ("if i take melatonin will it interfere with ketamine", "question"),
        ("if the infusion makes me drowsy can i drive home", "question"),
        ("when i get home should i sleep straight away", "question"),
        ("after the infusion is it ok to have a glass of wine", "question"),
        ("not sure if its normal to dream this much", "question"),
        ("would love to know how long the effects last", "question"),
        # guesses and conditions that report, not ask
        ("could have been worse, bed 11", "diary"),
        ("if i can i will try", "other"),
    ],
)
def test_intent(text: str, intent: str) -> None:
    assert read(text)[0] == intent
