"""BotApiEmulator: the HTTP server, what users do, what the bot sent, and fault injection."""

from __future__ import annotations

import asyncio
import contextlib
import copy
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar

from aiohttp import web

from sleepdiary.emulator.formatting import (
    command_entities,
    decode_form_value,
    normalise_json_params,
)
from sleepdiary.emulator.methods import METHODS, Upload, Uploads, photo_sizes
from sleepdiary.emulator.records import BotCall, SentMessage, StoredFile
from sleepdiary.emulator.webhook import Delivery, deliver_forever
from sleepdiary.emulator.world import ApiError, ChatId, Listener, World, now

if TYPE_CHECKING:
    from telegram.ext import ApplicationBuilder

T = TypeVar("T")

DEFAULT_TOKEN = "123456789:TEST-emulator-token"

_DEFAULT_DESCRIPTIONS = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden: bot was blocked by the user",
    404: "Not Found",
    409: "Conflict: terminated by other getUpdates request",
    500: "Internal Server Error",
    502: "Bad Gateway",
}

# A dropped request's handler waits for the client to notice the closed socket; this only
# bounds it if the client never does.
_DROP_LINGER_S = 30.0
_RECHECK_S = 0.05

# A tiny valid PNG, the default for users' photos.
_PNG_1X1 = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


@dataclass
class _Fault:
    method: str  # lower-case method name, or "*" for every method
    status: int
    description: str
    retry_after: float | None
    times: int  # remaining; negative means until cleared
    chat_id: ChatId | None
    drop: bool = False

    def matches(self, method: str, params: dict[str, Any]) -> bool:
        if self.method not in ("*", method):
            return False
        return self.chat_id is None or _param_chat(params) == self.chat_id


def _param_chat(params: dict[str, Any]) -> ChatId | None:
    value = params.get("chat_id")
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return str(value)


class BotApiEmulator:
    """A local Telegram Bot API for end-to-end tests and the demo (see the package docs)."""

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        *,
        bot_username: str = "SleepDiaryTestBot",
        bot_first_name: str = "Sleep Diary",
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        self.token = token
        self.host = host
        self.port = port
        head = token.split(":", 1)[0]
        bot_id = int(head) if head.isdigit() else 123456789
        self.world = World(
            bot_user={
                "id": bot_id,
                "is_bot": True,
                "first_name": bot_first_name,
                "username": bot_username,
                "can_join_groups": True,
                "can_read_all_group_messages": False,
                "supports_inline_queries": False,
            }
        )
        self.world.on_change = self._notify
        self.sent: list[BotCall] = []
        self._faults: list[_Fault] = []
        self._slow: dict[str, float] = {}
        self._blocked: set[ChatId] = set()
        self._unreachable = False
        self._closing = False
        self._changed = asyncio.Event()
        self._poll_generation = 0
        self._runner: web.AppRunner | None = None
        self._webhook_task: asyncio.Task[None] | None = None
        self.webhook_deliveries: list[Delivery] = []

    # -- lifecycle ------------------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        app.router.add_get("/file/bot{token}/{path:.+}", self._download)
        # handler_cancellation ends a long poll whose client went away (PTB cancels its
        # request on shutdown), so the poll does not linger until its timeout.
        self._runner = web.AppRunner(
            app, handler_cancellation=True, access_log=None, shutdown_timeout=1.0
        )
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        self.port = int(self._runner.addresses[0][1])
        self._closing = False
        self._webhook_task = asyncio.create_task(
            deliver_forever(
                self.world,
                self.webhook_deliveries,
                self._wait_for_change,
                paused=lambda: self._unreachable,
            ),
            name="BotApiEmulator:webhook",
        )

    async def stop(self) -> None:
        self._closing = True
        self._notify()
        if self._webhook_task is not None:
            self._webhook_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._webhook_task
            self._webhook_task = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def base_url(self) -> str:
        return f"{self.url}/bot"

    @property
    def base_file_url(self) -> str:
        return f"{self.url}/file/bot"

    def application_builder(self) -> ApplicationBuilder:
        """A PTB ApplicationBuilder already pointed at this emulator with its token."""
        from telegram.ext import ApplicationBuilder

        return (
            ApplicationBuilder()
            .token(self.token)
            .base_url(self.base_url)
            .base_file_url(self.base_file_url)
        )

    @property
    def bot_user(self) -> dict[str, Any]:
        return dict(self.world.bot_user)

    # -- HTTP -----------------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        method_name = request.match_info["method"]
        method = method_name.lower()
        unreadable: ApiError | None = None
        try:
            params, uploads = await _read_params(request)
        except ValueError:
            params, uploads = {}, {}
            unreadable = ApiError(400, "Bad Request: can't parse JSON object")
        call = BotCall(method=method_name, params=params, time=time.time())
        call.files = {
            name: StoredFile("", "", up.data, up.filename, up.content_type)
            for name, up in uploads.items()
        }
        self.sent.append(call)
        self._notify()

        if self._unreachable or self._closing:
            return await self._drop(request, call)
        delay = self._slow.get(method, self._slow.get("*", 0.0))
        if delay:
            await asyncio.sleep(delay)
        try:
            if request.match_info["token"] != self.token:
                raise ApiError(401, "Unauthorized")
            if unreadable is not None:
                raise unreadable
            fault = self._take_fault(method, params)
            if fault is not None and fault.drop:
                return await self._drop(request, call)
            if fault is not None:
                parameters = None
                if fault.status == 429:
                    parameters = {"retry_after": fault.retry_after or 1}
                raise ApiError(fault.status, fault.description, parameters)
            chat = _param_chat(params)
            if chat in self._blocked and method != "getchat":
                raise ApiError(403, "Forbidden: bot was blocked by the user")
            if method == "getupdates":
                result: Any = await self._get_updates(params)
                if result is None:
                    return await self._drop(request, call)
            elif method in METHODS:
                result = METHODS[method](self.world, params, uploads)
            else:
                raise ApiError(404, "Not Found")
        except ApiError as error:
            call.status, call.error = error.status, error.description
            self._notify()
            body: dict[str, Any] = {
                "ok": False,
                "error_code": error.status,
                "description": error.description,
            }
            if error.parameters:
                body["parameters"] = error.parameters
            return web.json_response(body, status=error.status)
        call.result = copy.deepcopy(result)
        self._notify()
        return web.json_response({"ok": True, "result": result})

    async def _drop(self, request: web.Request, call: BotCall) -> web.StreamResponse:
        """Close the connection without an answer (the client sees a network error)."""
        call.status, call.error = 0, "connection dropped"
        self._notify()
        if request.transport is not None:
            request.transport.close()
        # With handler_cancellation the closed socket cancels this handler right away.
        await asyncio.sleep(_DROP_LINGER_S)
        return web.Response(status=502)

    async def _download(self, request: web.Request) -> web.StreamResponse:
        if self._unreachable or request.match_info["token"] != self.token:
            raise web.HTTPNotFound()
        stored = self.world.file_by_path(request.match_info["path"])
        if stored is None:
            raise web.HTTPNotFound()
        return web.Response(
            body=stored.data, content_type=stored.mime_type or "application/octet-stream"
        )

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]] | None:
        """Long polling: answer as soon as there is an update, else when `timeout` runs out.
        None: the network went down meanwhile, so the request is to be dropped."""
        if self.world.webhook_url:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        offset = int(params.get("offset") or 0)
        limit = max(1, min(100, int(params.get("limit") or 100)))
        timeout = max(0.0, float(params.get("timeout") or 0))
        if isinstance(params.get("allowed_updates"), list):
            self.world.allowed_updates = list(params["allowed_updates"]) or None
        pending = self.world.pending
        if offset < 0:
            del pending[: max(0, len(pending) + offset)]
        elif offset:
            pending[:] = [u for u in pending if u["update_id"] >= offset]

        self._poll_generation += 1
        generation = self._poll_generation
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            if self._unreachable:
                return None
            if generation != self._poll_generation:
                raise ApiError(
                    409,
                    "Conflict: terminated by other getUpdates request; make sure that only "
                    "one bot instance is running",
                )
            ready = [u for u in self.world.pending if self._allowed(u)]
            if ready or self._closing:
                return copy.deepcopy(ready[:limit])
            remaining = deadline - asyncio.get_running_loop().time()
            if remaining <= 0:
                return []
            await self._wait_for_change(remaining)

    def _allowed(self, update: dict[str, Any]) -> bool:
        allowed = self.world.allowed_updates
        return allowed is None or any(kind in update for kind in allowed)

    def _take_fault(self, method: str, params: dict[str, Any]) -> _Fault | None:
        for fault in self._faults:
            if fault.matches(method, params):
                if fault.times > 0:
                    fault.times -= 1
                    if fault.times == 0:
                        self._faults.remove(fault)
                return fault
        return None

    async def _wait_for_change(self, timeout: float) -> None:
        """Return on the next change or after `timeout` seconds.

        Not asyncio.wait_for: on Python 3.11 it can swallow a cancellation that arrives
        together with the event, which left cancelled long polls and tasks running.
        """
        waiter = asyncio.ensure_future(self._changed.wait())
        try:
            await asyncio.wait({waiter}, timeout=timeout)
        finally:
            waiter.cancel()

    def _notify(self) -> None:
        # Wake every waiter once; later waiters wait on a fresh event.
        self._changed.set()
        self._changed = asyncio.Event()

    # -- what users do --------------------------------------------------------------------

    def add_user(
        self,
        user_id: int,
        *,
        first_name: str | None = None,
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = None,
    ) -> dict[str, Any]:
        """Register or update a user (users are otherwise made up on first message)."""
        return dict(
            self.world.user(
                user_id,
                first_name=first_name,
                last_name=last_name,
                username=username,
                language_code=language_code,
            )
        )

    def add_group(self, chat_id: int, *, title: str = "Group", kind: str = "group") -> None:
        """Register a group chat (negative id); `kind` is "group" or "supergroup"."""
        self.world.chats[chat_id] = {"id": chat_id, "type": kind, "title": title}

    def send_text(
        self,
        user_id: int,
        text: str,
        *,
        chat_id: ChatId | None = None,
        first_name: str | None = None,
        reply_to: int | None = None,
    ) -> dict[str, Any]:
        """A text message from a user; '/cmd args' gets its bot_command entity."""
        if first_name is not None:
            self.world.user(user_id, first_name=first_name)
        fields: dict[str, Any] = {"text": text}
        entities = command_entities(text)
        if entities:
            fields["entities"] = entities
        if reply_to is not None:
            target = user_id if chat_id is None else chat_id
            original = self.world.messages.get((target, reply_to))
            if original is not None:
                fields["reply_to_message"] = copy.deepcopy(original)
        return self.world.user_message(user_id, chat_id, fields)

    def send_message(
        self, user_id: int, fields: dict[str, Any], *, chat_id: ChatId | None = None
    ) -> dict[str, Any]:
        """Any other message from a user: `fields` are merged into the Message object."""
        return self.world.user_message(user_id, chat_id, dict(fields))

    def edit_text(
        self, user_id: int, message_id: int, text: str, *, chat_id: ChatId | None = None
    ) -> dict[str, Any]:
        """The user edits an earlier message: an `edited_message` update."""
        chat = user_id if chat_id is None else chat_id
        original = self.world.messages.get((chat, message_id))
        if original is None:
            raise KeyError(f"no message {message_id} in chat {chat}")
        edited = {**copy.deepcopy(original), "text": text, "edit_date": now()}
        edited.pop("entities", None)
        if command_entities(text):
            edited["entities"] = command_entities(text)
        self.world.messages[(chat, message_id)] = edited
        self.world.push_update("edited_message", edited, chat)
        return edited

    def press_button(
        self,
        user_id: int,
        message_id: int,
        callback_data: str,
        *,
        chat_id: ChatId | None = None,
    ) -> dict[str, Any]:
        """The user presses an inline button: a `callback_query` update (data not checked)."""
        chat = user_id if chat_id is None else chat_id
        query = {
            "id": self.world.new_id("cq"),
            "from": dict(self.world.user(user_id)),
            "message": self.world.message_for_callback(chat, message_id),
            "chat_instance": f"ci{chat}",
            "data": callback_data,
        }
        self.world.callback_queries[query["id"]] = query
        self.world.push_update("callback_query", query, chat)
        return query

    def click(
        self,
        user_id: int,
        message: SentMessage,
        label: str,
        *,
        chat_id: ChatId | None = None,
    ) -> dict[str, Any]:
        """Press the one button of `message` whose label contains `label` (any case)."""
        return self.press_button(
            user_id, message.message_id, message.data_for(label), chat_id=chat_id
        )

    def send_sticker(
        self, user_id: int, *, emoji: str = "😴", chat_id: ChatId | None = None
    ) -> dict[str, Any]:
        sticker = {
            "file_id": self.world.new_id("sticker"),
            "file_unique_id": self.world.new_id("su"),
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": emoji,
        }
        return self.send_message(user_id, {"sticker": sticker}, chat_id=chat_id)

    def send_photo(
        self,
        user_id: int,
        data: bytes = _PNG_1X1,
        *,
        caption: str | None = None,
        chat_id: ChatId | None = None,
    ) -> dict[str, Any]:
        stored = self.world.store_file(data, None, "image/jpeg", "photo")
        fields: dict[str, Any] = {"photo": photo_sizes(stored)}
        if caption:
            fields["caption"] = caption
        return self.send_message(user_id, fields, chat_id=chat_id)

    def send_voice(
        self,
        user_id: int,
        data: bytes = b"OggS\x00voice",
        *,
        duration: int = 3,
        chat_id: ChatId | None = None,
    ) -> dict[str, Any]:
        stored = self.world.store_file(data, None, "audio/ogg", "voice")
        voice = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "duration": duration,
            "mime_type": "audio/ogg",
            "file_size": stored.size,
        }
        return self.send_message(user_id, {"voice": voice}, chat_id=chat_id)

    def send_document(
        self,
        user_id: int,
        data: bytes,
        filename: str = "file.txt",
        *,
        mime_type: str | None = None,
        caption: str | None = None,
        chat_id: ChatId | None = None,
    ) -> dict[str, Any]:
        stored = self.world.store_file(data, filename, mime_type, "document")
        document: dict[str, Any] = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_name": filename,
            "file_size": stored.size,
        }
        if mime_type:
            document["mime_type"] = mime_type
        fields: dict[str, Any] = {"document": document}
        if caption:
            fields["caption"] = caption
        return self.send_message(user_id, fields, chat_id=chat_id)

    def send_location(
        self,
        user_id: int,
        latitude: float,
        longitude: float,
        *,
        chat_id: ChatId | None = None,
    ) -> dict[str, Any]:
        location = {"latitude": latitude, "longitude": longitude}
        return self.send_message(user_id, {"location": location}, chat_id=chat_id)

    def inject_update(self, kind: str, payload: dict[str, Any]) -> int:
        """Queue any other update (e.g. "my_chat_member"); returns its update_id."""
        return self.world.push_update(kind, payload, None)

    def redeliver(self, update_id: int) -> None:
        """Send an earlier update again with the same update_id, as Telegram does with an
        update whose offset was never confirmed (after a crash)."""
        self.world.redeliver(update_id)

    # -- what the bot sent ----------------------------------------------------------------

    def calls(self, method: str | None = None) -> list[BotCall]:
        """Recorded calls, optionally of one method (any case)."""
        if method is None:
            return list(self.sent)
        return [call for call in self.sent if call.method.lower() == method.lower()]

    def messages_to(self, chat_id: ChatId) -> list[SentMessage]:
        """The bot's messages in a chat, oldest first, edits applied, deleted ones left out."""
        return self.world.messages_to(chat_id)

    def last_message_to(self, chat_id: ChatId) -> SentMessage | None:
        messages = self.messages_to(chat_id)
        return messages[-1] if messages else None

    def texts_to(self, chat_id: ChatId) -> list[str]:
        return [message.text for message in self.messages_to(chat_id)]

    @property
    def callback_answers(self) -> dict[str, dict[str, Any]]:
        """answerCallbackQuery calls by query id: {"text"?, "show_alert"?, ...}."""
        return self.world.callback_answers

    @property
    def files(self) -> dict[str, StoredFile]:
        return self.world.files

    @property
    def pending_updates(self) -> list[dict[str, Any]]:
        """Updates not yet confirmed by the bot (a getUpdates offset past them)."""
        return list(self.world.pending)

    def commands(self, scope: dict[str, Any] | None = None, language_code: str = "") -> list[Any]:
        """The bot's command list as set with setMyCommands (default scope)."""
        from sleepdiary.emulator.methods import get_my_commands

        params: dict[str, Any] = {"language_code": language_code}
        if scope:
            params["scope"] = scope
        return list(get_my_commands(self.world, params, {}))

    def add_listener(self, listener: Listener) -> None:
        """Call `listener(message)` whenever the bot sends, edits or deletes a message."""
        self.world.listeners.append(listener)

    def mark(self) -> int:
        """A point in time for `wait_for_message(since=...)`: only later changes count."""
        return self.world.seq

    async def wait_until(self, predicate: Callable[[], T], timeout: float = 5.0) -> T:
        """Wait until `predicate()` is truthy and return its value (TimeoutError if not)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            value = predicate()
            if value:
                return value
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise TimeoutError(f"condition not met within {timeout} s")
            # The periodic re-check covers predicates on state outside the emulator.
            await self._wait_for_change(min(remaining, _RECHECK_S))

    async def wait_for_message(
        self,
        chat_id: ChatId,
        *,
        contains: str | None = None,
        since: int | None = None,
        timeout: float = 5.0,
    ) -> SentMessage:
        """The first bot message in the chat sent or edited after `since` that contains
        `contains` (any case). `since` defaults to the user's last action in that chat, so
        this is "the bot's answer to what the user just did"; since=0 means any time."""
        start = self.world.user_marks.get(chat_id, 0) if since is None else since

        def found() -> SentMessage | None:
            candidates = sorted(
                (m for m in self.messages_to(chat_id) if m.seq > start), key=lambda m: m.seq
            )
            for message in candidates:
                if contains is None or contains.lower() in message.text.lower():
                    return message
            return None

        try:
            return await self.wait_until(found, timeout)
        except TimeoutError:
            texts = [message.text for message in self.messages_to(chat_id)]
            raise TimeoutError(
                f"no bot message in chat {chat_id} containing {contains!r} within {timeout} s;"
                f" messages there: {texts}"
            ) from None

    async def wait_for_call(
        self,
        method: str,
        *,
        predicate: Callable[[BotCall], bool] | None = None,
        timeout: float = 5.0,
        answered: bool = True,
    ) -> BotCall:
        """The first recorded call of `method` (matching `predicate`); by default only once
        it has been answered (so its status and result are final)."""

        def found() -> BotCall | None:
            for call in self.calls(method):
                done = call.status != 200 or call.result is not None
                if (not answered or done) and (predicate is None or predicate(call)):
                    return call
            return None

        return await self.wait_until(found, timeout)

    # -- fault injection ------------------------------------------------------------------

    def fail_next(
        self,
        method: str,
        *,
        status: int = 429,
        retry_after: float = 3,
        times: int = 1,
        description: str | None = None,
        chat_id: ChatId | None = None,
    ) -> None:
        """Answer the next `times` calls of `method` ("*": any) with an error.

        429 carries `parameters.retry_after` (PTB raises RetryAfter); 403 defaults to "bot was
        blocked by the user"; 500/502 become NetworkError in PTB. times=-1: until cleared.
        `chat_id` limits the fault to calls for that chat.
        """
        if description is None:
            description = _DEFAULT_DESCRIPTIONS.get(status, "Error")
            if status == 429:
                description = f"Too Many Requests: retry after {retry_after:g}"
        self._faults.append(
            _Fault(method.lower(), status, description, retry_after, times, chat_id)
        )

    def drop_connections(self, method: str, times: int = 1) -> None:
        """Close the connection of the next `times` calls of `method` without answering."""
        self._faults.append(_Fault(method.lower(), 0, "", None, times, None, drop=True))

    def block_bot(self, chat_id: ChatId) -> None:
        """The user blocked the bot: every call for this chat gets 403 until unblock_bot."""
        self._blocked.add(chat_id)

    def unblock_bot(self, chat_id: ChatId) -> None:
        self._blocked.discard(chat_id)

    def slow(self, method: str, seconds: float) -> None:
        """Delay every answer to `method` ("*": any) by `seconds`; 0 removes the delay."""
        if seconds > 0:
            self._slow[method.lower()] = seconds
        else:
            self._slow.pop(method.lower(), None)

    def set_unreachable(self, unreachable: bool = True) -> None:
        """Telegram unreachable: every request (long polls too) is dropped unanswered."""
        self._unreachable = unreachable
        # Wakes an open long poll, which then drops its connection as a broken network would.
        self._notify()

    @property
    def unreachable(self) -> bool:
        return self._unreachable

    def clear_faults(self) -> None:
        """Remove every fault, delay, block and the unreachable switch."""
        self._faults.clear()
        self._slow.clear()
        self._blocked.clear()
        self._unreachable = False


async def _read_params(request: web.Request) -> tuple[dict[str, Any], Uploads]:
    """Parameters from the query string and a JSON, urlencoded or multipart body."""
    params: dict[str, Any] = {
        key: decode_form_value(key, value) for key, value in request.query.items()
    }
    uploads: Uploads = {}
    if request.content_type == "application/json":
        body = await request.read()
        if body:
            data = json.loads(body)  # a ValueError becomes a 400 answer
            if isinstance(data, dict):
                params.update(normalise_json_params(data))
    elif request.content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
        form = await request.post()
        for key, value in form.items():
            if isinstance(value, web.FileField):
                uploads[key] = Upload(value.file.read(), value.filename, value.content_type)
            else:
                params[key] = decode_form_value(key, str(value))
    return params, uploads
