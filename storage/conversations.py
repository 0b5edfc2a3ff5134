"""Where each patient is in the diary conversation, stored so a restart continues it."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from bot.conversation import State
from storage.models import ConversationState


def load(session: Session, patient_id: int) -> State:
    row = session.get(ConversationState, patient_id)
    if row is None:
        return State()
    return State(
        diary_date=row.diary_date,
        open_question=row.open_question,
        skipped=tuple(row.skipped.get("fields", [])),
        updated_at=row.updated_at,
    )


def save(session: Session, patient_id: int, state: State, *, now: dt.datetime) -> None:
    row = session.get(ConversationState, patient_id)
    if row is None:
        row = ConversationState(patient_id=patient_id, skipped={}, updated_at=now)
        session.add(row)
    row.diary_date = state.diary_date
    row.open_question = state.open_question
    row.skipped = {"fields": list(state.skipped)}
    row.updated_at = state.updated_at or now
