"""Export and staff queries at clinic-group scale: 10,000 patients x 100 nights.

    .venv/bin/python benchmarks/export.py [--quick] [--patients N] [--nights N]
                                          [--skip-postgres] [--no-breakdown]

On SQLite (a scratch file) and PostgreSQL (BENCH_POSTGRES_URL, default
postgresql+psycopg://postgres@127.0.0.1:5432/test; a database is created and dropped):

1. Fill: patients in bulk (benchmarks/common.py), then every night in one
   `INSERT ... SELECT` (patients x a run of night numbers, joined to a table of varied
   night templates, so no row passes through Python), side effects the same way.
2. Export: `bot.py export --format csv --out FILE` as a subprocess with DATABASE_URL set,
   the real command line; wall time and peak RSS (ru_maxrss of that child, from wait4).
   Beside it, the same command exporting no nights (start-up and imports: the floor).
   Targets: <= 15 s and <= 300 MB.
3. Where the export's time goes (in-process, same query): fetching the rows only,
   building the rows (storage.exports.iter_rows: side effects, dates and times), and the
   CSV writer to /dev/null.
4. /summary (storage.diary.recent_entries, one patient's last 7 nights) and /patients
   (storage.roster.roster_rows, everyone; and with a label, as /patient LABEL asks):
   median of repeated runs. Target <= 50 ms.

--quick: 200 patients x 50 nights, seconds. Never fails on timing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (
    ROOT,
    Cohort,
    add_patients,
    bench_env,
    migrated_engine,
    percentile,
    postgres_database,
    print_machine,
    print_table,
    sqlite_url,
    verdict,
)
from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Engine,
    Integer,
    MetaData,
    String,
    Table,
    Time,
    func,
    insert,
    select,
    text,
)
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

ZONES = ("America/New_York", "Europe/London", "Asia/Tokyo", "Pacific/Honolulu", "UTC")
TEMPLATES = 997  # night variants; prime, so a patient's nights do not repeat in step
EXPORT_TARGET_S = 15.0
EXPORT_TARGET_MB = 300.0
QUERY_TARGET_S = 0.050
STATEMENT_TIMEOUT_S = 60.0  # PostgreSQL only; SQLite has no per-statement timeout

_scratch = MetaData()
# A night as the bot stores it, minus who and when: copied into diary_entries by SQL.
NIGHT_TEMPLATES = Table(
    "bench_night_templates",
    _scratch,
    Column("k", Integer, primary_key=True),
    *(
        Column(name, Time)
        for name in ("bedtime", "lights_out", "sleep_onset", "final_wake", "out_of_bed")
    ),
    *(Column(name, Integer) for name in ("sol_min", "awakenings", "waso_min", "quality")),
    Column("nap_min", Integer),
    Column("no_side_effects", Boolean),
    Column("evidence", JSON),
    Column("source", String(16)),
    Column("edits", Integer),
    Column("answered_clock", Time),  # answered_at = diary_date + this (UTC)
)
EFFECT_TEMPLATES = Table(
    "bench_effect_templates",
    _scratch,
    Column("k", Integer),
    Column("name", String(32)),
    Column("severity", String(16)),
)


# -- filling ---------------------------------------------------------------------------------


def _clock(minutes: int) -> dt.time:
    minutes %= 24 * 60
    return dt.time(minutes // 60, minutes % 60)


def night_templates(rng: random.Random) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """Varied nights: some fields missing, about half with side effects stated, a few edited."""
    from bot.entry import SIDE_EFFECT_NAMES

    nights, effects = [], []
    for k in range(TEMPLATES):
        bed = 21 * 60 + rng.randrange(0, 240)  # 21:00 .. 00:59
        sol = rng.choice((5, 10, 15, 20, 30, 45, 60))
        awakenings = rng.choice((0, 0, 1, 1, 2, 3))
        waso = 0 if awakenings == 0 else rng.choice((5, 10, 20, 30, 60))
        wake = 5 * 60 + rng.randrange(0, 240)  # 05:00 .. 08:59
        full = rng.random() < 0.8  # a fifth of the nights lack something
        stated = rng.random()
        night: dict[str, object] = {
            "k": k,
            "bedtime": _clock(bed),
            "lights_out": _clock(bed + 15) if rng.random() < 0.2 else None,
            "sleep_onset": _clock(bed + sol) if rng.random() < 0.3 else None,
            "sol_min": sol if full or rng.random() < 0.5 else None,
            "awakenings": awakenings,
            "waso_min": waso if full else None,
            "final_wake": _clock(wake),
            "out_of_bed": _clock(wake + rng.choice((0, 5, 15, 30))) if full else None,
            "quality": rng.randint(1, 5) if full or rng.random() < 0.5 else None,
            "nap_min": rng.choice((None, None, None, 0, 20, 45)),
            # None: not mentioned; True: "no side effects"; False: some (rows below)
            "no_side_effects": None if stated < 0.45 else stated < 0.8,
            "evidence": {"bedtime": "in bed by eleven", "final_wake": "up at 6:30"},
            "source": rng.choice(("free_text", "free_text", "guided")),
            "edits": 1 if rng.random() < 0.05 else 0,
            "answered_clock": _clock(wake + 60 + rng.randrange(0, 120)),
        }
        nights.append(night)
        if night["no_side_effects"] is False:
            for name in rng.sample(SIDE_EFFECT_NAMES, rng.choice((1, 1, 2, 3))):
                severity = rng.choice((None, "mild", "mild", "moderate", "severe"))
                effects.append({"k": k, "name": name, "severity": severity})
    return nights, effects


_NIGHT_COLUMNS = (
    "bedtime, lights_out, sleep_onset, sol_min, awakenings, waso_min, final_wake, out_of_bed, "
    "quality, nap_min, no_side_effects, evidence, source, edits"
)


def fill(engine: Engine, patients: int, nights: int, today: dt.date) -> dict[str, float]:
    """Patients, their nights ending `today`, side effects, a few open safety events."""
    timings: dict[str, float] = {}
    postgres = engine.dialect.name == "postgresql"
    now = dt.datetime.combine(today, dt.time(12), dt.UTC)
    t0 = time.perf_counter()
    add_patients(
        engine,
        Cohort(patients, ZONES, dt.time(8), now + dt.timedelta(days=1), now + dt.timedelta(7)),
        now=now - dt.timedelta(days=nights + 7),
    )
    timings["patients"] = time.perf_counter() - t0
    first = today - dt.timedelta(days=nights - 1)
    # Entry ids are chosen here, (patient - 1) * nights + n + 1, so that a night's template
    # (id mod TEMPLATES) is known again when its side effects are inserted.
    if postgres:
        numbers = f"generate_series(0, {nights - 1}) AS n(i)"
        day = "(CAST(:first AS date) + n.i)"
        answered = f"{day} + t.answered_clock"
    else:
        numbers = (
            f"(WITH RECURSIVE s(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM s "
            f"WHERE i < {nights - 1}) SELECT i FROM s) AS n"
        )
        day = "date(:first, '+' || n.i || ' days')"
        answered = f"{day} || ' ' || t.answered_clock"  # SQLAlchemy's SQLite datetime text
    entries = text(
        f"INSERT INTO diary_entries (id, patient_id, diary_date, {_NIGHT_COLUMNS}, "
        "confirmed_at, answered_at, updated_at, version) "
        f"SELECT (p.id - 1) * {nights} + n.i + 1, p.id, {day}, "
        + ", ".join(f"t.{c.strip()}" for c in _NIGHT_COLUMNS.split(","))
        + f", {answered}, {answered}, {answered}, 1 "
        f"FROM patients p CROSS JOIN {numbers} "
        f"JOIN bench_night_templates t ON t.k = ((p.id - 1) * {nights} + n.i + 1) % {TEMPLATES}"
    )
    effects = text(
        "INSERT INTO side_effects (entry_id, name, severity) "
        "SELECT e.id, s.name, s.severity FROM diary_entries e "
        f"JOIN bench_effect_templates s ON s.k = e.id % {TEMPLATES} ORDER BY e.id"
    )
    events = text(
        "INSERT INTO safety_events (patient_id, level, message_text, matched, created_at, "
        "alert_attempts) SELECT id, 'urgent', 'chest pain since last night', 'chest pain', "
        "created_at, 1 FROM patients WHERE id % 97 = 0"
    )
    night_rows, effect_rows = night_templates(random.Random(8))
    t0 = time.perf_counter()
    with engine.begin() as connection:
        low, high, count = connection.execute(
            text("SELECT min(id), max(id), count(*) FROM patients")
        ).one()
        assert (low, high, count) == (1, patients, patients), "patients must be numbered 1..N"
        _scratch.create_all(connection)
        connection.execute(insert(NIGHT_TEMPLATES), night_rows)
        connection.execute(insert(EFFECT_TEMPLATES), effect_rows)
        connection.execute(entries, {"first": first})
        timings["nights"] = time.perf_counter() - t0
        t1 = time.perf_counter()
        connection.execute(effects)
        connection.execute(events)
        timings["side effects"] = time.perf_counter() - t1
        _scratch.drop_all(connection)
        if postgres:  # ids were given, so move the sequences past them
            for table in ("diary_entries", "side_effects", "safety_events"):
                connection.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                        f"(SELECT max(id) FROM {table}))"
                    )
                )
    if postgres:  # what autovacuum would have done by the time staff export
        t1 = time.perf_counter()
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(text("VACUUM ANALYZE"))
        timings["vacuum analyze"] = time.perf_counter() - t1
    return timings


def check_fill(engine: Engine) -> dict[str, int]:
    """Counts, and one night read back through the ORM (the hand-built text must parse)."""
    from storage import diary
    from storage.db import make_session_factory
    from storage.models import DiaryEntryRow, SafetyEvent, SideEffectRow

    with make_session_factory(engine)() as session:
        counts = {
            "nights": session.scalar(select(func.count()).select_from(DiaryEntryRow)) or 0,
            "side effects": session.scalar(select(func.count()).select_from(SideEffectRow)) or 0,
            "open safety events": session.scalar(select(func.count()).select_from(SafetyEvent))
            or 0,
        }
        row = session.scalars(
            select(DiaryEntryRow).where(DiaryEntryRow.no_side_effects.is_(False)).limit(1)
        ).one()
        entry = diary.to_entry(row)
        assert isinstance(entry.diary_date, dt.date) and entry.side_effects, entry
        assert isinstance(row.answered_at, dt.datetime) and row.answered_at.tzinfo, row
    return counts


# -- the export ------------------------------------------------------------------------------


def run_export(url: str, out: Path, workdir: Path, *extra: str) -> tuple[float, float, float, str]:
    """`bot.py export` in a child process: (wall seconds, peak RSS MB, CPU seconds, stderr).

    CPU is the child's own (user + system; PostgreSQL's server work is not in it): beside
    the wall time it shows how much of that went to waiting for a shared CPU.
    """
    command = [sys.executable, str(ROOT / "bot.py"), "export", "--format", "csv"]
    command += ["--out", str(out), *extra]
    env = bench_env(DATABASE_URL=url)
    t0 = time.perf_counter()
    # cwd: a scratch directory, so no .env of the project's own is read
    child = subprocess.Popen(command, env=env, cwd=workdir, stderr=subprocess.PIPE, text=True)
    assert child.stderr is not None
    stderr = child.stderr.read()
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - t0
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise RuntimeError(f"export failed ({child.returncode}): {stderr}")
    cpu = usage.ru_utime + usage.ru_stime
    return wall, usage.ru_maxrss / 1024, cpu, stderr.strip()  # ru_maxrss is in KiB on Linux


def count_lines(path: Path) -> int:
    with path.open("rb") as stream:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: stream.read(1 << 20), b""))


def export_figures(name: str, url: str, nights: int, workdir: Path) -> list[list[str]]:
    out = workdir / f"export-{name}.csv"
    # The floor: the same command with no night to export (interpreter, imports, connect).
    floor_s, floor_mb, floor_cpu, _ = run_export(url, out, workdir, "--since", "2999-01-01")
    wall, peak, cpu, _ = run_export(url, out, workdir)
    lines = count_lines(out)
    size_mb = out.stat().st_size / 1e6
    out.unlink()
    assert lines == nights + 1, (lines, nights)
    return [
        [
            name,
            "0 (start-up floor)",
            f"{floor_s:.2f}",
            f"{floor_mb:.0f}",
            f"{floor_cpu:.2f}",
            "",
            "",
        ],
        [
            name,
            f"{nights:,} ({size_mb:.0f} MB CSV)",
            f"{wall:.2f}",
            f"{peak:.0f}",
            f"{cpu:.2f}",
            f"{nights / wall:,.0f}",
            f"{verdict(wall <= EXPORT_TARGET_S)} / {verdict(peak <= EXPORT_TARGET_MB)}",
        ],
    ]


def breakdown(name: str, engine: Engine) -> list[list[str]]:
    """The export's stages in this process, each pass adding one stage to the one before."""
    from storage import exports
    from storage.db import make_session_factory

    sessions = make_session_factory(engine)
    filters = exports.Filters()

    def rows_only() -> int:
        # iter_rows' own query (side effects joined in), its rows as the driver gives them
        query = exports.night_query(filters).execution_options(yield_per=exports.BATCH)
        with sessions() as session:
            return sum(len(part) for part in session.connection().execute(query).partitions())

    def rows_built() -> int:
        with sessions() as session:
            return sum(1 for _ in exports.iter_rows(session, filters))

    def csv_written() -> int:
        with sessions() as session, open(os.devnull, "wb") as sink:
            return exports.write_rows(exports.iter_rows(session, filters), sink, format="csv")

    rows = []
    previous = 0.0
    for stage, run in (
        ("fetch rows (iter_rows' query)", rows_only),
        ("+ a row per night: dates, times, side effects (iter_rows)", rows_built),
        ("+ CSV to /dev/null (write_rows)", csv_written),
    ):
        gc.freeze()  # as `bot.py export` does: the collector skips what was there before
        t0 = time.perf_counter()
        count = run()
        took = time.perf_counter() - t0
        gc.unfreeze()
        rows.append(
            [
                name,
                stage,
                f"{took:.2f}",
                f"{took - previous:+.2f}" if previous else "",
                f"{took / count * 1e6:.1f}",
            ]
        )
        previous = took
    return rows


# -- the staff and patient queries ------------------------------------------------------------


def timed(run: Callable[[], object], repeat: int, *, budget_s: float) -> list[float]:
    """Up to `repeat` runs, fewer once `budget_s` is spent; a timed-out run counts as inf."""
    timings: list[float] = []
    started = time.perf_counter()
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
    return timings


def _ms(seconds: float) -> str:
    return (
        f"> {STATEMENT_TIMEOUT_S:g} s (timed out)"
        if seconds == float("inf")
        else (f"{seconds * 1000:.1f}")
    )


def query_figures(
    name: str, engine: Engine, patients: int, today: dt.date, repeat: int
) -> list[list[str]]:
    from storage import diary, roster
    from storage.db import make_session_factory

    sessions = make_session_factory(engine)
    rng = random.Random(7)
    now = dt.datetime.combine(today, dt.time(12), dt.UTC)
    since = today - dt.timedelta(days=6)
    found: list[int] = []

    def summary() -> None:
        with sessions() as session:
            found.append(
                len(
                    diary.recent_entries(
                        session, rng.randint(1, patients), since=since, until=today
                    )
                )
            )

    roster_sizes: list[int] = []

    def bounded(session: Session) -> Session:
        # A roster query that runs for minutes is a figure too: stop it and say so.
        if engine.dialect.name == "postgresql":
            session.execute(text(f"SET LOCAL statement_timeout = '{STATEMENT_TIMEOUT_S:g}s'"))
        return session

    def everyone() -> None:
        with sessions() as session:
            bounded(session)
            roster_sizes.append(len(roster.roster_rows(session, now=now)))

    def one_label() -> None:
        label = f"B-{10_000_000 + rng.randrange(patients)}"
        with sessions() as session:
            bounded(session)
            roster_sizes.append(len(roster.roster_rows(session, now=now, label=label)))

    rows = []
    for what, run, times in (
        ("/summary: recent_entries, 7 nights", summary, repeat * 5),
        (f"/patients: roster_rows, all {patients:,}", everyone, max(3, repeat // 2)),
        ("/patient LABEL: roster_rows(label=)", one_label, repeat),
    ):
        timings = timed(run, times, budget_s=20.0)
        median = statistics.median(timings)
        rows.append(
            [
                name,
                what,
                str(len(timings)),
                _ms(timings[0]),
                _ms(median),
                _ms(percentile(timings, 0.95)),
                verdict(median <= QUERY_TARGET_S),
            ]
        )
    assert found and all(n == 7 for n in found), found[:10]
    return rows


# -- main --------------------------------------------------------------------------------------


def progress(line: str) -> None:
    """A line as each stage ends, so a long run shows life (the tables follow each engine)."""
    print(line, file=sys.stderr, flush=True)


def per_engine(name: str, url: str, args: argparse.Namespace, workdir: Path) -> None:
    """Fill one database, measure, and print its tables (what was measured, even on error)."""
    tables: dict[str, list[list[str]]] = {"fill": [], "export": [], "queries": [], "breakdown": []}
    today = dt.datetime.now(dt.UTC).date()
    engine = migrated_engine(url)
    try:
        t0 = time.perf_counter()
        steps = fill(engine, args.patients, args.nights, today)
        total = time.perf_counter() - t0
        counts = check_fill(engine)
        tables["fill"].append(
            [
                name,
                f"{args.patients:,} x {args.nights}",
                f"{counts['nights']:,}",
                f"{counts['side effects']:,}",
                " ".join(f"{k} {v:.1f}" for k, v in steps.items()),
                f"{total:.1f}",
            ]
        )
        progress(f"{name}: {counts['nights']:,} nights filled in {total:.1f} s")
        tables["export"] += export_figures(name, url, counts["nights"], workdir)
        progress(f"{name}: export {' s / '.join(tables['export'][-1][2:4])} MB")
        tables["queries"] += query_figures(name, engine, args.patients, today, args.repeat)
        progress(f"{name}: queries done")
        if not args.no_breakdown:
            tables["breakdown"] += breakdown(name, engine)
    finally:
        engine.dispose()
        print_tables(tables)


def print_tables(tables: dict[str, list[list[str]]]) -> None:
    if tables["fill"]:
        print_table(
            "Fill (bulk INSERT ... SELECT; seconds)",
            tables["fill"],
            ["database", "patients x nights", "nights", "side effects", "steps s", "total s"],
        )
    if tables["export"]:
        print_table(
            f"CSV export, `bot.py export --format csv --out FILE` in a subprocess "
            f"(targets <= {EXPORT_TARGET_S:g} s, <= {EXPORT_TARGET_MB:g} MB peak RSS)",
            tables["export"],
            ["database", "nights", "wall s", "peak RSS MB", "CPU s", "nights/s", "time / memory"],
        )
    if tables["queries"]:
        print_table(
            f"Patient and staff queries with that much data (ms; target median <= "
            f"{QUERY_TARGET_S * 1000:g} ms)",
            tables["queries"],
            ["database", "query", "runs", "first", "median", "p95", "<= 50 ms"],
        )
    if tables["breakdown"]:
        print_table(
            "Where the export's time goes (in-process, cumulative passes)",
            tables["breakdown"],
            ["database", "pass", "s", "stage adds s", "us/night"],
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="200 patients x 50 nights (CI)")
    parser.add_argument("--patients", type=int, default=None)
    parser.add_argument("--nights", type=int, default=None)
    parser.add_argument("--repeat", type=int, default=None, help="runs per query (median)")
    parser.add_argument("--skip-postgres", action="store_true")
    parser.add_argument("--skip-sqlite", action="store_true")
    parser.add_argument("--no-breakdown", action="store_true", help="skip the in-process passes")
    args = parser.parse_args(argv)
    args.patients = args.patients or (200 if args.quick else 10_000)
    args.nights = args.nights or (50 if args.quick else 100)
    args.repeat = args.repeat or (5 if args.quick else 11)
    print_machine()
    with tempfile.TemporaryDirectory(prefix="bench-export-") as tmp:
        workdir = Path(tmp)
        if not args.skip_sqlite:
            per_engine("SQLite", sqlite_url(workdir, "export.db"), args, workdir)
        if not args.skip_postgres:
            with postgres_database("bench_export") as pg_url:
                if pg_url:
                    per_engine("PostgreSQL", pg_url, args, workdir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
