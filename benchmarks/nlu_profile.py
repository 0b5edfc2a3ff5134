"""Where does `understand` spend its time? Per stage, over the dev set; then a profile.

    .venv/bin/python benchmarks/nlu_profile.py [--dev PATH] [--top N] [--no-profile]

Each stage is timed on its own (the best of a few calls per message), as `understand` runs
it: the safety check, then the reader's stages on the parts of the message that report. The
medians and means say which stage to look at; the profile (cProfile over many repetitions,
by own time) says which functions. Timings on a shared machine are noisy: compare stages
within one run.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import json
import pstats
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DEV = ROOT.parent / "shared" / "eval" / "dev.jsonl"

Row = tuple[str, dt.datetime, str]


def _load(path: Path) -> list[Row]:
    rows = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                obj = json.loads(line)
                when = dt.datetime.fromisoformat(obj["received_at"])
                rows.append((obj["text"], when, obj.get("tz", "UTC")))
    return rows


def _best(fn: Callable[..., object], *args: object, repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn(*args)
        best = min(best, time.perf_counter() - t0)
    return best


def _stages(rows: list[Row]) -> dict[str, list[float]]:
    from bot.safety import assess
    from bot.understanding import _read, understand
    from bot.understanding.cues import find_cues
    from bot.understanding.dates import diary_date
    from bot.understanding.fields import read_fields
    from bot.understanding.intent import read
    from bot.understanding.quality import read_quality
    from bot.understanding.sideeffects import read_side_effects
    from bot.understanding.text import Text
    from bot.understanding.times import scan

    times: dict[str, list[float]] = {}

    def add(name: str, fn: Callable[..., object], *args: object) -> None:
        times.setdefault(name, []).append(_best(fn, *args))

    for raw, when, tz in rows:
        add("understand", understand, raw, when, tz)
        add("  safety (assess)", assess, raw)
        add("  reader (_read)", _read, raw, when, None)
        add("    Text.of", Text.of, raw)
        text = Text.of(raw)
        add("    intent.read", read, text, when.hour < 5)
        reading = read(text, when.hour < 5)
        if not reading.active:
            continue  # the reader stops here for a question
        add("    scan", scan, text)
        mentions = scan(text)
        add("    find_cues", find_cues, text)
        cues = find_cues(text)
        add("    read_fields", read_fields, text, mentions, cues, reading)
        add("    read_quality", read_quality, text, mentions.ratings, reading, False)
        add("    read_side_effects", read_side_effects, text, mentions, reading)
        add("    diary_date", diary_date, text, when, reading)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", type=Path, default=DEFAULT_DEV, help="labelled dev JSON Lines")
    parser.add_argument("--top", type=int, default=30, help="functions to list in the profile")
    parser.add_argument("--no-profile", action="store_true", help="the stage times only")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from bot.understanding import understand

    rows = _load(args.dev)
    for raw, when, tz in rows:  # tables built on first use are built before anything is timed
        understand(raw, when, tz)

    print(f"{'stage':24s} {'messages':>8s} {'median':>10s} {'mean':>10s}")
    for name, values in _stages(rows).items():
        median, mean = statistics.median(values) * 1e6, statistics.mean(values) * 1e6
        print(f"{name:24s} {len(values):8d} {median:8.1f}us {mean:8.1f}us")
    if args.no_profile:
        return 0

    profile = cProfile.Profile()
    profile.enable()
    for _ in range(20):
        for raw, when, tz in rows:
            understand(raw, when, tz)
    profile.disable()
    print()
    pstats.Stats(profile).sort_stats("tottime").print_stats(args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
