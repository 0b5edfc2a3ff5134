"""A message the database refuses: the patient still hears, and a crisis still reaches staff.

The fault is real: a trigger in the database refuses writes to a table, as a full disk or a
broken schema would, and the real bot handles the update through the emulator.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session, sessionmaker

from bot.texts import common
from sleepdiary.emulated import emulated_bot
from storage.models import DiaryEntryRow, InboxUpdate, SafetyEvent
from tests.harness import Clock, bundled_kb, enrolled_patient

USER = 720_001
STAFF_CHAT = -100500  # STAFF_CHAT_ID in the test settings
MORNING = dt.datetime(2026, 11, 24, 13, 5, tzinfo=dt.UTC)  # 08:05 in New York


def refuse_writes(sessions: sessionmaker[Session], *tables: str) -> None:
    with sessions.begin() as session:
        postgres = session.get_bind().dialect.name == "postgresql"
        if postgres:
            session.execute(
                text(
                    "CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN "
                    "RAISE EXCEPTION 'refused by the test'; END $$ LANGUAGE plpgsql"
                )
            )
        for table in tables:
            session.execute(
                text(
                    f"CREATE TRIGGER refuse_{table} BEFORE INSERT ON {table} "
                    "FOR EACH ROW EXECUTE FUNCTION refuse()"
                    if postgres
                    else f"CREATE TRIGGER refuse_{table} BEFORE INSERT ON {table} "
                    "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
                )
            )


def stored(sessions: sessionmaker[Session]) -> tuple[int, int, bool]:
    """Nights, safety events, and whether every update is marked handled."""
    with sessions() as session:
        nights = len(session.scalars(select(DiaryEntryRow)).all())
        events = len(session.scalars(select(SafetyEvent)).all())
        updates = session.scalars(select(InboxUpdate)).all()
    return nights, events, all(u.processed_at is not None for u in updates)


async def test_a_night_the_database_refuses_gets_a_kind_reply(settings, sessions) -> None:
    clock = Clock(MORNING)
    enrolled_patient(sessions, user_id=USER, now=clock.now - dt.timedelta(days=3))
    refuse_writes(sessions, "entry_messages")
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=clock) as running:
        emu = running.emulator
        emu.send_text(USER, "bed at 11, asleep by half past, up once, alarm at 6:45")
        sorry = await emu.wait_for_message(USER)
        assert sorry.text == common.NOT_SAVED
        await running.idle()
    assert stored(sessions) == (0, 0, True)


# A crisis and an urgent night, with the heading each alert opens with.
ALARMS = [
    ("bed at 11, woke at 6, honestly i want to kill myself", "CRISIS"),
    ("bed at 11, woke at 6, crushing chest pain and it's still there", "URGENT"),
]


@pytest.mark.parametrize(("words", "heading"), ALARMS)
async def test_a_crisis_in_a_refused_night_still_reaches_staff(
    settings, sessions, words: str, heading: str
) -> None:
    clock = Clock(MORNING)
    enrolled_patient(sessions, user_id=USER, now=clock.now, label="P-0042")
    refuse_writes(sessions, "entry_messages")
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=clock) as running:
        emu = running.emulator
        emu.send_text(USER, words)
        reply = await emu.wait_for_message(USER, contains="911")
        alert = await emu.wait_for_message(STAFF_CHAT, contains="P-0042", since=0)
        assert heading in alert.text and words in alert.text
        await running.idle()
        assert common.NOT_SAVED not in emu.texts_to(USER)
    with sessions() as session:
        event = session.scalars(select(SafetyEvent)).one()
    assert f"/ack {event.id}" in alert.text and event.alert_sent_at is not None
    assert "saved" not in reply.text  # the diary has nothing of it
    assert stored(sessions) == (0, 1, True)


@pytest.mark.parametrize(("words", "heading"), ALARMS)
async def test_a_crisis_nothing_can_be_saved_for_is_alerted_from_memory(
    settings, sessions, words: str, heading: str
) -> None:
    clock = Clock(MORNING)
    enrolled_patient(sessions, user_id=USER, now=clock.now, label="P-0042")
    refuse_writes(sessions, "entry_messages", "safety_events")
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=clock) as running:
        emu = running.emulator
        emu.send_text(USER, words)
        reply = await emu.wait_for_message(USER, contains="911")
        # The reply promises nothing the database did not keep.
        assert "saved" not in reply.text
        alert = await emu.wait_for_message(STAFF_CHAT, contains="P-0042", since=0)
        assert heading in alert.text and words in alert.text
        assert "nothing to /ack" in alert.text
    assert stored(sessions)[:2] == (0, 0)
