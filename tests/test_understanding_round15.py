"""Phrasings the fifteenth session's blind sets found us misreading (November 2026): a
rating that grades a symptom taken for the night's, a waking that opens a stretch awake taken
for the last, grades told late, and the shorthand of nurses and carers.

Our own sentences, one group per family, each with look-alikes that must still read as
before.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bot.understanding import understand
from tests.test_understanding_round11 import _diary_fields, _side_effects


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rating just after a symptom grades the symptom
        (
            "bed 10:30. Exhaustion bad, 7/10, could hardly get dressed",
            {"bedtime": "22:30"},
        ),
        ("woke at 6. head pounding, awful, 8/10", {"final_wake": "06:00"}),
        ("Sleep: 4/10. Dizziness: mild, maybe 3/10. Bed 10", {"bedtime": "22:00", "quality": 2}),
        ("a bit queasy but slept well, 8/10", {"quality": 4}),
        ("bed 11, 8/10", {"bedtime": "23:00", "quality": 4}),
        # a waking that opens a stretch awake told as a range was in the night
        (
            "woke at 2 and was awake from 2 to 3:15. alarm 6:30",
            {"awakenings": 1, "waso_min": 75, "final_wake": "06:30"},
        ),
        # ... and a later waking is another
        ("woke at 12, then again at 2 and was awake till 3", {"awakenings": 2, "waso_min": 60}),
        (
            "woke at 6 and was awake from 6 to 7 when the alarm went",
            {"final_wake": "06:00"},
        ),
    ],
)
def test_symptom_ratings_and_wakings_in_ranges(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


@pytest.mark.parametrize(
    ("text", "effects"),
    [
        # a grade told late: after what the symptom did, or opening the next sentence
        (
            "dizzy after the infusion, had to sit on the stairs, mild. bed 11",
            [("dizziness", "mild")],
        ),
        (
            "she felt spacey for an hour after the infusion. Mild, she says, and gone by supper.",
            [("dissociation", "mild")],
        ),
        ("heart racing after the infusion quite a bit", [("elevated_heart_rate", "moderate")]),
        ("nausea hung on but it's only a little now", [("nausea", "mild")]),
        ("felt unreal after the infusion, quite unsettling", [("dissociation", "moderate")]),
        ("vivid dreams, really bad ones", [("vivid_dreams", "severe")]),
        # shorthand
        ("N/V after the infusion, better by bedtime", [("nausea", None), ("vomiting", None)]),
        ("denies N/V. slept 7h", []),
        ("pt denies HA. bed 11", None),
        ("HA throbbing since 5am", [("headache", None)]),
        ("my head is still killing me", [("headache", None)]),
        ("completely wore out after the infusion", [("fatigue", None)]),
        ("wore out my new boots on the walk. bed 11", None),
        ("jaw felt tight after the infusion", [("other", None)]),
        ("tight schedule after the infusion today. bed 11", None),
        # whose night a carer reports
        (
            "Mom's last night: bed 9:30, up at 5. She was a little groggy after",
            [("fatigue", "mild")],
        ),
    ],
)
def test_side_effects_graded_late_and_in_shorthand(
    text: str, effects: list[tuple[str, str | None]] | None
) -> None:
    assert _side_effects(text) == effects


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clock that names the day's event, after "because" or "had"
        (
            "woke at 6:40 and got up right away bc 8am lecture",
            {"final_wake": "06:40", "out_of_bed": "06:40"},
        ),
        ("had 9am class so up at 7:30", {"out_of_bed": "07:30"}),
        # "each one", "that one": no hour
        ("two nightmares, woke after each one. bed 11", {"bedtime": "23:00"}),
        ("bad dreams, and one woke me at 3 but i dozed back off", {"awakenings": 1}),
        ("woke at one and again at three", {"awakenings": 2}),
        # a report of "he" or "she" with nothing of the writer's own night is the patient's
        ("He went to bed at 9:45 and woke at 5:10.", {"bedtime": "21:45", "final_wake": "05:10"}),
        (
            "BP was 150/92 when I checked it. She went to bed at 10 anyway, up at 6",
            {"bedtime": "22:00", "out_of_bed": "06:00"},
        ),
        ("the baby woke at 2 and 4. bed 10", {"bedtime": "22:00"}),
        # a waking in the small hours, with a return to sleep told later, was in the night
        (
            "the twins woke me at 1:30 with a nightmare, then the cat at 4. back to sleep"
            " fast both times",
            {"awakenings": 1},
        ),
        ("woke at 3. went back to sleep eventually", {"awakenings": 1}),
        ("woke at 3. never got back to sleep", {"final_wake": "03:00"}),
        ("bed 11. woke at 4, couldnt get back down", {"bedtime": "23:00", "final_wake": "04:00"}),
        # "back down till 6" ends the night
        (
            "awake 1:30 to 2:30 checking the doors. back down till 0600",
            {"awakenings": 1, "waso_min": 60, "final_wake": "06:00"},
        ),
        # a count that only sums the wakings told
        (
            "my son woke me at 1, then the dog barked at 3:30. So twice total. Alarm at 6:30.",
            {"awakenings": 2, "final_wake": "06:30"},
        ),
        ("threw up at 1 and 3. so twice total. bed 10", {"bedtime": "22:00"}),
    ],
)
def test_whose_waking_and_which_was_last(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


@pytest.mark.parametrize(
    ("text", "effects"),
    [
        # the one who woke the patient "with a bad dream" had the dream
        ("my youngest woke me at 2 with a bad dream", None),
        ("the toddler had a nightmare around 1 and came in. bed 10", None),
        ("woke at 2 with a bad dream", [("vivid_dreams", None)]),
    ],
)
def test_whose_bad_dream(text: str, effects: list[tuple[str, str | None]] | None) -> None:
    assert _side_effects(text) == effects


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the night ended, told in the next sentence ("this morning" alone tells less)
        ("Woke at 0250 from a nightmare. Stayed awake.", {"final_wake": "02:50"}),
        (
            "woke up once around 1 and threw up. nausea this morning too. bed was 10:30",
            {"bedtime": "22:30", "awakenings": 1},
        ),
        # "on my feet" with its time
        ("bed 2230. on my feet 0520", {"bedtime": "22:30", "out_of_bed": "05:20"}),
        ("dead on my feet, bed 11", {"bedtime": "23:00"}),
        # a waking told by the alarm it came before
        (
            "woke up an hour before my 6am alarm. bed 10",
            {"bedtime": "22:00", "final_wake": "05:00"},
        ),
        ("woke 20 min before the alarm at 6:30", {"final_wake": "06:10"}),
        # the patient woke to a noise and was awake until a time: back to sleep then
        (
            "the neighbours car alarm went off at 1 and i woke up, was awake til 1:45. alarm 6",
            {"awakenings": 1, "waso_min": 45, "final_wake": "06:00"},
        ),
        # a bound, then the time itself
        (
            "bed at 11, didnt fall asleep till after 1, like 1:20",
            {"bedtime": "23:00", "sleep_onset": "01:20", "sol_min": 140},
        ),
        # a count corrected by someone who heard the night
        ("woke 2 times, no wait, my husband says 3", {"awakenings": 3}),
        ("put down 3 awakenings, no wait, she's saying it was 4", {"awakenings": 4}),
        # up with an animal in the night
        (
            "up with a sick ewe at 12 and again at 3. woke for good at 5:30",
            {"awakenings": 2, "final_wake": "05:30"},
        ),
        (
            "up with a mare foaling from 2 to 3:30 then back asleep. woke at 6",
            {"awakenings": 1, "waso_min": 90, "final_wake": "06:00"},
        ),
    ],
)
def test_the_night_ended_the_alarm_and_a_count_corrected(
    text: str, expected: dict[str, Any]
) -> None:
    assert _diary_fields(text) == expected


def test_not_last_night_the_night_before() -> None:
    result = understand(
        "Not last night, the night before. Bed at 11, up at 6.",
        dt.datetime(2027, 3, 10, 8, 0),
        "America/Chicago",
    )
    assert result.entry is not None
    assert result.entry.diary_date == dt.date(2027, 3, 9)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # how nights go, asked about: no night to record
        (
            "Will the infusions help me have a more restful night? I have not slept properly in"
            " years.",
            "question",
        ),
        (
            "I slept through the night for the first time in months! does that mean its working?",
            "diary",
        ),
    ],
)
def test_how_nights_go_asked_about(text: str, intent: str) -> None:
    assert understand(text, dt.datetime(2027, 3, 10, 8, 0), "America/New_York").intent == intent


@pytest.mark.parametrize(
    ("text", "effects"),
    [
        # a carer's own fear, beside the patient's night
        (
            "Dad slept badly, woke at 3 and stayed up. I'm so worried about him",
            None,
        ),
        ("This is Ann for Bob. He was anxious before bed.", [("anxiety", None)]),
        # the patient's own, when "my wife says" only sends them here
        (
            "I feel nervous, a little. My wife she says to write here. Slept bad",
            [("anxiety", "mild")],
        ),
    ],
)
def test_whose_feeling_a_carer_tells(
    text: str, effects: list[tuple[str, str | None]] | None
) -> None:
    assert _side_effects(text) == effects


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a log of lines that each open with a time: the line's cue is its time's
        (
            "22:30 in bed\n22:50 kindle away, lights off\n23:10 asleep\n06:05 woke",
            {
                "bedtime": "22:30",
                "lights_out": "22:50",
                "sleep_onset": "23:10",
                "sol_min": 20,
                "final_wake": "06:05",
            },
        ),
        ("10:30 took my meds, lights off at 11", {"lights_out": "23:00"}),
        # getting up told after a comma, with no time of its own
        ("woke at 6:10, got up", {"final_wake": "06:10", "out_of_bed": "06:10"}),
        (
            "woke at 3, got up to pee, back to sleep. alarm 6:30",
            {"awakenings": 1, "final_wake": "06:30"},
        ),
        # no waking, so no time awake
        (
            "asleep 2300-0630, 0 awakenings",
            {"sleep_onset": "23:00", "awakenings": 0, "waso_min": 0, "final_wake": "06:30"},
        ),
    ],
)
def test_a_log_a_comma_and_no_waking(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


def test_restless_dogs_are_not_the_patients_anxiety() -> None:
    assert _side_effects("the dogs were restless around 3 but i slept through it") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what the review of this session's first versions found
        # someone else named, or a night told with no subject first: the writer's own
        (
            "slept 11 to 6. hubby got up at 4 for work, he was loud. slept ok after",
            {"sleep_onset": "23:00", "final_wake": "06:00", "quality": 3},
        ),
        (
            "its cold for march, husband snored, he was up at 3 and 5. bed 11, up 6:30",
            {"bedtime": "23:00", "out_of_bed": "06:30"},
        ),
        (
            "asleep 11 til 6, he was up with the baby at 2 and 4 so slept thru mostly",
            {"sleep_onset": "23:00", "awakenings": 0, "waso_min": 0, "final_wake": "06:00"},
        ),
        (
            "in bed 11 asleep 11:30, she had a bad dream at 3 so up with her till 3:30, up for"
            " good 6:15",
            {
                "bedtime": "23:00",
                "sleep_onset": "23:30",
                "sol_min": 30,
                "awakenings": 1,
                "out_of_bed": "06:15",
            },
        ),
        # a night that ended only for a while, or a return to sleep only tried
        (
            "bed 10:30, woke 2:15 to pee. didnt sleep again for a long time. up 6:45",
            {"bedtime": "22:30", "awakenings": 1, "out_of_bed": "06:45"},
        ),
        (
            "woke 1:30 needing the loo. stayed awake a good while, then dropped off. out of bed 7",
            {"awakenings": 1, "out_of_bed": "07:00"},
        ),
        (
            "woke at 4:30. tried to get back to sleep but no luck so i got up at 5:15",
            {"final_wake": "04:30", "out_of_bed": "05:15"},
        ),
        # a length awake before the alarm is no waking told by the alarm
        (
            "bed 11. woke at 3 and lay awake for an hour before the alarm at 6",
            {"bedtime": "23:00", "awakenings": 1, "final_wake": "06:00"},
        ),
        (
            "woke for 20 min before the alarm at 6:30, then dozed till it went off",
            {"final_wake": "06:30"},
        ),
        # a total of something else
        (
            "bed 11, slept through, woke at 6:30. napped yesterday at 1 and again at 4. so twice"
            " total.",
            {"bedtime": "23:00", "awakenings": 0, "waso_min": 0, "final_wake": "06:30"},
        ),
        (
            "bed 10:30, woke at 6. the dog barked at 1 and 3 but i didnt wake. so twice total",
            {"bedtime": "22:30", "awakenings": 0, "waso_min": 0, "final_wake": "06:00"},
        ),
        # a bound, then another time that is not it
        (
            "went to bed past 12, so 6 felt brutal. up 6",
            {"bedtime": "00:00", "out_of_bed": "06:00"},
        ),
        ("bed after 10 prob 6 before i got up", {"bedtime": "22:00"}),
        # phrasal verbs with "up with"
        (
            "bed 11, woke 6:15. ended up with a long nap at 2 yesterday, about an hour",
            {"bedtime": "23:00", "final_wake": "06:15", "nap_min": 60},
        ),
        # an hour word before "woke" is an hour when "at" says so
        ("fell asleep at one woke at six", {"sleep_onset": "01:00", "final_wake": "06:00"}),
        # a rating of the night after a symptom
        (
            "bed 11, woke twice, crazy vivid dreams, id give it a 4/10",
            {"bedtime": "23:00", "awakenings": 2, "quality": 2},
        ),
        ("sleep quality: tired and groggy, 5/10", {"quality": 3}),
    ],
)
def test_what_the_review_found(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


@pytest.mark.parametrize(
    ("text", "effects"),
    [
        ("bed 11 up 6. cant deny the headache was bad this morning", [("headache", None)]),
        ("bed 11 up 6. fitbit battery wore out in the night so no data", None),
        ("bed 11. nausea quite a bit less than last time", [("nausea", None)]),
    ],
)
def test_what_the_review_found_of_side_effects(
    text: str, effects: list[tuple[str, str | None]] | None
) -> None:
    assert _side_effects(text) == effects


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # slept from a time to a time, straight through
        (
            "slept from 10pm to 6am straight through",
            {"sleep_onset": "22:00", "awakenings": 0, "waso_min": 0, "final_wake": "06:00"},
        ),
        (
            "rack 2130, slept 2150 to 0510 straight through",
            {
                "bedtime": "21:30",
                "sleep_onset": "21:50",
                "sol_min": 20,
                "awakenings": 0,
                "waso_min": 0,
                "final_wake": "05:10",
            },
        ),
        ("bed at 1, 7 hrs straight thru", {"bedtime": "01:00", "awakenings": 0, "waso_min": 0}),
        # wonder is no question
        ("Slept straight through, can you believe it.", {"awakenings": 0, "waso_min": 0}),
        # how long a waking lasted, told as a range after its name
        (
            "one wake-up, 2:40-3:05. up at 6:30",
            {"awakenings": 1, "waso_min": 25, "out_of_bed": "06:30"},
        ),
        ("up with him 1:30-2:15, bed 10", {"bedtime": "22:00", "awakenings": 1, "waso_min": 45}),
        # two times joined by "and" are two wakings, not a range
        (
            "two awakenings (~01:50 and ~04:10), each about 10 min",
            {"awakenings": 2, "waso_min": 20},
        ),
        ("awake between ~2 and ~3:15", {"awakenings": 1, "waso_min": 75}),
        # a total told with its minutes' unit left out
        (
            "awake 1:00 to 2:00 and 3:00 to 3:30. total awake in the night: 1 hr 30.",
            {"awakenings": 2, "waso_min": 90},
        ),
        # the last waking, with "for the day"
        ("Rack 2130. Awake for the day 0515.", {"bedtime": "21:30", "final_wake": "05:15"}),
        # what woke the patient, told first
        (
            "palpitations around 2, they woke me. back asleep by 2:30",
            {"awakenings": 1, "waso_min": 30},
        ),
        # a count that was someone else's, told beside the patient's own
        ("3 wake ups for her, one for me. bed 10", {"bedtime": "22:00", "awakenings": 1}),
        ("bed 10:20, woke up twice for the baby", {"bedtime": "22:20", "awakenings": 2}),
    ],
)
def test_ranges_totals_and_whose_count(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


@pytest.mark.parametrize(
    ("text", "effects"),
    [
        ("Nausea on waking — I'd grade it mild.", [("nausea", "mild")]),
        (
            "fatigue all day, 6/10 on my own scale, so moderate. bed 9",
            [("fatigue", "moderate")],
        ),
    ],
)
def test_a_grade_said_of_it(text: str, effects: list[tuple[str, str | None]] | None) -> None:
    assert _side_effects(text) == effects


def test_a_carer_passes_on_the_patients_rating() -> None:
    assert _diary_fields("Mom's night: bed 9, up 6. She rated it 4/5.")["quality"] == 4


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what the second review found
        ("nap yesterday, slept 1400 to 1530", {"nap_min": 90}),
        (
            "bed 11. the dog barked at 3, it woke me. up at 7",
            {"bedtime": "23:00", "out_of_bed": "07:00"},
        ),
        ("up with the dog 5-5:30 then up for the day", {"out_of_bed": "05:00"}),
        ("woke from about 3 to 4 and never got back to sleep", {"final_wake": "03:00"}),
        ("woke 3 times for the baby, it was too much for me", {"awakenings": 3}),
        ("4 wake ups for him, only one for me. bed 10", {"bedtime": "22:00", "awakenings": 1}),
        ("my husband slept from 10 to 6 straight through while i tossed and turned", {}),
        (
            "slept 11 to 7 straight through except once at 3 to pee",
            {"sleep_onset": "23:00", "final_wake": "07:00"},
        ),
        (
            "FIRST NIGHT SHE SLEPT THROUGH and so did i!! bed 10:30",
            {"bedtime": "22:30", "awakenings": 0, "waso_min": 0},
        ),
        (
            "6 hrs in total last night, up at 1 for 15 min, then 3 for 40 min",
            {"awakenings": 1, "waso_min": 55},
        ),
        ("my wife slept like a baby. she rated it 9/10. i barely slept", {}),
    ],
)
def test_what_the_second_review_found(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


def test_a_question_that_marvels_is_still_a_question() -> None:
    result = understand(
        "how long does the dizziness last, still have it, can you believe it",
        dt.datetime(2027, 3, 10, 8, 0),
        "America/New_York",
    )
    assert result.intent == "question"


def test_so_strong_is_severe() -> None:
    assert _side_effects("dizzy all morning after the infusion. So strong.") == [
        ("dizziness", "severe")
    ]


def test_last_night_as_a_label_sent_while_still_awake() -> None:
    result = understand(
        "Can't sleep so catching up. Last night: bed 10:45, alarm 6:30. 3/5.",
        dt.datetime(2027, 2, 9, 1, 20),
        "America/New_York",
    )
    assert result.entry is not None
    assert result.entry.diary_date == dt.date(2027, 2, 8)
    assert result.entry.final_wake == dt.time(6, 30)
