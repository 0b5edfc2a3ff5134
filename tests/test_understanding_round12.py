"""Phrasings the twelfth session found us misreading (November 2026): the blind sets of the
eleventh session, read after they were scored, and the mixed sets written this session.

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
    ("text", "effects"),
    [
        # "none" said with a word of kind between
        ("bed 11, up 6:30. no weird side effects", []),
        ("slept ok, no strange infusion symptoms", []),
        ("no new odd issues, bed at 10", []),
        # problems with the night are not the treatment's effects
        ("no real problems falling asleep, bed 10:30", None),
        ("no issues with sleeping, bed 11, no side effects", []),
        # the heart, told as a thing it did
        (
            "lay there with my heart doing that fluttery thing, bed 11",
            [("elevated_heart_rate", None)],
        ),
        ("woke at 4 with my heart going, back asleep by 5", [("elevated_heart_rate", None)]),
        ("a fluttery heartbeat for a while after, slept ok", [("elevated_heart_rate", None)]),
        ("my heart go so fast after the infusion, bed 10", [("elevated_heart_rate", None)]),
        ("my hr was up most of the evening, slept badly", [("elevated_heart_rate", None)]),
        # a stomach that felt sick is nausea; one that was not, is not
        ("my tummy felt off and sick at breakfast, bed 10", [("nausea", None)]),
        ("stomach felt kinda sick when i got up, slightly", [("nausea", "mild")]),
        ("my stomach was not sick at all, bed 10", None),
        # taste, light and things not there
        ("odd taste in my mouth all evening, bed 10:15", [("other", None)]),
        ("slept fine, i had a good taste of sleep for once", None),
        ("sensitivity to light all afternoon, bed at 9", [("other", None)]),
        ("light sensitivity, slept 7h", [("other", None)]),
        ("saw patterns that were not there on the ceiling, slept ok", [("other", None)]),
        ("saw lights that weren't there after the session, bed 10", [("other", None)]),
        # a dream like a film is a vivid dream, not feeling unreal
        ("crazy dreams, just like a movie, woke at 5", [("vivid_dreams", None)]),
        ("dream so real 😳 like in a film. up at 6", [("vivid_dreams", None)]),
        ("dreams were fine. the evening felt like a movie", [("dissociation", None)]),
    ],
)
def test_side_effects_of_new_writers(
    text: str, effects: list[tuple[str, str | None]] | None
) -> None:
    assert _side_effects(text) == (None if effects is None else sorted(effects))


@pytest.mark.parametrize(
    ("text", "effects"),
    [
        # a grade after a picture of the symptom
        (
            "so dizzy at the gym, like the floor was moving, pretty bad. bed 10",
            [("dizziness", "moderate")],
        ),
        ("headache, like a drill, mild. bed 10:30", [("headache", "mild")]),
        # ... and a grade that is itself said "like"
        ("also exhausted, like really bad. bed 10", [("fatigue", "severe")]),
        # a grade that restates how much
        ("dizzy in the kitchen, quite noticeable. bed 11", [("dizziness", "moderate")]),
        # losing the day across a semicolon
        ("exhausted all day; could not function at work. bed 9:30", [("fatigue", "severe")]),
        ("light sensitivity 6/10 after the session. bed 10", [("other", None)]),
        ("a light headache, bed 10", [("headache", "mild")]),
    ],
)
def test_severity_told_after(text: str, effects: list[tuple[str, str | None]]) -> None:
    assert _side_effects(text) == sorted(effects)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a heart rate or a pressure that was up is not the patient awake
        ("my watch showed HR up for a couple hours after. bed 10", {"bedtime": "22:00"}),
        ("bp was up for an hour after dinner, bed 10:30", {"bedtime": "22:30"}),
        ("pulse stayed up for 2 hours, woke at 6", {"final_wake": "06:00"}),
        ("was up for an hour at 3, woke at 6", {"waso_min": 60, "final_wake": "06:00"}),
        # what a body did, told without "I", is a report, not a question
        ("could feel it thumping in my ears. bed 11", {"bedtime": "23:00"}),
    ],
)
def test_readings_and_dropped_subjects(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # a rate of awakenings is how nights go, not last night
        ("i wake like 3 times a night, is that the ketamine", "question"),
        ("my wakeups went from 5 a night to 2 since starting. is that usual?", "question"),
        ("up 2x a night all month. normal?", "question"),
        # saying when the diary will be filled in
        ("will submit tonight after my shift", "other"),
        ("will backfill the last few days when i'm home", "other"),
        ("can complete it later, busy now", "other"),
        # "when the ..." sets a condition
        ("when the kids finally settle i get maybe 4 hours", "other"),
        # questions still asked
        ("will ketamine fix my sleep", "question"),
        ("can infusions cause nightmares", "question"),
        ("could this be why i wake at 3", "question"),
        ("when will the dizziness stop", "question"),
    ],
)
def test_rates_plans_and_conditions(text: str, intent: str) -> None:
    assert read(text)[0] == intent


def test_last_night_beside_the_usual_rate() -> None:
    assert _diary_fields("woke 2 times last night, i usually wake 4 times a night") == {
        "awakenings": 2
    }
    result = understand("woke up 3x a night all week. bed 11 last night", MORNING, "UTC")
    assert result.entry is not None
    assert result.entry.awakenings is None
    assert result.entry.bedtime == dt.time(23, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # chat spellings of the diary's words
        (
            "bed 2200. lites out 2230. asleep 2300",
            {"bedtime": "22:00", "lights_out": "22:30", "sleep_onset": "23:00", "sol_min": 30},
        ),
        ("woke 0515, outa bed 0530", {"final_wake": "05:15", "out_of_bed": "05:30"}),
        (
            "woke at 6 n didnt get outta bed til 6:40",
            {"final_wake": "06:00", "out_of_bed": "06:40"},
        ),
        ("in the sack by 9:45, woke 5", {"bedtime": "21:45", "final_wake": "05:00"}),
        ("Rack was 2215. Up 0500.", {"bedtime": "22:15", "out_of_bed": "05:00"}),
        # a form's labels: "onset", "WASO", and field names written as code
        (
            "log:\n- onset ~01:10\n- woke 06:05",
            {"sleep_onset": "01:10", "final_wake": "06:05"},
        ),
        ("onset 23:40. woke 6", {"sleep_onset": "23:40", "final_wake": "06:00"}),
        ("woke x2. WASO maybe 25 min total.", {"awakenings": 2, "waso_min": 25}),
        ("- bed: 22:40\n- waso total: 35 min", {"bedtime": "22:40", "waso_min": 35}),
        (
            "- lights_out: 23:10\n- sleep_onset: ~23:40\n- final_wake: 06:20\n- out_of_bed: 06:45",
            {
                "lights_out": "23:10",
                "sleep_onset": "23:40",
                "sol_min": 30,
                "final_wake": "06:20",
                "out_of_bed": "06:45",
            },
        ),
        # getting up told right after the last waking is at that time ...
        (
            "bed 10, woke at 6:20 and got up for work",
            {"bedtime": "22:00", "final_wake": "06:20", "out_of_bed": "06:20"},
        ),
        ("woke 5:45 and got up w the kids", {"final_wake": "05:45", "out_of_bed": "05:45"}),
        # ... unless it has a time of its own, or was an errand in the night
        ("woke at 6:10 and got up at 6:30", {"final_wake": "06:10", "out_of_bed": "06:30"}),
        ("woke at 5 and got up for a pee, slept till 7", {"awakenings": 1, "final_wake": "07:00"}),
        # never waking is no waking
        (
            "slept like a log, eight hours without waking once",
            {"awakenings": 0, "waso_min": 0, "quality": 5},
        ),
        ("slept without waking up even once", {"awakenings": 0, "waso_min": 0}),
        # a laugh closes a thought as a full stop would
        ("up like 3 times lol my meeting at 9 is gonna be rough", {"awakenings": 3}),
    ],
)
def test_spellings_and_form_labels(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a symptom's onset is not the night's
        ("Headache: onset 2:15, throbbing. bed 10", {"bedtime": "22:00"}),
        ("Bad headache last night. Onset 3am", {}),
        (
            "chest tightness, pressure-like, onset 05:10, better now. bed was 11",
            {"bedtime": "23:00"},
        ),
        # a night named in chat spelling
        ("sat nite: bed 10:30, woke 6", {"bedtime": "22:30", "final_wake": "06:00"}),
    ],
)
def test_not_the_nights_onset(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


@pytest.mark.parametrize(
    ("text", "when", "diary_date"),
    [
        ("nite before last - bed 9, woke 5", MORNING, dt.date(2027, 3, 9)),
        ("sat nite: bed 10, woke 6", MORNING, dt.date(2027, 3, 7)),
        ("last nite bed 11, woke 1", dt.datetime(2027, 3, 10, 2, 30), dt.date(2027, 3, 9)),
    ],
)
def test_nights_named_in_chat_spelling(text: str, when: dt.datetime, diary_date: dt.date) -> None:
    result = understand(text, when, "America/New_York")
    assert result.entry is not None
    assert result.entry.diary_date == diary_date


@pytest.mark.parametrize(
    ("text", "quality"),
    [
        ("slept 4 stars outa 5", 4),
        ("slept through, about 7 hrs, good quality.", 4),
        ("poor quality sleep, woke 3 times", 2),
        ("bed 11 woke 6 rough", 2),
        ("bed 11 up at 6 ok", 3),
        # quality of something else
        ("bought a good quality pillow, bed 11", None),
    ],
)
def test_quality_said_briefly(text: str, quality: int | None) -> None:
    assert read(text)[1].get("quality") == quality


@pytest.mark.parametrize(
    ("text", "effects"),
    [
        ("no side efx. slept thru", []),
        ("elevated HR overnight on my watch, bed 11", [("elevated_heart_rate", None)]),
        ("room spinnin when i stood up, bed 10", [("dizziness", None)]),
    ],
)
def test_side_effects_in_chat_spelling(text: str, effects: list[tuple[str, str | None]]) -> None:
    assert _side_effects(text) == sorted(effects)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # the sentence after a question that says what it meant still asks
        ("can ketamine help insomnia? (I mean the early waking kind, like up at 4am)", "question"),
        ("is it normal to wake early? I mean I woke at 4 today", "diary"),
    ],
)
def test_a_question_glossed(text: str, intent: str) -> None:
    assert read(text)[0] == intent


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a gadget that does not know the patient
        ("my tracker says 5/10 but the tracker doesn't know me", "none"),
        ("honestly the app doesnt know me at all", "none"),
        # a person who does not know them still alarms, wherever a gadget is
        ("my dad doesnt know me since his infusion yesterday", "urgent"),
        ("after the infusion my dad sat by the phone and doesnt know me", "urgent"),
    ],
)
def test_gadgets_that_do_not_know_me(text: str, level: str) -> None:
    assert understand(text, MORNING, "America/New_York").safety.level == level


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a symptom "since 0400": the time's zeros are no "none"
        ("chest tightness since 0300, bed was 11", {"bedtime": "23:00"}),
        # awake "until a quarter past three" ends a waking in the night
        (
            "bed at 11. woke at 1:45 and was awake until a quarter past two, then slept till 6",
            {"bedtime": "23:00", "awakenings": 1, "waso_min": 30, "final_wake": "06:00"},
        ),
        # a time corrected farther on than the cue reaches
        (
            "i told you bed at 10 yesterday but honestly it was more like 10:50",
            {"bedtime": "22:50"},
        ),
        ("up for 3 calls, no wait 2, alarm 6:30", {"final_wake": "06:30"}),
        # lights out told in brackets after the time
        (
            "bed 11:30, scrolling till about 12:20 (lights off then), asleep by 12:45",
            {"bedtime": "23:30", "lights_out": "00:20", "sleep_onset": "00:45", "sol_min": 25},
        ),
        # a figure told with a doubt is told
        (
            "bed 12:30 bc i was watching tv, asleep maybe 1ish?? woke at 8",
            {"bedtime": "00:30", "sleep_onset": "01:00", "sol_min": 30, "final_wake": "08:00"},
        ),
        # a nap in a chair, for a length
        (
            "fell asleep in my chair for 40 minutes after dinner. bed at 11",
            {"bedtime": "23:00", "nap_min": 40},
        ),
        (
            "quality: the night itself, which was good; bed at 10",
            {"bedtime": "22:00", "quality": 4},
        ),
    ],
)
def test_more_values_told(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


def test_a_symptom_since_a_time_is_no_none() -> None:
    assert _side_effects("chest pain since 0400. bed 11") == [("other", None)]


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("safe to take it around 9pm?", "question"),
        ("fine if im up at 5?", "question"),
        ("ok to go to bed around 11?", "question"),
        ("dying to know if the studies on sleep are finished", "question"),
    ],
)
def test_questions_ending_on_a_time_still_ask(text: str, intent: str) -> None:
    assert read(text)[0] == intent


@pytest.mark.parametrize(
    ("text", "effects"),
    [
        ("my heart fluttered a bit after the session, bed 10", [("elevated_heart_rate", "mild")]),
        ("really bad jitters before bed, asleep at 1", [("anxiety", "severe")]),
        ("the dreams 😵‍💫 so strange, like a movie. bed 11", [("vivid_dreams", None)]),
        (
            "felt detached after; it was fairly strong for a while. bed 10",
            [("dissociation", "moderate")],
        ),
    ],
)
def test_more_side_effects(text: str, effects: list[tuple[str, str | None]]) -> None:
    assert _side_effects(text) == sorted(effects)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each of a count that woke them is a waking
        ("bad dreams x2, both woke me. bed 11", {"bedtime": "23:00", "awakenings": 2}),
        ("nightmares x3, woke all three times. alarm 6", {"awakenings": 3, "final_wake": "06:00"}),
        # ... and "each time" after getting back to sleep is every waking's length
        ("woke 3 times, back to sleep within 5 min each time", {"awakenings": 3, "waso_min": 15}),
        ("woke once, took 20 min to get back to sleep", {"awakenings": 1, "waso_min": 20}),
        # a waking told by its time and again as a range from it is one waking
        (
            "log:\n- 02:30 woke up and was sick\n- awake 02:30-03:10\n- alarm 06:15",
            {"awakenings": 1, "waso_min": 40, "final_wake": "06:15"},
        ),
        (
            "woke at 2, then awake 3-3:30, alarm 6",
            {"awakenings": 2, "waso_min": 30, "final_wake": "06:00"},
        ),
    ],
)
def test_wakings_counted_once(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("hiii 👋 lol is this thing on", "other"),
        ("is this thing on?", "other"),
        ("hey is this working", "other"),
        ("is this on my chart?", "question"),
    ],
)
def test_is_this_thing_on(text: str, intent: str) -> None:
    assert read(text)[0] == intent


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "read until 10:30 and turned off the lamp": "and" joins the time to the cue
        (
            "in bed at 9:40, read until 10:20 and switched off the light",
            {"bedtime": "21:40", "lights_out": "22:20"},
        ),
        # "woke from one at 2:50": the number word is the dream's, not a time
        (
            "awful dreams, woke from one at 2:50 and was awake 30 minutes",
            {"awakenings": 1, "waso_min": 30},
        ),
        # (getting up told right after a waking's time, without "and", is at that time)
        (
            "woke at 6 at 6:30 got up",
            {"awakenings": 1, "final_wake": "06:30", "out_of_bed": "06:30"},
        ),
        # how long a symptom lasted is not time awake
        ("the room was spinning, really bad for about five minutes. bed 10", {"bedtime": "22:00"}),
        # ... unless a waking is told in the clause
        ("woke at 3 and felt awful for about 40 minutes", {"awakenings": 1, "waso_min": 40}),
        # "and" alone joins lights out to a time, not bedtime
        ("worked until 6 and went to bed early", {}),
        ("woke at 3, awake for about 40 minutes", {"awakenings": 1, "waso_min": 40}),
        # dictation: numbers heard as words, and a digit with its minutes in words
        ("woke up to times period bed at ten", {"bedtime": "22:00", "awakenings": 2}),
        ("bed at midnight period woke at for thirty", {"bedtime": "00:00", "final_wake": "04:30"}),
        ("up at 6 thirty", {"out_of_bed": "06:30"}),
        ("went to bed at 11, slept for two hours", {"bedtime": "23:00"}),
        (
            "bed at 10, woke at 6 and rested well",
            {"bedtime": "22:00", "final_wake": "06:00", "quality": 4},
        ),
        # a heart that won't stop racing is now, not a plan
        ("cant sleep. been in bed since 11 and my heart wont stop racing", {"bedtime": "23:00"}),
    ],
)
def test_joins_dictation_and_lasting_symptoms(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


def test_a_day_named_for_an_event_is_not_the_night() -> None:
    result = understand("awake 2-3:30 worrying about my biopsy on Friday", MORNING, "UTC")
    assert result.entry is not None
    assert result.entry.diary_date == MORNING.date()


@pytest.mark.parametrize(
    ("text", "effects"),
    [
        ("brain fog is the worst part. slept ok", [("confusion", None)]),
        ("the worst headache, bed 11", [("headache", "severe")]),
        ("knee pain was awful but I don't think that's from the treatment. bed 11", None),
        ("This heat wave is brutal. Woke up twice sweating. Alarm 6.", None),
        ("Heat wave. chest pain since the infusion, bed 10", [("other", None)]),
        (
            "dizzy when i sat up, it was really bad for a few minutes and then it passed",
            [("dizziness", "severe")],
        ),
        (
            "felt detached for two hours or so. Moderate, I'd say. Slept ok.",
            [("dissociation", "moderate")],
        ),
    ],
)
def test_more_grades_and_causes(text: str, effects: list[tuple[str, str | None]] | None) -> None:
    assert _side_effects(text) == (None if effects is None else sorted(effects))


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("ok real talk does ketamine help ppl sleep better or nah", "question"),
        ("this bot asks the same thing every day lol can u chill", "other"),
        ("can u chill", "other"),
        ("can you stop ketamine suddenly", "question"),
        ("can u quit the infusions halfway through", "question"),
        ("can eat before the infusion", "question"),
        ("when the infusion wears off will the insomnia come back", "question"),
        ("can you stop messaging me at 6am", "other"),
        ("can you tell me about rem", "question"),
    ],
)
def test_real_talk_and_chill(text: str, intent: str) -> None:
    assert read(text)[0] == intent


@pytest.mark.parametrize(
    "text",
    [
        # passing out near an infusion alarms, however tired the patient was
        "so tired after the infusion, passed out at 6 while cooking",
        "so tired during the infusion i passed out at 9",
    ],
)
def test_passing_out_near_an_infusion_still_alarms(text: str) -> None:
    assert understand(text, MORNING, "UTC").safety.level == "urgent"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the length of a day's work is not time awake, nor does it make the getting up a waking
        (
            "got up at 0430 for my 12 hr shift, bed was 2030",
            {"bedtime": "20:30", "out_of_bed": "04:30"},
        ),
        (
            "woke at 3 for 2 hours, alarm 7",
            {"awakenings": 1, "waso_min": 120, "final_wake": "07:00"},
        ),
        # a dream's "one", and a way back to sleep that opens the next sentence
        (
            "bad dreams. woke at 2 from one. back asleep by 2:20.",
            {"awakenings": 1, "waso_min": 20},
        ),
        (
            "woke at 2. back to sleep at 2:40. alarm 6",
            {"awakenings": 1, "waso_min": 40, "final_wake": "06:00"},
        ),
        # two asides between the waking and "awake till"
        (
            "woke at 4 with my heart pounding, not great, was awake till 5, then slept till 8",
            {"awakenings": 1, "waso_min": 60, "final_wake": "08:00"},
        ),
        # chart words: "HS" for bedtime, "approx." with its stop, "out of bed immediately"
        (
            "HS 2315, SOL ~25 min, final wake 0600",
            {"bedtime": "23:15", "sleep_onset": "23:40", "sol_min": 25, "final_wake": "06:00"},
        ),
        (
            "1. In bed 22:00. 2. Sleep latency approx. 20 min.",
            {"bedtime": "22:00", "sleep_onset": "22:20", "sol_min": 20},
        ),
        ("woke 3x, each approx. 5 min", {"awakenings": 3, "waso_min": 15}),
        (
            "Final wake 05:40, out of bed immediately",
            {"final_wake": "05:40", "out_of_bed": "05:40"},
        ),
        # how long it took, told apart from the falling asleep
        (
            "Bed at 10. Took a while to drop off, 30 min maybe.",
            {"bedtime": "22:00", "sleep_onset": "22:30", "sol_min": 30},
        ),
        (
            "lights off 11 - took like 20 min - then out cold",
            {"lights_out": "23:00", "sleep_onset": "23:20", "sol_min": 20},
        ),
        (
            "bed 11 - asleep fast, maybe 5 min",
            {"bedtime": "23:00", "sleep_onset": "23:05", "sol_min": 5},
        ),
        # named wakings in a dashed list are the night's, not its end
        (
            "2 wake ups — 2:50 and 4:10 — ~10 min each — out of bed at 6:30",
            {"awakenings": 2, "waso_min": 20, "out_of_bed": "06:30"},
        ),
        # "briefly" grades a symptom of the morning's waking, not a waking of its own
        (
            "On waking at 06:10, briefly disoriented. Out of bed 06:25",
            {"final_wake": "06:10", "out_of_bed": "06:25"},
        ),
        ("woke briefly at 3, alarm 6:30", {"awakenings": 1, "final_wake": "06:30"}),
        # a range's length said again in brackets
        ("Nap: 14:00-14:40 (40 min). Bed 22:30", {"bedtime": "22:30", "nap_min": 40}),
        # "3 stars" closing a dashed list grades the night; it is no time
        (
            "bed at 1 — woke at 9 — 3 stars",
            {"bedtime": "01:00", "final_wake": "09:00", "quality": 3},
        ),
        # a figure told with a doubt after an opening "ok so"
        (
            "ok so — bed at 12 — asleep maybe 1:30?? — alarm 7",
            {"bedtime": "00:00", "sleep_onset": "01:30", "sol_min": 90, "final_wake": "07:00"},
        ),
        ("the night before last. slept thru?? 7 hrs straight.", {"awakenings": 0, "waso_min": 0}),
    ],
)
def test_chart_words_lists_and_lengths(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


@pytest.mark.parametrize(
    ("text", "effects"),
    [
        ("HA 7/10 this morning, slept ok", [("headache", None)]),
        ("BP 150/95, pounding HA. bed 11", [("elevated_blood_pressure", None), ("headache", None)]),
        ("1. Nausea 0/10 / 2. Headache 0/10 / 3. Bed 22:00", []),
        ("nausea 3/10, bed 10", [("nausea", None)]),
    ],
)
def test_chart_side_effects(text: str, effects: list[tuple[str, str | None]]) -> None:
    assert _side_effects(text) == sorted(effects)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("anybody still doing research on ketamine for sleep or nah", "question"),
        ("I would like to ask how this medicine works in the brain.", "question"),
        ("Please tell me the street address of the clinic", "question"),
        ("address pls. my son is driving me", "question"),
        ("ok big picture — is ketamine worth it for sleep or not", "question"),
        (
            "random question but does ketamine help people who cant switch off, nothing works",
            "question",
        ),
        # "nothing works" is no "no side effects"
        ("ive tried melatonin, cbd, reading, nothing works. bed 11", "diary"),
    ],
)
def test_questions_announced_or_requested(text: str, intent: str) -> None:
    assert read(text)[0] == intent


def test_nothing_works_is_not_none() -> None:
    assert _side_effects("ive tried melatonin, cbd, reading, nothing works. bed 11") is None


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # the registered nurse, not chat's "right now"
        ("confused for ~30 min after the infusion, RN said thats expected. fine now.", "none"),
        ("the rn checked my bp, 150/90, slept ok", "none"),
        ("im so confused rn i dont know where i am", "urgent"),
    ],
)
def test_rn_the_nurse(text: str, level: str) -> None:
    assert understand(text, MORNING, "America/New_York").safety.level == level


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # old-fashioned and military words for the night's times
        ("Rose from bed at ten to eight", {"out_of_bed": "07:50"}),
        (
            "in bed by ten, rose from bed at half past six",
            {"bedtime": "22:00", "out_of_bed": "06:30"},
        ),
        (
            "Having gone up at ten, I read a little. Rose at seven.",
            {"bedtime": "22:00", "out_of_bed": "07:00"},
        ),
        ("Racked out 2200. Reveille 0545.", {"bedtime": "22:00", "final_wake": "05:45"}),
        ("2230 rack. Asleep 2250.", {"bedtime": "22:30", "sleep_onset": "22:50", "sol_min": 20}),
        ("Awake 0500, feet on deck 0505.", {"final_wake": "05:00", "out_of_bed": "05:05"}),
        (
            "Woke 0215 and 0340. Back down both times. Out of rack 0545.",
            {"awakenings": 2, "out_of_bed": "05:45"},
        ),
        # waking before sleep came, at the start of the night, is how long it took
        (
            "gone up at ten, I lay awake a good while before sleep came, an hour I should think",
            {"bedtime": "22:00", "sleep_onset": "23:00", "sol_min": 60},
        ),
        (
            "woke at 3 and lay awake a long time before I fell asleep, an hour maybe",
            {"awakenings": 1, "waso_min": 60},
        ),
        # counts before their cue, and corrections that believe
        ("awful dreams, and twice I woke from them", {"awakenings": 2}),
        ("once I woke up I couldnt get back to sleep, up at 5", {"out_of_bed": "05:00"}),
        ("woke three times, no, I believe it was twice", {"awakenings": 2}),
        (
            "woke twice, each time it took 15 min to get back to sleep",
            {"awakenings": 2, "waso_min": 30},
        ),
        (
            "woke 0130 with my heart pounding, took ~30 min to settle. alarm 0600",
            {"awakenings": 1, "waso_min": 30, "final_wake": "06:00"},
        ),
        (
            "it took me forty minutes to settle into sleep, bed at 11",
            {"bedtime": "23:00", "sleep_onset": "23:40", "sol_min": 40},
        ),
        # others' wakings that woke the patient too
        (
            "the dog woke everyone at 5 but i fell back asleep till 6:45",
            {"awakenings": 1, "final_wake": "06:45"},
        ),
        # times that belong to other things: a train, vomiting in the morning, the school run
        (
            "half asleep on the 6:12 this morning. woke at 4:50, got up 5:10",
            {"final_wake": "04:50", "out_of_bed": "05:10"},
        ),
        ("queasy on waking and threw up once around 0700. bed was 2200", {"bedtime": "22:00"}),
        (
            "school drop off is at 8:15 so writing this now. bed 10, asleep 10:20",
            {"bedtime": "22:00", "sleep_onset": "22:20", "sol_min": 20},
        ),
        # a nap at a desk, for a length
        (
            "so tired I fell asleep at my desk about 20 minutes. bed 10:30 pm",
            {"bedtime": "22:30", "nap_min": 20},
        ),
        # awake from one until two, then up for the day at six: the day has its own time
        (
            "awake from one until half past two, and up for the day at six",
            {"awakenings": 1, "waso_min": 90, "out_of_bed": "06:00"},
        ),
        # an emoji closes a clause
        (
            "coach is gonna kill me if im late again 💀 bed 12:40 alarm 6:50",
            {"bedtime": "00:40", "final_wake": "06:50"},
        ),
        (
            "this bot is killing me 😂 fine: bed 11, asleep 11:20",
            {"bedtime": "23:00", "sleep_onset": "23:20", "sol_min": 20},
        ),
    ],
)
def test_words_of_other_generations_and_trades(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


@pytest.mark.parametrize(
    ("text", "effects"),
    [
        (
            "A tremendous headache, truly awful, and I brought up my supper once",
            [("headache", "severe"), ("vomiting", None)],
        ),
        ("heart pounding around 1am, 4/10, slight. bed 11", [("elevated_heart_rate", "mild")]),
        ("ears ringing since the infusion, still a bit. bed 10", [("other", "mild")]),
        ("Sleep 8/10. no side effects, migraine free day 3", []),
        ("exhausted 😵‍💫 pretty bad. bed 11:15", [("fatigue", "moderate")]),
        ("no side effects from treatment. the sweats are the usual menopause stuff. slept ok", []),
    ],
)
def test_grades_told_apart(text: str, effects: list[tuple[str, str | None]]) -> None:
    assert _side_effects(text) == sorted(effects)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # the letters on the bot's screen, and a dislike of the device
        ("I do not much care for this contraption. I can barely read the letters.", "none"),
        # one word is not enough for the learned screen ("I" sent by mistake)
        ("I", "none"),
        ("im", "none"),
        # the rules still read one-word alarms and letters left behind
        ("kms", "crisis"),
        ("I wrote letters to my kids, just in case", "crisis"),
    ],
)
def test_letters_and_single_words(text: str, level: str) -> None:
    assert understand(text, MORNING, "America/New_York").safety.level == level


def test_the_clinic_phone_number_is_asked_for() -> None:
    assert read("Clinic phone number.")[0] == "question"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # the bot told sorry to, with nothing else said
        ("sorry i keep messaging so much, i know you're just a bot 😅", "none"),
        # one word of alarm alone still reaches the learned screen or the rules
        ("pills", "crisis"),
        ("goodbye", "crisis"),
        # an everyday phrase beside an alarming word excuses nothing
        ("If im honest... goodbye", "crisis"),
        ("I dont like this app. Goodbye.", "crisis"),
        ("I dont really like this life thing anymore", "crisis"),
        # letters to the bot in despair, notes left for the phone's contacts
        ("writing letters to a machine because no one else is left", "crisis"),
        ("I wrote goodbye notes for my phone contacts, im done", "crisis"),
        # "rn" still "right now" after an ongoing symptom
        ("still confused rn, dont know where i am", "urgent"),
    ],
)
def test_the_screens_vetoes_stay_narrow(text: str, level: str) -> None:
    assert understand(text, MORNING, "America/New_York").safety.level == level


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "to settle" with no waking before it is no time awake (nor, yet, time to fall asleep:
        # "each took 20 min to settle" may be the twins')
        ("bed at 11, took 30 min to settle, alarm 6", {"bedtime": "23:00", "final_wake": "06:00"}),
        # time awake on call, or told before "fast asleep again", is still time awake
        ("paged at 2, up 40 min on call", {"awakenings": 1, "waso_min": 40}),
        ("woke at 3, awake 20 min fast asleep again after", {"awakenings": 1, "waso_min": 20}),
        # a bracket after a range that is not its length
        (
            "in bed 11pm-7am (45 min to fall asleep)",
            {"bedtime": "23:00", "sleep_onset": "23:45", "sol_min": 45},
        ),
        # "from one until three" near a dream is a time after all
        ("bad dreams again. awake from one until three", {"awakenings": 1, "waso_min": 120}),
        # a correction arrow after an emoji
        ("sol 45min ➡️ 15min, bed 11", {"bedtime": "23:00", "sleep_onset": "23:15", "sol_min": 15}),
        # "approx." closing a sentence
        ("bed 11 approx. woke 6", {"bedtime": "23:00", "final_wake": "06:00"}),
    ],
)
def test_narrowed_rules_keep_their_look_alikes(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("ok being up at 4??", "question"),
        ("bad being awake at 3?", "question"),
        ("slept ok, asleep maybe 1:30??", "diary"),
    ],
)
def test_a_doubted_figure_is_not_a_weighed_one(text: str, intent: str) -> None:
    assert read(text)[0] == intent


@pytest.mark.parametrize(
    ("text", "effects"),
    [
        ("my chest felt bad ha ha, bed 11", None),
        ("headache free day 3, bed 11", None),
        ("headache-free today, bed 11", None),
        ("Infusion yesterday and the heat is awful. Woke up sweating 3 times.", [("other", None)]),
    ],
)
def test_no_headache_in_laughter_and_sweats_beside_an_infusion(
    text: str, effects: list[tuple[str, str | None]] | None
) -> None:
    assert _side_effects(text) == (None if effects is None else sorted(effects))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "wasn't in bed till" is when they went to bed; "lay in bed till" when they got up
        (
            "choir ran late so I wasn't in bed till 11:30. lights out at 12",
            {"bedtime": "23:30", "lights_out": "00:00"},
        ),
        ("lay in bed till 9", {"out_of_bed": "09:00"}),
        # how long a symptom took to pass is not time awake
        ("lightheaded standing up, resolved <5 min. bed 10", {"bedtime": "22:00"}),
        # still awake in the night is no final waking
        ("in bed since 11 and still wide awake at 3am", {"bedtime": "23:00"}),
        # a reading's time and an alarm that was only set
        ("Final wake 06:30 (alarm was set for 06:45)", {"final_wake": "06:30"}),
        ("HR on waking 102 bpm at 06:03. Final wake 06:01.", {"final_wake": "06:01"}),
        # "did a ..." tells; "did a study ..." asks
        ("did a short body scan and drifted off around 10", {"sleep_onset": "22:00"}),
    ],
)
def test_mixed_37_and_38_times(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("did a study show ketamine helps sleep", "question"),
        ("Summarize the sleep benefits, bullet points preferred.", "question"),
        ("Please confirm the clinic's street address.", "question"),
    ],
)
def test_requests_that_ask(text: str, intent: str) -> None:
    assert read(text)[0] == intent


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Summarize the sleep benefits, bullet points preferred.", "none"),
        ("my bullet journal says I slept 6 hours", "none"),
        # the idioms are left to the rules: they can be said of a gun
        ("bite the bullet, put it in my mouth", "crisis"),
        ("dodged a bullet last night, almost did it", "crisis"),
        ("i have bullets and a gun ready", "crisis"),
    ],
)
def test_bullet_points_are_no_ammunition(text: str, level: str) -> None:
    assert understand(text, MORNING, "America/New_York").safety.level == level


@pytest.mark.parametrize(
    ("text", "effects"),
    [
        (
            "heart pounding in the evening, quite strongly. bed 11",
            [("elevated_heart_rate", "moderate")],
        ),
        (
            "Heart racing when I lay down. Quite a bit. bed 11",
            [("elevated_heart_rate", "moderate")],
        ),
        ("floaty, not inside my body. It is mild, but strange. bed 10", [("dissociation", "mild")]),
        ("heart racing a bit yesterday evening, bed 10", [("elevated_heart_rate", "mild")]),
        (
            "HR 96 on my watch at 0300 which is high for me. alarm 0615",
            [("elevated_heart_rate", None)],
        ),
        ("HR 62 on my watch, normal for me. alarm 0615", None),
    ],
)
def test_heart_and_grades_of_mixed_37_and_38(
    text: str, effects: list[tuple[str, str | None]] | None
) -> None:
    assert _side_effects(text) == (None if effects is None else sorted(effects))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # times the last review found lost or misread
        (
            "alarm was set for 6:45 and I got up with it",
            {"final_wake": "06:45", "out_of_bed": "06:45"},
        ),
        ("bed 11, BP 135/85 at 6:10 when I woke up", {"bedtime": "23:00", "final_wake": "06:10"}),
        (
            "woke up at 3am, the anxiety passed in 30 minutes and I went back to sleep",
            {"awakenings": 1, "waso_min": 30},
        ),
        (
            "List the times: bed 11, asleep 11:30, up 7, quality 3",
            {
                "bedtime": "23:00",
                "sleep_onset": "23:30",
                "sol_min": 30,
                "out_of_bed": "07:00",
                "quality": 3,
            },
        ),
    ],
)
def test_times_the_last_review_kept(text: str, expected: dict[str, Any]) -> None:
    assert _diary_fields(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "did a late coffee keep me up",
        "Did a 2 hour nap ruin my sleep",
        "did my new dose cause the headaches",
    ],
)
def test_did_a_thing_cause_it_asks(text: str) -> None:
    assert read(text)[0] == "question"


@pytest.mark.parametrize(
    "text",
    [
        "resting HR 58 last night, which isn't high for me at all. bed 11",
        "pulse 72 overnight, not high for me. bed 11",
    ],
)
def test_a_rate_said_not_high_is_no_side_effect(text: str) -> None:
    assert _side_effects(text) is None
