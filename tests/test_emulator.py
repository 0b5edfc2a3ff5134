"""The Bot API emulator, driven by a real python-telegram-bot Application over real HTTP."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

import httpx
import pytest
from aiohttp import web
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import (
    BadRequest,
    EndPointNotFound,
    Forbidden,
    NetworkError,
    TelegramError,
)
from telegram.ext import (
    AIORateLimiter,
    Application,
    CallbackContext,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from sleepdiary.emulator import BotApiEmulator, button_labels, callback_data

TOKEN = "424242:EMULATOR-test"
USER = 1001
OTHER = 1002
GROUP = -5005
PDF = b"%PDF-1.4 fake but non-empty\n"


@pytest.fixture
async def emu() -> AsyncIterator[BotApiEmulator]:
    async with BotApiEmulator(token=TOKEN, bot_username="SleepDiaryTestBot") as emulator:
        yield emulator


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None and update.effective_message.text
    await update.effective_message.reply_text(f"echo: {update.effective_message.text}")


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None
    await update.effective_message.reply_text(f"start args={context.args}")


async def ask(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None
    keyboard = InlineKeyboardMarkup(
        [
            [InlineKeyboardButton("Slept well", callback_data="q:good")],
            [InlineKeyboardButton("Slept badly", callback_data="q:bad")],
        ]
    )
    await update.effective_message.reply_text("How did you sleep?", reply_markup=keyboard)


async def answer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    assert query is not None
    await query.answer(f"noted {query.data}")
    await query.edit_message_text(f"You chose {query.data}")


async def edited(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.edited_message is not None
    await update.edited_message.reply_text(f"edited to: {update.edited_message.text}")


async def export(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None
    await update.effective_message.reply_document(PDF, filename="diary.pdf", caption="Diary")


async def received_file(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    assert message is not None and message.document is not None
    data = await (await message.document.get_file()).download_as_bytearray()
    await message.reply_text(f"got {message.document.file_name} of {len(data)} bytes: {data!r}")


async def describe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    assert message is not None and update.effective_chat is not None
    kind = next(k for k in ("sticker", "photo", "voice", "location") if getattr(message, k))
    await message.reply_text(f"{kind} in {update.effective_chat.type}")


def default_handlers() -> list[Any]:
    return [
        CommandHandler("start", start),
        CommandHandler("ask", ask),
        CommandHandler("export", export),
        CallbackQueryHandler(answer),
        MessageHandler(filters.UpdateType.EDITED_MESSAGE & filters.TEXT, edited),
        MessageHandler(filters.UpdateType.MESSAGE & filters.Document.ALL, received_file),
        MessageHandler(
            filters.UpdateType.MESSAGE
            & (filters.Sticker.ALL | filters.PHOTO | filters.VOICE | filters.LOCATION),
            describe,
        ),
        MessageHandler(filters.UpdateType.MESSAGE & filters.TEXT & ~filters.COMMAND, echo),
    ]


@asynccontextmanager
async def running_app(
    emu: BotApiEmulator,
    *,
    rate_limiter: AIORateLimiter | None = None,
    errors: list[BaseException] | None = None,
) -> AsyncIterator[Application[Any, Any, Any, Any, Any, Any]]:
    """A real PTB Application polling the emulator, stopped cleanly afterwards."""
    builder = (
        Application.builder()
        .token(TOKEN)
        .base_url(f"{emu.url}/bot")
        .base_file_url(f"{emu.url}/file/bot")
    )
    if rate_limiter is not None:
        builder = builder.rate_limiter(rate_limiter)
    application = builder.build()
    for handler in default_handlers():
        application.add_handler(handler)
    if errors is not None:

        async def on_error(update: object, context: CallbackContext[Any, Any, Any, Any]) -> None:
            assert context.error is not None
            errors.append(context.error)

        application.add_error_handler(on_error)
    async with application:
        await application.start()
        assert application.updater is not None
        await application.updater.start_polling(poll_interval=0, timeout=5)
        try:
            yield application
        finally:
            await application.updater.stop()
            await application.stop()


async def test_echo_round_trip(emu: BotApiEmulator) -> None:
    async with running_app(emu):
        sent = emu.send_text(USER, "slept badly")
        reply = await emu.wait_for_message(USER)
    assert reply.text == "echo: slept badly"
    assert reply.message_id == sent["message_id"] + 1
    # Every confirmed update is gone once PTB has acknowledged it with its next offset.
    assert emu.pending_updates == []
    assert [call.method for call in emu.calls()][:2] == ["getMe", "deleteWebhook"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("/start", "start args=[]"),
        ("/start INVITE42", "start args=['INVITE42']"),
        ("/start@SleepDiaryTestBot A B", "start args=['A', 'B']"),
    ],
)
async def test_command_with_args(emu: BotApiEmulator, text: str, expected: str) -> None:
    async with running_app(emu):
        emu.send_text(USER, text)
        reply = await emu.wait_for_message(USER)
    assert reply.text == expected


async def test_button_press_answered_and_message_edited(emu: BotApiEmulator) -> None:
    async with running_app(emu):
        emu.send_text(USER, "/ask")
        question = await emu.wait_for_message(USER, contains="how did you sleep")
        assert question.button_labels() == ["Slept well", "Slept badly"]
        assert callback_data(question) == ["q:good", "q:bad"]
        query = emu.click(USER, question, "badly")
        edited_message = await emu.wait_for_message(USER, contains="you chose")
        await emu.wait_until(lambda: query["id"] in emu.callback_answers)
    assert emu.callback_answers[query["id"]] == {"text": "noted q:bad"}
    assert edited_message.message_id == question.message_id
    assert edited_message.text == "You chose q:bad"
    # Telegram drops the inline keyboard when an edit does not repeat it.
    assert button_labels(edited_message) == []
    assert [m.text for m in emu.messages_to(USER)] == ["You chose q:bad"]


async def test_forged_callback_data_reaches_the_bot(emu: BotApiEmulator) -> None:
    async with running_app(emu):
        emu.send_text(USER, "/ask")
        question = await emu.wait_for_message(USER)
        emu.press_button(USER, question.message_id, "forged:data")
        edited_message = await emu.wait_for_message(USER)
    assert edited_message.text == "You chose forged:data"


async def test_edited_message(emu: BotApiEmulator) -> None:
    async with running_app(emu):
        sent = emu.send_text(USER, "bed at 11")
        await emu.wait_for_message(USER, contains="echo")
        emu.edit_text(USER, sent["message_id"], "bed at 10")
        reply = await emu.wait_for_message(USER)
    assert reply.text == "edited to: bed at 10"


async def test_document_upload_keeps_bytes_and_filename(emu: BotApiEmulator) -> None:
    async with running_app(emu):
        emu.send_text(USER, "/export")
        message = await emu.wait_for_message(USER)
    assert message.file is not None
    assert message.file.data == PDF
    assert message.file.filename == "diary.pdf"
    assert message.text == "Diary"
    assert message.data["document"]["file_name"] == "diary.pdf"
    assert message.data["document"]["mime_type"] == "application/pdf"
    call = emu.calls("sendDocument")[0]
    assert call.ok and call.files["document"].data == PDF


async def test_user_document_is_downloadable_by_the_bot(emu: BotApiEmulator) -> None:
    async with running_app(emu):
        emu.send_document(USER, b"hello", "notes.txt", mime_type="text/plain")
        reply = await emu.wait_for_message(USER)
    assert reply.text == "got notes.txt of 5 bytes: bytearray(b'hello')"


@pytest.mark.parametrize(
    ("act", "expected"),
    [
        (lambda emu: emu.send_sticker(USER), "sticker in private"),
        (lambda emu: emu.send_photo(USER, caption="my night"), "photo in private"),
        (lambda emu: emu.send_voice(USER), "voice in private"),
        (lambda emu: emu.send_location(USER, 52.5, 13.4), "location in private"),
        (lambda emu: emu.send_sticker(USER, chat_id=GROUP), "sticker in group"),
    ],
)
async def test_non_text_messages(
    emu: BotApiEmulator, act: Callable[[BotApiEmulator], Any], expected: str
) -> None:
    async with running_app(emu):
        message = act(emu)
        reply = await emu.wait_for_message(message["chat"]["id"])
    assert reply.text == expected


async def test_group_messages_and_per_chat_message_ids(emu: BotApiEmulator) -> None:
    emu.add_group(GROUP, title="Clinic staff")
    async with running_app(emu):
        in_group = emu.send_text(USER, "hello group", chat_id=GROUP)
        private = emu.send_text(OTHER, "hello bot")
        group_reply = await emu.wait_for_message(GROUP)
        private_reply = await emu.wait_for_message(OTHER)
    assert in_group["chat"] == {"id": GROUP, "type": "group", "title": "Clinic staff"}
    assert in_group["message_id"] == private["message_id"] == 1
    assert (group_reply.message_id, private_reply.message_id) == (2, 2)
    assert group_reply.text == "echo: hello group"
    # PTB quotes the message it answers in groups: reply_parameters resolve to the original.
    assert group_reply.data["reply_to_message"]["text"] == "hello group"


async def test_429_retry_after_is_honoured_by_the_rate_limiter(emu: BotApiEmulator) -> None:
    emu.fail_next("sendMessage", status=429, retry_after=1)
    async with running_app(emu, rate_limiter=AIORateLimiter(max_retries=2)):
        emu.send_text(USER, "are you there")
        reply = await emu.wait_for_message(USER, timeout=5)
    assert reply.text == "echo: are you there"
    first, second = emu.calls("sendMessage")
    assert (first.status, second.status) == (429, 200)
    assert second.time - first.time >= 1.0


@pytest.mark.parametrize(
    ("inject", "error"),
    [
        (lambda emu: emu.fail_next("sendMessage", status=500), NetworkError),
        (lambda emu: emu.fail_next("sendMessage", status=502), NetworkError),
        (lambda emu: emu.fail_next("sendMessage", status=403), Forbidden),
        (
            lambda emu: emu.fail_next("sendMessage", status=400, description="Bad Request: x"),
            BadRequest,
        ),
        (lambda emu: emu.block_bot(USER), Forbidden),
        (lambda emu: emu.drop_connections("sendMessage"), NetworkError),
        (lambda emu: emu.set_unreachable(), NetworkError),
    ],
)
async def test_faults_surface_as_ptb_errors(
    emu: BotApiEmulator, inject: Callable[[BotApiEmulator], None], error: type[Exception]
) -> None:
    async with Bot(TOKEN, base_url=f"{emu.url}/bot") as bot:
        inject(emu)
        with pytest.raises(error) as raised:
            await bot.send_message(USER, "hello")
        emu.clear_faults()
        # One fault, one failure: the next call goes through.
        message = await bot.send_message(USER, "hello again")
    assert isinstance(raised.value, TelegramError)
    assert message.text == "hello again"
    assert [m.text for m in emu.messages_to(USER)] == ["hello again"]


async def test_403_blocked_user_reaches_the_error_handler(emu: BotApiEmulator) -> None:
    errors: list[BaseException] = []
    emu.block_bot(USER)
    async with running_app(emu, errors=errors):
        emu.send_text(USER, "hi")
        emu.send_text(OTHER, "hi")
        await emu.wait_for_message(OTHER)
        await emu.wait_until(lambda: errors)
    assert isinstance(errors[0], Forbidden)
    assert "blocked by the user" in str(errors[0])
    assert emu.messages_to(USER) == []


async def test_polling_survives_an_outage(emu: BotApiEmulator) -> None:
    async with running_app(emu):
        emu.set_unreachable()
        await emu.wait_for_call("getUpdates", predicate=lambda call: call.status == 0, timeout=5)
        emu.send_text(USER, "still there?")
        emu.set_unreachable(False)
        reply = await emu.wait_for_message(USER, timeout=5)
    assert reply.text == "echo: still there?"


async def test_slow_method_delays_the_answer(emu: BotApiEmulator) -> None:
    async with Bot(TOKEN, base_url=f"{emu.url}/bot") as bot:
        emu.slow("getMe", 0.3)
        began = time.monotonic()
        await bot.get_me()
        assert time.monotonic() - began >= 0.3
        emu.slow("getMe", 0)
        began = time.monotonic()
        await bot.get_me()
        assert time.monotonic() - began < 0.3


async def test_get_updates_long_polls(emu: BotApiEmulator) -> None:
    async with Bot(TOKEN, base_url=f"{emu.url}/bot") as bot:
        began = time.monotonic()
        assert await bot.get_updates(timeout=1) == ()
        idle = time.monotonic() - began

        # An update that arrives during the poll ends it at once.
        asyncio.get_running_loop().call_later(0.2, emu.send_text, USER, "wake up")
        began = time.monotonic()
        updates = await bot.get_updates(timeout=5)
        woken = time.monotonic() - began
    assert 0.9 <= idle < 2.0
    assert woken < 2.0
    assert [u.message.text for u in updates if u.message] == ["wake up"]


async def test_get_updates_offset_and_limit(emu: BotApiEmulator) -> None:
    for text in ("one", "two", "three"):
        emu.send_text(USER, text)
    async with Bot(TOKEN, base_url=f"{emu.url}/bot") as bot:
        first_two = await bot.get_updates(limit=2)
        again = await bot.get_updates(limit=2)
        rest = await bot.get_updates(offset=first_two[-1].update_id + 1)
        last = await bot.get_updates(offset=-1)
    assert [u.message.text for u in first_two if u.message] == ["one", "two"]
    # Unconfirmed updates come back until an offset confirms them.
    assert [u.update_id for u in again] == [u.update_id for u in first_two]
    assert [u.message.text for u in rest if u.message] == ["three"]
    assert [u.update_id for u in last] == [rest[0].update_id]
    assert first_two[1].update_id == first_two[0].update_id + 1


async def test_parameters_as_json_body_and_form(emu: BotApiEmulator) -> None:
    keyboard = {"inline_keyboard": [[{"text": "OK", "callback_data": "ok"}]]}
    async with httpx.AsyncClient(base_url=f"{emu.url}/bot{TOKEN}") as client:
        as_json = await client.post(
            "/sendMessage", json={"chat_id": USER, "text": "123", "reply_markup": keyboard}
        )
        as_form = await client.post("/sendMessage", data={"chat_id": str(USER), "text": "true"})
        as_query = await client.get("/getMe")
        unknown = await client.post("/sendTelepathy", json={})
    assert as_json.json()["result"]["text"] == "123"
    assert as_json.json()["result"]["reply_markup"] == keyboard
    assert as_form.json()["result"]["text"] == "true"
    assert as_query.json()["result"]["username"] == "SleepDiaryTestBot"
    assert unknown.status_code == 404
    assert unknown.json() == {"ok": False, "error_code": 404, "description": "Not Found"}


@pytest.mark.parametrize(
    ("kwargs", "problem"),
    [
        ({"text": "<3 you", "parse_mode": "HTML"}, "can't parse entities"),
        ({"text": "7.5 hours", "parse_mode": "MarkdownV2"}, "can't parse entities"),
        ({"text": "x" * 4097}, "message is too long"),
        ({"text": "   "}, "message text is empty"),
        (
            {
                "text": "pick",
                "reply_markup": InlineKeyboardMarkup(
                    [[InlineKeyboardButton("long", callback_data="d" * 65)]]
                ),
            },
            "BUTTON_DATA_INVALID",
        ),
    ],
)
async def test_telegram_refusals(emu: BotApiEmulator, kwargs: dict[str, Any], problem: str) -> None:
    async with Bot(TOKEN, base_url=f"{emu.url}/bot") as bot:
        with pytest.raises(BadRequest, match=f"(?i){problem}"):
            await bot.send_message(USER, **kwargs)


async def test_markup_is_answered_as_plain_text_and_edits_must_change(
    emu: BotApiEmulator,
) -> None:
    async with Bot(TOKEN, base_url=f"{emu.url}/bot") as bot:
        sent = await bot.send_message(USER, "<b>Good</b> night &lt;3", parse_mode="HTML")
        with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
            await bot.edit_message_text("Good night <3", chat_id=USER, message_id=sent.message_id)
        with pytest.raises(BadRequest, match=r"(?i)message to edit not found"):
            await bot.edit_message_text("x", chat_id=USER, message_id=99)
        with pytest.raises(EndPointNotFound):
            await bot.do_api_request("sendTelepathy")
    assert sent.text == "Good night <3"
    assert emu.calls("sendMessage")[0].params["text"] == "<b>Good</b> night &lt;3"


async def test_setup_calls_and_commands(emu: BotApiEmulator) -> None:
    async with Bot(TOKEN, base_url=f"{emu.url}/bot") as bot:
        me = await bot.get_me()
        await bot.set_my_commands([("log", "Log last night"), ("help", "Help")])
        commands = await bot.get_my_commands()
        await bot.send_chat_action(USER, "typing")
        await bot.set_webhook("https://example.invalid/hook")
        info = await bot.get_webhook_info()
        with pytest.raises(TelegramError, match="webhook is active"):
            await bot.get_updates()
        assert await bot.delete_webhook(drop_pending_updates=True)
    assert me.username == "SleepDiaryTestBot" and me.id == 424242 and me.is_bot
    assert [c.command for c in commands] == ["log", "help"]
    assert [c["command"] for c in emu.commands()] == ["log", "help"]
    assert info.url == "https://example.invalid/hook"


async def test_wrong_token_is_unauthorized(emu: BotApiEmulator) -> None:
    async with httpx.AsyncClient() as client:
        response = await client.post(f"{emu.url}/bot1:wrong/getMe")
    assert response.status_code == 401


async def test_wait_for_message_times_out_naming_what_was_sent(emu: BotApiEmulator) -> None:
    async with Bot(TOKEN, base_url=f"{emu.url}/bot") as bot:
        await bot.send_message(USER, "something else")
    with pytest.raises(TimeoutError, match="something else"):
        await emu.wait_for_message(USER, contains="never said", timeout=0.2)


async def test_webhook_delivers_pending_updates_in_order_with_retries(
    emu: BotApiEmulator,
) -> None:
    received: list[tuple[str | None, dict[str, Any]]] = []
    answers = iter([500])  # the first delivery fails and is retried

    async def hook(request: web.Request) -> web.Response:
        received.append(
            (request.headers.get("X-Telegram-Bot-Api-Secret-Token"), await request.json())
        )
        return web.Response(status=next(answers, 200))

    app = web.Application()
    app.router.add_post("/hook", hook)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    port = runner.addresses[0][1]
    try:
        async with Bot(TOKEN, base_url=f"{emu.url}/bot") as bot:
            await bot.set_webhook(f"http://127.0.0.1:{port}/hook", secret_token="s3cret")
            emu.send_text(USER, "first")
            emu.send_text(USER, "second")
            await emu.wait_until(lambda: not emu.pending_updates)
            await bot.delete_webhook()
    finally:
        await runner.cleanup()
    updates = [Update.de_json(body, None) for _, body in received]
    texts = [u.message.text for u in updates if u.message]
    assert texts == ["first", "first", "second"]
    assert {secret for secret, _ in received} == {"s3cret"}
    assert [d.status for d in emu.webhook_deliveries] == [500, 200, 200]


async def test_listener_sees_sends_and_edits_and_chat_faults_stay_in_their_chat(
    emu: BotApiEmulator,
) -> None:
    seen: list[tuple[int, str, int]] = []
    emu.add_listener(lambda m: seen.append((m.message_id, m.text, m.edits)))
    emu.fail_next("sendMessage", status=403, chat_id=OTHER)
    async with Bot(TOKEN, base_url=f"{emu.url}/bot") as bot:
        first = await bot.send_message(USER, "one")
        await bot.edit_message_text("one, edited", chat_id=USER, message_id=first.message_id)
        with pytest.raises(Forbidden):
            await bot.send_message(OTHER, "to the other user")
        await bot.send_message(OTHER, "to the other user again")
    assert seen == [(1, "one", 0), (1, "one, edited", 1), (1, "to the other user again", 0)]
    failed = await emu.wait_for_call("sendMessage", predicate=lambda call: not call.ok)
    assert (failed.status, failed.params["chat_id"]) == (403, OTHER)
