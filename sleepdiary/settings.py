"""Settings from the environment and an optional `.env` file.

Every setting is documented in `.env.example`. A malformed value stops start-up with one line
that names the setting and shows what a good value looks like (`SettingsError`).
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dotenv import dotenv_values
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from bot.clinic import Clinic
from bot.knowledge import default_knowledge_base_path
from bot.nights import parse_hh_mm

DEFAULT_DATABASE_URL = "sqlite:///sleepdiary.db"


class SettingsError(Exception):
    """A setting is malformed; str(error) is the one line to show the operator."""


@dataclass(frozen=True)
class Settings:
    telegram_bot_token: str | None
    telegram_base_url: str | None
    bot_username: str | None
    database_url: str
    staff_user_ids: frozenset[int]
    staff_chat_id: int | None
    clinic_timezone: str
    default_checkin_time: dt.time
    reminder_after_minutes: int
    invitation_valid_days: int
    knowledge_base: Path
    clinic: Clinic
    log_format: str  # "text" or "json"
    webhook_secret: str | None
    export_salt: str | None = None


def load_settings(
    environ: Mapping[str, str] | None = None, env_file: Path | None = Path(".env")
) -> Settings:
    """Read settings: the process environment wins over `.env`, which wins over defaults."""
    values: dict[str, str] = {}
    if env_file is not None and env_file.is_file():
        values.update({k: v for k, v in dotenv_values(env_file).items() if v is not None})
    values.update(os.environ if environ is None else environ)

    def get(name: str) -> str | None:
        value = values.get(name, "").strip()
        return value or None

    return Settings(
        telegram_bot_token=get("TELEGRAM_BOT_TOKEN"),
        telegram_base_url=_base_url(get("TELEGRAM_BASE_URL")),
        bot_username=_username(get("BOT_USERNAME")),
        database_url=_database_url(get("DATABASE_URL") or DEFAULT_DATABASE_URL),
        staff_user_ids=_staff_ids(get("STAFF_USER_IDS")),
        staff_chat_id=_chat_id(get("STAFF_CHAT_ID")),
        clinic_timezone=parse_timezone(
            "CLINIC_TIMEZONE", get("CLINIC_TIMEZONE") or "America/New_York"
        ),
        default_checkin_time=parse_clock(
            "DEFAULT_CHECKIN_TIME", get("DEFAULT_CHECKIN_TIME") or "08:00"
        ),
        reminder_after_minutes=_whole_number(
            "REMINDER_AFTER_MINUTES", get("REMINDER_AFTER_MINUTES") or "180", low=1, high=24 * 60
        ),
        invitation_valid_days=_whole_number(
            "INVITATION_VALID_DAYS", get("INVITATION_VALID_DAYS") or "14", low=1, high=365
        ),
        knowledge_base=_knowledge_base(get("KNOWLEDGE_BASE")),
        clinic=Clinic(
            name=get("CLINIC_NAME") or Clinic.name,
            address=get("CLINIC_ADDRESS") or Clinic.address,
            hours=get("CLINIC_HOURS") or Clinic.hours,
            phone=get("CLINIC_PHONE"),
        ),
        log_format=_choice("LOG_FORMAT", get("LOG_FORMAT") or "text", ("text", "json")),
        webhook_secret=_webhook_secret(get("WEBHOOK_SECRET")),
        export_salt=_export_salt(get("EXPORT_SALT")),
    )


def parse_timezone(setting: str, value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise SettingsError(
            f"{setting}={value!r} is not a known time zone; use an IANA name such as "
            "America/New_York or Europe/London."
        ) from None
    return value


def parse_clock(setting: str, value: str) -> dt.time:
    parsed = parse_hh_mm(value)
    if parsed is None:
        raise SettingsError(
            f"{setting}={value!r} is not a 24-hour time; use HH:MM such as 08:00 or 19:30."
        )
    return parsed


def _whole_number(setting: str, value: str, *, low: int, high: int) -> int:
    if not value.isdigit() or not low <= int(value) <= high:
        raise SettingsError(f"{setting}={value!r} must be a whole number from {low} to {high}.")
    return int(value)


def _choice(setting: str, value: str, choices: tuple[str, ...]) -> str:
    if value.lower() not in choices:
        raise SettingsError(f"{setting}={value!r} must be one of: {', '.join(choices)}.")
    return value.lower()


def _staff_ids(value: str | None) -> frozenset[int]:
    if value is None:
        return frozenset()
    ids = set()
    for part in value.split(","):
        part = part.strip()
        if not part:
            continue
        if not part.isdigit():
            raise SettingsError(
                f"STAFF_USER_IDS contains {part!r}, which is not a Telegram user id; use "
                "numbers separated by commas, such as 123456789,987654321."
            )
        ids.add(int(part))
    return frozenset(ids)


def _chat_id(value: str | None) -> int | None:
    if value is None:
        return None
    if not re.fullmatch(r"-?\d+", value):
        raise SettingsError(
            f"STAFF_CHAT_ID={value!r} is not a Telegram chat id; use a number such as "
            "-1001234567890 (group chats are negative)."
        )
    return int(value)


def _database_url(value: str) -> str:
    try:
        url = make_url(value)
    except ArgumentError:
        raise SettingsError(
            f"DATABASE_URL={value!r} is not a database URL; use sqlite:///sleepdiary.db or "
            "postgresql+psycopg://user:password@host/dbname."
        ) from None
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise SettingsError(
            f"DATABASE_URL uses {url.get_backend_name()!r}; use sqlite:///sleepdiary.db or "
            "postgresql+psycopg://user:password@host/dbname."
        )
    if url.drivername == "postgresql":
        # psycopg (3) is the driver we install; plain postgresql:// would ask for psycopg2.
        url = url.set(drivername="postgresql+psycopg")
    return url.render_as_string(hide_password=False)


def _base_url(value: str | None) -> str | None:
    if value is None:
        return None
    if not re.match(r"^https?://[^\s/]+", value):
        raise SettingsError(
            f"TELEGRAM_BASE_URL={value!r} is not an http(s) URL; use the Bot API server's "
            "address ending in /bot, such as http://127.0.0.1:8081/bot."
        )
    return value


def _username(value: str | None) -> str | None:
    if value is None:
        return None
    name = value.removeprefix("@")
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_]{3,31}", name):
        raise SettingsError(
            f"BOT_USERNAME={value!r} is not a Telegram bot username; use the name without "
            "the @, such as AlbanySleepDiaryBot."
        )
    return name


def _knowledge_base(value: str | None) -> Path:
    if value is None:
        return default_knowledge_base_path()
    path = Path(value).expanduser()
    if not path.is_file():
        raise SettingsError(
            f"KNOWLEDGE_BASE={value!r} is not a file; use the path of a Markdown article "
            "such as content/article.md, or leave it unset for the bundled one."
        )
    return path


def _webhook_secret(value: str | None) -> str | None:
    if value is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", value):
        raise SettingsError(
            "WEBHOOK_SECRET may only hold letters, digits, _ and -, 1 to 256 of them."
        )
    return value


def _export_salt(value: str | None) -> str | None:
    if value is not None and len(value) < 16:
        raise SettingsError(
            "EXPORT_SALT is too short; use at least 16 random characters, such as the output "
            'of: python -c "import secrets; print(secrets.token_hex(32))"'
        )
    return value
