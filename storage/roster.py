"""The staff roster: each patient's adherence, last entry, latest side effects and open
safety events (roster_rows), and /patients' pages, those needing attention first
(roster_page).

roster_rows looks each figure up per patient on the (patient, diary date) index, so one
label or one page costs only those patients' rows. roster_page orders everyone by sets
read from the (diary date, patient) index over the recent days alone, so a page costs the
same with years of nights as with a week of them.

Nights are counted in each patient's own calendar: patients are grouped by their local
date (bot.roster.timezones_by_today; at most three groups), and each group's window is a
bound value, so a patient's figures are one index range each whatever their time zone.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Sequence
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    Date,
    Integer,
    Select,
    String,
    and_,
    bindparam,
    case,
    cast,
    distinct,
    false,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.elements import ColumnElement

from bot import roster
from bot.roster import PAGE_SIZE, Attention, ClinicCounts, RosterPage, RosterRow
from storage.models import DiaryEntryRow, Patient, SafetyEvent, SideEffectRow

# Counted one by one in the /patients header (any other status counts in the total only).
STATUSES = ("active", "paused", "unreachable", "invited", "withdrawn")


def roster_rows(
    session: Session,
    *,
    now: dt.datetime,
    label: str | None = None,
    ids: Sequence[int] | None = None,
) -> list[RosterRow]:
    """Everyone by label (`sleepdiary patients`), one label (/patient), or the patients
    `ids` in that order (a /patients page)."""
    if label is not None:
        zones = session.scalars(select(Patient.timezone).where(Patient.label == label)).all()
        return _rows(session, now, "label", zones, label=label)
    if ids is not None:
        if not ids:
            return []
        zones = session.scalars(
            select(Patient.timezone).where(Patient.id.in_(ids)).distinct()
        ).all()
        return _rows(session, now, "ids", zones, ids=list(ids))
    zones = session.scalars(select(Patient.timezone).distinct()).all()
    return _rows(session, now, "all", zones)


def roster_page(
    session: Session,
    *,
    now: dt.datetime,
    page: int,
    clinic_timezone: str,
    per_page: int = PAGE_SIZE,
) -> RosterPage:
    """One page of /patients: by attention (bot.roster.attention), then by label."""
    counts = clinic_counts(session, now=now, clinic_timezone=clinic_timezone)
    pages = roster.page_count(counts.patients, per_page)
    page = roster.clamp_page(page, pages)
    zones = session.scalars(select(Patient.timezone).distinct()).all()
    ids = session.scalars(
        select(Patient.id)
        .order_by(attention_order(now, zones), Patient.label)
        .limit(per_page)
        .offset((page - 1) * per_page)
    ).all()
    rows = _rows(session, now, "ids", zones, ids=list(ids)) if ids else []
    return RosterPage(rows=tuple(rows), page=page, pages=pages, counts=counts)


def clinic_counts(session: Session, *, now: dt.datetime, clinic_timezone: str) -> ClinicCounts:
    """Patients by status, open safety events, and nights logged for the clinic's yesterday,
    in one statement (the nights are counted on the date index)."""
    night = now.astimezone(ZoneInfo(clinic_timezone)).date() - dt.timedelta(days=1)
    open_events = SafetyEvent.acknowledged_at.is_(None)
    row = session.execute(
        select(
            func.count(Patient.id),
            *(func.count(case((Patient.status == status, 1))) for status in STATUSES),
            select(func.count()).where(open_events).scalar_subquery(),
            select(func.count(distinct(SafetyEvent.patient_id)))
            .where(open_events)
            .scalar_subquery(),
            select(func.count())
            .select_from(DiaryEntryRow)
            .where(DiaryEntryRow.diary_date == night)
            .scalar_subquery(),
        ).select_from(Patient)
    ).one()
    total, *by_status, events, with_events, nights = row
    return ClinicCounts(
        patients=total,
        by_status=dict(zip(STATUSES, by_status, strict=True)),
        open_events=events or 0,
        patients_with_open_events=with_events or 0,
        night=night,
        nights_logged=nights or 0,
    )


def attention_order(now: dt.datetime, timezones: Iterable[str]) -> ColumnElement[int]:
    """bot.roster.attention as SQL over every patient at once.

    Each "who logged / reported side effects since" is an uncorrelated IN: the database
    reads the recent days from the date index once and probes the set per patient, where a
    lookup per patient would cost 10,000 index searches. Time zones whose recent days
    start on the same date share one set (at most three sets, usually one).
    """
    groups = {
        roster.recent_since(today): zones
        for today, zones in roster.timezones_by_today(now, timezones).items()
    }

    def since(day: dt.date, *, side_effects: bool) -> Select[tuple[int]]:
        query = select(DiaryEntryRow.patient_id).where(DiaryEntryRow.diary_date >= day)
        if side_effects:
            query = query.where(DiaryEntryRow.no_side_effects == false())
        return query

    def recently(*, side_effects: bool) -> ColumnElement[bool]:
        if len(groups) <= 1:  # everyone is on the same date (most of the day in most clinics)
            return (
                Patient.id.in_(since(next(iter(groups)), side_effects=side_effects))
                if groups
                else false()
            )
        return or_(
            *(
                and_(
                    Patient.timezone.in_(zones),
                    Patient.id.in_(since(day, side_effects=side_effects)),
                )
                for day, zones in groups.items()
            )
        )

    open_events = select(SafetyEvent.patient_id).where(SafetyEvent.acknowledged_at.is_(None))
    quiet = and_(
        Patient.status == "active",
        Patient.consented_at <= roster.settled_before(now),
        ~recently(side_effects=False),
    )
    return case(
        (Patient.id.in_(open_events), int(Attention.SAFETY)),
        (Patient.status == "unreachable", int(Attention.UNREACHABLE)),
        (quiet, int(Attention.QUIET)),
        (recently(side_effects=True), int(Attention.SIDE_EFFECTS)),
        else_=int(Attention.NONE),
    )


# -- the figures per patient ------------------------------------------------------------------


def _rows(
    session: Session, now: dt.datetime, kind: str, zones: Sequence[str], **filters: Any
) -> list[RosterRow]:
    """The figures of _figures(kind), `zones` being the time zones of those patients."""
    groups = roster.timezones_by_today(now, zones)
    if not groups:
        return []
    params: dict[str, Any] = dict(filters)
    for index, (today, grouped) in enumerate(groups.items()):
        params[f"zones_{index}"] = grouped
        params[f"first_{index}"], params[f"last_{index}"] = roster.window(today)
        params[f"since_{index}"] = roster.recent_since(today)
    today = {zone: day for day, zones in groups.items() for zone in zones}
    result = session.execute(_figures(kind, len(groups)), params)
    rows = [
        # A time zone changed since it was read (PostgreSQL reads each statement afresh).
        _roster_row(row, now, today.get(row.timezone) or roster.local_today(now, row.timezone))
        for row in result
    ]
    if kind == "ids":
        place = {patient_id: n for n, patient_id in enumerate(filters["ids"])}
        rows.sort(key=lambda row: place[row.patient_id])
    return rows


def _by_zone(name: str, groups: int) -> ColumnElement[dt.date]:
    """The bound date `name` of the patient's time-zone group (the last group is the rest)."""
    values = [bindparam(f"{name}_{index}", type_=Date) for index in range(groups)]
    if groups == 1:
        return values[0]
    return case(
        *(
            (Patient.timezone.in_(bindparam(f"zones_{index}", expanding=True)), values[index])
            for index in range(groups - 1)
        ),
        else_=values[-1],
    )


@functools.cache
def _figures(kind: str, groups: int) -> Select[Any]:
    """The roster statement for everyone ("all"), one "label" or some "ids", with `groups`
    time-zone groups, built once: only bound values change between calls, so SQLAlchemy's
    compiled form is reused."""
    entry = aliased(DiaryEntryRow)
    mine = entry.patient_id == Patient.id
    last_entry = select(func.max(entry.diary_date)).where(mine).scalar_subquery()
    logged = (
        select(func.count())
        .select_from(entry)
        .where(mine, entry.diary_date.between(_by_zone("first", groups), _by_zone("last", groups)))
        .scalar_subquery()
    )
    # storage.diary.apply sets no_side_effects on every night whose side effects were stated
    # (True for "none", False when there were some), so "stated" needs no look at side_effects.
    stated = entry.no_side_effects.is_not(None)
    stated_date = select(func.max(entry.diary_date)).where(mine, stated).scalar_subquery()
    stated_id = (
        select(entry.id)
        .where(mine, stated)
        .order_by(entry.diary_date.desc())
        .limit(1)
        .correlate(Patient)  # two levels down: not correlated by itself
        .scalar_subquery()
    )
    # Scalar lookups, not a join on the stated date: PostgreSQL would re-run that subquery
    # for each of the patient's nights.
    effects = (
        select(
            func.aggregate_strings(
                SideEffectRow.name + literal(":") + func.coalesce(SideEffectRow.severity, ""),
                ",",
            )
        )
        .where(SideEffectRow.entry_id == stated_id)
        .scalar_subquery()
    )
    recent_effects = (
        select(func.max(entry.diary_date))
        .where(
            mine,
            entry.diary_date >= _by_zone("since", groups),
            entry.no_side_effects == false(),
        )
        .scalar_subquery()
    )
    # Open events are few: aggregated once and joined, rather than looked up per patient.
    open_events = (
        select(
            SafetyEvent.patient_id,
            func.aggregate_strings(cast(SafetyEvent.id, String), ",").label("ids"),
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
            Patient.consented_at,
            last_entry.label("last_entry"),
            logged.label("logged"),
            stated_date.label("se_date"),
            effects.label("effects"),
            open_events.c.ids.label("open_ids"),
            recent_effects.label("recent_effects"),
        )
        .outerjoin(open_events, open_events.c.patient_id == Patient.id)
        .order_by(Patient.label)
    )
    if kind == "label":
        return query.where(Patient.label == bindparam("label"))
    if kind == "ids":
        return query.where(Patient.id.in_(bindparam("ids", type_=Integer, expanding=True)))
    return query


def _roster_row(row: Any, now: dt.datetime, today: dt.date) -> RosterRow:
    fields: dict[str, Any] = {
        "patient_id": row.id,
        "label": row.label,
        "status": row.status,
        "checkin_time": row.checkin_time,
        "timezone": row.timezone,
        "nights_logged": row.logged or 0,
        "last_entry": row.last_entry,
        "side_effects": (
            roster.parse_side_effects(row.effects) if row.se_date is not None else None
        ),
        "side_effects_date": row.se_date,
        "open_events": roster.parse_ids(row.open_ids),
        "consented_at": row.consented_at,
        "recent_side_effects_date": row.recent_effects,
    }
    # Built twice rather than dataclasses.replace'd: much cheaper, for 10,000 rows.
    found = roster.attention(RosterRow(**fields), now=now, today=today)
    return RosterRow(**fields, attention=found)
