"""Bulk sends are paced at Telegram's 30 a second; a patient's reply never waits behind them."""

from __future__ import annotations

import asyncio
import datetime as dt
import time

from handlers.jobs import tick
from sleepdiary.emulated import emulated_bot
from tests.harness import Clock, bundled_kb, enrolled_patient

USER = 990_000
DUE = dt.datetime(2026, 11, 24, 13, 0, 5, tzinfo=dt.UTC)  # 08:00:05 in New York


async def test_fanout_is_paced_and_a_reply_does_not_wait_behind_it(settings, sessions) -> None:
    clock = Clock(DUE - dt.timedelta(hours=12))
    for n in range(1, 91):
        enrolled_patient(sessions, user_id=USER + n, now=clock.now)
    enrolled_patient(sessions, user_id=USER, now=clock.now, checkin_time=dt.time(9))
    clock.now = DUE
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=clock) as running:
        emu = running.emulator
        started = time.monotonic()
        fanout = asyncio.create_task(tick(running.application))
        await emu.wait_until(lambda: len(emu.calls("sendMessage")) >= 10)
        emu.send_text(USER, "/help")
        await emu.wait_for_message(USER, timeout=5)
        # The reply went out while the fan-out was still pacing, not after it.
        assert not fanout.done()
        assert sum("How did you sleep" in t for t in map(_text, emu.calls("sendMessage"))) < 90
        await fanout
        finished = time.monotonic()
    sends = [c for c in emu.calls("sendMessage") if "How did you sleep" in c.params.get("text", "")]
    assert len(sends) == 90
    # 90 bulk messages at 30 a second cannot take less than about 3 s.
    assert finished - started >= 2.0


def _text(call) -> str:  # type: ignore[no-untyped-def]
    return str(call.params.get("text", ""))
