"""Diary rows for the chart, Excel, pandas or a statistician: columns, values, writers.

Times are HH:MM, dates ISO, a metric whose inputs are missing is empty (never guessed), and
nothing identifies a patient beyond the clinic's own label.

Three formats, each written one night at a time so an export of millions of nights keeps
memory flat (the caller streams the nights in):

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
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any

from bot.entry import SIDE_EFFECT_NAMES, DiaryEntry
from bot.metrics import night_metrics

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


def night_record(night: Night, *, labels: bool = False) -> dict[str, Any]:
    """Typed values (time, int, float, None...) under the export's column names."""
    entry = night.entry
    metrics = night_metrics(entry)
    record: dict[str, Any] = {"patient": night.patient, "diary_date": entry.diary_date}
    for column in ENTRY_COLUMNS[2:12]:
        record[column.name] = getattr(entry, column.name)
    if labels and entry.quality is not None:
        record["quality"] = QUALITY_LABELS.get(entry.quality, entry.quality)
    record.update(tib_min=metrics.tib_min, tst_min=metrics.tst_min, se_pct=metrics.se_pct)
    effects = {se.name: se.severity for se in entry.side_effects or []}
    for name in SIDE_EFFECT_NAMES:
        if entry.side_effects == []:
            record[name] = "none"
        elif name not in effects:
            record[name] = None
        elif effects[name] is None:
            record[name] = "yes"
        else:
            record[name] = effects[name] if labels else SEVERITY_CODES[effects[name]]
    record.update(answered_at=night.answered_at, entry_source=night.entry_source, edits=night.edits)
    return record


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


def csv_lines(
    nights: Iterable[Night], *, labels: bool = False, excel: bool = False
) -> Iterator[list[str]]:
    yield list(COLUMN_NAMES)
    for night in nights:
        record = night_record(night, labels=labels)
        line = [as_text(record[name]) for name in COLUMN_NAMES]
        if excel:
            line[0] = excel_safe(line[0])
        yield line


def excel_safe(text: str) -> str:
    """A label Excel would run as a formula (=, +, -, @) is kept as text with a leading '."""
    return "'" + text if text[:1] in FORMULA_STARTS else text


FORMULA_STARTS = frozenset("=+-@\t\r")
BOM = "\ufeff"


def write_csv(
    nights: Iterable[Night], stream: IO[str], *, labels: bool = False, excel: bool = False
) -> int:
    """Write the header and one line per night; returns the number of nights written."""
    if excel:
        stream.write(BOM)
    writer = csv.writer(stream, lineterminator="\r\n")
    count = -1
    for count, line in enumerate(csv_lines(nights, labels=labels, excel=excel)):  # noqa: B007
        writer.writerow(line)
    return count


def json_record(night: Night, *, labels: bool = False) -> dict[str, Any]:
    """One night as a JSON-ready object: numbers stay numbers, times "HH:MM", missing null."""
    record = night_record(night, labels=labels)
    return {
        name: as_text(value) if isinstance(value, dt.date | dt.time) else value
        for name, value in record.items()
    }


def write_jsonl(nights: Iterable[Night], stream: IO[str], *, labels: bool = False) -> int:
    """JSON Lines: one object per night per line. Returns the number of nights written."""
    count = 0
    for night in nights:
        stream.write(json.dumps(json_record(night, labels=labels), ensure_ascii=False))
        stream.write("\n")
        count += 1
    return count


# Excel number formats for typed cells (openpyxl would pick h:mm:ss for a time).
_XLSX_FORMATS = {"date": "yyyy-mm-dd", "time": "hh:mm", "datetime": "yyyy-mm-dd hh:mm:ss"}


def write_xlsx(nights: Iterable[Night], stream: IO[bytes], *, labels: bool = False) -> int:
    """An XLSX workbook, one sheet "diary", written row by row (openpyxl write-only mode).

    Returns the number of nights written. Excel has no time zones, so answered_at is UTC
    without one (the dictionary says so).
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("diary")
    sheet.freeze_panes = "A2"
    sheet.append(list(COLUMN_NAMES))
    formats = [_XLSX_FORMATS.get(column.type) for column in COLUMNS]
    count = 0
    for night in nights:
        record = night_record(night, labels=labels)
        row: list[Any] = []
        for name, number_format in zip(COLUMN_NAMES, formats, strict=True):
            value = record[name]
            if isinstance(value, dt.datetime):
                value = value.astimezone(dt.UTC).replace(tzinfo=None)
            if value is not None and number_format is not None:
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = number_format
                value = cell
            row.append(value)
        sheet.append(row)
        count += 1
    workbook.save(stream)
    return count
