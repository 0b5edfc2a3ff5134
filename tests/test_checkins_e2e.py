"""Daily check-ins and reminders through the real Application and emulator, clock in hand."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from handlers.jobs import tick
from sleepdiary.emulated import emulated_bot
from storage.models import CheckIn, Patient
from tests.harness import Clock, bundled_kb, enrolled_patient

USER = 800_001
UTC = dt.UTC


def checkin_texts(emu, chat_id: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [t for t in emu.texts_to(chat_id) if "How did you sleep" in t]


def reminder_texts(emu, chat_id: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [t for t in emu.texts_to(chat_id) if "gentle nudge" in t]


async def test_checkin_at_local_time_once_then_one_reminder(settings, sessions) -> None:
    # Enrolled the evening before; 08:00 in New York is 13:00 UTC in November.
    clock = Clock(dt.datetime(2026, 11, 23, 23, 0, tzinfo=UTC))
    enrolled_patient(sessions, user_id=USER, now=clock.now)
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=clock) as running:
        emu = running.emulator
        clock.now = dt.datetime(2026, 11, 24, 12, 59, tzinfo=UTC)
        await tick(running.application)
        assert checkin_texts(emu, USER) == []
        clock.now = dt.datetime(2026, 11, 24, 13, 0, 20, tzinfo=UTC)
        await tick(running.application)
        await tick(running.application)
        assert len(checkin_texts(emu, USER)) == 1
        clock.advance(minutes=179)
        await tick(running.application)
        assert reminder_texts(emu, USER) == []
        clock.advance(minutes=2)
        await tick(running.application)
        await tick(running.application)
        assert len(reminder_texts(emu, USER)) == 1
    with sessions() as session:
        checkin = session.scalars(select(CheckIn)).one()
        assert checkin.diary_date == dt.date(2026, 11, 24)
        assert checkin.reminder_sent_at is not None


async def test_no_reminder_after_an_answer(settings, sessions) -> None:
    clock = Clock(dt.datetime(2026, 11, 23, 23, 0, tzinfo=UTC))
    enrolled_patient(sessions, user_id=USER, now=clock.now)
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=clock) as running:
        emu = running.emulator
        clock.now = dt.datetime(2026, 11, 24, 13, 0, 5, tzinfo=UTC)
        await tick(running.application)
        clock.advance(minutes=30)
        emu.send_text(USER, "bed at 11, woke at 7")
        await running.idle()
        clock.advance(hours=4)
        await tick(running.application)
        assert reminder_texts(emu, USER) == []


async def test_no_checkin_for_a_night_already_logged(settings, sessions) -> None:
    clock = Clock(dt.datetime(2026, 11, 24, 11, 30, tzinfo=UTC))  # 06:30 in New York
    enrolled_patient(sessions, user_id=USER, now=clock.now - dt.timedelta(days=1))
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=clock) as running:
        running.emulator.send_text(USER, "bed at 11, woke at 6, slept well")
        await running.idle()
        clock.now = dt.datetime(2026, 11, 24, 13, 0, 5, tzinfo=UTC)
        await tick(running.application)
        assert checkin_texts(running.emulator, USER) == []


async def test_daylight_saving_keeps_the_local_time(settings, sessions) -> None:
    # New York falls back on 1 November 2026: 08:00 is 12:00 UTC before, 13:00 UTC after.
    clock = Clock(dt.datetime(2026, 10, 30, 20, 0, tzinfo=UTC))
    enrolled_patient(sessions, user_id=USER, now=clock.now)
    sent_at: list[dt.datetime] = []
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=clock) as running:
        emu = running.emulator
        while clock.now < dt.datetime(2026, 11, 3, 0, 0, tzinfo=UTC):
            before = len(checkin_texts(emu, USER))
            await tick(running.application)
            if len(checkin_texts(emu, USER)) > before:
                sent_at.append(clock.now)
            clock.advance(minutes=15)
    assert [t.strftime("%m-%d %H:%M") for t in sent_at] == [
        "10-31 12:00",
        "11-01 13:00",
        "11-02 13:00",
    ]


async def test_a_checkin_missed_while_down_is_sent_until_noon_only(settings, sessions) -> None:
    clock = Clock(dt.datetime(2026, 11, 23, 23, 0, tzinfo=UTC))
    enrolled_patient(sessions, user_id=USER, now=clock.now)
    enrolled_patient(sessions, user_id=USER + 1, now=clock.now, timezone="America/Los_Angeles")
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=clock) as running:
        # Down until 10:30 in New York (07:30 in Los Angeles, not yet due there).
        clock.now = dt.datetime(2026, 11, 24, 15, 30, tzinfo=UTC)
        await tick(running.application)
        assert len(checkin_texts(running.emulator, USER)) == 1
        # Down again from before 08:00 Los Angeles until 12:30 there: too late to ask.
        clock.now = dt.datetime(2026, 11, 24, 20, 30, tzinfo=UTC)
        await tick(running.application)
        assert checkin_texts(running.emulator, USER + 1) == []
    with sessions() as session:
        later = session.scalars(select(Patient).where(Patient.telegram_user_id == USER + 1)).one()
        assert later.next_checkin_at == dt.datetime(2026, 11, 25, 16, 0, tzinfo=UTC)


async def test_two_bots_on_one_database_send_one_checkin(settings, sessions) -> None:
    clock = Clock(dt.datetime(2026, 11, 23, 23, 0, tzinfo=UTC))
    for n in range(20):
        enrolled_patient(sessions, user_id=USER + n, now=clock.now)
    kb = bundled_kb(settings)
    clock.now = dt.datetime(2026, 11, 24, 13, 0, 5, tzinfo=UTC)
    async with (
        emulated_bot(settings, sessions, kb, clock=clock) as first,
        emulated_bot(
            settings, sessions, kb, clock=clock, emulator=first.emulator, poll=False
        ) as second,
    ):
        import asyncio

        await asyncio.gather(tick(first.application), tick(second.application))
        await asyncio.gather(tick(first.application), tick(second.application))
        for n in range(20):
            assert len(checkin_texts(first.emulator, USER + n)) == 1
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(CheckIn)) == 20


async def test_blocked_patient_is_marked_unreachable_and_restored_by_writing(
    settings, sessions
) -> None:
    clock = Clock(dt.datetime(2026, 11, 23, 23, 0, tzinfo=UTC))
    enrolled_patient(sessions, user_id=USER, now=clock.now)
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=clock) as running:
        running.emulator.block_bot(USER)
        clock.now = dt.datetime(2026, 11, 24, 13, 0, 5, tzinfo=UTC)
        await tick(running.application)
        with sessions() as session:
            assert session.scalars(select(Patient.status)).one() == "unreachable"
        running.emulator.unblock_bot(USER)
        running.emulator.send_text(USER, "hi, sorry, I'm back")
        await running.emulator.wait_for_message(USER)
        with sessions() as session:
            assert session.scalars(select(Patient.status)).one() == "active"
