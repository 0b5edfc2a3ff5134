"""/patients at clinic-group scale: 10,000 patients x 100 nights, one page at a time.

    .venv/bin/python benchmarks/roster.py [--quick] [--patients N] [--nights N]
                                          [--repeat N] [--skip-sqlite] [--skip-postgres]

On SQLite (a scratch file) and PostgreSQL (BENCH_POSTGRES_URL, default
postgresql+psycopg://postgres@127.0.0.1:5432/test; a database is created and dropped):

1. Fill as benchmarks/export.py does (patients in bulk, nights by INSERT ... SELECT, an
   open safety event for about one patient in a hundred), then give the attention order
   something to sort: some patients unreachable, some paused, some with their last nights
   missing.
2. Median of repeated runs, each in a fresh session, of what the commands query:
   /patients' first page and a middle page (storage.roster.roster_page: header counts, the
   attention order over everyone, the page's figures), the header counts alone,
   /patient LABEL (roster_rows for one label and its 14 nights), /summary
   (storage.diary.recent_entries, 7 nights), and for comparison every patient at once
   (roster_rows, what `sleepdiary patients` prints and /patients used to send).
   Target: median <= 50 ms for the staff and patient commands.
3. The first page as /patients sends it: its length against Telegram's 4,096.

--quick: 300 patients x 30 nights, seconds. Never fails on timing.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (
    migrated_engine,
    percentile,
    postgres_database,
    print_machine,
    print_table,
    sqlite_url,
    verdict,
)
from export import check_fill, fill
from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

QUERY_TARGET_S = 0.050
STATEMENT_TIMEOUT_S = 60.0  # PostgreSQL only
CLINIC_TIMEZONE = "America/New_York"
LABEL_BASE = 10_000_000  # benchmarks/common.py labels patients B-<user id> from here


# -- data ---------------------------------------------------------------------------------------


def vary(engine: Engine, patients: int, today: dt.date) -> dict[str, int]:
    """Patients who need attention beyond the fill's open safety events: about 1 in 50
    unreachable, 1 in 40 paused, 1 in 25 with nothing logged for their last four nights."""
    gap_from = today - dt.timedelta(days=3)
    with engine.begin() as connection:
        connection.execute(text("UPDATE patients SET status = 'unreachable' WHERE id % 50 = 7"))
        connection.execute(text("UPDATE patients SET status = 'paused' WHERE id % 40 = 11"))
        # Side effects go with their nights (ON DELETE CASCADE; SQLite: PRAGMA foreign_keys).
        gone = connection.execute(
            text("DELETE FROM diary_entries WHERE patient_id % 25 = 3 AND diary_date >= :day"),
            {"day": gap_from},
        ).rowcount
    if engine.dialect.name == "postgresql":  # what autovacuum would have done meanwhile
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(text("VACUUM ANALYZE"))
    return {
        "unreachable": len(range(7, patients + 1, 50)),
        "paused": len(range(11, patients + 1, 40)),
        "nights removed": gone,
    }


# -- timing -------------------------------------------------------------------------------------


def server_cpu(engine: Engine) -> Callable[[], float]:
    """CPU seconds used so far by the PostgreSQL backend the pool hands out (read from
    /proc, so only for a server on this machine); 0 for SQLite, which works in-process.

    The benchmark opens one session at a time, so the pool gives every run the same
    connection, hence the same backend process."""
    if engine.dialect.name != "postgresql":
        return lambda: 0.0
    with engine.connect() as connection:
        pid = connection.scalar(text("SELECT pg_backend_pid()"))
    stat = Path(f"/proc/{pid}/stat")
    if not stat.exists():
        return lambda: float("nan")
    ticks = os.sysconf("SC_CLK_TCK")

    def used() -> float:
        fields = stat.read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / ticks  # utime, stime

    return used


def timed(
    run: Callable[[], object], repeat: int, *, budget_s: float, server: Callable[[], float]
) -> tuple[list[float], float]:
    """Wall seconds of up to `repeat` runs (fewer once `budget_s` is spent; a timed-out run
    counts as inf), and the mean CPU seconds per run of this process and the database
    server together: other jobs on a shared machine stretch the wall time, not the CPU."""
    timings: list[float] = []
    started = time.perf_counter()
    cpu0, server0 = time.process_time(), server()
    for _ in range(repeat):
        t0 = time.perf_counter()
        try:
            run()
        except OperationalError as error:  # PostgreSQL's statement_timeout
            if "statement timeout" not in str(error):
                raise
            timings.append(float("inf"))
            break
        timings.append(time.perf_counter() - t0)
        if time.perf_counter() - started > budget_s:
            break
    cpu = time.process_time() - cpu0 + server() - server0
    return timings, cpu / len(timings)


def _ms(seconds: float) -> str:
    return "timed out" if seconds == float("inf") else f"{seconds * 1000:.1f}"


def query_figures(
    name: str, engine: Engine, patients: int, today: dt.date, repeat: int
) -> tuple[list[list[str]], list[list[str]]]:
    from bot import roster as pure
    from bot.texts import staff as texts
    from storage import diary, roster
    from storage.db import make_session_factory

    sessions = make_session_factory(engine)
    rng = random.Random(7)
    now = dt.datetime.combine(today, dt.time(12), dt.UTC)
    middle = pure.page_count(patients) // 2 + 1
    server = server_cpu(engine)

    @contextlib.contextmanager
    def fresh() -> Iterator[Session]:
        with sessions() as session:
            if engine.dialect.name == "postgresql":  # minutes-long is a figure too: stop it
                session.execute(text(f"SET statement_timeout = '{STATEMENT_TIMEOUT_S:g}s'"))
            yield session

    def page(number: int) -> Callable[[], pure.RosterPage]:
        def run() -> pure.RosterPage:
            with fresh() as session:
                return roster.roster_page(
                    session, now=now, page=number, clinic_timezone=CLINIC_TIMEZONE
                )

        return run

    def counts() -> None:
        with fresh() as session:
            roster.clinic_counts(session, now=now, clinic_timezone=CLINIC_TIMEZONE)

    def one_patient() -> None:
        # /patient LABEL: the roster row, then the 14 nights of its table and chart
        label = f"B-{LABEL_BASE + rng.randrange(patients)}"
        with fresh() as session:
            (row,) = roster.roster_rows(session, now=now, label=label)
            days = pure.window_days(pure.local_today(now, row.timezone))
            diary.recent_entries(session, row.patient_id, since=days[0], until=days[-1])

    def summary() -> None:
        with fresh() as session:
            diary.recent_entries(
                session,
                rng.randint(1, patients),
                since=today - dt.timedelta(days=6),
                until=today,
            )

    def everyone() -> None:
        with fresh() as session:
            assert len(roster.roster_rows(session, now=now)) == patients

    rows = []
    for what, run, times, target in (
        ("/patients page 1 (roster_page)", page(1), repeat, True),
        (f"/patients page {middle} (roster_page)", page(middle), repeat, True),
        ("  of which the header counts (clinic_counts)", counts, repeat, False),
        ("/patient LABEL (roster_rows(label=), 14 nights)", one_patient, repeat * 2, True),
        ("/summary (recent_entries, 7 nights)", summary, repeat * 2, True),
        (f"everyone: roster_rows, {patients:,} rows (the CLI)", everyone, 3, False),
    ):
        run()  # warm: compiled statements, imports, the database's caches
        timings, cpu = timed(run, times, budget_s=20.0, server=server)
        median = statistics.median(timings)
        rows.append(
            [
                name,
                what,
                str(len(timings)),
                _ms(median),
                _ms(percentile(timings, 0.95)),
                _ms(cpu),
                verdict(median <= QUERY_TARGET_S) if target else "",
            ]
        )

    first = page(1)()
    head = texts.roster_page_head(first.counts, page=first.page, pages=first.pages, when="now")
    message = pure.fit_page(head, [texts.roster_block(row) for row in first.rows])
    marks = {a.name: sum(1 for r in first.rows if r.attention is a) for a in pure.Attention}
    shown = [
        [
            name,
            f"{first.page} of {first.pages}",
            str(len(first.rows)),
            str(pure.telegram_length(message)),
            verdict(pure.telegram_length(message) <= pure.TELEGRAM_LIMIT),
            " ".join(f"{k.lower()} {v}" for k, v in marks.items() if v),
        ]
    ]
    return rows, shown


# -- main ---------------------------------------------------------------------------------------


def progress(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def per_engine(name: str, url: str, args: argparse.Namespace) -> None:
    tables: dict[str, list[list[str]]] = {"fill": [], "queries": [], "page": []}
    today = dt.datetime.now(dt.UTC).date()
    engine = migrated_engine(url)
    try:
        t0 = time.perf_counter()
        fill(engine, args.patients, args.nights, today)
        varied = vary(engine, args.patients, today)
        counts = check_fill(engine)
        took = time.perf_counter() - t0
        tables["fill"].append(
            [
                name,
                f"{args.patients:,} x {args.nights}",
                f"{counts['nights']:,}",
                f"{counts['open safety events']:,}",
                ", ".join(f"{k} {v:,}" for k, v in varied.items()),
                f"{took:.1f}",
            ]
        )
        progress(f"{name}: {counts['nights']:,} nights filled in {took:.1f} s")
        queries, page = query_figures(name, engine, args.patients, today, args.repeat)
        tables["queries"] += queries
        tables["page"] += page
    finally:
        engine.dispose()
        print_tables(tables)


def print_tables(tables: dict[str, list[list[str]]]) -> None:
    if tables["fill"]:
        print_table(
            "Fill (benchmarks/export.py's, then varied)",
            tables["fill"],
            ["database", "patients x nights", "nights", "open events", "varied", "s"],
        )
    if tables["queries"]:
        print_table(
            f"Staff and patient commands' queries (ms, each run in a fresh session; target "
            f"median <= {QUERY_TARGET_S * 1000:g} ms). CPU: per run, this process's and the "
            "PostgreSQL backend's together (mean), which other jobs on a shared machine do not "
            "stretch as they do the wall time",
            tables["queries"],
            ["database", "query", "runs", "median", "p95", "CPU", "<= 50 ms"],
        )
    if tables["page"]:
        print_table(
            "The first /patients page as sent (length in UTF-16 units, as Telegram counts)",
            tables["page"],
            ["database", "page", "patients", "length", "<= 4,096", "attention on the page"],
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="300 patients x 30 nights (CI)")
    parser.add_argument("--patients", type=int, default=None)
    parser.add_argument("--nights", type=int, default=None)
    parser.add_argument("--repeat", type=int, default=None, help="runs per query (median)")
    parser.add_argument("--skip-postgres", action="store_true")
    parser.add_argument("--skip-sqlite", action="store_true")
    args = parser.parse_args(argv)
    args.patients = args.patients or (300 if args.quick else 10_000)
    args.nights = args.nights or (30 if args.quick else 100)
    args.repeat = args.repeat or (5 if args.quick else 15)
    print_machine()
    with tempfile.TemporaryDirectory(prefix="bench-roster-") as tmp:
        if not args.skip_sqlite:
            per_engine("SQLite", sqlite_url(Path(tmp), "roster.db"), args)
        if not args.skip_postgres:
            with postgres_database("bench_roster") as pg_url:
                if pg_url:
                    per_engine("PostgreSQL", pg_url, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
