"""Phrasings the fourteenth session's blind sets found us misreading (November 2026): a
sleep-log's totals taken for clocks, corrections of a rating or a count, the time it took to
fall asleep said as "sleep came", and a spouse typing for the patient by name.

Our own sentences, one group per family, each with look-alikes that must still read as
before.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bot.understanding import understand
from tests.test_understanding_round8 import read
from tests.test_understanding_round11 import _diary_fields, _side_effects


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sleep log's totals are lengths, not clock times
        ("time in bed 8h, total sleep maybe 6, woke twice", {"awakenings": 2}),
        ("TIB 8, TST 6.5, up at 6:15", {"out_of_bed": "06:15"}),
        ("bed 23h, woke up 7h", {"bedtime": "23:00", "final_wake": "07:00"}),
        # "up with the alarm" is the waking the alarm made
        ("bed 11, up with the alarm at 6:10", {"bedtime": "23:00", "final_wake": "06:10"}),
        ("up w/ alarm 5:35", {"final_wake": "05:35"}),
        ("up with the baby at 2, bed at 10", {"bedtime": "22:00", "awakenings": 1}),
        # a time told again more exactly
        (
            "bed at 10, didnt drop off until after midnight, must have been half past twelve",
            {"bedtime": "22:00", "sleep_onset": "00:30", "sol_min": 150},
        ),
        # a count corrected after its noun
        ("4 awakenings, no wait, 3", {"awakenings": 3}),
        ("2 wakeups, no nightmares", {"awakenings": 2}),
        # the time it took to fall asleep, as "sleep came"
        (
            "lights out 10:30, sleep came fast, maybe 5 minutes",
            {"lights_out": "22:30", "sleep_onset": "22:35", "sol_min": 5},
        ),
        (
            "in bed at 11. sleep came after about 40 minutes",
            {"bedtime": "23:00", "sleep_onset": "23:40", "sol_min": 40},
        ),
        ("bed 11, SOL about 35", {"bedtime": "23:00", "sleep_onset": "23:35", "sol_min": 35}),
        ("bed 11, WASO maybe 30", {"bedtime": "23:00", "waso_min": 30}),
        # ... and as not falling asleep for a while, at the start of the night only
        (
            "too wired to sleep, i couldnt fall asleep for an hour. bed at 11",
            {"bedtime": "23:00", "sleep_onset": "00:00", "sol_min": 60},
        ),
        (
            "woke at 3 and couldnt fall asleep for an hour",
            {"awakenings": 1, "waso_min": 60},
        ),
        # up to pump in the night, each waking its length
        (
            "bed 10. up to pump at 1 and 4:30, about 20 min each. alarm 6:30",
            {"bedtime": "22:00", "awakenings": 2, "waso_min": 40, "final_wake": "06:30"},
        ),
    ],
)
def test_totals_corrections_and_falling_asleep(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


@pytest.mark.parametrize(
    ("text", "quality"),
    [
        # a rating taken back for another number on its scale
        ("bed 11. night was 6 out of 10, no wait actually 8", 4),
        ("slept 2/5, no, make that 3/5", 3),
        ("slept 4/10 - no, 2", 1),
        # ... not a count or a time after a "no"
        ("sleep 6/10 no 2 wakeups", 3),
        ("slept 5/10, no 3am wake up this time", 3),
        ("sleep 8/10, no nightmares", 4),
    ],
)
def test_a_rating_corrected(text: str, quality: int) -> None:
    assert _diary_fields(text).get("quality") == quality


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a spouse typing for the patient, named: "he" is the patient
        (
            "This is Ruth typing for Frank. He went to bed at 10 and got up at 6:45.",
            {"bedtime": "22:00", "out_of_bed": "06:45"},
        ),
        ("Frank says he was up twice to use the bathroom", {"awakenings": 2}),
        # ... but a note from the clinic or a doctor is not a carer's (with no "I" at all, a
        # report of "he" is the patient's: test_understanding_round15)
        ("Doctor says i should rest more. he went to bed at 11", {}),
    ],
)
def test_typing_for_someone_named(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # a question told as asked
        ("Frank wants to know how long the dizziness lasts", "question"),
        ("Frank asked me to ask whether he can drive after a treatment", "question"),
        ("i wanted to ask if the nightmares go away", "question"),
        # ... not a plan to ask later beside a night
        ("slept badly, nightmares. wanted to ask you about that next time", "diary"),
    ],
)
def test_questions_asked_for_someone(text: str, intent: str) -> None:
    assert read(text)[0] == intent


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "awake until" after someone else's waking is theirs, not the patient falling asleep
        ("He woke at 2 and was awake until 3. I slept till 6", {"final_wake": "06:00"}),
        # ... and after the patient's own waking, with an aside in brackets, time awake
        (
            "woke at 2 drenched (stupid heat), changed the sheets, awake til 3. alarm 5:45",
            {"awakenings": 1, "waso_min": 60, "final_wake": "05:45"},
        ),
        # a waking corrected, then its time awake: one waking
        (
            "woke at 3, no wait, it was 3:30 (wrong glasses), and was awake till about 4:15",
            {"awakenings": 1, "waso_min": 45},
        ),
        # the reading ended when the light went out
        (
            "bed at 9:30, read until 10:45 before I put the light out. took 20 min to drift off",
            {"bedtime": "21:30", "lights_out": "22:45", "sleep_onset": "23:05", "sol_min": 20},
        ),
        ("worked until 6 before I went to bed at 11", {"bedtime": "23:00"}),
        # slept like a rock, straight through, till the waking
        (
            "slept like a log straight thru till 5:15",
            {"awakenings": 0, "waso_min": 0, "final_wake": "05:15", "quality": 5},
        ),
        # a nap told by what it came after, then its times
        ("napped after lunch yesterday, from about 1 to 1:40", {"nap_min": 40}),
        ("dozed yesterday afternoon, from 3 until about 3:30", {"nap_min": 30}),
        ("napped after work, 5 to 6, bed at 11", {"nap_min": 60, "bedtime": "23:00"}),
    ],
)
def test_whose_awake_and_what_ended_when(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


@pytest.mark.parametrize(
    ("text", "quality"),
    [
        # someone else's rough night does not grade the patient's
        ("slept terribly, my wife had a rough night too", 1),
        ("had a rough night", 2),
    ],
)
def test_whose_night_was_rough(text: str, quality: int) -> None:
    assert _diary_fields(text).get("quality") == quality


@pytest.mark.parametrize(
    ("text", "effects"),
    [
        # a cause the patient names, the treatment ruled out: no side effect
        ("night sweats woke me twice (menopause, not the infusion)", None),
        ("bed at 11. hot flashes again, but those are just me", None),
        ("night sweats since the infusion", [("other", None)]),
        # a grade told in the next clause, of "it"
        ("headache since the infusion, it's pretty bad", [("headache", "moderate")]),
        ("headache since the infusion, it was mild", [("headache", "mild")]),
        # chart shorthand and the ways people say it
        ("HA mod this am", [("headache", "moderate")]),
        ("HR spiked to 115 during the infusion", [("elevated_heart_rate", None)]),
        ("so tired i could not hardly function", [("fatigue", "severe")]),
        ("tired, could barely function", [("fatigue", "severe")]),
    ],
)
def test_side_effects_owned_and_graded(
    text: str, effects: list[tuple[str, str | None]] | None
) -> None:
    assert _side_effects(text) == effects


def test_last_nights_sent_after_midnight_is_the_night_before() -> None:
    result = understand(
        "forgot to send last nights lol. slept like 7/10, woke up at 10",
        dt.datetime(2027, 9, 8, 1, 40),
        "America/New_York",
    )
    assert result.entry is not None
    assert result.entry.diary_date == dt.date(2027, 9, 7)


def test_a_writer_names_herself_and_the_patient() -> None:
    fields = _diary_fields("Carol for Frank. He went to bed at 10 and woke at half past six.")
    assert fields == {"bedtime": "22:00", "final_wake": "06:30"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an appointment or an event and its time are no waking
        (
            "bed 10:30, woke 5:45, dentist at 9 ugh",
            {"bedtime": "22:30", "final_wake": "05:45"},
        ),
        ("overslept, woke 6:10 and class started at 6", {"final_wake": "06:10"}),
        # a numbered list after a label counts no awakenings by its numbers
        (
            "notes: 1. bed 11 2. awake 3:00-3:20 3. awake 4:00-4:15 4. final wake 6:30",
            {"bedtime": "23:00", "awakenings": 2, "waso_min": 35, "final_wake": "06:30"},
        ),
    ],
)
def test_the_days_events_and_a_lists_numbers(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # a note to self is no question
        ("BP 150/92 at 0600. Will recheck at noon.", "diary"),
        ("will it help me sleep", "question"),
        # a carer passing on a question
        ("She's asking if she can have the infusion every other week", "question"),
    ],
)
def test_notes_to_self_and_questions_passed_on(text: str, intent: str) -> None:
    assert read(text)[0] == intent


def test_a_heart_that_felt_like_racing() -> None:
    assert _side_effects("heart felt kinda racing during the walk, slight") == [
        ("elevated_heart_rate", "mild")
    ]


def test_yesterdays_day_sleep_sent_after_midnight() -> None:
    result = understand(
        "yesterdays day sleep was rough. bed 8am, alarm 3pm",
        dt.datetime(2027, 2, 4, 2, 40),
        "America/New_York",
    )
    assert result.entry is not None
    assert result.entry.diary_date == dt.date(2027, 2, 3)
    assert result.entry.final_wake == dt.time(15, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # beside another clock written with an h, "up 7h" is a clock too
        ("bed 23h, up 7h", {"bedtime": "23:00", "out_of_bed": "07:00"}),
        # the writer awake after someone else's waking: the writer's waking
        ("the baby woke at 2 and I was awake until 3", {"awakenings": 1, "waso_min": 60}),
        ("the baby woke at 2 and was awake until 3. i slept till 6", {"final_wake": "06:00"}),
        # a bedtime someone else wants is no bedtime
        ("Doctor says he wants me in bed by 10. went to bed at 11", {"bedtime": "23:00"}),
    ],
)
def test_wrong_values_noted_last(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time corrected in the next sentence, with no cue of its own
        ("bed 9. no, 9:30. woke 2x", {"bedtime": "21:30", "awakenings": 2}),
        ("woke at 6. no, 6:20", {"final_wake": "06:20"}),
        ("bed 11. no side effects", {"bedtime": "23:00"}),
        # "nah", "naw": a count or a length taken back
        ("woke up like 6 times?? nah it was 4", {"awakenings": 4}),
        ("napped 2 hrs yesterday - naw, more like an hour an a half", {"nap_min": 90}),
        # a total told after the wakings
        ("woke twice for the bathroom and once for the dog, so 3 times total", {"awakenings": 3}),
        ("woke twice, so i was tired", {"awakenings": 2}),
        # each length hedged
        ("2 awakenings (~10 and ~20 min)", {"awakenings": 2, "waso_min": 30}),
        # an alarm for a report at 6, an alarm not heard
        ("alarm went off at 4:30 for a 6am report", {"final_wake": "04:30"}),
        ("did not hear the alarm at 7. woke at 8:15", {"final_wake": "08:15"}),
        # asleep almost at once; slept deeply and straight through; rose gently
        (
            "lights out 11, asleep almost immediately maybe 5 min",
            {"lights_out": "23:00", "sleep_onset": "23:05", "sol_min": 5},
        ),
        ("slept deeply and straight through", {"awakenings": 0, "waso_min": 0}),
        ("woke at 5:45 and rose gently at 6", {"final_wake": "05:45", "out_of_bed": "06:00"}),
    ],
)
def test_the_forty_ninth_and_fiftieth_sets(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


def test_a_symptoms_label_grades_no_night() -> None:
    fields = _diary_fields("a migraine woke me at 2, slept till 7. Pain: awful.")
    assert "quality" not in fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (review) wrong values the first versions recorded
        (
            "bed 23h. woke at 3 and was up 2h. got up 7h",
            {"bedtime": "23:00", "awakenings": 1, "waso_min": 120, "out_of_bed": "07:00"},
        ),
        ("woke twice last night, thats 3 times this week", {"awakenings": 2}),
        ("woke 3 times, making it 12 wakings over the last 4 nights", {"awakenings": 3}),
        ("woke 4 times, nah 2 of those were just the dog barking", {"awakenings": 4}),
        ("3 awakenings, no 2 of them were short", {"awakenings": 3}),
        (
            "went to bed at 11. bathroom at 2:30, couldnt fall asleep for an hour after. up at 7",
            {"bedtime": "23:00", "waso_min": 60, "out_of_bed": "07:00"},
        ),
        (
            "Fitbit says 6 hours. my wife was up with the baby at 3 till 4, i slept through. up"
            " at 7",
            {"awakenings": 0, "waso_min": 0, "out_of_bed": "07:00"},
        ),
        (
            "Stayed for dinner. my husband went to bed at 10, i went to bed at 12. up at 7",
            {"bedtime": "00:00", "out_of_bed": "07:00"},
        ),
        (
            "fell asleep watching the game at 10:30, woke at 6",
            {"sleep_onset": "22:30", "final_wake": "06:00"},
        ),
    ],
)
def test_what_the_review_found(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a log's "onset" label in a run of labels, and a symptom's onset told apart
        (
            "Bed 21:00, lights out 21:45, onset 22:05. Final wake 04:50.",
            {
                "bedtime": "21:00",
                "lights_out": "21:45",
                "sleep_onset": "22:05",
                "sol_min": 20,
                "final_wake": "04:50",
            },
        ),
        (
            "Bed 22:40. Onset 23:00. Awakenings 1.",
            {"bedtime": "22:40", "sleep_onset": "23:00", "sol_min": 20, "awakenings": 1},
        ),
        ("Bad headache. Onset 3am. bed at 11", {"bedtime": "23:00"}),
        ("chest tightness, onset 04:50, bed at 11", {"bedtime": "23:00"}),
        ("Nausea: mild, onset 15:40, resolved 17:10. Bed 22:30.", {"bedtime": "22:30"}),
        (
            "the cat knocked a lamp off the dresser at 3. back to sleep after a bit, woke at 6:30",
            {"final_wake": "06:30"},
        ),
        # the lamp put out
        (
            "into bed around 10:15, lamp off at 10:45, asleep around 1:30",
            {"bedtime": "22:15", "lights_out": "22:45", "sleep_onset": "01:30", "sol_min": 165},
        ),
        # paged in the night, then back in bed and asleep
        (
            "paged 0230 for an admit, back in bed and asleep by 0310. alarm 0600",
            {"awakenings": 1, "waso_min": 40, "final_wake": "06:00"},
        ),
    ],
)
def test_a_logs_labels_and_a_page_at_night(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (second review) a time said again only when nothing is said of it; a device or a
        # roommate is no carer; totals compared; a night's hour before "couldnt fall asleep";
        # "sleep came" only quickly or after a while; a range after "time in bed"
        (
            "bed at 10:30. no, 6 is my alarm not bedtime. up at 6",
            {"bedtime": "22:30", "out_of_bed": "06:00"},
        ),
        ("woke at 5:30. actually 7 is when I finally got out of bed", {"final_wake": "05:30"}),
        (
            "Roommate says I snored. She went to bed at 1, I was in bed by 11, up 7",
            {"bedtime": "23:00", "out_of_bed": "07:00"},
        ),
        ("woke up 2 times, thats 4 times less than before the infusion", {"awakenings": 2}),
        ("bed at 10, dog barked at 2, couldnt fall asleep for an hour", {"bedtime": "22:00"}),
        ("sleep came late, perhaps 4 hours in total. bed at 10", {"bedtime": "22:00"}),
        ("Time in bed: 10:30pm to 6:30am", {"bedtime": "22:30"}),
    ],
)
def test_what_the_second_review_found(text: str, expected: dict[str, Any]) -> None:
    fields = _diary_fields(text)
    assert {k: fields.get(k) for k in expected} == expected
