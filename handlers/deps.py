"""What every handler and job needs, built once by the wiring (sleepdiary.app)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session, sessionmaker

from bot.knowledge import KnowledgeBase

if TYPE_CHECKING:  # settings are read by the wiring; handlers only carry them
    from sleepdiary.settings import Settings

Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass
class Deps:
    """Kept in `application.bot_data["deps"]`; `handlers.context.deps` reaches it."""

    settings: Settings
    sessions: sessionmaker[Session]
    kb: KnowledgeBase
    clock: Clock = utc_now
