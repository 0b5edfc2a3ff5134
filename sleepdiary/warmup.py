"""Warming up a serving process: what it would otherwise load while a patient waits.

Understanding builds some of its tables on first use, and a few paths load more on first
use: dateparser (a diary date in an unusual shape) and Pillow's PNG writer (the sleep chart
of /summary and of every weekly summary). Left lazy, each stalls the event loop in the middle
of serving someone, and resident memory jumps at some later hour, so idle memory right after
start-up is not what the bot needs. Loaded here, it is.

The sentences go through understanding before the first getUpdates: a patient's crisis
message must not be the first use of the safety rules. The libraries load on a thread once
serving starts (they would eat into the 2 s start-up budget); the thread logs
`bot.warmed_up` when done.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import logging
import threading
import time
from collections.abc import Callable, Iterator

from bot.knowledge import KnowledgeBase

log = logging.getLogger("sleepdiary")

SENTENCES = (
    "bed at 11, asleep by half past, woke twice, up at 6:45 on Saturday, 3/5, a bit queasy",
    "is it normal to feel floaty after an infusion?",
    "i want to end my life",
    "chest pain and i cant breathe",
    # read by the Spanish screen (bot/safety/model.py, screen_for), whose table loads here
    "anoche no dormi nada y me duele la cabeza",
)
# A date in a shape only dateparser reads.
DATED_SENTENCE = "for 11/22: bed at 11, asleep by 12, up at 7"

# Imported inside a function in bot/ or handlers/ yet deliberately not warmed, and why
# (tests/test_warmup.py holds every such import to LIBRARIES or to this list).
NOT_SERVING = {
    "openpyxl": "the spreadsheet export runs from the command line, not in the bot",
    "tzfpy": "a shared location is looked up in a short-lived child process "
    "(bot/timezone_lookup.py), so its 33 MB map never stays in the bot",
}


def understand_sentences(kb: KnowledgeBase) -> None:
    from bot.understanding import understand

    now = dt.datetime.now()
    for text in SENTENCES:
        understand(text, now, "UTC", kb)


def _dateparser(kb: KnowledgeBase) -> None:
    from bot.understanding import understand

    understand(DATED_SENTENCE, dt.datetime.now(), "UTC", kb)


def _chart(_kb: KnowledgeBase) -> None:
    from bot import charts
    from bot.entry import DiaryEntry

    today = dt.date.today()
    days = [today - dt.timedelta(days=n) for n in range(7, 0, -1)]
    night = DiaryEntry(
        diary_date=days[-1],
        bedtime=dt.time(23),
        sleep_onset=dt.time(23, 30),
        awakenings=2,
        final_wake=dt.time(6, 45),
    )
    charts.sleep_chart([night], days=days)


# The modules each one loads, for the test that keeps this list complete.
LIBRARIES: dict[str, tuple[Callable[[KnowledgeBase], None], tuple[str, ...]]] = {
    "dateparser": (_dateparser, ("dateparser",)),
    # Pillow loads its image plugins on the first save.
    "chart": (_chart, ("PIL.PngImagePlugin",)),
}


def load_libraries(kb: KnowledgeBase) -> dict[str, float]:
    """Use each library once; seconds per library. One that fails is logged and skipped:
    the bot serves without it warm, as it did before."""
    took = {}
    for name, (load, _modules) in LIBRARIES.items():
        started = time.perf_counter()
        try:
            load(kb)
        except Exception as error:  # a missing font cache directory must not stop the bot
            log.warning("warm_up.failed", extra={"library": name, "error": type(error).__name__})
            continue
        took[name] = round(time.perf_counter() - started, 3)
    return took


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector paused while the bot loads; what it loaded, frozen.

    Loading makes some 130,000 objects (modules, classes, compiled patterns, tables) that live
    as long as the process. With the collector on, start-up rescans them in four full
    collections: about 0.2 s of the 2 s start-up budget. Frozen (gc.freeze), they are left out
    of every later collection too, so this work is not moved past the first getUpdates: it
    is not done. The price: the few cycles loading throws away (some 0.6 MB, mostly classes
    that libraries build and drop) are never freed.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def warm_up(kb: KnowledgeBase) -> threading.Thread:
    """Understanding now; the libraries on a thread, started here and returned."""
    understand_sentences(kb)
    give_back_freed_memory()
    thread = threading.Thread(target=_load_and_log, args=(kb,), name="warm-up", daemon=True)
    thread.start()
    return thread


def give_back_freed_memory() -> None:
    """Return to the system what loading freed. The two safety screens' tables are read
    from JSON some 20 MB long in all (the third, for what is not real, loads on the first
    message it reads: 34 ms, its features shared with the main table's); the text and its
    lists are freed at once, but glibc keeps such memory for reuse, and idle RSS would carry
    about 10 MB the bot never uses again (benchmarks/footprint.py). Elsewhere than glibc,
    nothing to do."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


def _load_and_log(kb: KnowledgeBase) -> None:
    started = time.perf_counter()
    took = load_libraries(kb)
    log.info(
        "bot.warmed_up",
        extra={"seconds": round(time.perf_counter() - started, 3), "libraries": took},
    )
