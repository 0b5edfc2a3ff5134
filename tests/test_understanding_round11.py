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


def _diary_fields(text: str) -> dict[str, Any]:
    """The entry's values but side effects, for a message that must read as a diary."""
    intent, fields = read(text)
    assert intent == "diary"
    fields.pop("side_effects", None)
    return fields


def _side_effects(text: str) -> list[tuple[str, str | None]] | None:
    result = understand(text, MORNING, "America/New_York")
    assert result.entry is not None
    found = result.entry.side_effects
    return None if found is None else sorted((e.name, e.severity) for e in found)


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
    assert _diary_fields(text) == expected


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list numbered with points: its numbers are neither times nor counts
        (
            "1. bed 11:10 2. took about 45 min to fall asleep 3. husband let the dog out at 5,"
            " didnt wake me 4. woke 7:05",
            {"bedtime": "23:10", "sol_min": 45, "sleep_onset": "23:55", "final_wake": "07:05"},
        ),
        (
            "1. the night before last: awake 1:00-2:30 2. final wake 5:50",
            {"awakenings": 1, "waso_min": 90, "final_wake": "05:50"},
        ),
        (
            "Last night:\n1. bed 10:30\n2. woke twice\n3. up 6:15",
            {"bedtime": "22:30", "awakenings": 2, "out_of_bed": "06:15"},
        ),
        # a time that ends its sentence is still a time
        ("bed at 11. woke at 6", {"bedtime": "23:00", "final_wake": "06:00"}),
        # "the dog didn't wake me": one event slept through, not the whole night
        ("the storm didnt wake me up, bed 10", {"bedtime": "22:00"}),
        ("didn't wake up once, bed 10", {"bedtime": "22:00", "awakenings": 0, "waso_min": 0}),
        # awake a while "then back to sleep": the way back, not the first falling asleep
        (
            "woke at 1:30 for about 45 min then back to sleep til the alarm at 4:45",
            {"awakenings": 1, "waso_min": 45, "final_wake": "04:45"},
        ),
        (
            "bed at 11, 20 min to fall asleep",
            {"bedtime": "23:00", "sol_min": 20, "sleep_onset": "23:20"},
        ),
        # lengths listed in words share the unit of the last
        ("I was awake twice, for ten and fifteen minutes.", {"awakenings": 2, "waso_min": 25}),
        ("woke twice, for 10 and 15 min", {"awakenings": 2, "waso_min": 25}),
        # a tracker's "1h25m", and its "latency"
        ("total awake time 1h25m across 4 wakeups", {"awakenings": 4, "waso_min": 85}),
        (
            "latency 8 min per the ring, lights out was 10:50",
            {"lights_out": "22:50", "sol_min": 8, "sleep_onset": "22:58"},
        ),
        # "up at 6:40 and straight out of bed": that "up" was the waking
        ("up at 6:40 and straight out of bed", {"final_wake": "06:40", "out_of_bed": "06:40"}),
        ("got up at 6:40 and straight out of bed", {"out_of_bed": "06:40"}),
        ("up at 6:40", {"out_of_bed": "06:40"}),
        # the past told in the present, as some Englishes say it
        (
            "Bed 10:30 and sleep straight through till 6.",
            {"bedtime": "22:30", "awakenings": 0, "waso_min": 0, "final_wake": "06:00"},
        ),
        ("Bed 10:30 and sleep till 6.", {"bedtime": "22:30", "final_wake": "06:00"}),
        (
            "Bed 9:45, lights off 10:15, sleep come around 10:30.",
            {"bedtime": "21:45", "lights_out": "22:15", "sleep_onset": "22:30", "sol_min": 15},
        ),
        ("let me sleep till 10 lol. bed at 1", {"bedtime": "01:00"}),
    ],
)
def test_more_fields(text: str, expected: dict[str, Any]) -> None:
    fields = _diary_fields(text)
    fields.pop("quality", None)
    assert fields == expected


@pytest.mark.parametrize(
    "text",
    [
        "I want to sleep till 9 on saturdays",
        "will I sleep straight through after the infusion?",
        "i sleep straight through most nights now, is that the ketamine?",
    ],
)
def test_sleep_wished_or_usual_is_no_night(text: str) -> None:
    result = understand(text, MORNING, "America/New_York")
    assert result.entry is None


@pytest.mark.parametrize(
    ("text", "quality"),
    [
        # "it was rough" after a night told: "it" is the night
        ("Night before last mi wake up 4 times, it was rough.", 2),
        ("bed 11, up 6, it was ok", 3),
        # "it" is the infusion
        ("had my infusion at 2, it was fine. bed 11", None),
    ],
)
def test_it_was_grades_the_night_told(text: str, quality: int | None) -> None:
    _, fields = read(text)
    assert fields.get("quality") == quality


@pytest.mark.parametrize(
    ("text", "effects"),
    [
        # a sense of detachment; a pulse read and called high
        (
            "felt a mild sense of detachment after the infusion. bed at 9",
            [("dissociation", "mild")],
        ),
        ("bed 11. resting pulse 96, high for me", [("elevated_heart_rate", None)]),
        # the treatment named only to rule it out
        ("The back pain kept me up, not the treatment. No side effects.", []),
        ("arm sore since the infusion, bed 11", [("other", None)]),
        # shaking someone is not a tremor
        ("woke 4x. felt like shaking him awake to help with the baby", None),
        ("hands shaking after the infusion. bed 11", [("other", None)]),
        # "rather" and "somewhat" are in neither of the spec's lists: no severity
        ("felt rather foggy. bed at 9:30", [("confusion", None)]),
        ("somewhat nauseated, bed 11", [("nausea", None)]),
        ("fairly strong headache, bed 11", [("headache", "moderate")]),
    ],
)
def test_side_effects(text: str, effects: list[tuple[str, str | None]] | None) -> None:
    assert _side_effects(text) == effects


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # the fog patients record as a side effect, even all day
        ("ha so foggy this am i put the coffee in the fridge. muddled all day", "none"),
        ("dazed this morning after the infusion, bed at 10", "none"),
        # lost in place or time, or graded severe, is urgent
        ("so muddled i dont know where i am", "urgent"),
        ("still very muddled hours after the infusion", "urgent"),
        ("I feel rather muddled and I cannot recall what day it is", "urgent"),
        # a check-in put off by someone busy, in words that can also mean despair
        ("cant do this rn im on a delivery, later", "none"),
        ("can't do this right now, I'm at work. later", "none"),
        ("cant do this rn im driving, ttyl", "none"),
        ("I cant do this anymore", "crisis"),
        ("i cant do this anymore im at work, later", "crisis"),
    ],
)
def test_safety(text: str, level: str) -> None:
    assert understand(text, MORNING, "America/New_York").safety.level == level


# Wrong values the fixed-for mixed sets still held (their rows re-read at this session's
# start): a chart must not hold these, so each family has its look-alikes.
WRONG_VALUE_CASES: list[tuple[str, dict[str, Any]]] = [
    # the one waking of the morning, with an errand or no more sleep after it, is the last
    ("woke at 6 and got right up to feed her", {"final_wake": "06:00", "out_of_bed": "06:00"}),
    (
        "bed 9:30pm, wake up 4am, then I cannot sleep again",
        {"bedtime": "21:30", "final_wake": "04:00"},
    ),
    (
        "I went to bed 9:50 pm, I wake at 3 and I don't sleep again.",
        {"bedtime": "21:50", "final_wake": "03:00"},
    ),
    (
        "in bed 7:45am. woke 2:30pm and got up to let the dog out",
        {"bedtime": "07:45", "final_wake": "14:30"},
    ),
    ("woke at 3 and got up for a wee. up at 7", {"awakenings": 1, "out_of_bed": "07:00"}),
    (
        "woke at 2 and could not sleep again until 3:30. then slept until 7",
        {"awakenings": 1, "waso_min": 90, "final_wake": "07:00"},
    ),
    # said twice is one waking; an alarm not waited for, or the day's event, is no waking
    ("went to bed at 10 and woke at 6. Woke at 6.", {"bedtime": "22:00", "final_wake": "06:00"}),
    (
        "woke up at 5:55 before my 6am alarm. out of bed 6:02",
        {"final_wake": "05:55", "out_of_bed": "06:02"},
    ),
    ("bed at 1, alarm at 9:40 for my 10am", {"bedtime": "01:00", "final_wake": "09:40"}),
    # counts by name are not clock times
    (
        "Awakenings last night: four. Got out of bed at 06:45.",
        {"awakenings": 4, "out_of_bed": "06:45"},
    ),
    (
        "I awoke on approximately four occasions, about 50 minutes awake in all.",
        {"awakenings": 4, "waso_min": 50},
    ),
    ("bed 22:00. 3 wakes ~10 min each", {"bedtime": "22:00", "awakenings": 3, "waso_min": 30}),
    ("slept thru. 0 wakes. 9/10", {"awakenings": 0, "waso_min": 0, "quality": 5}),
    (
        "one awakening around 4 lasting maybe 20 minutes, out of bed at 6:40",
        {"awakenings": 1, "waso_min": 20, "out_of_bed": "06:40"},
    ),
    ("wake-up: 6", {"final_wake": "06:00"}),
    (
        "bed 22:45\tSOL 30\twakes 2\tfinal wake 06:00",
        {
            "bedtime": "22:45",
            "sol_min": 30,
            "sleep_onset": "23:15",
            "awakenings": 2,
            "final_wake": "06:00",
        },
    ),
    # a time told of a symptom, a seizure in sleep, or a faint is no sleep time
    ("slight headache on waking, resolved by 08:15. bed 11", {"bedtime": "23:00"}),
    ("anxiety on waking, settled by ~0700. bed 11", {"bedtime": "23:00"}),
    ("wife says i had a seizure in my sleep around 3. bed 10", {"bedtime": "22:00"}),
    ("passed out in the boiler room around 5, came to on the floor. bed 10", {"bedtime": "22:00"}),
    ("passed out on the couch at 10, woke at 6", {"sleep_onset": "22:00", "final_wake": "06:00"}),
    ("in the bunk by 9, out like a light til 4:30", {"bedtime": "21:00", "final_wake": "04:30"}),
    # awake in bed into the night is no getting up, but sleep came then (the labels of six
    # writers agree, twenty-third session); lying in of a morning still is getting up
    (
        "I went to bed at ten o'clock and lay awake until about one.",
        {"bedtime": "22:00", "sleep_onset": "01:00", "sol_min": 180},
    ),
    (
        "got in bed at 9:30 and laid there till after midnight, maybe 12:15, and woke at 5",
        {"bedtime": "21:30", "sleep_onset": "00:15", "sol_min": 165, "final_wake": "05:00"},
    ),
    (
        "I awoke only once, at about 2:00, but lay awake until 3:15.",
        {"awakenings": 1, "waso_min": 75},
    ),
    ("lay in bed till 8 then got up", {"out_of_bed": "08:00"}),
    # the night's sleep after a nap is not the nap; two naps add up
    (
        "even after a 1 hour nap, slept 9 hrs last night. Bed 9:30.",
        {"nap_min": 60, "bedtime": "21:30"},
    ),
    ("2 naps yesterday, 30 min and 45 min", {"nap_min": 75}),
    # "threw up once" is no waking; a figure changed with an arrow is the later one
    ("threw up once after I got home. Bed at 8:30.", {"bedtime": "20:30"}),
    ("sol 45min -> 15min, bed 22:40", {"bedtime": "22:40", "sol_min": 15, "sleep_onset": "22:55"}),
    # a count corrected a few words on
    ("woke 3 times with the girls no wait 4", {"awakenings": 4}),
    ("I woke four times in the night, no, I tell a lie, three", {"awakenings": 3}),
    ("awakenings: 3 // correction: 2. bed 23:45", {"awakenings": 2, "bedtime": "23:45"}),
    ("woke twice, no more than 5 min each", {"awakenings": 2, "waso_min": 10}),
]


@pytest.mark.parametrize(("text", "expected"), WRONG_VALUE_CASES)
def test_no_wrong_values(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


@pytest.mark.parametrize(
    ("text", "effects"),
    [
        (
            "I was sick to my stomach and through up once. Bed at 8:30.",
            [("nausea", None), ("vomiting", None)],
        ),
        ("woke 3 times with the girls, one of them had a nightmare", None),
    ],
)
def test_more_side_effects(text: str, effects: list[tuple[str, str | None]] | None) -> None:
    assert _side_effects(text) == effects


# mixed_23 (a new blind set, first scored at this session's start: fieldR 0.896, sideR
# 0.924): its families in our own words.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a run-on with a habit in it still tells last night after the habit
        (
            "vision blurry this morning had to hold the paper way out and my eyes are usually"
            " fine went to bed at 11 and slept straight through till 6",
            {"bedtime": "23:00", "awakenings": 0, "waso_min": 0, "final_wake": "06:00"},
        ),
        (
            "I usually go to bed at 11 and wake at 6 but last night I went to bed at 10 and"
            " woke at 5",
            {"bedtime": "22:00", "final_wake": "05:00"},
        ),
        # an aside asked in brackets, or a doubt about the entry, leaves the times told
        (
            "bed 11, lights out 11:40 (was reading about owls, they can turn their heads"
            " all the way round??), asleep by midnight",
            {"bedtime": "23:00", "lights_out": "23:40", "sleep_onset": "00:00", "sol_min": 20},
        ),
        (
            "I woke up at 5:45 and got out of bed at 6, I wasn't sure if you needed both times?",
            {"final_wake": "05:45", "out_of_bed": "06:00"},
        ),
        # what was meant to happen, and someone else's morning, are not the patient's times
        (
            "the phone rang at 6 and woke me, was supposed to sleep til 8. never got back to sleep",
            {"final_wake": "06:00"},
        ),
        (
            "bed 10, woke 5:40, kids were up at 6 anyway",
            {"bedtime": "22:00", "final_wake": "05:40"},
        ),
        # awake "till" a time after a waking; "15 each"; sleep by day
        (
            "woke up once around 3 and was up till 4 then slept till 6:30",
            {"awakenings": 1, "waso_min": 60, "final_wake": "06:30"},
        ),
        (
            "Lights out 2300. 40 min to fall asleep. Woke 2x, 15 each.",
            {
                "lights_out": "23:00",
                "sol_min": 40,
                "sleep_onset": "23:40",
                "awakenings": 2,
                "waso_min": 30,
            },
        ),
        (
            "ended up sleeping 2 hrs in the afternoon, bed at 10",
            {"nap_min": 120, "bedtime": "22:00"},
        ),
        ("slept 7 hours on the couch", {}),
        # stars and a chart's "Qual"
        ("Nap 20 min yesterday. Night: 3 of 5 stars.", {"nap_min": 20, "quality": 3}),
        ("asleep by 10:45pm. 4 stars", {"sleep_onset": "22:45", "quality": 4}),
        ("gave the app 5 stars, bed at 11", {"bedtime": "23:00"}),
        ("SOL ~20. WASO 40. Qual fair.", {"sol_min": 20, "waso_min": 40, "quality": 3}),
    ],
)
def test_mixed_23_families(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


@pytest.mark.parametrize(
    ("text", "effects"),
    [
        (
            "Nausea resolved by 2100, emesis x1 prior. Bed 2130.",
            [("nausea", None), ("vomiting", None)],
        ),
        ("everything still tastes like pennies since the infusion. bed 10", [("other", None)]),
        (
            "hearts been pounding ever since the infusion. bed at 10:30",
            [("elevated_heart_rate", None)],
        ),
        ("nena had a fever so i was up with her from 1 to 2:30, no side effects", []),
        ("a bit breathless on the stairs, my long covid thing. bed 10", None),
        ("the bp cuff said 141 over 90 this morning. bed 11", [("elevated_blood_pressure", None)]),
        ("my pressure was 150 something over 95. bed 11", [("elevated_blood_pressure", None)]),
    ],
)
def test_mixed_23_side_effects(text: str, effects: list[tuple[str, str | None]] | None) -> None:
    assert _side_effects(text) == effects


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "they keep telling me to do therapy along with the infusions whats the point of that",
            "none",
        ),
        ("whats the point of this diary anyway", "none"),
        ("whats the point of any of it", "crisis"),
        ("what is the point of therapy when i wont be here next month", "crisis"),
    ],
)
def test_doubting_a_thing_is_not_despair(text: str, level: str) -> None:
    assert understand(text, MORNING, "America/New_York").safety.level == level


# mixed_24 (a third new blind set, first scored at this session's start: fieldP 0.978,
# fieldR 0.938), in our own words: dictation, night feeds, and times of the day's events.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dictation: hesitations, "6 15" for 6:15, "period" for a full stop
        (
            "um I slept uh terrible and um woke up at 3 and um never got back to sleep",
            {"quality": 1, "final_wake": "03:00"},
        ),
        (
            "okay um last night was um pretty good the alarm went off at 5 45 period",
            {"quality": 4, "final_wake": "05:45"},
        ),
        (
            "um so lights out at 11 and I uh fell asleep about 20 minutes later woke up at 6 15",
            {"lights_out": "23:00", "sol_min": 20, "sleep_onset": "23:20", "final_wake": "06:15"},
        ),
        ("went to the er at 3, bed at 5", {"bedtime": "05:00"}),
        # a nap's length or range told in a sentence of its own, right after it
        ("Yesterday I took a short nap. About 20 minutes.", {"nap_min": 20}),
        (
            "I took a nap after lunch yesterday. From 1:30 to 2:15. Bed at 10.",
            {"nap_min": 45, "bedtime": "22:00"},
        ),
        ("had a nap. 2 hours later I was hungry. bed 10", {"bedtime": "22:00"}),
        # the time of something before bed, or of the day's event, is no sleep time
        (
            "vomited twice around 2, before i even went to bed. bed 3:30, asleep 4:10",
            {"bedtime": "03:30", "sleep_onset": "04:10", "sol_min": 40},
        ),
        ("it was 3am before I fell asleep", {"sleep_onset": "03:00"}),
        (
            "bed 3, asleep 3:50, alarm 10:45 for standup at 11",
            {"bedtime": "03:00", "sleep_onset": "03:50", "sol_min": 50, "final_wake": "10:45"},
        ),
        # night feeds counted; a feed's time, and a baby that is the alarm
        (
            "bed 10:40. 3 feeds. woke for the day 6:15. dizzy standing up at the 3am feed",
            {"bedtime": "22:40", "awakenings": 3, "final_wake": "06:15"},
        ),
        (
            "3 feeds overnight (11:50, 2:40, 5:10). bed 9:45, baby alarm at 6:30 lol",
            {"bedtime": "21:45", "awakenings": 3, "final_wake": "06:30"},
        ),
        (
            "pumped at 1:30 and 4:45, so 2 wakeups. out of bed 6:40 with her",
            {"awakenings": 2, "out_of_bed": "06:40"},
        ),
        (
            "woke at 3 with the baby, back to sleep at 4, up at 7",
            {"awakenings": 1, "waso_min": 60, "out_of_bed": "07:00"},
        ),
        # a verdict after "other than that"; a joke's rating taken back
        (
            "woke up 2 times, 10 min each, other than that decent",
            {"awakenings": 2, "waso_min": 20, "quality": 4},
        ),
        ("12/10 sleep no notes. jk 9/10. bed 2:50", {"quality": 5, "bedtime": "02:50"}),
    ],
)
def test_mixed_24_families(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("so uh overall um is keta mean actually good for sleep or not", "question"),
        ("um I'm dying to know uh does keta mean mess with REM sleep", "question"),
        ("im curious, does it help with nightmares", "question"),
        ("overall slept ok, bed 11", "diary"),
    ],
)
def test_dictated_and_hedged_questions(text: str, intent: str) -> None:
    assert understand(text, MORNING, "America/New_York").intent == intent


def test_fogged_up_is_confusion() -> None:
    assert _side_effects("still fogged up today. bed 2:40") == [("confusion", None)]


# mixed_22, 25 and 26, scored blind first (see BENCHMARKS.md), then read: families in our
# own words.
@pytest.mark.parametrize(
    ("text", "level"),
    [
        # ready for the day, sitting on the edge of a bed, a night not yet slept
        ("slept straight through, woke at 6:30 ready to go!", "none"),
        ("i am ready to go, i have said my goodbyes", "crisis"),
        ("room spinning getting up, sat on the edge of the bunk till it passed", "none"),
        ("sitting on the edge of the bridge again", "crisis"),
        ("0300 and still awake. Racked 2300. Haven't slept yet.", "none"),
        ("sorry, im not sure im doing this right, ill try again later", "none"),
        ("ive been thinking about how to make sure i just dont wake up", "crisis"),
        # (mixed_27 and 28, read after their blind scoring)
        ("its 3:10am and i still cant sleep, been in bed since 1", "none"),
        ("havent slept in 3 days and im seeing things that arent there", "urgent"),
        ("sorry i keep messaging so much, i know you're just a bot", "none"),
        ("sorry for messaging so much, i just want to die", "crisis"),
    ],
)
def test_everyday_words_of_a_morning(text: str, level: str) -> None:
    assert understand(text, MORNING, "America/New_York").safety.level == level


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ive been thinking about how to make sure i just dont wake up", None),
        ("husband did the night feeds so i slept thru", {"awakenings": 0, "waso_min": 0}),
        ("Awakenings: 4. No, I recount 3. Bedtime 10:30 pm", {"awakenings": 3, "bedtime": "22:30"}),
        (
            "Lights out at 11:10 PM; sleep onset was delayed by approximately 45 minutes.",
            {"lights_out": "23:10", "sol_min": 45, "sleep_onset": "23:55"},
        ),
        (
            "bed at ten. got up at five thirty to let the dog out and stayed up",
            {"bedtime": "22:00", "out_of_bed": "05:30"},
        ),
        (
            "bed 10:30, i was up at 2 and 4:45 with the baby, got up for the day at 6:15",
            {"bedtime": "22:30", "awakenings": 2, "out_of_bed": "06:15"},
        ),
        ("im dead asleep til 2pm", {"final_wake": "14:00"}),
    ],
)
def test_blind_sets_families(text: str, expected: dict[str, Any] | None) -> None:
    if expected is None:
        _, fields = read(text)
        assert "awakenings" not in fields and "waso_min" not in fields
        return
    assert _diary_fields(text) == expected


def test_sweats_owned_to_hormones_are_not_side_effects() -> None:
    assert _side_effects("woke 3 times w meno sweats. bed 10:40") is None


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # a request for the clinic's details asks for them (mixed_22, 27, 28, 14)
        ("Need the clinic address for VA paperwork.", "question"),
        ("Please send me the clinic address, my nephew is driving me", "question"),
        ("Please provide a telephone number at which I may reach the clinic.", "question"),
        ("can I get your phone number please", "question"),
        # look-alikes: a plan, and the patient's own address
        ("need to call the clinic tomorrow about my appointment", "other"),
        ("my new address is 12 Elm St, please update it", "other"),
    ],
)
def test_asking_for_the_clinics_details(text: str, intent: str) -> None:
    assert understand(text, MORNING, "America/New_York").intent == intent
