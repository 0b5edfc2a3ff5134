"""`sleepdiary db upgrade|downgrade`."""

from __future__ import annotations

import argparse

from sleepdiary.cli import settings
from sleepdiary.database import open_database
from storage import migrate


def upgrade(args: argparse.Namespace) -> int:
    engine = open_database(settings(), migrate_to=None)
    migrate.upgrade(engine, args.revision)
    print(f"database is at revision {args.revision}")
    return 0


def downgrade(args: argparse.Namespace) -> int:
    engine = open_database(settings(), migrate_to=None)
    migrate.downgrade(engine, args.revision)
    print(f"database is at revision {args.revision}")
    return 0
