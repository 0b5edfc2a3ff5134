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

    async def start(self) -> None:
        deps = self.application.bot_data["deps"]
        with deps.sessions() as session:
            pending = inbox.unhandled(session)
        for payload in pending:
            await self.application.update_queue.put(Update.de_json(payload, self.application.bot))
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
                inbox.store(session, [(u.update_id, u.to_dict()) for u in updates], deps.clock())
            for update in updates:
                await self.application.update_queue.put(update)
            offset = updates[-1].update_id + 1
