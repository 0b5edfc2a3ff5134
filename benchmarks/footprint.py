"""Footprint: start-up time, idle memory, and memory after many handled messages.

    .venv/bin/python benchmarks/footprint.py [--quick] [--messages N]

- Start-up: `python bot.py run` (the real command, polling the in-process emulator), from
  process start to the first getUpdates the emulator sees; on a fresh database (it
  migrates) and on an existing one with patients (median of --starts).
- Idle RSS: that process, settled 5 s after its first getUpdates.
- RSS after N handled messages (100,000; --quick 2,000): the same Application
  (build_application) with its rate limiter lifted, so the run takes minutes rather than
  the hour 30 replies a second would; patients send a mix of diary messages, a question and
  small talk, 100 outstanding at a time. RSS is sampled as it goes and after it settles.

Never fails on timing or memory: it prints figures.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import itertools
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (
    ROOT,
    TOKEN,
    Cohort,
    add_patients,
    bench_env,
    migrated_engine,
    print_machine,
    print_table,
    rss_mb,
    sqlite_url,
    verdict,
)
from e2e import DIARY_MESSAGES, Load

MIXED_MESSAGES = (
    *DIARY_MESSAGES,
    "is it normal to feel a bit floaty the day after an infusion?",
    "thanks!",
    "slept ok",
    "skip",
)
SETTLE_S = 5.0


async def _first_call(emu: object, method: str, since: int, timeout: float) -> float:
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        if any(c.method.lower() == method.lower() for c in emu.sent[since:]):  # type: ignore[attr-defined]
            return time.perf_counter()
        await asyncio.sleep(0.002)
    raise TimeoutError(f"no {method} within {timeout} s")


def _stop(child: subprocess.Popen[bytes]) -> None:
    child.send_signal(signal.SIGTERM)
    try:
        child.wait(15)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()


async def start_once(emu: object, db: str, workdir: Path, *, settle: bool) -> tuple[float, float]:
    """(seconds to first getUpdates, idle RSS in MB or nan) for one `bot.py run`."""
    env = bench_env(
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_BASE_URL=emu.base_url,  # type: ignore[attr-defined]
        DATABASE_URL=db,
        STAFF_USER_IDS="9001",
        STAFF_CHAT_ID="-100500",
    )
    since = len(emu.sent)  # type: ignore[attr-defined]
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, str(ROOT / "bot.py"), "run"],
        cwd=workdir,  # no .env here: only the settings above
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        startup = await _first_call(emu, "getUpdates", since, 60) - started
        idle = float("nan")
        if settle:
            await asyncio.sleep(SETTLE_S)
            idle = rss_mb(child.pid)
        return startup, idle
    finally:
        await asyncio.to_thread(_stop, child)


async def under_load(
    emu: object, db: str, ids: list[int], messages: int
) -> list[tuple[int, float]]:
    """RSS samples (messages answered, MB) of the diary bot while it handles `messages`."""
    command = [
        sys.executable,
        str(Path(__file__).resolve().parent / "e2e.py"),
        "--serve",
        "diary",
        "--base-url",
        emu.base_url,  # type: ignore[attr-defined]
        "--db",
        db,
        "--transport",
        "aiohttp",  # as shipped (sleepdiary/transport.py)
        "--limiter",
        "off",
    ]
    since = len(emu.sent)  # type: ignore[attr-defined]
    child = subprocess.Popen(
        command, env=bench_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    samples: list[tuple[int, float]] = []
    try:
        await _first_call(emu, "getUpdates", since, 60)
        await asyncio.sleep(SETTLE_S)
        samples.append((0, rss_mb(child.pid)))
        load = Load(emu, itertools.cycle(ids))
        load.texts = itertools.cycle(MIXED_MESSAGES)
        load.closed_loop = True
        for _ in range(100):
            load.send()
        step = max(1, messages // 10)
        next_sample = step
        while len(load.latencies) < messages:
            await asyncio.sleep(0.5)
            load.refill(100, stale_after=5.0)
            if len(load.latencies) >= next_sample:
                samples.append((len(load.latencies), rss_mb(child.pid)))
                next_sample += step
        load.closed_loop = False
        await asyncio.sleep(SETTLE_S)  # the outstanding 100 finish; buffers settle
        samples.append((len(load.latencies), rss_mb(child.pid)))
        return samples
    finally:
        await asyncio.to_thread(_stop, child)


async def bench(args: argparse.Namespace) -> int:
    from sleepdiary.emulator import BotApiEmulator

    print_machine()
    with tempfile.TemporaryDirectory(prefix="bench-footprint-") as tmp:
        workdir = Path(tmp)
        now = dt.datetime.now(dt.UTC)
        later = now + dt.timedelta(hours=12)
        engine = migrated_engine(sqlite_url(workdir, "existing.db"))
        ids = add_patients(
            engine,
            Cohort(5000, ("America/New_York",), dt.time(8), later, later + dt.timedelta(7)),
            now=now,
        )
        engine.dispose()
        async with BotApiEmulator(token=TOKEN, bot_username="SleepDiaryBenchBot") as emu:
            fresh, _ = await start_once(emu, sqlite_url(workdir, "fresh.db"), workdir, settle=False)
            starts, idles = [], []
            for _ in range(args.starts):
                startup, idle = await start_once(
                    emu, sqlite_url(workdir, "existing.db"), workdir, settle=True
                )
                starts.append(startup)
                idles.append(idle)
            samples = await under_load(emu, sqlite_url(workdir, "existing.db"), ids, args.messages)

    start_median, idle_median = statistics.median(starts), statistics.median(idles)
    print_table(
        "Start-up and idle memory of `bot.py run` (SQLite)",
        [
            ["start-up, fresh database (migrates)", f"{fresh:.2f} s", verdict(fresh <= 2.0)],
            [
                f"start-up, existing database (median of {args.starts})",
                f"{start_median:.2f} s",
                f"{verdict(start_median <= 2.0)} <= 2 s",
            ],
            [
                f"idle RSS, {SETTLE_S:g} s after first getUpdates (median)",
                f"{idle_median:.1f} MB",
                f"{verdict(idle_median <= 150)} <= 150 MB",
            ],
        ],
        ["figure", "value", "target"],
    )
    # Idle is before any message; "warm" after the first tenth, once lazy imports, caches
    # and connection pools exist: growth past warm is what a leak would look like.
    base, warm = samples[0][1], samples[min(1, len(samples) - 1)][1]
    rows = [
        [f"{n}", f"{mb:.1f}", f"{(mb / base - 1) * 100:+.1f}%", f"{(mb / warm - 1) * 100:+.1f}%"]
        for n, mb in samples
    ]
    final = samples[-1][1]
    rows.append(
        [
            "after / target",
            "",
            f"{verdict(final <= base * 1.10)} <= +10%",
            f"{verdict(final <= warm * 1.10)} <= +10%",
        ]
    )
    print_table(
        f"RSS of the diary bot (rate limiter lifted) over {args.messages} handled messages",
        rows,
        ["messages answered", "RSS MB", "vs idle", "vs warm"],
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="2,000 messages, one restart")
    parser.add_argument("--messages", type=int, default=None)
    parser.add_argument("--starts", type=int, default=None)
    args = parser.parse_args(argv)
    args.messages = args.messages or (2000 if args.quick else 100_000)
    args.starts = args.starts or (1 if args.quick else 3)
    return asyncio.run(bench(args))


if __name__ == "__main__":
    sys.exit(main())
