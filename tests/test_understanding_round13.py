"""Phrasings the thirteenth session found us misreading (November 2026): what the twelfth
session left noted, and the blind sets written this session.

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
    ("text", "expected"),
    [
        # how long a symptom lasted after the last waking is not time awake, and does not
        # make that waking one of the night's
        ("woke at 6, headache for about an hour", {"final_wake": "06:00"}),
        ("woke at 6, headache pounding for about an hour", {"final_wake": "06:00"}),
        ("woke at 6 with a headache that lasted about an hour", {"final_wake": "06:00"}),
        (
            "woke at 6:30, nauseous for about an hour, up at 7",
            {"final_wake": "06:30", "out_of_bed": "07:00"},
        ),
        # ... but after a waking at a night hour it was, with a comma or an "and"
        ("woke at 3, felt awful for about 40 minutes", {"awakenings": 1, "waso_min": 40}),
        ("woke at 3 and felt awful for about 40 minutes", {"awakenings": 1, "waso_min": 40}),
        # ... and so it was when sleep came again after it
        (
            "woke at 6, felt awful for about 40 minutes then slept till 8",
            {"awakenings": 1, "waso_min": 40, "final_wake": "08:00"},
        ),
        (
            "woke at 4:30, dizzy for 20 min then back to sleep til 7",
            {"awakenings": 1, "waso_min": 20, "final_wake": "07:00"},
        ),
        # a waking with its own length is still one of the night's
        (
            "woke at 6, awake for about an hour, then slept till 8",
            {"awakenings": 1, "waso_min": 60, "final_wake": "08:00"},
        ),
    ],
)
def test_a_symptoms_length_after_the_last_waking(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the bunk or the sack as a verb is going to bed, when a time follows
        ("bunked at 9, woke at 1", {"bedtime": "21:00", "final_wake": "01:00"}),
        ("bunked 8:45 last nite", {"bedtime": "20:45"}),
        ("bunked down around 10:30, up at 5", {"bedtime": "22:30", "out_of_bed": "05:00"}),
        ("sacked out at 10, up at 6", {"bedtime": "22:00", "out_of_bed": "06:00"}),
        # ... while a tally racked up is no getting up
        ("racked up 3 loads, bed at 10", {"bedtime": "22:00"}),
        # look-alikes that read as before
        ("bunked with my brother at his place, bed at 11", {"bedtime": "23:00"}),
        ("hit the rack at 10, up at 6", {"bedtime": "22:00", "out_of_bed": "06:00"}),
    ],
)
def test_bunked_is_going_to_bed(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what someone did while awake does not end the time awake: its "till" still does
        (
            "woke at 3, lay awake worrying till 4:30, then slept till 7",
            {"awakenings": 1, "waso_min": 90, "final_wake": "07:00"},
        ),
        (
            "woke at 2 and was awake reading until 3, up at 6",
            {"awakenings": 1, "waso_min": 60, "out_of_bed": "06:00"},
        ),
        (
            "in bed by 11, woke at 2 and lay there listening to the rain till about 3, up at 6",
            {"bedtime": "23:00", "awakenings": 1, "waso_min": 60, "out_of_bed": "06:00"},
        ),
        # ... and that "till" is when sleep came, when nothing else says (twenty-third session:
        # the labels of six writers agree)
        (
            "bed at 11, lay awake scrolling till 1",
            {"bedtime": "23:00", "sleep_onset": "01:00", "sol_min": 120},
        ),
        # out doing something in the evening is not out asleep
        ("was out at 8 walking the dog, bed at 10:30", {"bedtime": "22:30"}),
        # look-alikes that read as before
        (
            "bed at 10, was out by 10:20",
            {"bedtime": "22:00", "sleep_onset": "22:20", "sol_min": 20},
        ),
        (
            "bed at 11, awake till 1 then slept",
            {"bedtime": "23:00", "sleep_onset": "01:00", "sol_min": 120},
        ),
        (
            "bed at 11, lay awake till 1",
            {"bedtime": "23:00", "sleep_onset": "01:00", "sol_min": 120},
        ),
    ],
)
def test_what_was_done_awake_before_its_end(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the light said to be out is lights out, not the sleeper out
        ("bed at 9, the light was out by half past", {"bedtime": "21:00", "lights_out": "21:30"}),
        (
            "in bed at 10, lights were off by 10:40, up at 6",
            {"bedtime": "22:00", "lights_out": "22:40", "out_of_bed": "06:00"},
        ),
        # look-alike that reads as before
        ("bed at 10, out by 10:20", {"bedtime": "22:00", "sleep_onset": "22:20", "sol_min": 20}),
    ],
)
def test_the_light_was_out(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "up and" doing something by a time is up for the day, not a later waking
        ("alarm at 5:45, up and at it by 6", {"final_wake": "05:45", "out_of_bed": "06:00"}),
        ("alarm 3:30, up and rolling by 4", {"final_wake": "03:30", "out_of_bed": "04:00"}),
        ("woke at 5, up and about by 5:30", {"final_wake": "05:00", "out_of_bed": "05:30"}),
        # look-alike that reads as before
        ("up and down all night, finally up at 6", {"out_of_bed": "06:00"}),
    ],
)
def test_up_and_going_by_a_time(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "each awake 10 min": the length of every waking, said without a verb
        ("woke 3 times, each awake about 10 min", {"awakenings": 3, "waso_min": 30}),
        (
            "woke twice, each awake 15 minutes, up at 6",
            {"awakenings": 2, "waso_min": 30, "out_of_bed": "06:00"},
        ),
        # look-alike that reads as before
        ("woke 2 times, each 30 min", {"awakenings": 2, "waso_min": 60}),
    ],
)
def test_each_awake_a_length(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


_SMALL_HOURS = dt.datetime(2027, 3, 10, 1, 40)


@pytest.mark.parametrize(
    ("text", "diary_date", "final_wake"),
    [
        # written in the small hours of the night after: "last nights" typed without its
        # apostrophe still names the night before
        ("doing last nights now, forgot: bed 11, woke 6:40", dt.date(2027, 3, 9), "06:40"),
        # ... and a writer who can't sleep, writing the entry for last night, writes of it
        (
            "can't sleep so I'm filling in the entry for last night: bed 10, woke at 6",
            dt.date(2027, 3, 9),
            "06:00",
        ),
        ("cant sleep. last night's diary: bed 11, woke 6:15", dt.date(2027, 3, 9), "06:15"),
        # look-alikes that read as before: the night still going on, a run of nights
        ("can't sleep, woke at 1 and still up", dt.date(2027, 3, 10), "01:00"),
        ("the last nights have been rough, woke at 1 tonight", dt.date(2027, 3, 10), "01:00"),
    ],
)
def test_last_night_named_in_the_small_hours(
    text: str, diary_date: dt.date, final_wake: str
) -> None:
    result = understand(text, _SMALL_HOURS, "America/New_York")
    assert result.entry is not None
    assert result.entry.diary_date == diary_date
    assert result.entry.final_wake == dt.time.fromisoformat(final_wake)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a parent or partner who says they log for the patient: "he" is the patient
        (
            "hi, Sam's dad here. he went to bed at 10 and was asleep by 10:40, woke at 6",
            {"bedtime": "22:00", "sleep_onset": "22:40", "sol_min": 40, "final_wake": "06:00"},
        ),
        (
            "this is Ana, Marco's wife, the nurse said I can log for him. he went to bed at 11",
            {"bedtime": "23:00"},
        ),
        (
            "I'm keeping the diary for her this week: she went to bed at 9:30, up at 6",
            {"bedtime": "21:30", "out_of_bed": "06:00"},
        ),
        # look-alike that reads as before: the patient's partner is someone else
        ("my husband went to bed at 11, I went at 12, up at 7", {"out_of_bed": "07:00"}),
    ],
)
def test_someone_who_logs_for_the_patient(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


@pytest.mark.parametrize(
    ("text", "effects"),
    [
        # the "g" dropped as said
        ("head throbbin all morning, slept ok", [("headache", None)]),
        ("bed at 11, head poundin real bad", [("headache", "severe")]),
        # the heart by its nickname, or just "fast"
        ("woke at 3 with my ticker racing", [("elevated_heart_rate", None)]),
        ("after the infusion heart so fast for an hour. sleep ok", [("elevated_heart_rate", None)]),
        # feeling faint is lightheadedness
        ("felt a bit faint getting out of the car, slept well", [("dizziness", "mild")]),
        ("went faint standing up at dinner, bed at 10", [("dizziness", None)]),
        # detachment said in few words
        ("evening body float, far away from my self. sleep ok", [("dissociation", None)]),
        # look-alikes that read as before
        ("fainted in the kitchen, slept ok", [("other", None)]),
        ("a faint headache this morning, slept ok", [("headache", "mild")]),
        ("slept fast asleep till 7, heart fine", None),
    ],
)
def test_symptoms_said_in_few_words(
    text: str, effects: list[tuple[str, str | None]] | None
) -> None:
    assert _side_effects(text) == effects


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # a "why?" the writer answers with a shrug asks no one
        ("jittery all evening, why? me don't know. sleep bad", "diary"),
        ("anxious before bed, how come? no idea. sleep poor", "diary"),
        # look-alikes that read as before
        ("woke at 4 again, why? is it the infusion?", "diary"),
        ("why do I keep waking at 4?", "question"),
    ],
)
def test_a_why_answered_with_a_shrug(text: str, intent: str) -> None:
    assert read(text)[0] == intent


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a run-on verdict grades the night told before it, never a nap
        ("bed 11 woke 6 rough", {"bedtime": "23:00", "final_wake": "06:00", "quality": 2}),
        ("napped 2-3 rough", {"nap_min": 60}),
    ],
)
def test_a_run_on_verdict_is_the_nights(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rising, in an older English: at once, or for something at a time
        (
            "I awoke at a quarter past six and rose at once.",
            {"final_wake": "06:15", "out_of_bed": "06:15"},
        ),
        ("I rose for Mass at half past six.", {"out_of_bed": "06:30"}),
        ("the rose bush bloomed, bed at 10", {"bedtime": "22:00"}),
        # a trucker's bed is the sleeper
        ("rolled outta the sleeper 4:50, pre-trip by 5:20", {"out_of_bed": "04:50"}),
        ("crawled out of the berth at 5", {"out_of_bed": "05:00"}),
        # "didn't wake till" what woke them, and when: slept through to then
        (
            "bed at 10, didn't wake till the kids at 6:40",
            {"bedtime": "22:00", "awakenings": 0, "waso_min": 0, "final_wake": "06:40"},
        ),
        (
            "didnt wake till my alarm at 6",
            {"awakenings": 0, "waso_min": 0, "final_wake": "06:00"},
        ),
    ],
)
def test_rising_the_sleeper_and_waking_to_something(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what the review of this session's rules found misread
        # sleep told again after a symptom's length: the waking was the night's
        (
            "woke at 5, headache for about an hour, then nodded off till 8",
            {"awakenings": 1, "waso_min": 60, "final_wake": "08:00"},
        ),
        ("woke at 3, dozed off again till 7", {"awakenings": 1, "final_wake": "07:00"}),
        (
            "Went to bed at 9:30 and I don't think I dropped off till 11.",
            {"bedtime": "21:30", "sleep_onset": "23:00", "sol_min": 90},
        ),
        # staying around doing something is no lying in bed
        (
            "stayed around chatting with friends till 11, bed at 11:30, up at 7",
            {"bedtime": "23:30", "out_of_bed": "07:00"},
        ),
        # sacked is fired; racked and bunked with a time are bed
        (
            "got sacked at 4 yesterday, bed at 11, up at 6",
            {"bedtime": "23:00", "out_of_bed": "06:00"},
        ),
        ("Racked at 2200.", {"bedtime": "22:00"}),
        # a visitor is no introduction
        (
            "my sister's daughter here this weekend, she went to bed at 9, I went to bed at 11",
            {"bedtime": "23:00"},
        ),
        ("this is Lisa, Eli's mom. he went to bed at 9", {"bedtime": "21:00"}),
        # the light out by a time; two people up for one hour; a total told as such
        ("the light was out by half past 10", {"lights_out": "22:30"}),
        (
            "my partner and I were both up for an hour with the baby, woke twice",
            {"awakenings": 2, "waso_min": 60},
        ),
        ("woke twice, each awake maybe 30 min in total", {"awakenings": 2, "waso_min": 30}),
        ("woke twice, each awake 30 min", {"awakenings": 2, "waso_min": 60}),
        # up and moving about is still the waking at 3
        (
            "woke at 3, was up and moving about the house till 4, back to bed, alarm at 7",
            {"awakenings": 1, "final_wake": "07:00"},
        ),
        # "not one time" is none; sleeping like a baby until is the waking
        (
            "I go to bed at 10 and I sleep like a baby until 6:45, I don't wake up not one time",
            {
                "bedtime": "22:00",
                "awakenings": 0,
                "waso_min": 0,
                "final_wake": "06:45",
                "quality": 5,
            },
        ),
        ("woke up not one time", {"awakenings": 0, "waso_min": 0}),
    ],
)
def test_what_the_review_found(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


def test_lights_out_after_a_storm_is_no_lights_out() -> None:
    assert read("storm knocked the power, lights were out till 4")[1].get("lights_out") is None


@pytest.mark.parametrize(
    ("text", "effects"),
    [
        ("heart was not fast, slept well", None),
        ("heart fast all night, bed 11", [("elevated_heart_rate", None)]),
        ("a little faint ringing in my ears, bed 11", [("other", "mild")]),
        ("felt a little faint when I stood up, bed 11", [("dizziness", "mild")]),
    ],
)
def test_a_fast_heart_and_a_faint_feeling(
    text: str, effects: list[tuple[str, str | None]] | None
) -> None:
    assert _side_effects(text) == (None if effects is None else sorted(effects))


@pytest.mark.parametrize(
    ("text", "diary_date"),
    [
        # at 01:40: a run of last nights, or a pill for last night's headache, is tonight
        ("these last nights have been rough, bed at 11, woke at 1", dt.date(2027, 3, 10)),
        ("can't sleep, took a pill for last night's headache, woke at 1", dt.date(2027, 3, 10)),
        # ... but "doing last nights now" is the record of the night before
        ("doing last nights now, cant sleep. bed 11, woke at 1", dt.date(2027, 3, 9)),
    ],
)
def test_last_nights_as_a_record(text: str, diary_date: dt.date) -> None:
    result = understand(text, dt.datetime(2027, 3, 10, 1, 40), "America/New_York")
    assert result.entry is not None and result.entry.diary_date == diary_date


def test_a_why_then_a_question_still_asks() -> None:
    text = "my heart races every night after the infusion, why? I don't know what to do"
    assert understand(text, MORNING, "America/New_York").intent == "question"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the blind sets 41 and 42: an alarm set for something at a later time
        (
            "bed 10, alarm 5:15 for spin class at 6",
            {"bedtime": "22:00", "final_wake": "05:15"},
        ),
        ("Alarm 0500hrs for 0630hrs formation.", {"final_wake": "05:00"}),
        ("woke at 6 for a run at 6:30", {"final_wake": "06:00"}),
        ("up for the school run at 7", {"out_of_bed": "07:00"}),
        # night feeds told after their times; a pet's breakfast is the morning
        (
            "up at 2 and 5 nursing him, awake for good at 7",
            {"awakenings": 2, "final_wake": "07:00"},
        ),
        ("got up at 6:30 to feed the cat", {"out_of_bed": "06:30"}),
        ("up at 2 to feed the baby", {"awakenings": 1}),
        # passing out with coming to after; a fit while asleep
        ("passed out in the restroom at 2, my son found me. Came to after a minute.", {}),
        (
            "passed out at 10 on the couch, woke at 6",
            {"sleep_onset": "22:00", "final_wake": "06:00"},
        ),
        ("wife says I had a seizure in sleep around 3am", {}),
        # awake again after a waking, in other words
        (
            "bed 11, woke at 2 and remained awake until 3, up at 7",
            {"bedtime": "23:00", "awakenings": 1, "waso_min": 60, "out_of_bed": "07:00"},
        ),
        # a mistake owned, each occasion
        (
            "I awoke four times, no, I am mistaken, it was three, and on each occasion for"
            " ten minutes",
            {"awakenings": 3, "waso_min": 30},
        ),
        # a nap again, with its time before its length; a bound is no time
        (
            "napped from 1 to 2 yesterday and again around 4 for 30 min",
            {"nap_min": 90},
        ),
        ("went to bed at ten and did not sleep until well after midnight", {"bedtime": "22:00"}),
    ],
)
def test_blind_sets_41_and_42(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


@pytest.mark.parametrize(
    ("text", "effects"),
    [
        # ringing in "the" ears; a stiffness tied to the treatment; a heart rate graded
        ("some ringing in the ears after the infusion, bed 11", [("other", None)]),
        (
            "the stiffness in my neck since last week's infusion persists, bed 10:30",
            [("other", None)],
        ),
        ("HR slightly elevated this morning, bed 11", [("elevated_heart_rate", "mild")]),
    ],
)
def test_the_ears_the_neck_and_a_graded_heart_rate(
    text: str, effects: list[tuple[str, str | None]]
) -> None:
    assert _side_effects(text) == sorted(effects)


def test_a_stiff_neck_from_the_pillow_is_no_side_effect() -> None:
    assert (
        understand(
            "stiff neck from the pillow, bed 11", MORNING, "America/New_York"
        ).entry.side_effects
        is None
    )  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pause before a figure; a clinician's "latency"; a fire's alarms; a wished night
        (
            "bed 11. lights out... 11:30, after the podcast",
            {"bedtime": "23:00", "lights_out": "23:30"},
        ),
        (
            "bed at 11 and asleep by... 12:30? no more like 1",
            {"bedtime": "23:00"},
        ),
        ("45-minute latency, bed 10", {"bedtime": "22:00", "sleep_onset": "22:45", "sol_min": 45}),
        (
            "3 alarm fire, back to quarters by 0300, in the rack by 0330, alarm 0700",
            {"bedtime": "03:30", "final_wake": "07:00"},
        ),
        ("had a decent night, bed 11", {"bedtime": "23:00", "quality": 4}),
        ("could really use a decent night, bed 11", {"bedtime": "23:00"}),
    ],
)
def test_pauses_latency_fire_alarms_and_wished_nights(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # a carer asking for the patient asks; a story of someone asking does not
        ("she wants to know how often she'll need the infusions", "question"),
        ("he asks can the nurse still give him his trazodone on infusion nights", "question"),
        ("lol my client asked what app im always texting on", "other"),
    ],
)
def test_a_carer_asks_for_the_patient(text: str, intent: str) -> None:
    assert understand(text, MORNING, "America/New_York").intent == intent


@pytest.mark.parametrize(
    ("text", "effects"),
    [
        # what "she says" of herself is the patient's
        (
            "she says she was a little lightheaded when she stood up, slept ok",
            [("dizziness", "mild")],
        ),
        ("she says shes been tired all day, bed at 8", [("fatigue", None)]),
        # ... but a daughter's migraine is hers
        ("my daughter had a migraine all day, i slept fine", None),
    ],
)
def test_what_she_says_of_herself(text: str, effects: list[tuple[str, str | None]] | None) -> None:
    assert _side_effects(text) == (None if effects is None else sorted(effects))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what the last review found: an errand read with its hour
        (
            "bed 11, woke at 2 to feed the cat, up at 7",
            {"bedtime": "23:00", "awakenings": 1, "out_of_bed": "07:00"},
        ),
        (
            "woke at 5:45 nursing the baby and got up at 6:15",
            {"final_wake": "05:45", "out_of_bed": "06:15"},
        ),
        ("up at 5 feeding the baby then started the day", {"out_of_bed": "05:00"}),
        # coming to bed is no coming to
        (
            "passed out on the sofa at 10. came to bed at 1 and slept till 7",
            {"bedtime": "01:00", "sleep_onset": "22:00", "final_wake": "07:00"},
        ),
        # "well after" only after "until"; "fell in sleep" fell asleep; a pee is no event
        (
            "bed at 11, woke well after 3 to pee, up at 7",
            {"bedtime": "23:00", "awakenings": 1, "out_of_bed": "07:00"},
        ),
        (
            "bed at 11, fell in sleep around 12",
            {"bedtime": "23:00", "sleep_onset": "00:00", "sol_min": 60},
        ),
        (
            "asleep by 12, woke at 2, went for a pee at 4 too, up at 7",
            {"sleep_onset": "00:00", "awakenings": 2, "out_of_bed": "07:00"},
        ),
        # a good night needed and had; a fire alarm that ended the night
        ("needed a good night and finally got one, up at 7", {"out_of_bed": "07:00", "quality": 4}),
        (
            "bed at 11, the fire alarm went off at 5:50, never got back to sleep",
            {"bedtime": "23:00", "final_wake": "05:50"},
        ),
        ("woke twice, awake 15 min on each occasion", {"awakenings": 2, "waso_min": 30}),
    ],
)
def test_what_the_last_review_found(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


def test_a_watchs_latency_to_deep_sleep_is_no_sleep_onset() -> None:
    result = understand("watch says 20 min latency to deep sleep", MORNING, "America/New_York")
    assert result.entry is None or result.entry.sol_min is None


def test_a_stiff_drink_is_no_side_effect() -> None:
    text = "had a stiff drink after the infusion to calm down, bed 11"
    assert _side_effects(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # stars given after the word for the night
        ("Sleep 4 star. Nap 20 min yesterday.", {"quality": 4, "nap_min": 20}),
        ("night: 2 stars, bed 11", {"bedtime": "23:00", "quality": 2}),
    ],
)
def test_stars_after_the_night(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


@pytest.mark.parametrize(
    ("text", "effects"),
    [
        ("heart doing the fast thing again, bed 11", [("elevated_heart_rate", None)]),
        ("feel little strange, like not real, after infusion. sleep ok", [("dissociation", None)]),
        ("the movie felt like not real life lol, bed 11", None),
    ],
)
def test_a_fast_thing_and_not_real(text: str, effects: list[tuple[str, str | None]] | None) -> None:
    assert _side_effects(text) == (None if effects is None else sorted(effects))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same time told again in another zone is no second time
        (
            "In bed 2000L (0600Z). Woke 0310L (1310Z) and never got back under. Out of bed 0400L.",
            {"bedtime": "20:00", "final_wake": "03:10", "out_of_bed": "04:00"},
        ),
        ("bed 11, up 7 (12:00 UTC)", {"bedtime": "23:00", "out_of_bed": "07:00"}),
        # a grandmother's words, told by her granddaughter
        (
            "abuela says she got up at 7 and she feels a bit sick to her stomach",
            {"out_of_bed": "07:00"},
        ),
    ],
)
def test_another_zone_and_abuela(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected
