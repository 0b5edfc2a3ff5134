"""What runs before any handler: each update handled once, and floods slowed down.

Registered in groups below 0, so they see every update first.
"""

from __future__ import annotations

import asyncio
import collections
import logging
import time
import traceback

from telegram import Update
from telegram.ext import ApplicationHandlerStop, ContextTypes

from bot.texts import common
from handlers.context import deps
from storage import inbox

log = logging.getLogger(__name__)

# Per user: more than FLOOD_LIMIT updates in FLOOD_WINDOW seconds are slowed by FLOOD_DELAY each.
FLOOD_LIMIT = 15
FLOOD_WINDOW = 10.0
FLOOD_DELAY = 1.0

_recent: dict[int, collections.deque[float]] = {}
_warned_at: dict[int, float] = {}


async def skip_handled(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An update already handled (a redelivery after a crash, or by another process) is
    dropped quietly."""
    d = deps(context)
    with d.sessions() as session:
        handled = inbox.is_handled(session, update.update_id)
    if handled:
        log.info("update.duplicate", extra={"update_id": update.update_id})
        raise ApplicationHandlerStop


async def mark_handled(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Last of all: handled (handlers that record something mark it in their own
    transaction already; this covers the rest)."""
    d = deps(context)
    with d.sessions.begin() as session:
        inbox.mark_handled(session, update.update_id, d.clock())


async def slow_floods(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A user over the limit waits before each update (their own chat only: updates are
    serialised per chat) and is told once, politely, per window."""
    user = update.effective_user
    if user is None:
        return
    now = time.monotonic()
    stamps = _recent.setdefault(user.id, collections.deque())
    stamps.append(now)
    while stamps and now - stamps[0] > FLOOD_WINDOW:
        stamps.popleft()
    if len(stamps) <= FLOOD_LIMIT:
        return
    if now - _warned_at.get(user.id, -FLOOD_WINDOW * 2) > FLOOD_WINDOW and update.effective_chat:
        _warned_at[user.id] = now
        log.warning("user.flooding", extra={"telegram_user_id": user.id})
        await context.bot.send_message(update.effective_chat.id, common.SLOW_DOWN)
    await asyncio.sleep(FLOOD_DELAY)


def forget_idle_users() -> None:
    """Drop users with no recent updates (called from the minute tick)."""
    now = time.monotonic()
    for user_id in [u for u, s in _recent.items() if not s or now - s[-1] > FLOOD_WINDOW]:
        _recent.pop(user_id, None)
        _warned_at.pop(user_id, None)


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
