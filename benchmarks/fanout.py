"""Check-in fan-out: 10,000 patients due at 08:00 local time, sent at Telegram's 30/s.

    .venv/bin/python benchmarks/fanout.py [--quick] [--patients N] [--skip-fanout]

1. The due-set query (storage.checkins.due_patients, as the minute tick calls it, and with
   no limit) on SQLite and on PostgreSQL (BENCH_POSTGRES_URL, default
   postgresql+psycopg://postgres@127.0.0.1:5432/test; a database is created and dropped).
2. The fan-out itself on SQLite: the real Application (build_application: the shipped
   AIORateLimiter at 30 messages a second, the real minute tick on PTB's JobQueue) against
   the in-process emulator. The bot's clock runs in real time, shifted so that 08:00 local
   arrives half a second after start. Measured at the emulator: the sustained send rate,
   check-ins per patient (exactly one each), and when the last one went out.

Patients are spread over the time zones whose 08:00 falls on the same UTC instant that day.
--quick: 300 patients. Never fails on timing.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent))

import itertools

from common import (
    TOKEN,
    Cohort,
    add_patients,
    migrated_engine,
    percentile,
    postgres_database,
    print_machine,
    print_table,
    sqlite_url,
    verdict,
)
from sqlalchemy import Engine, func, select

from handlers.jobs import CLAIM_PAGE

CANDIDATE_ZONES = (
    "America/New_York",
    "America/Toronto",
    "America/Bogota",
    "America/Lima",
    "America/Panama",
    "America/Jamaica",
    "America/Cancun",
    "America/Chicago",
    "America/Mexico_City",
)
CHECKIN_TIME = dt.time(8, 0)
RATE_LIMIT = 30.0
LEAD = 0.5  # seconds from start until 08:00 local on the bot's clock


def due_instant(now: dt.datetime) -> tuple[dt.datetime, list[str]]:
    """The next 08:00 in New York (UTC), and every candidate zone whose 08:00 is then too."""
    from bot.checkins import next_checkin_at

    due = next_checkin_at(now, "America/New_York", CHECKIN_TIME)
    zones = [
        zone
        for zone in CANDIDATE_ZONES
        if due.astimezone(ZoneInfo(zone)).time().replace(tzinfo=None) == CHECKIN_TIME
    ]
    return due, zones


def fill(engine: Engine, count: int, due: dt.datetime, zones: list[str]) -> float:
    t0 = time.perf_counter()
    add_patients(
        engine,
        Cohort(count, zones, CHECKIN_TIME, due, due + dt.timedelta(days=3)),
        now=due - dt.timedelta(days=30),
    )
    return time.perf_counter() - t0


def time_query(engine: Engine, now: dt.datetime, *, limit: int, repeat: int) -> list[float]:
    from storage import checkins
    from storage.db import make_session_factory

    sessions = make_session_factory(engine)
    timings = []
    for _ in range(repeat):
        with sessions() as session:
            t0 = time.perf_counter()
            rows = checkins.due_patients(session, now, limit=limit)
            timings.append(time.perf_counter() - t0)
        assert len(rows) == limit, (len(rows), limit)
    return timings


def query_figures(name: str, url: str, count: int, repeat: int) -> list[list[str]]:
    now = dt.datetime.now(dt.UTC)
    due, zones = due_instant(now)
    engine = migrated_engine(url)
    try:
        fill(engine, count, due, zones)
        rows = []
        for limit, what in (
            (min(CLAIM_PAGE, count), "one page, as the tick asks"),
            (count, "all due"),
        ):
            timings = time_query(engine, due + dt.timedelta(seconds=1), limit=limit, repeat=repeat)
            best, median = min(timings), statistics.median(timings)
            rows.append(
                [
                    name,
                    f"{limit} ({what})",
                    f"{timings[0] * 1000:.1f}",
                    f"{median * 1000:.1f}",
                    f"{best * 1000:.1f}",
                    verdict(median <= 0.1),
                ]
            )
        return rows
    finally:
        engine.dispose()


async def fan_out(url: str, count: int) -> dict[str, float]:
    from sleepdiary.emulated import emulated_bot
    from sleepdiary.settings import load_settings
    from storage.db import make_session_factory
    from storage.models import CheckIn

    real_now = dt.datetime.now(dt.UTC)
    due, zones = due_instant(real_now)
    engine = migrated_engine(url)
    fill(engine, count, due, zones)
    sessions = make_session_factory(engine)
    settings = load_settings(environ={"DATABASE_URL": url}, env_file=None)
    from bot.knowledge import default_knowledge_base_path, load_knowledge_base
    from bot.texts import checkins as checkin_texts
    from sleepdiary.emulator import BotApiEmulator

    kb = load_knowledge_base(default_knowledge_base_path(), settings.clinic)
    sends: list[float] = []
    per_chat: Counter[int] = Counter()

    def on_message(message: object) -> None:
        if getattr(message, "text", "") == checkin_texts.CHECKIN:
            sends.append(time.perf_counter())
            per_chat[int(message.chat_id)] += 1  # type: ignore[attr-defined]

    start_mono = time.perf_counter()
    offset = due - dt.datetime.now(dt.UTC) - dt.timedelta(seconds=LEAD)

    def clock() -> dt.datetime:
        return dt.datetime.now(dt.UTC) + offset

    due_at = start_mono + LEAD  # perf_counter time at which the bot's clock reads 08:00
    expected_s = count / RATE_LIMIT
    async with BotApiEmulator(token=TOKEN, bot_username="SleepDiaryBenchBot") as emu:
        emu.add_listener(on_message)
        async with emulated_bot(settings, sessions, kb, clock=clock, run_jobs=True, emulator=emu):
            # Wait for every check-in, or give up well past the target (and a few ticks).
            deadline = due_at + max(expected_s * 2, expected_s + 200) + 5
            while len(per_chat) < count and time.perf_counter() < deadline:
                await asyncio.sleep(0.2)
            await asyncio.sleep(1.0)  # any duplicate would show up now
    with sessions() as session:
        claims = session.scalar(select(func.count()).select_from(CheckIn)) or 0
        sent = session.scalar(select(func.count()).where(CheckIn.sent_at.is_not(None))) or 0
    engine.dispose()

    gaps = [b - a for a, b in itertools.pairwise(sends)]
    # Sustained: over the middle 80% of the sends, away from the limiter's initial burst.
    lo, hi = int(len(sends) * 0.1), int(len(sends) * 0.9)
    sustained = (hi - lo) / (sends[hi] - sends[lo]) if hi > lo + 1 else float("nan")
    overall = (len(sends) - 1) / (sends[-1] - sends[0]) if len(sends) > 1 else float("nan")
    return {
        "patients": count,
        "sent": len(sends),
        "patients reached": len(per_chat),
        "more than one": sum(1 for n in per_chat.values() if n > 1),
        "claims": claims,
        "claims sent": sent,
        "first send s": (sends[0] - due_at) if sends else float("nan"),
        "last send s": (sends[-1] - due_at) if sends else float("nan"),
        "target last s": expected_s * 1.05,
        "sustained rate": sustained,
        "overall rate": overall,
        "longest pause s": max(gaps) if gaps else float("nan"),
        "p99 gap ms": percentile(gaps, 0.99) * 1000 if gaps else float("nan"),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="300 patients (CI)")
    parser.add_argument("--patients", type=int, default=None)
    parser.add_argument("--skip-fanout", action="store_true", help="only the due-set query")
    args = parser.parse_args(argv)
    count = args.patients or (300 if args.quick else 10_000)
    repeat = 3 if args.quick else 7
    print_machine()

    query_rows = []
    with tempfile.TemporaryDirectory(prefix="bench-fanout-") as tmp:
        query_rows += query_figures("SQLite", sqlite_url(Path(tmp), "query.db"), count, repeat)
        with postgres_database("bench_fanout") as pg_url:
            if pg_url:
                query_rows += query_figures("PostgreSQL", pg_url, count, repeat)
        print_table(
            f"Due-set query, {count} patients due (ms; first, median and best of {repeat})",
            query_rows,
            ["database", "rows", "first", "median", "best", "<= 100 ms"],
        )
        if args.skip_fanout:
            return 0
        result = asyncio.run(fan_out(sqlite_url(Path(tmp), "fanout.db"), count))

    rate, last = result["sustained rate"], result["last send s"]
    once = (
        result["patients reached"] == count
        and result["more than one"] == 0
        and result["sent"] == count
    )
    print_table(
        f"Fan-out on SQLite through the minute tick and AIORateLimiter({RATE_LIMIT:g}/s)",
        [
            ["patients", f"{count}", ""],
            ["check-ins sent (emulator)", f"{result['sent']}", ""],
            ["patients with exactly one", f"{count - result['more than one']}", verdict(once)],
            ["patients with more than one", f"{result['more than one']}", ""],
            [
                "claims in storage / marked sent",
                f"{result['claims']} / {result['claims sent']}",
                "",
            ],
            ["first send after 08:00", f"{result['first send s']:.2f} s", ""],
            [
                "last send after 08:00",
                f"{last:.1f} s",
                f"{verdict(last <= result['target last s'])} <= {result['target last s']:.0f} s",
            ],
            ["sustained rate (middle 80%)", f"{rate:.2f}/s", f"{verdict(rate >= 29)} >= 29/s"],
            ["overall rate (first to last)", f"{result['overall rate']:.2f}/s", ""],
            ["longest pause between sends", f"{result['longest pause s']:.2f} s", ""],
            ["p99 gap between sends", f"{result['p99 gap ms']:.1f} ms", ""],
        ],
        ["figure", "value", "target"],
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
