"""The Bot API methods the emulator answers, as plain functions of (world, params, uploads).

getUpdates waits for updates and so lives in the server; everything here answers at once.
Errors carry Telegram's own wording, so that the bot's error handling meets what it will
meet in production ("message is not modified", "BUTTON_DATA_INVALID", "can't parse
entities").
"""

from __future__ import annotations

import copy
import mimetypes
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sleepdiary.emulator.formatting import ParseError, image_size, plain_text
from sleepdiary.emulator.records import StoredFile
from sleepdiary.emulator.world import ApiError, World, bad_request, chat_key, now

MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_CALLBACK_DATA_BYTES = 64


@dataclass(frozen=True)
class Upload:
    """One multipart file part of a request."""

    data: bytes
    filename: str | None
    content_type: str | None


Uploads = dict[str, Upload]
Method = Callable[[World, dict[str, Any], Uploads], Any]


def _required(params: dict[str, Any], name: str) -> Any:
    if params.get(name) in (None, ""):
        raise bad_request(f"{name} is empty" if name != "chat_id" else "chat_id is empty")
    return params[name]


def _int_param(params: dict[str, Any], name: str) -> int:
    value = _required(params, name)
    try:
        return int(value)
    except (TypeError, ValueError):
        raise bad_request(f"invalid {name} specified") from None


def _rendered(text: str, parse_mode: str | None, limit: int, what: str) -> str:
    try:
        plain = plain_text(text, parse_mode)
    except ParseError as error:
        raise bad_request(f"can't parse entities: {error}") from None
    if len(plain) > limit:
        raise bad_request(f"{what} is too long")
    return plain


def _checked_markup(markup: Any) -> dict[str, Any] | None:
    if markup in (None, ""):
        return None
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    for row in markup.get("inline_keyboard") or []:
        for button in row:
            data = button.get("callback_data")
            if data is not None and len(str(data).encode()) > MAX_CALLBACK_DATA_BYTES:
                raise bad_request("BUTTON_DATA_INVALID")
            if not str(button.get("text", "")):
                raise bad_request("text buttons are unallowed in the inline keyboard")
    return markup


def _reply_fields(world: World, chat_id: Any, params: dict[str, Any]) -> dict[str, Any]:
    reply_to = params.get("reply_to_message_id")
    reply_parameters = params.get("reply_parameters")
    if isinstance(reply_parameters, dict):
        reply_to = reply_parameters.get("message_id", reply_to)
    if reply_to is None:
        return {}
    original = world.messages.get((chat_id, int(reply_to)))
    return {"reply_to_message": copy.deepcopy(original)} if original else {}


# -- set-up and housekeeping ------------------------------------------------------------------


def get_me(world: World, params: dict[str, Any], uploads: Uploads) -> Any:
    return dict(world.bot_user)


def ok(world: World, params: dict[str, Any], uploads: Uploads) -> Any:
    return True


def set_my_commands(world: World, params: dict[str, Any], uploads: Uploads) -> Any:
    commands = params.get("commands")
    if not isinstance(commands, list):
        raise bad_request("commands must be an array")
    world.commands[_commands_key(params)] = [dict(command) for command in commands]
    return True


def get_my_commands(world: World, params: dict[str, Any], uploads: Uploads) -> Any:
    return copy.deepcopy(world.commands.get(_commands_key(params), []))


def delete_my_commands(world: World, params: dict[str, Any], uploads: Uploads) -> Any:
    world.commands.pop(_commands_key(params), None)
    return True


def _commands_key(params: dict[str, Any]) -> tuple[str, str]:
    scope = params.get("scope") or {"type": "default"}
    return (repr(sorted(scope.items())), str(params.get("language_code") or ""))


def delete_webhook(world: World, params: dict[str, Any], uploads: Uploads) -> Any:
    world.webhook_url = ""
    world.webhook_secret = ""
    if params.get("drop_pending_updates"):
        world.pending.clear()
    return True


def set_webhook(world: World, params: dict[str, Any], uploads: Uploads) -> Any:
    world.webhook_url = str(params.get("url") or "")
    world.webhook_secret = str(params.get("secret_token") or "")
    if params.get("drop_pending_updates"):
        world.pending.clear()
    return True


def get_webhook_info(world: World, params: dict[str, Any], uploads: Uploads) -> Any:
    return {
        "url": world.webhook_url,
        "has_custom_certificate": False,
        "pending_update_count": len(world.pending),
    }


def get_chat(world: World, params: dict[str, Any], uploads: Uploads) -> Any:
    chat = dict(world.chat(chat_key(_required(params, "chat_id"))))
    return {"accent_color_id": 0, "max_reaction_count": 11, **chat}


def get_file(world: World, params: dict[str, Any], uploads: Uploads) -> Any:
    stored = world.files.get(str(_required(params, "file_id")))
    if stored is None:
        raise bad_request("invalid file_id")
    return {
        "file_id": stored.file_id,
        "file_unique_id": stored.file_unique_id,
        "file_size": stored.size,
        "file_path": stored.file_path,
    }


# -- sending and editing ----------------------------------------------------------------------


def send_message(world: World, params: dict[str, Any], uploads: Uploads) -> Any:
    chat_id = chat_key(_required(params, "chat_id"))
    text = str(params.get("text") or "")
    if not text.strip():
        raise bad_request("message text is empty")
    plain = _rendered(text, params.get("parse_mode"), MAX_TEXT, "message")
    markup = _checked_markup(params.get("reply_markup"))
    fields = {"text": plain, **_reply_fields(world, chat_id, params)}
    return world.bot_message(chat_id, fields, reply_markup=markup).data


def send_chat_action(world: World, params: dict[str, Any], uploads: Uploads) -> Any:
    world.chat(chat_key(_required(params, "chat_id")))
    _required(params, "action")
    return True


def _file_param(world: World, params: dict[str, Any], uploads: Uploads, name: str) -> StoredFile:
    """The file of a send*: an upload (plain or attach://), a known file_id or a URL."""
    value = params.get(name)
    upload = uploads.get(name)
    if isinstance(value, str) and value.startswith("attach://"):
        upload = uploads.get(value.removeprefix("attach://"))
    if upload is not None:
        if not upload.data:
            raise bad_request("file must be non-empty")
        mime = upload.content_type
        if upload.filename and (not mime or mime == "application/octet-stream"):
            mime = mimetypes.guess_type(upload.filename)[0] or mime
        return world.store_file(upload.data, upload.filename, mime, name)
    if isinstance(value, str) and value in world.files:
        return world.files[value]
    if isinstance(value, str) and value.startswith(("http://", "https://")):
        filename = value.rsplit("/", 1)[-1] or None
        return world.store_file(b"", filename, mimetypes.guess_type(value)[0], name)
    if value in (None, ""):
        raise bad_request(f"there is no {name} in the request")
    raise bad_request("wrong file identifier/HTTP URL specified")


def _caption_fields(params: dict[str, Any]) -> dict[str, Any]:
    caption = params.get("caption")
    if not caption:
        return {}
    return {"caption": _rendered(str(caption), params.get("parse_mode"), MAX_CAPTION, "caption")}


def send_document(world: World, params: dict[str, Any], uploads: Uploads) -> Any:
    chat_id = chat_key(_required(params, "chat_id"))
    stored = _file_param(world, params, uploads, "document")
    document = {
        "file_id": stored.file_id,
        "file_unique_id": stored.file_unique_id,
        "file_size": stored.size,
    }
    if stored.filename:
        document["file_name"] = stored.filename
    if stored.mime_type:
        document["mime_type"] = stored.mime_type
    fields = {"document": document, **_caption_fields(params)}
    fields.update(_reply_fields(world, chat_id, params))
    markup = _checked_markup(params.get("reply_markup"))
    return world.bot_message(chat_id, fields, reply_markup=markup, file=stored).data


def photo_sizes(stored: StoredFile) -> list[dict[str, Any]]:
    width, height = image_size(stored.data)
    return [
        {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": stored.size,
            "width": width,
            "height": height,
        }
    ]


def send_photo(world: World, params: dict[str, Any], uploads: Uploads) -> Any:
    chat_id = chat_key(_required(params, "chat_id"))
    stored = _file_param(world, params, uploads, "photo")
    fields = {"photo": photo_sizes(stored), **_caption_fields(params)}
    fields.update(_reply_fields(world, chat_id, params))
    markup = _checked_markup(params.get("reply_markup"))
    return world.bot_message(chat_id, fields, reply_markup=markup, file=stored).data


def _edit(world: World, params: dict[str, Any], change: Callable[[dict[str, Any]], None]) -> Any:
    """Apply `change` to a copy of the message; refuse no-op edits as Telegram does."""
    if params.get("inline_message_id"):
        return True
    chat_id = chat_key(_required(params, "chat_id"))
    sent = world.editable(chat_id, _int_param(params, "message_id"))
    before = copy.deepcopy(sent.data)
    after = copy.deepcopy(sent.data)
    change(after)
    after.pop("edit_date", None)
    before.pop("edit_date", None)
    if after == before:
        raise bad_request(
            "message is not modified: specified new message content and reply markup are "
            "exactly the same as a current content and reply markup of the message"
        )
    after["edit_date"] = now()
    sent.data = after
    sent.reply_markup = after.get("reply_markup")
    sent.edits += 1
    world.messages[(chat_id, sent.message_id)] = after
    world.touched(sent)
    return copy.deepcopy(after)


def _set_markup(message: dict[str, Any], markup: dict[str, Any] | None) -> None:
    # An edit without reply_markup removes the inline keyboard.
    if markup and "inline_keyboard" in markup:
        message["reply_markup"] = markup
    else:
        message.pop("reply_markup", None)


def edit_message_text(world: World, params: dict[str, Any], uploads: Uploads) -> Any:
    text = str(params.get("text") or "")
    if not text.strip():
        raise bad_request("message text is empty")
    plain = _rendered(text, params.get("parse_mode"), MAX_TEXT, "message")
    markup = _checked_markup(params.get("reply_markup"))

    def change(message: dict[str, Any]) -> None:
        if "text" not in message:
            raise bad_request("there is no text in the message to edit")
        message["text"] = plain
        _set_markup(message, markup)

    return _edit(world, params, change)


def edit_message_caption(world: World, params: dict[str, Any], uploads: Uploads) -> Any:
    caption = _caption_fields(params).get("caption")
    markup = _checked_markup(params.get("reply_markup"))

    def change(message: dict[str, Any]) -> None:
        if caption:
            message["caption"] = caption
        else:
            message.pop("caption", None)
        _set_markup(message, markup)

    return _edit(world, params, change)


def edit_message_reply_markup(world: World, params: dict[str, Any], uploads: Uploads) -> Any:
    markup = _checked_markup(params.get("reply_markup"))
    return _edit(world, params, lambda message: _set_markup(message, markup))


def delete_message(world: World, params: dict[str, Any], uploads: Uploads) -> Any:
    chat_id = chat_key(_required(params, "chat_id"))
    key = (chat_id, _int_param(params, "message_id"))
    if key not in world.messages:
        raise bad_request("message to delete not found")
    del world.messages[key]
    sent = world.bot_messages.get(key)
    if sent is not None:
        sent.deleted = True
        world.touched(sent)
    return True


def answer_callback_query(world: World, params: dict[str, Any], uploads: Uploads) -> Any:
    query_id = str(_required(params, "callback_query_id"))
    if query_id not in world.callback_queries or query_id in world.callback_answers:
        raise bad_request("query is too old and response timeout expired or query ID is invalid")
    world.callback_answers[query_id] = {
        key: params[key] for key in ("text", "show_alert", "url", "cache_time") if key in params
    }
    world.seq += 1
    world.on_change()
    return True


METHODS: dict[str, Method] = {
    "getme": get_me,
    "logout": ok,
    "close": ok,
    "setmycommands": set_my_commands,
    "getmycommands": get_my_commands,
    "deletemycommands": delete_my_commands,
    "setmydescription": ok,
    "setmyshortdescription": ok,
    "setmyname": ok,
    "setchatmenubutton": ok,
    "setmydefaultadministratorrights": ok,
    "deletewebhook": delete_webhook,
    "setwebhook": set_webhook,
    "getwebhookinfo": get_webhook_info,
    "getchat": get_chat,
    "getfile": get_file,
    "sendmessage": send_message,
    "sendchataction": send_chat_action,
    "senddocument": send_document,
    "sendphoto": send_photo,
    "editmessagetext": edit_message_text,
    "editmessagecaption": edit_message_caption,
    "editmessagereplymarkup": edit_message_reply_markup,
    "deletemessage": delete_message,
    "answercallbackquery": answer_callback_query,
}

# Errors that a method raises are ApiError; re-exported for the server.
__all__ = ["METHODS", "ApiError", "Upload", "Uploads", "photo_sizes"]
