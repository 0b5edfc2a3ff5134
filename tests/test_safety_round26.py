"""The twenty-sixth session: hallucinations and confusion that have not stopped, told in
everyday words (bot/safety/unreal.py).

Blind probe sets showed the rules reading about half such alarms: a cassowary in the hall, a
choir in a room the flat does not have, a mother sure she is at the airport. The words of
what is seen vary without end, so the new layer reads the frame around them over the whole
message: a reality check beside something seen or believed ("there is no next room", "my
wife says it never moved"), or one's own world not known, told as going on now. Where no
reality check is in words, a learned screen for what is not real reads the messages told as
going on. Voices, or a figure where no one stands, telling of death or harm are a crisis.
tests/data/reviews/README.md has the probe sets' figures.
"""

from __future__ import annotations

import pytest

from bot.safety import assess
from bot.safety.judge import _normalise
from bot.safety.levels import LEARNED_MARK
from bot.safety.unreal import (
    not_real_and_going_on,
    perceived_and_going_on,
    seen_as_unreal,
    told_to_harm,
)
from tests.test_safety_round18 import _reviewed

# Read by the rules (not_real_and_going_on), each part of the frame in other words.
NOT_REAL_AND_GOING_ON = [
    # a reality check, and going on
    "theres a deer standing in the lounge. there is no deer, we live in a flat. still there",
    "my son keeps talking to a girl by the window. nobody else can see her. 3 hours now",
    "mum is sure the nurses are in the kitchen. theres nobody in the kitchen. been like this"
    " since we got home",
    "I can hear a brass band upstairs. we dont have an upstairs. still playing",
    "the radio keeps talking to me by name and the radio isnt even plugged in. since lunch",
    "I know theyre not real but the spiders are still on the ceiling, for the last two hours",
    "people knocking at the window all evening. im on the 12th floor",
    "i checked every room, nothing. but i can still hear the baby crying",
    "theres a man in the hallway. my husband walked right through him. hes still standing there",
    "he says the carpet is flooding. the floor is bone dry and hes still standing on the sofa",
    # one's own world not known, beside the treatment or a confusion
    "dad came home from his infusion and doesnt know our kids names. still asking who they are",
    "she is still confused, keeps asking where we are. we are in her own kitchen",
]
# ... and what it leaves alone: everyday reality checks, nothing going on, an everyday reading.
NOT_SO = [
    "theres no milk so no coffee this morning. still tired. bed 11 up 7",
    "there is no hot water in the house, still waiting for the plumber",
    "nobody there when I answered the door, probably kids. still tired",
    "my phone keeps ringing and nobodys there when I answer, spam calls. slept badly",
    "we dont have a dog but the neighbours keeps barking all night. bed 12, up 6",
    "weve lived here 20 years and the neighbours still park across our drive",
    "dreamt my grandad who died in 2010 was in the kitchen. still thinking about it",
    "saw little lights during the infusion, nobody else could see them. fine now, bed at 10",
    "is it normal to still see patterns after ketamine? nobody else in my group does",
    "the smoke alarm keeps chirping and theres no smoke anywhere. battery i think",
    "I dont have a balcony, still looking for somewhere to sit in the morning sun",
    "my alarm went off at 6 and I didnt hear it at all. still groggy",
    "the garden is bone dry, still no rain since may",
]


@pytest.mark.parametrize("text", NOT_REAL_AND_GOING_ON)
def test_something_not_real_told_as_going_on_is_urgent(text: str) -> None:
    assert not_real_and_going_on(_normalise(text)) is not None
    assert assess(text).level == "urgent"


@pytest.mark.parametrize("text", NOT_SO)
def test_everyday_reality_checks_are_not_alarms(text: str) -> None:
    assert not_real_and_going_on(_normalise(text)) is None
    assert assess(text).level == "none"


# Misread before this session by the older rules, and mended: a pet at nothing, a place one
# is going to.
@pytest.mark.parametrize(
    "text",
    [
        "the dog keeps barking at the corner, theres nothing there. slept ok",
        "the cat stares at the wall and theres nothing there, still odd. bed 11",
        "my son doesnt know where he is going for college yet, keeps me up",
        "she still doesnt know where she is staying in march, stressing",
        # someone with no reason to know the patient
        "the receptionist didnt recognise me with my new glasses, slept well though",
        "the new gp doesnt know me yet, still a bit nervous about friday",
    ],
)
def test_older_rules_no_longer_alarm_on(text: str) -> None:
    assert assess(text).level == "none"


@pytest.mark.parametrize(
    "text",
    [
        "my husband doesnt recognise me since the infusion",
        "mum doesnt know us anymore, since this morning",
    ],
)
def test_a_loved_one_not_known_is_still_urgent(text: str) -> None:
    assert assess(text).level == "urgent"


# Misread before this session, and still: the older layers alarm, not the new one.
@pytest.mark.parametrize(
    ("text", "level"),
    [
        # the concept net takes a toddler for a mind astray
        ("our toddler doesnt know what day it is, still waking at 5", "none"),
        # the main learned screen reads a denial's words as a crisis
        ("no voices telling me to harm anyone, just cant sleep", "none"),
    ],
)
@pytest.mark.xfail(strict=True, reason="the older layers misread it (see the comments)")
def test_what_the_older_layers_still_misread(text: str, level: str) -> None:
    norm = _normalise(text)
    assert not_real_and_going_on(norm) is None and told_to_harm(norm) is None
    assert assess(text).level == level


TOLD_TO_HARM = [
    "the voices keep telling me to hurt the baby",
    "the voice says my husband has to die tonight. i can still hear it",
    "the man in the corner says i would be better off dead. hes been there all day",
    "the whispers told him to jump off the bridge",
    "demons keep telling her to stop eating and drinking",
    # a figure seen anywhere, in a message told as going on beside the treatment
    "since the infusion she keeps seeing a man in the kitchen who tells her she has to die",
]
NOT_TOLD_TO_HARM = [
    "the nurse asked if I hear voices telling me to hurt myself. no, never",
    "watched a film where the voices tell him to kill, still cant sleep after it",
    "the voice message from the clinic said not to eat after midnight",
    "the man at the pharmacy said the battery is dead",
    "the gps voice told me to turn into a dead end lol",
    "saw a woman at the pharmacy who told me to stop taking it, still deciding",
    "one of my patients hears voices telling him to hurt people. we handled it, hes safe"
    " on the unit",
]


@pytest.mark.parametrize("text", TOLD_TO_HARM)
def test_voices_telling_of_death_or_harm_are_a_crisis(text: str) -> None:
    assert assess(text).level == "crisis"


@pytest.mark.parametrize("text", NOT_TOLD_TO_HARM)
def test_what_voices_say_in_everyday_senses_is_no_crisis(text: str) -> None:
    assert told_to_harm(_normalise(text)) is None
    assert assess(text).level != "crisis"


# A threat made from a belief that cannot be so, or at what is not there, is a crisis; the
# same words as a figure of speech or beside an ordinary belief are not.
@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("dad is convinced the carer is an impostor and says hell stab her tonight", "crisis"),
        ("mum says im not her real daughter and shes going to poison me", "crisis"),
        ("he keeps saying he will kill the men in the garden. there are no men", "crisis"),
        ("my son thinks the dog food is poisoned lol, he says hell kill for a pizza", "none"),
        ("the devil is in the details, she says shell kill me if i forget the cake", "none"),
        ("there is no parking at the clinic, he will kill me if im late again", "none"),
    ],
)
def test_a_threat_from_a_belief_not_so(text: str, level: str) -> None:
    assert assess(text).level == level


# The frame the learned screen for what is not real reads: something perceived or believed,
# going on now, no everyday reading.
@pytest.mark.parametrize(
    ("text", "framed"),
    [
        ("its snowing in my kitchen and i can see the flakes. still going", True),
        ("she thinks the sofa is a boat, been at it for two hours", True),
        ("saw sparkles during the infusion, all gone by the car park", False),
        ("dreamt of my mum again, still thinking about it", False),
        ("slept 6 hours, still tired", False),  # nothing perceived
        ("i can see the point of it now", False),  # nothing going on
    ],
)
def test_what_the_learned_screen_for_the_unreal_reads(text: str, framed: bool) -> None:
    assert perceived_and_going_on(_normalise(text)) is framed


def test_the_learned_screens_alarm_is_tentative() -> None:
    """Read by the screen alone (no reality check in words), the alarm says it may have
    misread, as the main screen's does."""
    text = "its snowing inside my bedroom, i can see it falling on the bed. still snowing"
    found = seen_as_unreal(_normalise(text), text)
    assert found is not None and found.level == "urgent"
    assert found.matched is not None and found.matched.startswith(LEARNED_MARK)
    assert found.tentative


def test_a_crisis_the_main_screen_reads_is_not_lowered_by_the_new_layer() -> None:
    """A read-through's probe: the new layer reads urgent, and an accident is named; the
    main screen's crisis still stands (the layer comes after it)."""
    text = (
        "the tv isnt on but i still hear the news since the accident. i told him ill be"
        " joining him soon"
    )
    assert assess(text).level == "crisis"


# Five probe sets of the twenty-sixth session: four written blind (review26a-d; 26d scored
# once, at the end, and not trained on) and a read-through's look-alikes (review26r). Levels
# must match exactly.
@pytest.mark.parametrize(
    ("text", "level"),
    _reviewed("review26a.jsonl")
    + _reviewed("review26b.jsonl")
    + _reviewed("review26c.jsonl")
    + _reviewed("review26d.jsonl")
    + _reviewed("review26r.jsonl"),
)
def test_what_the_reviews_wrote(text: str, level: str) -> None:
    assert assess(text).level == level
