"""The Consensus Sleep Diary derivations (Carney et al., SLEEP 2012) for export and summaries.

Every figure is None when one of its inputs is missing: a medical record may say "unknown",
never a guess. Clock times are local wall-clock times of one night; a night is shorter than
24 hours, so a difference between two clock times is taken forward across midnight.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from statistics import fmean

from bot.entry import DiaryEntry

MINUTES_PER_DAY = 24 * 60


def clock_minutes(start: dt.time, end: dt.time) -> int:
    """Minutes from `start` forward to `end`, across midnight when `end` reads earlier."""
    start_min = start.hour * 60 + start.minute
    end_min = end.hour * 60 + end.minute
    return (end_min - start_min) % MINUTES_PER_DAY


def add_minutes(start: dt.time, minutes: int) -> dt.time:
    """The wall-clock time `minutes` after `start`, wrapping past midnight."""
    total = (start.hour * 60 + start.minute + minutes) % MINUTES_PER_DAY
    return dt.time(total // 60, total % 60)


def sleep_anchor(entry: DiaryEntry) -> dt.time | None:
    """When the patient started trying to sleep: lights out when stated apart, else bedtime."""
    return entry.lights_out or entry.bedtime


@dataclass(frozen=True)
class NightMetrics:
    tib_min: int | None  # time in bed: bedtime -> out of bed
    tst_min: int | None  # total sleep time (naps are not part of it)
    se_pct: float | None  # sleep efficiency: TST / TIB * 100, one decimal
    sol_min: int | None  # sleep onset latency
    waso_min: int | None  # wake after sleep onset


def minute_of_day(clock: dt.time | None) -> int | None:
    """Minutes past midnight (seconds do not count, as in clock_minutes)."""
    return None if clock is None else clock.hour * 60 + clock.minute


def durations(
    bedtime: int | None,
    lights_out: int | None,
    sleep_onset: int | None,
    sol_min: int | None,
    awakenings: int | None,
    waso_min: int | None,
    final_wake: int | None,
    out_of_bed: int | None,
) -> tuple[int | None, int | None, int | None, int | None]:
    """(TIB, TST, SOL, WASO) of a night whose clock times are minutes past midnight.

    night_metrics' arithmetic (SE aside: se_of), for a caller that already has the minutes:
    the export works them out once per distinct clock time, not once per night.
    """
    # Midnight is minute 0, so "is None" rather than `or`: lights out at 00:00 is stated.
    anchor = lights_out if lights_out is not None else bedtime
    # SOL: stated, else the gap between trying to sleep and falling asleep.
    sol = sol_min
    if sol is None and anchor is not None and sleep_onset is not None:
        sol = (sleep_onset - anchor) % MINUTES_PER_DAY
    # WASO: stated; a night slept straight through has none.
    waso = waso_min
    if waso is None and awakenings == 0:
        waso = 0
    tib = None
    if bedtime is not None and out_of_bed is not None:
        tib = (out_of_bed - bedtime) % MINUTES_PER_DAY
    tst = None
    if anchor is not None and final_wake is not None and sol is not None and waso is not None:
        tst = (final_wake - anchor) % MINUTES_PER_DAY - sol - waso
        # More minutes awake than the night holds: the answers contradict each other, so
        # the honest figure is "unknown" rather than a negative sleep time.
        if tst < 0:
            tst = None
    return tib, tst, sol, waso


def se_of(tst_min: int | None, tib_min: int | None) -> float | None:
    if tst_min is None or not tib_min:
        return None
    return round(tst_min / tib_min * 100, 1)


def night_metrics(entry: DiaryEntry) -> NightMetrics:
    tib, tst, sol, waso = durations(
        minute_of_day(entry.bedtime),
        minute_of_day(entry.lights_out),
        minute_of_day(entry.sleep_onset),
        entry.sol_min,
        entry.awakenings,
        entry.waso_min,
        minute_of_day(entry.final_wake),
        minute_of_day(entry.out_of_bed),
    )
    return NightMetrics(tib, tst, se_of(tst, tib), sol, waso)


def _mean(values: Iterable[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return round(fmean(present), 1) if present else None


def weekly_averages(entries: Iterable[DiaryEntry]) -> dict[str, float | int | None]:
    """Means over the nights that have each figure (None when no night has it).

    Keys: nights (entries given), tst_min, se_pct, sol_min, waso_min, quality.
    """
    nights = list(entries)
    metrics = [night_metrics(e) for e in nights]
    return {
        "nights": len(nights),
        "tst_min": _mean(m.tst_min for m in metrics),
        "se_pct": _mean(m.se_pct for m in metrics),
        "sol_min": _mean(m.sol_min for m in metrics),
        "waso_min": _mean(m.waso_min for m in metrics),
        "quality": _mean(e.quality for e in nights),
    }
