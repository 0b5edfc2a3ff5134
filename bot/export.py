"""Diary rows for the chart, Excel, pandas or a statistician: columns, values, writers.

Times are HH:MM, dates ISO, a metric whose inputs are missing is empty (never guessed), and
nothing identifies a patient beyond the clinic's own label.

Three formats, each written one night at a time so an export of millions of nights keeps
memory flat (the caller streams the nights in, as Nights or, from storage, as NightRows:
flat tuples, with no object per night):

- CSV: UTF-8, CRLF line ends, a header row; with `excel=True` a byte-order mark so Excel
  reads it as UTF-8, and a cell that Excel would run as a formula is quoted with '.
- XLSX: openpyxl's write-only workbook (rows go to a temporary file, not memory); typed
  cells: dates as dates, clock times as times, whole numbers as integers, SE as a decimal.
- JSON: JSON Lines, one object per night per line (`pandas.read_json(path, lines=True)`),
  under the same column names; dates ISO, times "HH:MM", missing values null.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any

from bot.entry import SIDE_EFFECT_NAMES, DiaryEntry, SideEffect
from bot.metrics import durations, minute_of_day, se_of

QUALITY_LABELS = {1: "very poor", 2: "poor", 3: "fair", 4: "good", 5: "very good"}
SEVERITY_CODES = {"mild": 1, "moderate": 2, "severe": 3}


@dataclass(frozen=True)
class Column:
    name: str
    meaning: str
    type: str  # string, date, time, integer, decimal, datetime
    unit: str = ""
    csd_item: str = ""
    identifier: bool = False


ENTRY_COLUMNS: tuple[Column, ...] = (
    Column("patient", "The clinic's label for the patient", "string", identifier=True),
    # Dates of a person's care are identifiers too (HIPAA); --deidentify shifts them.
    Column(
        "diary_date",
        "Date of the morning the night ended",
        "date",
        "YYYY-MM-DD",
        "Today's date",
        identifier=True,
    ),
    Column("bedtime", "Got into bed", "time", "HH:MM local", "Q1"),
    Column(
        "lights_out",
        "Started trying to sleep, when told apart from bedtime",
        "time",
        "HH:MM local",
        "Q2",
    ),
    Column("sleep_onset", "Fell asleep (clock time)", "time", "HH:MM local", "Q2 + Q3"),
    Column("sol_min", "Sleep onset latency: minutes to fall asleep", "integer", "minutes", "Q3"),
    Column(
        "awakenings",
        "Times woken in the night, final awakening not counted",
        "integer",
        "count",
        "Q4",
    ),
    Column(
        "waso_min",
        "Minutes awake after falling asleep, before the final awakening",
        "integer",
        "minutes",
        "Q5",
    ),
    Column("final_wake", "Final awakening", "time", "HH:MM local", "Q6"),
    Column("out_of_bed", "Got out of bed for the day", "time", "HH:MM local", "Q7"),
    Column(
        "quality",
        "Sleep quality: 1 very poor, 2 poor, 3 fair, 4 good, 5 very good",
        "integer",
        "1-5",
        "Q8",
    ),
    Column("nap_min", "Minutes napped during the previous day", "integer", "minutes", "Naps"),
    Column(
        "tib_min", "Time in bed: out of bed minus bedtime", "integer", "minutes", "TIB (derived)"
    ),
    Column(
        "tst_min",
        "Total sleep time: (final wake minus lights out or bedtime) minus SOL minus WASO",
        "integer",
        "minutes",
        "TST (derived)",
    ),
    Column("se_pct", "Sleep efficiency: TST / TIB x 100", "decimal", "percent", "SE (derived)"),
)
SIDE_EFFECT_COLUMNS: tuple[Column, ...] = tuple(
    Column(
        name,
        f"Side effect '{name}': severity 1 mild, 2 moderate, 3 severe; 'yes' when unstated; "
        "'none' when the patient reported no side effects",
        "string",
        "",
        "Side effects (PRO-CTCAE severity)",
    )
    for name in SIDE_EFFECT_NAMES
)
META_COLUMNS: tuple[Column, ...] = (
    Column(
        "answered_at",
        "When the patient first answered for this night (UTC)",
        "datetime",
        "ISO 8601 UTC",
        identifier=True,
    ),
    Column(
        "entry_source",
        "free_text (written unprompted) or guided (answered question by question)",
        "string",
    ),
    Column("edits", "Corrections made after the patient confirmed the night", "integer", "count"),
)
COLUMNS: tuple[Column, ...] = ENTRY_COLUMNS + SIDE_EFFECT_COLUMNS + META_COLUMNS
COLUMN_NAMES: tuple[str, ...] = tuple(c.name for c in COLUMNS)


@dataclass(frozen=True)
class Night:
    """One exported night: the entry and what storage knows about it."""

    patient: str
    entry: DiaryEntry
    answered_at: dt.datetime | None = None
    entry_source: str = ""
    edits: int = 0


# A night as the writers take it: one flat tuple, no object per night, so that storage can
# stream millions of them straight from its query. In this order:
#   patient, diary_date, bedtime, lights_out, sleep_onset, sol_min, awakenings, waso_min,
#   final_wake, out_of_bed, quality, nap_min, side_effects, answered_at, entry_source, edits
# with side_effects None when not mentioned, () when the patient reported none, else
# ((name, severity or None), ...) in the order they were reported; answered_at aware.
Effects = tuple[tuple[str, str | None], ...]
NightRow = tuple[
    str,
    dt.date | None,
    dt.time | None,
    dt.time | None,
    dt.time | None,
    int | None,
    int | None,
    int | None,
    dt.time | None,
    dt.time | None,
    int | None,
    int | None,
    Effects | None,
    dt.datetime | None,
    str,
    int,
]


def night_row(night: Night) -> NightRow:
    entry = night.entry
    effects = entry.side_effects
    return (
        night.patient,
        entry.diary_date,
        entry.bedtime,
        entry.lights_out,
        entry.sleep_onset,
        entry.sol_min,
        entry.awakenings,
        entry.waso_min,
        entry.final_wake,
        entry.out_of_bed,
        entry.quality,
        entry.nap_min,
        None if effects is None else tuple((se.name, se.severity) for se in effects),
        night.answered_at,
        night.entry_source,
        night.edits,
    )


def row_night(row: NightRow) -> Night:
    """The Night a NightRow stands for (night_row's inverse, evidence aside)."""
    effects = row[12]
    entry = DiaryEntry(
        diary_date=row[1],
        bedtime=row[2],
        lights_out=row[3],
        sleep_onset=row[4],
        sol_min=row[5],
        awakenings=row[6],
        waso_min=row[7],
        final_wake=row[8],
        out_of_bed=row[9],
        quality=row[10],
        nap_min=row[11],
        side_effects=None
        if effects is None
        else [SideEffect(name, severity) for name, severity in effects],  # type: ignore[arg-type]
    )
    return Night(row[0], entry, answered_at=row[13], entry_source=row[14], edits=row[15])


def row_figures(row: NightRow) -> tuple[int | None, int | None, float | None]:
    """TIB, TST and SE of a night (bot.metrics)."""
    tib, tst, _, _ = durations(
        minute_of_day(row[2]),
        minute_of_day(row[3]),
        minute_of_day(row[4]),
        row[5],
        row[6],
        row[7],
        minute_of_day(row[8]),
        minute_of_day(row[9]),
    )
    return tib, tst, se_of(tst, tib)


def effect_values(effects: Effects | None, *, labels: bool = False) -> list[Any]:
    """The side-effect columns' values, in SIDE_EFFECT_NAMES order."""
    if effects is None:
        return [None] * len(SIDE_EFFECT_NAMES)
    if not effects:
        return ["none"] * len(SIDE_EFFECT_NAMES)
    stated = dict(effects)  # a name given twice: the last one counts
    values: list[Any] = []
    for name in SIDE_EFFECT_NAMES:
        if name not in stated:
            values.append(None)
        elif stated[name] is None:
            values.append("yes")
        else:
            values.append(stated[name] if labels else SEVERITY_CODES[stated[name]])
    return values


def quality_value(quality: int | None, *, labels: bool = False) -> int | str | None:
    if labels and quality is not None:
        return QUALITY_LABELS.get(quality, quality)
    return quality


def row_record(row: NightRow, *, labels: bool = False) -> dict[str, Any]:
    """Typed values (time, int, float, None...) under the export's column names."""
    values: list[Any] = [*row[:10], quality_value(row[10], labels=labels), row[11]]
    values += row_figures(row)
    values += effect_values(row[12], labels=labels)
    values += row[13:]
    return dict(zip(COLUMN_NAMES, values, strict=True))


def night_record(night: Night, *, labels: bool = False) -> dict[str, Any]:
    return row_record(night_row(night), labels=labels)


def as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


# -- CSV ----------------------------------------------------------------------------------


def csv_lines(
    nights: Iterable[Night], *, labels: bool = False, excel: bool = False
) -> Iterator[list[str]]:
    """The header, then each night's cells as text (unquoted): what write_csv writes."""
    yield list(COLUMN_NAMES)
    for night in nights:
        line = [as_text(value) for value in night_record(night, labels=labels).values()]
        if excel:
            line[0] = excel_safe(line[0])
        yield line


def excel_safe(text: str) -> str:
    """A label Excel would run as a formula (=, +, -, @) is kept as text with a leading '."""
    return "'" + text if text[:1] in FORMULA_STARTS else text


FORMULA_STARTS = frozenset("=+-@\t\r")
BOM = "\ufeff"
CSV_BATCH = 1000  # lines per write


def write_csv(
    nights: Iterable[Night], stream: IO[str], *, labels: bool = False, excel: bool = False
) -> int:
    """Write the header and one line per night; returns the number of nights written."""
    return write_csv_rows(map(night_row, nights), stream, labels=labels, excel=excel)


def write_csv_rows(
    rows: Iterable[NightRow], stream: IO[str], *, labels: bool = False, excel: bool = False
) -> int:
    """write_csv for NightRows: the lines csv.writer would write for csv_lines."""
    if excel:
        stream.write(BOM)
    stream.write(",".join(map(csv_cell, COLUMN_NAMES)) + _CRLF)
    line = _csv_line(labels=labels, excel=excel)
    count = 0
    rows = iter(rows)
    while batch := list(itertools.islice(rows, CSV_BATCH)):
        stream.write(_CRLF.join([line(row) for row in batch]) + _CRLF)
        count += len(batch)
    return count


# A million nights hold only a few thousand distinct clock times, dates and numbers, so
# write_csv_rows renders each distinct value once (the memos below) and a night's line is
# mostly dictionary look-ups. Lines are joined here rather than by csv.writer, which would
# test every cell of every line for quoting: each memoized cell is quoted once, as
# csv.writer would quote it.


class _Memo(dict[Any, Any]):
    """`work(key)` for each key, worked out on first use and remembered (up to `limit`)."""

    def __init__(self, work: Callable[[Any], Any], limit: int = 100_000) -> None:
        super().__init__()
        self.work = work
        self.limit = limit

    def __missing__(self, key: Any) -> Any:
        value = self.work(key)
        if len(self) < self.limit:
            self[key] = value
        return value


def csv_cell(text: str) -> str:
    """`text` as csv.writer (minimal quoting) writes it as one cell of a line of several."""
    out = io.StringIO()
    csv.writer(out, lineterminator=_CRLF).writerow((text, ""))
    return out.getvalue().removesuffix("," + _CRLF)


def _cell(value: Any) -> str:
    return csv_cell(as_text(value))


_CRLF = "\r\n"
_HOUR_MINUTE = [f"{m // 60:02d}:{m % 60:02d}:" for m in range(24 * 60)]  # "HH:MM:"
_SECOND = [f"{s:02d}Z" for s in range(60)]  # "SSZ"


def _csv_line(*, labels: bool, excel: bool) -> Callable[[NightRow], str]:
    """A function giving a night's CSV line (without its line end)."""
    patients = _Memo(lambda label: _cell(excel_safe(label) if excel else label))
    dates, clocks, numbers, words = _Memo(_cell), _Memo(_cell), _Memo(_cell), _Memo(_cell)
    minutes = _Memo(minute_of_day)
    qualities = _Memo(lambda quality: _cell(quality_value(quality, labels=labels)))
    # SE per distinct (TST, TIB): float rounding costs more than a look-up
    efficiencies = _Memo(lambda pair: _cell(se_of(*pair)))
    # The side-effect cells of each distinct set of side effects, joined
    effects_cells = _Memo(
        lambda effects: ",".join(map(_cell, effect_values(effects, labels=labels)))
    )

    def answered_text(value: dt.datetime | None) -> str:
        # From memoized parts: strftime would take longer than the rest of the line.
        if value is None or value.tzinfo is not dt.UTC or value.year < 1000:
            return _cell(value)
        return (
            dates[value.date()]
            + "T"
            + _HOUR_MINUTE[value.hour * 60 + value.minute]
            + _SECOND[value.second]
        )

    def line(row: NightRow) -> str:
        (
            patient,
            day,
            bed,
            lights,
            onset,
            sol,
            awakenings,
            waso,
            wake,
            up,
            quality,
            nap,
            effects,
            answered_at,
            source,
            edits,
        ) = row
        tib, tst, _, _ = durations(
            minutes[bed],
            minutes[lights],
            minutes[onset],
            sol,
            awakenings,
            waso,
            minutes[wake],
            minutes[up],
        )
        return ",".join(
            (
                patients[patient],
                dates[day],
                clocks[bed],
                clocks[lights],
                clocks[onset],
                numbers[sol],
                numbers[awakenings],
                numbers[waso],
                clocks[wake],
                clocks[up],
                qualities[quality],
                numbers[nap],
                numbers[tib],
                numbers[tst],
                efficiencies[tst, tib],
                effects_cells[effects],
                answered_text(answered_at),
                words[source],
                numbers[edits],
            )
        )

    return line


# -- JSON Lines ---------------------------------------------------------------------------


def json_record(row: NightRow, *, labels: bool = False) -> dict[str, Any]:
    """One night as a JSON-ready object: numbers stay numbers, times "HH:MM", missing null."""
    return {
        name: as_text(value) if isinstance(value, dt.date | dt.time) else value
        for name, value in row_record(row, labels=labels).items()
    }


def write_jsonl(nights: Iterable[Night], stream: IO[str], *, labels: bool = False) -> int:
    """JSON Lines: one object per night per line. Returns the number of nights written."""
    return write_jsonl_rows(map(night_row, nights), stream, labels=labels)


def write_jsonl_rows(rows: Iterable[NightRow], stream: IO[str], *, labels: bool = False) -> int:
    """write_jsonl for NightRows."""
    count = 0
    for row in rows:
        stream.write(json.dumps(json_record(row, labels=labels), ensure_ascii=False))
        stream.write("\n")
        count += 1
    return count


# -- XLSX ---------------------------------------------------------------------------------

# Excel number formats for typed cells (openpyxl would pick h:mm:ss for a time).
_XLSX_FORMATS = {"date": "yyyy-mm-dd", "time": "hh:mm", "datetime": "yyyy-mm-dd hh:mm:ss"}


def write_xlsx(nights: Iterable[Night], stream: IO[bytes], *, labels: bool = False) -> int:
    """An XLSX workbook, one sheet "diary", written row by row (openpyxl write-only mode).

    Returns the number of nights written. Excel has no time zones, so answered_at is UTC
    without one (the dictionary says so).
    """
    return write_xlsx_rows(map(night_row, nights), stream, labels=labels)


def write_xlsx_rows(rows: Iterable[NightRow], stream: IO[bytes], *, labels: bool = False) -> int:
    """write_xlsx for NightRows."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("diary")
    sheet.freeze_panes = "A2"
    sheet.append(list(COLUMN_NAMES))
    formats = [_XLSX_FORMATS.get(column.type) for column in COLUMNS]
    count = 0
    for night in rows:
        cells: list[Any] = []
        for value, number_format in zip(
            row_record(night, labels=labels).values(), formats, strict=True
        ):
            if isinstance(value, dt.datetime):
                value = value.astimezone(dt.UTC).replace(tzinfo=None)
            if value is not None and number_format is not None:
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = number_format
                value = cell
            cells.append(value)
        sheet.append(cells)
        count += 1
    workbook.save(stream)
    return count
