"""End to end: diary replies a second and reply latency, beside a bare PTB echo bot.

    .venv/bin/python benchmarks/e2e.py [--quick] [--transports httpx,aiohttp]
                                       [--limiters off,shipped] [--seconds S]

The Bot API emulator runs in this process; each bot runs in its own process (as in
production, and so the two share the machine's cores the same way). For every bot:

- throughput: a closed loop of --concurrency patients, each sending its next diary message
  as soon as the bot answers the last one, for --seconds; the rate is messages answered
  (first reply seen by the emulator) per second;
- latency: one message every 1/--rate s, each from a patient with nothing outstanding;
  latency is update queued in the emulator -> first reply received by the emulator.

The echo bot is ApplicationBuilder against the same emulator, one MessageHandler that
echoes, and the diary bot's concurrency settings (PerChatUpdateProcessor, the same rate
limiter). "limiter shipped" is the app's BulkPacedRateLimiter (30 messages a second for
bulk sends; replies unpaced); "limiter off" lifts it in both bots, which shows the
library's and the app's own ceiling. Transport "aiohttp" is the transport the diary bot
ships with (sleepdiary/transport.py), in both bots; "httpx" is PTB's default, in both
bots; "httpx-fixed" is httpx without
httpcore's failed `import sniffio` on every request (see serve()).
Never fails on timing.

Internal: `e2e.py --serve diary|echo --base-url URL --db URL ...` is one bot process.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import contextlib
import dataclasses
import datetime as dt
import itertools
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (
    TOKEN,
    Cohort,
    add_patients,
    bench_env,
    migrated_engine,
    percentile,
    print_machine,
    print_table,
    sqlite_url,
    verdict,
)
from telegram.request import HTTPXRequest

from sleepdiary.transport import AiohttpRequest

# Complete nights in a patient's own words (several shapes, so understanding does real work).
DIARY_MESSAGES = (
    "bed at 11, asleep by half past, up twice, alarm 6:45, slept ok, no side effects",
    "went to bed around 10:30, took about 20 mins to drop off, woke once for 10 min, "
    "up at 7, pretty good night, nothing else",
    "in bed 11:15pm, fell asleep maybe midnight, didn't wake up, woke at 6 and got up "
    "straight away, 4/5, no side effects",
    "bed 10, lights out 10:30, asleep in 15 minutes, woke 3 times about 5 min each, "
    "final wake 5:50, out of bed 6:10, fair, bit of a headache",
    "slept badly, bed at midnight, asleep at 1, awake from 3 to 4, up at 7:30, felt a bit queasy",
)
ALLOWED_UPDATES = ["message", "edited_message", "callback_query"]


# -- one bot process ------------------------------------------------------------------------


def _limiter(kind: str) -> Any:
    from handlers.ratelimit import BulkPacedRateLimiter

    if kind == "off":
        return BulkPacedRateLimiter(overall_max_rate=0, group_max_rate=0, max_retries=5)
    # As in app.py: only bulk sends take the 30-a-second bucket; replies go straight out.
    return BulkPacedRateLimiter(overall_max_rate=30, group_max_rate=20, max_retries=5)


def serve(args: argparse.Namespace) -> int:
    """Run one bot on long polling against the emulator until SIGINT/SIGTERM."""
    from telegram import Update
    from telegram.ext import ApplicationBuilder, ContextTypes, MessageHandler, filters

    from handlers.processing import PerChatUpdateProcessor

    if args.transport == "httpx-fixed":
        # httpcore tries `import sniffio` on every request and, since anyio 4.11 stopped
        # installing sniffio, pays a failed import (a sys.path search) each time
        # (encode/httpcore#1103). A cached "absent" entry makes that import fail at once;
        # installing sniffio has the same effect.
        sys.modules.setdefault("sniffio", None)  # type: ignore[arg-type]

    class Builder(ApplicationBuilder):  # type: ignore[type-arg]
        def build(self) -> Any:
            # Both bots on the transport measured: the diary bot ships with aiohttp
            # (sleepdiary/transport.py), PTB's default is httpx.
            if args.transport == "aiohttp":
                self.request(AiohttpRequest()).get_updates_request(AiohttpRequest(1))
            else:
                self.request(HTTPXRequest()).get_updates_request(HTTPXRequest(1))
            self.rate_limiter(_limiter(args.limiter))
            return super().build()

    if args.serve == "echo":

        async def echo(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
            assert update.message is not None and update.message.text is not None
            await update.message.reply_text(update.message.text)

        application = (
            Builder()
            .token(TOKEN)
            .base_url(args.base_url)
            .concurrent_updates(PerChatUpdateProcessor())
            .build()
        )
        application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    else:
        import sleepdiary.app
        from bot.knowledge import default_knowledge_base_path, load_knowledge_base
        from sleepdiary.settings import load_settings
        from storage.db import make_engine, make_session_factory

        environ = {"TELEGRAM_BOT_TOKEN": TOKEN, "DATABASE_URL": args.db}
        settings = load_settings(environ=environ, env_file=None)
        kb = load_knowledge_base(default_knowledge_base_path(), settings.clinic)
        sessions = make_session_factory(make_engine(args.db))
        sleepdiary.app.ApplicationBuilder = Builder  # type: ignore[misc]
        application = sleepdiary.app.build_application(
            settings, sessions, kb, base_url=args.base_url
        )

    if args.profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    if args.serve == "echo":
        application.run_polling(allowed_updates=ALLOWED_UPDATES)
    else:
        from sleepdiary.serve import serve_polling

        serve_polling(application)  # what `sleepdiary run` does: durable polling
    if args.profile:
        profiler.disable()
        profiler.dump_stats(args.profile)
    return 0


# -- the load, from the emulator's side -----------------------------------------------------


@dataclasses.dataclass
class Run:
    bot: str
    transport: str
    limiter: str
    rate: float = float("nan")
    answered: int = 0
    p50_ms: float = float("nan")
    p99_ms: float = float("nan")
    max_ms: float = float("nan")
    lost: int = 0
    startup_s: float = float("nan")


class Load:
    """Sends diary messages as patients and times the bot's first reply to each."""

    def __init__(self, emu: Any, chats: Iterator[int]) -> None:
        self.emu = emu
        self.chats = chats
        self.texts = itertools.cycle(DIARY_MESSAGES)
        self.outstanding: dict[int, float] = {}
        self.latencies: list[float] = []
        self.answered_at: list[float] = []
        self.closed_loop = False
        emu.add_listener(self._on_message)

    def send(self) -> None:
        chat = next(self.chats)
        self.outstanding[chat] = time.perf_counter()
        self.emu.send_text(chat, next(self.texts))

    def _on_message(self, message: Any) -> None:
        started = self.outstanding.pop(message.chat_id, None)
        if started is None:
            return  # a second reply, or an edit: the message was answered already
        now = time.perf_counter()
        self.latencies.append(now - started)
        self.answered_at.append(now)
        if self.closed_loop:
            self.send()

    def refill(self, target: int, stale_after: float) -> None:
        """Forget messages left unanswered for `stale_after` s (some need no reply) and keep
        `target` outstanding."""
        cutoff = time.perf_counter() - stale_after
        for chat in [c for c, t in self.outstanding.items() if t < cutoff]:
            del self.outstanding[chat]
        while len(self.outstanding) < target:
            self.send()

    def reset(self) -> None:
        self.latencies.clear()
        self.answered_at.clear()


async def _wait_call(emu: Any, method: str, since: int, timeout: float) -> float:
    """perf_counter time at which `method` was first called after call index `since`."""
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        for call in emu.sent[since:]:
            if call.method.lower() == method.lower():
                return time.perf_counter()
        await asyncio.sleep(0.002)
    raise TimeoutError(f"no {method} within {timeout} s")


async def _measure(emu: Any, load: Load, run: Run, args: argparse.Namespace, db: str) -> Run:
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--serve",
        run.bot,
        "--base-url",
        emu.base_url,
        "--db",
        db,
        "--transport",
        run.transport,
        "--limiter",
        run.limiter,
    ]
    if args.profile and run.bot == "diary":
        command += ["--profile", f"{args.profile}.{run.transport}.{run.limiter}"]
    emu.world.pending.clear()
    since = len(emu.sent)
    started = time.perf_counter()
    child = subprocess.Popen(
        command, env=bench_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        run.startup_s = await _wait_call(emu, "getUpdates", since, 30) - started
        # Warm up: first messages pay for imports, caches and connections.
        load.closed_loop = True
        for _ in range(min(args.concurrency, 50)):
            load.send()
        await asyncio.sleep(args.warmup)
        # Throughput: keep `concurrency` messages outstanding.
        for _ in range(args.concurrency - min(args.concurrency, 50)):
            load.send()
        await asyncio.sleep(0.5)
        load.reset()
        t0 = time.perf_counter()
        await asyncio.sleep(args.seconds)
        t1 = time.perf_counter()
        done = sum(1 for t in load.answered_at if t0 <= t <= t1)
        run.rate = done / (t1 - t0)
        load.closed_loop = False
        with contextlib.suppress(TimeoutError):
            await emu.wait_until(lambda: not load.outstanding, timeout=30)
        await asyncio.sleep(0.3)  # second replies of the last messages
        load.outstanding.clear()
        # Latency: an open loop at a steady rate.
        load.reset()
        interval = 1 / args.rate
        count = int(args.latency_seconds * args.rate)
        begin = time.perf_counter()
        for n in range(count):
            delay = begin + n * interval - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            load.send()
        with contextlib.suppress(TimeoutError):
            await emu.wait_until(lambda: not load.outstanding, timeout=args.drain)
        run.answered = len(load.latencies)
        run.lost = len(load.outstanding)
        load.outstanding.clear()
        ms = [s * 1000 for s in load.latencies]
        run.p50_ms, run.p99_ms = percentile(ms, 0.5), percentile(ms, 0.99)
        run.max_ms = max(ms) if ms else float("nan")
    finally:
        child.send_signal(signal.SIGTERM)
        try:
            await asyncio.to_thread(child.wait, 15)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
    return run


async def bench(args: argparse.Namespace) -> int:
    from sleepdiary.emulator import BotApiEmulator

    print_machine()
    transports = args.transports.split(",")
    limiters = args.limiters.split(",")
    runs_per_bot = len(transports) * len(limiters)
    per_run = int(args.seconds * 400 + args.latency_seconds * args.rate + 1000)
    patients = max(2000, per_run * runs_per_bot * 2)
    with tempfile.TemporaryDirectory(prefix="bench-e2e-") as tmp:
        db = sqlite_url(Path(tmp))
        engine = migrated_engine(db)
        now = dt.datetime.now(dt.UTC)
        later = now + dt.timedelta(hours=12)  # nobody is due a check-in during the run
        ids = add_patients(
            engine,
            Cohort(patients, ("America/New_York",), dt.time(8), later, later + dt.timedelta(7)),
            now=now,
        )
        engine.dispose()
        results: list[Run] = []
        async with BotApiEmulator(token=TOKEN, bot_username="SleepDiaryBenchBot") as emu:
            load = Load(emu, itertools.cycle(collections.deque(ids)))
            for transport in transports:
                for limiter in limiters:
                    for bot in args.bots.split(","):
                        run = await _measure(emu, load, Run(bot, transport, limiter), args, db)
                        results.append(run)
                        print(
                            f"  {bot:5} {transport:11} limiter {limiter:7}: {run.rate:7.1f}/s, "
                            f"p50 {run.p50_ms:.1f} ms, p99 {run.p99_ms:.1f} ms",
                            flush=True,
                        )
    _report(results, args)
    return 0


def _report(results: list[Run], args: argparse.Namespace) -> None:
    rows = []
    by_key = {(r.bot, r.transport, r.limiter): r for r in results}
    for r in results:
        echo = by_key.get(("echo", r.transport, r.limiter))
        ratio = r.rate / echo.rate if echo and echo.rate else float("nan")
        rows.append(
            [
                r.bot,
                r.transport,
                r.limiter,
                f"{r.rate:.1f}",
                f"{ratio:.2f}" if r.bot == "diary" else "",
                f"{r.p50_ms:.1f}",
                f"{r.p99_ms:.1f}",
                f"{r.max_ms:.1f}",
                f"{r.answered}/{r.answered + r.lost}",
                f"{r.startup_s:.2f}",
            ]
        )
    print_table(
        f"End to end{' (quick)' if args.quick else ''}: throughput with {args.concurrency} "
        f"messages outstanding for {args.seconds:g} s; latency at {args.rate:g} msgs/s for "
        f"{args.latency_seconds:g} s",
        rows,
        [
            "bot",
            "transport",
            "limiter",
            "answered/s",
            "diary/echo",
            "p50 ms",
            "p99 ms",
            "max ms",
            "answered",
            "start s",
        ],
    )
    verdicts = []
    for r in results:
        echo = by_key.get(("echo", r.transport, r.limiter))
        if r.bot != "diary" or echo is None:
            continue
        ratio = r.rate / echo.rate if echo.rate else float("nan")
        verdicts.append(
            [
                f"{r.transport}, limiter {r.limiter}",
                f"{ratio:.2f} ({verdict(ratio >= 0.8)} >= 0.8)",
                f"{r.p99_ms:.1f} ms ({verdict(r.p99_ms <= 100 and not r.lost)} <= 100 ms)",
            ]
        )
    print_table("Targets", verdicts, ["diary bot", "rate vs echo", f"p99 at {args.rate:g}/s"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a seconds-long run (CI)")
    parser.add_argument(
        "--transports", default="httpx,httpx-fixed,aiohttp", help="httpx,httpx-fixed,aiohttp"
    )
    parser.add_argument("--limiters", default="off,shipped", help="off,shipped")
    parser.add_argument("--bots", default="echo,diary", help="echo,diary")
    parser.add_argument("--concurrency", type=int, default=100, help="messages outstanding")
    parser.add_argument("--seconds", type=float, default=None, help="throughput window")
    parser.add_argument("--rate", type=float, default=50.0, help="latency: messages a second")
    parser.add_argument("--latency-seconds", type=float, default=None)
    parser.add_argument("--profile", default=None, help="cProfile the diary bot to PATH.*")
    parser.add_argument("--serve", choices=("diary", "echo"), help=argparse.SUPPRESS)
    parser.add_argument("--base-url", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--transport", default="httpx", help=argparse.SUPPRESS)
    parser.add_argument("--limiter", default="shipped", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve:
        return serve(args)
    if args.quick:
        args.transports = (
            "httpx" if args.transports == "httpx,httpx-fixed,aiohttp" else args.transports
        )
    args.seconds = args.seconds or (2.0 if args.quick else 10.0)
    args.latency_seconds = args.latency_seconds or (2.0 if args.quick else 20.0)
    args.warmup = 1.0 if args.quick else 3.0
    args.drain = 10.0 if args.quick else 60.0
    return asyncio.run(bench(args))


if __name__ == "__main__":
    sys.exit(main())
