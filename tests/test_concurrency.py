"""Several processes on one PostgreSQL database writing the same night lose nothing."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import select
from telegram import Chat, Message

from handlers.deps import Deps
from handlers.diary import _record_text, with_retries
from storage.models import DiaryEntryRow, EntryMessage, Patient
from tests.conftest import POSTGRES_URL, make_settings
from tests.harness import bundled_kb, enrolled_patient

NOW = dt.datetime(2026, 11, 24, 13, 5, tzinfo=dt.UTC)
STATEMENTS = [
    "went to bed at 11",
    "fell asleep around 11:30",
    "woke up twice",
    "woke up for good at 6:45",
    "got out of bed at 7",
    "slept well",
    "no side effects",
    "napped 20 minutes yesterday",
]


@pytest.mark.skipif(not POSTGRES_URL, reason="needs TEST_DATABASE_URL (PostgreSQL)")
@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_concurrent_messages_about_one_night_all_land(database_url, sessions) -> None:
    settings = make_settings(DATABASE_URL=database_url)
    deps = Deps(settings=settings, sessions=sessions, kb=bundled_kb(settings), clock=lambda: NOW)
    enrolled_patient(sessions, user_id=1, now=NOW - dt.timedelta(days=1))
    with sessions() as session:
        patient = session.scalars(select(Patient)).one()
    start = threading.Barrier(len(STATEMENTS))
    errors: list[BaseException] = []

    def send(n: int, text: str) -> None:
        message = Message(n + 1, NOW, Chat(1, "private"), text=text)
        start.wait()
        try:
            with_retries(lambda: _record_text(deps, patient, 1000 + n, message, NOW))
        except BaseException as error:  # surfaced below
            errors.append(error)

    threads = [threading.Thread(target=send, args=pair) for pair in enumerate(STATEMENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert errors == []
    with sessions() as session:
        row = session.scalars(select(DiaryEntryRow)).one()
        texts = set(session.scalars(select(EntryMessage.text)))
    assert texts == set(STATEMENTS)
    assert (row.bedtime, row.sleep_onset, row.awakenings) == (dt.time(23), dt.time(23, 30), 2)
    assert (row.final_wake, row.out_of_bed, row.quality) == (dt.time(6, 45), dt.time(7), 4)
    assert (row.no_side_effects, row.nap_min) == (True, 20)
