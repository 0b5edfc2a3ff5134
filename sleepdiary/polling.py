"""Long polling that never loses a message.

PTB's own updater confirms an update to Telegram (by asking for the next offset) as soon as
it has fetched it; if the process dies before handling it, the message is gone. Here each
batch is stored in the inbox first, and only then does the offset move past it. After a crash,
Telegram sends the unconfirmed updates again and the inbox hands over the stored ones that were
never handled; handling is idempotent by update id, so nothing is recorded twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from telegram import Update
from telegram.error import Conflict, InvalidToken, NetworkError, TimedOut
from telegram.ext import Application

from handlers.context import vouch_unhandled
from handlers.outbox import outage
from storage import inbox

log = logging.getLogger(__name__)

ALLOWED_UPDATES = ["message", "edited_message", "callback_query"]
MAX_BACKOFF = 10.0


class DurablePoller:
    def __init__(self, application: Application, *, timeout: int = 10) -> None:
        self.application = application
        self.timeout = timeout
        self._task: asyncio.Task[None] | None = None
        self.running = False
        # Updates handed over from the inbox at start; Telegram sends them again, and those
        # second copies must meet the guard's check against the database, made after the
        # first copy was handled (updates of one chat are handled one at a time).
        self._resumed: set[int] = set()

    async def start(self) -> None:
        deps = self.application.bot_data["deps"]
        with deps.sessions() as session:
            pending = inbox.unhandled(session)
        resumed = [Update.de_json(payload, self.application.bot) for payload in pending]
        self._resumed = {u.update_id for u in resumed}
        vouch_unhandled(self.application, self._resumed)
        for update in resumed:
            await self.application.update_queue.put(update)
        if pending:
            log.info("inbox.resumed", extra={"updates": len(pending)})
        await self.application.bot.delete_webhook()
        self.running = True
        self._task = asyncio.create_task(self._poll(), name="durable-poller")

    async def stop(self) -> None:
        self.running = False
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def _poll(self) -> None:
        deps = self.application.bot_data["deps"]
        bot = self.application.bot
        telegram = outage(self.application)
        offset: int | None = None
        failures = 0
        while self.running:
            try:
                updates = await bot.get_updates(
                    offset=offset,
                    timeout=self.timeout,
                    allowed_updates=ALLOWED_UPDATES,
                    read_timeout=self.timeout + 10,
                )
            except InvalidToken:
                log.critical("telegram.invalid_token")
                self.running = False
                return
            except (NetworkError, TimedOut, Conflict) as error:
                telegram.failed(error)  # logged once per outage, not once per attempt
                failures += 1
                await asyncio.sleep(min(MAX_BACKOFF, 0.5 * 2 ** min(failures, 6)))
                continue
            telegram.succeeded()
            failures = 0
            if not updates:
                continue
            with deps.sessions.begin() as session:
                handled = inbox.store(
                    session, [(u.update_id, u.to_dict()) for u in updates], deps.clock()
                )
            fresh = [u for u in updates if u.update_id not in handled]
            for update_id in handled:
                # Handled before a crash or restart stopped the offset moving past it.
                log.info("update.duplicate", extra={"update_id": update_id})
            vouch_unhandled(
                self.application, [u.update_id for u in fresh if u.update_id not in self._resumed]
            )
            for update in fresh:
                await self.application.update_queue.put(update)
            offset = updates[-1].update_id + 1
