"""Streaming reads for exports: diary nights and the audit log, in batches.

Nights come from one ordered query with their side effects joined in, `BATCH` rows at a
time (a server-side cursor on PostgreSQL, read a batch ahead in a thread; SQLite's own
stepping cursor), as the driver's plain values rather than ORM objects: the session's
identity map does not grow and nothing is looked up night by night. Memory stays flat
however many nights are exported.
"""

from __future__ import annotations

import datetime as dt
import io
import queue
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import IO, Any, TypeVar

from sqlalchemy import Row, Select, func, select, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from bot import deidentify, export
from bot.entry import DIARY_FIELDS
from bot.export import Effects, Night, NightRow, row_night
from storage.models import AuditLog, DiaryEntryRow, Patient, SideEffectRow

BATCH = 5000

T = TypeVar("T")

# Every diary field with a column of its own (side effects live in their own table).
_ENTRY_COLUMNS = tuple(name for name in DIARY_FIELDS if name != "side_effects")


@dataclass(frozen=True)
class Filters:
    since: dt.date | None = None
    until: dt.date | None = None
    patient_id: int | None = None


def _filtered(query: Select[Any], filters: Filters) -> Select[Any]:
    if filters.patient_id is not None:
        query = query.where(DiaryEntryRow.patient_id == filters.patient_id)
    if filters.since is not None:
        query = query.where(DiaryEntryRow.diary_date >= filters.since)
    if filters.until is not None:
        query = query.where(DiaryEntryRow.diary_date <= filters.until)
    return query


def count_nights(session: Session, filters: Filters) -> int:
    """How many nights an export with these filters holds (for a progress bar)."""
    return session.scalar(_filtered(select(func.count(DiaryEntryRow.id)), filters)) or 0


def iter_rows(session: Session, filters: Filters, *, batch: int = BATCH) -> Iterator[NightRow]:
    """Nights for bot.export as NightRows, by label and then date, `batch` rows at a time."""
    connection = session.connection()
    postgres = connection.dialect.name == "postgresql"
    if postgres:
        # The plan's cost estimate is large, so PostgreSQL would JIT-compile it, spending
        # most of a second that rows this simple never win back.
        connection.exec_driver_sql("SET LOCAL jit = off")
    # Core rather than the ORM's column loading, which costs more than the rest per night.
    result = connection.execute(night_query(filters).execution_options(yield_per=batch))
    batches: Iterator[Sequence[Row[Any]]] = result.partitions()
    if postgres:
        # The server works in another process: it can make the next rows while this one
        # writes the last. (SQLite runs in this one, and hands the interpreter lock back and
        # forth for every row: a second thread would only slow it down.)
        batches = _read_ahead(batches)
    to_row = _Parsing().row
    night: Row[Any] | None = None  # the night being read, and its side effects so far
    effects: list[tuple[int, str, str | None]] = []
    for rows in batches:
        for row in rows:
            if night is not None and row[0] == night[0]:  # another of this night's effects
                effects.append(row[_EFFECT:])
                continue
            if night is not None:
                yield to_row(night, effects)
            night = row
            effects = [] if row[_EFFECT] is None else [row[_EFFECT:]]
    if night is not None:
        yield to_row(night, effects)


_END = object()


def _read_ahead(batches: Iterator[T]) -> Iterator[T]:
    """`batches`, each fetched in a thread while the caller works on the one before.

    The thread fetches only when asked, one batch ahead, so once the caller stops taking
    batches it touches the connection for the fetch under way at most (which the driver
    finishes before the caller's session can roll back).
    """
    asked: queue.SimpleQueue[bool] = queue.SimpleQueue()
    fetched: queue.SimpleQueue[Any] = queue.SimpleQueue()

    def fetch() -> None:
        while asked.get():
            try:
                batch = next(batches, _END)
            except BaseException as error:  # raised again in the caller's thread
                fetched.put(error)
                return
            fetched.put(batch)
            if batch is _END:
                return

    worker = threading.Thread(target=fetch, name="export-read-ahead", daemon=True)
    worker.start()
    try:
        asked.put(True)
        while (batch := fetched.get()) is not _END:
            if isinstance(batch, BaseException):
                raise batch
            asked.put(True)  # the next one, while the caller works on this one
            yield batch
    finally:
        asked.put(False)
        worker.join()


def night_query(filters: Filters) -> Select[Any]:
    """iter_rows' query: a night, then one of its side effects (id, name and severity).

    A night with several side effects comes once for each, on consecutive rows. One
    statement, so the side effects are of the same moment as the nights and none is looked
    up night by night; not ordered by side effect as well, which would make SQLite sort
    every row rather than read them in order from its indexes. Columns as the driver
    returns them (_raw).
    """
    return _filtered(
        select(*(_raw(column) for column in _NIGHT_COLUMNS))
        .join(Patient, Patient.id == DiaryEntryRow.patient_id)
        .outerjoin(SideEffectRow, SideEffectRow.entry_id == DiaryEntryRow.id)
        .order_by(Patient.label, DiaryEntryRow.diary_date),
        filters,
    )


def iter_nights(session: Session, filters: Filters, *, batch: int = BATCH) -> Iterator[Night]:
    """iter_rows as Nights, for callers that want the entries themselves."""
    return map(row_night, iter_rows(session, filters, batch=batch))


# night_query's columns, in its order; a side effect's id, name and severity come last.
_NIGHT_COLUMNS = (
    DiaryEntryRow.id,
    Patient.label,
    *(getattr(DiaryEntryRow, name) for name in _ENTRY_COLUMNS),
    DiaryEntryRow.no_side_effects,
    DiaryEntryRow.answered_at,
    DiaryEntryRow.source,
    DiaryEntryRow.edits,
    SideEffectRow.id,
    SideEffectRow.name,
    SideEffectRow.severity,
)
_EFFECT = len(_NIGHT_COLUMNS) - 3


def _raw(column: Any) -> Any:
    """The column as the driver returns it, without SQLAlchemy's per-value conversion.

    SQLite hands back dates, times and instants as text and PostgreSQL as Python values;
    _Parsing makes both what the models' types would, for less per night.
    """
    return type_coerce(column, NullType()).label(column.key)


class _Parsing:
    """night_query's rows as NightRows, with the values the models' types would give.

    An export repeats the same few thousand dates and clock times over millions of nights,
    so each distinct one is parsed once.
    """

    def __init__(self) -> None:
        self.dates = _Parsed(dt.date, dt.date.fromisoformat)
        self.clocks = _Parsed(dt.time, dt.time.fromisoformat)

    def row(self, row: Row[Any], effects: list[Any]) -> NightRow:
        """The NightRow of a row of night_query and the (id, name, severity) of its effects."""
        (
            _,
            label,
            diary_date,
            bedtime,
            lights_out,
            sleep_onset,
            sol_min,
            awakenings,
            waso_min,
            final_wake,
            out_of_bed,
            quality,
            nap_min,
            no_side_effects,
            answered_at,
            source,
            edits,
            _,
            _,
            _,
        ) = row
        clocks = self.clocks
        return (
            label,
            self.dates[diary_date],
            clocks[bedtime],
            clocks[lights_out],
            clocks[sleep_onset],
            sol_min,
            awakenings,
            waso_min,
            clocks[final_wake],
            clocks[out_of_bed],
            quality,
            nap_min,
            # "no side effects" stands, whatever rows were kept (as diary.to_entry reads it)
            () if no_side_effects else _stated(effects) if effects else None,
            _instant(answered_at),
            source,
            edits,
        )


def _stated(effects: list[Any]) -> Effects:
    """(name, severity) of each side effect, in the order they were stated (by id)."""
    if len(effects) > 1:
        effects.sort(key=itemgetter(0))
    return tuple((name, severity) for _, name, severity in effects)


class _Parsed(dict[Any, Any]):
    """Driver value -> Python value, parsed on first use and remembered (up to `limit`)."""

    def __init__(self, kind: type, parse: Callable[[str], Any], limit: int = 100_000) -> None:
        super().__init__({None: None})
        self.kind = kind
        self.parse = parse
        self.limit = limit

    def __missing__(self, raw: Any) -> Any:
        value = raw if isinstance(raw, self.kind) else self.parse(raw)
        if len(self) < self.limit:
            self[raw] = value
        return value


def _instant(raw: Any) -> dt.datetime | None:
    """What storage.types.UTCDateTime makes of the driver's value: an aware UTC datetime."""
    if raw is None:
        return None
    if isinstance(raw, str):  # SQLite
        try:  # as stored by SQLAlchemy, without an offset: UTC attached in the same step
            return dt.datetime.fromisoformat(raw + "+00:00")
        except ValueError:
            raw = dt.datetime.fromisoformat(raw)
    # combine rather than replace(tzinfo=...), which takes several times as long
    return dt.datetime.combine(raw.date(), raw.time(), dt.UTC)


@dataclass(frozen=True)
class AuditLine:
    at: dt.datetime
    actor: str
    action: str
    patient: str | None  # the label, or "#id" once the patient is deleted
    detail: dict[str, Any]


def iter_audit(
    session: Session, *, since: dt.datetime | None = None, batch: int = BATCH
) -> Iterator[AuditLine]:
    """The audit log, oldest first, with patient labels where the patient still exists."""
    query = (
        select(AuditLog.at, AuditLog.actor, AuditLog.action, AuditLog.patient_id, Patient.label)
        .add_columns(AuditLog.detail)
        .outerjoin(Patient, Patient.id == AuditLog.patient_id)
        .order_by(AuditLog.at, AuditLog.id)
    )
    if since is not None:
        query = query.where(AuditLog.at >= since)
    for row in session.execute(query.execution_options(yield_per=batch)):
        patient = row.label or (f"#{row.patient_id}" if row.patient_id is not None else None)
        yield AuditLine(row.at, row.actor, row.action, patient, dict(row.detail or {}))


def write_export(
    nights: Iterable[Night],
    stream: IO[bytes],
    *,
    format: str,
    labels: bool = False,
    excel: bool = False,
    salt: str | None = None,
) -> int:
    """write_rows for Nights."""
    return write_rows(
        map(export.night_row, nights), stream, format=format, labels=labels, excel=excel, salt=salt
    )


def write_rows(
    rows: Iterable[NightRow],
    stream: IO[bytes],
    *,
    format: str,
    labels: bool = False,
    excel: bool = False,
    salt: str | None = None,
) -> int:
    """Write nights to a binary stream in `format`; returns how many were written.

    With `salt`, labels become pseudonyms and dates are shifted (bot.deidentify).
    """
    if salt is not None:
        rows = deidentify.deidentified_rows(rows, salt)
    if format == "xlsx":
        return export.write_xlsx_rows(rows, stream, labels=labels)
    text = io.TextIOWrapper(stream, encoding="utf-8", newline="")
    try:
        if format == "csv":
            return export.write_csv_rows(rows, text, labels=labels, excel=excel)
        if format == "json":
            return export.write_jsonl_rows(rows, text, labels=labels)
        raise ValueError(f"unknown export format {format!r}")
    finally:
        text.flush()
        text.detach()  # the caller owns the stream
