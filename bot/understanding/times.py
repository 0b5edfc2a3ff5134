"""Clock times, durations, counts, ratings and blood-pressure readings found in a message.

Each reader finds spans in the normalised text. They are run in a fixed order (readings
and ratings, then durations, then counts, then clock times) and a later reader never takes
characters an earlier one took, so "20 min" is a duration, not the clock time 20 and "3x"
is a count, not 3 o'clock.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TypeVar

from bot.understanding.numbers import HOUR_WORD, MINUTE_WORD, NUMBER, NUMBER_WORD, value, word_value
from bot.understanding.prefilter import Gate, Probe, met_among
from bot.understanding.text import Text

_F = re.ASCII
T = TypeVar("T")


@dataclass(frozen=True)
class Clock:
    start: int
    end: int
    hour: int | None  # as written (0-24); None for a bare "half past" (hour of the time before)
    minute: int
    meridiem: str | None = None  # "am", "pm", or "night" ("11 at night", "3 at night")
    h24: bool = False  # written on a 24-hour clock: "23:15", "06:40", "midnight"
    weak: bool = False  # a bare number or number word: a time only right beside a cue


@dataclass(frozen=True)
class Duration:
    start: int
    end: int
    minutes: int | None  # None for "ages", "forever", "a while"


@dataclass(frozen=True)
class Count:
    start: int
    end: int
    value: int | None  # None for "several times", "loads of times"


@dataclass(frozen=True)
class Rating:
    start: int
    end: int
    score: float
    scale: int  # 10 or 5


@dataclass(frozen=True)
class Reading:
    """A blood-pressure style reading, e.g. 148/96."""

    start: int
    end: int
    systolic: int
    diastolic: int


@dataclass
class Mentions:
    readings: list[Reading]
    ratings: list[Rating]
    durations: list[Duration]
    counts: list[Count]
    clocks: list[Clock]


_N = NUMBER
_H = r"(?:hours?|hrs?|h)\b"
_M = r"(?:minutes?|mins?|mns?|m)\b"
_NOT_AFTER_DIGIT = r"(?<![0-9:./])"

# --- readings and ratings -------------------------------------------------------------
# (and said in words: "141 over 90", "150 something over 95")
_READING = re.compile(
    r"(?<![0-9/.])([0-9]{2,3})(?:\s*/\s*|(?:\s*ish|\s+something)?\s+over\s+)([0-9]{2,3})(?![0-9/])",
    _F,
)
_RATING = re.compile(
    rf"(?<![0-9./:])(?P<n>[0-9]{{1,3}}(?:\.[0-9])?|\b{NUMBER_WORD}\b)\s*(?:stars?\s+)?"
    r"(?:(?:/|out\s+of|outt?a)\s*(?P<d>10|5|ten|five)|(?:out\s+of|outt?a)\s+(?:a\s+)?(?P<c>100"
    r"|hundred))"
    r"\b(?![./][0-9])"
    # ("4/10 day sleep": the day's sleep graded, not four days of ten)
    r"(?!\s*(?:mg|ml|min|mins|minutes|hours?|hrs?|times|nights?|days?(?!\s+sleep)|people|ppl)\b)",
    _F,
)

# --- durations --------------------------------------------------------------------------
_Rule = tuple[re.Pattern[str], Callable[[re.Match[str]], int | None]]


def _num(m: re.Match[str], group: str) -> float | None:
    text = m.group(group)
    return value(text) if text else None


_INVALID = -1


def _hours_and_half(m: re.Match[str]) -> int | None:
    n = _num(m, "n")
    return int((1 if n is None else n) * 60 + 30)


def _range(m: re.Match[str]) -> int | None:
    a, b = _num(m, "a"), _num(m, "b")
    if a is None or b is None or b < a:
        return _INVALID  # "forty-five minutes" is not a range from 40 to 5
    per = 60 if m.group("u").startswith("h") else 1  # as re.match(r"h", unit) did
    return round((a + b) / 2 * per)


def _hm(m: re.Match[str]) -> int | None:
    h, mm = _num(m, "h"), _num(m, "m")
    if h is None or mm is None or mm >= 60:
        return None
    return int(h * 60 + mm)


def _hours(m: re.Match[str]) -> int | None:
    n = _num(m, "n")
    return round((1 if n is None else n) * 60)


def _minutes(m: re.Match[str]) -> int | None:
    n = _num(m, "n")
    return None if n is None else round(n)


def _couple(m: re.Match[str]) -> int | None:
    return 120 if m.group("u").startswith("h") else 2


def _const(v: int | None) -> Callable[[re.Match[str]], int | None]:
    return lambda m: v


_DURATIONS: list[_Rule] = [
    # ("an hour an a half", as typed fast)
    (
        re.compile(rf"(?:\b(?P<n>{_N})|\ban?)\s*{_H}\s+(?:and|an|n|&)\s+an?\s+half\b", _F),
        _hours_and_half,
    ),
    (re.compile(rf"(?P<n>{_N})\s+and\s+an?\s+half\s+{_H}", _F), _hours_and_half),
    (re.compile(r"\bhour\s+(?:and|an|n|&)\s+a\s+half\b", _F), _const(90)),
    (
        re.compile(r"\b(?:half\s+an?\s+hour|an?\s+half[- ]hour|half[- ]hour|half\s+hr)\b", _F),
        _const(30),
    ),
    (re.compile(r"\bthree[- ]quarters?\s+of\s+an\s+hour\b", _F), _const(45)),
    (
        re.compile(r"\b(?:an?\s+)?quarter\s+(?:of\s+)?an\s+hour\b|\bquarter[- ]hour\b", _F),
        _const(15),
    ),
    (
        re.compile(
            rf"{_NOT_AFTER_DIGIT}(?P<a>{_N})\s*(?:-|to|or)\s*(?P<b>{_N})\s*(?P<u>{_H}|{_M})", _F
        ),
        _range,
    ),
    (
        re.compile(rf"{_NOT_AFTER_DIGIT}(?P<h>{_N})\s*{_H}\.?\s*(?:and\s+)?(?P<m>{_N})\s*{_M}", _F),
        _hm,
    ),
    # ("total awake: 1 hr 45", the minutes' unit left out, closing the length)
    (
        re.compile(
            r"(?<![0-9:./])(?P<h>[0-9]{1,2})\s*(?:hours?|hrs?)\s+(?P<m>[0-5]?[0-9])"
            r"(?=\s*(?:[.,;!)]|$))",
            _F,
        ),
        _hm,
    ),
    # ("1h25m", as trackers write it)
    (
        re.compile(r"(?<![0-9:./])(?P<h>[0-9]{1,2})\s*h\s*(?P<m>[0-5][0-9])(?:m(?:ins?)?)?\b", _F),
        _hm,
    ),
    # ("up q2h": every two hours, as a chart writes it, is no length)
    (re.compile(rf"(?:{_NOT_AFTER_DIGIT}(?<!\bq)(?P<n>{_N})|\ban?)\s*{_H}", _F), _hours),
    # "a full hour", "a good hour", "a whole hour"
    (re.compile(rf"\ban?\s+(?:full|good|whole|solid)\s+{_H}", _F), _const(60)),
    (re.compile(rf"{_NOT_AFTER_DIGIT}(?P<n>{_N})\s*{_M}", _F), _minutes),
    # "woke 2x, 15 each": minutes a waking, the unit left out
    (re.compile(r"(?<![0-9:./])(?P<n>[0-9]{1,2})(?=\s+(?:each|ea)\b)", _F), _minutes),
    (re.compile(r"\ba\s+couple\s+(?:of\s+)?(?P<u>hours|hrs|minutes|mins)\b", _F), _couple),
    (re.compile(r"\ba\s+few\s+(?:minutes|mins)\b", _F), _const(5)),
    (
        re.compile(
            r"\b(?:(?:a\s+)?few|several|many|couple)\s+(?:more\s+)?(?:hours|hrs)\b"
            r"|\b(?:ages|forever|an?\s+eternity|(?:a\s+)?(?:long|good|little)\s+while|a\s+while"
            r"|a\s+long\s+time|hours\s+and\s+hours|what\s+felt\s+like\s+(?:hours|forever|ages))\b"
            r"|\bhours\b(?<=took\shours)|\bhours\b(?<=took\sme\shours)",
            _F,
        ),
        _const(None),
    ),
]

# --- counts -----------------------------------------------------------------------------


def _count_range(m: re.Match[str]) -> None:
    """ "3 or 4 times", "2-3x": a count, but not one number; the diary holds none rather
    than pick one (the conversation can ask)."""
    return None


def _count(m: re.Match[str]) -> int | None:
    n = _num(m, "n")
    return None if n is None or n != int(n) else int(n)


COUNT_WORDS = {"once": 1, "twice": 2, "thrice": 3}

_COUNTS: list[_Rule] = [
    (
        re.compile(rf"(?<![0-9:./])(?P<a>{_N})\s*(?:-|to|or)\s*(?P<b>{_N})\s*(?:times|x)\b", _F),
        _count_range,
    ),
    (re.compile(rf"(?<![0-9:./])(?P<n>{_N})\s*(?:times?\b|x\b)", _F), _count),
    (re.compile(r"(?<![a-z0-9])x\s*(?P<n>[0-9]{1,2})\b", _F), _count),
    (
        re.compile(
            # ("bed 11 wake up 6": a bedtime, then the waking's time)
            r"(?<![0-9:./])(?<!bed\s)(?<!bed\sat\s)(?<!bed\s@\s)(?<!bed\s~)(?<!asleep\s)"
            r"(?<!\bnot\s)(?<!\bwithout\s)"  # ("not one wake-up all night")
            rf"(?<!asleep\sat\s)(?<!lights\sout\s)(?P<n>{_N})(?=\s+(?:wake[- ]?ups?|awakenings?"
            r"|wakings|night\s+wakings"
            # ("SOL 30 wakes 2": a label's number, then the next label)
            r"|wakes(?!\s*[:=]?\s*[0-9])|occasions|episodes|(?:night\s+)?feeds|feedings"
            # a sleep app's words for them: "6h40m asleep with 3 interruptions" (not an arousal
            # index, nor "3 interruptions at work")
            r"|(?:interruptions|disturbances)(?!\s+(?:at|in|during)\s+(?:work|school|the\s+(?:day"
            r"|office|meeting)|meetings?|class))"
            r"|bathroom\s+trips?|trips?\s+to\s+the\s+(?:bathroom|loo|toilet))\b)",
            _F,
        ),
        _count,
    ),
    # "one waking", "1 brief waking": the singular takes only one (not a time before it: "at 5
    # waking up", "asleep by 1 waking at 8"; nor "one waking hour without pain")
    (
        re.compile(
            r"(?<![0-9:./])(?<!\bat\s)(?<!\bby\s)(?<!\btill\s)(?<!\btil\s)(?<!\buntil\s)"
            r"(?<!\bfrom\s)(?<!\bto\s)(?<!\baround\s)(?<!\babout\s)(?<!\bbed\s)(?<!\basleep\s)"
            r"(?<!\bwithout\s)(?<!\bnot\s)(?<!\bno\s)"
            r"(?P<n>one|1|a\s+single|(?<!\ba\s)single)(?=\s+(?:(?:brief|short|quick|long|small"
            r"|little|minor|real)\s+)?(?:waking|wake)\b(?!\s+(?:up|hours?|moments?|minutes?|days?"
            r"|life|thoughts?)\b))",
            _F,
        ),
        lambda m: 1,
    ),
    (
        re.compile(
            r"(?<!\bfor\s)(?<!\bat\s)\b(?P<w>once|twice|thrice)\b(?!\s+(?:again|in\s+a"
            # ("once I woke up, I..." is "when"; "twice I woke from them" counts)
            r"|i\b(?<=once\si)(?!\s+(?:think|believe|guess|reckon)\b)"
            # "once for 10 min" is a waking's length; "up twice for the loo" is a count
            r"|for(?<=once\sfor)(?!\s+(?:the\s+|a\s+)?(?:bathroom|loo|toilet|dunny|wee|pee|baby|dog"
            r"|kids?|feeds?|water)\b)))",
            _F,
        ),
        lambda m: COUNT_WORDS[m.group("w")],
    ),
    # "woke once for 20 min" (but not "once for 5 min, once for 40": two wakings)
    (
        re.compile(
            r"\b(?P<w>once)(?:(?<=\bwoke\sonce)|(?<=\bwoken\sonce)|(?<=\bup\sonce)"
            r"|(?<=\bawake\sonce)|(?<=\bwaking\sonce))(?=\s+for\b)(?![^.;!?\n]*\b(?:once|another|again|second|twice)\b)",
            _F,
        ),
        lambda m: 1,
    ),
    (re.compile(r"\ba\s+couple(?:\s+of)?(?:\s+times)?\b", _F), _const(2)),
    (re.compile(r"\ba\s+few\s+times\b", _F), _const(3)),
    (
        re.compile(
            r"\b(?:several|multiple|many|numerous|countless|a\s+bunch\s+of|a\s+lot\s+of|lots\s+of"
            r"|loads\s+of|a\s+million|a\s+hundred|so\s+many|too\s+many|a\s+few|few)\s+times\b"
            r"|\bevery\s+(?:hour|half\s+hour|couple\s+(?:of\s+)?hours|few\s+hours|[0-9]+\s+hours?)\b",
            _F,
        ),
        _const(None),
    ),
]

# --- clock times ------------------------------------------------------------------------
_MERIDIEM = (
    r"(?:\s*(?P<ap>am|pm)\b|(?P<ap1>[ap])\b"
    r"|\s+(?P<apw>in\s+the\s+morning|this\s+morning|in\s+the\s+afternoon|this\s+afternoon"
    r"|in\s+the\s+evening|this\s+evening|at\s+night))?"
)
_ISH = r"(?:\s?-?\s?ish\b)?"
_NOT_A_TIME_NOUN = (
    r"(?!\s+(?:point|of|or|more|less|thing|things|time|times|day|days|night|nights|hours?|hrs?"
    r"|mins?|minutes?|weeks?|months?|years?|secs?|seconds?|moment|last|another|big|small"
    r"|little|good|bad|dreams?|nightmares?|glass(?:es)?|cups?|pills?|tabs?|kids?|dogs?|cats?"
    r"|people|person|side|bathroom|and\s+a\s+half|nap|naps|infusions?|sessions?|doses?)\b)"
)
_REL = re.compile(
    rf"\b(?P<mm>half|quarter|{NUMBER_WORD}|[0-9]{{1,2}})(?P<mw>\s+min(?:ute)?s?)?\s+"
    rf"(?P<dir>past|after|to|till|til|before)\s+(?P<hh>[0-9]{{1,2}}|{HOUR_WORD}|midnight|noon)\b"
    r"(?![:.][0-9])" + _MERIDIEM,
    _F,
)
_REL_BARE = re.compile(
    rf"\b(?P<mm>half|quarter)\s+(?P<dir>past|after)\b(?!\s*(?:[0-9]|{HOUR_WORD}\b|midnight|noon))",
    _F,
)
_HALF_BRITISH = re.compile(
    rf"\bhalf\s+(?P<hh>[0-9]{{1,2}}|{HOUR_WORD})\b"
    r"(?!\s*(?:hours?|hrs?|h\b|mins?|minutes?|an?\b|[:.][0-9]|x\b|times|days?|nights?))"
    + _MERIDIEM,
    _F,
)
_HM = re.compile(
    r"(?<![0-9:./])(?P<h>[0-9]{1,2})\s?(?P<sep>[:.]|h(?=[0-5][0-9]))\s?(?P<m>[0-5][0-9])(?![0-9])"
    # (a unit on the next line is the next line's: "final_wake: 07:10\nhr: 104 bpm")
    r"(?![ \t]*(?:hours?|hrs?|mins?|minutes?)\b)" + _MERIDIEM + _ISH,
    _F,
)
# "22:30 hrs", "0545 hrs": the 24-hour clock as police, the forces and wards write it (a
# two-digit hour, so "7:30 hrs" stays seven and a half hours).
_HRS_CLOCK = re.compile(
    r"(?<![0-9:./])(?P<h>[01][0-9]|2[0-3]):?(?P<m>[0-5][0-9])\s*hrs\b" + _MERIDIEM, _F
)
# "woke up for good at 6 15": hour and minutes typed with a space, only beside a cue.
_HM_SPACE = re.compile(
    r"(?<![0-9:./,])(?P<h>[1-9]|1[0-2])\s(?P<m>[0-5][0-9])(?![0-9]|\s*(?:[:/%x]|\.[0-9]|hours?\b|hrs?\b"
    r"|mins?\b|minutes?\b|m\b|times?\b|nights?\b|days?\b|mg\b|ml\b|out\s+of\b|people\b))"
    + _MERIDIEM,
    _F,
)
_HAP = re.compile(
    r"(?<![0-9:./])(?P<h>[0-9]{1,2})(?:\s*(?P<ap>am|pm)\b|(?P<ap1>[ap])\b)" + _ISH, _F
)
_OCLOCK = re.compile(
    rf"(?:(?<![0-9:./])(?P<h>[0-9]{{1,2}})|\b(?P<hw>{HOUR_WORD}))\s*o'?\s?clock\b"
    + _MERIDIEM
    + _ISH,
    _F,
)
_WORD = re.compile(
    # "nine thirty last night": with its minutes an hour word is a time before any noun
    # ("6 thirty", "4 forty five": a digit, then its minutes in words)
    # ("woke after each one", "that one woke me": a pronoun, no hour)
    r"(?<!\beach\s)(?<!\bevery\s)(?<!\bthat\s)(?<!\bthis\s)(?<!\bwhich\s)(?<!\bany\s)(?<!\bthe\s)"
    r"(?<!\blast\s)(?<!\bfirst\s)(?<!\bno\s)"
    rf"\b(?P<hw>{HOUR_WORD}|(?<![0-9:./])(?:1[0-2]|[1-9])(?=[\s-]+{MINUTE_WORD}\b))"
    rf"(?:[\s-]+(?P<mw>{MINUTE_WORD})\b"
    r"(?!\s+(?:hours?|hrs?|mins?|minutes?|times|days?|nights?|weeks?|months?|years?|people)\b)"
    r"|" + _NOT_A_TIME_NOUN + r")" + _MERIDIEM + _ISH,
    _F,
)
_BARE = re.compile(
    # (a unit on the next line is the next line's: "up 7\nnap 20 min")
    # ("bed: 11 / asleep: 11:30": a slash between a form's fields, not a fraction)
    r"(?<![0-9:./$#+])(?P<h>[0-9]{1,2})(?![0-9]|[ \t]*(?:[:%]|/(?![ \t]+(?:[a-z]|[0-9](?:\.[0-9])?"
    r"\s*(?:/|out\s+of)\s*(?:10|5)\b))|\.[0-9]|x\b"
    r"|times?\b|mins?\b"
    r"|minutes?\b|m\b|hours?\b|hrs?\b|h\b|nights?\b|days?\b|weeks?\b|months?\b|years?\b|yrs?\b|mg\b|mcg\b"
    r"|ml\b|pills?\b|tabs?\b|kg\b|lbs?\b|st\b|nd\b|rd\b|th\b|out\s+of\b|outt?a\b|or\s+so\s+times"
    r"|ppl\b|people\b|stars?\b|kids?\b|infusions?\b|sessions?\b|doses?\b|naps?\b|mi\b|miles?\b"
    r"|km\b|k\b))" + _MERIDIEM + _ISH,
    _F,
)
_SPECIAL = re.compile(
    r"\b(?:(?P<mid>midnight)|(?P<noon>12\s*noon|noon|midday))(?:\s?-?\s?ish\b|\b)", _F
)
# Clock times written without a separator ("bed 2330", "woke 615"): three or four digits, a
# real hour and minute. Weak like a bare number, so only right beside a cue; never a year,
# a dose or a reading (those have units, slashes or no cue).
_COMPACT = re.compile(
    r"(?<![0-9:./$#+,])(?P<h>[01]?[0-9]|2[0-3])(?P<m>[0-5][0-9])(?![0-9]|[.,/:%][0-9])"
    r"(?!\s*(?:mg|mcg|ml|kg|lbs?|cal|kcal|steps|bpm|hours?|hrs?|mins?|minutes?|times|x\b|ft|m\b"
    r"|feet|miles?|km|people|ppl|days?|years?|yrs?))"
    r"(?:\s*(?P<ap>am|pm)\b|\s*(?:h|hrs|hours)\b)?",
    _F,
)


# "bed 23h, woke up 7h", "up 6h45": hours written with an h, as much of Europe writes clock
# times. Read before durations, which would take "7h" as seven hours: only right after a
# word that a clock time follows, or an hour no night could last ("22h30").
_H_CLOCK = re.compile(
    r"(?:\b(?:(?:bed|woke(?:\s+up)?|wake\s+up|got\s+up|alarm|lights\s+(?:out|off)|(?P<up>up))"
    r"(?:\s+(?:at|around|about|by))?|at|by|till|until|til)\s+~?\s*"
    r"|(?<![0-9:./])(?=1[3-9]h|2[0-3]h))"
    r"(?P<t>(?P<h>[01]?[0-9]|2[0-3])h(?P<m>[0-5][0-9])?)\b",
    _F,
)
_H_CLOCK_GATE = Gate(_H_CLOCK)
_LONG_BEFORE = re.compile(r"\b(?:slept|sleep|for|took|awake|nap|napped|lasted)\s+(?:\w+\s+)?$", _F)


_WAS_UP_BEFORE = re.compile(r"\b(?:was|were|been|stayed|i'?m|am)\s+$", _F)


def _h_clocks(text: str, probe: Probe) -> Iterator[Clock]:
    found = list(_H_CLOCK_GATE.finditer(_H_CLOCK, probe))
    # ("bed 23h, up 7h": beside another clock written so, "up 7h" is one too)
    clocks_in_h = any(m.group("up") is None for m in found)
    for m in found:
        if (
            m.group("up") is not None
            and m.group("m") is None
            and (not clocks_in_h or _WAS_UP_BEFORE.search(text, max(0, m.start() - 12), m.start()))
        ):
            continue  # "up 2h" is as often how long they were up ("was up 2h": always)
        if m.start("t") == m.start() and _LONG_BEFORE.search(
            text, max(0, m.start() - 20), m.start()
        ):
            continue  # "slept 14h": a length after all
        minute = int(m.group("m") or 0)
        yield Clock(m.start("t"), m.end("t"), int(m.group("h")), minute, None, True)


def _meridiem(m: re.Match[str]) -> str | None:
    groups = m.re.groupindex  # not every pattern has every group; groupdict() builds them all
    ap = (m.group("ap") if "ap" in groups else None) or (
        m.group("ap1") if "ap1" in groups else None
    )
    if ap:
        return "am" if ap.startswith("a") else "pm"
    words = m.group("apw") if "apw" in groups else None
    if not words:
        return None
    if "morning" in words:
        return "am"
    if "night" in words:
        return "night"
    return "pm"


def _hour_value(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    return word_value(token)


def _clock(
    m: re.Match[str], hour: int | None, minute: int, *, h24: bool = False, weak: bool = False
) -> Clock | None:
    meridiem = _meridiem(m)
    if hour is not None:
        if hour > 24 or minute > 59:
            return None
        if meridiem in ("am", "pm") and not 1 <= hour <= 12:
            meridiem = None if hour > 12 else meridiem
            if hour == 0:
                return None
    return Clock(m.start(), m.end(), hour, minute, meridiem, h24, weak and meridiem is None)


_POINT_BEFORE = re.compile(r"\b(?:at|by|about|around|abt|till|until|til|gone|roughly|~)\s*$", _F)


def _rel(m: re.Match[str]) -> Clock | None:
    mm_text, direction, hh = m.group("mm"), m.group("dir"), m.group("hh")
    if mm_text == "half":
        mm: int | None = 30
    elif mm_text == "quarter":
        mm = 15
    else:
        mm = _hour_value(mm_text)
        if mm is None or mm >= 60:
            return None
        backwards = direction in ("to", "till", "til", "before")
        # "10 to 7" and "eleven to seven" are ranges; "ten to seven", "at 10 to 7" and "20 to
        # 12" (no hour 20 in a 12-hour range) are 6:50, 6:50 and 11:40
        if backwards and not m.group("mw"):
            if mm not in (5, 10, 20, 25):
                return None
            if mm_text.isdigit() and (
                direction != "to"  # "awake at 5 till 6" is a range
                or not (mm >= 20 or _POINT_BEFORE.search(m.string, 0, m.start()))
            ):
                return None
    if hh == "midnight":
        base, h24 = 0, True
    elif hh == "noon":
        base, h24 = 12, True
    else:
        hv = _hour_value(hh)
        if hv is None or hv > 12 or hv == 0:
            return None
        base, h24 = hv, False
    if direction in ("past", "after"):
        return _clock(m, base, mm, h24=h24)
    hour = base - 1
    if h24:
        hour %= 24
    elif hour == 0:
        hour = 12
    return _clock(m, hour, 60 - mm, h24=h24)


def _rel_bare(m: re.Match[str]) -> Clock | None:
    return Clock(m.start(), m.end(), None, 30 if m.group("mm") == "half" else 15)


def _half_british(m: re.Match[str]) -> Clock | None:
    hv = _hour_value(m.group("hh"))
    if hv is None or not 1 <= hv <= 12:
        return None
    return _clock(m, hv, 30)


def _hm_clock(m: re.Match[str]) -> Clock | None:
    h_text = m.group("h")
    h, minute = int(h_text), int(m.group("m"))
    if m.group("sep") == "." and m.group("ap") is None and m.group("ap1") is None and h > 12:
        # "22.45" beside a cue is a time; elsewhere it may be a decimal
        return _clock(m, h, minute, h24=True, weak=True) if h <= 23 else None
    h24 = h >= 13 or h == 0 or (len(h_text) == 2 and h_text.startswith("0"))
    if h == 24:
        h = 0
    return _clock(m, h, minute, h24=h24)


def _hrs_clock(m: re.Match[str]) -> Clock | None:
    return _clock(m, int(m.group("h")), int(m.group("m")), h24=True)


def _hm_space(m: re.Match[str]) -> Clock | None:
    return _clock(m, int(m.group("h")), int(m.group("m")), weak=True)


def _hap(m: re.Match[str]) -> Clock | None:
    return _clock(m, int(m.group("h")), 0)


def _oclock(m: re.Match[str]) -> Clock | None:
    hv = _hour_value(m.group("h") or m.group("hw") or "")
    if hv is None or hv > 12:
        return None
    return _clock(m, hv, 0)


def _word(m: re.Match[str]) -> Clock | None:
    hw = m.group("hw")
    hv = int(hw) if hw.isdigit() else word_value(hw)
    if hv is None:
        return None
    mw = m.group("mw")
    if mw:
        minute = word_value(mw)
        if minute is None or minute >= 60:
            return None
        return _clock(m, hv, minute)
    return _clock(m, hv, 0, weak=m.group(0).rstrip().endswith("ish") is False)


def _bare(m: re.Match[str]) -> Clock | None:
    h_text = m.group("h")
    h = int(h_text)
    if h > 24:
        return None
    h24 = h >= 13 or (len(h_text) == 2 and h_text.startswith("0"))
    ish = m.group(0).rstrip().endswith("ish")
    return _clock(m, 0 if h == 24 else h, 0, h24=h24, weak=not ish)


def _compact(m: re.Match[str]) -> Clock | None:
    h_text = m.group("h")
    h, minute = int(h_text), int(m.group("m"))
    if len(h_text) == 1 and h == 0:
        return None
    if m.group("ap") and not 1 <= h <= 12:
        return None
    h24 = h >= 13 or h_text.startswith("0") or (m.group(0).rstrip().endswith(("h", "hrs", "hours")))
    return Clock(m.start(), m.end(), h, minute, _meridiem(m), h24, m.group("ap") is None)


def _special(m: re.Match[str]) -> Clock | None:
    if m.group("mid"):
        return Clock(m.start(), m.end(), 0, 0, None, True)
    return Clock(m.start(), m.end(), 12, 0, None, True)


_CLOCKS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], Clock | None]]] = [
    (_REL, _rel),
    (_REL_BARE, _rel_bare),
    (_HALF_BRITISH, _half_british),
    (_HM, _hm_clock),
    (_HRS_CLOCK, _hrs_clock),
    (_HM_SPACE, _hm_space),
    (_HAP, _hap),
    (_OCLOCK, _oclock),
    (_SPECIAL, _special),
    (_COMPACT, _compact),
    (_WORD, _word),
    (_BARE, _bare),
]


class _Mask:
    def __init__(self, n: int) -> None:
        self.taken = bytearray(n)

    def free(self, a: int, b: int) -> bool:
        return self.taken.find(1, a, b) == -1

    def take(self, a: int, b: int) -> None:
        self.taken[a:b] = b"\x01" * (b - a)


def _pick(mask: _Mask, candidates: list[tuple[int, int, int, T]]) -> list[T]:
    """Longest-first among overlapping candidates, left to right; marks what it keeps.

    A candidate is (start, start - end, order found, item): sorted as tuples, that is left
    to right, longest first, then in the order found.
    """
    if not candidates:
        return []
    candidates.sort()
    chosen: list[T] = []
    for a, neg_len, _, item in candidates:
        b = a - neg_len
        if b > a and mask.free(a, b):
            mask.take(a, b)
            chosen.append(item)
    return chosen


# Cheap tests that let scan() skip whole families of patterns a message cannot match.
_HAS_SLASH = re.compile(r"/|out\s*of|outt?a|\sover\s", _F)

# ... and per pattern: what a message must hold for it to match at all. Substring tests and
# patterns that open with a character class are far cheaper than running a pattern whose
# first step is a look-behind or an alternation over a 4,096-character message.
_Need = Callable[[str], bool]


def _any(*words: str) -> _Need:
    if len(words) == 1:
        word = words[0]
        return lambda s: word in s
    return lambda s: any(map(s.__contains__, words))  # all in C: far cheaper than a genexpr


def _found(pattern: str) -> _Need:
    compiled = re.compile(pattern, _F)
    return lambda s: compiled.search(s) is not None


_UNIT_AFTER_DIGIT = re.compile(r"[0-9\u00bd]\s*[hm]", _F)


_UNIT_WORDS = ("hour", "hr", "min", "mn")


def _has_unit(s: str) -> bool:
    return any(map(s.__contains__, _UNIT_WORDS)) or bool(_UNIT_AFTER_DIGIT.search(s))


_HALF = _any("half")
_HOUR_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_HOUR_WORDS += ("eleven", "twelve")
_DURATION_NEEDS: list[_Need] = [
    _HALF,
    _HALF,
    _HALF,
    _HALF,
    _any("quarter"),
    _any("quarter"),
    _has_unit,
    _has_unit,
    _has_unit,
    _has_unit,
    _has_unit,  # "1 hr 45"
    _has_unit,  # "a full hour"
    _has_unit,
    _any("each", " ea"),  # "15 each"
    _any("couple"),
    _any("few"),
    _any(
        "few", "several", "many", "couple", "ages", "forever", "eternity", "while", "long", "hours"
    ),
]
_TIMES_OR_X = _any("time", "x")
_COUNT_NEEDS: list[_Need] = [
    _TIMES_OR_X,
    _TIMES_OR_X,
    _any("x"),
    _any(
        "wak",
        "awaken",
        "bathroom",
        "trip",
        "feed",
        "occasion",
        "episode",
        "interrupt",
        "disturb",
    ),
    _any("wak", "awaken"),
    _any("once", "twice", "thrice"),
    _any("once"),
    _any("couple"),
    _any("few"),
    _any("times", "every"),
]
_CLOCK_NEEDS: list[_Need] = [
    _any("past", "after", "to", "til", "before"),
    _any("half", "quarter"),
    _HALF,
    _found(r"[0-9]\s?[:.h]\s?[0-5][0-9]"),
    _any("hrs"),
    _found(r"[0-9]\s[0-5][0-9]"),
    _found(r"[0-9]\s*[ap]"),
    _any("clock"),
    _any("midnight", "noon", "midday"),
    _found(r"[0-9][0-9][0-9]"),
    # an hour word, or a digit with its minutes in words ("6 thirty")
    _any(*_HOUR_WORDS, "twenty", "thirty", "forty", "fifty", "teen"),
    _found(r"[0-9]"),
]
assert len(_DURATION_NEEDS) == len(_DURATIONS) and len(_COUNT_NEEDS) == len(_COUNTS)
assert len(_CLOCK_NEEDS) == len(_CLOCKS)


# On top of those needs (which are part of the rules: "ah" is not an hour unless the message
# has a unit), each pattern's gate (prefilter.py) skips it where it cannot match at all.
_READING_GATE = Gate(_READING)
_RATING_GATE = Gate(_RATING)
_DURATION_RULES = [
    (pattern, read, need, Gate(pattern))
    for (pattern, read), need in zip(_DURATIONS, _DURATION_NEEDS, strict=True)
]
_COUNT_RULES = [
    (pattern, read, need, Gate(pattern))
    for (pattern, read), need in zip(_COUNTS, _COUNT_NEEDS, strict=True)
]
_CLOCK_RULES = [
    (pattern, read, need, Gate(pattern))
    for (pattern, read), need in zip(_CLOCKS, _CLOCK_NEEDS, strict=True)
]
# Each family's gates asked in one call: most messages meet few of them, many meet none.
_DURATIONS_MET = met_among([gate for *_, gate in _DURATION_RULES])
_COUNTS_MET = met_among([gate for *_, gate in _COUNT_RULES])
_CLOCKS_MET = met_among([gate for *_, gate in _CLOCK_RULES])


_Rule4 = tuple[re.Pattern[str], Callable[[re.Match[str]], T], _Need, Gate]


def _live(
    rules: list[_Rule4[T]], gates_met: list[int], s: str, needs_met: dict[_Need, bool]
) -> list[int]:
    """Of the rules whose gate is met (`gates_met`, indexes into `rules`), those whose need
    is met too: the only ones that can match. `needs_met` keeps each need's answer, as
    several rules share one."""
    live = []
    for i in gates_met:
        need = rules[i][2]
        met = needs_met.get(need)
        if met is None:
            met = needs_met[need] = need(s)
        if met:
            live.append(i)
    return live


def _matches(
    rules: list[_Rule4[T]], live: list[int], probe: Probe
) -> Iterator[tuple[Callable[[re.Match[str]], T], re.Match[str]]]:
    """Each rule's matches in the message, rule by rule, with the rule's reader; only the
    `live` rules (see _live) run."""
    for i in live:
        pattern, read, _, gate = rules[i]
        for m in gate.finditer(pattern, probe, met=True):
            yield read, m


_MINUTES_TO_HOUR = re.compile(
    rf"\s+(?:to|past|after|till|til|before)\s+(?:[0-9]{{1,2}}|{HOUR_WORD}|midnight|noon)\b"
    r"(?![:.]?[0-9]|\s*(?:min|mins|minutes|hours?|hrs?|h)\b)",
    _F,
)
_TWO_FOR_TO = re.compile(
    r"\b(?:went|go|goes|going|gone|back|bk|get|got|getting|straight|headed|head|off)\s+(2)"
    r"\s+(?:bed|sleep|the\s+(?:bathroom|loo|toilet))\b|\bb(4)\b",
    _F,
)
_LIST_NUMBER = re.compile(r"(?:^|(?<=[\s:;,.]))([0-9]{1,2})\)(?=\s)", _F)
# "1. bed 11:10 2. took 45 min to fall asleep 3. woke 7:05": a list numbered with points,
# told by its first item opening the message (or a line) and the next ones counting on.
# After the first, an item may open with its number or a "~" ("3. ~10 min to fall asleep").
_POINT_NUMBER = re.compile(r"(?:^|(?<=[\s:;,]))([0-9]{1,2})\.(?=\s+(?:[^\W\d]|[~0-9]))", _F)
# "(1) sleep quality 2/5 (2) mood 7/10 (3) total sleep ~5h": a list numbered in brackets
_BRACKET_NUMBER = re.compile(r"\(([0-9]{1,2})\)", _F)


def _point_list_numbers(s: str) -> list[re.Match[str]]:
    """The numbers of a list numbered "1." "2." ... (two at least), in order; else none."""
    found: list[re.Match[str]] = []
    for m in _POINT_NUMBER.finditer(s):
        if int(m.group(1)) != len(found) + 1:
            continue
        if not found and not s[m.end() :].lstrip()[:1].isalpha():
            continue  # the first item opens with a word: "1. bed 11:10"
        before = s[: m.start()].rstrip()
        if not found and before and s[m.start() - 1] != "\n" and not before.endswith(":"):
            return []  # "bed at 11. woke at 6": a time ending its sentence ("list: 1." opens)
        found.append(m)
    return found if len(found) >= 2 else []


def _bracket_list_numbers(s: str) -> list[re.Match[str]]:
    """The numbers of a list numbered "(1)" "(2)" ... (two at least), in order; else none."""
    found: list[re.Match[str]] = []
    for m in _BRACKET_NUMBER.finditer(s):
        if int(m.group(1)) == len(found) + 1:
            found.append(m)
    return found if len(found) >= 2 else []


# "fell asleep around 8 or 9", "woke at 3 or 4am": two times offered, neither known. A
# chart must not hold the first of them (and "6 or 7" is not six awakenings either).
_HOUR = (
    r"(?:[0-9]{1,2}(?:[:.][0-5][0-9])?|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve)"
)
_CLOCK_OR_CLOCK = re.compile(
    rf"\b(?:at|around|about|abt|by|till|until|til|since|after|before|like|maybe|ish|bed|woke"
    rf"|up|asleep|sleep|slept|awake)\s+(?P<both>{_HOUR}\s*(?:am|pm|a\.m\.|p\.m\.)?\s+or\s+"
    rf"(?:maybe\s+)?{_HOUR}(?:\s*(?:am|pm|a\.m\.|p\.m\.|ish|o'?clock))?)\b"
    r"(?!\s*(?:x\b|times|hours?|hrs?|h\b|mins?|minutes?|nights?|days?|weeks?|cups?|pills?))",
    _F,
)


def scan(text: Text) -> Mentions:
    s = text.s
    probe = text.probe
    slash = bool(_HAS_SLASH.search(s))
    h_clocks = bool(_H_CLOCK_GATE.met(probe))
    needs_met: dict[_Need, bool] = {}  # several patterns share a need
    durations = _live(_DURATION_RULES, _DURATIONS_MET(probe), s, needs_met)
    counts = _live(_COUNT_RULES, _COUNTS_MET(probe), s, needs_met)
    clocks = _live(_CLOCK_RULES, _CLOCKS_MET(probe), s, needs_met)
    if not (slash or h_clocks or durations or counts or clocks):
        return Mentions([], [], [], [], [])  # no pattern below can match: most questions
    mask = _Mask(len(s))
    order = 0  # ties in _pick keep the order found
    if "2 " in s or "b4" in s:
        # "went 2 bed @ 11", "cldnt get bk 2 sleep", "asleep b4 midnight": "2" for "to" and
        # the "4" of "before" are no times
        for m in _TWO_FOR_TO.finditer(s):
            group = 1 if m.group(1) else 2
            mask.take(m.start(group), m.end(group))
    if " or " in s:
        for m in _CLOCK_OR_CLOCK.finditer(s):
            mask.take(m.start("both"), m.end("both"))
    if ")" in s:
        # "1) bed 11 2) woke 3x": the numbers of a list are neither times nor counts
        for m in _LIST_NUMBER.finditer(s):
            if s.count("(", 0, m.start()) <= s.count(")", 0, m.start()):
                mask.take(m.start(1), m.end(1) + 1)

    if "1." in s:
        for m in _point_list_numbers(s):
            mask.take(m.start(1), m.end(1) + 1)
    if "(1)" in s:
        for m in _bracket_list_numbers(s):
            mask.take(m.start(), m.end())

    readings: list[tuple[int, int, int, Reading]] = []
    for m in _READING_GATE.finditer(_READING, probe) if slash else ():
        sys_, dia = int(m.group(1)), int(m.group(2))
        if 70 <= sys_ <= 300 and 40 <= dia <= 200 and sys_ > dia:
            a, b = m.span()
            readings.append((a, a - b, order, Reading(a, b, sys_, dia)))
            order += 1
    picked_readings = _pick(mask, readings)

    ratings: list[tuple[int, int, int, Rating]] = []
    for m in _RATING_GATE.finditer(_RATING, probe) if slash else ():
        n = value(m.group("n"))
        d = 100 if m.group("c") else 10 if m.group("d") in ("10", "ten") else 5
        if n is not None and 0 <= n <= d:
            a, b = m.span()
            # "a 90 out of 100" is read on the scale of 10 the spec grades
            score, scale = (n / 10, 10) if d == 100 else (n, d)
            ratings.append((a, a - b, order, Rating(a, b, score, scale)))
            order += 1
    picked_ratings = _pick(mask, ratings)

    picked_h_clocks = _pick(
        mask,
        [(c.start, c.start - c.end, i, c) for i, c in enumerate(_h_clocks(s, probe))]
        if h_clocks
        else [],
    )

    found_durations: list[tuple[int, int, int, Duration]] = []
    for read, m in _matches(_DURATION_RULES, durations, probe):
        minutes = read(m)
        if minutes is not None and not 0 <= minutes <= 24 * 60:  # also skips _INVALID
            continue
        if minutes is not None and minutes < 60 and _MINUTES_TO_HOUR.match(s, m.end()):
            continue  # "woke at five minutes to six": a clock time (_REL), not a length
        a, b = m.span()
        found_durations.append((a, a - b, order, Duration(a, b, minutes)))
        order += 1
    picked_durations = _pick(mask, found_durations)

    found_counts: list[tuple[int, int, int, Count]] = []
    for read, m in _matches(_COUNT_RULES, counts, probe):
        n = read(m)
        if n is not None and not 0 <= n <= 50:
            continue
        a, b = m.span()
        found_counts.append((a, a - b, order, Count(a, b, n)))
        order += 1
    picked_counts = _pick(mask, found_counts)

    found_clocks: list[tuple[int, int, int, Clock]] = []
    for read_clock, m in _matches(_CLOCK_RULES, clocks, probe):
        c = read_clock(m)
        if c is not None:
            found_clocks.append((c.start, c.start - c.end, order, c))
            order += 1
    picked_clocks = _pick(mask, found_clocks)
    if picked_h_clocks:
        picked_clocks = sorted(picked_clocks + picked_h_clocks, key=lambda c: c.start)
    return Mentions(picked_readings, picked_ratings, picked_durations, picked_counts, picked_clocks)


def to_24h(c: Clock, evening: bool) -> tuple[int, int] | None:
    """The 24-hour wall clock for a time read in its role.

    Evening roles (bedtime, lights out, falling asleep): 6-11 are pm, 12 is 00:00, 1-5 am.
    Morning roles (final wake, out of bed): 4-11 am, 12 is 12:00, 1-3 am.
    """
    if c.hour is None:
        return None
    h, m = c.hour, c.minute
    if c.h24 or h > 12:
        return (h % 24, m)
    if c.meridiem == "am":
        return (0 if h == 12 else h, m)
    if c.meridiem == "pm":
        return (h if h == 12 else h + 12, m)
    if c.meridiem == "night" or evening:
        if 6 <= h <= 11:
            return (h + 12, m)
        return (0 if h == 12 else h, m)
    return (h, m)


def with_hour(c: Clock, hour: int, h24: bool) -> Clock:
    return Clock(c.start, c.end, hour, c.minute, c.meridiem, h24, c.weak)


def in_the_night(c: Clock) -> bool:
    """A waking's time that can only be mid-night: before five in the morning (a bare
    "12:30" too, which by day would be lunch)."""
    t = to_24h(c, evening=False)
    return t is not None and (t[0] < 5 or (t[0] == 12 and c.meridiem is None and not c.h24))
