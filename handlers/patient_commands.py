"""A patient's own commands: /help /log /summary /time /timezone /pause /resume /privacy
/mydata /delete /stop /fix. Each finds the patient, calls storage or the domain, replies."""

from __future__ import annotations

import asyncio
import datetime as dt
import io
from collections.abc import Awaitable, Callable
from functools import wraps

from sqlalchemy.orm import Session
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot import charts, conversation, diary, export, metrics, nights, timezones
from bot.conversation import FIXING, Reply, State
from bot.entry import DiaryEntry
from bot.texts import commands as command_texts
from bot.texts import common
from bot.texts import diary as diary_texts
from bot.texts import patient as texts
from handlers.context import current_patient, deps
from handlers.diary import local_now, send_replies
from handlers.outbox import remove_buttons
from storage import audit, conversations
from storage import diary as diary_store
from storage import patients as patient_store
from storage.models import Patient

PatientCommand = Callable[[Update, ContextTypes.DEFAULT_TYPE, Patient], Awaitable[None]]
DELETE_YES, DELETE_NO = "delete:yes", "delete:no"


def for_patients(
    handler: PatientCommand,
) -> Callable[[Update, ContextTypes.DEFAULT_TYPE], Awaitable[None]]:
    """Run `handler` for an enrolled patient; anyone else gets the kind not-enrolled reply."""

    @wraps(handler)
    async def wrapper(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        user, message = update.effective_user, update.effective_message
        if user is None or message is None:
            return
        patient = current_patient(context, user.id)
        if patient is None:
            await message.reply_text(common.not_enrolled(deps(context).settings.clinic))
            return
        await handler(update, context, patient)

    return wrapper


@for_patients
async def help_command(
    update: Update, context: ContextTypes.DEFAULT_TYPE, patient: Patient
) -> None:
    await update.effective_message.reply_text(command_texts.help_text())  # type: ignore[union-attr]


@for_patients
async def log(update: Update, context: ContextTypes.DEFAULT_TYPE, patient: Patient) -> None:
    """Start last night's entry now (after 6 pm: tonight's, which ends tomorrow morning)."""
    d = deps(context)
    now = d.clock()
    local = local_now(patient, now)
    night = nights.night_to_log(local)
    with d.sessions.begin() as session:
        row = diary_store.get_row(session, patient.id, night)
        entry = diary_store.to_entry(row) if row else DiaryEntry(diary_date=night)
        turn = conversation.after_answer(entry, State(night, None, (), now), now=now)
        conversations.save(session, patient.id, turn.state, now=now)
    await send_replies(update.effective_message, turn.replies)  # type: ignore[arg-type]


@for_patients
async def summary(update: Update, context: ContextTypes.DEFAULT_TYPE, patient: Patient) -> None:
    d = deps(context)
    message = update.effective_message
    assert message is not None
    days = nights.last_days(local_now(patient, d.clock()).date(), 7)
    with d.sessions() as session:
        entries = diary_store.recent_entries(session, patient.id, since=days[0], until=days[-1])
    if not entries:
        await message.reply_text(texts.NO_NIGHTS_THIS_WEEK)
        return
    await message.reply_text(texts.week_summary(metrics.weekly_averages(entries)))
    png = await asyncio.to_thread(charts.sleep_chart, entries, days=days)
    await message.reply_photo(png, filename="sleep.png")


@for_patients
async def set_time(update: Update, context: ContextTypes.DEFAULT_TYPE, patient: Patient) -> None:
    message = update.effective_message
    assert message is not None
    value = nights.parse_clock_time(" ".join(context.args or []))
    if value is None:
        await message.reply_text(texts.TIME_USAGE)
        return
    row = _reschedule(context, patient, "patient.time_changed", checkin_time=value)
    await message.reply_text(texts.time_changed(row.checkin_time, row.timezone))


@for_patients
async def set_weekly_day(
    update: Update, context: ContextTypes.DEFAULT_TYPE, patient: Patient
) -> None:
    message = update.effective_message
    assert message is not None
    weekday = nights.weekday_named(" ".join(context.args or []))
    if weekday is None:
        await message.reply_text(texts.WEEKLY_USAGE)
        return
    _reschedule(context, patient, "patient.summary_day_changed", summary_weekday=weekday)
    await message.reply_text(texts.weekly_day_changed(nights.WEEKDAYS[weekday]))


@for_patients
async def set_timezone(
    update: Update, context: ContextTypes.DEFAULT_TYPE, patient: Patient
) -> None:
    message = update.effective_message
    assert message is not None
    wanted = " ".join(context.args or [])
    if not wanted:
        await message.reply_text(texts.TIMEZONE_USAGE)
        return
    timezone = timezones.find_timezone(wanted)
    if timezone is None:
        await message.reply_text(texts.TIMEZONE_UNKNOWN)
        return
    row = _reschedule(context, patient, "patient.timezone_changed", timezone=timezone)
    await message.reply_text(texts.timezone_changed(row.timezone, row.checkin_time))


def _reschedule(
    context: ContextTypes.DEFAULT_TYPE,
    patient: Patient,
    action: str,
    *,
    checkin_time: dt.time | None = None,
    timezone: str | None = None,
    summary_weekday: int | None = None,
) -> Patient:
    d = deps(context)
    now = d.clock()
    with d.sessions.begin() as session:
        row = session.get(Patient, patient.id)
        assert row is not None
        patient_store.set_schedule(
            session,
            row,
            now=now,
            checkin_time=checkin_time,
            timezone=timezone,
            summary_weekday=summary_weekday,
        )
        _audit(session, row, action, now)
        return row


def _audit(session: Session, patient: Patient, action: str, now: dt.datetime) -> None:
    audit.record(
        session,
        actor=f"telegram:{patient.telegram_user_id}",
        action=action,
        patient_id=patient.id,
        now=now,
    )


TIMEZONE_PICK = "tz:"


@for_patients
async def location(update: Update, context: ContextTypes.DEFAULT_TYPE, patient: Patient) -> None:
    """A shared location: offer its time zone (the location itself is never stored)."""
    message = update.effective_message
    assert message is not None and message.location is not None
    timezone = await timezones.timezone_at(message.location.latitude, message.location.longitude)
    if timezone is None:
        await message.reply_text(texts.TIMEZONE_FROM_LOCATION_UNKNOWN)
        return
    keyboard = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    texts.timezone_use_button(timezone), callback_data=TIMEZONE_PICK + timezone
                )
            ],
            [InlineKeyboardButton(texts.TIMEZONE_KEEP_BUTTON, callback_data=TIMEZONE_PICK)],
        ]
    )
    await message.reply_text(texts.timezone_offer(timezone), reply_markup=keyboard)


@for_patients
async def timezone_picked(
    update: Update, context: ContextTypes.DEFAULT_TYPE, patient: Patient
) -> None:
    query = update.callback_query
    assert query is not None and query.data is not None and query.message is not None
    await query.answer()
    await remove_buttons(query)
    wanted = query.data.removeprefix(TIMEZONE_PICK)
    timezone = timezones.find_timezone(wanted) if wanted else None
    if timezone is None:
        await context.bot.send_message(query.message.chat.id, texts.TIMEZONE_KEPT)
        return
    row = _reschedule(context, patient, "patient.timezone_changed", timezone=timezone)
    await context.bot.send_message(
        query.message.chat.id, texts.timezone_changed(row.timezone, row.checkin_time)
    )


@for_patients
async def pause(update: Update, context: ContextTypes.DEFAULT_TYPE, patient: Patient) -> None:
    d = deps(context)
    with d.sessions.begin() as session:
        row = session.get(Patient, patient.id)
        assert row is not None
        was_paused = row.status == "paused"
        row.status = "paused"
        _audit(session, row, "patient.paused", d.clock())
    await update.effective_message.reply_text(texts.ALREADY_PAUSED if was_paused else texts.PAUSED)  # type: ignore[union-attr]


@for_patients
async def resume(update: Update, context: ContextTypes.DEFAULT_TYPE, patient: Patient) -> None:
    d = deps(context)
    with d.sessions.begin() as session:
        row = session.get(Patient, patient.id)
        assert row is not None
        if row.status != "paused":
            reply = texts.NOT_PAUSED
        else:
            row.status = "active"
            patient_store.set_schedule(session, row, now=d.clock())
            _audit(session, row, "patient.resumed", d.clock())
            reply = texts.resumed(row.checkin_time, row.timezone)
    await update.effective_message.reply_text(reply)  # type: ignore[union-attr]


@for_patients
async def privacy(update: Update, context: ContextTypes.DEFAULT_TYPE, patient: Patient) -> None:
    await update.effective_message.reply_text(texts.privacy(deps(context).settings.clinic))  # type: ignore[union-attr]


@for_patients
async def mydata(update: Update, context: ContextTypes.DEFAULT_TYPE, patient: Patient) -> None:
    d = deps(context)
    message = update.effective_message
    assert message is not None
    with d.sessions() as session:
        nights = diary_store.export_nights(session, patient_id=patient.id)
    if not nights:
        await message.reply_text(texts.NO_DATA)
        return
    buffer = io.StringIO()
    export.write_csv(nights, buffer, labels=True)
    data = ("\ufeff" + buffer.getvalue()).encode()  # BOM: opens cleanly in Excel
    await message.reply_document(data, filename="my-sleep-diary.csv", caption=texts.MYDATA_CAPTION)
    with d.sessions.begin() as session:
        _audit(session, patient, "patient.exported_own_data", d.clock())


@for_patients
async def delete(update: Update, context: ContextTypes.DEFAULT_TYPE, patient: Patient) -> None:
    keyboard = InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(texts.DELETE_BUTTON, callback_data=DELETE_YES)],
            [InlineKeyboardButton(texts.KEEP_BUTTON, callback_data=DELETE_NO)],
        ]
    )
    await update.effective_message.reply_text(texts.DELETE_CONFIRM, reply_markup=keyboard)  # type: ignore[union-attr]


@for_patients
async def delete_answer(
    update: Update, context: ContextTypes.DEFAULT_TYPE, patient: Patient
) -> None:
    query = update.callback_query
    assert query is not None
    await query.answer()
    await remove_buttons(query)
    d = deps(context)
    if query.data != DELETE_YES:
        await context.bot.send_message(query.message.chat.id, texts.KEPT)  # type: ignore[union-attr]
        return
    with d.sessions.begin() as session:
        row = session.get(Patient, patient.id)
        if row is not None:
            patient_store.delete(session, row)
        _audit(session, patient, "patient.deleted", d.clock())
    await context.bot.send_message(query.message.chat.id, texts.DELETED)  # type: ignore[union-attr]


@for_patients
async def stop(update: Update, context: ContextTypes.DEFAULT_TYPE, patient: Patient) -> None:
    d = deps(context)
    with d.sessions.begin() as session:
        row = session.get(Patient, patient.id)
        assert row is not None
        patient_store.withdraw(session, row)
        _audit(session, row, "patient.withdrew", d.clock())
    await update.effective_message.reply_text(texts.STOPPED)  # type: ignore[union-attr]


@for_patients
async def fix(update: Update, context: ContextTypes.DEFAULT_TYPE, patient: Patient) -> None:
    """/fix [today|yesterday|YYYY-MM-DD]: show that night and take a correction in words."""
    d = deps(context)
    message = update.effective_message
    assert message is not None
    now = d.clock()
    night = nights.night_named(" ".join(context.args or []), local_now(patient, now).date())
    if night is None:
        await message.reply_text(texts.FIX_WHICH)
        return
    with d.sessions.begin() as session:
        row = diary_store.get_row(session, patient.id, night)
        if row is None:
            reply = [Reply(texts.FIX_NOTHING)]
        else:
            entry = diary_store.to_entry(row)
            reply = [Reply(diary.summary_card(entry)), Reply(diary_texts.FIX_PROMPT)]
            conversations.save(session, patient.id, State(night, FIXING, (), now), now=now)
    await send_replies(message, reply)
