"""When check-ins, reminders and weekly summaries fall due: pure functions of the clock.

All instants are aware datetimes and the results are in UTC; a patient's schedule is an IANA
zone name and a local wall-clock time. The local wall clock is what a patient lives by, so
the UTC instant moves with daylight saving time:
- a wall time that does not exist (spring forward, e.g. 02:30 in New York on 8 March 2026)
  is served at the moment the clock jumps past it;
- a wall time that happens twice (fall back, e.g. 01:30 on 1 November 2026) is served at its
  first occurrence only, so a day never gets two check-ins.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

UTC = dt.UTC
NOON = dt.time(12, 0)
SUNDAY = 6
# A tick that runs a little late is on time, not a catch-up: the minute job may run after
# midnight or noon for a check-in that fell due just before.
ON_TIME_GRACE = dt.timedelta(minutes=30)


def _require_aware(value: dt.datetime, name: str) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be an aware datetime, got {value!r}")


def _zone(tz: str | ZoneInfo) -> ZoneInfo:
    return tz if isinstance(tz, ZoneInfo) else ZoneInfo(tz)


def _transition_after(start_utc: dt.datetime, end_utc: dt.datetime, zone: ZoneInfo) -> dt.datetime:
    """The first instant in (start, end] whose UTC offset differs from the one at `start`."""
    before = start_utc.astimezone(zone).utcoffset()
    lo, hi = start_utc, end_utc
    # Offsets change on whole seconds; halve the window until it is one second wide.
    while hi - lo > dt.timedelta(seconds=1):
        mid = lo + (hi - lo) / 2
        mid = mid.replace(microsecond=0)
        if mid <= lo:
            mid = lo + dt.timedelta(seconds=1)
        if mid.astimezone(zone).utcoffset() == before:
            lo = mid
        else:
            hi = mid
    return hi


def local_instant(day: dt.date, local_time: dt.time, tz: str | ZoneInfo) -> dt.datetime:
    """The UTC instant the wall clock in `tz` reads `local_time` on `day` (see module doc)."""
    zone = _zone(tz)
    wall = dt.datetime.combine(day, local_time.replace(tzinfo=None), tzinfo=zone)
    first = wall.replace(fold=0).astimezone(UTC)
    if first.astimezone(zone).replace(tzinfo=None) == wall.replace(tzinfo=None):
        return first  # exists (fold=0 is the first of two occurrences on a fall-back day)
    # In a gap, fold=1 reads the wall time with the new offset (an instant before the jump)
    # and fold=0 with the old one (an instant after it); the jump lies between the two.
    earlier = wall.replace(fold=1).astimezone(UTC)
    return _transition_after(min(earlier, first), max(earlier, first), zone)


def next_checkin_at(after_utc: dt.datetime, tz: str | ZoneInfo, local_time: dt.time) -> dt.datetime:
    """The first instant strictly after `after_utc` when the clock in `tz` reads `local_time`."""
    _require_aware(after_utc, "after_utc")
    zone = _zone(tz)
    today = after_utc.astimezone(zone).date()
    # Yesterday's slot can still lie ahead of a UTC instant near a date line; three days on
    # is always enough for a daily slot.
    for offset in range(-1, 3):
        candidate = local_instant(today + dt.timedelta(days=offset), local_time, zone)
        if candidate > after_utc:
            return candidate
    raise AssertionError("unreachable: a daily slot falls within three days")


def next_weekly_summary_at(
    after_utc: dt.datetime,
    tz: str | ZoneInfo,
    local_time: dt.time,
    weekday: int = SUNDAY,
) -> dt.datetime:
    """The first instant strictly after `after_utc` at `local_time` on `weekday` (Monday 0)."""
    _require_aware(after_utc, "after_utc")
    if not 0 <= weekday <= 6:
        raise ValueError(f"weekday must be 0 (Monday) to 6 (Sunday), got {weekday}")
    zone = _zone(tz)
    today = after_utc.astimezone(zone).date()
    for offset in range(-1, 9):
        day = today + dt.timedelta(days=offset)
        if day.weekday() != weekday:
            continue
        candidate = local_instant(day, local_time, zone)
        if candidate > after_utc:
            return candidate
    raise AssertionError("unreachable: a weekly slot falls within nine days")


def diary_date_for(checkin_utc: dt.datetime, tz: str | ZoneInfo) -> dt.date:
    """The local date of a check-in: the diary date of the night it asks about."""
    _require_aware(checkin_utc, "checkin_utc")
    return checkin_utc.astimezone(_zone(tz)).date()


def catch_up_allowed(
    due_utc: dt.datetime,
    now_utc: dt.datetime,
    tz: str | ZoneInfo,
    cutoff: dt.time = NOON,
    grace: dt.timedelta = ON_TIME_GRACE,
) -> bool:
    """Whether a check-in that fell due at `due_utc` may still be sent at `now_utc`.

    One sent within `grace` of its time is simply on time. One missed for longer (the bot
    was down) is still worth sending the same local morning, before `cutoff`; after that a
    "how did you sleep?" would arrive out of the blue, so it is dropped.
    """
    _require_aware(due_utc, "due_utc")
    _require_aware(now_utc, "now_utc")
    if now_utc < due_utc:
        return False
    if now_utc - due_utc <= grace:
        return True
    zone = _zone(tz)
    now_local = now_utc.astimezone(zone)
    due_local = due_utc.astimezone(zone)
    return now_local.date() == due_local.date() and now_local.time() < cutoff


def reminder_due_at(sent_utc: dt.datetime, minutes: int) -> dt.datetime:
    """When to remind a patient who has not answered a check-in sent at `sent_utc`."""
    _require_aware(sent_utc, "sent_utc")
    if minutes < 0:
        raise ValueError(f"minutes must not be negative, got {minutes}")
    # Elapsed time, not wall time: "remind in 2 hours" is 2 real hours across a DST change.
    return sent_utc.astimezone(UTC) + dt.timedelta(minutes=minutes)
