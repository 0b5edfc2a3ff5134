"""Diary entries: one row per patient and night, every raw message and every change kept."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

from sqlalchemy import insert, select
from sqlalchemy.orm import Session, joinedload, selectinload

from bot.entry import DIARY_FIELDS, DiaryEntry, SideEffect
from bot.export import Night
from storage.models import DiaryEntryRow, EntryChange, EntryMessage, Patient, SideEffectRow

SCALAR_FIELDS = tuple(name for name in DIARY_FIELDS if name not in ("diary_date", "side_effects"))


def get_row(session: Session, patient_id: int, diary_date: dt.date) -> DiaryEntryRow | None:
    # One night and its few side effects: one joined query, not a second SELECT for them.
    return (
        session.scalars(
            select(DiaryEntryRow)
            .where(DiaryEntryRow.patient_id == patient_id, DiaryEntryRow.diary_date == diary_date)
            .options(joinedload(DiaryEntryRow.side_effects))
        )
        .unique()
        .first()
    )


def to_entry(row: DiaryEntryRow) -> DiaryEntry:
    entry = DiaryEntry(diary_date=row.diary_date, evidence=dict(row.evidence or {}))
    for name in SCALAR_FIELDS:
        setattr(entry, name, getattr(row, name))
    if row.no_side_effects:
        entry.side_effects = []
    elif row.side_effects:
        entry.side_effects = [SideEffect(se.name, se.severity) for se in row.side_effects]  # type: ignore[arg-type]
    return entry


def recent_entries(
    session: Session, patient_id: int, *, since: dt.date, until: dt.date | None = None
) -> list[DiaryEntry]:
    query = (
        select(DiaryEntryRow)
        .where(DiaryEntryRow.patient_id == patient_id, DiaryEntryRow.diary_date >= since)
        .options(selectinload(DiaryEntryRow.side_effects))
        .order_by(DiaryEntryRow.diary_date)
    )
    if until is not None:
        query = query.where(DiaryEntryRow.diary_date <= until)
    return [to_entry(row) for row in session.scalars(query)]


def add_message(
    session: Session,
    row: DiaryEntryRow,
    *,
    text: str,
    kind: str,
    received_at: dt.datetime,
    telegram_message_id: int | None,
) -> int:
    """Keep the patient's words as they came; returns the stored message's id."""
    # One INSERT ... RETURNING: the message is never read back through the ORM.
    return session.execute(
        insert(EntryMessage)
        .values(
            entry_id=row.id,
            telegram_message_id=telegram_message_id,
            kind=kind,
            text=text,
            received_at=received_at,
        )
        .returning(EntryMessage.id)
    ).scalar_one()


def get_or_create_row(
    session: Session, patient_id: int, diary_date: dt.date, *, now: dt.datetime, source: str
) -> DiaryEntryRow:
    return get_row(session, patient_id, diary_date) or create_row(
        session, patient_id, diary_date, now=now, source=source
    )


def create_row(
    session: Session, patient_id: int, diary_date: dt.date, *, now: dt.datetime, source: str
) -> DiaryEntryRow:
    row = DiaryEntryRow(
        patient_id=patient_id,
        diary_date=diary_date,
        evidence={},
        source=source,
        answered_at=now,
        updated_at=now,
    )
    session.add(row)
    session.flush()
    return row


def apply(
    session: Session,
    row: DiaryEntryRow,
    after: DiaryEntry,
    *,
    now: dt.datetime,
    message_id: int | None,
) -> list[str]:
    """Write `after` into the row, one change-history row per field that changed.

    The row's own UPDATE goes out with the transaction's next flush (at the latest its
    commit), where its version check fails if another process changed the night first.
    """
    before = to_entry(row)
    changed: list[str] = []
    history: list[dict[str, object]] = []

    def record(name: str, old: str | None, new: str | None) -> None:
        changed.append(name)
        history.append(
            {
                "entry_id": row.id,
                "message_id": message_id,
                "field": name,
                "old_value": old,
                "new_value": new,
                "changed_at": now,
            }
        )

    for name in SCALAR_FIELDS:
        old, new = getattr(before, name), getattr(after, name)
        if old != new:
            setattr(row, name, new)
            record(name, _text(old), _text(new))
    if _side_effect_key(before.side_effects) != _side_effect_key(after.side_effects):
        record(
            "side_effects",
            _side_effect_json(before.side_effects),
            _side_effect_json(after.side_effects),
        )
        row.no_side_effects = None if after.side_effects is None else not after.side_effects
        row.side_effects = _side_effect_rows(row.side_effects, after.side_effects or [])
    if after.evidence != row.evidence:
        row.evidence = dict(after.evidence)
    if changed:
        if row.confirmed_at is not None:
            row.edits += 1
        row.updated_at = now
        # One multi-row INSERT for the history, not an ORM object per field.
        session.execute(insert(EntryChange), history)
    return changed


def _side_effect_rows(
    existing: Sequence[SideEffectRow], wanted: Sequence[SideEffect]
) -> list[SideEffectRow]:
    """The night's side-effect rows for `wanted`, keeping the row of each name already there.

    A fresh row for a name the night already has would be INSERTed before the old one is
    DELETEd (the unit of work flushes inserts first) and break the one-row-per-name
    constraint; so "nausea, mild" corrected to "nausea, bad" updates the row it has.
    """
    by_name = {se.name: se for se in existing}
    rows: dict[str, SideEffectRow] = {}
    for effect in wanted:
        row = rows.get(effect.name) or by_name.get(effect.name) or SideEffectRow(name=effect.name)
        row.severity = effect.severity
        rows[effect.name] = row
    return list(rows.values())


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return str(value)


def _side_effect_key(items: Sequence[SideEffect] | None) -> object:
    return None if items is None else sorted((se.name, se.severity or "") for se in items)


def _side_effect_json(items: Sequence[SideEffect] | None) -> str | None:
    return None if items is None else json.dumps([se.to_json() for se in items])


def row_for_message(
    session: Session, patient_id: int, telegram_message_id: int
) -> DiaryEntryRow | None:
    """The entry a patient's Telegram message went into, if any."""
    return session.scalars(
        select(DiaryEntryRow)
        .join(EntryMessage, EntryMessage.entry_id == DiaryEntryRow.id)
        .where(
            DiaryEntryRow.patient_id == patient_id,
            EntryMessage.telegram_message_id == telegram_message_id,
        )
        .order_by(EntryMessage.id.desc())
    ).first()


def export_nights(
    session: Session,
    *,
    patient_id: int | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> list[Night]:
    """Nights ready for bot.export, oldest first (one patient's, or everyone's)."""
    query = (
        select(DiaryEntryRow, Patient.label)
        .join(Patient, Patient.id == DiaryEntryRow.patient_id)
        .options(selectinload(DiaryEntryRow.side_effects))
        .order_by(Patient.label, DiaryEntryRow.diary_date)
    )
    if patient_id is not None:
        query = query.where(DiaryEntryRow.patient_id == patient_id)
    if since is not None:
        query = query.where(DiaryEntryRow.diary_date >= since)
    if until is not None:
        query = query.where(DiaryEntryRow.diary_date <= until)
    return [
        Night(
            patient=label,
            entry=to_entry(row),
            answered_at=row.answered_at,
            entry_source=row.source,
            edits=row.edits,
        )
        for row, label in session.execute(query)
    ]


def last_text_of(session: Session, row: DiaryEntryRow, telegram_message_id: int) -> str | None:
    """What a Telegram message said the last time it reached this entry (before an edit)."""
    return session.scalars(
        select(EntryMessage.text)
        .where(
            EntryMessage.entry_id == row.id,
            EntryMessage.telegram_message_id == telegram_message_id,
        )
        .order_by(EntryMessage.id.desc())
    ).first()
