"""The staff roster in one query: every patient with adherence, last entry, latest side
effects and open safety events (aggregated in the database, no query per patient)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import String, and_, case, cast, func, literal, or_, select
from sqlalchemy.orm import Session, aliased

from bot import roster
from bot.roster import DAY_OFFSETS, RosterRow
from storage.models import DiaryEntryRow, Patient, SafetyEvent, SideEffectRow


def roster_rows(session: Session, *, now: dt.datetime, label: str | None = None) -> list[RosterRow]:
    """Everyone (or one label), by label. Nights are counted in each patient's own calendar."""
    utc_today = now.astimezone(dt.UTC).date()
    windows = {
        offset: roster.window(utc_today + dt.timedelta(days=offset)) for offset in DAY_OFFSETS
    }
    entry = DiaryEntryRow
    nights = (
        select(
            entry.patient_id,
            func.max(entry.diary_date).label("last_entry"),
            *(
                func.count(case((entry.diary_date.between(first, last), entry.id))).label(
                    f"logged_{index}"
                )
                for index, (first, last) in enumerate(windows.values())
            ),
        )
        .group_by(entry.patient_id)
        .subquery()
    )
    stated = (
        select(entry.patient_id, func.max(entry.diary_date).label("se_date"))
        .where(
            or_(
                entry.no_side_effects.is_(True),
                entry.id.in_(select(SideEffectRow.entry_id)),
            )
        )
        .group_by(entry.patient_id)
        .subquery()
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
    events = (
        select(
            SafetyEvent.patient_id,
            func.aggregate_strings(cast(SafetyEvent.id, String), ",").label("open_ids"),
        )
        .where(SafetyEvent.acknowledged_at.is_(None))
        .group_by(SafetyEvent.patient_id)
        .subquery()
    )
    query = (
        select(
            Patient.id,
            Patient.label,
            Patient.status,
            Patient.checkin_time,
            Patient.timezone,
            nights.c.last_entry,
            *(nights.c[f"logged_{index}"] for index in range(len(windows))),
            stated.c.se_date,
            effects.label("effects"),
            events.c.open_ids,
        )
        .outerjoin(nights, nights.c.patient_id == Patient.id)
        .outerjoin(stated, stated.c.patient_id == Patient.id)
        .outerjoin(
            latest,
            and_(latest.patient_id == Patient.id, latest.diary_date == stated.c.se_date),
        )
        .outerjoin(events, events.c.patient_id == Patient.id)
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
