"""A consistent copy of a live SQLite database (SQLite's online backup API)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy import Engine


class BackupNotSupported(Exception):
    """The engine has its own tools for this (PostgreSQL: pg_dump)."""


def backup_sqlite(engine: Engine, out: Path) -> int:
    """Copy the database to `out` while the bot keeps writing; returns the pages copied.

    The copy is made page by page under SQLite's own locking, so it is a consistent snapshot
    even with the bot running, and it is created readable by its owner only, like the original.
    """
    if engine.dialect.name != "sqlite":
        raise BackupNotSupported(engine.dialect.name)
    source_path = engine.url.database
    if not source_path or source_path == ":memory:":
        raise BackupNotSupported("in-memory sqlite")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".partial")
    tmp.unlink(missing_ok=True)
    os.close(os.open(tmp, os.O_CREAT | os.O_WRONLY, 0o600))
    pages = 0

    def progress(_status: int, remaining: int, total: int) -> None:
        nonlocal pages
        pages = total - remaining

    source = sqlite3.connect(source_path)
    try:
        target = sqlite3.connect(tmp)
        try:
            source.backup(target, pages=256, progress=progress)
        finally:
            target.close()
    finally:
        source.close()
    tmp.replace(out)
    return pages
