"""Opening the configured database, turning connection failures into a settings message."""

from __future__ import annotations

from sqlalchemy import Engine

from sleepdiary.settings import Settings, SettingsError
from storage import migrate
from storage.db import DatabaseUnavailable, check_connection, make_engine


def open_database(settings: Settings, *, migrate_to: str | None = "head") -> Engine:
    try:
        engine = make_engine(settings.database_url)
        check_connection(engine)
    except (DatabaseUnavailable, OSError) as error:
        raise SettingsError(
            f"DATABASE_URL: cannot open the database ({error}); use a reachable database such "
            "as sqlite:///sleepdiary.db or postgresql+psycopg://user:password@host/dbname."
        ) from None
    if migrate_to:
        migrate.upgrade(engine, migrate_to)
    return engine
