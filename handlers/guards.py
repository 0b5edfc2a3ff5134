"""What runs before any handler: each update handled once, and floods slowed down.

Registered in groups below 0, so they see every update first.
"""

from __future__ import annotations

import asyncio
import logging
import time
import traceback

from telegram import Update
from telegram.ext import Application, ApplicationHandlerStop, ContextTypes

from bot.texts import common
from handlers.context import deps, vouched_unhandled, was_handled_here
from storage import inbox

log = logging.getLogger(__name__)

# Per user: more than FLOOD_LIMIT updates in FLOOD_WINDOW seconds are slowed by FLOOD_DELAY each.
FLOOD_LIMIT = 15
FLOOD_WINDOW = 10.0
FLOOD_DELAY = 1.0


async def skip_handled(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An update already handled (a redelivery after a crash, or by another process) is
    dropped quietly."""
    if vouched_unhandled(context, update.update_id):
        return  # checked with the rest of its batch when the poller stored it
    d = deps(context)
    with d.sessions() as session:
        handled = inbox.is_handled(session, update.update_id)
    if handled:
        log.info("update.duplicate", extra={"update_id": update.update_id})
        raise ApplicationHandlerStop


async def mark_handled(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Last of all: handled (handlers that record something mark it in their own
    transaction already; this covers the rest)."""
    if was_handled_here(context, update.update_id):
        return
    d = deps(context)
    with d.sessions.begin() as session:
        inbox.mark_handled(session, update.update_id, d.clock())


class FloodGate:
    """Recent update times per user, for this process (kept in application.bot_data)."""

    def __init__(self) -> None:
        # A short list per user, not a deque: an empty deque already holds a 64-slot block
        # (about 850 bytes a user with its stamps; 4 MB for 5,000 patients active within the
        # minute forget_idle waits). Only the newest FLOOD_LIMIT + 1 stamps are kept: whether
        # a user is over the limit depends on those alone.
        self.recent: dict[int, list[float]] = {}
        self.warned_at: dict[int, float] = {}

    def over_limit(self, user_id: int, now: float) -> bool:
        stamps = self.recent.get(user_id)
        if stamps is None:
            stamps = self.recent[user_id] = []
        elif stamps and now - stamps[-1] > FLOOD_WINDOW:
            self.warned_at.pop(user_id, None)  # a quiet spell ends the burst
        stamps.append(now)
        stale = 0
        while stale < len(stamps) and now - stamps[stale] > FLOOD_WINDOW:
            stale += 1
        stale = max(stale, len(stamps) - (FLOOD_LIMIT + 1))
        if stale:
            del stamps[:stale]
        return len(stamps) > FLOOD_LIMIT

    def should_warn(self, user_id: int, now: float) -> bool:
        """Once per burst: a burst ends only when the user has been quiet for a window (the
        updates we held back are handled over several windows and must not warn again)."""
        if user_id in self.warned_at:
            return False
        self.warned_at[user_id] = now
        return True

    def forget_idle(self, now: float) -> None:
        """Drop users with no recent updates (the minute tick calls this)."""
        idle = [u for u, s in self.recent.items() if not s or now - s[-1] > FLOOD_WINDOW]
        for user_id in idle:
            self.recent.pop(user_id, None)
            self.warned_at.pop(user_id, None)


def flood_gate(application: Application) -> FloodGate:
    return application.bot_data.setdefault("flood", FloodGate())


async def slow_floods(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A user over the limit waits before each update (their own chat only: updates are
    serialised per chat) and is told once, politely, per window."""
    user = update.effective_user
    if user is None:
        return
    gate, now = flood_gate(context.application), time.monotonic()
    if not gate.over_limit(user.id, now):
        return
    if gate.should_warn(user.id, now) and update.effective_chat:
        log.warning("user.flooding", extra={"telegram_user_id": user.id})
        await context.bot.send_message(update.effective_chat.id, common.SLOW_DOWN)
    await asyncio.sleep(FLOOD_DELAY)


async def log_errors(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An error is logged by type and update id: never the update, which holds what was said."""
    update_id = update.update_id if isinstance(update, Update) else None
    error = context.error
    # Where it failed, without the exception's message (it may quote the patient's words).
    where = traceback.format_tb(error.__traceback__)[-3:] if error else []
    log.error(
        "handler.error",
        extra={
            "update_id": update_id,
            "error": type(error).__name__ if error else None,
            "where": "".join(where).strip(),
        },
    )
