"""Staff commands on the command line: invite, patients, export, dictionary, audit."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gc
import sys
import time
from collections.abc import Iterable, Iterator
from typing import IO, TYPE_CHECKING, TypeVar

from sleepdiary.cli import settings
from sleepdiary.settings import Settings, SettingsError, parse_clock, parse_timezone

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

T = TypeVar("T")


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
                    actor=_actor(),
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


def _actor() -> str:
    """Who ran a command line: the operating-system user, for the audit log."""
    import getpass

    try:
        return f"cli:{getpass.getuser()}"[:64]
    except (KeyError, OSError):
        return "cli"


def _sessions(config: Settings) -> sessionmaker[Session]:
    from sleepdiary.database import open_database
    from storage.db import make_session_factory

    return make_session_factory(open_database(config))


def _date(option: str, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise SettingsError(f"{option} {value!r} is not a date; use YYYY-MM-DD.") from None


def patients(args: argparse.Namespace) -> int:
    """`sleepdiary patients`: the roster as an aligned table."""
    from bot import roster
    from bot.texts import staff as texts
    from sleepdiary.app import utc_now
    from storage import audit
    from storage.roster import roster_rows

    sessions = _sessions(settings())
    now = utc_now()
    with sessions.begin() as session:
        rows = roster_rows(session, now=now)
        audit.record(
            session,
            actor=_actor(),
            action="staff.roster_viewed",
            now=now,
            detail={"rows": len(rows), "channel": "cli"},
        )
    if not rows:
        print(texts.ROSTER_EMPTY)
        return 0
    for line in roster.aligned(
        [list(texts.ROSTER_HEADER), *(texts.roster_cells(row) for row in rows)], gap=2
    ):
        print(line)
    return 0


def export_salt(config: Settings) -> str:
    """EXPORT_SALT: the secret behind --deidentify's pseudonyms and date shifts."""
    from bot.deidentify import MIN_SALT_LENGTH

    salt = getattr(config, "export_salt", None)
    if not salt or len(salt) < MIN_SALT_LENGTH:
        raise SettingsError(
            f"--deidentify needs EXPORT_SALT: a secret of at least {MIN_SALT_LENGTH} "
            "characters, kept for as long as exports must line up, such as the output of "
            "python -c 'import secrets; print(secrets.token_hex(32))'."
        )
    return salt


def export(args: argparse.Namespace) -> int:
    """`sleepdiary export`: stream the diary as CSV, XLSX or JSON Lines."""
    # The clock without sleepdiary.app.utc_now: importing the bot (Telegram, aiohttp) would
    # add a good part of a second to every export.
    from storage import audit, exports
    from storage import patients as patient_store

    config = settings()
    since, until = _date("--since", args.since), _date("--until", args.until)
    if since and until and since > until:
        raise SettingsError(f"--since {since} is after --until {until}.")
    salt = export_salt(config) if args.deidentify else None
    if args.format == "xlsx" and not args.out and sys.stdout.isatty():
        raise SettingsError("XLSX is a binary file: add --out FILE (or redirect the output).")
    sessions = _sessions(config)
    patient_id = None
    if args.patient:
        with sessions() as session:
            patient = patient_store.by_label(session, args.patient)
        if patient is None:
            print(f"sleepdiary export: no patient is labelled {args.patient}.", file=sys.stderr)
            return 1
        patient_id = patient.id
    filters = exports.Filters(since=since, until=until, patient_id=patient_id)
    with sessions() as session, _collector_skips_existing_objects():
        nights = exports.iter_rows(session, filters)
        if sys.stderr.isatty():
            nights = progress(nights, exports.count_nights(session, filters), sys.stderr)
        with _output(args.out) as stream:
            count = exports.write_rows(
                nights,
                stream,
                format=args.format,
                labels=args.labels,
                excel=args.excel,
                salt=salt,
            )
    detail: dict[str, object] = {
        "format": args.format,
        "rows": count,
        "channel": "cli",
        "deidentified": bool(salt),
    }
    detail.update({k: str(v) for k, v in (("since", since), ("until", until)) if v})
    with sessions.begin() as session:
        audit.record(
            session,
            actor=_actor(),
            action="staff.exported",
            patient_id=patient_id,
            now=dt.datetime.now(dt.UTC),
            detail=detail,
        )
    if args.out:
        print(f"sleepdiary export: {count} nights written to {args.out}.", file=sys.stderr)
    return 0


@contextlib.contextmanager
def _collector_skips_existing_objects() -> Iterator[None]:
    """The garbage collector leaves alone, for a while, the objects that exist now.

    An export allocates millions of short-lived tuples (and no reference cycles), which keep
    setting off collections; each full one would walk every object the imports made, a
    fifth of a big export's time.
    """
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


@contextlib.contextmanager
def _output(path: str | None) -> Iterator[IO[bytes]]:
    if path is None:
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    with open(path, "wb") as stream:
        yield stream


def progress(items: Iterable[T], total: int, stream: IO[str], *, width: int = 30) -> Iterator[T]:
    """Yield `items`, drawing a bar on `stream` (a terminal) at most ten times a second."""
    drawn = 0.0
    done = 0

    def draw() -> None:
        share = done / total if total else 1.0
        filled = int(width * share)
        bar = "#" * filled + "-" * (width - filled)
        stream.write(f"\r[{bar}] {done:,}/{total:,} nights ({share:.0%})")
        stream.flush()

    for item in items:
        yield item
        done += 1
        now = time.monotonic()
        if now - drawn >= 0.1:
            drawn = now
            draw()
    draw()
    stream.write("\n")


def dictionary(args: argparse.Namespace) -> int:
    """`sleepdiary dictionary`: the export's data dictionary, as Markdown or CSV."""
    from bot import dictionary as data_dictionary

    if args.format == "csv":
        sys.stdout.write(data_dictionary.as_csv())
    else:
        sys.stdout.write(data_dictionary.as_markdown())
    return 0


def audit(args: argparse.Namespace) -> int:
    """`sleepdiary audit [--since DATE]`: who did what, oldest first, one line each."""
    import json

    from storage import exports

    since_date = _date("--since", args.since)
    since = dt.datetime.combine(since_date, dt.time(), dt.UTC) if since_date else None
    sessions = _sessions(settings())
    with sessions() as session:
        for line in exports.iter_audit(session, since=since):
            detail = json.dumps(line.detail, sort_keys=True) if line.detail else ""
            fields = [
                line.at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                line.actor,
                line.action,
                line.patient or "-",
                detail,
            ]
            print("\t".join(fields).rstrip())
    return 0
