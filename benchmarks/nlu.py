"""How fast is `understand`? Every dev-set message, beside dateparser's search_dates.

    .venv/bin/python benchmarks/nlu.py [--quick] [--dev PATH]

Prints the median and p99 per message for both and their ratio, the time to import the
package and read a first message, and a long (4,096-character) message. Never fails on
timing: it prints figures.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DEV = ROOT.parent / "shared" / "eval" / "dev.jsonl"

_FIRST_MESSAGE = """
import time, datetime as dt
t0 = time.perf_counter()
from bot.understanding import understand
understand("bed at 11, asleep by half past, up twice, alarm 6:45", dt.datetime(2026, 11, 24, 8, 5),
           "America/New_York")
print(time.perf_counter() - t0)
"""


def _load(path: Path) -> list[tuple[str, dt.datetime, str]]:
    rows = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                obj = json.loads(line)
                rows.append(
                    (
                        obj["text"],
                        dt.datetime.fromisoformat(obj["received_at"]),
                        obj.get("tz", "UTC"),
                    )
                )
    return rows


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def _time_each(fn, rows, repeat: int) -> list[float]:  # type: ignore[no-untyped-def]
    per_message = []
    for row in rows:
        best = float("inf")
        for _ in range(repeat):
            t0 = time.perf_counter()
            fn(row)
            best = min(best, time.perf_counter() - t0)
        per_message.append(best)
    return per_message


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:8.3f} ms"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a seconds-long run (CI)")
    parser.add_argument("--dev", type=Path, default=DEFAULT_DEV, help="labelled dev JSON Lines")
    args = parser.parse_args(argv)

    cold = subprocess.run(
        [sys.executable, "-c", _FIRST_MESSAGE],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    cold_s = cold.stdout.strip().splitlines()[-1] if cold.returncode == 0 and cold.stdout else "?"

    sys.path.insert(0, str(ROOT))
    from dateparser.search import search_dates

    from bot.safety import assess
    from bot.understanding import understand

    rows = _load(args.dev)
    if args.quick:
        rows = rows[:40]
    repeat = 1 if args.quick else 5

    ours = _time_each(lambda r: understand(r[0], r[1], r[2]), rows, repeat)
    search_dates("warm up at 7am", languages=["en"])
    base = _time_each(lambda r: search_dates(r[0], languages=["en"]), rows, 1 if args.quick else 2)

    long_text = ("bed at 11, asleep by half past, woke twice, up at 6:45, a bit dizzy. " * 80)[
        :4096
    ]
    long_s = min(
        _time_each(lambda r: understand(r, dt.datetime(2026, 11, 24, 8), "UTC"), [long_text], 3)
    )
    # understand() always runs the safety check too; show its share so each part can be tuned
    long_safety = min(_time_each(assess, [long_text], 3))

    med_o, p99_o = statistics.median(ours), _percentile(ours, 0.99)
    med_b, p99_b = statistics.median(base), _percentile(base, 0.99)
    print(f"messages            {len(rows)}{' (quick)' if args.quick else ''}")
    print(f"understand          median {_ms(med_o)}   p99 {_ms(p99_o)}")
    print(f"search_dates        median {_ms(med_b)}   p99 {_ms(p99_b)}")
    ratio = med_b / med_o if med_o else float("nan")
    p99_ratio = p99_b / p99_o if p99_o else float("nan")
    print(f"ratio (baseline/us) median {ratio:8.1f}x   p99 {p99_ratio:8.1f}x")
    print(f"4096-char message   {_ms(long_s)}   (safety {_ms(long_safety).strip()})")
    if cold_s != "?":
        print(f"import + first msg  {_ms(float(cold_s))}")
    else:
        print(f"import + first msg  failed: {cold.stderr.strip()[-300:]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
