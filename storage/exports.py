"""Streaming reads for exports: diary nights and the audit log, in batches.

Rows come from the database `BATCH` at a time (a server-side cursor on PostgreSQL, SQLite's
own stepping cursor), as plain columns rather than ORM objects so the session's identity
map does not grow, and each batch's side effects arrive in one more query. Memory stays
flat however many nights are exported.
"""

from __future__ import annotations

import datetime as dt
import io
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from bot import export
from bot.deidentify import deidentified
from bot.entry import DIARY_FIELDS, DiaryEntry, SideEffect
from bot.export import Night
from storage.models import AuditLog, DiaryEntryRow, Patient, SideEffectRow

BATCH = 1000

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


def iter_nights(session: Session, filters: Filters, *, batch: int = BATCH) -> Iterator[Night]:
    """Nights for bot.export, by label and then date, `batch` rows at a time."""
    query = _filtered(
        select(
            DiaryEntryRow.id,
            Patient.label,
            *(getattr(DiaryEntryRow, name) for name in _ENTRY_COLUMNS),
            DiaryEntryRow.no_side_effects,
            DiaryEntryRow.answered_at,
            DiaryEntryRow.source,
            DiaryEntryRow.edits,
        )
        .join(Patient, Patient.id == DiaryEntryRow.patient_id)
        .order_by(Patient.label, DiaryEntryRow.diary_date),
        filters,
    ).execution_options(yield_per=batch)
    result = session.execute(query)
    for rows in result.partitions():
        effects = _side_effects(session, [row.id for row in rows if not row.no_side_effects])
        for row in rows:
            entry = DiaryEntry(**{name: getattr(row, name) for name in _ENTRY_COLUMNS})
            if row.no_side_effects:
                entry.side_effects = []
            elif row.id in effects:
                entry.side_effects = effects[row.id]
            yield Night(
                patient=row.label,
                entry=entry,
                answered_at=row.answered_at,
                entry_source=row.source,
                edits=row.edits,
            )


def _side_effects(session: Session, entry_ids: list[int]) -> dict[int, list[SideEffect]]:
    found: dict[int, list[SideEffect]] = defaultdict(list)
    if not entry_ids:
        return found
    query = (
        select(SideEffectRow.entry_id, SideEffectRow.name, SideEffectRow.severity)
        .where(SideEffectRow.entry_id.in_(entry_ids))
        .order_by(SideEffectRow.id)
    )
    for entry_id, name, severity in session.execute(query):
        found[entry_id].append(SideEffect(name, severity))
    return found


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
    """Write nights to a binary stream in `format`; returns how many were written.

    With `salt`, labels become pseudonyms and dates are shifted (bot.deidentify).
    """
    if salt is not None:
        nights = deidentified(nights, salt)
    if format == "xlsx":
        return export.write_xlsx(nights, stream, labels=labels)
    text = io.TextIOWrapper(stream, encoding="utf-8", newline="")
    try:
        if format == "csv":
            return export.write_csv(nights, text, labels=labels, excel=excel)
        if format == "json":
            return export.write_jsonl(nights, text, labels=labels)
        raise ValueError(f"unknown export format {format!r}")
    finally:
        text.flush()
        text.detach()  # the caller owns the stream
