"""The inbox of Telegram updates: stored on arrival, marked when handled, then emptied."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from storage.models import InboxUpdate

KEEP_HANDLED = dt.timedelta(days=7)


def store(
    session: Session, updates: Iterable[tuple[int, dict[str, Any]]], now: dt.datetime
) -> None:
    """Keep each update (id, payload); one already here (a redelivery) is left as it is."""
    rows = [
        {"update_id": update_id, "payload": payload, "received_at": now}
        for update_id, payload in updates
    ]
    if not rows:
        return
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    session.execute(insert(InboxUpdate).values(rows).on_conflict_do_nothing())


def is_handled(session: Session, update_id: int) -> bool:
    return (
        session.scalar(select(InboxUpdate.processed_at).where(InboxUpdate.update_id == update_id))
        is not None
    )


def mark_handled(session: Session, update_id: int, now: dt.datetime) -> bool:
    """Mark the update handled (and forget its payload); False if it already was.

    Called inside the transaction that records what the update meant, so recording and
    marking happen together or not at all.
    """
    row = session.get(InboxUpdate, update_id, with_for_update=True)
    if row is None:
        session.add(
            InboxUpdate(update_id=update_id, payload=None, received_at=now, processed_at=now)
        )
        session.flush()
        return True
    if row.processed_at is not None:
        return False
    row.processed_at = now
    row.payload = None
    return True


def unhandled(session: Session) -> list[dict[str, Any]]:
    """Payloads stored but never handled (the process stopped in between), oldest first."""
    return [
        payload
        for payload in session.scalars(
            select(InboxUpdate.payload)
            .where(InboxUpdate.processed_at.is_(None))
            .order_by(InboxUpdate.update_id)
        )
        if payload is not None
    ]


def forget_handled(session: Session, now: dt.datetime) -> None:
    session.execute(delete(InboxUpdate).where(InboxUpdate.processed_at < now - KEEP_HANDLED))
