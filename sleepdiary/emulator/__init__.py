"""A local Telegram Bot API for end-to-end tests and `sleepdiary demo`.

An in-process aiohttp server that speaks enough of the Bot API for a real
python-telegram-bot `Application` to run against it over real HTTP::

    async with BotApiEmulator(token=TOKEN, bot_username="SleepDiaryTestBot") as emu:
        app = emu.application_builder().build()   # or ApplicationBuilder().token(TOKEN)
        #   .base_url(f"{emu.url}/bot").base_file_url(f"{emu.url}/file/bot")
        async with app:
            await app.start()
            await app.updater.start_polling(poll_interval=0, timeout=5)
            emu.send_text(42, "/start INVITE1")
            reply = await emu.wait_for_message(42, contains="welcome")
            emu.click(42, reply, "Yes")               # press the button labelled "...Yes..."
            ...
            await app.updater.stop()
            await app.stop()

Bot API methods answered: getMe, getUpdates (real long polling with offset, limit, timeout,
allowed_updates; 409 while a webhook is set or when a newer poll starts), sendMessage,
editMessageText, editMessageCaption, editMessageReplyMarkup, deleteMessage,
answerCallbackQuery, sendDocument, sendPhoto (multipart uploads, attach://, file_id reuse),
getFile plus file download, sendChatAction, set/get/deleteMyCommands, setWebhook,
deleteWebhook (drop_pending_updates), getWebhookInfo, getChat, close, logOut and harmless
set-up calls (setMyDescription, setChatMenuButton, ...). Unknown methods get Telegram's 404
JSON (PTB raises InvalidToken, or EndPointNotFound from do_api_request). Parameters are read
from the query string, a JSON body, urlencoded or multipart forms. Like Telegram it answers
plain text (HTML / MarkdownV2 / Markdown are checked and stripped; bad markup is a 400
"can't parse entities"), refuses callback_data over 64 bytes, texts over 4096 characters,
edits that change nothing ("message is not modified"), and answering a callback query twice.
An edit without reply_markup removes the inline keyboard, as in Telegram.
While a webhook is set (setWebhook), pending updates are POSTed to it in order, with the
X-Telegram-Bot-Api-Secret-Token header, retried until answered 2xx (`webhook_deliveries`
lists every try); only loopback URLs are called, any other is recorded and never contacted.

Ids: update_id grows globally, message_id per chat (users' and the bot's messages share it).
A positive chat id is a private chat with that user; a negative one a group ("supergroup"
below -10**12), made up on first use.

Users act (synchronous; each queues one update and returns the payload):
    send_text(user_id, text, *, chat_id=None, first_name=None, reply_to=None) -> Message dict
        ("/cmd args" carries the bot_command entity; chat_id=-5 sends it in a group)
    edit_text(user_id, message_id, text, *, chat_id=None) -> Message  (edited_message)
    press_button(user_id, message_id, callback_data, *, chat_id=None) -> CallbackQuery dict
    click(user_id, sent_message, label, *, chat_id=None) -> CallbackQuery dict
    send_sticker / send_photo / send_voice / send_document / send_location (see signatures)
    send_message(user_id, fields, *, chat_id=None)  any other Message fields
    inject_update(kind, payload) -> update_id;  add_user(...), add_group(...)

Reading what the bot did:
    sent / calls(method=None) -> list[BotCall]  (method, params, time, files, status,
        result, error; status 0 = dropped), every call including getUpdates
    messages_to(chat_id) -> list[SentMessage]  (edits applied; .text, .keyboard,
        .button_labels(), .callback_data(), .data_for(label), .file, .data, .edits)
    last_message_to(chat_id), texts_to(chat_id), callback_answers, files, commands(),
    pending_updates, add_listener(fn)  (fn(SentMessage) on every send/edit/delete)
    await wait_for_message(chat_id, *, contains=None, since=None, timeout=5.0)
        (since defaults to the user's last action in that chat; since=0: any time;
         since=emu.mark() for "from now on")
    await wait_for_call(method, *, predicate=None, timeout=5.0)
    await wait_until(predicate, timeout=5.0)  -> the predicate's truthy value
    Waits raise TimeoutError naming what the bot did send.

Faults:
    fail_next(method, *, status=429, retry_after=3, times=1, description=None, chat_id=None)
        ("*" = any method; times=-1 until clear_faults())
    block_bot(chat_id) / unblock_bot(chat_id)   403 "Forbidden: bot was blocked by the user"
    slow(method, seconds)                       delay answers ("*" = all; 0 removes)
    drop_connections(method, times=1)           close the connection unanswered
    set_unreachable(True/False)                 every request dropped (NetworkError in PTB)
    clear_faults()
"""

from sleepdiary.emulator.records import (
    BotCall,
    Button,
    SentMessage,
    StoredFile,
    button_labels,
    callback_data,
)
from sleepdiary.emulator.server import DEFAULT_TOKEN, BotApiEmulator

__all__ = [
    "DEFAULT_TOKEN",
    "BotApiEmulator",
    "BotCall",
    "Button",
    "SentMessage",
    "StoredFile",
    "button_labels",
    "callback_data",
]
