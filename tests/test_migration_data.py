"""Upgrading a database that holds a clinic's data loses nothing."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import MetaData, func, insert, select

from storage import migrate
from storage.db import make_engine, make_session_factory
from storage.diary import export_nights

T0 = dt.datetime(2026, 10, 1, 12, 0)  # naive UTC, as stored


def test_data_written_at_the_first_migration_survives_upgrade_to_head(database_url) -> None:
    engine = make_engine(database_url)
    migrate.upgrade(engine, "0001")
    tables = MetaData()
    tables.reflect(engine)
    patients, entries = tables.tables["patients"], tables.tables["diary_entries"]
    messages, changes = tables.tables["entry_messages"], tables.tables["entry_changes"]
    effects = tables.tables["side_effects"]
    with engine.begin() as connection:
        for n in range(3):
            connection.execute(
                insert(patients).values(
                    id=n + 1,
                    label=f"P-{n}",
                    telegram_user_id=100 + n,
                    chat_id=100 + n,
                    timezone="America/New_York",
                    checkin_time=dt.time(8),
                    summary_weekday=6,
                    status="active",
                    consented_at=T0,
                    created_at=T0,
                )
            )
            for day in range(5):
                entry_id = n * 10 + day + 1
                connection.execute(
                    insert(entries).values(
                        id=entry_id,
                        patient_id=n + 1,
                        diary_date=dt.date(2026, 10, 2 + day),
                        bedtime=dt.time(23),
                        final_wake=dt.time(7),
                        awakenings=day,
                        quality=3,
                        no_side_effects=None,
                        evidence={"bedtime": "bed 11"},
                        source="free_text",
                        answered_at=T0,
                        updated_at=T0,
                        edits=0,
                        version=1,
                    )
                )
                connection.execute(
                    insert(messages).values(
                        id=entry_id,
                        entry_id=entry_id,
                        telegram_message_id=day,
                        kind="message",
                        text=f"bed 11 woke {day} times",
                        received_at=T0,
                    )
                )
                connection.execute(
                    insert(changes).values(
                        entry_id=entry_id,
                        message_id=entry_id,
                        field="awakenings",
                        old_value=None,
                        new_value=str(day),
                        changed_at=T0,
                    )
                )
            connection.execute(
                insert(effects).values(entry_id=n * 10 + 1, name="nausea", severity="mild")
            )

    migrate.upgrade(engine)

    with engine.connect() as connection:
        after = MetaData()
        after.reflect(connection)
        counts = {
            name: connection.scalar(select(func.count()).select_from(after.tables[name]))
            for name in (
                "patients",
                "diary_entries",
                "entry_messages",
                "entry_changes",
                "side_effects",
            )
        }
    assert counts == {
        "patients": 3,
        "diary_entries": 15,
        "entry_messages": 15,
        "entry_changes": 15,
        "side_effects": 3,
    }
    with make_session_factory(engine)() as session:
        nights = export_nights(session)
    assert len(nights) == 15
    first = nights[0]
    assert (first.patient, first.entry.bedtime, first.entry.awakenings) == ("P-0", dt.time(23), 0)
    assert [(se.name, se.severity) for se in first.entry.side_effects or []] == [("nausea", "mild")]
    engine.dispose()
