"""Telegram misbehaving (issue 7, items 1-2): the real bot, the emulator's fault injection.

Every fan-out test counts, per patient, the check-ins Telegram actually accepted: nothing may
be dropped and nothing sent twice, whatever Telegram answered on the way.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from bot.texts import checkins as checkin_texts
from handlers.jobs import RESEND_AFTER, tick
from sleepdiary.emulated import emulated_bot
from sleepdiary.emulator import BotApiEmulator
from storage.models import CheckIn, Patient
from tests.harness import Clock, bundled_kb, enrolled_patient

UTC = dt.UTC
ENROLLED = dt.datetime(2026, 11, 23, 23, 0, tzinfo=UTC)
DUE = dt.datetime(2026, 11, 24, 13, 0, 5, tzinfo=UTC)  # 08:00:05 in New York
FIRST_USER = 710_001
STAFF = 9001


def enrol(sessions, count: int) -> list[int]:  # type: ignore[no-untyped-def]
    users = [FIRST_USER + n for n in range(count)]
    for user in users:
        enrolled_patient(sessions, user_id=user, now=ENROLLED)
    return users


def checkins_to(emu: BotApiEmulator, chat_id: int) -> int:
    return sum(1 for text in emu.texts_to(chat_id) if text == checkin_texts.CHECKIN)


def attempts_to(emu: BotApiEmulator, chat_id: int) -> int:
    return sum(1 for call in emu.calls("sendMessage") if call.params.get("chat_id") == chat_id)


def unsent_claims(sessions) -> int:  # type: ignore[no-untyped-def]
    with sessions() as session:
        return len(session.scalars(select(CheckIn).where(CheckIn.sent_at.is_(None))).all())


async def test_429_during_a_fanout_is_waited_out_and_nothing_dropped(settings, sessions) -> None:
    users = enrol(sessions, 20)
    clock = Clock(DUE)
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=clock) as running:
        emu = running.emulator
        emu.fail_next("sendMessage", status=429, retry_after=1, times=3)
        await tick(running.application)
        assert len([c for c in emu.calls("sendMessage") if c.status == 429]) == 3
        assert {user: checkins_to(emu, user) for user in users} == dict.fromkeys(users, 1)
        clock.advance(minutes=3)  # past RESEND_AFTER: nothing is left to resend
        await tick(running.application)
        assert {user: checkins_to(emu, user) for user in users} == dict.fromkeys(users, 1)
    assert unsent_claims(sessions) == 0


async def test_429_on_a_reply_is_waited_out(settings, sessions) -> None:
    user = enrol(sessions, 1)[0]
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=Clock(DUE)) as running:
        emu = running.emulator
        emu.fail_next("sendMessage", status=429, retry_after=1, chat_id=user)
        emu.send_text(user, "went to bed at 11, woke at 6:30, slept ok")
        reply = await emu.wait_for_message(user, timeout=8)
        await running.idle()
        refused = [c for c in emu.calls("sendMessage") if c.status == 429]
        assert len(refused) == 1
        # The refused reply was sent again, once: the same text arrived exactly once.
        assert emu.texts_to(user).count(refused[0].params["text"]) == 1
        assert reply.text


FAULTS = {
    "500": lambda emu: emu.fail_next("sendMessage", status=500, times=6),
    "dropped connection": lambda emu: emu.drop_connections("sendMessage", times=6),
}


@pytest.mark.parametrize("fault", list(FAULTS))
async def test_transient_faults_are_resent_by_later_ticks_once(settings, sessions, fault) -> None:
    users = enrol(sessions, 20)
    clock = Clock(DUE)
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=clock) as running:
        emu = running.emulator
        FAULTS[fault](emu)
        await tick(running.application)
        missed = [user for user in users if checkins_to(emu, user) == 0]
        assert len(missed) == 6
        clock.advance(minutes=1)  # too soon to resend: the send may still be on its way
        await tick(running.application)
        assert [user for user in users if checkins_to(emu, user) == 0] == missed
        clock.now = DUE + RESEND_AFTER + dt.timedelta(seconds=30)
        await tick(running.application)
        clock.advance(minutes=1)
        await tick(running.application)
        assert {user: checkins_to(emu, user) for user in users} == dict.fromkeys(users, 1)
    assert unsent_claims(sessions) == 0


async def test_slow_answers_time_out_and_are_resent_once(settings, sessions) -> None:
    users = enrol(sessions, 5)
    clock = Clock(DUE)
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=clock) as running:
        emu = running.emulator
        emu.slow("sendMessage", 6.0)  # PTB gives up reading after 5 s
        await tick(running.application)
        emu.slow("sendMessage", 0)
        assert unsent_claims(sessions) == 5
        clock.now = DUE + RESEND_AFTER + dt.timedelta(seconds=30)
        await tick(running.application)
        clock.advance(minutes=1)
        await tick(running.application)
        assert {user: checkins_to(emu, user) for user in users} == dict.fromkeys(users, 1)
    assert unsent_claims(sessions) == 0


async def test_a_send_that_keeps_failing_is_retried_with_backoff(settings, sessions) -> None:
    user = enrol(sessions, 1)[0]
    clock = Clock(DUE)
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=clock) as running:
        emu = running.emulator
        emu.fail_next("sendMessage", status=500, times=-1, chat_id=user)
        for _ in range(60):
            await tick(running.application)
            clock.advance(minutes=1)
        # Doubling from RESEND_AFTER: 2, 4, 8, 16, 32 minutes -> about six tries in an hour.
        assert attempts_to(emu, user) <= 10


async def test_two_processes_resend_a_failed_checkin_once(settings, sessions) -> None:
    users = enrol(sessions, 10)
    clock = Clock(DUE)
    kb = bundled_kb(settings)
    async with (
        emulated_bot(settings, sessions, kb, clock=clock) as first,
        emulated_bot(
            settings, sessions, kb, clock=clock, emulator=first.emulator, poll=False
        ) as second,
    ):
        emu = first.emulator
        emu.fail_next("sendMessage", status=500, times=10)
        await tick(first.application)
        assert unsent_claims(sessions) == 10
        clock.now = DUE + RESEND_AFTER + dt.timedelta(seconds=30)
        await asyncio.gather(tick(first.application), tick(second.application))
        assert {user: checkins_to(emu, user) for user in users} == dict.fromkeys(users, 1)


async def test_blocked_patient_gets_one_attempt_then_is_restored_by_writing(
    settings, sessions
) -> None:
    user, other = enrol(sessions, 2)
    clock = Clock(DUE)
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=clock) as running:
        emu = running.emulator
        emu.block_bot(user)
        for _ in range(30):  # half an hour of ticks: one try, no retry storm
            await tick(running.application)
            clock.advance(minutes=1)
        assert attempts_to(emu, user) == 1
        assert checkins_to(emu, other) == 1
        with sessions() as session:
            status = session.scalars(
                select(Patient.status).where(Patient.telegram_user_id == user)
            ).one()
        assert status == "unreachable"

        emu.unblock_bot(user)
        emu.send_text(user, "sorry, I'm back")
        await emu.wait_for_message(user)
        with sessions() as session:
            status = session.scalars(
                select(Patient.status).where(Patient.telegram_user_id == user)
            ).one()
        assert status == "active"


async def test_staff_see_a_blocked_patient_in_patients(settings, sessions) -> None:
    user = enrol(sessions, 1)[0]
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=Clock(DUE)) as running:
        emu = running.emulator
        emu.block_bot(user)
        await tick(running.application)
        emu.send_text(STAFF, "/patients")
        roster = await emu.wait_for_message(STAFF, contains=f"P-{user}")
        line = next(row for row in roster.text.splitlines() if f"P-{user}" in row)
        assert "unreachable" in line.lower() or "blocked" in line.lower()


# -- Telegram unreachable ------------------------------------------------------------------


class Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture
def root_records() -> Iterator[Collect]:
    collect = Collect()
    root = logging.getLogger()
    level = root.level
    root.addHandler(collect)
    root.setLevel(logging.INFO)
    try:
        yield collect
    finally:
        root.removeHandler(collect)
        root.setLevel(level)


async def _outage(running, clock: Clock, minutes: int = 5) -> None:  # type: ignore[no-untyped-def]
    """Telegram gone for `minutes` on the bot's clock, ticks every minute; each minute also
    lets a little wall time pass so the poller meets the outage too."""
    running.emulator.set_unreachable(True)
    for _ in range(minutes):
        await tick(running.application)
        await asyncio.sleep(0.5)  # pacing only: the poller's retries need wall time
        clock.advance(minutes=1)
    running.emulator.set_unreachable(False)


async def test_checkins_due_during_an_outage_go_out_once_when_it_ends(settings, sessions) -> None:
    users = enrol(sessions, 5)
    clock = Clock(DUE)
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=clock) as running:
        emu = running.emulator
        await _outage(running, clock)
        assert all(checkins_to(emu, user) == 0 for user in users)
        await tick(running.application)
        clock.advance(minutes=1)
        await tick(running.application)
        assert {user: checkins_to(emu, user) for user in users} == dict.fromkeys(users, 1)
        # Still running: polling came back and a patient is answered.
        emu.send_text(users[0], "bed 11, up at 7, slept well")
        await emu.wait_for_message(users[0], timeout=15)
    assert unsent_claims(sessions) == 0


async def test_an_outage_is_logged_once(settings, sessions, root_records: Collect) -> None:
    enrol(sessions, 5)
    clock = Clock(DUE)
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=clock) as running:
        start = len(root_records.records)
        await _outage(running, clock)
        during = [r for r in root_records.records[start:] if r.levelno >= logging.WARNING]
        await tick(running.application)
    assert len(during) == 1, [f"{r.name}: {r.getMessage()}" for r in during]
