"""The minute tick lands just after each minute of the bot's clock."""

from __future__ import annotations

import datetime as dt

import pytest

from handlers.jobs import TICK_MARGIN, seconds_to_next_minute


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (dt.datetime(2026, 11, 24, 7, 59, 59, 500_000, tzinfo=dt.UTC), 0.5),
        (dt.datetime(2026, 11, 24, 7, 59, 0, tzinfo=dt.UTC), 60.0),
        (dt.datetime(2026, 11, 24, 7, 59, 30, 250_000, tzinfo=dt.UTC), 29.75),
    ],
)
def test_the_first_tick_waits_for_the_next_minute_of_the_bots_clock(
    now: dt.datetime, expected: float
) -> None:
    assert seconds_to_next_minute(now) == pytest.approx(expected)
    # the tick then reads HH:MM:00 or a little later, never the minute before
    tick_at = now + dt.timedelta(seconds=seconds_to_next_minute(now) + TICK_MARGIN)
    assert tick_at.second == 0 and tick_at > now
