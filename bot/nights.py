"""Which night a patient means, and the clock times they type, for commands like /log,
/fix yesterday, /summary and /time 6:45am."""

from __future__ import annotations

import datetime as dt
import re

# After this local hour, /log means tonight (the night that ends tomorrow morning).
EVENING_FROM = 18

_CLOCK = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


def night_to_log(local_now: dt.datetime) -> dt.date:
    """The diary date /log starts: last night in the morning, tonight in the evening."""
    return local_now.date() + dt.timedelta(days=1 if local_now.hour >= EVENING_FROM else 0)


def last_days(today: dt.date, count: int) -> list[dt.date]:
    """`count` dates ending with `today`, oldest first."""
    return [today - dt.timedelta(days=count - 1 - n) for n in range(count)]


def parse_hh_mm(text: str) -> dt.time | None:
    """A strict 24-hour HH:MM (7:30 and 07:30 alike); None for anything else."""
    match = _CLOCK.match(text.strip())
    return dt.time(int(match[1]), int(match[2])) if match else None


def parse_clock_time(text: str) -> dt.time | None:
    """7:30, 07:30, 7.30, 6:45am, 7am, 19:00; None for anything else."""
    cleaned = text.strip().lower().replace(" ", "").replace(".", ":")
    suffix = None
    for marker in ("am", "pm", "a", "p"):
        if cleaned.endswith(marker):
            suffix, cleaned = marker[0], cleaned[: -len(marker)]
            break
    if cleaned.isdigit() and len(cleaned) <= 2:
        cleaned += ":00"
    value = parse_hh_mm(cleaned)
    if value is None:
        return None
    if suffix is not None:
        if not 1 <= value.hour <= 12:
            return None
        value = value.replace(hour=value.hour % 12 + (12 if suffix == "p" else 0))
    return value


def night_named(text: str, today: dt.date) -> dt.date | None:
    """/fix's argument: nothing or "today" (last night), "yesterday", or an ISO date not in
    the future."""
    word = text.strip().lower()
    if word in ("", "today", "last night", "lastnight"):
        return today
    if word == "yesterday":
        return today - dt.timedelta(days=1)
    try:
        value = dt.date.fromisoformat(word)
    except ValueError:
        return None
    return value if value <= today else None


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def weekday_named(text: str) -> int | None:
    """Monday 0 .. Sunday 6 from "Sunday", "sun", "sundays"; None when it is not a weekday."""
    word = text.strip().lower().rstrip(".")
    if word.endswith("s") and word[:-1] in WEEKDAYS:
        word = word[:-1]
    if len(word) < 3:
        return None
    return next((n for n, day in enumerate(WEEKDAYS) if day.startswith(word)), None)
