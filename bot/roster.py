"""Adherence figures for the staff roster, who needs attention first, and the plain-text
tables staff read.

Pure: storage hands in what it read, these functions count and lay out. "Nights logged of
the last 14" counts diary dates from 13 days before the patient's own local today up to
today, since a patient in Honolulu and one in Albany are on different dates at the same
instant; "recent" (for attention) is the patient's own today and the days before it.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import IntEnum
from zoneinfo import ZoneInfo

from bot.entry import DiaryEntry, SideEffect
from bot.metrics import night_metrics

WINDOW_DAYS = 14
TELEGRAM_LIMIT = 4096
# /patients shows one page: a Telegram message holds 4,096 characters, not 10,000 patients.
PAGE_SIZE = 20
# "Recently" for attention: the patient's local today and the days before it, this many.
RECENT_DAYS = 3


class Attention(IntEnum):
    """Why /patients lists a patient first, most urgent first (the value is the order)."""

    SAFETY = 0  # an unacknowledged safety event
    UNREACHABLE = 1  # blocked the bot
    QUIET = 2  # active, enrolled before the recent days, and no night logged in them
    SIDE_EFFECTS = 3  # side effects reported for a night of the recent days
    NONE = 4


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
    consented_at: dt.datetime | None = None
    # The latest night with side effects reported, looked for among the recent days only.
    recent_side_effects_date: dt.date | None = None
    attention: Attention = Attention.NONE


@dataclass(frozen=True)
class ClinicCounts:
    """The /patients header: clinic-wide figures cheap to count in the database."""

    patients: int
    by_status: Mapping[str, int]
    open_events: int
    patients_with_open_events: int
    night: dt.date  # the clinic's yesterday
    nights_logged: int  # diary entries dated `night`, everyone's


@dataclass(frozen=True)
class RosterPage:
    rows: tuple[RosterRow, ...]
    page: int  # 1-based, within 1..pages
    pages: int
    counts: ClinicCounts


def local_today(now: dt.datetime, timezone: str) -> dt.date:
    return now.astimezone(ZoneInfo(timezone)).date()


def window(today: dt.date, days: int = WINDOW_DAYS) -> tuple[dt.date, dt.date]:
    """First and last diary date of the `days` nights ending today."""
    return today - dt.timedelta(days=days - 1), today


def window_days(today: dt.date, days: int = WINDOW_DAYS) -> list[dt.date]:
    first, _ = window(today, days)
    return [first + dt.timedelta(days=n) for n in range(days)]


def timezones_by_today(now: dt.datetime, timezones: Iterable[str]) -> dict[dt.date, list[str]]:
    """Time zones grouped by their local date at `now`: at most three groups (every offset
    in use is within a day of UTC), and one for most of the day in most clinics. Storage
    counts each group's nights in one window rather than each patient's."""
    groups: dict[dt.date, list[str]] = {}
    for timezone in sorted(set(timezones)):
        groups.setdefault(local_today(now, timezone), []).append(timezone)
    return groups


def recent_since(today: dt.date) -> dt.date:
    """The first diary date that counts as recent for a patient whose local date is `today`."""
    return today - dt.timedelta(days=RECENT_DAYS - 1)


def settled_before(now: dt.datetime) -> dt.datetime:
    """Enrolled at or before this instant: long enough to have logged a recent night."""
    return now - dt.timedelta(days=RECENT_DAYS)


def attention(row: RosterRow, *, now: dt.datetime, today: dt.date | None = None) -> Attention:
    """The rule storage.roster orders /patients by, for one row (the two must agree).
    `today` is the patient's local date at `now`, when the caller knows it already."""
    since = recent_since(today or local_today(now, row.timezone))
    if row.open_events:
        return Attention.SAFETY
    if row.status == "unreachable":
        return Attention.UNREACHABLE
    settled = row.consented_at is not None and row.consented_at <= settled_before(now)
    if row.status == "active" and settled and (row.last_entry is None or row.last_entry < since):
        return Attention.QUIET
    if row.recent_side_effects_date is not None and row.recent_side_effects_date >= since:
        return Attention.SIDE_EFFECTS
    return Attention.NONE


def page_count(total: int, per_page: int = PAGE_SIZE) -> int:
    return max(1, math.ceil(total / per_page))


def clamp_page(page: int, pages: int) -> int:
    return min(max(page, 1), pages)


def parse_page(text: str | None) -> int | None:
    """'3' -> 3; None for anything that is not a page number."""
    value = (text or "").strip()
    if not value.isdigit() or len(value) > 6:
        return None
    return int(value)


def telegram_length(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units (an emoji may count as two)."""
    return len(text.encode("utf-16-le")) // 2


def fit_page(head: str, blocks: Sequence[str], *, limit: int = TELEGRAM_LIMIT) -> str:
    """`head` and the blocks in one message under `limit`: when they do not fit, every block
    longer than an equal share is cut to it (every patient of the page stays listed)."""
    text = "\n".join([head, *blocks])
    if telegram_length(text) <= limit:
        return text
    share = (limit - telegram_length(head) - len(blocks)) // max(1, len(blocks))
    return "\n".join([head, *(_cut(block, share) for block in blocks)])


def _cut(text: str, limit: int) -> str:
    """`text` in at most `limit` UTF-16 units, ending "…" and a newline when cut."""
    if telegram_length(text) <= limit:
        return text
    kept = text[: max(0, limit - 2)]
    while kept and telegram_length(kept) > limit - 2:  # astral characters count twice
        kept = kept[:-1]
    return kept.rstrip() + "…\n"


def parse_side_effects(packed: str | None) -> tuple[SideEffect, ...]:
    """'nausea:mild,headache:' (as storage aggregates them) -> side effects, by name."""
    if not packed:
        return ()
    found = []
    for part in packed.split(","):
        if not part:
            continue
        name, _, severity = part.partition(":")
        found.append(SideEffect(name, severity or None))  # type: ignore[arg-type]
    return tuple(sorted(found, key=lambda se: se.name))


def parse_ids(packed: str | None) -> tuple[int, ...]:
    if not packed:
        return ()
    return tuple(sorted(int(part) for part in packed.split(",") if part.strip()))


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
