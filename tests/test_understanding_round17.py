"""Phrasings the twenty-first session's blind sets (tests/data/mixed/mixed_60-67) found us
misreading, and what two read-throughs of those rules found them misreading in turn: a carer
passing on a question, a count corrected after "wait no", being awake until a time after a
waking, a day sleeper's bare times, an alarm beside where the writer was next, the light put
out, and ratings and symptoms told of something else.

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


def _intent(text: str) -> str:
    return understand(text, MORNING, "America/New_York").intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # a carer passing on the patient's question, in its reported form
        ("Dad asks if the dizziness after infusions goes away", "question"),
        ("my wife wonders whether ketamine can cause nightmares", "question"),
        ("grandpa asks can he drive himself home after", "question"),
        ("nana is asking why her blood pressure goes up during it", "question"),
        # ... and not a question put to the writer, or one told as a story
        ("my husband asks if im ok, slept badly", "diary"),
        ("mom asked what time i went to bed, told her 11", "diary"),
        # asking the bot not to message is a complaint, not a question
        ("can you not text me before 8 on sundays", "other"),
        ("could u not ping me so early", "other"),
        ("can you not take ketamine if you have high blood pressure?", "question"),
        # a request for the clinic's details, however it is worded
        ("Request the clinic's phone number please.", "question"),
        ("requesting your opening hours for next week", "question"),
        ("I would like the address of the clinic", "question"),
        # a rating given to something else
        ("that reminder came mid-meeting, 1/10 timing", "other"),
        ("the app is fine, 8/10 experience", "other"),
        # habitual bedtimes beside a question
        ("are my late bedtimes why the infusions arent working?", "question"),
    ],
)
def test_who_asks_and_what_is_graded(text: str, intent: str) -> None:
    assert _intent(text) == intent


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count corrected with "wait no", or after a thought on it
        ("woke 3 times, wait no 4", {"awakenings": 4}),
        ("up twice. wait no, three times", {"awakenings": 3}),
        ("woke twice, or rather, thinking about it, three times", {"awakenings": 3}),
        ("woke 5 times, or rather, on second thought, four", {"awakenings": 4}),
        # ... and not a part of them
        ("woke 3 times, no 2 of those were the cat", {"awakenings": 3}),
        # awake until a time, after a waking, ends the waking (not the night's falling asleep)
        (
            "woke at 1:40 with the baby. awake till 3. slept again till 6",
            {"awakenings": 1, "waso_min": 80, "final_wake": "06:00"},
        ),
        (
            "leg cramp at 3, awake till 3:45, alarm 6:30",
            {"awakenings": 1, "waso_min": 45, "final_wake": "06:30"},
        ),
        # ... but at bedtime it is the wait to fall asleep
        (
            "bed at 11, awake till 1, then slept till 7",
            {"bedtime": "23:00", "sleep_onset": "01:00", "sol_min": 120, "final_wake": "07:00"},
        ),
        (
            "bed at 12:30, 1am still awake, awake till 3",
            {"bedtime": "00:30", "sleep_onset": "03:00", "sol_min": 150},
        ),
        # woken upright, and no sleep after
        (
            "sat up in bed at 4 from a nightmare and never got back to sleep",
            {"final_wake": "04:00"},
        ),
        ("in bed at 10, sat up reading till 11", {"bedtime": "22:00"}),
        # settling again after a waking: the night went on
        (
            "woke at 2:30 with cramps, took ages to settle. up at 6:15",
            {"awakenings": 1, "out_of_bed": "06:15"},
        ),
        # standing up from a chair is not getting out of bed
        (
            "stood up from the couch at 9pm and the room spun. bed 11, up 6:30",
            {"bedtime": "23:00", "out_of_bed": "06:30"},
        ),
        # what filled the time before getting up in the morning was no waking
        (
            "woke at 6, got up at 6:40 after reading for a while",
            {"final_wake": "06:00", "out_of_bed": "06:40"},
        ),
        (
            "got up at 2 for a while, then back to sleep till 7",
            {"awakenings": 1, "final_wake": "07:00"},
        ),
        # a day sleeper's bare times, on the half of the day their bedtime names
        (
            "in bed 9am, asleep by 9:30, alarm 4pm",
            {"bedtime": "09:00", "sleep_onset": "09:30", "sol_min": 30, "final_wake": "16:00"},
        ),
        ("bed 11pm, asleep by 12:30", {"bedtime": "23:00", "sleep_onset": "00:30", "sol_min": 90}),
        ("bed 10:30pm, lights out 11", {"bedtime": "22:30", "lights_out": "23:00"}),
        # an alarm, then where the writer was by a later time
        ("alarm 4:15, at the bakery by 5", {"final_wake": "04:15"}),
        ("woke at 2, at 4 and at 6", {"awakenings": 2, "final_wake": "06:00"}),
    ],
)
def test_wakings_corrected_ended_and_placed(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare "nothing" after trying to sleep is the night's, not the side effects'
        ("lights off at 11, nothing. ugh", None),
        ("bed 11, up 7, nothing", []),
        # a blood pressure read off a monitor
        ("monitor read 168/104 this morning", [("elevated_blood_pressure", None)]),
        ("the cuff said 152/96 again", [("elevated_blood_pressure", None)]),
        ("the baby monitor went off at 3. woke at 6:30", None),
        # ringing ears, however long it has gone on
        ("my ears have been ringing since the infusion", [("other", None)]),
        ("ears still ringing a bit after tuesdays session", [("other", "mild")]),
        # colours and shapes seen in the session itself
        ("saw colours and patterns during the infusion, gone by dinner", [("other", None)]),
        ("saw the colors of the sunset on the drive home, slept well", None),
    ],
)
def test_side_effects_told_in_passing(
    text: str, expected: list[tuple[str, str | None]] | None
) -> None:
    assert _side_effects(text) == expected


def test_a_carers_relayed_question_is_answered_or_referred() -> None:
    result = understand(
        "Mum asks whether she can take her sleeping tablet after the infusion",
        MORNING,
        "America/New_York",
    )
    assert result.intent == "question"
    assert result.faq is not None and result.faq.source is None  # her own medication


def test_the_bedtime_habit_is_no_nights_bedtime() -> None:
    intent, fields = read("10pm bedtimes all week, but last night bed at 12")
    assert intent == "diary" and fields.get("bedtime") == "00:00"


# --- the second wave (mixed_62 and mixed_63, read after their blind scoring) ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # falling asleep said as being knocked out
        (
            "bed 1:15, took maybe 20 min to knock out, up at 9",
            {"bedtime": "01:15", "sleep_onset": "01:35", "sol_min": 20, "out_of_bed": "09:00"},
        ),
        # up and about at a time in words
        ("in bed by ten, up and about at half six", {"bedtime": "22:00", "out_of_bed": "06:30"}),
        # a log's labelled total of time awake is the total, beside its ranges
        (
            "awakenings: 2 (01:00-01:20, 03:30-03:40)\nwaso: 30 min",
            {"awakenings": 2, "waso_min": 30},
        ),
        # a form's next line, with a label and a unit of its own, keeps the time before
        (
            "bed: 22:45\nfinal_wake: 06:20\nhr: 98 bpm at 21:00",
            {"bedtime": "22:45", "final_wake": "06:20"},
        ),
        ("slept 7:10 hrs", {}),
        # a way of speaking is no plan for tonight
        ("gonna be honest, slept terribly. bed at 1", {"quality": 1, "bedtime": "01:00"}),
        ("not gonna lie i slept great", {"quality": 5}),
    ],
)
def test_form_lines_and_turns_of_phrase(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my dreams keep getting weirder since the infusions", [("vivid_dreams", None)]),
        ("dreams getting wilder every week", [("vivid_dreams", None)]),
        (
            "a bit of heart flutter after the session, gone by evening",
            [("elevated_heart_rate", "mild")],
        ),
        ("fluttering in my chest around 9, slept ok", [("elevated_heart_rate", None)]),
        ("i could see double for an hour after", [("blurred_vision", None)]),
        ("head pounding, like a hangover", [("fatigue", None), ("headache", None)]),
        ("hungover feeling all morning", [("fatigue", None)]),
        # a child named by age is someone else
        ("my 7 yr old threw up at 1, slept badly after", None),
        ("our four-year-old had a bad dream at 3", None),
        # ill, not vomiting
        ("so tired of being sick, slept awful", None),
        ("was sick twice after the infusion", [("vomiting", None)]),
    ],
)
def test_side_effects_in_other_words(
    text: str, expected: list[tuple[str, str | None]] | None
) -> None:
    assert _side_effects(text) == expected


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # a subject dropped, as in a second language: a report, not a question
        ("after the infusion my lips is swelling, is hard to breathe", "diary"),
        ("hello is me Ana, my son set up the phone", "other"),
        ("is it hard to sleep after the first infusion", "question"),
        ("will better sleep last after the infusions stop", "question"),
    ],
)
def test_a_subject_dropped_is_no_question(text: str, intent: str) -> None:
    assert _intent(text) == intent


def test_last_night_put_in_after_midnight_is_last_night() -> None:
    result = understand(
        "still up doing dishes but want to put in last night. bed 11, up 6:30",
        MORNING.replace(hour=0, minute=30),
        "America/New_York",
    )
    assert result.entry is not None
    assert result.entry.diary_date == MORNING.date() - dt.timedelta(days=1)


def test_fewer_wakings_wished_for_is_no_overdose() -> None:
    from bot.safety import assess

    assert (
        assess("does the medicine help so i dont wake up so many times at night?").level == "none"
    )
    assert assess("saving my pills so i dont wake up").level == "crisis"


# --- a read-through of the change by a helper: what the first rules misread ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "12pm" is as often midnight: no half of the day is lent from it
        (
            "bed 12pm, asleep 1:30, up 8",
            {"bedtime": "12:00", "sleep_onset": "01:30", "out_of_bed": "08:00"},
        ),
        # a day sleeper's night across noon
        ("bed 11:30am, asleep 12:15", {"bedtime": "11:30", "sleep_onset": "12:15", "sol_min": 45}),
        # awake till a time after getting home is the wait to fall asleep
        (
            "got home at 1am, awake till 3:30 then slept til 9",
            {"sleep_onset": "03:30", "final_wake": "09:00"},
        ),
        (
            "bed 10:30. neighbours party until 1am, i was awake till 2:30. up at 7",
            {"bedtime": "22:30", "sleep_onset": "02:30", "sol_min": 240, "out_of_bed": "07:00"},
        ),
        (
            "bed 10, the fire alarm went off at 2, awake till 3",
            {"bedtime": "22:00", "awakenings": 1, "waso_min": 60},
        ),
        # sitting up to read is no waking
        (
            "sat up in bed at 10 reading, lights out 10:45, up 6:30",
            {"bedtime": "22:00", "lights_out": "22:45", "out_of_bed": "06:30"},
        ),
        # up for a while early, then up for good
        (
            "bed 11, up at 6 for a while, then got up for good at 7:30",
            {"bedtime": "23:00", "awakenings": 1, "out_of_bed": "07:30"},
        ),
        # standing up at a time is getting up; from a chair it is not
        (
            "woke 6:40, stood up at 6:50 and made coffee",
            {"final_wake": "06:40", "out_of_bed": "06:50"},
        ),
        ("got up at 6:30, took a bit to settle into the day", {"out_of_bed": "06:30"}),
        # a watch's length with a unit on the next line is no clock
        ("final_wake: 07:10\nmeds taken: 21:30", {"final_wake": "07:10"}),
    ],
)
def test_read_through_readings(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("my daughter asks when i went to bed, it was 11, up at 7", "diary"),
        ("everyone is asking how i'm doing, honestly not great, slept 4 hours", "diary"),
        ("is better to take it with food or without", "question"),
        ("is hard to sleep after the infusion or is just me", "question"),
        ("time asleep 7:05\nhr 61 resting", "other"),
    ],
)
def test_read_through_intents(text: str, intent: str) -> None:
    assert _intent(text) == intent


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the past year headaches have been constant, bad one today", [("headache", None)]),
        ("felt like a hangover all morning after the infusion", [("fatigue", None)]),
        ("saw double rainbows from my window lol. slept fine", None),
        ("could see the lights in the treatment room flickering, slept ok", None),
        ("my ears keep ringing with the baby crying all night lol. slept 5 hrs", None),
    ],
)
def test_read_through_side_effects(
    text: str, expected: list[tuple[str, str | None]] | None
) -> None:
    assert _side_effects(text) == expected


@pytest.mark.parametrize(
    ("text", "quality"),
    [
        ("quality 8/10 experience overall", 4),
        ("night was a 4/10 experience, woke 3 times", 2),
        ("slept 6/10 reminders are working great btw", 3),
    ],
)
def test_a_night_rating_beside_other_words(text: str, quality: int) -> None:
    assert _diary_fields(text).get("quality") == quality


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # crises the first rules silenced
        ("took all my pills so i never wake up at night again", "crisis"),
        ("pills so i can die in the night peacefully", "crisis"),
        ("tonight is the night. made my peace. my boyfriend will understand", "crisis"),
        ("waiting for the right night. my fiance works late on fridays", "crisis"),
        ("ive set a date. i know how", "crisis"),
        ("i cut my arm till it bled and it felt good", "crisis"),
        ("how many would i need to take to not wake up", "crisis"),
        ("nobody will find me till its too late", "crisis"),
        ("they wont have to deal with me much longer", "crisis"),
        ("pt c/o persistent AH since infusion", "urgent"),
        ("fell in the night, still lying on the floor, cant get up", "urgent"),
        # look-alikes that alarmed once the rules could read them
        ("ok so update: me and my gf set a date!! june 12 next year", "none"),
        ("the reminder didnt reach me till the morning, phone was dead", "none"),
        ("I set my time zone wrong in the app so the reminders are late", "none"),
        ("my watch was off by an hour so i fixed the time", "none"),
        ("the nurses said they will look after me after the treatment", "none"),
        ("the vet said we shouldnt make her suffer so we put our old dog down", "none"),
        ("grandma is ok about the idea of dying, shes 96 and ready", "none"),
        ("the snow is still on the ground so no morning walk", "none"),
        ("couldnt sleep so i went onto the deck to watch the stars", "none"),
        ("so exhausted i cant form sentences, bed at 9 tonight", "none"),
        ("still ah not sure how to answer the mood question", "none"),
        ("held my husbands hand through the infusion and felt calm", "none"),
        ("kicked my legs out of the covers all night, it felt better", "none"),
        ("what dosage of melatonin should i take to not wake up every hour", "none"),
        ("how much melatonin should i take to not wake up at 3am", "none"),
    ],
)
def test_read_through_safety(text: str, level: str) -> None:
    from bot.safety import assess

    assert assess(text).level == level


# --- the third wave (mixed_64-67, read after their blind scoring) -----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the light put out, however it is said
        (
            "bed 10:15, turning out the lamp at 10:40, asleep by 11",
            {"bedtime": "22:15", "lights_out": "22:40", "sleep_onset": "23:00", "sol_min": 20},
        ),
        (
            "in bed at 11 but lights out wasnt until 12:30",
            {"bedtime": "23:00", "lights_out": "00:30"},
        ),
        # a log's short label, stars with a word after, a grade of the day's sleep
        ("Woke 2x. Qual 3/5.", {"awakenings": 2, "quality": 3}),
        ("bed 9, up 6. 4 stars today", {"bedtime": "21:00", "out_of_bed": "06:00", "quality": 4}),
        ("woke 3 times. 6/10 day sleep", {"awakenings": 3, "quality": 3}),
        ("slept 6/10 days this week", {}),
        # a night graded in surprise
        ("best sleep in weeks?? bed at 10:30", {"bedtime": "22:30", "quality": 5}),
        # a correction owned in other words
        ("woke four times; no, I misremember, three", {"awakenings": 3}),
        ("twice i woke, no, let me correct myself, once", {"awakenings": 1}),
    ],
)
def test_lights_grades_and_owned_mistakes(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected
