"""`sleepdiary backup`: a consistent copy of a live SQLite database."""

from __future__ import annotations

import datetime as dt
import os
import stat
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from storage import migrate
from storage.db import make_engine, make_session_factory
from storage.models import Patient
from tests.conftest import needs_postgres
from tests.harness import enrolled_patient

ROOT = Path(__file__).resolve().parent.parent


def test_backup_copies_everything_and_is_private(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'live.db'}"
    engine = make_engine(url)
    migrate.upgrade(engine)
    sessions = make_session_factory(engine)
    for n in range(5):
        enrolled_patient(sessions, user_id=n + 1, now=dt.datetime(2026, 11, 1, tzinfo=dt.UTC))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_"))}
    out = tmp_path / "copies" / "backup.db"
    result = subprocess.run(
        [sys.executable, str(ROOT / "bot.py"), "backup", "--out", str(out)],
        env={**env, "DATABASE_URL": url},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    copy = make_engine(f"sqlite:///{out}")
    with make_session_factory(copy)() as session:
        assert session.scalar(select(func.count()).select_from(Patient)) == 5
    engine.dispose()
    copy.dispose()


@needs_postgres
def test_backup_points_postgresql_users_to_pg_dump(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_"))}
    env["DATABASE_URL"] = os.environ["TEST_DATABASE_URL"]
    result = subprocess.run(
        [sys.executable, str(ROOT / "bot.py"), "backup", "--out", str(tmp_path / "x")],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "pg_dump" in result.stderr
