"""Safety events: every crisis or urgent message, its staff alert and its acknowledgement."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.models import SafetyEvent


def create(
    session: Session,
    *,
    patient_id: int,
    level: str,
    text: str,
    matched: str | None,
    now: dt.datetime,
) -> SafetyEvent:
    event = SafetyEvent(
        patient_id=patient_id, level=level, message_text=text, matched=matched, created_at=now
    )
    session.add(event)
    session.flush()
    return event


def unsent_alerts(session: Session) -> list[SafetyEvent]:
    return list(
        session.scalars(
            select(SafetyEvent).where(SafetyEvent.alert_sent_at.is_(None)).order_by(SafetyEvent.id)
        )
    )


def open_events(session: Session) -> list[SafetyEvent]:
    return list(
        session.scalars(
            select(SafetyEvent)
            .where(SafetyEvent.acknowledged_at.is_(None))
            .order_by(SafetyEvent.created_at)
        )
    )


def acknowledge(
    session: Session, event_id: int, *, by: int, now: dt.datetime
) -> SafetyEvent | None:
    event = session.get(SafetyEvent, event_id)
    if event is None:
        return None
    if event.acknowledged_at is None:
        event.acknowledged_at = now
        event.acknowledged_by = by
    return event
