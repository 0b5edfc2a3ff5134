"""The emulated Telegram side: users, chats, messages, pending updates and files.

Plain synchronous state, shared by the HTTP face (what the bot calls) and the test face
(what users do). Message ids count per chat and update ids globally, as in Telegram.
"""

from __future__ import annotations

import copy
import hashlib
import itertools
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sleepdiary.emulator.records import SentMessage, StoredFile

ChatId = int | str
Listener = Callable[[SentMessage], None]

# Supergroup and channel ids look like -100xxxxxxxxxx; basic groups are small negatives.
_SUPERGROUP_BELOW = -1_000_000_000_000


class ApiError(Exception):
    """A Bot API error answer: HTTP status, description and optional response parameters."""

    def __init__(
        self, status: int, description: str, parameters: dict[str, Any] | None = None
    ) -> None:
        super().__init__(f"{status} {description}")
        self.status = status
        self.description = description
        self.parameters = parameters


def bad_request(detail: str) -> ApiError:
    return ApiError(400, f"Bad Request: {detail}")


def chat_key(value: Any) -> ChatId:
    """Chat ids arrive as ints, numeric strings or '@username'; key them consistently."""
    if isinstance(value, bool):
        raise bad_request("chat not found")
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        try:
            return int(value)
        except ValueError:
            return value
    raise bad_request("chat_id is empty")


def now() -> int:
    return int(time.time())


@dataclass
class World:
    bot_user: dict[str, Any]
    users: dict[int, dict[str, Any]] = field(default_factory=dict)
    chats: dict[ChatId, dict[str, Any]] = field(default_factory=dict)
    messages: dict[tuple[ChatId, int], dict[str, Any]] = field(default_factory=dict)
    bot_messages: dict[tuple[ChatId, int], SentMessage] = field(default_factory=dict)
    pending: list[dict[str, Any]] = field(default_factory=list)
    history: list[dict[str, Any]] = field(default_factory=list)
    files: dict[str, StoredFile] = field(default_factory=dict)
    callback_queries: dict[str, dict[str, Any]] = field(default_factory=dict)
    callback_answers: dict[str, dict[str, Any]] = field(default_factory=dict)
    commands: dict[tuple[str, str], list[dict[str, Any]]] = field(default_factory=dict)
    webhook_url: str = ""
    webhook_secret: str = ""
    allowed_updates: list[str] | None = None
    listeners: list[Listener] = field(default_factory=list)
    # Called after every change, so that waiters re-check their conditions.
    on_change: Callable[[], None] = lambda: None
    seq: int = 0
    # The seq of the last thing a user did in each chat: "the bot's reply" is newer.
    user_marks: dict[ChatId, int] = field(default_factory=dict)
    _next_update_id: int = 1
    _next_message_id: dict[ChatId, int] = field(default_factory=dict)
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    # -- users and chats ------------------------------------------------------------------

    def user(self, user_id: int, **fields: Any) -> dict[str, Any]:
        user = self.users.setdefault(
            user_id,
            {"id": user_id, "is_bot": False, "first_name": f"User{user_id}", "language_code": "en"},
        )
        user.update({key: value for key, value in fields.items() if value is not None})
        return user

    def chat(self, chat_id: ChatId, *, user_id: int | None = None) -> dict[str, Any]:
        """The chat, made up on first sight: private for positive ids, a group for negative."""
        if chat_id in self.chats:
            return self.chats[chat_id]
        if isinstance(chat_id, int) and chat_id > 0:
            user = self.user(user_id if user_id is not None else chat_id)
            chat = {"id": chat_id, "type": "private", "first_name": user["first_name"]}
            if user.get("username"):
                chat["username"] = user["username"]
        elif isinstance(chat_id, int):
            kind = "supergroup" if chat_id < _SUPERGROUP_BELOW else "group"
            chat = {"id": chat_id, "type": kind, "title": f"Group {chat_id}"}
        else:
            raise bad_request("chat not found")
        self.chats[chat_id] = chat
        return chat

    # -- messages and updates -------------------------------------------------------------

    def next_message_id(self, chat_id: ChatId) -> int:
        value = self._next_message_id.get(chat_id, 1)
        self._next_message_id[chat_id] = value + 1
        return value

    def new_id(self, prefix: str) -> str:
        return f"{prefix}{next(self._ids)}"

    def user_message(
        self, user_id: int, chat_id: ChatId | None, fields: dict[str, Any]
    ) -> dict[str, Any]:
        """A message from a user, stored and queued as a `message` update."""
        chat_id = user_id if chat_id is None else chat_id
        chat = self.chat(chat_id, user_id=user_id)
        message = {
            "message_id": self.next_message_id(chat_id),
            "date": now(),
            "chat": dict(chat),
            "from": dict(self.user(user_id)),
            **fields,
        }
        self.messages[(chat_id, message["message_id"])] = message
        self.push_update("message", message, chat_id)
        return message

    def push_update(self, kind: str, payload: dict[str, Any], chat_id: ChatId | None) -> int:
        update = {"update_id": self._next_update_id, kind: copy.deepcopy(payload)}
        self._next_update_id += 1
        self.pending.append(update)
        self.history.append(update)
        self.seq += 1
        if chat_id is not None:
            self.user_marks[chat_id] = self.seq
        self.on_change()
        return int(update["update_id"])

    def redeliver(self, update_id: int) -> None:
        """Queue an earlier update again, same id: Telegram resending one never confirmed."""
        update = next(u for u in self.history if u["update_id"] == update_id)
        self.pending.append(copy.deepcopy(update))
        self.seq += 1
        self.on_change()

    def message_for_callback(self, chat_id: ChatId, message_id: int) -> dict[str, Any]:
        known = self.messages.get((chat_id, message_id))
        if known is not None:
            return copy.deepcopy(known)
        # Tests may forge presses on messages the emulator never saw.
        return {
            "message_id": message_id,
            "date": now(),
            "chat": dict(self.chat(chat_id)),
            "from": dict(self.bot_user),
            "text": "",
        }

    def bot_message(
        self,
        chat_id: ChatId,
        fields: dict[str, Any],
        *,
        reply_markup: dict[str, Any] | None,
        file: StoredFile | None = None,
    ) -> SentMessage:
        """A message from the bot; Telegram echoes inline keyboards only."""
        chat = self.chat(chat_id)
        message: dict[str, Any] = {
            "message_id": self.next_message_id(chat_id),
            "date": now(),
            "chat": dict(chat),
            "from": dict(self.bot_user),
            **fields,
        }
        if reply_markup and "inline_keyboard" in reply_markup:
            message["reply_markup"] = reply_markup
        self.messages[(chat_id, message["message_id"])] = message
        sent = SentMessage(
            chat_id=chat_id,
            message_id=message["message_id"],
            data=message,
            reply_markup=reply_markup,
            file=file,
        )
        self.bot_messages[(chat_id, sent.message_id)] = sent
        self.touched(sent)
        return sent

    def touched(self, sent: SentMessage) -> None:
        self.seq += 1
        sent.seq = self.seq
        for listener in list(self.listeners):
            listener(sent)
        self.on_change()

    def editable(self, chat_id: ChatId, message_id: int) -> SentMessage:
        sent = self.bot_messages.get((chat_id, message_id))
        if sent is None or sent.deleted:
            if (chat_id, message_id) in self.messages:
                raise bad_request("message can't be edited")
            raise bad_request("message to edit not found")
        return sent

    # -- files ----------------------------------------------------------------------------

    def store_file(
        self, data: bytes, filename: str | None, mime_type: str | None, kind: str
    ) -> StoredFile:
        number = next(self._ids)
        suffix = ""
        if filename and "." in filename:
            suffix = "." + filename.rsplit(".", 1)[1]
        stored = StoredFile(
            file_id=f"BQAC-{kind}-{number}",
            file_unique_id=hashlib.sha1(data).hexdigest()[:16],
            data=data,
            filename=filename,
            mime_type=mime_type,
            file_path=f"{kind}s/file_{number}{suffix}",
        )
        self.files[stored.file_id] = stored
        return stored

    def file_by_path(self, path: str) -> StoredFile | None:
        return next((f for f in self.files.values() if f.file_path == path), None)

    # -- reading --------------------------------------------------------------------------

    def messages_to(self, chat_id: ChatId) -> list[SentMessage]:
        return sorted(
            (
                sent
                for (chat, _), sent in self.bot_messages.items()
                if chat == chat_id and not sent.deleted
            ),
            key=lambda sent: sent.message_id,
        )
