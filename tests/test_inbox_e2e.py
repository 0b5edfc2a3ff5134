"""Nothing a patient writes is lost across a crash, and nothing is recorded twice."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from handlers.jobs import tick
from sleepdiary.emulated import emulated_bot
from sleepdiary.emulator import BotApiEmulator
from storage import inbox
from storage.models import EntryMessage, InboxUpdate
from tests.harness import Clock, bundled_kb, enrolled_patient

USER = 640_001
MORNING = dt.datetime(2026, 11, 24, 13, 5, tzinfo=dt.UTC)


def _message_update(update_id: int, text: str, message_id: int = 1) -> dict:  # type: ignore[type-arg]
    return {
        "update_id": update_id,
        "message": {
            "message_id": message_id,
            "date": int(MORNING.timestamp()),
            "chat": {"id": USER, "type": "private", "first_name": "P"},
            "from": {"id": USER, "is_bot": False, "first_name": "P"},
            "text": text,
        },
    }


async def test_an_update_stored_but_not_handled_is_handled_after_a_restart(
    settings, sessions
) -> None:
    clock = Clock(MORNING)
    enrolled_patient(sessions, user_id=USER, now=clock.now)
    # The process stored the update (and so confirmed it to Telegram), then died.
    with sessions.begin() as session:
        inbox.store(session, [(77, _message_update(77, "bed at 11, woke at 7"))], clock.now)
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=clock) as running:
        await running.emulator.wait_for_message(USER, since=0)
    with sessions() as session:
        assert session.scalars(select(EntryMessage.text)).all() == ["bed at 11, woke at 7"]
        stored = session.get(InboxUpdate, 77)
        assert stored is not None and stored.processed_at is not None and stored.payload is None


async def test_the_same_update_twice_is_recorded_once(settings, sessions) -> None:
    clock = Clock(MORNING)
    enrolled_patient(sessions, user_id=USER, now=clock.now)
    async with BotApiEmulator() as telegram:
        async with emulated_bot(
            settings, sessions, bundled_kb(settings), clock=clock, emulator=telegram
        ) as running:
            telegram.send_text(USER, "bed at 11")
            update_id = telegram.world.history[-1]["update_id"]
            await running.idle()
        async with emulated_bot(
            settings, sessions, bundled_kb(settings), clock=clock, emulator=telegram
        ) as running:
            # Telegram sends it again (say the offset was never confirmed): same update id.
            telegram.redeliver(update_id)
            await running.idle()
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(EntryMessage)) == 1


async def test_handled_updates_are_forgotten_after_a_week(settings, sessions) -> None:
    clock = Clock(MORNING)
    enrolled_patient(sessions, user_id=USER, now=clock.now)
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=clock) as running:
        running.emulator.send_text(USER, "bed at 11")
        await running.idle()
        clock.advance(days=6)
        await tick(running.application)
        with sessions() as session:
            assert session.scalar(select(func.count()).select_from(InboxUpdate)) == 1
        clock.advance(days=2)
        await tick(running.application)
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(InboxUpdate)) == 0
        assert session.scalar(select(func.count()).select_from(EntryMessage)) == 1
