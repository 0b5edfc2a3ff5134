"""`sleepdiary run`: the bot on long polling (or a webhook); the demo when there is no token."""

from __future__ import annotations

import argparse
import logging
import sys

from bot.knowledge import KnowledgeBase, KnowledgeBaseError, load_knowledge_base
from sleepdiary import logs
from sleepdiary.cli import settings
from sleepdiary.settings import Settings, SettingsError
from sleepdiary.warmup import collector_paused, warm_up

log = logging.getLogger("sleepdiary")


def load_kb(config: Settings) -> KnowledgeBase:
    try:
        return load_knowledge_base(config.knowledge_base, config.clinic)
    except (OSError, KnowledgeBaseError) as error:
        raise SettingsError(
            f"KNOWLEDGE_BASE={str(config.knowledge_base)!r}: {error}; use a Markdown article "
            "with a # title and ## sections, or leave it unset for the bundled one."
        ) from None


def run(args: argparse.Namespace) -> int:
    config = settings()
    if not config.telegram_bot_token:
        print(
            "No TELEGRAM_BOT_TOKEN is set, so here is the demo: you are a patient, chatting "
            "with the bot in this terminal.\nTo run the real bot, put TELEGRAM_BOT_TOKEN=<token "
            "from @BotFather> in .env (see .env.example) and run `make run` again.\n",
            file=sys.stderr,
        )
        from sleepdiary.commands.demo import demo

        return demo(argparse.Namespace(db=None))
    if args.webhook_url and not config.webhook_secret:
        raise SettingsError(
            "WEBHOOK_SECRET is needed with --webhook-url; set it to a long random string "
            "of letters, digits, _ and -."
        )

    with collector_paused():  # what loads here lives as long as the process
        from sleepdiary.app import build_application
        from sleepdiary.database import open_database
        from storage.db import make_session_factory

        logs.configure(config.log_format)
        kb = load_kb(config)
        engine = open_database(config)
        application = build_application(config, make_session_factory(engine), kb)
        warm_up(kb)  # what a first message would load, loaded now (sleepdiary/warmup.py)
    log.info("bot.starting", extra={"mode": "webhook" if args.webhook_url else "polling"})
    if args.webhook_url:
        application.run_webhook(
            listen=args.listen,
            port=args.port,
            webhook_url=args.webhook_url,
            secret_token=config.webhook_secret,
            allowed_updates=["message", "edited_message", "callback_query"],
        )
    else:
        from sleepdiary.serve import serve_polling

        serve_polling(application)
    return 0
