"""Weekly summaries: due patients and claims, unique per patient and week like check-ins."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from storage.models import Patient, WeeklySummary


def due_patients(session: Session, now: dt.datetime, *, limit: int = 1000) -> list[Patient]:
    return list(
        session.scalars(
            select(Patient)
            .where(Patient.next_summary_at <= now, Patient.status == "active")
            .order_by(Patient.next_summary_at)
            .limit(limit)
        )
    )


def advance(session: Session, patient_id: int, *, was: dt.datetime, to: dt.datetime) -> bool:
    result = session.execute(
        update(Patient)
        .where(Patient.id == patient_id, Patient.next_summary_at == was)
        .values(next_summary_at=to)
    )
    return result.rowcount == 1


def claim(
    session: Session, *, patient_id: int, week_ending: dt.date, now: dt.datetime
) -> WeeklySummary | None:
    summary = WeeklySummary(patient_id=patient_id, week_ending=week_ending, claimed_at=now)
    try:
        with session.begin_nested():
            session.add(summary)
            session.flush()
    except IntegrityError:
        return None
    return summary


def mark_sent(session: Session, summary_id: int, now: dt.datetime) -> None:
    session.execute(update(WeeklySummary).where(WeeklySummary.id == summary_id).values(sent_at=now))
