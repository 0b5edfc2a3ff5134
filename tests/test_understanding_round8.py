"""Phrasings four new blind sets of mixed messages found us missing (November 2026).

Our own sentences, one group per family, each with look-alikes that must still read as
before: a wrong clock time in a chart is worse than a missing one.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bot.understanding import understand

MORNING = dt.datetime(2027, 3, 10, 7, 30)  # a Wednesday


def read(text: str, when: dt.datetime = MORNING) -> tuple[str, dict[str, Any]]:
    result = understand(text, when, "America/New_York")
    fields = result.entry.to_json() if result.entry else {}
    fields.pop("diary_date", None)
    return result.intent, {k: v for k, v in fields.items() if v is not None}


FIELD_CASES: list[tuple[str, dict[str, Any]]] = [
    # a clock that names the day's event, not the night: "the 6am shift"
    ("bed 10:15, up at 5 for the 7am shift", {"bedtime": "22:15", "out_of_bed": "05:00"}),
    ("alarm 6:40 for my 9am lecture", {"final_wake": "06:40"}),
    ("woke 5:50, had a 10am dentist appointment", {"final_wake": "05:50"}),
    ("alarm went at 4:15 for a 6:30 flight", {"final_wake": "04:15"}),
    ("woke at 6, shift was long", {"final_wake": "06:00"}),  # no determiner: still the night
    # wakings listed by their times, for a baby or a bathroom
    (
        "in bed 9:30. up for feeds at 1 and 4. alarm 6:45",
        {"bedtime": "21:30", "awakenings": 2, "final_wake": "06:45"},
    ),
    (
        "up w the baby at 12:30, 2:15 and 4, then up for good at 6",
        {"awakenings": 3, "out_of_bed": "06:00"},
    ),
    ("night feeds x3, alarm 6:30", {"awakenings": 3, "final_wake": "06:30"}),
    # a count corrected, however the correction is said
    ("woke up like 4x?? no actually 2", {"awakenings": 2}),
    ("woke I want to say twice, maybe three times, no it was twice", {"awakenings": 2}),
    ("Wake-ups: 4 (correction: 3)", {"awakenings": 3}),
    # an awake spell with its end: waso, not a second waking or getting up
    (
        "the dog woke me at 1:40, I was up with her until 2:20. alarm 6",
        {"awakenings": 1, "waso_min": 40, "final_wake": "06:00"},
    ),
    (
        "I woke at 2 and could not sleep again until 3:30. alarm at 6:15",
        {"awakenings": 1, "waso_min": 90, "final_wake": "06:15"},
    ),
    (
        "I awoke just once, at about 3:00, but lay awake until 4:10.",
        {"awakenings": 1, "waso_min": 70},
    ),
    (
        "Bed: 2230. Awake: 01:10-02:00. Out of bed: 06:20.",
        {"bedtime": "22:30", "awakenings": 1, "waso_min": 50, "out_of_bed": "06:20"},
    ),
    # up at once after waking
    ("woke 6:10 & got right up", {"final_wake": "06:10", "out_of_bed": "06:10"}),
    ("woke at 7, up right away", {"final_wake": "07:00", "out_of_bed": "07:00"}),
    ("I awoke at 5:50 and rose at 6:10.", {"final_wake": "05:50", "out_of_bed": "06:10"}),
    # slept through, said on its own after a comma
    ("slept like a log, straight thru", {"awakenings": 0, "waso_min": 0, "quality": 5}),
    # a nap range with words between the cue and the times
    ("nap w the twins yesterday 2-3:15", {"nap_min": 75}),
    # a time told with a doubt is still a report
    ("bed 10pm?? woke 6", {"bedtime": "22:00", "final_wake": "06:00"}),
    ("zzz by 11:30 maybe, bed 11", {"bedtime": "23:00", "sleep_onset": "23:30", "sol_min": 30}),
    # the time it took, told after falling asleep
    (
        "dropped off about 12:10, took me maybe 25 min after lights out",
        {"sleep_onset": "00:10", "sol_min": 25},
    ),
    (
        "asleep by 11, took 15 min. alarm 6",
        {"sleep_onset": "23:00", "sol_min": 15, "final_wake": "06:00"},
    ),
    ("fell asleep at 11, took the dog out for 10 min at 6", {"sleep_onset": "23:00"}),
    # the numbers of a list are not times
    (
        "1) woke 2 times 2) maybe 30 min awake total 3) alarm 6:15",
        {"awakenings": 2, "waso_min": 30, "final_wake": "06:15"},
    ),
    # sleep latency abbreviated, as trackers and clinicians write it
    (
        "bed 22:30, lights out 22:50, SOL ~15 min",
        {"bedtime": "22:30", "lights_out": "22:50", "sleep_onset": "23:05", "sol_min": 15},
    ),
    # each waking's length, told by its order or "each time"
    (
        "woke 2 times, first time 10 minutes, second time maybe 25 minutes",
        {"awakenings": 2, "waso_min": 35},
    ),
    ("woke three times. Each time I was up about 15 minutes", {"awakenings": 3, "waso_min": 45}),
    (
        "woke at 3 and was awake a good hour before I dropped off again. alarm 6:30",
        {"awakenings": 1, "waso_min": 60, "final_wake": "06:30"},
    ),
    # a bunk is a bed; "with her" is a waking for someone else
    ("in my bunk by 10:30, alarm 6", {"bedtime": "22:30", "final_wake": "06:00"}),
    (
        "bed 10, up with her at 2 and 4:30, alarm 6:15",
        {"bedtime": "22:00", "awakenings": 2, "final_wake": "06:15"},
    ),
    # a time corrected in other words
    (
        "bed around 11, or maybe closer to 11:30? let's say 11:30",
        {"bedtime": "23:30"},
    ),
    (
        "it took me a full hour to fall asleep. bed 10",
        {"bedtime": "22:00", "sleep_onset": "23:00", "sol_min": 60},
    ),
    ("bed 9:45 but sleep maybe 11", {"bedtime": "21:45", "sleep_onset": "23:00", "sol_min": 75}),
    (
        "woke at 7 and stayed in bed with a coffee till 8",
        {"final_wake": "07:00", "out_of_bed": "08:00"},
    ),
    (
        "asleep by 1, woke at 11 right before my 12pm lab",
        {"sleep_onset": "01:00", "final_wake": "11:00"},
    ),
    # the 24-hour clock with "hrs", abbreviations that end no sentence, clinical shorthand
    (
        "Bed 22:45 hrs. Awake approx. 40 min overnight. Final wake 05:30 hrs.",
        {"bedtime": "22:45", "waso_min": 40, "final_wake": "05:30"},
    ),
    (
        "to bed 2230, woke x1, final wake 0600, OOB 0615",
        {"bedtime": "22:30", "awakenings": 1, "final_wake": "06:00", "out_of_bed": "06:15"},
    ),
    ("up q2h all night, ~3 times in all", {"awakenings": 3}),
    ("correction: awakenings was 3 not 2", {"awakenings": 3}),
    ("- 23:10 in bed\n- 06:40 final wake", {"bedtime": "23:10", "final_wake": "06:40"}),
    # each waking by its time, then its length
    (
        "woke 3x: at 1 for 5 min, at 3 for 15, at 5 for maybe 10. alarm 6",
        {"awakenings": 3, "waso_min": 30, "final_wake": "06:00"},
    ),
    (
        "it took me about twenty minutes to settle into sleep. bed 10",
        {"bedtime": "22:00", "sleep_onset": "22:20", "sol_min": 20},
    ),
    (
        "did not wake until the alarm at 6:30",
        {"awakenings": 0, "waso_min": 0, "final_wake": "06:30"},
    ),
    (
        "no wake in the night, bed 10 up 6",
        {"bedtime": "22:00", "awakenings": 0, "waso_min": 0, "out_of_bed": "06:00"},
    ),
    ("woke at 6:20 and got up to make breakfast", {"final_wake": "06:20", "out_of_bed": "06:20"}),
    ("woke 7:15 and rolled straight out of bed", {"final_wake": "07:15", "out_of_bed": "07:15"}),
    ("asleep by 10, alarm 4:30 for a 10k run", {"sleep_onset": "22:00", "final_wake": "04:30"}),
    # dictated punctuation
    (
        "slept badly period woke at 4 period up at 6",
        {"quality": 2, "final_wake": "04:00", "out_of_bed": "06:00"},
    ),
    # a tracker's or a chart's columns, a soldier's "rack"
    (
        "bed 22:15 | SOL 20 | wakes 1 | WASO 15 | final wake 06:10 | qual 4/5",
        {
            "bedtime": "22:15",
            "sleep_onset": "22:35",
            "sol_min": 20,
            "awakenings": 1,
            "waso_min": 15,
            "final_wake": "06:10",
            "quality": 4,
        },
    ),
    ("wakes 0 | WASO 0 | bed 23:00", {"bedtime": "23:00", "awakenings": 0, "waso_min": 0}),
    # (reveille, the call that wakes, is the final waking)
    ("Rack 2215, reveille 0530", {"bedtime": "22:15", "final_wake": "05:30"}),
    ("woke twice, each time for perhaps ten minutes", {"awakenings": 2, "waso_min": 20}),
    ("Woke x3, ~5 min ea.", {"awakenings": 3, "waso_min": 15}),
    (
        "bed at 10 but sleep did not come until midnight",
        {"bedtime": "22:00", "sleep_onset": "00:00", "sol_min": 120},
    ),
    ("Three stars out of five for last night", {"quality": 3}),
    ("final awakening 06:50. subjective quality 8/10", {"final_wake": "06:50", "quality": 4}),
    ("woke 5:30, out of the bed at 6", {"final_wake": "05:30", "out_of_bed": "06:00"}),
    (
        "bunk at 21:30, woke 05:10 & OOB immediately",
        {"bedtime": "21:30", "final_wake": "05:10", "out_of_bed": "05:10"},
    ),
    ("Q 3/5. bed 23:15", {"bedtime": "23:15", "quality": 3}),
    ("- rating \u2605\u2605\u2605\u2606\u2606\n- bed 22:40", {"bedtime": "22:40", "quality": 3}),
    # a line each; "rose" after a comma; on-call pages at night
    (
        "bed 10:30\nasleep 11\nwake 6:30\nup 7\nnap yesterday 20 min",
        {
            "bedtime": "22:30",
            "sleep_onset": "23:00",
            "sol_min": 30,
            "final_wake": "06:30",
            "out_of_bed": "07:00",
            "nap_min": 20,
        },
    ),
    ("Retired 2200, rose 0615.", {"bedtime": "22:00", "out_of_bed": "06:15"}),
    (
        "bed 11. paged 1:40, awake till 2:10. alarm 6:30",
        {"bedtime": "23:00", "awakenings": 1, "waso_min": 30, "final_wake": "06:30"},
    ),
    ("woke up 4 times?? no wait 3", {"awakenings": 3}),
    # quality said as a rating of the night
    ("I would rate the night as poor.", {"quality": 2}),
    ("id call last nights sleep pretty good", {"quality": 4}),
    ("3 stars out of 5 night", {"quality": 3}),
    ("I would characterize the night's sleep as poor.", {"quality": 2}),
    (
        "bed 11, alarm 6. good night actually",
        {"bedtime": "23:00", "final_wake": "06:00", "quality": 4},
    ),
    (
        "Bad night. Migraine, a throbbing pain over the left eye, 8/10. asleep ~1",
        {"sleep_onset": "01:00", "quality": 2},
    ),
]


@pytest.mark.parametrize(("text", "expected"), FIELD_CASES)
def test_fields(text: str, expected: dict[str, Any]) -> None:
    intent, fields = read(text)
    assert intent == "diary", (text, intent)
    fields.pop("side_effects", None)
    assert fields == expected


@pytest.mark.parametrize(
    "text",
    [
        "the bot is 10/10, thanks",
        "quick reply, clear answer. 10/10 service",
        "I slept through the night as well",  # "as well" is not a rating
    ],
)
def test_ratings_of_something_else_are_not_quality(text: str) -> None:
    _, fields = read(text)
    assert "quality" not in fields


SIDE_EFFECT_CASES: list[tuple[str, list[tuple[str, str | None]]]] = [
    # a grade in the clause after: "that part was awful", "honestly awful"
    ("the room was spinning, that part was awful", [("dizziness", "severe")]),
    ("felt jittery and on edge after, honestly terrible", [("anxiety", "severe")]),
    # one grade for two symptoms: "both mild"
    (
        "some queasiness and a headache after the infusion, both mild",
        [("headache", "mild"), ("nausea", "mild")],
    ),
    (
        "nausea and dizziness, both pretty bad, and a slight headache",
        [("dizziness", "moderate"), ("headache", "mild"), ("nausea", "moderate")],
    ),
    ("heart was racing a little on the way home", [("elevated_heart_rate", "mild")]),
    # blood pressure said as "my pressure"
    ("my pressure was a bit high after the session", [("elevated_blood_pressure", "mild")]),
    # other words and spellings
    ("some unsteadiness on my feet this morning", [("dizziness", None)]),
    ("hdache since i woke up", [("headache", None)]),
    ("hot flashes since the infusion", [("other", None)]),
    # a grade belongs to the symptom it stands beside
    ("threw up once and had a severe headache", [("headache", "severe"), ("vomiting", None)]),
    (
        "headache pretty bad this morning and lightheaded later",
        [("dizziness", None), ("headache", "moderate")],
    ),
    ("a bit teary and floaty after the session", [("dissociation", "mild")]),
    ("nauseous after the infusion, went to bed and slept terribly", [("nausea", None)]),
    ("heart pounding a bit driving home", [("elevated_heart_rate", "mild")]),
    # more words for the same things
    ("head pain all evening after the infusion", [("headache", None)]),
    ("mad dreams again after the session", [("vivid_dreams", None)]),
    ("sick in my stomach since lunch", [("nausea", None)]),
    ("c/o mild HA on waking", [("headache", "mild")]),
    ("Mild headache, nausea neg.", [("headache", "mild")]),
    ("diplopia for an hour post-infusion", [("blurred_vision", None)]),
    ("the head it hurts since the treatment", [("headache", None)]),
    ("my heart it beat very fast after the treatment", [("elevated_heart_rate", None)]),
    ("zero appetite since the infusion", [("other", None)]),
    ("lost consciousness briefly this morning", [("other", None)]),
    ("- nausea mild - headache moderate", [("headache", "moderate"), ("nausea", "mild")]),
    ("heart was poundin when i laid down", [("elevated_heart_rate", None)]),
    ("my stomach still sick this morning", [("nausea", None)]),
    ("lite headed this morning", [("dizziness", None)]),
    ("ears were ringing for hours after the drip", [("other", None)]),
    ("WASO ~20. HA moderate, no other SEs.", [("headache", "moderate")]),
    ("tired real bad today", [("fatigue", "severe")]),
    ("la presión 152/96 this morning", [("elevated_blood_pressure", None)]),
    ("eyes too sensitive to light since the infusion", [("other", None)]),
    ("the cuff read 168/104 this morning", [("elevated_blood_pressure", None)]),
    (
        "dizzy today. also felt kinda floaty and detached?? bed 11",
        [("dissociation", None), ("dizziness", None)],
    ),
    ("my head was paining me all evening", [("headache", None)]),
    ("heart going a little fast since the session", [("elevated_heart_rate", "mild")]),
    ("a bit anxious before the infusion, fine now", [("anxiety", "mild")]),
    ("my heart felt as if it were racing when I lay down", [("elevated_heart_rate", None)]),
    ("vision is blur this morning", [("blurred_vision", None)]),
    ("the dreams after the infusion are wild", [("vivid_dreams", None)]),
]


@pytest.mark.parametrize(("text", "expected"), SIDE_EFFECT_CASES)
def test_side_effects(text: str, expected: list[tuple[str, str | None]]) -> None:
    _, fields = read(text)
    found = sorted((e["name"], e["severity"]) for e in fields.get("side_effects") or [])
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "No ill effects to report. bed 10",
        "zero side fx this time, bed 10:30",
        "Honestly no side effects worth mentioning this time, which is a first.",
        "Denies any side effects. Slept fair.",
        "slept through, bed 11. No AEs.",
        "7/10 no side efects",
    ],
)
def test_no_side_effects_said_in_other_words(text: str) -> None:
    intent, fields = read(text)
    assert intent == "diary"
    assert fields.get("side_effects") == []


@pytest.mark.parametrize(
    "text",
    [
        # a cause the patient names that is not the treatment
        "the usual perimenopause hot flashes, up 3 times",
        "night sweats again, thanks allergies. bed 11",
        "in bed at 12 and nothing, mind racing till 3",  # no sleep came: not "no side effects"
        "the pressure in my ears was high on the flight",  # not blood pressure
    ],
)
def test_look_alikes_say_nothing_of_side_effects(text: str) -> None:
    _, fields = read(text)
    assert "side_effects" not in fields


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("bed 9:45?? woke at 5", "diary"),
        ("woke I want to say 3 times", "diary"),
        ("is bed at 9 too early?", "question"),
        ("which is better for sleep, ketamine or melatonin", "question"),
        ("slept ok, which is a nice change", "diary"),
        ("slept straight through (so did the baby!!)", "diary"),
        ("slept badly, and I lay there thinking, which scares me. bed 11", "diary"),
        ("wait so how does ketamine work on the brain", "question"),
        ("yo what time do you close on fridays", "question"),
        ("I woke up 2 times, or 3? bed 11", "diary"),
    ],
)
def test_intent(text: str, intent: str) -> None:
    assert read(text)[0] == intent


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # symptoms told before a question are recorded with the night the message reports
        (
            "my heart was racing after the infusion and i got a bit panicky, is that normal? "
            "bed 11, asleep 11:40",
            [("anxiety", "mild"), ("elevated_heart_rate", None)],
        ),
        (
            "slightly dizzy this morning, could it be the ketamine? slept ok",
            [("dizziness", "mild")],
        ),
    ],
)
def test_symptoms_told_before_a_question(text: str, expected: list[tuple[str, str | None]]) -> None:
    intent, fields = read(text)
    assert intent == "diary"
    assert sorted((e["name"], e["severity"]) for e in fields["side_effects"]) == expected


@pytest.mark.parametrize(
    "text",
    [
        # ... but alone they ask: a question stays a question
        "the nurse said some people see things during the infusion, should I worry?",
        "I don't have any chest pain, but is it normal for my heart to beat fast after?",
        "if I get a headache tonight, is that normal?",
    ],
)
def test_a_question_with_symptoms_stays_a_question(text: str) -> None:
    assert read(text)[0] == "question"
