"""Pure helpers of the Bot API emulator: request parameters, parse modes, entities, images.

Telegram answers a message with its plain text (the markup becomes entities), and refuses
markup it cannot parse. The emulator does the same, so that a bot which puts a patient's
"<3" into an HTML message fails here as it would in production.
"""

from __future__ import annotations

import contextlib
import html
import json
import re
import struct
from typing import Any

# Values that PTB sends as raw strings even when they look like JSON ("123", "true").
STRING_PARAMS = frozenset(
    {
        "text",
        "caption",
        "parse_mode",
        "callback_query_id",
        "inline_message_id",
        "url",
        "action",
        "file_id",
        "secret_token",
        "ip_address",
        "language_code",
        "emoji",
        "business_connection_id",
        "message_effect_id",
        "title",
        "description",
        "short_description",
        "name",
        "query",
        "phone_number",
        "first_name",
        "last_name",
        "question",
        "filename",
        "document",
        "photo",
        "voice",
        "audio",
        "video",
        "animation",
        "sticker",
        "thumbnail",
    }
)

# Values that are JSON objects or arrays; some clients send them as JSON strings even in a
# JSON body, and Telegram accepts that.
JSON_PARAMS = frozenset(
    {
        "reply_markup",
        "entities",
        "caption_entities",
        "allowed_updates",
        "commands",
        "scope",
        "reply_parameters",
        "link_preview_options",
        "media",
        "menu_button",
    }
)


def decode_form_value(key: str, value: str) -> Any:
    """A form or query-string value as Telegram reads it: JSON where it parses, else text."""
    if key in STRING_PARAMS:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


def normalise_json_params(params: dict[str, Any]) -> dict[str, Any]:
    """Decode object-valued parameters that arrived as JSON strings inside a JSON body."""
    out = dict(params)
    for key in JSON_PARAMS & out.keys():
        if isinstance(out[key], str):
            with contextlib.suppress(ValueError):
                out[key] = json.loads(out[key])
    return out


def utf16_len(text: str) -> int:
    """Entity offsets and lengths count UTF-16 code units, as Telegram does."""
    return len(text.encode("utf-16-le")) // 2


def command_entities(text: str) -> list[dict[str, Any]]:
    """The bot_command entity Telegram adds when a message starts with '/command'."""
    match = re.match(r"/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]{3,64})?", text)
    if not match:
        return []
    return [{"type": "bot_command", "offset": 0, "length": utf16_len(match.group(0))}]


class ParseError(ValueError):
    """Markup Telegram would refuse with "Bad Request: can't parse entities: ..."."""


_HTML_TAGS = frozenset(
    {
        "b",
        "strong",
        "i",
        "em",
        "u",
        "ins",
        "s",
        "strike",
        "del",
        "span",
        "tg-spoiler",
        "a",
        "code",
        "pre",
        "blockquote",
        "tg-emoji",
    }
)
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)(\s[^<>]*)?>")
_ENTITY = re.compile(r"&(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);")


def html_to_plain(text: str) -> str:
    """Validate Telegram-flavoured HTML and return the text a patient would see."""
    out: list[str] = []
    stack: list[str] = []
    pos = 0
    while pos < len(text):
        lt = text.find("<", pos)
        chunk = text[pos:] if lt < 0 else text[pos:lt]
        _check_ampersands(chunk, pos)
        out.append(html.unescape(chunk))
        if lt < 0:
            break
        match = _TAG.match(text, lt)
        if not match:
            raise ParseError(f"Unsupported start tag at byte offset {lt}")
        closing, name = match.group(1) == "/", match.group(2).lower()
        if name not in _HTML_TAGS:
            raise ParseError(f'Unsupported start tag "{name}" at byte offset {lt}')
        if closing:
            if not stack or stack[-1] != name:
                raise ParseError(f"Unexpected end tag at byte offset {lt}")
            stack.pop()
        else:
            stack.append(name)
        pos = match.end()
    if stack:
        raise ParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1]}"')
    return "".join(out)


def _check_ampersands(chunk: str, base: int) -> None:
    for index, char in enumerate(chunk):
        looks_like_entity = char == "&" and re.match(r"&#?[a-zA-Z0-9]+;", chunk[index:])
        if looks_like_entity and not _ENTITY.match(chunk, index):
            raise ParseError(f"Unsupported HTML entity at byte offset {base + index}")


_MDV2_RESERVED = set("_*[]()~`>#+-=|{}.!")
_MDV2_MARKERS = ("||", "__", "*", "_", "~", "`")


def markdown_v2_to_plain(text: str) -> str:
    """Check MarkdownV2 escaping (the usual cause of failed sends) and strip the markup."""
    out: list[str] = []
    i = 0
    in_code = False
    while i < len(text):
        char = text[i]
        if char == "\\" and i + 1 < len(text):
            out.append(text[i + 1])
            i += 2
            continue
        if text.startswith("```", i):
            in_code = not in_code
            i += 3
            continue
        if char == "`":
            in_code = not in_code
            i += 1
            continue
        if in_code:
            out.append(char)
            i += 1
            continue
        link = re.match(r"\[((?:[^\]\\]|\\.)*)\]\(((?:[^)\\]|\\.)*)\)", text[i:])
        if link:
            out.append(markdown_v2_to_plain(link.group(1)))
            i += link.end()
            continue
        marker = next((m for m in _MDV2_MARKERS if text.startswith(m, i)), None)
        if marker:
            i += len(marker)
            continue
        if char == ">" and (i == 0 or text[i - 1] == "\n"):
            i += 1
            continue
        if char in _MDV2_RESERVED:
            raise ParseError(
                f"Character '{char}' is reserved and must be escaped with the preceding '\\'"
            )
        out.append(char)
        i += 1
    if in_code:
        raise ParseError("Can't find end of Code entity")
    return "".join(out)


def markdown_to_plain(text: str) -> str:
    """Legacy Markdown: strip *bold*, _italic_, `code` and [links](url)."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    return re.sub(r"[*_`]", "", text)


def plain_text(text: str, parse_mode: str | None) -> str:
    """The text Telegram stores for `text` sent with `parse_mode` (raises ParseError)."""
    mode = (parse_mode or "").lower()
    if mode == "html":
        return html_to_plain(text)
    if mode == "markdownv2":
        return markdown_v2_to_plain(text)
    if mode == "markdown":
        return markdown_to_plain(text)
    return text


def image_size(data: bytes) -> tuple[int, int]:
    """Width and height of a PNG or JPEG (what Telegram reports in PhotoSize); else 1x1."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return width, height
    if data.startswith(b"\xff\xd8"):
        i = 2
        while i + 9 < len(data):
            if data[i] != 0xFF:
                i += 1
                continue
            marker = data[i + 1]
            # SOF markers carry the frame size; C4 (DHT), C8 and CC (DAC) do not.
            if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
                height, width = struct.unpack(">HH", data[i + 5 : i + 9])
                return width, height
            (length,) = struct.unpack(">H", data[i + 2 : i + 4])
            i += 2 + length
    return 1, 1
