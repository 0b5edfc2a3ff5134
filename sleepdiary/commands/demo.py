"""`sleepdiary demo`: the real bot against the local emulator, chatting in this terminal.

You are an already-enrolled patient. Lines you type are your messages; the bot's replies are
printed with their buttons numbered, and typing a button's number presses it. `/quit` ends.
Standard input may be piped, so the demo can be scripted.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from pathlib import Path

from sleepdiary.cli import settings
from sleepdiary.emulator import SentMessage
from sleepdiary.settings import Settings

DEMO_USER_ID = 424242
DEMO_LABEL = "DEMO-1"


def demo(args: argparse.Namespace) -> int:
    config = settings()
    with tempfile.TemporaryDirectory(prefix="sleepdiary-demo-") as scratch:
        path = Path(args.db) if args.db else Path(scratch) / "demo.db"
        return asyncio.run(_chat(config, f"sqlite:///{path}"))


async def _chat(config: Settings, database_url: str) -> int:
    from dataclasses import replace

    from sleepdiary.app import utc_now
    from sleepdiary.commands.run import load_kb
    from sleepdiary.database import open_database
    from sleepdiary.emulated import emulated_bot
    from storage import patients
    from storage.db import make_session_factory

    config = replace(config, database_url=database_url)
    kb = load_kb(config)
    engine = open_database(config)
    sessions = make_session_factory(engine)
    with sessions.begin() as session:
        patient = patients.by_label(session, DEMO_LABEL) or patients.create_invited(
            session,
            label=DEMO_LABEL,
            timezone=config.clinic_timezone,
            checkin_time=config.default_checkin_time,
            now=utc_now(),
        )
        if patient.status != "active":
            patients.enroll(
                session, patient, telegram_user_id=DEMO_USER_ID, chat_id=DEMO_USER_ID, now=utc_now()
            )

    printer = _Printer()
    async with emulated_bot(config, sessions, kb, run_jobs=False) as running:
        running.emulator.add_listener(printer.show)
        print("Sleep diary demo. Type as a patient would; a number presses a button; /quit ends.")
        print("Try: bed 11ish, took ages to drop off, up twice, alarm at 6:45, bit queasy\n")
        loop = asyncio.get_running_loop()
        while True:
            if sys.stdin.isatty():
                print("you> ", end="", flush=True)
            line = await loop.run_in_executor(None, sys.stdin.readline)
            if not line:
                break
            line = line.strip()
            if not line:
                continue
            if line in ("/quit", "/exit"):
                break
            if not sys.stdin.isatty():
                print(f"you> {line}")
            button = printer.button(line)
            if button is not None:
                running.emulator.press_button(DEMO_USER_ID, button[0], button[1])
            else:
                running.emulator.send_text(DEMO_USER_ID, line)
            await running.idle()
    engine.dispose()
    return 0


class _Printer:
    """Prints what the bot says, numbering the buttons of its latest message."""

    def __init__(self) -> None:
        self.texts: dict[int, str] = {}
        self.buttons: list[tuple[int, str]] = []

    def show(self, message: SentMessage) -> None:
        if message.chat_id != DEMO_USER_ID or message.deleted:
            return
        text = message.text or (f"[file: {message.file.filename}]" if message.file else "")
        if self.texts.get(message.message_id) == text and message.edits:
            if not message.keyboard and any(m == message.message_id for m, _ in self.buttons):
                self.buttons = []
            return
        self.texts[message.message_id] = text
        print("\n".join(f"bot> {line}" if line else "bot>" for line in text.splitlines()))
        self.buttons = [
            (message.message_id, b.callback_data)
            for row in message.keyboard
            for b in row
            if b.callback_data
        ]
        labels = [b.text for row in message.keyboard for b in row if b.callback_data]
        for number, label in enumerate(labels, 1):
            print(f"     [{number}] {label}")
        print(flush=True)

    def button(self, line: str) -> tuple[int, str] | None:
        if line.isdigit() and 1 <= int(line) <= len(self.buttons):
            return self.buttons[int(line) - 1]
        return None
