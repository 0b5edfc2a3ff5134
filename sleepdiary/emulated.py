"""The real bot against the in-process Bot API emulator: shared by the demo and the tests."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker
from telegram.ext import Application

from bot.knowledge import KnowledgeBase
from sleepdiary.app import Clock, announce_commands, build_application, utc_now
from sleepdiary.emulator import BotApiEmulator
from sleepdiary.polling import DurablePoller
from sleepdiary.settings import Settings


@dataclass
class EmulatedBot:
    emulator: BotApiEmulator
    application: Application

    async def idle(self, *, settle: float = 0.05, timeout: float = 10.0) -> None:
        """Wait until every injected update has been fetched and handled."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        quiet_since: float | None = None
        while loop.time() < deadline:
            busy = bool(self.emulator.pending_updates) or not self.application.update_queue.empty()
            busy = busy or bool(self.application.update_processor.current_concurrent_updates)
            now = loop.time()
            if busy:
                quiet_since = None
            elif quiet_since is None:
                quiet_since = now
            elif now - quiet_since >= settle:
                return
            await asyncio.sleep(0.01)
        raise TimeoutError("the bot did not finish handling its updates")


@contextlib.asynccontextmanager
async def emulated_bot(
    settings: Settings,
    sessions: sessionmaker[Session],
    kb: KnowledgeBase,
    *,
    clock: Clock = utc_now,
    run_jobs: bool = False,
    emulator: BotApiEmulator | None = None,
    poll: bool = True,
) -> AsyncIterator[EmulatedBot]:
    """The real Application, polling the emulator. With `poll=False` it only sends (a second
    process sharing one emulator, which like Telegram allows one poller per bot)."""
    emu = emulator or BotApiEmulator(bot_username=settings.bot_username or "SleepDiaryDemoBot")
    owned = emulator is None
    if owned:
        await emu.start()
    try:
        application = build_application(
            settings,
            sessions,
            kb,
            clock=clock,
            token=emu.token,
            base_url=emu.base_url,
            run_jobs=run_jobs,
        )
        async with application:
            await announce_commands(application)  # run_polling's post_init, done by hand
            await application.start()
            poller = DurablePoller(application, timeout=1)
            if poll:
                await poller.start()
            try:
                yield EmulatedBot(emu, application)
            finally:
                await poller.stop()
                await application.stop()
    finally:
        if owned:
            await emu.stop()
