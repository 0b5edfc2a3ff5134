"""What the bot keeps in memory per patient stays small and is let go (issue 8, item 5)."""

from __future__ import annotations

import asyncio
import collections
import datetime as dt
import random

from sqlalchemy import text

from handlers.guards import FLOOD_LIMIT, FLOOD_WINDOW, FloodGate
from handlers.jobs import tick
from sleepdiary.emulated import emulated_bot
from tests.harness import Clock, bundled_kb, enrolled_patient

USERS = (810_001, 810_002, 810_003)


class _DequeGate:
    """The flood gate as it was, every stamp in the window kept: the reference."""

    def __init__(self) -> None:
        self.recent: dict[int, collections.deque[float]] = {}
        self.warned_at: dict[int, float] = {}

    def over_limit(self, user_id: int, now: float) -> bool:
        stamps = self.recent.setdefault(user_id, collections.deque())
        if stamps and now - stamps[-1] > FLOOD_WINDOW:
            self.warned_at.pop(user_id, None)
        stamps.append(now)
        while stamps and now - stamps[0] > FLOOD_WINDOW:
            stamps.popleft()
        return len(stamps) > FLOOD_LIMIT


def test_flood_gate_keeps_a_few_stamps_and_answers_as_if_it_kept_all() -> None:
    rng = random.Random(8)
    for _ in range(200):
        gate, reference = FloodGate(), _DequeGate()
        now = 0.0
        for _ in range(300):
            now += rng.choice((0.01, 0.1, 0.5, 2.0, FLOOD_WINDOW + 1))
            user = rng.choice((1, 2))
            assert gate.over_limit(user, now) == reference.over_limit(user, now)
            assert gate.warned_at.keys() == reference.warned_at.keys()
            if rng.random() < 0.1:
                assert gate.should_warn(user, now) == (user not in reference.warned_at)
                reference.warned_at.setdefault(user, now)
            assert len(gate.recent[user]) <= FLOOD_LIMIT + 1


async def test_the_minute_tick_lets_go_of_every_patient_ptb_noted(settings, sessions) -> None:
    # With no persistence, PTB still notes the chat and user of every update for one, and
    # never clears them: one entry per patient who ever wrote, for the life of the process.
    clock = Clock(dt.datetime(2026, 11, 24, 13, 0, tzinfo=dt.UTC))
    for user in USERS:
        enrolled_patient(sessions, user_id=user, now=clock.now - dt.timedelta(days=1))
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=clock) as running:
        app, emu = running.application, running.emulator
        for user in USERS:
            emu.send_text(user, "thanks!")
            await emu.wait_for_message(user)
        assert app.persistence is None
        for _ in range(200):  # PTB notes an update once its handlers are done, after the reply
            if set(USERS) <= app._user_ids_to_be_updated_in_persistence:
                break
            await asyncio.sleep(0.01)
        assert set(USERS) <= app._user_ids_to_be_updated_in_persistence
        await tick(app)
        assert not app._user_ids_to_be_updated_in_persistence
        assert not app._chat_ids_to_be_updated_in_persistence


def test_sqlite_page_cache_is_half_a_megabyte_a_connection(engine) -> None:
    with engine.connect() as connection:
        if connection.dialect.name != "sqlite":
            return
        assert connection.execute(text("PRAGMA cache_size")).scalar() == -512
