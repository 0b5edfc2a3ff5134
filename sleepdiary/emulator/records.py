"""What the emulator keeps: bot calls, the bot's messages as they stand, uploaded files."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class StoredFile:
    """A file the bot uploaded, or one a user sent (so the bot can download it)."""

    file_id: str
    file_unique_id: str
    data: bytes
    filename: str | None = None
    mime_type: str | None = None
    file_path: str = ""

    @property
    def size(self) -> int:
        return len(self.data)


@dataclass
class BotCall:
    """One request the bot made. `status` is the HTTP status answered (0: connection dropped)."""

    method: str
    params: dict[str, Any]
    time: float
    files: dict[str, StoredFile] = field(default_factory=dict)
    status: int = 200
    result: Any = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.status == 200

    @property
    def message(self) -> dict[str, Any] | None:
        """The Message object returned, for calls that return one."""
        if isinstance(self.result, dict) and "message_id" in self.result:
            return self.result
        return None


@dataclass(frozen=True)
class Button:
    """One keyboard button: inline buttons have callback_data or url, reply buttons neither."""

    text: str
    callback_data: str | None = None
    url: str | None = None


@dataclass
class SentMessage:
    """A message the bot sent, with every later edit applied.

    `data` is the Telegram Message object as the bot last got it back; `reply_markup` is the
    markup as the bot sent it (also reply keyboards, which Telegram does not echo back).
    """

    chat_id: int | str
    message_id: int
    data: dict[str, Any]
    reply_markup: dict[str, Any] | None = None
    file: StoredFile | None = None
    edits: int = 0
    deleted: bool = False
    seq: int = 0

    @property
    def text(self) -> str:
        """The text, or the caption of a document or photo ("" when neither)."""
        return str(self.data.get("text") or self.data.get("caption") or "")

    @property
    def keyboard(self) -> list[list[Button]]:
        return keyboard_rows(self.reply_markup)

    def button_labels(self) -> list[str]:
        return [button.text for row in self.keyboard for button in row]

    def callback_data(self) -> list[str]:
        return [
            button.callback_data
            for row in self.keyboard
            for button in row
            if button.callback_data is not None
        ]

    def data_for(self, label: str) -> str:
        """The callback data of the one button whose label contains `label` (any case)."""
        matches = [
            button
            for row in self.keyboard
            for button in row
            if label.lower() in button.text.lower() and button.callback_data is not None
        ]
        if len(matches) != 1:
            raise LookupError(
                f"{len(matches)} buttons match {label!r}; labels: {self.button_labels()}"
            )
        return str(matches[0].callback_data)


def keyboard_rows(markup: dict[str, Any] | None) -> list[list[Button]]:
    """Buttons of an InlineKeyboardMarkup or ReplyKeyboardMarkup, row by row."""
    if not markup:
        return []
    rows = markup.get("inline_keyboard") or markup.get("keyboard") or []
    out: list[list[Button]] = []
    for row in rows:
        buttons = []
        for button in row:
            if isinstance(button, str):
                buttons.append(Button(text=button))
            else:
                buttons.append(
                    Button(
                        text=str(button.get("text", "")),
                        callback_data=button.get("callback_data"),
                        url=button.get("url"),
                    )
                )
        out.append(buttons)
    return out


def button_labels(message: SentMessage | dict[str, Any]) -> list[str]:
    """Labels of a message's buttons (a SentMessage or a raw Message dict)."""
    markup = (
        message.reply_markup if isinstance(message, SentMessage) else message.get("reply_markup")
    )
    return [button.text for row in keyboard_rows(markup) for button in row]


def callback_data(message: SentMessage | dict[str, Any]) -> list[str]:
    """Callback data of a message's inline buttons, in order."""
    markup = (
        message.reply_markup if isinstance(message, SentMessage) else message.get("reply_markup")
    )
    return [
        str(button.callback_data)
        for row in keyboard_rows(markup)
        for button in row
        if button.callback_data is not None
    ]
