"""Shared by the benchmarks: databases full of patients, the machine, percentiles, tables.

Patients are written with one bulk INSERT per 5,000 rows (not the ORM's one flush per
patient), so 10,000 of them take well under a second on SQLite.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import platform
import subprocess
import sys
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import Engine, create_engine, insert, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from storage import migrate  # noqa: E402
from storage.db import make_engine  # noqa: E402
from storage.models import Patient  # noqa: E402

POSTGRES_SERVER = os.environ.get(
    "BENCH_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
# Telegram user ids of benchmark patients start here (chat id == user id: private chats).
FIRST_USER_ID = 10_000_000
# A fixed token for the emulator, so a bot in another process can be pointed at it.
TOKEN = "123456789:BENCHMARKbenchmarkBENCHMARKbenchmark"
LIBRARIES = (
    "python-telegram-bot",
    "httpx",
    "aiohttp",
    "SQLAlchemy",
    "psycopg",
    "APScheduler",
    "aiolimiter",
)


# -- databases ------------------------------------------------------------------------------


def sqlite_url(directory: Path, name: str = "bench.db") -> str:
    return f"sqlite:///{directory / name}"


@contextlib.contextmanager
def postgres_database(prefix: str) -> Iterator[str | None]:
    """A fresh PostgreSQL database, dropped afterwards; None when no server answers."""
    server = make_url(POSTGRES_SERVER)
    name = f"{prefix}_{uuid.uuid4().hex[:8]}"
    admin = create_engine(server.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as error:  # no server, no rights: the PostgreSQL figures are skipped
        print(f"(PostgreSQL at {server.render_as_string()} unavailable: {type(error).__name__})")
        admin.dispose()
        yield None
        return
    try:
        yield server.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def migrated_engine(url: str) -> Engine:
    engine = make_engine(url)
    migrate.upgrade(engine)
    return engine


@dataclass(frozen=True)
class Cohort:
    """`count` enrolled patients alike but for their time zones (cycled)."""

    count: int
    timezones: Sequence[str]
    checkin_time: dt.time
    next_checkin_at: dt.datetime  # aware UTC
    next_summary_at: dt.datetime  # aware UTC
    first_user_id: int = FIRST_USER_ID


def add_patients(engine: Engine, cohort: Cohort, *, now: dt.datetime) -> list[int]:
    """Insert active patients in bulk; returns their Telegram user ids (== chat ids)."""
    rows = []
    for n in range(cohort.count):
        user_id = cohort.first_user_id + n
        rows.append(
            {
                "label": f"B-{user_id}",
                "telegram_user_id": user_id,
                "chat_id": user_id,
                "timezone": cohort.timezones[n % len(cohort.timezones)],
                "checkin_time": cohort.checkin_time,
                "summary_weekday": 6,
                "status": "active",
                "consented_at": now,
                "created_at": now,
                "next_checkin_at": cohort.next_checkin_at,
                "next_summary_at": cohort.next_summary_at,
            }
        )
    with engine.begin() as connection:
        for start in range(0, len(rows), 5000):
            connection.execute(insert(Patient), rows[start : start + 5000])
    return [row["telegram_user_id"] for row in rows]


# -- processes ------------------------------------------------------------------------------


def rss_mb(pid: int) -> float:
    """Resident set size of a process in MB (Linux /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for process {pid}")


def bench_env(**extra: str) -> dict[str, str]:
    """The environment for a bot subprocess: ours, the project on the path, quiet logs."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env.update(extra)
    return env


# -- figures --------------------------------------------------------------------------------


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..1); nan for no values."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def print_table(title: str, rows: Iterable[Sequence[object]], header: Sequence[str]) -> None:
    """A plain aligned table (also valid Markdown, so BENCHMARKS.md can take it as printed)."""
    body = [[str(cell) for cell in row] for row in rows]
    widths = [
        max(len(h), *(len(r[i]) for r in body)) if body else len(h) for i, h in enumerate(header)
    ]
    print(f"\n{title}\n")
    print("| " + " | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in body:
        print("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |")
    sys.stdout.flush()


def verdict(ok: bool) -> str:
    return "meets" if ok else "MISSES"


def machine() -> dict[str, str]:
    """What the figures were measured on."""
    cpu = "?"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = "?"
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        memory = subprocess.run(
            ["free", "-h"], capture_output=True, text=True, check=True
        ).stdout.splitlines()[1]
        memory = " ".join(memory.split()[:2]).replace("Mem:", "total")
    versions = []
    for name in LIBRARIES:
        with contextlib.suppress(metadata.PackageNotFoundError):
            versions.append(f"{name} {metadata.version(name)}")
    return {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cpus": str(os.cpu_count()),
        "cpu": cpu,
        "memory": memory,
        "python": platform.python_version(),
        "os": platform.platform(),
        "libraries": ", ".join(versions),
    }


def print_machine() -> None:
    print("machine: " + "; ".join(f"{k} {v}" for k, v in machine().items()))
    sys.stdout.flush()
