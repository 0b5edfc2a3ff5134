"""Phrasings the sixteenth session's blind sets found us misreading (November 2026): a night
handed over to be written down, a figure corrected with no unit, a blood pressure the writer
calls high, a length measured from the day's events, and a carer who looks on.

Our own sentences, one group per family, each with look-alikes that must still read as
before.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bot.understanding import understand
from tests.test_understanding_round11 import _diary_fields, _side_effects

MORNING = dt.datetime(2027, 3, 10, 8, 0)  # a Wednesday


def _intent(text: str) -> str:
    return understand(text, MORNING, "America/New_York").intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # asking the bot to write a night down hands the night over
        ("Could you log this for Monday night please: bed 10:30, up at 6", "diary"),
        ("can you record that i slept 6 hrs and woke twice", "diary"),
        ("could you note what the article says about rem sleep?", "question"),
        # an exclamation that opens with "how", and a habit told after "when"
        ("cant stop thinking about it. how easy it would be.", "other"),
        ("when work gets too much i skip dinner and go to bed at 8", "diary"),
        ("how easy is it to get an appointment this week", "question"),
        ("when should i take my evening meds", "question"),
        ("when the infusion wears off i get headaches, is that normal", "question"),
    ],
)
def test_a_night_handed_over_and_what_is_not_asked(text: str, intent: str) -> None:
    assert _intent(text) == intent


def test_a_night_handed_over_keeps_its_night() -> None:
    result = understand(
        "Would you put down for Sunday night: bed at ten, up at six.", MORNING, "America/New_York"
    )
    assert result.intent == "diary" and result.entry is not None
    assert result.entry.diary_date == dt.date(2027, 3, 8)
    assert (result.entry.bedtime, result.entry.final_wake or result.entry.out_of_bed) == (
        dt.time(22, 0),
        dt.time(6, 0),
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare figure after "no" corrects the length before it, in its unit
        (
            "nap 50 min this afternoon, no, 45 by my phone. bed 11",
            {"bedtime": "23:00", "nap_min": 45},
        ),
        ("took 15 min to drop off, no wait 25. alarm 6", {"sol_min": 25, "final_wake": "06:00"}),
        ("awake 20 min, no big deal. bed 11", {"bedtime": "23:00", "waso_min": 20}),
        ("napped 30 min, no 2 naps actually", {"nap_min": 30}),
        # a length from the day's events is not the time to fall asleep
        (
            "headache after the session but it was gone within an hour of getting home. bed 10",
            {"bedtime": "22:00"},
        ),
        ("bed 10, out within 20 min", {"bedtime": "22:00", "sleep_onset": "22:20", "sol_min": 20}),
        # a bound, then the time itself with no hedge
        (
            "bed a bit after 11, 11:10 on the clock, asleep by 11:40",
            {
                "bedtime": "23:10",
                "sleep_onset": "23:40",
                "sol_min": 30,
            },
        ),
        # "rose" after "finally" is getting up
        ("barely slept and finally rose at 4:45", {"out_of_bed": "04:45"}),
        # a night slept through, in shorthand
        ("Sleep through whole night! 4/5", {"awakenings": 0, "waso_min": 0, "quality": 4}),
        ("I never sleep through the whole night. bed 11", {"bedtime": "23:00"}),
    ],
)
def test_corrections_bounds_and_lengths(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a carer who looks on ("I'd say", "I had to hold his arm") tells the patient's night
        (
            "Walt was in bed by 9 and up at 5. He slept badly, I'd say.",
            {
                "bedtime": "21:00",
                "out_of_bed": "05:00",
                "quality": 2,
            },
        ),
        (
            "He was wobbly at supper, I had to hold his arm. He slept through the night though.",
            {"awakenings": 0, "waso_min": 0},
        ),
        (
            "He woke once at 1 and I got him settled again in 15 minutes. Up at 7.",
            {"awakenings": 1, "waso_min": 15, "out_of_bed": "07:00"},
        ),
    ],
)
def test_a_carer_who_looks_on(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


@pytest.mark.parametrize(
    ("text", "effects"),
    [
        # the writer's word on a reading, whatever the figures
        (
            "bp 136/86 after the infusion, a little elevated. bed 10",
            [("elevated_blood_pressure", "mild")],
        ),
        ("BP 152/96 this am. Quite high for me.", [("elevated_blood_pressure", "moderate")]),
        ("bp 150/95 this morning. bed 10", [("elevated_blood_pressure", None)]),
        ("bp 128/80, not high at all. bed 10", None),
        ("bp 118/76, normal. bed 10", None),
        # "0 side effects", weariness, floating
        ("slept 7h, 1 wake up, 0 side effects", []),
        ("a weariness all day i couldnt shift. bed 10", [("fatigue", None)]),
        ("felt strange after, like i float. bed 10", [("dissociation", None)]),
        ("weary of all these forms. bed 10", None),
    ],
)
def test_side_effects_said_in_the_writers_words(
    text: str, effects: list[tuple[str, str | None]] | None
) -> None:
    assert _side_effects(text) == effects


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a report of no sleep at all is a night reported
        ("pulled an all nighter, 0 sleep", {}),
        # a count that is the stomach's, not the night's
        ("woke at 5:40 queasy, vomited once", {"final_wake": "05:40"}),
        # a bedtime's number before "wake up" is a time, not a count
        ("bed 11 wake up 6", {"bedtime": "23:00", "final_wake": "06:00"}),
        (
            "bed 10, 2 wake ups, up at 6",
            {"bedtime": "22:00", "awakenings": 2, "out_of_bed": "06:00"},
        ),
        # ratings side by side each grade their own
        ("sleep 6/10 pain 7/10. bed 11", {"bedtime": "23:00", "quality": 3}),
        ("a 6/10 pain all night. bed 11", {"bedtime": "23:00"}),
        # a good night, said as the night's grade
        ("good night for once, bed 10", {"bedtime": "22:00", "quality": 4}),
        # sleep that came, in few words; no wakes
        (
            "bed 11, sleep come fast, maybe 15 min",
            {"bedtime": "23:00", "sleep_onset": "23:15", "sol_min": 15},
        ),
        (
            "asleep 23:00, no wakes, up 6:30",
            {"sleep_onset": "23:00", "awakenings": 0, "waso_min": 0, "out_of_bed": "06:30"},
        ),
        # a waking's stretch by the clock
        (
            "bed 22:00. woke once, 2:10-2:50. alarm 6",
            {"bedtime": "22:00", "awakenings": 1, "waso_min": 40, "final_wake": "06:00"},
        ),
        ("woke 2-3 times, up at 7", {"out_of_bed": "07:00"}),
        # lying there awake after a waking is time awake
        (
            "woke at 2:30, lay there awake till about 3, then slept till 6",
            {"awakenings": 1, "waso_min": 30, "final_wake": "06:00"},
        ),
        # someone named in a "when" clause gets up on their own
        ("woke once when dave got up at 4:30 for his shift. 7/10", {"awakenings": 1, "quality": 4}),
        ("woke when i got up at 5", {"out_of_bed": "05:00"}),
        (
            "couldnt sleep til 3 after gettin in bed at 2",
            {"bedtime": "02:00", "sleep_onset": "03:00", "sol_min": 60},
        ),
        # a correction told by someone who heard the night
        ("woke four times, no, my wife corrects me, it was two", {"awakenings": 2}),
        # a carer's "went down at"
        ("Ben went down at 8:30 and slept till 6.", {"bedtime": "20:30", "final_wake": "06:00"}),
        ("the power went down at 11, bed at 11:30", {"bedtime": "23:30"}),
    ],
)
def test_counts_ratings_and_whose_time(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


def test_a_night_caught_up_on_after_midnight() -> None:
    result = understand(
        "cant sleep so doing this now. last night the baby woke me twice, alarm at 6",
        dt.datetime(2027, 3, 10, 0, 40),
        "America/New_York",
    )
    assert result.entry is not None
    assert result.entry.diary_date == dt.date(2027, 3, 9)
    assert (result.entry.awakenings, result.entry.final_wake) == (2, dt.time(6, 0))


@pytest.mark.parametrize(
    ("text", "intent", "effects"),
    [
        # a symptom that needs a clinician now is a report on the record, whatever its words
        (
            "went down in the yard an hour ago, wife says i was out cold for a minute",
            "diary",
            [("other", None)],
        ),
        ("did it twice, bp 205/120, head pounding", "diary", None),
        # the bot's question, quoted in a complaint, is no night told
        ("this thing keeps asking how i slept but i work nights", "other", None),
        ("did it twice?", "question", None),
    ],
)
def test_urgent_reports_and_quoted_questions(
    text: str, intent: str, effects: list[tuple[str, str | None]] | None
) -> None:
    result = understand(text, MORNING, "America/New_York")
    assert result.intent == intent
    if effects is not None:
        assert result.entry is not None
        assert sorted((e.name, e.severity) for e in result.entry.side_effects or []) == effects


@pytest.mark.parametrize(
    ("text", "effects"),
    [
        (
            "his heart 'pounding,' fairly strong after the infusion. bed 10",
            [("elevated_heart_rate", "moderate")],
        ),
        (
            "the numbers on the clock were double, i saw two of each. bed 10",
            [("blurred_vision", None)],
        ),
        (
            "felt like i was watching myself from outside, quite strong for an hour. bed 10",
            [("dissociation", "moderate")],
        ),
    ],
)
def test_more_side_effects_in_the_writers_words(
    text: str, effects: list[tuple[str, str | None]] | None
) -> None:
    assert _side_effects(text) == effects


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's: things that rise or go down are not the patient
        ("the sun finally rose at 7 and i was still awake. bed 11", {"bedtime": "23:00"}),
        ("my sats went down at 3, bed 11", {"bedtime": "23:00"}),
        ("the app went down at 11 so logging now: bed 11:30", {"bedtime": "23:30"}),
        # a bound then another event at a time is no refinement
        (
            "bed after 10, 10:40 the dog barked, asleep 11:15",
            {
                "bedtime": "22:00",
                "sleep_onset": "23:15",
                "sol_min": 75,
            },
        ),
        # a hope to sleep through is not a night slept through
        ("bed at 10, fingers crossed i sleep through the whole night", {"bedtime": "22:00"}),
        # awake after the last waking, then up
        (
            "woke at 6:30, lay there awake till 7 then up",
            {"final_wake": "06:30", "out_of_bed": "07:00"},
        ),
    ],
)
def test_what_the_review_found(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


@pytest.mark.parametrize(
    ("text", "effects"),
    [
        ("bp 122/78 after infusion. high anxiety all evening", [("anxiety", None)]),
        ("blood pressure 125/80, pulse high at 110. bed 10", [("elevated_heart_rate", None)]),
        ("i watch myself sleep on the baby cam lol. bed 10", None),
        ("so weary of this insomnia, bed 1 asleep 3", None),
    ],
)
def test_side_effects_the_review_found(
    text: str, effects: list[tuple[str, str | None]] | None
) -> None:
    assert _side_effects(text) == effects


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("can you log my sleep from my fitbit automatically", "question"),
        ("could you add my wife as a contact", "question"),
        ("how bad it is to nap in the day", "question"),
        ("good night again bot, see you tomorrow", "other"),
    ],
)
def test_intents_the_review_found(text: str, intent: str) -> None:
    assert _intent(text) == intent


def test_a_helper_s_own_night_is_not_the_emergency() -> None:
    result = understand(
        "my coworker passed out at work 10 min ago, i drove her home. slept fine myself",
        MORNING,
        "America/New_York",
    )
    assert result.entry is not None and result.entry.side_effects is None


def test_a_night_still_going_keeps_its_date() -> None:
    result = understand(
        "cant sleep so writing this now. in bed since 11 last night, wide awake",
        dt.datetime(2027, 3, 10, 1, 30),
        "America/New_York",
    )
    assert result.entry is not None and result.entry.diary_date == dt.date(2027, 3, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count, then "I" and its waking
        (
            "slept badly. a couple of times i wake up from the traffic",
            {"awakenings": 2, "quality": 2},
        ),
        ("a few times i thought about work. bed 11", {"bedtime": "23:00"}),
        # each, after a hedge
        ("woke up 3 times, 10 min or so each time", {"awakenings": 3, "waso_min": 30}),
        # a number of things is no hour
        (
            "heart racing when i lay down, prob the 3 espressos. asleep around 12",
            {"sleep_onset": "00:00"},
        ),
        # a carer passing the night on
        (
            "Walt wanted me to tell you he was in bed by 9 and slept straight through till 5.",
            {"bedtime": "21:00", "awakenings": 0, "waso_min": 0, "final_wake": "05:00"},
        ),
        # a night graded in surprise
        ("honestly a good night?? up once", {"awakenings": 1, "quality": 4}),
    ],
)
def test_the_fifty_ninth_set(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


@pytest.mark.parametrize(
    ("text", "effects"),
    [
        # a plain no beside the pain being treated; an exception kept
        ("no side effects from the infusion, nada. pain 4/10 today", []),
        ("no side effects from the infusion except a sore arm", [("other", None)]),
    ],
)
def test_a_plain_no_beside_a_pain(text: str, effects: list[tuple[str, str | None]]) -> None:
    assert _side_effects(text) == effects


def test_a_good_night_asked_about_is_a_question() -> None:
    assert _intent("a good night? what makes a good night?") == "question"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the second review's: a habit, or waking someone else
        (
            "a couple of times i wake up early on weekends. last night bed 11, up 6",
            {
                "bedtime": "23:00",
                "out_of_bed": "06:00",
            },
        ),
        (
            "a few times i wake up my wife when i get up for the milking. bed 9 up 4",
            {
                "bedtime": "21:00",
                "out_of_bed": "04:00",
            },
        ),
        # the news and the rounds have hours
        (
            "got in bed at the 10 news, asleep during the 11 news",
            {
                "bedtime": "22:00",
                "sleep_onset": "23:00",
                "sol_min": 60,
            },
        ),
        ("woke for the 4 obs, back asleep by 4:30", {"awakenings": 1, "waso_min": 30}),
        # a household word is no carer's
        (
            "hot night in our house, couldnt get to sleep till 2, he got up at 5 for the milking",
            {
                "sleep_onset": "02:00",
            },
        ),
        # each, after a comma, is another clause
        ("woke twice, 10 min or so, each time it was the dog", {"awakenings": 2, "waso_min": 10}),
    ],
)
def test_what_the_second_review_found(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


@pytest.mark.parametrize(
    ("text", "effects"),
    [
        ("no side effects, arm is sore from the iv though", [("other", None)]),
        ("no side effects, pain at the iv site 6/10", [("other", None)]),
        (
            "no side effects from tuesday's infusion, nada 🙌 sleep 6/10, pain 4/10 (lowest in"
            " months)",
            [],
        ),
    ],
)
def test_a_plain_no_and_the_pain_it_leaves(
    text: str, effects: list[tuple[str, str | None]]
) -> None:
    assert _side_effects(text) == effects


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("a good night?? what counts as a good night", "question"),
        ("so a normal night?? or is something wrong", "question"),
    ],
)
def test_a_night_graded_then_asked(text: str, intent: str) -> None:
    assert _intent(text) == intent


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the fifty-seventh set's, kept unread to the end: a plan inside a run-on is its own
        (
            "in bed at 10 took me like 15 minutes to fall asleep woke up once at 3 because my"
            " phone buzzed which i really need to stop doing woke up for the day at 6:10",
            {
                "bedtime": "22:00",
                "sleep_onset": "22:15",
                "sol_min": 15,
                "awakenings": 1,
                "final_wake": "06:10",
            },
        ),
        # out of the rack at once
        (
            "Bed 2200. Woke 0600, out of the rack immediately.",
            {
                "bedtime": "22:00",
                "final_wake": "06:00",
                "out_of_bed": "06:00",
            },
        ),
        # a grown child writing for a parent
        (
            "For Monday (I forgot to send it): Dad went to bed at 9, was up a couple of times",
            {"bedtime": "21:00", "awakenings": 2},
        ),
        (
            "Bed 8:50, I woke her at 7. She says 8/10.",
            {
                "bedtime": "20:50",
                "final_wake": "07:00",
                "quality": 4,
            },
        ),
    ],
)
def test_the_fifty_seventh_set(text: str, expected: dict[str, Any]) -> None:
    fields = _diary_fields(text)
    fields.pop("diary_date", None)
    assert fields == expected


def test_a_phone_that_buzzed_is_no_side_effect() -> None:
    assert _side_effects("woke at 3 because my phone buzzed with a client text") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the third review's: a parent's night beside the writer's own
        (
            "Dad went to bed at 8 like always. Bed 10:30 for me, up at 6",
            {
                "bedtime": "22:30",
                "out_of_bed": "06:00",
            },
        ),
        (
            "Mom went to bed at 9. Bed 11 asleep by 12 woke 3 times up at 7",
            {
                "bedtime": "23:00",
                "sleep_onset": "00:00",
                "sol_min": 60,
                "awakenings": 3,
                "out_of_bed": "07:00",
            },
        ),
        (
            "He went to bed at 9:30. Bed for me 11, up 7. Let me know if you need more",
            {
                "bedtime": "23:00",
                "out_of_bed": "07:00",
            },
        ),
    ],
)
def test_what_the_third_review_found(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plan for tonight inside a run-on: what came before it is last night's, nothing after
        (
            "asleep around 1 woke at 7 and tonight im going to lay down at 9 and get up at 5",
            {"sleep_onset": "01:00", "final_wake": "07:00"},
        ),
        (
            "bed at 11 fell asleep around 12 and tonight i need to be in bed by 9 because i got"
            " to be up at 4 for work",
            {"bedtime": "23:00", "sleep_onset": "00:00", "sol_min": 60},
        ),
    ],
)
def test_tonights_plan_in_a_run_on(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected
