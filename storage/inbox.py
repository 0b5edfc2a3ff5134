"""The inbox of Telegram updates: stored on arrival, marked when handled, then emptied."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from storage.models import InboxUpdate

KEEP_HANDLED = dt.timedelta(days=7)


def store(
    session: Session, updates: Iterable[tuple[int, dict[str, Any]]], now: dt.datetime
) -> set[int]:
    """Keep each update (id, payload); one already here (a redelivery) is left as it is.

    Returns the ids among them that were handled already, so a redelivered batch is
    sorted out with one query instead of one per update.
    """
    rows = [
        {"update_id": update_id, "payload": payload, "received_at": now}
        for update_id, payload in updates
    ]
    if not rows:
        return set()
    ids = [row["update_id"] for row in rows]
    handled = set(
        session.scalars(
            select(InboxUpdate.update_id).where(
                InboxUpdate.update_id.in_(ids), InboxUpdate.processed_at.is_not(None)
            )
        )
    )
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    session.execute(insert(InboxUpdate).values(rows).on_conflict_do_nothing())
    return handled


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
    # The usual case, an update the poller stored, takes one statement; the row lock it
    # takes makes a second process handling the same update wait, then see it handled.
    marked = session.execute(
        update(InboxUpdate)
        .where(InboxUpdate.update_id == update_id, InboxUpdate.processed_at.is_(None))
        .values(processed_at=now, payload=None)
        .execution_options(synchronize_session=False)
    )
    if marked.rowcount:  # type: ignore[attr-defined]
        return True
    if session.get(InboxUpdate, update_id, with_for_update=True) is not None:
        return False  # handled already
    # Not stored (webhook mode): insert it handled; a concurrent insert of the same update
    # fails this transaction on the primary key, and the retry then finds it handled.
    session.add(InboxUpdate(update_id=update_id, payload=None, received_at=now, processed_at=now))
    session.flush()
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
