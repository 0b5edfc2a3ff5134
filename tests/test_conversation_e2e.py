"""The diary conversation end to end: free text, questions for what is missing, buttons,
the summary card, corrections, and a restart in the middle."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from sleepdiary.emulated import emulated_bot
from sleepdiary.emulator import BotApiEmulator
from storage.models import DiaryEntryRow, EntryChange, EntryMessage
from tests.harness import Clock, bundled_kb, enrolled_patient

USER = 700_001
# 08:05 in New York on 24 November 2026.
MORNING = dt.datetime(2026, 11, 24, 13, 5, tzinfo=dt.UTC)


def _entry(sessions) -> DiaryEntryRow:  # type: ignore[no-untyped-def]
    with sessions() as session:
        row = session.scalars(select(DiaryEntryRow)).one()
        session.expunge(row)
        return row


async def test_free_text_then_questions_then_card(settings, sessions) -> None:
    clock = Clock(MORNING)
    enrolled_patient(sessions, user_id=USER, now=clock.now - dt.timedelta(days=3))
    kb = bundled_kb(settings)
    async with emulated_bot(settings, sessions, kb, clock=clock) as running:
        emu = running.emulator
        emu.send_text(USER, "bed at 11, asleep by half past, up twice, alarm at 6:45")
        awake = await emu.wait_for_message(USER, contains="how long were you awake")
        emu.click(USER, awake, "30 min")
        await emu.wait_for_message(USER, contains="get out of bed")
        emu.send_text(USER, "7:10")
        question = await emu.wait_for_message(USER, contains="rate your sleep")
        assert question.button_labels() == ["Very poor", "Poor", "Fair", "Good", "Very good"]
        emu.press_button(USER, question.message_id, "ans:20261124:quality:4")
        side = await emu.wait_for_message(USER, contains="side effects")
        emu.send_text(USER, "a bit dizzy")
        card = await emu.wait_for_message(USER, contains="Does this look right?")
        assert "11:00 pm" in card.text and "6:45 am" in card.text
        assert card.button_labels() == ["Looks right", "Fix something"]
        emu.click(USER, card, "Looks right")
        await emu.wait_for_message(USER, contains="saved")
        assert side.text

    row = _entry(sessions)
    assert row.diary_date == dt.date(2026, 11, 24)
    assert (row.bedtime, row.sleep_onset, row.sol_min) == (dt.time(23), dt.time(23, 30), 30)
    assert (row.awakenings, row.final_wake, row.quality) == (2, dt.time(6, 45), 4)
    assert (row.waso_min, row.out_of_bed) == (30, dt.time(7, 10))
    assert row.confirmed_at is not None
    with sessions() as session:
        kinds = [m.kind for m in session.scalars(select(EntryMessage).order_by(EntryMessage.id))]
    assert kinds == ["message", "button", "message", "button", "message"]


async def _confirm_a_night(emu: BotApiEmulator, side_effects: str) -> None:
    """A whole night in one message, and its card approved."""
    emu.send_text(
        USER,
        "bed 10:30pm, fell asleep in 20 min, woke once for 10 min, woke up at 6, "
        f"out of bed 6:15, slept ok, {side_effects}",
    )
    card = await emu.wait_for_message(USER, contains="Does this look right?")
    emu.click(USER, card, "Looks right")
    await emu.wait_for_message(USER, contains="saved")


async def test_correction_after_confirming_is_kept_in_history(settings, sessions) -> None:
    clock = Clock(MORNING)
    enrolled_patient(sessions, user_id=USER, now=clock.now - dt.timedelta(days=3))
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=clock) as running:
        emu = running.emulator
        await _confirm_a_night(emu, "no side effects")
        clock.advance(minutes=5)
        emu.send_text(USER, "actually I woke 3 times")
        fixed = await emu.wait_for_message(USER, contains="3")
        assert "Changed" in fixed.text
    row = _entry(sessions)
    assert row.awakenings == 3
    assert row.edits == 1
    with sessions() as session:
        change = session.scalars(select(EntryChange).where(EntryChange.field == "awakenings")).all()
    assert [(c.old_value, c.new_value) for c in change] == [(None, "1"), ("1", "3")]


async def test_a_side_effect_told_again_with_another_severity_is_updated(
    settings, sessions
) -> None:
    clock = Clock(MORNING)
    enrolled_patient(sessions, user_id=USER, now=clock.now - dt.timedelta(days=3))
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=clock) as running:
        emu = running.emulator
        await _confirm_a_night(emu, "bit dizzy")
        clock.advance(minutes=5)
        # The night already has a dizziness row: this must update it, not add a second.
        emu.send_text(USER, "actually the dizziness was really bad, and a headache too")
        fixed = await emu.wait_for_message(USER, contains="Changed")
        assert "headache" in fixed.text.lower()
    with sessions() as session:
        row = session.scalars(select(DiaryEntryRow)).one()
        effects = sorted((se.name, se.severity) for se in row.side_effects)
        change = session.scalars(
            select(EntryChange).where(EntryChange.field == "side_effects").order_by(EntryChange.id)
        ).all()
    assert effects == [("dizziness", "severe"), ("headache", None)]
    assert len(change) == 2 and "severe" in (change[1].new_value or "")


async def test_a_restart_continues_the_open_question(settings, sessions) -> None:
    clock = Clock(MORNING)
    enrolled_patient(sessions, user_id=USER, now=clock.now - dt.timedelta(days=3))
    kb = bundled_kb(settings)
    # One Telegram, two lives of the bot: update ids go on where they were.
    async with BotApiEmulator() as telegram:
        async with emulated_bot(settings, sessions, kb, clock=clock, emulator=telegram):
            telegram.send_text(USER, "went to bed around 11")
            await telegram.wait_for_message(USER, contains="fall asleep")
        clock.advance(minutes=2)
        async with emulated_bot(settings, sessions, kb, clock=clock, emulator=telegram):
            telegram.send_text(USER, "20 min")
            await telegram.wait_for_message(USER, contains="How many times")
    row = _entry(sessions)
    assert (row.bedtime, row.sol_min, row.sleep_onset) == (dt.time(23), 20, dt.time(23, 20))


async def test_skip_moves_on_and_forged_buttons_change_nothing(settings, sessions) -> None:
    clock = Clock(MORNING)
    enrolled_patient(sessions, user_id=USER, now=clock.now - dt.timedelta(days=3))
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=clock) as running:
        emu = running.emulator
        emu.send_text(USER, "bed at 11")
        await emu.wait_for_message(USER, contains="fall asleep")
        emu.send_text(USER, "skip")
        question = await emu.wait_for_message(USER, contains="How many times")
        emu.press_button(USER, question.message_id, "ans:20261124:quality:99")
        emu.press_button(USER, question.message_id, "ans:notadate:awakenings:2")
        await running.idle()
    row = _entry(sessions)
    assert row.quality is None and row.awakenings is None


async def test_a_night_told_with_a_question_gets_both(settings, sessions) -> None:
    clock = Clock(MORNING)
    enrolled_patient(sessions, user_id=USER, now=clock.now - dt.timedelta(days=3))
    kb = bundled_kb(settings)
    async with emulated_bot(settings, sessions, kb, clock=clock) as running:
        emu = running.emulator
        emu.send_text(USER, "slept ok, bed at 11. does ketamine change REM sleep?")
        await emu.wait_for_message(USER, contains="REM")
        await emu.wait_for_message(USER, contains="fall asleep")
    row = _entry(sessions)
    assert (row.bedtime, row.quality) == (dt.time(23), 3)


async def test_a_question_told_beside_a_word_about_the_night_keeps_the_word(
    settings, sessions
) -> None:
    # Read as a question (the spec's intent), yet the four wakings are the patient's night
    clock = Clock(MORNING)
    enrolled_patient(sessions, user_id=USER, now=clock.now - dt.timedelta(days=3))
    kb = bundled_kb(settings)
    async with emulated_bot(settings, sessions, kb, clock=clock) as running:
        emu = running.emulator
        emu.send_text(USER, "woke 4x again. does ketamine actually help you stay asleep?")
        await emu.wait_for_message(USER, contains="From: Ketamine Therapy and Insomnia")
        await emu.wait_for_message(USER, contains="bed")
    row = _entry(sessions)
    assert row.awakenings == 4


async def test_a_side_effect_told_in_a_question_is_recorded(settings, sessions) -> None:
    # Read as a question (the spec's intent), yet the dizziness is on the patient's diary
    clock = Clock(MORNING)
    enrolled_patient(sessions, user_id=USER, now=clock.now - dt.timedelta(days=3))
    kb = bundled_kb(settings)
    async with emulated_bot(settings, sessions, kb, clock=clock) as running:
        emu = running.emulator
        emu.send_text(USER, "dizzy when i stood up this morning, is that normal?")
        await emu.wait_for_message(USER, contains="From: Common Side Effects")
        await emu.wait_for_message(USER, contains="bed")
    with sessions() as session:
        row = session.scalars(select(DiaryEntryRow)).one()
        effects = [(se.name, se.severity) for se in row.side_effects]
    assert effects == [("dizziness", None)]
