"""The sleep chart for /summary and the weekly summary: one bar per night, from falling
asleep to the final wake, with awakenings marked. Returns PNG bytes (matplotlib, no screen)."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence

from bot.entry import DiaryEntry
from bot.metrics import clock_minutes

# Hours are drawn on a 6 pm -> 6 pm axis so a night is one unbroken bar.
_AXIS_START = 18 * 60


def _axis_minutes(value: dt.time) -> int:
    return (value.hour * 60 + value.minute - _AXIS_START) % (24 * 60)


def sleep_chart(entries: Sequence[DiaryEntry], *, days: Sequence[dt.date]) -> bytes:
    """A PNG with one row per day in `days`; a night without both ends drawn is left blank."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt

    by_date = {e.diary_date: e for e in entries}
    fig, ax = plt.subplots(figsize=(6.4, 0.5 * len(days) + 1.4), dpi=110)
    for row, day in enumerate(days):
        entry = by_date.get(day)
        start = entry and (entry.sleep_onset or entry.lights_out or entry.bedtime)
        end = entry and entry.final_wake
        if not entry or start is None or end is None:
            continue
        left = _axis_minutes(start) / 60
        width = clock_minutes(start, end) / 60
        ax.barh(row, width, left=left, height=0.55, color="#5b7db1")
        if entry.awakenings:
            spots = [
                left + width * (i + 1) / (entry.awakenings + 1) for i in range(entry.awakenings)
            ]
            ax.plot(spots, [row] * len(spots), "v", color="#e07a5f", markersize=7)
    ax.set_yticks(range(len(days)), [d.strftime("%a %d") for d in days])
    ax.set_ylim(len(days) - 0.5, -0.5)
    ticks = list(range(0, 25, 3))
    ax.set_xticks(ticks, [_hour_label((_AXIS_START // 60 + t) % 24) for t in ticks])
    ax.set_xlim(0, 24)
    ax.grid(axis="x", alpha=0.3)
    ax.set_title("Your sleep (▼ = woke up)")
    fig.tight_layout()
    out = io.BytesIO()
    fig.savefig(out, format="png")
    plt.close(fig)
    return out.getvalue()


def _hour_label(hour: int) -> str:
    if hour == 0:
        return "12am"
    if hour == 12:
        return "12pm"
    return f"{hour % 12}{'am' if hour < 12 else 'pm'}"
