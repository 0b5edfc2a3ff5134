"""The real bot in a process of its own, against a Bot API emulator, so a test can kill -9 it.

    python tests/processes/run_bot.py tick --database-url URL --base-url URL --now ISO
        one pass of the minute tick (check-ins and the rest) on a fixed clock, then exit
    python tests/processes/run_bot.py poll --database-url URL --base-url URL --now ISO
        long polling until killed; prints "polling" once it has started

The database must already be migrated; settings are the tests' defaults.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt

from bot.knowledge import default_knowledge_base_path, load_knowledge_base
from handlers.jobs import tick
from sleepdiary.app import build_application
from sleepdiary.emulator import DEFAULT_TOKEN
from sleepdiary.polling import DurablePoller
from sleepdiary.settings import load_settings
from storage.db import make_engine, make_session_factory


async def run(mode: str, database_url: str, base_url: str, now: dt.datetime) -> None:
    environ = {"DATABASE_URL": database_url, "STAFF_USER_IDS": "9001", "STAFF_CHAT_ID": "-100500"}
    settings = load_settings(environ=environ, env_file=None)
    sessions = make_session_factory(make_engine(database_url))
    kb = load_knowledge_base(default_knowledge_base_path(), settings.clinic)
    application = build_application(
        settings,
        sessions,
        kb,
        clock=lambda: now,
        token=DEFAULT_TOKEN,
        base_url=base_url,
        run_jobs=False,
    )
    async with application:
        await application.start()
        if mode == "tick":
            await tick(application)
            print("ticked", flush=True)
        else:
            # The same durable polling `sleepdiary run` uses.
            await DurablePoller(application, timeout=1).start()
            print("polling", flush=True)
            await asyncio.Event().wait()  # until killed
        await application.stop()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["tick", "poll"])
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--now", required=True, type=dt.datetime.fromisoformat)
    args = parser.parse_args()
    asyncio.run(run(args.mode, args.database_url, args.base_url, args.now))


if __name__ == "__main__":
    main()
