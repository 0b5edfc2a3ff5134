"""Times in a message that are not the night's: the day's events ("the 6am shift", "alarm
10:45 for standup at 11"), a train, the moment of writing ("it's 4:30 now"), a symptom's
course ("resolved by 08:15", "threw up around 0700").

fields.role_of asks here before it looks for a cue, so none of these becomes a bedtime or a
waking.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.understanding.cues import MIDDLE, Cue
from bot.understanding.times import Clock, in_the_night

_F = re.ASCII

# "it's 4:30 now": when they write, not when they woke
_TIME_NOW_BEFORE = re.compile(
    r"\b(?:it'?s|it\s+is|now)\s+(?:already\s+|nearly\s+|almost\s+|just\s+|past\s+|gone\s+"
    r"|after\s+|like\s+|about\s+|around\s+)*$",
    _F,
)
# "half asleep on the 5:58": the train, not the night
_ON_THE_BEFORE = re.compile(r"\b(?:on|caught|catch|missed|take|took)\s+the\s+$", _F)
# "queasy on waking and threw up once around 0700": the stomach's time
_THREW_UP_AT_BEFORE = re.compile(
    r"\b(?:(?:threw|thrown)\s+up|vomited|puked|was\s+sick)(?:\s+(?:once|twice|again))?"
    r"\s+(?:at|around|about|~)\s*$",
    _F,
)
# "headache on waking, resolved by 08:15": the time of a symptom, not of the night
_SYMPTOM_BY_BEFORE = re.compile(
    r"\b(?:resolved|cleared(?:\s+up)?|settled(?:\s+down)?|gone|went\s+away|eased(?:\s+off)?"
    r"|passed|faded|wore\s+off|subsided|improved|peaked|mild|moderate|severe|strong|worse"
    r"|(?:a\s+lot\s+|much\s+)?better)\s+(?:by|at|around|about|before)\s+(?:about\s+|around\s+|~\s*)?$",
    _F,
)
# "for my 10am", "woke before my 6am alarm": the day's event, or an alarm not waited for
_FOR_MY_BEFORE = re.compile(r"\b(?:for|before)\s+(?:my|the|our|his|her)\s+$", _F)
_FOR_MY_AFTER = re.compile(r"\s*(?:alarm\b|[.,;:!?)]|$|(?:and|but|so|then)\b)", _F)
_FOR_EVENT_AT_BEFORE = re.compile(
    r"\bfor\s+(?:my\s+|the\s+|a\s+|an\s+|our\s+)?(?:[a-z]+\s+)?(?:shift|start|meeting|class"
    r"|lecture|flight|train|bus|call|appointment|appt|interview|exam|test|session|infusion"
    r"|drop[- ]?off|school\s+run|workout|gym|service|mass|clinic|visit|stand[- ]?up|briefing"
    r"|rounds|huddle|practice|work|job|surgery|procedure|scan|check[- ]?up|labs?|hearing|court"
    r"|client|lesson|match|game|church|delivery|pickup|pick[- ]up|formation|swim|drill|pt"
    r"|muster|prayers?)\s+(?:at|@)\s*$",
    _F,
)
# ... and any "for <something> at", when the cue before it has its own time: "alarm 4:45 for
# masters swim at 5:30"
_FOR_SOMETHING_AT_BEFORE = re.compile(
    r"\bfor\s+(?:my\s+|the\s+|a\s+|an\s+|our\s+)?(?:[a-z]+\s+){1,3}(?:at|@)\s*$", _F
)
# A clock that names an event of the day, not the night: "for the 6am shift", "had a 9am
# appointment", "my 10am seminar". The determiner before it is what tells "the 6am shift"
# from "woke at 6, shift was long".
_EVENT_CLOCK_BEFORE = re.compile(
    # ("got up right away bc 8am class", "had 9am lecture")
    r"\b(?:the|my|a|an|our|his|her|their|this|that|for|bc|b/c|because(?:\s+of)?|cause|cuz|coz"
    r"|had|have|got)\s+$",
    _F,
)
_EVENT_CLOCK_AFTER = re.compile(
    r"\s*(?:[a-z]+\s+)?(?:shifts?|start|meetings?|seminars?|class(?:es)?|lectures?|flights?"
    r"|trains?|buses|bus|calls?|appointments?|appts?|interviews?|exams?|tests?|sessions?"
    r"|infusions?|drop[- ]?offs?|pick[- ]?ups?|school\s+run|run|workout|gym|service|mass"
    r"|clinic|visit|deadline|conference|zoom|stand[- ]?up|briefing|rounds|huddle|practice"
    r"|rehearsal|game|delivery|job|surgery|procedure|scan|check[- ]?up|consult\w*|labs?|hearing"
    r"|court|client|patient|lesson|tutorial|show|gig|concert|match|performance|departure"
    r"|feeds?|feedings?|bottles?|pump(?:ing)?|diaper\s+change"
    r"|report\s+time|call\s+time|sign[- ]?in|muster|check[- ]?in|ferry|boarding|formation|swim"
    r"|drill|pt|roll\s+call|prayers?|lauds|matins|report)\b",
    _F,
)


# "woke 0310L (1310Z)": the same time told again in another zone (the pilot's Zulu)
_ANOTHER_ZONE_AFTER = re.compile(r"\s*(?:z|utc|gmt|zulu)\b", _F)


# An appointment or an event named, then its time: "pediatrician at 9 ugh", "practice
# started at 5" (not "up at 6", nor a cue's own time)
_EVENT_AT_BEFORE = re.compile(
    # ("rose for Mass at half past six": "for <event> at" is _FOR_EVENT_AT_BEFORE's to weigh)
    r"(?<!\bfor\s)(?<!\bfor\smy\s)(?<!\bfor\sthe\s)(?<!\bfor\sa\s)\b(?:pediatrician|doctor|dr|dentist|therapist|therapy|appointment|appt|meeting|class"
    r"|lecture|interview|exam|practice|training|rehearsal|church|mass|court|vet|flight|surgery"
    # (not "watching the game at 10:30": there the time is the night's)
    r"|physio|pt\s+appt|school|daycare|shift|standup|stand[- ]up|infusion|service"
    r"|clinic|labs?|checkup|check[- ]up)\s+(?:(?:is|was|starts|started|begins|began|at)\s+)?"
    r"(?:at|@)\s*$",
    _F,
)


# "did not hear the alarm at 7. woke at 8:15": an alarm that woke no one
_ALARM_UNHEARD_BEFORE = re.compile(
    r"\b(?:did\s+not|didn'?t|never|couldn'?t|could\s+not)\s+hear\s+(?:the|my)\s+alarms?"
    r"(?:\s+(?:go\s+off|ring))?\s*(?:at|@)?\s*$",
    _F,
)


# A sleep-log total, not a clock: "time in bed 7h", "total sleep maybe 5", "TST 6"
_TOTAL_BEFORE = re.compile(
    r"\b(?:time\s+in\s+bed|total\s+(?:sleep(?:\s+time)?|time\s+asleep)|tst|tib|hours\s+in\s+bed"
    r"|sleep\s+(?:total|duration))\s*[:=-]?\s*(?:(?:maybe|about|around|roughly|approx\.?"
    r"|~|only|just|prob(?:ably)?)\s*)?$",
    _F,
)


_A_RANGE_AFTER = re.compile(r"\s*(?:am|pm)?\s*(?:-|–|to|till|until|til)\s*[0-9]", _F)


# "alarm 4:10, first pickup 5:45", "first case 0700": when the working day began
_FIRST_OF_THE_DAY_BEFORE = re.compile(
    r"\bfirst\s+(?:[a-z]+\s+)?(?:case|cases|pick[- ]?up|stop|route|run|job|patient|customer"
    r"|client|load|delivery|drop[- ]?off|call|class|meeting|lesson|appointment|appt|shift|flight"
    r"|train|bus|surgery|procedure|game|show|tee\s+time|round|period|bell|service|mass|session"
    r"|order|ride|fare|trip|haul)\s*(?:(?:is|was|at|@|:)\s*)*(?:about\s+|around\s+|~\s*)?$",
    _F,
)


# What, said just before a time (within so many characters), makes it another thing's time
_SAID_BEFORE_IT = (
    (_EVENT_AT_BEFORE, 30),
    (_FIRST_OF_THE_DAY_BEFORE, 40),
    (_ALARM_UNHEARD_BEFORE, 40),
    (_ON_THE_BEFORE, 8),
    (_TIME_NOW_BEFORE, 24),
    (_SYMPTOM_BY_BEFORE, 30),
)


def belongs_elsewhere(s: str, c: Clock, cues: Sequence[Cue], clocks: Sequence[Clock]) -> bool:
    """Whether the time `c` in `s` is the time of something other than the night."""
    if _ANOTHER_ZONE_AFTER.match(s, c.end):
        return True
    if any(said.search(s, max(0, c.start - reach), c.start) for said, reach in _SAID_BEFORE_IT):
        return True
    if _TOTAL_BEFORE.search(s, max(0, c.start - 30), c.start) and not _A_RANGE_AFTER.match(
        s, c.end
    ):
        return True  # ("time in bed: 10:30pm to 6:30am" is the night's own range)
    if _EVENT_CLOCK_BEFORE.search(s, max(0, c.start - 12), c.start) and _EVENT_CLOCK_AFTER.match(
        s, c.end
    ):
        return True
    if _THREW_UP_AT_BEFORE.search(s, max(0, c.start - 40), c.start) and not in_the_night(c):
        return True
    named = _FOR_EVENT_AT_BEFORE.search(s, max(0, c.start - 40), c.start)
    if named is not None and _day_event(named, cues, clocks, counts_without_a_cue=True):
        # "alarm 10:45 for standup at 11", "for the shift at 7" with no cue before it
        return True
    other = _FOR_SOMETHING_AT_BEFORE.search(s, max(0, c.start - 40), c.start)
    if (
        named is None
        and other is not None
        and not MIDDLE.search(s, other.start(), other.end())  # ("went for a pee at 4")
        and _day_event(other, cues, clocks, counts_without_a_cue=False)
    ):
        return True  # "alarm 4:45 for masters swim at 5:30"
    # "alarm at 9:40 for my 10am", "before my 6am alarm"
    return bool(
        _FOR_MY_BEFORE.search(s, max(0, c.start - 16), c.start) and _FOR_MY_AFTER.match(s, c.end)
    )


def _day_event(
    event: re.Match[str], cues: Sequence[Cue], clocks: Sequence[Clock], counts_without_a_cue: bool
) -> bool:
    """Whether "for <event> at" names the day's event rather than the time of the cue before
    it: that cue has a time of its own ("up for work at 5:45" is the getting up), or no cue
    comes before it at all and the event is one the lexicon names (`counts_without_a_cue`)."""
    cue = next((k for k in reversed(cues) if k.start < event.start()), None)
    if cue is None:
        return counts_without_a_cue
    return cue.end <= event.start() and any(
        cue.end <= k.start and k.end <= event.start() for k in clocks
    )
