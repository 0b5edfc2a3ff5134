"""Migrations: upgrade an empty database, downgrade to base, upgrade again, on both engines."""

from __future__ import annotations

import stat
from pathlib import Path

from sqlalchemy import inspect

from storage import migrate
from storage.db import make_engine
from storage.models import Base

TABLES = set(Base.metadata.tables)


def test_upgrade_downgrade_upgrade(database_url: str) -> None:
    engine = make_engine(database_url)
    migrate.upgrade(engine)
    assert set(inspect(engine).get_table_names()) >= TABLES
    migrate.downgrade(engine, "base")
    assert not TABLES & set(inspect(engine).get_table_names())
    migrate.upgrade(engine)
    assert set(inspect(engine).get_table_names()) >= TABLES
    engine.dispose()


def test_models_and_migrations_agree(engine) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []


def test_sqlite_file_is_private_and_uses_wal(tmp_path: Path) -> None:
    path = tmp_path / "diary.db"
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()


def test_processes_starting_together_migrate_one_after_another(database_url: str) -> None:
    import threading

    engines = [make_engine(database_url) for _ in range(3)]
    errors: list[BaseException] = []

    def start(engine) -> None:  # type: ignore[no-untyped-def]
        try:
            migrate.upgrade(engine)
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=start, args=(e,)) for e in engines]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert set(inspect(engines[0]).get_table_names()) >= TABLES
    for engine in engines:
        engine.dispose()


def test_the_head_revision_is_alembics() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config(make_engine("sqlite://")))
    assert script.get_current_head() == migrate.HEAD_REVISION


def test_only_a_database_at_the_head_skips_alembic(database_url: str) -> None:
    engine = make_engine(database_url)
    assert not migrate.at_head(engine)  # new: no version table
    migrate.upgrade(engine, "0002")
    assert not migrate.at_head(engine)
    migrate.upgrade(engine)
    assert migrate.at_head(engine)
    migrate.upgrade(engine)  # at the head: returns without running alembic
    assert migrate.at_head(engine)
    migrate.downgrade(engine, "0002")
    assert not migrate.at_head(engine)
    engine.dispose()


def test_starting_on_a_database_at_the_head_does_not_load_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    url = f"sqlite:///{tmp_path / 'diary.db'}"
    engine = make_engine(url)
    migrate.upgrade(engine)
    engine.dispose()
    child = (
        "import sys\nfrom storage import migrate\nfrom storage.db import make_engine\n"
        f"migrate.upgrade(make_engine({url!r}))\nprint('alembic' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", child], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "False"
