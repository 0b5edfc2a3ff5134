"""Adherence figures for the staff roster, and the plain-text tables staff read.

Pure: storage hands in what it read, these functions count and lay out. "Nights logged of
the last 14" counts diary dates from 13 days before the patient's own local today up to
today, since a patient in Honolulu and one in Albany are on different dates at the same
instant.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from bot.entry import DiaryEntry, SideEffect
from bot.metrics import night_metrics

WINDOW_DAYS = 14
TELEGRAM_LIMIT = 4096
# Every UTC offset in use is within a day of UTC, so a patient's local date is the UTC
# date moved by one of these.
DAY_OFFSETS: tuple[int, ...] = (-1, 0, 1)


@dataclass(frozen=True)
class RosterRow:
    patient_id: int
    label: str
    status: str
    checkin_time: dt.time
    timezone: str
    nights_logged: int  # of the last WINDOW_DAYS, in the patient's own calendar
    last_entry: dt.date | None
    # The latest night on which side effects were stated: () means "none", None never stated.
    side_effects: tuple[SideEffect, ...] | None
    side_effects_date: dt.date | None
    open_events: tuple[int, ...]


def local_today(now: dt.datetime, timezone: str) -> dt.date:
    return now.astimezone(ZoneInfo(timezone)).date()


def window(today: dt.date, days: int = WINDOW_DAYS) -> tuple[dt.date, dt.date]:
    """First and last diary date of the `days` nights ending today."""
    return today - dt.timedelta(days=days - 1), today


def window_days(today: dt.date, days: int = WINDOW_DAYS) -> list[dt.date]:
    first, _ = window(today, days)
    return [first + dt.timedelta(days=n) for n in range(days)]


def nights_logged(counts: Mapping[int, int], *, now: dt.datetime, timezone: str) -> int:
    """Pick, from counts per day offset (see DAY_OFFSETS), the one of the patient's window."""
    offset = (local_today(now, timezone) - now.astimezone(dt.UTC).date()).days
    return counts.get(offset, 0)


def parse_side_effects(packed: str | None) -> tuple[SideEffect, ...]:
    """'nausea:mild,headache:' (as storage aggregates them) -> side effects, by name."""
    found = []
    for part in (packed or "").split(","):
        if not part:
            continue
        name, _, severity = part.partition(":")
        found.append(SideEffect(name, severity or None))  # type: ignore[arg-type]
    return tuple(sorted(found, key=lambda se: se.name))


def parse_ids(packed: str | None) -> tuple[int, ...]:
    return tuple(sorted(int(part) for part in (packed or "").split(",") if part.strip()))


def aligned(rows: Sequence[Sequence[str]], *, gap: int = 1) -> list[str]:
    """Rows of cells as left-aligned columns (for a monospace block)."""
    if not rows:
        return []
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return [
        (" " * gap)
        .join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        .rstrip()
        for row in rows
    ]


def split_message(blocks: Iterable[str], *, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """Join blocks with newlines into messages under `limit` characters, breaking only
    between blocks (a block longer than the limit is cut between its lines)."""
    messages: list[str] = []
    current = ""
    for block in blocks:
        for piece in _fit(block, limit):
            joined = f"{current}\n{piece}" if current else piece
            if len(joined) <= limit:
                current = joined
            else:
                messages.append(current)
                current = piece
    if current:
        messages.append(current)
    return messages


def _fit(block: str, limit: int) -> list[str]:
    if len(block) <= limit:
        return [block]
    pieces: list[str] = []
    current = ""
    for line in block.split("\n"):
        while len(line) > limit:  # a single over-long line: cut it
            if current:
                pieces.append(current)
                current = ""
            pieces.append(line[:limit])
            line = line[limit:]
        joined = f"{current}\n{line}" if current else line
        if len(joined) <= limit:
            current = joined
        else:
            pieces.append(current)
            current = line
    if current:
        pieces.append(current)
    return pieces


def _clock(value: dt.time | None) -> str:
    return value.strftime("%H:%M") if value else ""


def _hours(minutes: int | None) -> str:
    return f"{minutes // 60}:{minutes % 60:02d}" if minutes is not None else ""


def _effects(entry: DiaryEntry) -> str:
    if entry.side_effects is None:
        return ""
    if not entry.side_effects:
        return "none"
    codes = {"mild": "1", "moderate": "2", "severe": "3"}
    return ",".join(
        f"{se.name}{codes.get(se.severity or '', '')}"
        for se in sorted(entry.side_effects, key=lambda se: se.name)
    )


def night_cells(day: dt.date, entry: DiaryEntry | None, *, missing: str) -> list[str]:
    """One night of the /patient table: date, bed, asleep, wake, up, TST, SE%, Q, effects.

    Asleep is the stated sleep onset, else trying-to-sleep plus minutes to fall asleep; the
    figures are bot.metrics's, so a night with a missing answer shows an empty TST.
    """
    label = day.strftime("%a %d")
    if entry is None:
        return [label, missing, "", "", "", "", "", "", ""]
    metrics = night_metrics(entry)
    asleep = entry.sleep_onset
    anchor = entry.lights_out or entry.bedtime
    if asleep is None and anchor is not None and metrics.sol_min is not None:
        asleep = (dt.datetime.combine(day, anchor) + dt.timedelta(minutes=metrics.sol_min)).time()
    return [
        label,
        _clock(entry.bedtime),
        _clock(asleep),
        _clock(entry.final_wake),
        _clock(entry.out_of_bed),
        _hours(metrics.tst_min),
        f"{metrics.se_pct:.0f}" if metrics.se_pct is not None else "",
        str(entry.quality) if entry.quality is not None else "",
        _effects(entry),
    ]
