"""Which night a message is about: the diary_date (the morning that night ended).

- default: the date the message was received;
- "the night before last" / "two nights ago": one day earlier ("three nights ago": two);
- "on Saturday night": the morning after the most recent Saturday before that date;
- "for Monday" / "Monday morning": that Monday (the most recent one, today included);
- "for the 12th" / "Nov 12": that date; "the night of the 12th": the morning after;
- "for 11/12" / "on 12 November": that date too (read by dateparser, month first);
- received 00:00-03:59 and speaking of "last night" / "yesterday": the previous date,
  because the coming night has not happened yet. A night in progress keeps the date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from bot.understanding.intent import Reading
from bot.understanding.prefilter import Gate, met_among
from bot.understanding.text import Text

_F = re.ASCII

_WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "weds": 2, "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip
# ... and as misspelt on a phone: "for wensday night"
_MISSPELT_WEEKDAYS: dict[str, int] = {
    "wensday": 2, "wendsday": 2, "wednsday": 2, "wedensday": 2, "wedsday": 2, "tuseday": 1,
    "tusday": 1, "teusday": 1, "thrusday": 3, "thurday": 3, "thursay": 3, "saterday": 5,
    "satuday": 5, "frday": 4, "firday": 4, "sundy": 6, "mondy": 0,
}  # fmt: skip
_WEEKDAYS |= _MISSPELT_WEEKDAYS
_MONTHS: dict[str, int] = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}  # fmt: skip
_DAY_NAMES = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|" + "|".join(
    _MISSPELT_WEEKDAYS
)
_DAY_ABBREVIATIONS = "mon|tues?|wed|weds|thu|thurs?|fri|sat|sun"
_MONTH_NAMES = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)


def _month(name: str) -> str:
    return rf"(?P<{name}>{_MONTH_NAMES})"


def _day(name: str) -> str:
    return rf"(?P<{name}>[0-3]?[0-9])(?:st|nd|rd|th)?"


_NIGHT_OF_WEEKDAY = re.compile(
    rf"\b(?:on\s+|last\s+)?(?P<wd>{_DAY_NAMES}|{_DAY_ABBREVIATIONS})(?:'s)?\s+(?:night|nite)\b", _F
)
_FOR_WEEKDAY = re.compile(
    rf"\b(?:for|on|last)\s+(?:last\s+)?(?P<wd>{_DAY_NAMES})(?:'s)?\b(?!\s+(?:night|nite))"
    rf"|\b(?P<wd2>{_DAY_NAMES}|{_DAY_ABBREVIATIONS})(?:'s)?\s+morning\b",
    _F,
)
_NIGHT_OF_DATE = re.compile(
    rf"\bnight\s+of\s+(?:the\s+)?(?:{_month('mon')}\s+{_day('day')}"
    rf"|{_day('day2')}(?:\s+of\s+{_month('mon2')})?)\b",
    _F,
)
_FOR_DATE = re.compile(
    rf"\b(?:for|on)\s+(?:the\s+)?(?:{_month('mon')}\s+{_day('day')}"
    rf"|(?P<day2>[0-3]?[0-9])(?:st|nd|rd|th)(?:\s+(?:of\s+)?{_month('mon2')})?)\b"
    # "on the 4th night", "on the 2nd day": the place in a run of nights, not a date
    r"(?!\s+(?:nights?|days?|sessions?|infusions?|treatments?|weeks?|months?|times?|doses?"
    r"|rounds?|tries|try|attempts?|one|go)\b)",
    _F,
)
# A date in a shape the rules above do not read ("for 11/22", "on 22 November", "night of
# 11/21/26"): dateparser reads the fragment, US month-first as the clinic writes dates.
# Slashes with 5 or 10 after them are ratings ("for 7/10"), not dates.
_OTHER_DATE = re.compile(
    rf"\b(?P<night>night\s+of|for|on)\s+(?:the\s+)?(?P<frag>"
    rf"[01]?[0-9]/[0-3]?[0-9](?:/(?:20)?[0-9]{{2}})?(?![0-9/])"
    rf"|[0-3]?[0-9]\s+(?:{_MONTH_NAMES})\b(?:\s+20[0-9]{{2}})?)",
    _F,
)
_OTHER_DATE_GATE = Gate(_OTHER_DATE)
_RATING = re.compile(r"^[0-9]{1,2}/(?:5|10)$", _F)
# A named date further back than this is more likely a misreading than a diary entry.
_OLDEST = dt.timedelta(days=62)
_BEFORE_LAST = re.compile(
    r"\b(?:the\s+)?(?:night|nite)\s+before\s+last\b|\b(?:two|2)\s+(?:nights|nites)\s+ago\b"
    r"|\bday\s+before\s+yesterday\b"
    # "Not last night, the night before.", "for the night before, not last night"
    r"|\bnot\s+last\s+(?:night|nite)\W+(?:it\s+was\s+|its\s+|it'?s\s+)?the\s+(?:night|nite)\s+before\b"
    r"|\bthe\s+(?:night|nite)\s+before\W+not\s+last\s+(?:night|nite)\b",
    _F,
)
_N_NIGHTS_AGO = re.compile(r"\b(?P<n>three|four|five|[3-6])\s+(?:nights|nites)\s+ago\b", _F)
# ("doing last nights now": the possessive typed without its apostrophe, before what it
# owns; not "these last nights have been rough", a run of them)
_LAST_NIGHT = re.compile(
    r"\blast\s+(?:night|nite)(?:\b|s\b(?=\s+(?:entry|diary|log|report|numbers|now|sleep)\b))"
    # "forgot to send last nights lol": the record sent, its noun left out
    r"|\b(?:send|sent|sending|log|logged|logging|post|posted|forgot\s+to\s+\w+)\s+last"
    r"\s+(?:night|nite)s\b"
    r"|\byesterday\b|\byesterdays\b(?=\s+(?:day\s+)?(?:sleep|nap|entry|diary|log))|\blast\s+evening\b",
    _F,
)
# "doing his entry for last night", "last night's diary": the night named as the record
# being written, so a writer still awake ("can't sleep so...") writes of the night before
_LAST_NIGHT_AS_RECORD = re.compile(
    r"\b(?:entry|diary|log|report|numbers)\s+for\s+last\s+(?:night|nite)\b"
    r"|\blast\s+(?:night|nite)(?:'s|s)(?=\s+(?:entry|diary|log|report|now|numbers)\b)"
    # "Can't sleep so catching up. Last night: bed 10:30 ...": the night as a label
    r"|(?:^|(?<=[.!\n]\s)|(?<=[.!\n]))last\s+(?:night|nite)\s*:"
    r"|\b(?:send|sent|sending|log|logged|logging|post|posted|forgot\s+to\s+\w+)\s+last"
    r"\s+(?:night|nite)s\b"
    # "still up folding laundry but wanted to put in last night before i forget"
    r"|\b(?:put|putting|fill|filling)\s+in\s+last\s+(?:night|nite)\b(?!\s+(?:at|around|by)\b)"
    # "wanted to send last night before bed: bed 11" (not "tried to send last night earlier")
    r"|\b(?:send|sending|log|logging|enter|entering)\s+last\s+(?:night|nite)"
    r"(?=\s*(?:[:,-]|now\b|before\b))",
    _F,
)
# "cant sleep so doing this now. last night marcus woke me twice": the diary caught up on by
# a writer still up, of a night that ended (not "in bed since 11 last night, wide awake")
_CAUGHT_UP_NOW = re.compile(
    r"\bso\s+(?:doing|filling\s+(?:it\s+)?(?:in|out)|writing|sending)\s+(?:this|it|my\s+(?:diary"
    r"|entry|log)|the\s+(?:diary|entry|log))\s+now\b",
    _F,
)
_AWAKE_STILL = re.compile(
    r"\b(?:still\s+(?:awake|up)|wide\s+awake|in\s+bed\s+since|(?:been|am|i'?m)\s+(?:up|awake)"
    r"\s+since|haven'?t\s+slept|not\s+slept)\b",
    _F,
)
_IN_PROGRESS = re.compile(
    r"\b(?:can'?t|cannot|cant)\s+(?:get\s+(?:back\s+)?to\s+)?sleep\b|\bstill\s+(?:awake|up)\b"
    r"|\b(?:am|i'm|im)\s+(?:awake|up)\b|\bwide\s+awake\b|\bright\s+now\b",
    _F,
)
# What a day named bare ("on Sunday") told first: the evening's going to bed or falling
# asleep, or the morning's waking, within the sentence.
_FIRST_EVENT = re.compile(
    r"[^.!?\n]*?\b(?:(?P<evening>went\s+to\s+(?:bed|sleep)|go\s+to\s+(?:bed|sleep)|got\s+(?:in|into|to)"
    r"\s+bed|fell\s+asleep|fall(?:ing)?\s+asleep|(?:to|get|got)\s+to\s+sleep|lights?\s+out|turned\s+in"
    r"|hit\s+the\s+(?:sack|hay|pillow)|in\s+bed\s+(?:by|at)|bed\s*time|dozed\s+off|drifted\s+off"
    r"|passed\s+out)|woke|wake|waking|awake|alarm|got\s+up|up\s+at)\b",
    _F,
)
# A day named for an event, not for a night: "his knee surgery on Friday", "my infusion on Tue"
_AN_EVENT_BEFORE = re.compile(
    r"\b(?:surgery|operation|appointment|appt|infusion|session|treatment|procedure|visit|meeting"
    r"|interview|exam|test|party|wedding|funeral|flight|trip|shift|game|recital|service|birthday"
    r"|scan|biopsy|consult|checkup|check-up)\s*$",
    _F,
)
_FOR_YESTERDAY = re.compile(r"\bfor\s+yesterday(?:'s)?(?:\s+(?:morning|diary|entry))?\b", _F)
_WORD_NUMBERS = {"three": 3, "four": 4, "five": 5}
_ONLY_MARKS = re.compile(r"^\W*$")
# Most messages name no other night: gates (prefilter.py) skip the searches that cannot match.
_NIGHT_OF_DATE_GATE = Gate(_NIGHT_OF_DATE)
_FOR_DATE_GATE = Gate(_FOR_DATE)
_NIGHT_OF_WEEKDAY_GATE = Gate(_NIGHT_OF_WEEKDAY)
_FOR_WEEKDAY_GATE = Gate(_FOR_WEEKDAY)
_FOR_YESTERDAY_GATE = Gate(_FOR_YESTERDAY)
_LAST_NIGHT_GATE = Gate(_LAST_NIGHT)
_BEFORE_LAST_GATE = Gate(_BEFORE_LAST)
_N_NIGHTS_AGO_GATE = Gate(_N_NIGHTS_AGO)
_ANY_MET = met_among(
    [
        _OTHER_DATE_GATE,
        _NIGHT_OF_DATE_GATE,
        _FOR_DATE_GATE,
        _NIGHT_OF_WEEKDAY_GATE,
        _FOR_WEEKDAY_GATE,
        _FOR_YESTERDAY_GATE,
        _LAST_NIGHT_GATE,
        _BEFORE_LAST_GATE,
        _N_NIGHTS_AGO_GATE,
    ]
)


@dataclass(frozen=True)
class DiaryDate:
    date: dt.date
    span: tuple[int, int] | None  # the words that named another night, if any


def _latest_on_or_before(base: dt.date, month: int, day: int) -> dt.date | None:
    for year in (base.year, base.year - 1):
        try:
            d = dt.date(year, month, day)
        except ValueError:
            continue
        if d <= base:
            return d
    return None


def _latest_day_of_month(base: dt.date, day: int) -> dt.date | None:
    y, m = base.year, base.month
    for _ in range(3):
        try:
            d = dt.date(y, m, day)
            if d <= base:
                return d
        except ValueError:
            pass
        m -= 1
        if m == 0:
            y, m = y - 1, 12
    return None


def _month_day(m: re.Match[str], base: dt.date) -> dt.date | None:
    g = m.groupdict()
    day_text = g.get("day") or g.get("day2")
    if not day_text:
        return None
    day = int(day_text)
    if not 1 <= day <= 31:
        return None
    mon_text = g.get("mon") or g.get("mon2")
    if mon_text:
        return _latest_on_or_before(base, _MONTHS[mon_text[:3]], day)
    return _latest_day_of_month(base, day)


def diary_date(text: Text, received_at: dt.datetime, reading: Reading) -> DiaryDate:
    s = text.s
    today = received_at.date()
    if not _ANY_MET(text.probe):
        return DiaryDate(today, None)  # none of the searches below can match

    def active(m: re.Match[str]) -> bool:
        return reading.span_active(m.start(), m.end()) or bool(
            _ONLY_MARKS.match(s[m.end() : m.end() + 2])
        )

    probe = text.probe
    for m in _OTHER_DATE_GATE.finditer(_OTHER_DATE, probe):
        d = _parsed_date(m.group("frag"), today)
        if d is not None:
            if m.group("night").startswith("night"):
                d += dt.timedelta(days=1)
            if d <= today:
                return DiaryDate(d, m.span())
    for m in _NIGHT_OF_DATE_GATE.finditer(_NIGHT_OF_DATE, probe):
        d = _month_day(m, today - dt.timedelta(days=1))
        if d is not None:
            return DiaryDate(d + dt.timedelta(days=1), m.span())
    for m in _FOR_DATE_GATE.finditer(_FOR_DATE, probe):
        d = _month_day(m, today)
        if d is not None:
            return DiaryDate(d, m.span())
    for m in _NIGHT_OF_WEEKDAY_GATE.finditer(_NIGHT_OF_WEEKDAY, probe):
        if not active(m):
            continue
        wd = _WEEKDAYS[m.group("wd")]
        back = (today.weekday() - wd) % 7 or 7  # strictly before the date received
        return DiaryDate(today - dt.timedelta(days=back - 1), m.span())
    for m in _FOR_WEEKDAY_GATE.finditer(_FOR_WEEKDAY, probe):
        if not active(m):
            continue
        if m.group(0).startswith(("on", "last")) and _LAST_NIGHT_GATE.search(_LAST_NIGHT, probe):
            continue  # "my infusion on Tuesday ... last night I slept": a day, not the night
        if m.group(0).startswith("on") and _AN_EVENT_BEFORE.search(
            s, max(0, m.start() - 30), m.start()
        ):
            continue  # "going over Harold's knee surgery on Friday": that event's day
        wd = _WEEKDAYS[m.group("wd") or m.group("wd2")]
        back = (today.weekday() - wd) % 7
        if m.group("wd") and not m.group(0).startswith("for"):
            evening = _FIRST_EVENT.match(s, m.end())
            if evening is not None and evening.group("evening"):
                # "On Sunday I had no trouble falling asleep", "last Saturday I went to bed
                # at 2": that day's evening, so the night that ended the morning after
                back = back or 7  # strictly before the date received, as "Sunday night"
                return DiaryDate(today - dt.timedelta(days=back - 1), m.span())
        return DiaryDate(today - dt.timedelta(days=back), m.span())

    m = _FOR_YESTERDAY_GATE.search(_FOR_YESTERDAY, probe)
    if m:
        return DiaryDate(today - dt.timedelta(days=1), m.span())
    early = received_at.hour < 4
    base = today
    span = None
    last = _LAST_NIGHT_GATE.search(_LAST_NIGHT, probe) if early else None
    caught_up = _CAUGHT_UP_NOW.search(s) is not None and _AWAKE_STILL.search(s) is None
    if last is not None and (
        not _IN_PROGRESS.search(s) or _LAST_NIGHT_AS_RECORD.search(s) or caught_up
    ):
        base = today - dt.timedelta(days=1)
        span = last.span()
    m = _BEFORE_LAST_GATE.search(_BEFORE_LAST, probe)
    if m:
        return DiaryDate(base - dt.timedelta(days=1), m.span())
    m = _N_NIGHTS_AGO_GATE.search(_N_NIGHTS_AGO, probe)
    if m:
        n_text = m.group("n")
        n = int(n_text) if n_text.isdigit() else _WORD_NUMBERS[n_text]
        return DiaryDate(base - dt.timedelta(days=n - 1), m.span())
    return DiaryDate(base, span)


def _parsed_date(fragment: str, today: dt.date) -> dt.date | None:
    """A date in one of the many shapes people write them, or None."""
    if _RATING.match(fragment):
        return None
    # Imported here: only the rare message with such a date pays for loading dateparser.
    import dateparser

    parsed = dateparser.parse(
        fragment,
        languages=["en"],
        settings={
            "DATE_ORDER": "MDY",
            "PREFER_DATES_FROM": "past",
            "RELATIVE_BASE": dt.datetime.combine(today, dt.time(12)),
            "REQUIRE_PARTS": ["day", "month"],
        },
    )
    if parsed is None:
        return None
    date = parsed.date()
    return date if today - _OLDEST <= date <= today else None
