"""The twenty-third session: what two new blind mixed sets (76-77) showed, scored first.

Alarmed on:
- "my last entry" said of the message before this one, acted on or asked about ("bot didnt
  parse my last entry", "did my last message go through?"), where a farewell says this one
  is the last.
- Confusion told as over in a sentence soon after ("...after yesterday's infusion; I could
  not follow a spreadsheet. It has resolved now."), or with the adverb first ("but now ok").
- A moment's muddle on waking told before its words ("when I woke up I was disoriented for
  a minute, didn't know where I was").

Missed (found while probing that family): what was seen, gone and back again ("they went
away. now they are back").

Wordings of our own, each beside look-alikes that must still alarm.
"""

from __future__ import annotations

import pytest

from bot.safety import assess
from bot.safety.judge import _assess

CASES = [
    # the message before this one
    ("bot didnt save my last entry, can you look?", "none"),
    ("did you get my last message?", "none"),
    ("please ignore my last message", "none"),
    ("in my last entry I said 11 but it was 12", "none"),
    ("since my last message I slept another hour", "none"),
    ("can you check my last entry, the wake time is wrong", "none"),
    # ... and this one, the last
    ("this is my last entry. thank you for everything", "crisis"),
    ("this will be my final message, goodbye", "crisis"),
    ("did you get my last message? this is my last message, goodbye everyone", "crisis"),
    ("in my last message i said goodbye. i meant it. tonight is the night", "crisis"),
    # confusion told as over soon after
    ("Felt confused for a few hours after the infusion. It has resolved now.", "none"),
    (
        "I was disoriented after the session; I couldn't find my car. Back to normal now.",
        "none",
    ),
    ("felt confused for an hour but now ok", "none"),
    # ... and confusion that goes on, or comes back
    (
        "still confused this morning, doesnt know where she is. it comes and goes, no better",
        "urgent",
    ),
    (
        "he is confused since the infusion and doesnt know me. it was better for a bit. now worse "
        "again",
        "urgent",
    ),
    ("I am confused and dont know where I am. Help.", "urgent"),
    # a moment's muddle on waking, told before the words of it
    ("when I woke up I was disoriented for a minute, didn't know where I was", "none"),
    ("woke up and for a second i didnt know where i was, then it came back to me", "none"),
    # ... not one that goes on, or is told as now
    (
        "mom woke up and for a minute didnt know where she was, now shes still confused",
        "urgent",
    ),
    ("she woke up and for a minute she doesnt know who i am", "urgent"),
    # what was seen went away and is back (said of them: "they are back")
    ("seeing spiders on the wall. they went away. now they are back", "urgent"),
    ("saw bugs on the ceiling during the infusion. they went away, all good now", "none"),
    (
        "saw bugs on the ceiling after the infusion. they went away an hour later. the kids "
        "are back from school",
        "none",
    ),
]


@pytest.mark.parametrize(("text", "level"), CASES)
def test_the_bot_reads_them(text: str, level: str) -> None:
    assert assess(text).level == level


@pytest.mark.parametrize("text", [text for text, _ in CASES])
def test_the_pre_filter_reads_them_as_the_full_rules_do(text: str) -> None:
    assert _assess(text, learned=False) == _assess(text, prefilter=False, learned=False)
