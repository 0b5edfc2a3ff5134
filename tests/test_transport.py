"""The aiohttp transport: what PTB's own transport does, against the Bot API emulator."""

from __future__ import annotations

import asyncio
import io
from collections.abc import AsyncIterator

import pytest
from telegram import Bot
from telegram.error import Forbidden, NetworkError, RetryAfter, TimedOut

from bot.knowledge import default_knowledge_base_path, load_knowledge_base
from sleepdiary.app import build_application
from sleepdiary.emulator import BotApiEmulator
from sleepdiary.settings import Settings
from sleepdiary.transport import AiohttpRequest

TOKEN = "424242:TRANSPORT-test"
USER = 3001


@pytest.fixture
async def emu() -> AsyncIterator[BotApiEmulator]:
    async with BotApiEmulator(token=TOKEN, bot_username="SleepDiaryTestBot") as emulator:
        emulator.add_user(USER, first_name="Pat")
        yield emulator


@pytest.fixture
async def bot(emu: BotApiEmulator) -> AsyncIterator[Bot]:
    bot = Bot(
        TOKEN,
        base_url=emu.base_url,
        base_file_url=emu.base_file_url,
        request=AiohttpRequest(read_timeout=0.5),
        get_updates_request=AiohttpRequest(1),
    )
    async with bot:
        yield bot


def test_the_application_sends_and_polls_on_aiohttp(settings: Settings, sessions) -> None:  # type: ignore[no-untyped-def]
    kb = load_knowledge_base(default_knowledge_base_path(), settings.clinic)
    application = build_application(settings, sessions, kb, token=TOKEN, run_jobs=False)
    assert isinstance(application.bot.request, AiohttpRequest)
    # getUpdates waits up to its long-poll timeout: it must not queue behind other requests
    assert application.bot._request[0] is not application.bot._request[1]
    assert isinstance(application.bot._request[0], AiohttpRequest)


async def test_text_buttons_and_unicode_arrive_intact(bot: Bot, emu: BotApiEmulator) -> None:
    text = "Bed 11 ½ — asleep by 23:30 ✓ «ok» & more"
    sent = await bot.send_message(USER, text)
    assert sent.text == text
    assert emu.calls("sendMessage")[-1].params["text"] == text


async def test_files_go_as_multipart(bot: Bot, emu: BotApiEmulator) -> None:
    content = b"label,date\nP-1,2026-11-24\n" * 100
    sent = await bot.send_document(USER, io.BytesIO(content), filename="diary.csv", caption="x")
    assert sent.document is not None
    assert sent.document.file_name == "diary.csv"
    assert sent.caption == "x"


async def test_errors_map_as_ptb_expects(bot: Bot, emu: BotApiEmulator) -> None:
    emu.fail_next("sendMessage", status=429, retry_after=2)
    with pytest.raises(RetryAfter):
        await bot.send_message(USER, "a")
    emu.fail_next("sendMessage", status=403)
    with pytest.raises(Forbidden):
        await bot.send_message(USER, "b")
    emu.fail_next("sendMessage", status=500)
    with pytest.raises(NetworkError):
        await bot.send_message(USER, "c")
    emu.drop_connections("sendMessage")
    with pytest.raises(NetworkError):
        await bot.send_message(USER, "d")
    emu.slow("sendMessage", 2.0)
    with pytest.raises(TimedOut):
        await bot.send_message(USER, "e")
    emu.slow("sendMessage", 0)
    # and the pool still works after all of that
    assert (await bot.send_message(USER, "f")).text == "f"


async def test_concurrent_requests_share_the_pool(bot: Bot, emu: BotApiEmulator) -> None:
    sent = await asyncio.gather(*(bot.send_message(USER, str(n)) for n in range(50)))
    assert sorted(int(m.text or "") for m in sent) == list(range(50))


async def test_not_initialised_is_an_error_not_a_hang() -> None:
    with pytest.raises(RuntimeError, match="not initialized"):
        await AiohttpRequest().do_request("http://127.0.0.1:9/", "POST")
