"""Invitations and consent: nothing is recorded until the patient agrees."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from bot import invitations
from sleepdiary.emulated import emulated_bot
from storage.invite import invite
from storage.models import CodeAttempt, ConversationState, Invitation, Patient
from tests.harness import Clock, bundled_kb

NEWCOMER = 620_001
NOW = dt.datetime(2026, 11, 20, 15, 0, tzinfo=dt.UTC)
ROOT = Path(__file__).resolve().parent.parent


def _invite(sessions, label: str = "P-0042", **kwargs) -> str:  # type: ignore[no-untyped-def]
    with sessions.begin() as session:
        return invite(
            session,
            label=label,
            timezone=kwargs.get("timezone", "America/Chicago"),
            checkin_time=kwargs.get("checkin_time", dt.time(7, 30)),
            now=kwargs.get("now", NOW),
            valid_days=14,
            actor="cli",
        ).code


def _patient(sessions, label: str = "P-0042") -> Patient:  # type: ignore[no-untyped-def]
    with sessions() as session:
        return session.scalars(select(Patient).where(Patient.label == label)).one()


async def test_code_consent_agree_welcome(settings, sessions) -> None:
    code = _invite(sessions)
    clock = Clock(NOW)
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=clock) as running:
        emu = running.emulator
        emu.send_text(NEWCOMER, f"/start {code}")
        consent = await emu.wait_for_message(NEWCOMER, contains="I agree")
        for needed in ("911", "988", "not watched around the clock", "/delete", "/stop"):
            assert needed in consent.text
        assert any("I agree" in label for label in consent.button_labels())
        assert _patient(sessions).telegram_user_id is None  # nothing recorded yet
        assert _patient(sessions).status == "invited"

        emu.click(NEWCOMER, consent, "I agree")
        welcome = await emu.wait_for_message(NEWCOMER, contains="all set")
        assert "7:30 am" in welcome.text and "America/Chicago" in welcome.text
        assert "name" not in welcome.text.lower()

        emu.send_text(NEWCOMER, f"/start {code}")  # a second time: already enrolled
        await emu.wait_for_message(NEWCOMER, contains="already signed up")
    patient = _patient(sessions)
    assert patient.status == "active" and patient.telegram_user_id == NEWCOMER
    assert patient.consented_at == NOW
    with sessions() as session:
        assert session.scalars(select(Invitation.used_at)).one() == NOW


async def test_declining_keeps_nothing(settings, sessions) -> None:
    code = _invite(sessions)
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=Clock(NOW)) as running:
        emu = running.emulator
        emu.send_text(NEWCOMER, f"/start {code}")
        consent = await emu.wait_for_message(NEWCOMER, contains="I agree")
        emu.click(NEWCOMER, consent, "Not now")
        await emu.wait_for_message(NEWCOMER, contains="nothing has been saved")
    assert _patient(sessions).telegram_user_id is None
    with sessions() as session:
        assert session.scalars(select(ConversationState)).all() == []


async def test_used_and_expired_codes_fail_kindly(settings, sessions) -> None:
    used = _invite(sessions, "P-1")
    expired = _invite(sessions, "P-2", now=NOW - dt.timedelta(days=15))
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=Clock(NOW)) as running:
        emu = running.emulator
        emu.send_text(NEWCOMER, f"/start {used}")
        consent = await emu.wait_for_message(NEWCOMER, contains="I agree")
        emu.click(NEWCOMER, consent, "I agree")
        await emu.wait_for_message(NEWCOMER, contains="all set")
        emu.send_text(NEWCOMER + 1, f"/start {used}")
        await emu.wait_for_message(NEWCOMER + 1, contains="already been used")
        emu.send_text(NEWCOMER + 2, f"/start {expired}")
        await emu.wait_for_message(NEWCOMER + 2, contains="expired")


async def test_five_wrong_codes_lock_a_user_out_for_an_hour(settings, sessions) -> None:
    good = _invite(sessions)
    clock = Clock(NOW)
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=clock) as running:
        emu = running.emulator
        for n in range(5):
            emu.send_text(NEWCOMER, f"/start WRONG{n:05d}")
            await emu.wait_for_message(NEWCOMER, contains="don't recognise")
        emu.send_text(NEWCOMER, f"/start {good}")
        await emu.wait_for_message(NEWCOMER, contains="wait an hour")
        clock.advance(minutes=61)
        emu.send_text(NEWCOMER, f"/start {good}")
        await emu.wait_for_message(NEWCOMER, contains="I agree")
    with sessions() as session:
        assert session.get(CodeAttempt, NEWCOMER) is not None


def test_codes_carry_enough_randomness_and_are_stored_hashed(sessions) -> None:
    codes = {_invite(sessions, f"P-{n}") for n in range(50)}
    assert len(codes) == 50
    assert len(invitations.ALPHABET) ** invitations.CODE_LENGTH >= 2**40
    with sessions() as session:
        stored = set(session.scalars(select(Invitation.code_hash)))
    assert not codes & stored
    assert {invitations.hash_code(c) for c in codes} == stored


def test_invite_command_line_prints_code_and_link(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_"))}
    env.update(DATABASE_URL=f"sqlite:///{tmp_path / 'c.db'}", BOT_USERNAME="AlbanySleepBot")
    one = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bot.py"),
            "invite",
            "--label",
            "P-0042",
            "--tz",
            "America/Chicago",
            "--time",
            "07:30",
        ],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert one.returncode == 0, one.stderr
    code = next(
        line.split(": ")[1] for line in one.stdout.splitlines() if line.startswith("code: ")
    )
    assert f"https://t.me/AlbanySleepBot?start={code}" in one.stdout
    cohort = subprocess.run(
        [sys.executable, str(ROOT / "bot.py"), "invite", "--count", "3", "--label-prefix", "C-"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    lines = cohort.stdout.strip().splitlines()
    assert [line.split("\t")[0] for line in lines] == ["C-0001", "C-0002", "C-0003"]
    assert all("https://t.me/AlbanySleepBot?start=" in line for line in lines)
    bad = subprocess.run(
        [sys.executable, str(ROOT / "bot.py"), "invite", "--label", "P-9", "--tz", "Mars/Base"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert bad.returncode == 2 and bad.stderr.startswith("sleepdiary: --tz")
