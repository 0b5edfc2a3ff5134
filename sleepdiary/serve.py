"""Running the bot until it is told to stop (SIGINT, SIGTERM): durable long polling."""

from __future__ import annotations

import asyncio
import signal

from telegram.ext import Application

from sleepdiary.app import announce_commands
from sleepdiary.polling import DurablePoller


def serve_polling(application: Application) -> None:
    asyncio.run(_serve(application))


async def _serve(application: Application) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    async with application:
        await announce_commands(application)
        await application.start()
        poller = DurablePoller(application)
        await poller.start()
        try:
            await stop.wait()
        finally:
            await poller.stop()
            await application.stop()
