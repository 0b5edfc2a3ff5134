"""End-to-end helpers: the real Application against the emulator, a clock the test moves."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from bot.knowledge import KnowledgeBase, default_knowledge_base_path, load_knowledge_base
from sleepdiary.settings import Settings
from storage import patients


@dataclass
class Clock:
    """Time as the bot sees it: moved by the test, never by sleeping."""

    now: dt.datetime

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> dt.datetime:
        self.now += dt.timedelta(**delta)
        return self.now


def bundled_kb(settings: Settings) -> KnowledgeBase:
    return load_knowledge_base(default_knowledge_base_path(), settings.clinic)


def enrolled_patient(
    sessions: sessionmaker[Session],
    *,
    user_id: int,
    now: dt.datetime,
    label: str | None = None,
    timezone: str = "America/New_York",
    checkin_time: dt.time = dt.time(8, 0),
) -> int:
    with sessions.begin() as session:
        patient = patients.create_invited(
            session,
            label=label or f"P-{user_id}",
            timezone=timezone,
            checkin_time=checkin_time,
            now=now,
        )
        patients.enroll(session, patient, telegram_user_id=user_id, chat_id=user_id, now=now)
        return patient.id
