"""Apply Alembic migrations from code: `sleepdiary db upgrade`, and `sleepdiary run` at start."""

from __future__ import annotations

import contextlib
import fcntl
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import SQLAlchemyError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option(
        "sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%")
    )
    return config


# Any constant: processes starting together on PostgreSQL migrate one after another.
MIGRATION_LOCK = 7_315_200_401


@contextlib.contextmanager
def _one_at_a_time(engine: Engine) -> Iterator[Connection]:
    """A transaction that no other process migrating the same database runs alongside:
    a PostgreSQL advisory lock, or for SQLite an exclusive lock on a file beside the database."""
    database = engine.url.database
    if engine.dialect.name == "sqlite" and database and database != ":memory:":
        with open(f"{database}.migrate-lock", "w") as lock_file:
            fcntl.flock(lock_file, fcntl.LOCK_EX)
            with engine.begin() as connection:
                yield connection
        return
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        yield connection


def upgrade(engine: Engine, revision: str = "head") -> None:
    if revision == "head" and at_head(engine):
        return  # what `sleepdiary run` finds at nearly every start: alembic is not even loaded
    from alembic import command

    with _one_at_a_time(engine) as connection:
        config = alembic_config(engine)
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def downgrade(engine: Engine, revision: str = "base") -> None:
    from alembic import command

    with _one_at_a_time(engine) as connection:
        config = alembic_config(engine)
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


def revision_message(engine: Engine, message: str) -> None:
    """Autogenerate a new migration against this engine (a developer's tool)."""
    from alembic import command

    with engine.begin() as connection:
        config = alembic_config(engine)
        config.attributes["connection"] = connection
        command.revision(config, message=message, autogenerate=True)


# -- already at head? ------------------------------------------------------------------------
# Importing alembic takes about 0.2 s, a tenth of the start-up budget, only for it to find the
# database already at the newest revision. So the revision the database is at is read first,
# and alembic runs only when it is not HEAD_REVISION.

# The newest migration in migrations/versions. A new migration must change it:
# tests/test_migrations.py compares it with alembic's own head.
HEAD_REVISION = "0003"


def at_head(engine: Engine) -> bool:
    """Whether the database is already at HEAD_REVISION (False when unsure)."""
    try:
        with engine.connect() as connection:
            found = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    except SQLAlchemyError:  # no version table yet: a new database
        return False
    return [row[0] for row in found] == [HEAD_REVISION]
