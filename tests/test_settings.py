"""Settings: defaults, .env, and one clear line for every malformed value."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sleepdiary.settings import SettingsError, load_settings

ROOT = Path(__file__).resolve().parent.parent


def test_defaults_match_the_clinic() -> None:
    settings = load_settings(environ={}, env_file=None)
    assert settings.database_url == "sqlite:///sleepdiary.db"
    assert settings.clinic_timezone == "America/New_York"
    assert settings.default_checkin_time == dt.time(8, 0)
    assert settings.reminder_after_minutes == 180
    assert settings.clinic.name == "Albany Ketamine Infusions"
    assert settings.clinic.address == "7 Wembley Ct., Albany, NY 12205"
    assert settings.clinic.phone is None
    assert settings.knowledge_base.name == "article.md"
    assert settings.staff_user_ids == frozenset()


def test_environment_wins_over_dotenv(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text(
        "DEFAULT_CHECKIN_TIME=07:15\nSTAFF_USER_IDS=1, 2\nCLINIC_PHONE=518-555-0100\n"
    )
    settings = load_settings(environ={"DEFAULT_CHECKIN_TIME": "06:45"}, env_file=env_file)
    assert settings.default_checkin_time == dt.time(6, 45)
    assert settings.staff_user_ids == frozenset({1, 2})
    assert settings.clinic.phone == "518-555-0100"


def test_plain_postgresql_url_uses_the_installed_driver() -> None:
    settings = load_settings(environ={"DATABASE_URL": "postgresql://u@db/x"}, env_file=None)
    assert settings.database_url.startswith("postgresql+psycopg://")


@pytest.mark.parametrize(
    ("name", "value", "says"),
    [
        ("CLINIC_TIMEZONE", "Mars/Olympus", "America/New_York"),
        ("DEFAULT_CHECKIN_TIME", "25:00", "HH:MM"),
        ("DEFAULT_CHECKIN_TIME", "8am", "HH:MM"),
        ("STAFF_USER_IDS", "123,abc", "numbers separated by commas"),
        ("STAFF_CHAT_ID", "staff", "-1001234567890"),
        ("REMINDER_AFTER_MINUTES", "soon", "whole number"),
        ("REMINDER_AFTER_MINUTES", "0", "whole number"),
        ("DATABASE_URL", "not a url", "sqlite:///sleepdiary.db"),
        ("DATABASE_URL", "mysql://u@h/db", "postgresql+psycopg://"),
        ("TELEGRAM_BASE_URL", "localhost:8081", "http"),
        ("BOT_USERNAME", "my bot", "username"),
        ("KNOWLEDGE_BASE", "/nowhere/article.md", "Markdown"),
        ("LOG_FORMAT", "xml", "json"),
    ],
)
def test_malformed_value_names_the_setting(name: str, value: str, says: str) -> None:
    with pytest.raises(SettingsError) as error:
        load_settings(environ={name: value}, env_file=None)
    message = str(error.value)
    assert message.startswith(name)
    assert says in message
    assert "\n" not in message


def _run_cli(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_"))}
    return subprocess.run(
        [sys.executable, str(ROOT / "bot.py"), *args],
        env={**clean, **env},
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize(
    ("env", "setting"),
    [
        ({"CLINIC_TIMEZONE": "Not/AZone"}, "CLINIC_TIMEZONE"),
        ({"DEFAULT_CHECKIN_TIME": "25:00"}, "DEFAULT_CHECKIN_TIME"),
        ({"STAFF_USER_IDS": "12,x"}, "STAFF_USER_IDS"),
        ({"DATABASE_URL": "postgresql+psycopg://nobody@127.0.0.1:1/none"}, "DATABASE_URL"),
        ({"DATABASE_URL": "sqlite:////proc/no/such/dir/x.db"}, "DATABASE_URL"),
    ],
)
def test_start_up_stops_with_one_line_and_no_traceback(
    env: dict[str, str], setting: str, tmp_path: Path
) -> None:
    result = _run_cli(["run"], {"TELEGRAM_BOT_TOKEN": "123:abc", **env}, tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"sleepdiary: {setting}")
    assert "Traceback" not in result.stderr


def test_a_webhook_without_its_secret_stops_before_opening_the_database(tmp_path: Path) -> None:
    database = tmp_path / "diary.db"
    result = _run_cli(
        ["run", "--webhook-url", "https://bot.example.org/telegram"],
        {"TELEGRAM_BOT_TOKEN": "123:abc", "DATABASE_URL": f"sqlite:///{database}"},
        tmp_path,
    )
    assert result.returncode == 2
    assert result.stderr.strip().startswith("sleepdiary: WEBHOOK_SECRET is needed")
    assert len(result.stderr.strip().splitlines()) == 1
    assert not database.exists()


def test_bot_py_is_the_same_command_line(tmp_path: Path) -> None:
    result = _run_cli(["--help"], {}, tmp_path)
    assert result.returncode == 0
    for command in ("run", "demo", "nlu", "invite", "patients", "export", "db"):
        assert command in result.stdout
