"""Side effects: names, severities, explicit none, and what is not a side effect."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.entry import SIDE_EFFECT_NAMES, SideEffect
from bot.understanding import understand

WHEN = dt.datetime(2026, 3, 11, 8, 0)


def effects(text: str) -> list[tuple[str, str | None]] | None:
    result = understand(text, WHEN, "UTC")
    if result.entry is None or result.entry.side_effects is None:
        return None
    return [(se.name, se.severity) for se in result.entry.side_effects]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("felt really disoriented", [("confusion", None)]),
        ("head felt muddled", [("confusion", None)]),
        ("felt floaty and unreal for a few hours", [("dissociation", None)]),
        ("bit of an out of body feeling", [("dissociation", "mild")]),
        ("palpitations after lunch", [("elevated_heart_rate", None)]),
        ("my BP was 162/101 at home", [("elevated_blood_pressure", None)]),
        ("blood pressure slightly high", [("elevated_blood_pressure", "mild")]),
        ("felt queasy", [("nausea", None)]),
        ("felt like I was going to throw up", [("nausea", None)]),
        ("vomited once", [("vomiting", None)]),
        ("room was spinning when I stood up", [("dizziness", None)]),
        ("pounding head", [("headache", None)]),
        ("migraine was severe", [("headache", "severe")]),
        ("so knackered today", [("fatigue", None)]),
        ("felt on edge all evening", [("anxiety", None)]),
        ("wild dreams", [("vivid_dreams", None)]),
        ("seeing double for a bit", [("blurred_vision", None)]),
        ("tingling in my hands since the infusion", [("other", None)]),
        ("slight headache and moderate nausea", [("headache", "mild"), ("nausea", "moderate")]),
        ("terrible headache", [("headache", "severe")]),
        ("pretty bad anxiety", [("anxiety", "moderate")]),
        ("a little tired", [("fatigue", "mild")]),
        ("so dizzy I couldn't function", [("dizziness", "severe")]),
        ("dizzy, dizzy, really bad dizzy", [("dizziness", "severe")]),
        # explicitly none
        ("no side effects today", []),
        ("side effects: none", []),
        ("didn't have any side effects", []),
        ("no headache or nausea this time", []),
        ("slept ok, nothing else", []),
        # not mentioned, or someone else's, or a figure of speech
        ("slept ok", None),
        ("my husband has a migraine", None),
    ],
)
def test_side_effects(text: str, expected: list[tuple[str, str | None]] | None) -> None:
    assert effects(text) == expected


def test_names_come_from_the_shared_list() -> None:
    text = "dizzy, nauseous, foggy, anxious, blurry vision, racing heart, weird dreams, dry mouth"
    got = effects(text)
    assert got is not None and len(got) == 8
    assert all(name in SIDE_EFFECT_NAMES for name, _ in got)
    assert len({name for name, _ in got}) == len(got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a contracted verb after the body part
        ("my heart's racing a bit today", [("elevated_heart_rate", "mild")]),
        ("heart's been thumping since the session", [("elevated_heart_rate", None)]),
        ("my head's throbbing this morning", [("headache", None)]),
        ("stomach's a little upset", [("nausea", "mild")]),
        ("the room's spinning", [("dizziness", None)]),
        ("bp's up again", [("elevated_blood_pressure", None)]),
        # the chest and breathing, tied to a session: "other"
        ("chest feels heavy since the infusion", [("other", None)]),
        ("tightness across my chest after treatment", [("other", None)]),
        ("squeezing chest since this morning's session", [("other", None)]),
        ("couldn't catch my breath after the drip", [("other", None)]),
        ("a bit out of breath since the infusion", [("other", "mild")]),
        ("breathing feels really shallow after my session", [("other", None)]),
        # an intensifier that closes the symptom, not one that opens the next word
        ("dizzy a little, otherwise fine", [("dizziness", "mild")]),
        ("headache quite badly today", [("headache", "moderate")]),
        ("nauseous all day, slightly better now", [("nausea", None)]),
        # someone else's, with a possessive
        ("my wife's migraine kept us both up", None),
    ],
)
def test_round_two_side_effect_language(
    text: str, expected: list[tuple[str, str | None]] | None
) -> None:
    assert effects(text) == expected


# --- round four: everyday words for the spec's names, by family --------------------------

EVERYDAY_WORDS = [
    # nausea: the tummy, a stomach that turns, chat spellings
    ("my tummy was churning all morning", [("nausea", None)]),
    ("stomach flipped when I stood up", [("nausea", None)]),
    ("nausious since lunch", [("nausea", None)]),
    ("felt green around the gills after the drive home", [("nausea", None)]),
    ("nearly puked in the car but didn't", [("nausea", None)]),
    # vomiting
    ("hurled twice after the session", [("vomiting", None)]),
    ("lost my breakfast in the car", [("vomiting", None)]),
    # headache: typed fast, a head that bangs
    ("headake since lunch", [("headache", None)]),
    ("head was banging all evening", [("headache", None)]),
    ("pressure in my head after the session", [("headache", None)]),
    # dizziness: the room, the spins, walking
    ("the ceiling was spinning when I lay down", [("dizziness", None)]),
    ("got the spins when I stood up", [("dizziness", None)]),
    ("head rush every time I stood up", [("dizziness", None)]),
    ("couldn't walk straight after the infusion", [("dizziness", None)]),
    # heart
    ("heart was going really fast at bedtime", [("elevated_heart_rate", None)]),
    ("heartbeat was irregular last night", [("elevated_heart_rate", None)]),
    # vision, also as a patient new to English puts it
    ("the words on my phone were out of focus", [("blurred_vision", None)]),
    ("couldn't see clearly for an hour after", [("blurred_vision", None)]),
    ("I not see clear in evening", [("blurred_vision", None)]),
    # dreams
    ("dreams, bizarre ones, all night", [("vivid_dreams", None)]),
    ("tons of dreams last night", [("vivid_dreams", None)]),
    ("technicolor dreams again", [("vivid_dreams", None)]),
    # tiredness in the day
    ("yawning all afternoon", [("fatigue", None)]),
    ("felt wiped all day", [("fatigue", None)]),
    ("could not keep my eyes open at my desk", [("fatigue", None)]),
    # anxiety
    ("bag of nerves before bed", [("anxiety", None)]),
    ("felt tense and scared at bedtime", [("anxiety", None)]),
    # dissociation
    ("felt high for a couple of hours after", [("dissociation", None)]),
    ("it was like a movie, everything far off", [("dissociation", None)]),
    # confusion: how the mind felt, not knowing where one was
    ("brain felt mushy this morning", [("confusion", None)]),
    ("mind was all scrambled", [("confusion", None)]),
    ("didn't know where I was when I woke", [("confusion", None)]),
    # other complaints tied to the treatment
    ("face flushed after the infusion", [("other", None)]),
    ("nosebleed after treatment", [("other", None)]),
]


@pytest.mark.parametrize(("text", "expected"), EVERYDAY_WORDS)
def test_everyday_words_for_side_effects(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert effects(text) == expected


SEVERITY_WORDS = [
    # a grade told after the symptom, in its own clause or sentence
    ("nausea - a mild one", [("nausea", "mild")]),
    ("Dizzy. Pretty bad I'd say.", [("dizziness", "moderate")]),
    ("headache this morning. moderate, i think", [("headache", "moderate")]),
    # words the grades lacked
    ("strong headache this morning", [("headache", "moderate")]),
    ("anxiety through the roof before bed", [("anxiety", "severe")]),
    ("lil bit queasy", [("nausea", "mild")]),
    ("a low-grade headache all day", [("headache", "mild")]),
    # a grade belongs to its own symptom, not to the one before it
    ("headache, mild nausea", [("headache", None), ("nausea", "mild")]),
    ("dizzy. mild nausea later", [("dizziness", None), ("nausea", "mild")]),
    # "a bit" of something else is no grade
    ("felt a bit better, still queasy", [("nausea", None)]),
    ("headache for a bit after lunch", [("headache", None)]),
]


@pytest.mark.parametrize(("text", "expected"), SEVERITY_WORDS)
def test_severity_words(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert effects(text) == expected


ABSENT_OR_OVER = [
    # chat spellings of "not"
    ("didnt get any dizziness this time", []),
    ("dont have a headache today", []),
    ("i didnt feel sick or dizzy, just a slight headache", [("headache", "mild")]),
    # a symptom listed as absent, or told as over
    ("nausea: none. dizziness: a little", [("dizziness", "mild")]),
    ("headache gone now, slept ok", []),
    ("dizziness has cleared up, slept well", []),
    # ... but one that passed during the day was still had
    ("headache went away after lunch", [("headache", None)]),
    # an earlier infusion's symptoms are not this night's
    ("last time i was nauseous for hours, nothing this time", []),
    ("last week's infusion made me throw up, today just a bit tired", [("fatigue", "mild")]),
    ("headache again like last time", [("headache", None)]),
    ("since last week's infusion i've had headaches", [("headache", None)]),
]


@pytest.mark.parametrize(("text", "expected"), ABSENT_OR_OVER)
def test_absent_past_and_passed_symptoms(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert effects(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # someone else's symptoms
        ("my daughter threw up twice in the night", None),
        ("she had an awful migraine so I slept on the couch", None),
        ("my partner felt dizzy after his flu jab", None),
        # ... unless the patient is the one who had them
        ("my husband says i was confused when i woke", [("confusion", None)]),
        ("hugged my son and felt dizzy", [("dizziness", None)]),
        # a figure of speech
        ("the drive home was a nightmare", None),
        ("what a nightmare getting parked at the clinic", None),
        ("had a nightmare about falling", [("vivid_dreams", None)]),
        # questions about side effects in general report none
        ("does ketamine cause nausea?", None),
        ("is it normal to get headaches after infusions?", None),
    ],
)
def test_not_the_patients_side_effects(
    text: str, expected: list[tuple[str, str | None]] | None
) -> None:
    assert effects(text) == expected


def quality(text: str) -> int | None:
    result = understand(text, WHEN, "UTC")
    return result.entry.quality if result.entry else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rating that names the night it grades
        ("a 6/10 night", 3),
        ("8/10 sleep, woke once", 4),
        # an emoji closes the side-effects report before the rating
        ("no side effects 😊 9/10", 5),
        # a rating of a symptom is not the night's
        ("headache 7/10 😕", None),
    ],
)
def test_ratings_beside_side_effects(text: str, expected: int | None) -> None:
    assert quality(text) == expected


# --- after the second blind set: idioms, numbered infusions, subjects that go on ---------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # tiredness told by idiom or by the eyes
        ("felt like I'd been run over by a bus all day", [("fatigue", None)]),
        ("eyes so heavy at work", [("fatigue", None)]),
        ("kept nodding off on the sofa all afternoon", [("fatigue", None)]),
        # a stomach doing acrobatics
        ("my belly was doing somersaults after the drip", [("nausea", None)]),
        # focusing the eyes is vision; focusing at work is thinking
        ("struggled to focus my eyes on the screen", [("blurred_vision", None)]),
        ("struggled to focus at work", [("confusion", None)]),
        # dissociation in other words
        ("felt loopy for an hour after", [("dissociation", None)]),
        ("my arms didn't feel like my own after the session", [("dissociation", None)]),
        # small, light and minimal grades are mild; light-headed is no grade
        ("nausea minimal today", [("nausea", "mild")]),
        ("a small headache after lunch", [("headache", "mild")]),
        ("light nausea in the morning", [("nausea", "mild")]),
        ("lightheaded in the shower", [("dizziness", None)]),
        # the subject opening the clause goes on past "and"
        ("my wife was up half the night vomiting, so I got maybe 4 hours", None),
        # a numbered infusion is earlier when contrasted with now, else it is this one
        ("after my second infusion i had a killer migraine, today nothing", []),
        ("my first infusion was yesterday, felt floaty after", [("dissociation", None)]),
    ],
)
def test_second_blind_set_families(
    text: str, expected: list[tuple[str, str | None]] | None
) -> None:
    assert effects(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rating followed by what it grades is not the night's
        ("7/10 headache this morning, slept ok", 3),
        ("woke at 6, a 4/10 pain in my jaw", None),
        ("slept 6/10", 3),
    ],
)
def test_a_rating_named_after_it(text: str, expected: int | None) -> None:
    assert quality(text) == expected


NONE_SAID_IN_PASSING = [
    "all good on the side effects front",
    "side effects wise, all fine. bed 11",
    "symptoms: no issues",
]
NOT_ABOUT_SIDE_EFFECTS = [
    "nope, slept right through",  # a bare "nope" answers some other question
    "bed 11, woke 7, nothing special",  # a plain night, not a report of no side effects
]


@pytest.mark.parametrize("text", NONE_SAID_IN_PASSING)
def test_no_side_effects_said_in_passing(text: str) -> None:
    result = understand(text, dt.datetime(2026, 3, 11, 8), "UTC")
    assert result.entry is not None and result.entry.side_effects == []


@pytest.mark.parametrize("text", NOT_ABOUT_SIDE_EFFECTS)
def test_a_bare_no_is_not_a_report_of_no_side_effects(text: str) -> None:
    result = understand(text, dt.datetime(2026, 3, 11, 8), "UTC")
    assert result.entry is None or result.entry.side_effects is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the dreams were pretty bad, weird stuff", [SideEffect("vivid_dreams", "moderate")]),
        ("dreams were so intense", [SideEffect("vivid_dreams", "severe")]),
        ("dreams weren't weird this time, bed 11", None),
        ("my dreams were not bad at all, bed 11", None),
    ],
)
def test_dreams_told_after_the_word(text: str, expected: list | None) -> None:
    result = understand(text, dt.datetime(2026, 3, 11, 8), "UTC")
    assert result.entry is not None and result.entry.side_effects == expected
