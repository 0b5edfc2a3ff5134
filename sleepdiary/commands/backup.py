"""`sleepdiary backup --out FILE`: a consistent copy of the live SQLite database."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sleepdiary.cli import settings
from sleepdiary.database import open_database
from storage.backup import BackupNotSupported, backup_sqlite


def backup(args: argparse.Namespace) -> int:
    engine = open_database(settings(), migrate_to=None)
    try:
        pages = backup_sqlite(engine, Path(args.out))
    except BackupNotSupported:
        print(
            "sleepdiary backup copies SQLite databases. For PostgreSQL use pg_dump, e.g. "
            "pg_dump --format=custom --file=sleepdiary.dump DBNAME",
            file=sys.stderr,
        )
        return 2
    print(f"backed up {pages} pages to {args.out}")
    return 0
