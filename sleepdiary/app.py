"""Wiring: the python-telegram-bot Application with our handlers, jobs and dependencies."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker
from telegram import BotCommand
from telegram.ext import Application, ApplicationBuilder

from bot.knowledge import KnowledgeBase
from bot.texts import commands as command_texts
from handlers import register
from handlers.deps import Clock, Deps, utc_now
from handlers.jobs import schedule_jobs
from handlers.processing import PerChatUpdateProcessor
from handlers.ratelimit import BulkPacedRateLimiter
from sleepdiary.settings import Settings
from sleepdiary.transport import BOT_POOL_SIZE, UPDATES_POOL_SIZE, AiohttpRequest


def build_application(
    settings: Settings,
    sessions: sessionmaker[Session],
    kb: KnowledgeBase,
    *,
    clock: Clock = utc_now,
    token: str | None = None,
    base_url: str | None = None,
    run_jobs: bool = True,
) -> Application:
    """The real bot. `token`/`base_url` override the settings (the demo and tests use them)."""
    builder = (
        ApplicationBuilder()
        .token(token or settings.telegram_bot_token or "")
        # Telegram's limits: bulk sends paced at 30 a second; a RetryAfter is waited out and
        # retried instead of dropping the message (handlers/ratelimit.py).
        .rate_limiter(BulkPacedRateLimiter(overall_max_rate=30, group_max_rate=20, max_retries=5))
        .concurrent_updates(PerChatUpdateProcessor())
        # aiohttp instead of PTB's default httpx: the same behaviour at a fraction of the CPU
        # per request (sleepdiary/transport.py).
        .request(AiohttpRequest(BOT_POOL_SIZE))
        .get_updates_request(AiohttpRequest(UPDATES_POOL_SIZE))
        .post_init(_post_init)
    )
    base = base_url or settings.telegram_base_url
    if base:
        builder = builder.base_url(base).base_file_url(base.replace("/bot", "/file/bot", 1))
    application = builder.build()
    application.bot_data["deps"] = Deps(settings=settings, sessions=sessions, kb=kb, clock=clock)
    register(application)
    if run_jobs:
        schedule_jobs(application)
    return application


async def _post_init(application: Application) -> None:
    await announce_commands(application)


async def announce_commands(application: Application) -> None:
    """The command menu Telegram shows patients (setMyCommands)."""
    await application.bot.set_my_commands(
        [BotCommand(name, description) for name, description in command_texts.PATIENT_MENU]
    )
