"""Abuse and bad input (issue 7, items 7-8): floods, a 10,000-update fuzz, code guessing."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import random
import time
from collections.abc import AsyncIterator

import pytest
from sqlalchemy import MetaData, select
from telegram.ext import AIORateLimiter, Application

from bot import invitations
from bot.texts import common
from bot.texts import onboarding as onboarding_texts
from handlers import guards
from sleepdiary.app import announce_commands, build_application
from sleepdiary.emulated import EmulatedBot, emulated_bot
from sleepdiary.emulator import BotApiEmulator
from storage.invite import invite
from storage.models import DiaryEntryRow, EntryMessage, Patient
from tests.harness import Clock, bundled_kb, enrolled_patient

UTC = dt.UTC
NOW = dt.datetime(2026, 11, 24, 14, 0, tzinfo=UTC)  # 09:00 in New York
FLOODER, BYSTANDER = 750_001, 750_002


# -- flood --------------------------------------------------------------------------------


@pytest.fixture
def quick_flood_guard(monkeypatch: pytest.MonkeyPatch) -> None:
    """The flood guard's clock at 1/5 scale (a 2 s window, 0.2 s delay: the same ratios as
    10 s and 1 s), so a 100-message flood is handled within the test's time."""
    monkeypatch.setattr(guards, "FLOOD_WINDOW", guards.FLOOD_WINDOW / 5)
    monkeypatch.setattr(guards, "FLOOD_DELAY", guards.FLOOD_DELAY / 5)


def forget_floods(application: Application) -> None:
    """Clear the flood guard's memory (per application, or per module in older versions)."""
    application.bot_data.pop("flood", None)
    for name in ("_recent", "_warned_at"):
        getattr(guards, name, {}).clear()


async def test_a_flood_gets_one_notice_all_handled_and_others_are_not_slowed(
    settings, sessions, quick_flood_guard
) -> None:
    enrolled_patient(sessions, user_id=FLOODER, now=NOW)
    enrolled_patient(sessions, user_id=BYSTANDER, now=NOW)
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=Clock(NOW)) as running:
        emu = running.emulator
        sent = [emu.send_text(FLOODER, f"message number {n}") for n in range(50)]
        await emu.wait_for_message(FLOODER, contains=common.SLOW_DOWN[:20], since=0)
        started = time.monotonic()
        emu.send_text(BYSTANDER, "what time do you open?")
        await emu.wait_for_message(BYSTANDER, timeout=3)
        bystander_wait = time.monotonic() - started
        sent += [emu.send_text(FLOODER, f"message number {n}") for n in range(50, 100)]
        await running.idle(timeout=60)
        assert bystander_wait < 1.0
        notices = emu.texts_to(FLOODER).count(common.SLOW_DOWN)
        others = len(emu.texts_to(FLOODER)) - notices
        assert others >= len(sent)  # every message handled (each gets an answer)
        assert notices == 1


# -- fuzz ---------------------------------------------------------------------------------

PATIENTS = [760_001, 760_002, 760_003, 760_004]
STRANGERS = list(range(770_001, 770_301))
COMMANDS = [
    "/start", "/help", "/log", "/summary", "/time", "/timezone", "/pause", "/resume",
    "/privacy", "/mydata", "/delete", "/stop", "/fix", "/faq", "/ack", "/invite", "/patients",
    "/export", "/nonsense",
]  # fmt: skip
FIELDS = ["quality", "awakenings", "bedtime", "final_wake", "sol_min", "waso_min", "nap_min", "x"]


def junk_text(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.05:
        return "".join(rng.choice("zq😴é\u202e\u0000\u200b ") for _ in range(4096))
    if kind < 0.1:
        return "x" * rng.randint(4097, 5000)
    if kind < 0.3:
        return "".join(chr(rng.randint(0x20, 0x2FFF)) for _ in range(rng.randint(1, 60)))
    if kind < 0.45:
        return rng.choice(
            ["😴" * 5, "🛌💤", "\u202e\u202d", "   ", "\\x00\\xff", "'; DROP TABLE--"]
        )
    words = ["bed", "11", "woke", "7", "twice", "slept", "badly", "nap", "20 min", "help", "?"]
    return " ".join(rng.choice(words) for _ in range(rng.randint(1, 12)))


def forged_callback(rng: random.Random) -> str:
    date = dt.date(2026, 11, 24) - dt.timedelta(days=rng.randint(-3, 30))
    kind = rng.choice(["ans", "confirm", "fix", "delete", "faq", "agree", "decline", "zz"])
    if kind == "ans":
        value = rng.choice(["1", "5", "99", "-1", "23:00", "abc", ""])
        return f"ans:{date.isoformat()}:{rng.choice(FIELDS)}:{value}"[:64]
    if kind in ("confirm", "fix"):
        return f"{kind}:{rng.choice([date.isoformat(), 'not-a-date', ''])}"
    if kind == "delete":
        return rng.choice(["delete:yes", "delete:no", "delete:maybe"])
    if kind == "faq":
        return f"faq:{rng.choice(['0', '3', '999', '-1', 'x'])}"
    if kind == "agree":
        return "agree:" + "".join(rng.choice(invitations.ALPHABET) for _ in range(10))
    return kind


def random_update(emu: BotApiEmulator, rng: random.Random, own: dict[int, list[int]]) -> None:
    user = rng.choice(PATIENTS) if rng.random() < 0.15 else rng.choice(STRANGERS)
    roll = rng.random()
    if roll < 0.45:
        message = emu.send_text(user, junk_text(rng))
        own.setdefault(user, []).append(message["message_id"])
    elif roll < 0.6:
        command = rng.choice(COMMANDS)
        args = " ".join(junk_text(rng)[:20] for _ in range(rng.randint(0, 3)))
        emu.send_text(user, f"{command} {args}".strip())
    elif roll < 0.8:
        emu.press_button(user, rng.randint(1, 50), forged_callback(rng))
    elif roll < 0.88 and own.get(user):
        emu.edit_text(user, rng.choice(own[user]), junk_text(rng))
    elif roll < 0.94:
        emu.send_sticker(user)
    else:
        emu.send_location(user, latitude=rng.uniform(-90, 90), longitude=rng.uniform(-180, 180))


@contextlib.asynccontextmanager
async def unthrottled_bot(settings, sessions, kb, clock) -> AsyncIterator[EmulatedBot]:  # type: ignore[no-untyped-def]
    """emulated_bot, with the overall 30-a-second limit lifted: 10,000 answers would otherwise
    take six minutes, and pacing is not what the fuzz is about (429s are still retried)."""
    async with BotApiEmulator(bot_username="SleepDiaryFuzzBot") as emu:
        application = build_application(
            settings, sessions, kb, clock=clock, token=emu.token, base_url=emu.base_url,
            run_jobs=False,
        )  # fmt: skip
        application.bot._rate_limiter = AIORateLimiter(  # type: ignore[attr-defined]
            overall_max_rate=0, group_max_rate=0, max_retries=5
        )
        async with application:
            await announce_commands(application)
            await application.start()
            assert application.updater is not None
            await application.updater.start_polling(poll_interval=0, timeout=1)
            try:
                yield EmulatedBot(emu, application)
            finally:
                await application.updater.stop()
                await application.stop()


class Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def rows_by_table(sessions) -> dict[str, list[dict]]:  # type: ignore[no-untyped-def]
    metadata = MetaData()
    with sessions() as session:
        connection = session.connection()
        metadata.reflect(connection)
        return {
            name: [dict(row._mapping) for row in connection.execute(table.select())]
            for name, table in metadata.tables.items()
            if name != "alembic_version"
        }


async def test_fuzz_10000_updates(settings, sessions, request: pytest.FixtureRequest) -> None:
    rng = random.Random(20261124)
    patient_ids = {user: enrolled_patient(sessions, user_id=user, now=NOW) for user in PATIENTS}
    own: dict[int, list[int]] = {}
    errors = Collect()
    logging.getLogger("handlers").addHandler(errors)
    request.addfinalizer(lambda: logging.getLogger("handlers").removeHandler(errors))
    async with unthrottled_bot(settings, sessions, bundled_kb(settings), Clock(NOW)) as running:
        emu = running.emulator
        for _ in range(50):
            for _ in range(200):
                random_update(emu, rng, own)
            # A stalled bot fails here, at once: idle() gives up when a batch is not
            # handled within 20 s; any handler error (a locked database, a timed-out answer,
            # a write the schema refuses) is logged, and no update may end in one.
            # (How fast it goes is for benchmarks/, not a test on a shared machine.)
            await running.idle(timeout=20)
            assert not [(getattr(e, "error", ""), getattr(e, "where", "")) for e in errors.records]
            forget_floods(running.application)  # tested above; here it would only wait
        emu.send_text(PATIENTS[0], "went to bed at 10:30 and woke at 6")
        await emu.wait_for_message(PATIENTS[0], timeout=10)
    tables = rows_by_table(sessions)
    enrolled = set(patient_ids.values())
    strangers = set(STRANGERS)
    # Patients may have withdrawn or deleted their data (/stop, /delete are in the mix).
    assert {row["telegram_user_id"] for row in tables["patients"]} <= {*PATIENTS, None}
    for name, rows in tables.items():
        for row in rows:
            if "patient_id" in row and row["patient_id"] is not None:
                assert row["patient_id"] in enrolled, (name, row)
            if name == "code_attempts":
                continue
            for key in ("telegram_user_id", "acknowledged_by"):
                assert row.get(key) not in strangers, (name, row)
            if name == "audit_log":  # a refused staff command is audited, with no patient
                refused = str(row["actor"]).removeprefix("telegram:")
                assert (
                    not refused.isdigit()
                    or int(refused) not in strangers
                    or (row["action"] == "staff.refused" and row["patient_id"] is None)
                ), row
    # Forged buttons never touch another patient's night: every stored word of a patient's
    # entries is something that patient sent or pressed.
    said: dict[int, set[str]] = {user: set() for user in PATIENTS}
    for update in emu.world.history:
        for kind in ("message", "edited_message", "callback_query"):
            payload = update.get(kind)
            if payload and payload["from"]["id"] in said:
                text = payload.get("text") or payload.get("data") or ""
                said[payload["from"]["id"]].add(text)
                if kind == "callback_query":
                    said[payload["from"]["id"]].add(text.rsplit(":", 1)[-1])
    with sessions() as session:
        for user, patient_id in patient_ids.items():
            stored = session.scalars(
                select(EntryMessage.text)
                .join(DiaryEntryRow, EntryMessage.entry_id == DiaryEntryRow.id)
                .where(DiaryEntryRow.patient_id == patient_id)
            ).all()
            assert set(stored) <= said[user], user


# -- invitation brute force ---------------------------------------------------------------


def wrong_code(rng: random.Random) -> str:
    return "".join(rng.choice(invitations.ALPHABET) for _ in range(invitations.CODE_LENGTH))


def issue_code(sessions, label: str, now: dt.datetime) -> str:  # type: ignore[no-untyped-def]
    with sessions.begin() as session:
        return invite(
            session, label=label, timezone="America/New_York", checkin_time=dt.time(8, 0),
            now=now, valid_days=14, actor="cli",
        ).code  # fmt: skip


async def send_and_wait(running, user: int, text: str) -> str:  # type: ignore[no-untyped-def]
    running.emulator.send_text(user, text)
    return (await running.emulator.wait_for_message(user)).text


async def test_five_wrong_codes_lock_a_user_for_an_hour(settings, sessions) -> None:
    rng = random.Random(7)
    guesser = 780_001
    clock = Clock(NOW)
    code = issue_code(sessions, "P-BRUTE", NOW)
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=clock) as running:
        for _ in range(invitations.MAX_FAILURES):
            answer = await send_and_wait(running, guesser, f"/start {wrong_code(rng)}")
            assert answer == onboarding_texts.CODE_UNKNOWN
        assert await send_and_wait(running, guesser, f"/start {code}") == (
            onboarding_texts.CODE_LOCKED
        )
        clock.advance(minutes=59)
        assert await send_and_wait(running, guesser, code) == onboarding_texts.CODE_LOCKED
        clock.advance(minutes=2)
        assert "I agree" in await send_and_wait(running, guesser, f"/start {code}")
        # Someone else is not affected by this user's lock.
    with sessions() as session:
        assert session.scalars(select(Patient.telegram_user_id)).all() == [None]


async def test_many_users_guessing_pause_codes_for_everyone_until_the_window_passes(
    settings, sessions
) -> None:
    rng = random.Random(11)
    clock = Clock(NOW)
    code = issue_code(sessions, "P-GLOBAL", NOW)
    per_user = invitations.MAX_FAILURES - 1  # each stays under the per-user lock
    guessers = range(790_001, 790_001 + invitations.GLOBAL_MAX_FAILURES // per_user + 1)
    async with unthrottled_bot(settings, sessions, bundled_kb(settings), clock) as running:
        emu = running.emulator
        for guesser in guessers:
            for _ in range(per_user):
                emu.send_text(guesser, f"/start {wrong_code(rng)}")
        await running.idle(timeout=60)
        honest = 799_999
        answer = await send_and_wait(running, honest, f"/start {code}")
        assert answer == onboarding_texts.CODE_LOCKED  # refused, kindly
        clock.advance(seconds=invitations.GLOBAL_WINDOW.total_seconds() + 60)
        assert "I agree" in await send_and_wait(running, honest, f"/start {code}")


def test_brute_force_needs_more_guesses_than_anyone_can_make() -> None:
    # The global pause lets through at most GLOBAL_MAX_FAILURES guesses per window: against
    # a 30**10 code space that is ~10**-11 per window, for every user together.
    per_day = invitations.GLOBAL_MAX_FAILURES * (dt.timedelta(days=1) / invitations.GLOBAL_WINDOW)
    assert per_day / len(invitations.ALPHABET) ** invitations.CODE_LENGTH < 1e-9
