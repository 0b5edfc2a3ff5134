"""Phrasings the tenth session found us missing (November 2026): new passages real people
wrote about their nights on public pages (kept outside the repository; these rows are our
own wordings of what they showed).

Our own sentences, one group per family, each with look-alikes that must still read as
before.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bot.safety.judge import assess_by_rules
from bot.understanding import understand
from tests.test_understanding_round8 import MORNING, read


@pytest.mark.parametrize(
    ("text", "field", "quoted"),
    [
        # the words before a figure are counted in characters; the quote keeps words whole
        (
            "last night the trazodone made me drowsy, I was asleep within 30 minutes",
            "sol_min",
            "asleep within 30 minutes",
        ),
        ("melatonin helps, asleep within 20 minutes", "sol_min", "asleep within 20 minutes"),
    ],
)
def test_evidence_quotes_whole_words(text: str, field: str, quoted: str) -> None:
    evidence = understand(text, MORNING, "America/New_York").entry.evidence[field]  # type: ignore[union-attr]
    assert quoted in evidence
    for part in evidence.split(" … "):
        at = text.index(part)
        assert at == 0 or not text[at - 1].isalnum(), part  # begins where a word begins
        end = at + len(part)
        assert end == len(text) or not text[end].isalnum(), part  # and ends where one ends


SAFETY_CASES: list[tuple[str, str]] = [
    # a sleeping pill that "makes me pass out" puts one to sleep
    ("The trazodone makes me pass out within 30 minutes", "none"),
    ("ambien makes me pass out", "none"),
    ("took a sleeping pill and passed out in an hour", "none"),
    # fainting stays urgent, with or without a pill in the sentence
    ("took my ambien and passed out on the floor", "urgent"),
    ("I felt like I was going to pass out", "urgent"),
    ("passed out in the bathroom last night", "urgent"),
    ("so wiped I passed out and slept through my alarm", "none"),
    # grogginess on waking, told as what it is like; confusion that goes on stays urgent
    ("lots of fog and confusion when I first wake, and still sluggish at lunch", "none"),
    ("confused when I woke up and I still don't know what day it is", "urgent"),
    ("my body clock is so confused after the red-eye flight", "none"),
    ("I'm so confused I don't know where I am", "urgent"),
    # dying feared as the outcome of a treatment, not wished for
    ("what if i have the infusion and die, that's my fear", "none"),
    ("my brain keeps going: what if I die during the infusion", "none"),
    ("what if i just die", "crisis"),
    ("I want to die during the infusion", "crisis"),
    # a medicine or a food that keeps one alive; a person doing it still alarms
    ("insulin keeps me alive, and missing a shot is dangerous", "none"),
    ("my kids are what keeps me alive", "crisis"),
    # worn out by a named thing, not by living
    ("I can't do this anymore with the noise from upstairs, buying earplugs today", "none"),
    ("I can't do this anymore", "crisis"),
    ("I can't do this anymore with my life", "crisis"),
    # goodbyes to things, and until a time named
    ("said goodbye to our old couch today, the new one is lovely", "none"),
    ("logging off, goodbye everyone, see you tomorrow at 9", "none"),
    ("goodbye everyone", "crisis"),
    ("I write notes to my future self before bed", "none"),
    # a cost or a schedule as the burden; the self as one still alarms
    ("the copays are becoming a real burden on us", "none"),
    ("I feel like such a burden to everyone", "crisis"),
    # everyday words that looked like fainting, an emergency or confusion
    ("up before my feet hit the floor, alarm at 6", "none"),
    ("it's pitch black outside when my alarm goes", "none"),
    ("blacked out in the kitchen after the infusion", "urgent"),
    ("I'm a paramedic on nights, slept 9 to 3", "none"),
    ("called an ambulance for my wife, she can't breathe", "urgent"),
    ("didn't know anyone at the new job so lunch was lonely", "none"),
    ("mum didn't know anyone this morning, not even me", "urgent"),
    ("it is pitch dark in my room now with the new blinds", "none"),
    ("still hearing voices in my room", "urgent"),
    # every one of a medicine, at once, beside a diary report that dilutes the screen's words
    (
        "bed 11. woke twice. pain 7/10. i think about swallowing every oxy i have in one go",
        "crisis",
    ),
    ("I take every tablet of my meds as prescribed", "none"),
]


# The rules read these as everyday; the learned screen, which weighs the words alone, still
# alarms on them (it was retrained with 900 more everyday posts in the tenth session, which
# did not move these and cost a crisis found elsewhere, so that table was not shipped).
SCREEN_ALARMS = {
    "insulin keeps me alive, and missing a shot is dangerous",
    "logging off, goodbye everyone, see you tomorrow at 9",
}


@pytest.mark.parametrize(
    ("text", "level"),
    [
        pytest.param(
            text,
            level,
            marks=pytest.mark.xfail(strict=True, reason="the learned screen alarms on it"),
        )
        if text in SCREEN_ALARMS
        else (text, level)
        for text, level in SAFETY_CASES
    ],
)
def test_safety(text: str, level: str) -> None:
    assert understand(text, MORNING, "America/New_York").safety.level == level


@pytest.mark.parametrize("text", sorted(SCREEN_ALARMS))
def test_the_rules_read_these_as_everyday(text: str) -> None:
    assert assess_by_rules(text).level == "none"


def test_the_rules_find_every_one_of_a_medicine() -> None:
    # (the learned screen finds this one too; a longer report can dilute its words)
    text = "bed 11. woke twice. pain 7/10. i think about swallowing every oxy i have in one go"
    assert assess_by_rules(text).level == "crisis"


FIELD_CASES: list[tuple[str, dict[str, Any]]] = [
    # two times offered are neither: not the first of them, and not a count
    ("fell asleep around 8 or 9, up at 6", {"out_of_bed": "06:00"}),
    ("woke at 3 or 4am and lay there, alarm at 6:30", {"final_wake": "06:30"}),
    ("in bed by 10 or 10:30, woke once", {"awakenings": 1}),
    ("woke up 2 or 3 times", {}),
    ("bed at 10:30 or so, up at 7", {"bedtime": "22:30", "out_of_bed": "07:00"}),
    # asleep, and hours later awake: the night's first stretch, not how long it took
    ("head hits the pillow and I'm asleep, and four hours later I'm wide awake", {}),
    (
        "went to bed at 10, asleep 20 minutes later",
        {"bedtime": "22:00", "sol_min": 20, "sleep_onset": "22:20"},
    ),
    # a report told in the past perfect, and one that overslept
    (
        "I had fallen asleep at 11 and slept right through",
        {"sleep_onset": "23:00", "awakenings": 0},
    ),
]


@pytest.mark.parametrize(("text", "expected"), FIELD_CASES)
def test_fields(text: str, expected: dict[str, Any]) -> None:
    intent, fields = read(text)
    assert intent == "diary"
    fields.pop("side_effects", None)
    for name, value in expected.items():
        assert fields.get(name) == value, (name, fields)
    for name in ("bedtime", "sleep_onset", "final_wake", "out_of_bed", "awakenings", "sol_min"):
        if name not in expected:
            assert name not in fields, (name, fields)


MONDAY = dt.datetime(2027, 3, 1, 8, 0)


@pytest.mark.parametrize(
    ("text", "when", "date"),
    [
        # a day named bare: its evening's events are the night after, its waking that day
        ("On Sunday I had no trouble falling asleep, woke at 3", MONDAY, "2027-03-01"),
        ("last Saturday I went to bed at 2", MONDAY, "2027-02-28"),
        ("On Sunday I woke at 6 with a headache", MONDAY, "2027-02-28"),
        ("for Sunday: bed at 10", MONDAY, "2027-02-28"),
        # a day named for something else, beside last night
        ("my infusion was last Tuesday, slept fine last night", MONDAY, "2027-03-01"),
        # the fourth night of a run is no date
        ("on the 4th night I slept right through", MONDAY, "2027-03-01"),
        ("on the 4th I went to bed at 10", MONDAY, "2027-02-04"),
    ],
)
def test_diary_date(text: str, when: dt.datetime, date: str) -> None:
    entry = understand(text, when, "America/New_York").entry
    assert entry is not None and entry.diary_date.isoformat() == date


def _effects(text: str) -> list[tuple[str, str | None]] | None:
    entry = understand(text, MORNING, "America/New_York").entry
    assert entry is not None
    if entry.side_effects is None:
        return None
    return [(e.name, e.severity) for e in entry.side_effects]


@pytest.mark.parametrize(
    ("text", "effects"),
    [
        # "passed out" as sleep is no faint to record
        ("passed out and overslept my alarm", None),
        ("passed out in the shower after the infusion", [("other", None)]),
    ],
)
def test_side_effects(text: str, effects: list[tuple[str, str | None]] | None) -> None:
    assert _effects(text) == effects


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # how things usually go, told to ask about it, is a question
        ("I drop off fine but wake at 4 every morning. Why does that happen?", "question"),
        ("I get maybe 5 hours most nights. Is that bad for me?", "question"),
        ("I have bad dreams. How do people stop them?", "question"),
        # a night told, then a question, is still that night's report
        ("slept badly and woke at 4. why does that happen?", "diary"),
        ("Bed 11, asleep 11:40. is that a normal time to drop off?", "diary"),
        ("rough night, dizzy this morning. is that normal?", "diary"),
        # a night scored, or told while marvelling at it, beside a question
        ("odd dreams. a whale in the kitchen?? sleep 6/10", "diary"),
        ("slept through the whole night for once?? no side effects", "diary"),
        # "Which means...", "...which was a mistake": a remark, not a question
        ("Took the pill at 10. Which means I was groggy till noon.", "diary"),
        ("had tea before bed...which was a mistake, up twice to pee", "diary"),
        ("Which is better for sleep, ketamine or esketamine", "question"),
        # getting up again and again is a night told
        ("had tea before bed, then had to keep getting up to use the bathroom", "diary"),
        # a request for help
        ("Help me shift my sleep schedule", "question"),
    ],
)
def test_intent(text: str, intent: str) -> None:
    assert understand(text, MORNING, "America/New_York").intent == intent


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a waking told before a falling asleep that came later in the night: a return to
        # sleep, not the night's final wake
        (
            "bed at 1. woke at 2:30 wide awake and finally fell asleep about 5",
            {"bedtime": "01:00", "awakenings": 1, "waso_min": 150},
        ),
        (
            "fell asleep at 11, woke at 6",
            {"sleep_onset": "23:00", "final_wake": "06:00"},
        ),
        # not woken until a time: slept through to it (a nap's sleep is not the night's)
        (
            "bed at 10 and didn't wake up till 6:30",
            {"bedtime": "22:00", "awakenings": 0, "waso_min": 0, "final_wake": "06:30"},
        ),
        (
            "didn't wake up until my alarm at 6",
            {"awakenings": 0, "waso_min": 0, "final_wake": "06:00"},
        ),
        # falling asleep "in less than" a time: that time at most
        ("took a pill and dozed off in no less than five minutes", {"sol_min": 5}),
        # awake now, for a while: not a waking of the night that ended
        ("It's 7am and I've been awake, off and on, for more than two hours", {}),
        ("woke at 3 and was awake for 2 hours", {"awakenings": 1, "waso_min": 120}),
        # asleep again after a trip to the bathroom is not the night's first sleep
        (
            "woke a few times. fell asleep about 2:30 after a trip to the bathroom",
            {"awakenings": 3},
        ),
        # the mind switching off is falling asleep
        (
            "bed at 11 but my brain finally shut off around 2",
            {"bedtime": "23:00", "sleep_onset": "02:00", "sol_min": 180},
        ),
        # a score out of a hundred, on the scale of ten
        ("I'd give last night a 90 out of 100", {"quality": 5}),
        ("sleep was maybe 30 out of 100", {"quality": 2}),
    ],
)
def test_more_fields(text: str, expected: dict[str, Any]) -> None:
    intent, fields = read(text)
    assert intent == "diary"
    fields.pop("side_effects", None)
    assert fields == expected


@pytest.mark.parametrize(
    ("text", "effects"),
    [
        # ill for a long time is not being sick; a symptom expected is not felt yet
        ("been sick for years with my back, slept badly", None),
        ("I was sick twice after the infusion", [("vomiting", None)]),
        ("awake at 3 dreading how exhausted I would be at work", [("anxiety", None)]),
        ("so exhausted I could barely stand this morning", [("fatigue", None)]),
        ("foggy and shakey this morning", [("confusion", None), ("other", None)]),
        # more of the words people use for the listed effects
        ("woke in a daze after the infusion", [("confusion", None)]),
        ("lived in a state of fogginess all day", [("confusion", None)]),
        ("had real difficulty staying awake at work today", [("fatigue", None)]),
        ("brain zaps all morning", [("other", None)]),
        ("the new dose made me too tired to function", [("fatigue", "severe")]),
    ],
)
def test_more_side_effects(text: str, effects: list[tuple[str, str | None]] | None) -> None:
    assert _effects(text) == effects


def test_other_nights_give_no_quality() -> None:
    _, fields = read("after a few restless nights I took a pill and slept at 10")
    assert "quality" not in fields
    assert read("had a restless night")[1]["quality"] == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a nap told by when it began and when its sleeper woke: its length, and its waking
        # is not the night's
        ("took a nap at 2 and didn't wake till 4. bed at 11", {"bedtime": "23:00", "nap_min": 120}),
        (
            "napped at 3, woke at 4:30, bed at 10, woke at 6",
            {"bedtime": "22:00", "nap_min": 90, "final_wake": "06:00"},
        ),
        ("nap at 2. bed 11, woke 6", {"bedtime": "23:00", "final_wake": "06:00"}),
    ],
)
def test_a_naps_sleep_is_not_the_nights(text: str, expected: dict[str, Any]) -> None:
    _, fields = read(text)
    assert fields == expected
