"""Staff commands on the command line: invite, patients, export, dictionary."""

from __future__ import annotations

import argparse
import sys

from sleepdiary.cli import settings
from sleepdiary.settings import Settings, SettingsError, parse_clock, parse_timezone


def _not_yet(name: str) -> int:
    print(
        f"sleepdiary {name}: not available yet (it arrives with the staff-tools issue).",
        file=sys.stderr,
    )
    return 2


def invite(args: argparse.Namespace) -> int:
    """`sleepdiary invite --label P-0042` or `--count 20 --label-prefix P-`: codes and links."""
    from bot import invitations
    from sleepdiary.app import utc_now
    from sleepdiary.database import open_database
    from storage.db import make_session_factory
    from storage.invite import LabelTaken
    from storage.invite import invite as create_invitation

    config = settings()
    timezone = parse_timezone("--tz", args.tz) if args.tz else config.clinic_timezone
    checkin_time = parse_clock("--time", args.time) if args.time else config.default_checkin_time
    labels = _labels(args)
    sessions = make_session_factory(open_database(config))
    username = config.bot_username or _bot_username(config)
    now = utc_now()
    for label in labels:
        try:
            with sessions.begin() as session:
                new = create_invitation(
                    session,
                    label=label,
                    timezone=timezone,
                    checkin_time=checkin_time,
                    now=now,
                    valid_days=config.invitation_valid_days,
                    actor="cli",
                )
        except LabelTaken:
            print(
                f"sleepdiary invite: {label} is already enrolled; pick another label.",
                file=sys.stderr,
            )
            return 1
        link = invitations.invitation_link(username, new.code)
        if len(labels) == 1:
            print(f"label: {label}")
            print(f"code: {new.code}")
            if link:
                print(f"link: {link}")
            print(f"expires: {new.expires_at.isoformat(timespec='minutes')}")
        else:
            print("\t".join([label, new.code, link or ""]))
    return 0


def _labels(args: argparse.Namespace) -> list[str]:
    if args.count is not None:
        if args.label or not args.label_prefix or not 1 <= args.count <= 10_000:
            raise SettingsError(
                "--count N needs --label-prefix (such as P-) and N from 1 to 10000."
            )
        return [f"{args.label_prefix}{n:04d}" for n in range(1, args.count + 1)]
    if not args.label or not args.label.strip():
        raise SettingsError(
            "--label is needed: the clinic's label for the patient, such as P-0042."
        )
    return [args.label.strip()]


def _bot_username(config: Settings) -> str | None:
    """Ask Telegram (getMe) when BOT_USERNAME is not set; None when that is not possible."""
    if not config.telegram_bot_token:
        return None
    import asyncio

    from telegram import Bot
    from telegram.error import TelegramError

    async def ask() -> str | None:
        bot = Bot(
            config.telegram_bot_token or "",
            base_url=config.telegram_base_url or "https://api.telegram.org/bot",
        )
        async with bot:
            return bot.username

    try:
        return asyncio.run(ask())
    except TelegramError:
        return None


def patients(args: argparse.Namespace) -> int:
    return _not_yet("patients")


def export(args: argparse.Namespace) -> int:
    return _not_yet("export")


def dictionary(args: argparse.Namespace) -> int:
    return _not_yet("dictionary")
