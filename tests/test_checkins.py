"""Check-in clock: local wall times in several zones, across DST changes."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.checkins import (
    catch_up_allowed,
    diary_date_for,
    next_checkin_at,
    next_weekly_summary_at,
    reminder_due_at,
)

NY = "America/New_York"


def utc(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)


def t(hhmm: str) -> dt.time:
    return dt.time.fromisoformat(hhmm)


@pytest.mark.parametrize(
    ("after", "tz", "local", "expected"),
    [
        # New York, spring forward on 2026-03-08 (02:00 EST -> 03:00 EDT, at 07:00 UTC).
        ("2026-03-08 05:00", NY, "00:30", "2026-03-08 05:30"),
        ("2026-03-08 05:00", NY, "02:30", "2026-03-08 07:00"),  # 02:30 never happens
        ("2026-03-07 12:00", NY, "02:30", "2026-03-08 07:00"),
        ("2026-03-08 07:00", NY, "02:30", "2026-03-09 06:30"),  # next day 02:30 EDT
        ("2026-03-08 05:00", NY, "08:00", "2026-03-08 12:00"),
        ("2026-03-08 05:00", NY, "23:59", "2026-03-09 03:59"),
        ("2026-03-07 12:00", NY, "08:00", "2026-03-07 13:00"),  # still EST
        # New York, fall back on 2026-11-01 (02:00 EDT -> 01:00 EST, at 06:00 UTC).
        ("2026-11-01 04:00", NY, "00:30", "2026-11-01 04:30"),
        ("2026-11-01 04:00", NY, "01:30", "2026-11-01 05:30"),  # first of two 01:30s
        ("2026-11-01 05:30", NY, "01:30", "2026-11-02 06:30"),  # never the second one
        ("2026-11-01 04:00", NY, "02:30", "2026-11-01 07:30"),
        ("2026-11-01 04:00", NY, "08:00", "2026-11-01 13:00"),
        ("2026-11-01 04:00", NY, "23:59", "2026-11-02 04:59"),
        # Strictly after: a call at the slot itself gets tomorrow's.
        ("2026-01-15 13:00", NY, "08:00", "2026-01-16 13:00"),
        ("2026-01-15 12:59", NY, "08:00", "2026-01-15 13:00"),
        # Chicago in summer (CDT, -5): 23:59 on 30 June is 04:59 UTC on 1 July.
        ("2026-07-01 00:00", "America/Chicago", "23:59", "2026-07-01 04:59"),
        ("2026-01-10 12:00", "America/Chicago", "08:00", "2026-01-10 14:00"),
        # London: GMT in winter, BST in summer, spring forward 2026-03-29 at 01:00 UTC.
        ("2026-01-10 09:00", "Europe/London", "08:00", "2026-01-11 08:00"),
        ("2026-06-10 06:00", "Europe/London", "08:00", "2026-06-10 07:00"),
        ("2026-03-28 12:00", "Europe/London", "01:30", "2026-03-29 01:00"),
        ("2026-10-24 12:00", "Europe/London", "01:30", "2026-10-25 00:30"),  # first 01:30 (BST)
        # Kolkata, +05:30 all year.
        ("2026-03-08 00:00", "Asia/Kolkata", "08:00", "2026-03-08 02:30"),
        ("2026-03-08 00:00", "Asia/Kolkata", "00:30", "2026-03-08 19:00"),
        ("2026-03-08 00:00", "Asia/Kolkata", "23:59", "2026-03-08 18:29"),
        # Auckland, ahead of UTC: the local date is already tomorrow's.
        ("2026-01-14 12:00", "Pacific/Auckland", "08:00", "2026-01-14 19:00"),
        ("2026-01-14 20:00", "Pacific/Auckland", "08:00", "2026-01-15 19:00"),
        # Auckland DST ends 2026-04-05 (03:00 NZDT -> 02:00 NZST): 02:30 happens twice.
        ("2026-04-04 00:00", "Pacific/Auckland", "02:30", "2026-04-04 13:30"),
        # Auckland DST starts 2026-09-27 (02:00 NZST -> 03:00 NZDT, at 14:00 UTC the day before).
        ("2026-09-26 00:00", "Pacific/Auckland", "02:30", "2026-09-26 14:00"),
        ("2026-09-26 00:00", "Pacific/Auckland", "00:30", "2026-09-26 12:30"),
    ],
)
def test_next_checkin_at(after: str, tz: str, local: str, expected: str) -> None:
    got = next_checkin_at(utc(after), tz, t(local))
    assert got == utc(expected)
    assert got.tzinfo is dt.UTC


def test_next_checkin_accepts_any_aware_datetime() -> None:
    after = dt.datetime(2026, 3, 8, 0, 0, tzinfo=ZoneInfo(NY))  # 05:00 UTC
    assert next_checkin_at(after, NY, t("00:30")) == utc("2026-03-08 05:30")


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        next_checkin_at(dt.datetime(2026, 3, 8, 5, 0), NY, t("08:00"))
    with pytest.raises(ValueError, match="aware"):
        reminder_due_at(dt.datetime(2026, 3, 8, 5, 0), 60)


ZONES = [NY, "America/Chicago", "Europe/London", "Asia/Kolkata", "Pacific/Auckland"]


@given(
    after=st.datetimes(
        min_value=dt.datetime(2025, 12, 25),
        max_value=dt.datetime(2027, 1, 5),
        timezones=st.just(dt.UTC),
    ),
    tz=st.sampled_from(ZONES),
    local=st.times().map(lambda v: v.replace(second=0, microsecond=0)),
)
def test_next_checkin_is_the_next_time_the_clock_reads_it(
    after: dt.datetime, tz: str, local: dt.time
) -> None:
    got = next_checkin_at(after, tz, local)
    assert after < got <= after + dt.timedelta(hours=25)
    wall = got.astimezone(ZoneInfo(tz))
    if wall.time() != local:
        # Only a wall time skipped by a spring-forward may be served at another reading,
        # and then at the jump, within the skipped hour.
        assert (
            wall.utcoffset() != (got - dt.timedelta(seconds=1)).astimezone(ZoneInfo(tz)).utcoffset()
        )
    # Nothing earlier qualifies: one minute before, the next slot is this same one.
    assert next_checkin_at(got - dt.timedelta(minutes=1), tz, local) == got


@pytest.mark.parametrize(
    ("checkin", "tz", "expected"),
    [
        ("2026-03-08 05:30", NY, "2026-03-08"),
        ("2026-03-09 03:59", NY, "2026-03-08"),  # 23:59 EDT
        ("2026-11-01 05:30", NY, "2026-11-01"),
        ("2026-03-08 19:00", "Asia/Kolkata", "2026-03-09"),
        ("2026-01-14 19:00", "Pacific/Auckland", "2026-01-15"),
        ("2026-06-10 23:30", "Europe/London", "2026-06-11"),
    ],
)
def test_diary_date_for(checkin: str, tz: str, expected: str) -> None:
    assert diary_date_for(utc(checkin), tz) == dt.date.fromisoformat(expected)


@pytest.mark.parametrize(
    ("due", "now", "tz", "allowed"),
    [
        ("2026-01-15 13:00", "2026-01-15 13:00", NY, True),  # on time
        ("2026-01-15 13:00", "2026-01-15 14:00", NY, True),  # 09:00, back after an outage
        ("2026-01-15 13:00", "2026-01-15 16:59", NY, True),  # 11:59
        ("2026-01-15 13:00", "2026-01-15 17:00", NY, False),  # noon
        ("2026-01-15 13:00", "2026-01-16 13:30", NY, False),  # next day
        ("2026-01-15 13:00", "2026-01-15 12:00", NY, False),  # not due yet
        ("2026-01-16 04:59", "2026-01-16 05:10", NY, True),  # 23:59 sent at 00:10: on time
        ("2026-01-16 04:59", "2026-01-16 06:00", NY, False),  # an hour late, another date
        ("2026-01-15 19:00", "2026-01-15 19:10", NY, True),  # 14:00 check-in, a tick late
        ("2026-01-15 19:00", "2026-01-15 20:00", NY, False),  # afternoon outage: dropped
        ("2026-03-08 07:00", "2026-03-08 15:59", NY, True),  # 11:59 EDT on spring-forward day
        ("2026-03-08 07:00", "2026-03-08 16:00", NY, False),
        ("2026-03-08 02:30", "2026-03-08 06:29", "Asia/Kolkata", True),  # 11:59 IST
        ("2026-03-08 02:30", "2026-03-08 06:30", "Asia/Kolkata", False),
        ("2026-01-14 19:00", "2026-01-14 22:00", "Pacific/Auckland", True),  # 11:00 NZDT
    ],
)
def test_catch_up_allowed(due: str, now: str, tz: str, allowed: bool) -> None:
    assert catch_up_allowed(utc(due), utc(now), tz) is allowed


def test_catch_up_cutoff_and_grace_are_settable() -> None:
    due, now = utc("2026-01-15 13:00"), utc("2026-01-15 15:30")  # 08:00 and 10:30 local
    assert catch_up_allowed(due, now, NY, cutoff=t("10:00")) is False
    assert catch_up_allowed(due, now, NY, cutoff=t("11:00")) is True
    late = utc("2026-01-15 19:10")
    assert catch_up_allowed(utc("2026-01-15 19:00"), late, NY, grace=dt.timedelta(0)) is False


@pytest.mark.parametrize(
    ("sent", "minutes", "expected"),
    [
        ("2026-01-15 13:00", 120, "2026-01-15 15:00"),
        ("2026-03-08 06:30", 60, "2026-03-08 07:30"),  # elapsed time across the DST jump
        ("2026-01-15 23:30", 45, "2026-01-16 00:15"),
        ("2026-01-15 13:00", 0, "2026-01-15 13:00"),
    ],
)
def test_reminder_due_at(sent: str, minutes: int, expected: str) -> None:
    assert reminder_due_at(utc(sent), minutes) == utc(expected)


def test_reminder_due_at_is_in_utc() -> None:
    sent = dt.datetime(2026, 1, 15, 8, 0, tzinfo=ZoneInfo(NY))
    got = reminder_due_at(sent, 30)
    assert got == utc("2026-01-15 13:30")
    assert got.tzinfo is dt.UTC


@pytest.mark.parametrize(
    ("after", "tz", "local", "weekday", "expected"),
    [
        # 2026-03-05 is a Thursday; Sunday 8 March is the spring-forward day (EDT by 18:00).
        ("2026-03-05 12:00", NY, "18:00", 6, "2026-03-08 22:00"),
        ("2026-03-08 22:00", NY, "18:00", 6, "2026-03-15 22:00"),
        ("2026-03-08 21:59", NY, "18:00", 6, "2026-03-08 22:00"),
        ("2026-03-05 12:00", NY, "18:00", 0, "2026-03-09 22:00"),  # Monday
        ("2026-03-05 12:00", NY, "18:00", 3, "2026-03-05 23:00"),  # Thursday, EST, later today
        # Sunday 18 January, 09:00 NZDT, is Saturday 20:00 UTC.
        ("2026-01-17 12:00", "Pacific/Auckland", "09:00", 6, "2026-01-17 20:00"),
        ("2026-01-17 20:00", "Pacific/Auckland", "09:00", 6, "2026-01-24 20:00"),
    ],
)
def test_next_weekly_summary_at(
    after: str, tz: str, local: str, weekday: int, expected: str
) -> None:
    assert next_weekly_summary_at(utc(after), tz, t(local), weekday) == utc(expected)


def test_weekly_summary_defaults_to_sunday() -> None:
    got = next_weekly_summary_at(utc("2026-03-05 12:00"), NY, t("18:00"))
    assert got.astimezone(ZoneInfo(NY)).weekday() == 6


def test_weekly_summary_refuses_a_bad_weekday() -> None:
    with pytest.raises(ValueError, match="weekday"):
        next_weekly_summary_at(utc("2026-03-05 12:00"), NY, t("18:00"), weekday=7)
