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


def sol_of(entry: DiaryEntry) -> int | None:
    """Stated minutes to fall asleep, else the gap between trying to sleep and falling asleep."""
    if entry.sol_min is not None:
        return entry.sol_min
    anchor = sleep_anchor(entry)
    if anchor is not None and entry.sleep_onset is not None:
        return clock_minutes(anchor, entry.sleep_onset)
    return None


def waso_of(entry: DiaryEntry) -> int | None:
    """Stated wake time after sleep onset; a night slept straight through has none."""
    if entry.waso_min is not None:
        return entry.waso_min
    if entry.awakenings == 0:
        return 0
    return None


def tib_of(entry: DiaryEntry) -> int | None:
    if entry.bedtime is None or entry.out_of_bed is None:
        return None
    return clock_minutes(entry.bedtime, entry.out_of_bed)


def tst_of(entry: DiaryEntry) -> int | None:
    anchor = sleep_anchor(entry)
    sol = sol_of(entry)
    waso = waso_of(entry)
    if anchor is None or entry.final_wake is None or sol is None or waso is None:
        return None
    tst = clock_minutes(anchor, entry.final_wake) - sol - waso
    # More minutes awake than the night holds: the answers contradict each other, so the
    # honest figure is "unknown" rather than a negative sleep time.
    return tst if tst >= 0 else None


def se_of(tst_min: int | None, tib_min: int | None) -> float | None:
    if tst_min is None or not tib_min:
        return None
    return round(tst_min / tib_min * 100, 1)


def night_metrics(entry: DiaryEntry) -> NightMetrics:
    tib = tib_of(entry)
    tst = tst_of(entry)
    return NightMetrics(
        tib_min=tib,
        tst_min=tst,
        se_pct=se_of(tst, tib),
        sol_min=sol_of(entry),
        waso_min=waso_of(entry),
    )


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
