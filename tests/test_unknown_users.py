"""Someone who is not an enrolled patient gets a kind reply, and nothing about them is kept."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from sleepdiary.emulated import emulated_bot
from storage.models import AuditLog, CodeAttempt, DiaryEntryRow, EntryMessage, Patient
from tests.harness import Clock, bundled_kb

STRANGER = 555_000_111


@pytest.mark.parametrize(
    "send",
    [
        lambda emu: emu.send_text(STRANGER, "hello? what is this"),
        lambda emu: emu.send_text(STRANGER, "/start"),
        lambda emu: emu.send_text(STRANGER, "bed at 11, woke at 7, slept ok"),
        lambda emu: emu.send_sticker(STRANGER),
        lambda emu: emu.send_voice(STRANGER),
    ],
)
async def test_stranger_is_told_kindly_and_nothing_is_stored(send, settings, sessions) -> None:
    clock = Clock(dt.datetime(2026, 11, 20, 13, 0, tzinfo=dt.UTC))
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=clock) as running:
        send(running.emulator)
        reply = await running.emulator.wait_for_message(STRANGER)
        assert "invitation" in reply.text
        assert "988" in reply.text
    with sessions() as session:
        for model in (Patient, DiaryEntryRow, EntryMessage, AuditLog, CodeAttempt):
            assert session.scalar(select(func.count()).select_from(model)) == 0


async def test_wrong_code_is_refused_and_only_counted(settings, sessions) -> None:
    clock = Clock(dt.datetime(2026, 11, 20, 13, 0, tzinfo=dt.UTC))
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=clock) as running:
        running.emulator.send_text(STRANGER, "/start WRONGCODE")
        reply = await running.emulator.wait_for_message(STRANGER)
        assert "don't recognise that code" in reply.text
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Patient)) == 0
        attempt = session.get(CodeAttempt, STRANGER)
        assert attempt is not None and attempt.failures == 1
