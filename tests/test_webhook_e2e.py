"""Webhook mode: Telegram's secret-token header is checked on every request."""

from __future__ import annotations

import datetime as dt
import socket

import httpx
from sqlalchemy import select

from sleepdiary.app import build_application
from sleepdiary.emulator import BotApiEmulator
from storage.models import EntryMessage
from tests.conftest import make_settings
from tests.harness import Clock, bundled_kb, enrolled_patient

USER = 660_001
SECRET = "s3cret-token_for-tests"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def test_webhook_checks_the_secret_and_handles_updates(database_url, sessions) -> None:
    settings = make_settings(DATABASE_URL=database_url, WEBHOOK_SECRET=SECRET)
    clock = Clock(dt.datetime(2026, 11, 24, 13, 5, tzinfo=dt.UTC))
    enrolled_patient(sessions, user_id=USER, now=clock.now)
    port = _free_port()
    url = f"http://127.0.0.1:{port}/telegram"
    async with BotApiEmulator() as telegram:
        application = build_application(
            settings,
            sessions,
            bundled_kb(settings),
            clock=clock,
            token=telegram.token,
            base_url=telegram.base_url,
            run_jobs=False,
        )
        async with application:
            await application.start()
            assert application.updater is not None
            await application.updater.start_webhook(
                listen="127.0.0.1",
                port=port,
                url_path="telegram",
                webhook_url=url,
                secret_token=SECRET,
            )
            try:
                forged = {
                    "update_id": 999,
                    "message": {
                        "message_id": 1,
                        "date": 0,
                        "text": "bed at 11 (forged)",
                        "chat": {"id": USER, "type": "private"},
                        "from": {"id": USER, "is_bot": False, "first_name": "P"},
                    },
                }
                async with httpx.AsyncClient() as client:
                    no_header = await client.post(url, json=forged)
                    wrong = await client.post(
                        url, json=forged, headers={"X-Telegram-Bot-Api-Secret-Token": "nope"}
                    )
                assert (no_header.status_code, wrong.status_code) == (403, 403)

                telegram.send_text(USER, "bed at 11, woke at 7")  # delivered with the header
                await telegram.wait_for_message(USER, contains="fall asleep")
            finally:
                if application.updater.running:
                    await application.updater.stop()
                await application.stop()
    with sessions() as session:
        assert session.scalars(select(EntryMessage.text)).all() == ["bed at 11, woke at 7"]
