"""A patient's commands, corrections, odd messages and the weekly summary, end to end."""

from __future__ import annotations

import csv
import datetime as dt
import io

from sqlalchemy import func, select

from handlers.jobs import tick
from sleepdiary.emulated import emulated_bot
from storage.models import AuditLog, DiaryEntryRow, EntryMessage, Patient
from tests.harness import Clock, bundled_kb, enrolled_patient

USER = 930_001
UTC = dt.UTC
MORNING = dt.datetime(2026, 11, 24, 13, 5, tzinfo=UTC)  # Tuesday 08:05 in New York


def _patient(sessions) -> Patient | None:  # type: ignore[no-untyped-def]
    with sessions() as session:
        return session.scalars(select(Patient)).one_or_none()


async def test_menu_is_set_and_help_lists_it(settings, sessions) -> None:
    enrolled_patient(sessions, user_id=USER, now=MORNING)
    async with emulated_bot(
        settings, sessions, bundled_kb(settings), clock=Clock(MORNING)
    ) as running:
        names = [c["command"] for c in running.emulator.commands()]
        for expected in (
            "log",
            "summary",
            "time",
            "timezone",
            "pause",
            "resume",
            "privacy",
            "mydata",
            "delete",
            "stop",
            "help",
        ):
            assert expected in names
        running.emulator.send_text(USER, "/help")
        help_text = await running.emulator.wait_for_message(USER)
        assert all(f"/{name}" in help_text.text for name in names)


async def test_time_and_timezone_change_the_schedule(settings, sessions) -> None:
    enrolled_patient(sessions, user_id=USER, now=MORNING)
    async with emulated_bot(
        settings, sessions, bundled_kb(settings), clock=Clock(MORNING)
    ) as running:
        emu = running.emulator
        emu.send_text(USER, "/time 25:00")
        await emu.wait_for_message(USER, contains="like /time 7:30")
        assert _patient(sessions).checkin_time == dt.time(8, 0)
        emu.send_text(USER, "/time 6:45am")
        await emu.wait_for_message(USER, contains="6:45 am")
        emu.send_text(USER, "/timezone Narnia")
        await emu.wait_for_message(USER, contains="don't know that one")
        emu.send_text(USER, "/timezone chicago")
        await emu.wait_for_message(USER, contains="America/Chicago")
    patient = _patient(sessions)
    assert (patient.checkin_time, patient.timezone) == (dt.time(6, 45), "America/Chicago")
    # 06:45 in Chicago on 25 November is 12:45 UTC.
    assert patient.next_checkin_at == dt.datetime(2026, 11, 25, 12, 45, tzinfo=UTC)


async def test_pause_stops_checkins_and_resume_restarts_them(settings, sessions) -> None:
    clock = Clock(MORNING)
    enrolled_patient(sessions, user_id=USER, now=MORNING)
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=clock) as running:
        emu = running.emulator
        emu.send_text(USER, "/pause")
        await emu.wait_for_message(USER, contains="paused")
        clock.now = dt.datetime(2026, 11, 25, 13, 0, 30, tzinfo=UTC)
        await tick(running.application)
        assert not any("How did you sleep" in t for t in emu.texts_to(USER))
        emu.send_text(USER, "/resume")
        await emu.wait_for_message(USER, contains="on again")
        clock.now = dt.datetime(2026, 11, 26, 13, 0, 30, tzinfo=UTC)
        await tick(running.application)
        assert sum("How did you sleep" in t for t in emu.texts_to(USER)) == 1


async def test_summary_sends_averages_and_a_chart(settings, sessions) -> None:
    clock = Clock(MORNING - dt.timedelta(days=3))
    enrolled_patient(sessions, user_id=USER, now=clock.now)
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=clock) as running:
        emu = running.emulator
        for _ in range(3):
            emu.send_text(
                USER,
                "bed 11pm, asleep 11:30, woke once for 10 min, woke up at 7, out of bed 7:10, "
                "slept well, "
                "no side effects",
            )
            await emu.wait_for_message(USER, contains="Does this look right?")
            clock.advance(days=1)
        emu.send_text(USER, "/summary")
        text = await emu.wait_for_message(USER, contains="last 7 nights")
        assert "3 logged" in text.text
        photo = await emu.wait_for_call("sendPhoto")
        assert photo.files and next(iter(photo.files.values())).data.startswith(b"\x89PNG")


async def test_mydata_sends_the_patients_own_rows_as_csv(settings, sessions) -> None:
    clock = Clock(MORNING)
    enrolled_patient(sessions, user_id=USER, now=clock.now, label="P-7")
    enrolled_patient(sessions, user_id=USER + 1, now=clock.now, label="P-8")
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=clock) as running:
        emu = running.emulator
        emu.send_text(USER, "bed 11, woke at 7, slept ok, a bit queasy")
        emu.send_text(USER + 1, "bed 10, woke at 6")
        await running.idle()
        emu.send_text(USER, "/mydata")
        call = await emu.wait_for_call("sendDocument")
    data = next(iter(call.files.values())).data.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(data)))
    assert [r["patient"] for r in rows] == ["P-7"]
    assert rows[0]["bedtime"] == "23:00" and rows[0]["nausea"] == "mild"


async def test_delete_after_confirmation_removes_everything(settings, sessions) -> None:
    clock = Clock(MORNING)
    patient_id = enrolled_patient(sessions, user_id=USER, now=clock.now)
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=clock) as running:
        emu = running.emulator
        emu.send_text(USER, "bed 11, woke at 7, secret-marker-words")
        await running.idle()
        emu.send_text(USER, "/delete")
        confirm = await emu.wait_for_message(USER, contains="can't be undone")
        emu.click(USER, confirm, "Yes, delete")
        await emu.wait_for_message(USER, contains="has been deleted")
        emu.send_text(USER, "hello again")
        await emu.wait_for_message(USER, contains="invitation")
    with sessions() as session:
        for model in (Patient, DiaryEntryRow, EntryMessage):
            assert session.scalar(select(func.count()).select_from(model)) == 0
        deleted = session.scalars(
            select(AuditLog).where(AuditLog.action == "patient.deleted")
        ).one()
    assert deleted.patient_id == patient_id
    assert "secret-marker-words" not in str(deleted.detail)


async def test_stop_withdraws_and_no_more_messages_are_sent(settings, sessions) -> None:
    clock = Clock(MORNING)
    enrolled_patient(sessions, user_id=USER, now=clock.now)
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=clock) as running:
        emu = running.emulator
        emu.send_text(USER, "/stop")
        await emu.wait_for_message(USER, contains="won't message you again")
        clock.advance(days=1)
        await tick(running.application)
        assert not any("How did you sleep" in t for t in emu.texts_to(USER))
    patient = _patient(sessions)
    assert patient.status == "withdrawn" and patient.telegram_user_id is None


async def test_fix_yesterday_and_edited_messages_correct_the_night(settings, sessions) -> None:
    clock = Clock(MORNING - dt.timedelta(days=1))
    enrolled_patient(sessions, user_id=USER, now=clock.now)
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=clock) as running:
        emu = running.emulator
        sent = emu.send_text(USER, "bed 11, woke twice, up at 7")
        await emu.wait_for_message(USER, contains="fall asleep")
        clock.advance(days=1)
        emu.send_text(USER, "/fix yesterday")
        await emu.wait_for_message(USER, contains="What needs changing")
        emu.send_text(USER, "I actually went to bed at 10:30")
        await emu.wait_for_message(USER, contains="10:30 pm")
        emu.edit_text(USER, sent["message_id"], "bed 11, woke 3 times, up at 7")
        await emu.wait_for_message(USER, contains="3 times")
    with sessions() as session:
        row = session.scalars(select(DiaryEntryRow)).one()
        kinds = session.scalars(select(EntryMessage.kind).order_by(EntryMessage.id)).all()
    assert row.diary_date == dt.date(2026, 11, 23)
    assert (row.bedtime, row.awakenings) == (dt.time(22, 30), 3)
    assert kinds == ["message", "message", "edit"]


async def test_things_the_bot_cannot_read_get_a_kind_answer(settings, sessions) -> None:
    enrolled_patient(sessions, user_id=USER, now=MORNING)
    async with emulated_bot(
        settings, sessions, bundled_kb(settings), clock=Clock(MORNING)
    ) as running:
        emu = running.emulator
        for send in (emu.send_sticker, emu.send_photo, emu.send_voice):
            send(USER)
            await emu.wait_for_message(USER, contains="typed messages")
        emu.send_document(USER, b"x", "notes.txt")
        await emu.wait_for_message(USER, contains="typed messages")
        emu.send_text(USER, "x" * 4096)
        await emu.wait_for_message(USER, contains="shorter parts")
        emu.send_text(USER, "/nonsense")
        await emu.wait_for_message(USER, contains="don't know that command")
        emu.send_text(USER, "/start", chat_id=-4242)
        await emu.wait_for_message(-4242, contains="one to one")
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(EntryMessage)) == 0


async def test_weekly_summary_once_on_sunday(settings, sessions) -> None:
    clock = Clock(dt.datetime(2026, 11, 27, 14, 0, tzinfo=UTC))  # Friday
    enrolled_patient(sessions, user_id=USER, now=clock.now)
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=clock) as running:
        emu = running.emulator
        clock.now = dt.datetime(2026, 11, 29, 13, 0, 30, tzinfo=UTC)  # Sunday 08:00:30 local
        await tick(running.application)
        await tick(running.application)
        clock.advance(days=1)
        await tick(running.application)
    summaries = [t for t in emu.texts_to(USER) if "week of sleep" in t]
    assert len(summaries) == 1


async def test_a_shared_location_offers_its_time_zone(settings, sessions) -> None:
    enrolled_patient(sessions, user_id=USER, now=MORNING)
    async with emulated_bot(
        settings, sessions, bundled_kb(settings), clock=Clock(MORNING)
    ) as running:
        emu = running.emulator
        emu.send_location(USER, 41.88, -87.63)  # Chicago
        offer = await emu.wait_for_message(USER, contains="America/Chicago")
        emu.click(USER, offer, "Yes")
        await emu.wait_for_message(USER, contains="time zone is now America/Chicago")
        emu.press_button(USER, offer.message_id, "tz:Not/AZone")  # forged
        await emu.wait_for_message(USER, contains="stays as it was")
    assert _patient(sessions).timezone == "America/Chicago"


async def test_weekly_summary_comes_on_the_chosen_day(settings, sessions) -> None:
    clock = Clock(dt.datetime(2026, 11, 27, 14, 0, tzinfo=UTC))  # Friday
    enrolled_patient(sessions, user_id=USER, now=clock.now)
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=clock) as running:
        emu = running.emulator
        emu.send_text(USER, "/weekly someday")
        await emu.wait_for_message(USER, contains="/weekly Sunday")
        emu.send_text(USER, "/weekly wed")
        await emu.wait_for_message(USER, contains="Wednesdays")
        clock.now = dt.datetime(2026, 11, 29, 13, 0, 30, tzinfo=UTC)  # Sunday 08:00 local
        await tick(running.application)
        assert not [t for t in emu.texts_to(USER) if "week of sleep" in t]
        clock.now = dt.datetime(2026, 12, 2, 13, 0, 30, tzinfo=UTC)  # Wednesday 08:00 local
        await tick(running.application)
        assert len([t for t in emu.texts_to(USER) if "week of sleep" in t]) == 1
