"""Logs (issue 7, item 9): one JSON object per line, ids and event names, never what was said."""

from __future__ import annotations

import datetime as dt
import io
import json
import logging
from collections.abc import Iterator

import pytest

from handlers.jobs import tick
from sleepdiary import logs
from sleepdiary.emulated import emulated_bot
from tests.harness import Clock, bundled_kb, enrolled_patient

UTC = dt.UTC
USER = 810_001
LABEL = "Quxley-7"
MARKERS = ("zebrafish", "quxley", "marmalade")


@pytest.fixture
def json_log() -> Iterator[io.StringIO]:
    """LOG_FORMAT=json as the command line configures it, written to a buffer we can read."""
    root = logging.getLogger()
    saved_handlers, saved_level = root.handlers[:], root.level
    quiet = {name: logging.getLogger(name).level for name in ("httpx", "httpcore", "apscheduler")}
    logs.configure("json")
    buffer = io.StringIO()
    handler = root.handlers[0]
    assert isinstance(handler, logging.StreamHandler)
    handler.setStream(buffer)
    try:
        yield buffer
    finally:
        root.handlers[:] = saved_handlers
        root.setLevel(saved_level)
        for name, level in quiet.items():
            logging.getLogger(name).setLevel(level)


async def test_json_logs_carry_ids_and_never_what_was_said(
    settings, sessions, json_log: io.StringIO
) -> None:
    clock = Clock(dt.datetime(2026, 11, 23, 23, 0, tzinfo=UTC))
    patient_id = enrolled_patient(sessions, user_id=USER, now=clock.now, label=LABEL)
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=clock) as running:
        emu = running.emulator
        clock.now = dt.datetime(2026, 11, 24, 13, 0, 5, tzinfo=UTC)
        await tick(running.application)  # the check-in
        await emu.wait_for_message(USER, since=0)
        clock.advance(minutes=5)
        first = emu.send_text(
            USER, "Zebrafish night: bed at 11, woke twice, up at 6:30, slept badly, marmalade"
        )
        await emu.wait_for_message(USER)
        emu.send_text(USER, "quality was 2, zebrafish dreams")
        await emu.wait_for_message(USER)
        emu.edit_text(USER, first["message_id"], "Zebrafish night: bed at 11:30, up at 6:30")
        await running.idle()
        emu.send_text(USER, "Does ketamine change REM sleep, asks Quxley the zebrafish?")
        await emu.wait_for_message(USER)
        emu.send_text(USER, "zebrafish marmalade, I want to kill myself tonight")
        await emu.wait_for_message(USER)
        await emu.wait_for_message(-100500, since=0)  # the staff alert went out
        emu.send_text(USER, "/mydata")
        await emu.wait_for_message(USER)
        await running.idle()
        clock.advance(hours=4)
        await tick(running.application)
    lines = [line for line in json_log.getvalue().splitlines() if line.strip()]
    assert lines
    entries = [json.loads(line) for line in lines]  # every line is one JSON object
    assert all(isinstance(entry, dict) and entry.get("event") for entry in entries)
    for line in lines:
        lowered = line.lower()
        assert not any(marker in lowered for marker in MARKERS), line
        assert LABEL.lower() not in lowered, line
    events = {entry["event"]: entry for entry in entries if "patient_id" in entry}
    for needed in ("checkin.sent", "message.handled", "safety.event"):
        assert events[needed]["patient_id"] == patient_id, needed
