"""Footprint: start-up time, idle memory, and memory after many handled messages.

    .venv/bin/python benchmarks/footprint.py [--quick] [--messages N]

- Start-up: `python bot.py run` (the real command, polling the in-process emulator), from
  process start to the first getUpdates the emulator sees; on a fresh database (it
  migrates) and on an existing one with patients (median of --starts).
- Warmed up: from process start to the bot's `bot.warmed_up` log line. The bot loads the
  libraries a first chart, shared location or unusual date would load on a thread once it
  serves (sleepdiary/warmup.py), so idle memory is only measured after that.
- Idle RSS: that process, settled 5 s after it has both polled and warmed up.
- RSS after N handled messages (100,000; --quick 2,000): `bot.py run` again, the same
  command and settings, with one change: its rate limiter lifted, so the run takes minutes
  rather than the hour 30 replies a second would. Its own idle RSS (taken as above) is
  what growth is measured from, so both figures come from the same process. Patients send
  a mix of diary messages, a question and small talk, 100 outstanding at a time; RSS is
  sampled as it goes and after it settles.

Never fails on timing or memory: it prints figures.

Internal: `footprint.py --serve` is `bot.py run` with the rate limiter lifted.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import datetime as dt
import itertools
import json
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

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
STALL_S = 120.0  # no answer for this long: the bot is dead or wedged, not slow
WARMED_UP = "bot.warmed_up"  # sleepdiary/warmup.py logs it when the libraries are loaded


# -- the bot under measurement --------------------------------------------------------------


def serve() -> int:
    """`bot.py run` with the rate limiter lifted (as e2e.py's "limiter off")."""
    from telegram.ext import ApplicationBuilder

    import sleepdiary.app
    from handlers.ratelimit import BulkPacedRateLimiter
    from sleepdiary.cli import main as cli

    class Unlimited(ApplicationBuilder):  # type: ignore[type-arg]
        def build(self) -> Any:
            self.rate_limiter(
                BulkPacedRateLimiter(overall_max_rate=0, group_max_rate=0, max_retries=5)
            )
            return super().build()

    sleepdiary.app.ApplicationBuilder = Unlimited  # type: ignore[misc]
    return cli(["run"])


class Bot:
    """A bot process polling the emulator; its JSON log is read for `bot.warmed_up`."""

    def __init__(self, command: list[str], env: dict[str, str], cwd: Path | None) -> None:
        self.started = time.perf_counter()
        self.warmed: float | None = None
        self.tail: collections.deque[str] = collections.deque(maxlen=20)
        self.child = subprocess.Popen(
            command,
            cwd=cwd,
            env=env | {"LOG_FORMAT": "json"},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.child.stderr is not None
        for raw in self.child.stderr:  # drained to the end: a full pipe would stall the bot
            line = raw.decode(errors="replace").rstrip()
            self.tail.append(line)
            if WARMED_UP in line and json.loads(line).get("event") == WARMED_UP:
                self.warmed = time.perf_counter()

    async def warmed_up(self, timeout: float) -> float:
        deadline = time.perf_counter() + timeout
        while self.warmed is None:
            if time.perf_counter() > deadline or self.child.poll() is not None:
                raise TimeoutError(f"no {WARMED_UP} within {timeout} s:\n" + "\n".join(self.tail))
            await asyncio.sleep(0.01)
        return self.warmed

    async def stop(self) -> None:
        await asyncio.to_thread(_stop, self.child)


def _bot_env(emu: object, db: str) -> dict[str, str]:
    return bench_env(
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_BASE_URL=emu.base_url,  # type: ignore[attr-defined]
        DATABASE_URL=db,
        STAFF_USER_IDS="9001",
        STAFF_CHAT_ID="-100500",
    )


async def _idle_rss(bot: Bot) -> float:
    """RSS once the bot has polled and warmed up, and then been left alone for SETTLE_S."""
    await bot.warmed_up(60)
    await asyncio.sleep(SETTLE_S)
    return rss_mb(bot.child.pid)


async def _first_call(emu: object, method: str, since: int, timeout: float) -> float:
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        if any(c.method.lower() == method.lower() for c in emu.sent[since:]):  # type: ignore[attr-defined]
            return time.perf_counter()
        await asyncio.sleep(0.002)
    raise TimeoutError(f"no {method} within {timeout} s")


def _check_progress(bot: Bot, answered: int, before: int, since: float) -> None:
    """Stop the run, with the bot's last log lines, when the bot has exited or has answered
    nothing for STALL_S: a load loop must not outwait a dead or wedged bot (and a CI job)."""
    if bot.child.poll() is not None:
        raise RuntimeError(
            f"the bot exited ({bot.child.returncode}) after {answered} answers:\n"
            + "\n".join(bot.tail)
        )
    if answered == before and time.perf_counter() - since > STALL_S:
        raise TimeoutError(
            f"no answer for {STALL_S:.0f} s after {answered} answers:\n" + "\n".join(bot.tail)
        )


def _stop(child: subprocess.Popen[bytes]) -> None:
    child.send_signal(signal.SIGTERM)
    try:
        child.wait(15)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()


async def start_once(
    emu: object, db: str, workdir: Path, *, settle: bool
) -> tuple[float, float, float]:
    """(s to first getUpdates, s to warmed up or nan, idle RSS MB or nan), one `bot.py run`."""
    since = len(emu.sent)  # type: ignore[attr-defined]
    # cwd: no .env there, only the settings above
    bot = Bot([sys.executable, str(ROOT / "bot.py"), "run"], _bot_env(emu, db), workdir)
    try:
        startup = await _first_call(emu, "getUpdates", since, 60) - bot.started
        if not settle:
            return startup, float("nan"), float("nan")
        idle = await _idle_rss(bot)
        assert bot.warmed is not None
        return startup, bot.warmed - bot.started, idle
    finally:
        await bot.stop()


async def under_load(
    emu: object, db: str, workdir: Path, ids: list[int], messages: int
) -> list[tuple[int, float]]:
    """RSS samples (messages answered, MB) of the diary bot while it handles `messages`;
    the first is its idle RSS."""
    since = len(emu.sent)  # type: ignore[attr-defined]
    bot = Bot(
        [sys.executable, str(Path(__file__).resolve()), "--serve"], _bot_env(emu, db), workdir
    )
    samples: list[tuple[int, float]] = []
    try:
        await _first_call(emu, "getUpdates", since, 60)
        samples.append((0, await _idle_rss(bot)))
        load = Load(emu, itertools.cycle(ids))
        load.texts = itertools.cycle(MIXED_MESSAGES)
        load.closed_loop = True
        for _ in range(100):
            load.send()
        step = max(1, messages // 10)
        next_sample = step
        answered, progressed = 0, time.perf_counter()
        while len(load.latencies) < messages:
            await asyncio.sleep(0.5)
            _check_progress(bot, len(load.latencies), answered, progressed)
            if len(load.latencies) > answered:
                answered, progressed = len(load.latencies), time.perf_counter()
            load.refill(100, stale_after=5.0)
            if len(load.latencies) >= next_sample:
                samples.append((len(load.latencies), rss_mb(bot.child.pid)))
                next_sample += step
        load.closed_loop = False
        await asyncio.sleep(SETTLE_S)  # the outstanding 100 finish; buffers settle
        samples.append((len(load.latencies), rss_mb(bot.child.pid)))
        return samples
    finally:
        await bot.stop()


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
            fresh, _, _ = await start_once(
                emu, sqlite_url(workdir, "fresh.db"), workdir, settle=False
            )
            starts, warms, idles = [], [], []
            for _ in range(args.starts):
                startup, warmed, idle = await start_once(
                    emu, sqlite_url(workdir, "existing.db"), workdir, settle=True
                )
                starts.append(startup)
                warms.append(warmed)
                idles.append(idle)
            samples = await under_load(
                emu, sqlite_url(workdir, "existing.db"), workdir, ids, args.messages
            )

    start_median, idle_median = statistics.median(starts), statistics.median(idles)
    warm_median = statistics.median(warms)
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
                f"warmed up, from process start (median of {args.starts})",
                f"{warm_median:.2f} s",
                "(serving from first getUpdates)",
            ],
            [
                f"idle RSS, {SETTLE_S:g} s after warm-up (median)",
                f"{idle_median:.1f} MB",
                f"{verdict(idle_median <= 150)} <= 150 MB",
            ],
        ],
        ["figure", "value", "target"],
    )
    # Idle is before any message, the libraries loaded; "warm" is after the first tenth, once
    # caches and connection pools have filled: growth past warm is what a leak would look like.
    base, warm = samples[0][1], samples[min(1, len(samples) - 1)][1]
    rows = [
        [
            f"{n}",
            f"{mb:.1f}",
            f"{mb - base:+.1f}",
            f"{(mb / base - 1) * 100:+.1f}%",
            f"{(mb / warm - 1) * 100:+.1f}%",
        ]
        for n, mb in samples
    ]
    final = samples[-1][1]
    rows.append(
        [
            "after / target",
            "",
            "",
            f"{verdict(final <= base * 1.10)} <= +10%",
            f"{verdict(final <= warm * 1.10)} <= +10%",
        ]
    )
    print_table(
        f"RSS of `bot.py run` (rate limiter lifted) over {args.messages} handled messages",
        rows,
        ["messages answered", "RSS MB", "MB vs idle", "vs idle", "vs warm"],
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="2,000 messages, one restart")
    parser.add_argument("--messages", type=int, default=None)
    parser.add_argument("--starts", type=int, default=None)
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve:
        return serve()
    args.messages = args.messages or (2000 if args.quick else 100_000)
    args.starts = args.starts or (1 if args.quick else 3)
    return asyncio.run(bench(args))


if __name__ == "__main__":
    sys.exit(main())
