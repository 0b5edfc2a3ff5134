"""Engines and sessions: SQLite (the embedded default) and PostgreSQL behave alike here."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker


class DatabaseUnavailable(Exception):
    """The database named by DATABASE_URL cannot be reached or opened."""


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine with the pragmas a clinic's data needs on SQLite.

    The SQLite file is created readable and writable by its owner only, foreign keys are
    enforced (off by default in SQLite), and WAL lets readers work while the bot writes.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:" and not database.startswith("file:"):
            _create_private_file(Path(database))
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(url, **kwargs)


def _create_private_file(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    # SQLite gives its -wal and -shm files the database file's permissions.
    os.chmod(path, 0o600)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    # 512 KiB of page cache per pooled connection instead of SQLite's 2 MB: the bot's reads
    # touch a few rows per message, and a connection's cache is dropped anyway whenever
    # another connection writes (WAL), so a bigger one mostly holds memory.
    cursor.execute("PRAGMA cache_size=-512")
    cursor.close()


def check_connection(engine: Engine) -> None:
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except SQLAlchemyError as error:
        reason = str(error.orig if getattr(error, "orig", None) else error).splitlines()[0]
        raise DatabaseUnavailable(reason) from None


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
