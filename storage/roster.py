"""The staff roster in one query: every patient with adherence, last entry, latest side
effects and open safety events (aggregated in the database, no query per patient)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import String, and_, cast, func, literal, select
from sqlalchemy.orm import Session, aliased

from bot import roster
from bot.roster import DAY_OFFSETS, RosterRow
from storage.models import DiaryEntryRow, Patient, SafetyEvent, SideEffectRow


def roster_rows(session: Session, *, now: dt.datetime, label: str | None = None) -> list[RosterRow]:
    """Everyone (or one label), by label. Nights are counted in each patient's own calendar.

    Each figure is a lookup per patient on the (patient, diary date) index rather than a
    GROUP BY over all history, so one label costs one patient's rows and the whole roster
    does not grow with years of nights.
    """
    utc_today = now.astimezone(dt.UTC).date()
    windows = {
        offset: roster.window(utc_today + dt.timedelta(days=offset)) for offset in DAY_OFFSETS
    }
    entry = aliased(DiaryEntryRow)
    last_entry = (
        select(func.max(entry.diary_date)).where(entry.patient_id == Patient.id).scalar_subquery()
    )
    logged = [
        select(func.count())
        .select_from(entry)
        .where(entry.patient_id == Patient.id, entry.diary_date.between(first, last))
        .scalar_subquery()
        .label(f"logged_{index}")
        for index, (first, last) in enumerate(windows.values())
    ]
    # storage.diary.apply sets no_side_effects on every night whose side effects were stated
    # (True for "none", False when there were some), so "stated" needs no look at side_effects.
    stated_date = (
        select(func.max(entry.diary_date))
        .where(entry.patient_id == Patient.id, entry.no_side_effects.is_not(None))
        .scalar_subquery()
    )
    latest = aliased(DiaryEntryRow)
    effects = (
        select(
            func.aggregate_strings(
                SideEffectRow.name + literal(":") + func.coalesce(SideEffectRow.severity, ""),
                ",",
            )
        )
        .where(SideEffectRow.entry_id == latest.id)
        .scalar_subquery()
    )
    open_ids = (
        select(func.aggregate_strings(cast(SafetyEvent.id, String), ","))
        .where(SafetyEvent.patient_id == Patient.id, SafetyEvent.acknowledged_at.is_(None))
        .scalar_subquery()
    )
    query = (
        select(
            Patient.id,
            Patient.label,
            Patient.status,
            Patient.checkin_time,
            Patient.timezone,
            last_entry.label("last_entry"),
            *logged,
            latest.diary_date.label("se_date"),
            effects.label("effects"),
            open_ids.label("open_ids"),
        )
        .outerjoin(latest, and_(latest.patient_id == Patient.id, latest.diary_date == stated_date))
        .order_by(Patient.label)
    )
    if label is not None:
        query = query.where(Patient.label == label)
    rows = []
    for row in session.execute(query):
        counts = {
            offset: getattr(row, f"logged_{index}") or 0 for index, offset in enumerate(windows)
        }
        rows.append(
            RosterRow(
                patient_id=row.id,
                label=row.label,
                status=row.status,
                checkin_time=row.checkin_time,
                timezone=row.timezone,
                nights_logged=roster.nights_logged(counts, now=now, timezone=row.timezone),
                last_entry=row.last_entry,
                side_effects=(
                    roster.parse_side_effects(row.effects) if row.se_date is not None else None
                ),
                side_effects_date=row.se_date,
                open_events=roster.parse_ids(row.open_ids),
            )
        )
    return rows
