"""The seventeenth session: the screen trained with tests/data/teaching, and the urgent
families its blind sets (tests/data/untrained/safety_67-72) showed the rules missing.

Wordings of our own, each beside look-alikes that must stay quiet.
"""

from __future__ import annotations

import gzip
import json

import pytest

from bot.safety import assess
from bot.safety import model as safety_model
from bot.safety.judge import assess_by_rules
from sleepdiary.commands import safety_model as training


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # confusion on waking that has not passed, told by family
        ("he woke up not knowing where he is. been 2 hours and no better", "urgent"),
        ("mom came to on the couch without knowing where she was and its still the same", "urgent"),
        ("woke up not knowing where i was for a sec, then remembered im at my moms", "none"),
        ("no idea where he is, he went fishing, back by dinner", "none"),
        ("not knowing where he is tonight scares me, he hasnt called, probably at a bar", "none"),
        # someone spoken to who is not in the room, that goes on
        ("my mother is speaking to people who are not in the room, it has not stopped", "urgent"),
        ("dad keeps talking to someone who isnt here since his infusion, still at it", "urgent"),
        ("my son talks to his friends who arent in the room on his headset all night", "none"),
        ("my toddler talks to people who arent here, imaginary friend named bob", "none"),
        # a voice in an empty room that will not stop
        (
            "since the infusion i keep hearing a mans voice in the next room and i live alone."
            " still going this morning",
            "urgent",
        ),
        ("heard a voice in the next room at 2, it was my son home early. slept after", "none"),
        # (review) going on, told in other words
        ("she woke up not knowing where she is and its been 3 hours, still the same", "urgent"),
        ("he woke this morning with no idea where he is and its now afternoon", "urgent"),
        ("my father keeps talking to people who were not in the room, all day today", "urgent"),
        # (review) explained, or not told as going on
        ("woke up not knowing where I was, hotel room, then remembered the conference", "none"),
        ("woke up not knowing where i was, had fallen asleep on the couch at my sisters", "none"),
        ("she woke up not knowing where she was, new house, all the boxes, she laughed", "none"),
        (
            "my husband woke up not knowing where he was after the anesthesia for his"
            " colonoscopy, took 10 min to come round, all fine",
            "none",
        ),
        (
            "nana wakes up not knowing where she is most mornings, dementia, her nurse is with"
            " her and says its her usual",
            "none",
        ),
        ("my son talks to kids who arent in the room all night, hes on xbox live", "none"),
        (
            "grandma keeps speaking to people who are not in the room, shes on the phone with"
            " her sisters",
            "none",
        ),
        ("my wife talks to people who arent here in her sleep, been like this for years", "none"),
        (
            "I keep hearing a voice from the next room, my neighbours tv through the thin walls",
            "none",
        ),
        ("kept hearing a voice from the other room last night, it was the radio left on", "none"),
        # a figure the writer knows is not there, that will not go
        (
            "theres a woman sitting at the foot of my bed who i know isnt there. since the"
            " infusion at noon and she will not leave",
            "urgent",
        ),
        ("there is a man at the door who i know isnt there to deliver anything, a scam", "none"),
        (
            "my daughter keeps saying theres a girl in her room who isnt there, imaginary friend",
            "none",
        ),
        # (second review) an explanation denied is none; an absence is no vision
        (
            "my mother woke up not knowing where she is and keeps asking for her mum, she"
            " doesnt have alzheimers, been hours",
            "urgent",
        ),
        (
            "my husband is talking to kids who are not there, been going on for 5 hours, he"
            " didnt even have a dream, he is awake",
            "urgent",
        ),
        ("Been exhausted for days. Woke up not knowing where I was at 3am, then slept", "none"),
        pytest.param(
            "my son keeps asking for a boy in his class who isnt there since monday, hes off",
            "none",
            marks=pytest.mark.xfail(
                strict=True,
                reason="the learned screen for what is not real alarms (tentatively): a price"
                " of the alarms it finds (tests/data/reviews/README.md, twenty-sixth session)",
            ),
        ),
        # in a second language: a seizure told by a daughter, a muddle that goes on
        ("my son say this morning I shake all over, eyes go back, I not answer him", "urgent"),
        ("she still not know where she is, after infusion yesterday, what I do", "urgent"),
        ("my eyes go back to normal after the infusion, slept ok", "none"),
        # (third review) eyes that go back without a seizure; where someone is going
        ("my eyes went back over the same page again and again, could not sleep", "none"),
        ("my son he not know where he is going to university next year, i worry", "none"),
        ("he still not know where he is working next month, stress, bed at 12", "none"),
        ("i not know where he is, he go out with friends", "none"),
        # in Spanish: a seizure told by family, lips and face swelling
        ("mi esposo esta temblando todo el cuerpo y no responde, que hago", "urgent"),
        ("se le hincharon los labios a mi mama despues de la infusion", "urgent"),
        ("estoy temblando de frio, todo el cuerpo, ya me voy a tapar", "none"),
        ("mi perro esta temblando todo el cuerpo y no responde al llamarlo, miedo", "none"),
        ("se me hincharon los labios un poco por una picadura, ya esta bien", "none"),
        ("se le hincho la cara a mi hijo de tanto llorar, pero ya se durmio", "none"),
    ],
)
def test_the_seventeenth_sessions_urgent_rules(text: str, level: str) -> None:
    assert assess(text).level == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a screening question answered yes, then no to the asker: the yes is the answer
        (
            "therapist asked if i wanted to hurt myself. actually yes. but i told her no because"
            " im scared",
            "crisis",
        ),
        (
            "the nurse asked if i was suicidal and i said yes, then took it back and said no",
            "crisis",
        ),
        ("asked if i was suicidal, yes she asked, and i said no", "none"),
        # (third review) a yes to something else
        (
            "the nurse asked if i had thoughts of hurting myself, actually yes she asked twice,"
            " and i said no",
            "none",
        ),
        (
            "doc asked if i had any suicidal thoughts, i said yes to more sleep meds and told"
            " him no",
            "none",
        ),
        (
            "psychiatrist asked if i had thoughts of ending my life, truthfully yes, but i said no",
            "crisis",
        ),
        ("the nurse asked if i had thoughts of hurting myself. i said no", "none"),
    ],
)
def test_a_yes_before_the_no(text: str, level: str) -> None:
    assert assess_by_rules(text).level == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # hopelessness told after a history said to be over: the history is not over
        ("tried to hang myself in 2019. been better since. tired of living again", "crisis"),
        (
            "overdosed back in 2016, it got better. now its hopeless again, no point anymore",
            "crisis",
        ),
        ("attempted in 2012, long behind me. whats the point of worrying about it", "none"),
        ("i overdosed in 2020. doing much better now. whats the point of the diary though", "none"),
        # (third review) hopelessness about a thing, not the writer
        ("tried to kill myself in 2015, doing great now. hopeless at cooking though lol", "none"),
        ("i overdosed in 2019, the ketamine really helped. my sleep tracker is hopeless", "none"),
        ("overdosed in 2018, therapy helped. tired of everything being so expensive", "none"),
        ("overdosed in 2011. much better now. i feel so hopeless", "crisis"),
        ("tried to kill myself in 2015. doing great now, the infusions help", "none"),
    ],
)
def test_hopelessness_after_a_history(text: str, level: str) -> None:
    assert assess_by_rules(text).level == level


@pytest.mark.parametrize(
    "text",
    [
        "he woke up not knowing where he is. been 2 hours and no better",
        "my mother is speaking to people who are not in the room, it has not stopped",
        # "were not" is not shortened, so the pre-filter needs it as it is written
        "my father keeps talking to people who were not in the room, all day today",
        (
            "This is Dolores, Franks wife, on his phone. He woke up not knowing where he is, keeps"
            " asking for his mother. Been 2 hours and no better."
        ),
    ],
)
def test_the_rules_find_them_without_the_screen(text: str) -> None:
    assert assess_by_rules(text).level == "urgent"


def test_the_shipped_screen_was_trained_on_the_teaching_sets() -> None:
    """The shipped table counts every message of tests/data/heldout and tests/data/teaching,
    and no set name is in both folders (a name in both would silently drop one set)."""
    heldout = training.labelled_sets([training.LABELLED[0]])
    teaching = training.labelled_sets([training.LABELLED[1]])
    assert len(teaching) == 14 and not set(heldout) & set(teaching)
    for name, rows in teaching.items():
        assert len(rows) == 300, name
        assert all(row["gold"]["safety"] in {"none", "urgent", "crisis"} for row in rows), name
    with gzip.open(safety_model.MODEL_PATH, "rt", encoding="utf-8") as file:
        trained_on = json.load(file)["trained_on"]
    assert trained_on == sum(map(len, heldout.values())) + sum(map(len, teaching.values()))


def test_the_teaching_crises_are_read_by_the_screen() -> None:
    """A training figure, not an estimate: a table trained without them would miss most of
    the crises the rules miss here (a stale table fails test_safety_model too)."""
    sets = training.labelled_sets([training.LABELLED[1]])
    crises = [
        row["text"] for rows in sets.values() for row in rows if row["gold"]["safety"] == "crisis"
    ]
    found = sum(assess(text).level == "crisis" for text in crises)
    assert found / len(crises) >= 0.98
