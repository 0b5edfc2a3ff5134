"""Staff commands, for the users in STAFF_USER_IDS only, in a private chat or the staff chat.

Anyone else is told "not available" and the attempt is written to the audit log; no patient
data ever reaches a chat that is not staff.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import html
import io
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import wraps
from typing import Any
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, ContextTypes, filters

from bot import charts, invitations, nights, roster, timezones
from bot.entry import DiaryEntry
from bot.texts import common
from bot.texts import staff as texts
from handlers.context import deps
from storage import audit, exports
from storage import diary as diary_store
from storage import patients as patient_store
from storage import safety as safety_store
from storage.invite import LabelTaken, invite
from storage.models import Patient, SafetyEvent
from storage.roster import roster_page, roster_rows

# The most a bot may upload to Telegram.
MAX_UPLOAD_BYTES = 50 * 1024 * 1024
# Callback data of /patients' page buttons: "roster:2".
ROSTER_PAGE = "roster:"

StaffCommand = Callable[[Update, ContextTypes.DEFAULT_TYPE], Awaitable[None]]


def staff_only(handler: StaffCommand) -> StaffCommand:
    """Commands, and presses of the buttons staff commands send (a button in the staff chat
    can be pressed by anyone in it: the press is refused and audited like a command)."""

    @wraps(handler)
    async def wrapper(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        user, chat, message = update.effective_user, update.effective_chat, update.effective_message
        query = update.callback_query
        if user is None or chat is None or (message is None and query is None):
            return
        settings = deps(context).settings
        in_place = chat.type == "private" or chat.id == settings.staff_chat_id
        if user.id not in settings.staff_user_ids or not in_place:
            d = deps(context)
            with d.sessions.begin() as session:
                audit.record(
                    session,
                    actor=f"telegram:{user.id}",
                    action="staff.refused",
                    now=d.clock(),
                    detail={"command": handler.__name__},
                )
            if query is not None:
                await query.answer(common.NOT_AVAILABLE)
            elif message is not None:
                await message.reply_text(common.NOT_AVAILABLE)
            return
        await handler(update, context)

    return wrapper


@staff_only
async def ack(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message, user = update.effective_message, update.effective_user
    assert message is not None and user is not None
    args = context.args or []
    if len(args) != 1 or not args[0].lstrip("#").isdigit():
        await message.reply_text(texts.ACK_USAGE)
        return
    event_id = int(args[0].lstrip("#"))
    d = deps(context)
    now = d.clock()
    with d.sessions.begin() as session:
        event = session.get(SafetyEvent, event_id)
        if event is None:
            reply = texts.ACK_UNKNOWN.format(event_id=event_id)
        elif event.acknowledged_at is not None:
            reply = texts.already_acknowledged(
                event_id, _when(event.acknowledged_at, d.settings.clinic_timezone)
            )
        else:
            safety_store.acknowledge(session, event_id, by=user.id, now=now)
            patient = session.get(Patient, event.patient_id)
            audit.record(
                session,
                actor=f"telegram:{user.id}",
                action="safety.acknowledged",
                patient_id=event.patient_id,
                now=now,
                detail={"event_id": event_id},
            )
            who = f"@{user.username}" if user.username else f"user {user.id}"
            reply = texts.acknowledged(
                event_id,
                patient.label if patient else "?",
                who,
                _when(now, d.settings.clinic_timezone),
            )
    await message.reply_text(reply)


@staff_only
async def invite_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message, user = update.effective_message, update.effective_user
    assert message is not None and user is not None
    d = deps(context)
    args = list(context.args or [])
    if not args or len(args) > 3:
        await message.reply_text(texts.INVITE_USAGE)
        return
    label, timezone, checkin_time = (
        args[0],
        d.settings.clinic_timezone,
        d.settings.default_checkin_time,
    )
    for extra in args[1:]:
        time_given = nights.parse_hh_mm(extra)
        if time_given is not None:
            checkin_time = time_given
            continue
        found = timezones.find_timezone(extra)
        if found is None:
            await message.reply_text(texts.INVITE_BAD_TIMEZONE.format(value=extra))
            return
        timezone = found
    now = d.clock()
    try:
        with d.sessions.begin() as session:
            new = invite(
                session,
                label=label,
                timezone=timezone,
                checkin_time=checkin_time,
                now=now,
                valid_days=d.settings.invitation_valid_days,
                actor=f"telegram:{user.id}",
            )
    except LabelTaken:
        await message.reply_text(texts.INVITE_LABEL_TAKEN.format(label=label))
        return
    username = d.settings.bot_username or context.bot.username
    link = invitations.invitation_link(username, new.code)
    await message.reply_text(
        texts.invitation(label, new.code, link, _when(new.expires_at, d.settings.clinic_timezone))
    )


def _when(value: dt.datetime, timezone: str) -> str:
    return value.astimezone(ZoneInfo(timezone)).strftime("%a %d %b %Y %H:%M %Z")


def _actor(update: Update) -> str:
    assert update.effective_user is not None
    return f"telegram:{update.effective_user.id}"


@staff_only
async def patients_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/patients [page]: one page of patients, those needing attention first, with
    adherence, last entry, side effects and open events; buttons turn the pages."""
    message = update.effective_message
    assert message is not None
    args = context.args or []
    page = 1 if not args else roster.parse_page(args[0]) if len(args) == 1 else None
    if page is None:
        await message.reply_text(texts.ROSTER_USAGE)
        return
    text, buttons = _roster_view(update, context, page)
    await message.reply_text(text, reply_markup=buttons)


@staff_only
async def roster_page_pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A page button of /patients: the same message shows that page, as of now."""
    query = update.callback_query
    assert query is not None
    await query.answer()
    page = roster.parse_page((query.data or "").removeprefix(ROSTER_PAGE))
    if page is None or query.message is None:
        return
    text, buttons = _roster_view(update, context, page)
    try:
        await query.edit_message_text(text, reply_markup=buttons)
    except BadRequest as error:  # pressed twice within the minute: nothing changed
        if "not modified" not in str(error).lower():
            raise


def _roster_view(
    update: Update, context: ContextTypes.DEFAULT_TYPE, page: int
) -> tuple[str, InlineKeyboardMarkup | None]:
    """One /patients page as text and its buttons; the view is audited."""
    d = deps(context)
    now = d.clock()
    with d.sessions.begin() as session:
        found = roster_page(session, now=now, page=page, clinic_timezone=d.settings.clinic_timezone)
        audit.record(
            session,
            actor=_actor(update),
            action="staff.roster_viewed",
            now=now,
            detail={"rows": len(found.rows), "page": found.page, "pages": found.pages},
        )
    if not found.rows:
        return texts.ROSTER_EMPTY, None
    head = texts.roster_page_head(
        found.counts,
        page=found.page,
        pages=found.pages,
        when=_when(now, d.settings.clinic_timezone),
    )
    text = roster.fit_page(head, [texts.roster_block(row) for row in found.rows])
    return text, _page_buttons(found.page, found.pages)


def _page_buttons(page: int, pages: int) -> InlineKeyboardMarkup | None:
    row = [
        InlineKeyboardButton(label.format(page=target), callback_data=f"{ROSTER_PAGE}{target}")
        for label, target in ((texts.ROSTER_PREVIOUS, page - 1), (texts.ROSTER_NEXT, page + 1))
        if 1 <= target <= pages
    ]
    return InlineKeyboardMarkup([row]) if row else None


@staff_only
async def patient_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/patient <label>: the last 14 nights as a table, and the chart."""
    message = update.effective_message
    assert message is not None
    args = context.args or []
    if len(args) != 1:
        await message.reply_text(texts.PATIENT_USAGE)
        return
    label = args[0]
    d = deps(context)
    now = d.clock()
    row: roster.RosterRow | None = None
    days: list[dt.date] = []
    entries: list[DiaryEntry] = []
    with d.sessions.begin() as session:
        found = roster_rows(session, now=now, label=label)
        if found:
            row = found[0]
            days = roster.window_days(roster.local_today(now, row.timezone))
            entries = diary_store.recent_entries(
                session, row.patient_id, since=days[0], until=days[-1]
            )
        audit.record(
            session,
            actor=_actor(update),
            action="staff.patient_viewed",
            patient_id=row.patient_id if row else None,
            now=now,
            detail={"rows": len(entries)},
        )
    if row is None:
        await message.reply_text(texts.PATIENT_UNKNOWN.format(label=label))
        return
    by_day = {entry.diary_date: entry for entry in entries}
    table = roster.aligned(
        [
            list(texts.NIGHT_TABLE_HEADER),
            *(roster.night_cells(day, by_day.get(day), missing=texts.NO_NIGHT) for day in days),
        ]
    )
    title = html.escape(texts.patient_title(row, days[0], days[-1]))
    # <pre> costs 11 characters per message; leave room for it under Telegram's limit.
    parts = roster.split_message(
        [html.escape(line) for line in table], limit=roster.TELEGRAM_LIMIT - 16 - len(title)
    )
    for index, part in enumerate(parts):
        head = title + "\n" if index == 0 else ""
        await message.reply_text(f"{head}<pre>{part}</pre>", parse_mode=ParseMode.HTML)
    png = await asyncio.to_thread(charts.sleep_chart, entries, days=days)
    await message.reply_photo(
        png, filename="sleep.png", caption=texts.CHART_CAPTION.format(label=row.label)
    )


@dataclass(frozen=True)
class ExportRequest:
    since: dt.date | None = None
    until: dt.date | None = None
    label: str | None = None


def parse_export_args(args: list[str]) -> ExportRequest | None:
    """[since] [until] [label] in any order of dates then label; None when it does not parse."""
    dates: list[dt.date] = []
    labels: list[str] = []
    for arg in args:
        try:
            dates.append(dt.date.fromisoformat(arg))
        except ValueError:
            labels.append(arg)
    if len(dates) > 2 or len(labels) > 1:
        return None
    return ExportRequest(
        since=dates[0] if dates else None,
        until=dates[1] if len(dates) > 1 else None,
        label=labels[0] if labels else None,
    )


def export_filename(request: ExportRequest) -> str:
    parts = ["sleep-diary", request.label or "all"]
    parts += [str(day) for day in (request.since, request.until) if day]
    name = "-".join(parts)
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in name) + ".csv"


@staff_only
async def export_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/export [since] [until] [label]: the diary as a CSV document (opens in Excel)."""
    message = update.effective_message
    assert message is not None
    request = parse_export_args(list(context.args or []))
    if request is None:
        await message.reply_text(texts.EXPORT_USAGE)
        return
    if request.since and request.until and request.since > request.until:
        await message.reply_text(
            texts.EXPORT_BAD_RANGE.format(since=request.since, until=request.until)
        )
        return
    d = deps(context)
    patient_id = None
    if request.label is not None:
        with d.sessions() as session:
            patient = patient_store.by_label(session, request.label)
        if patient is None:
            await message.reply_text(texts.PATIENT_UNKNOWN.format(label=request.label))
            return
        patient_id = patient.id
    filters_ = exports.Filters(since=request.since, until=request.until, patient_id=patient_id)

    def build() -> tuple[bytes, int]:
        # python-telegram-bot reads an upload into memory whole, so bytes it is; Telegram
        # takes 50 MB from a bot, and larger exports are for the command line.
        buffer = io.BytesIO()
        with d.sessions() as session:
            # Rows straight from the query to the writer, as the command line does.
            count = exports.write_rows(
                exports.iter_rows(session, filters_), buffer, format="csv", excel=True
            )
        return buffer.getvalue(), count

    data, count = await asyncio.to_thread(build)
    if not count:
        await message.reply_text(texts.EXPORT_NOTHING)
    elif len(data) > MAX_UPLOAD_BYTES:
        await message.reply_text(texts.EXPORT_TOO_BIG.format(nights=count))
    else:
        await message.reply_document(
            data,
            filename=export_filename(request),
            caption=texts.export_caption(count, request.since, request.until),
        )
    detail: dict[str, Any] = {"format": "csv", "rows": count, "channel": "telegram"}
    detail.update({k: str(v) for k, v in (("since", request.since), ("until", request.until)) if v})
    with d.sessions.begin() as session:
        audit.record(
            session,
            actor=_actor(update),
            action="staff.exported",
            patient_id=patient_id,
            now=d.clock(),
            detail=detail,
        )


def handlers() -> list[BaseHandler]:  # type: ignore[type-arg]
    where = filters.ChatType.PRIVATE | filters.ChatType.GROUPS
    return [
        CommandHandler("ack", ack, filters=where),
        CommandHandler("invite", invite_command, filters=where),
        CommandHandler("patients", patients_command, filters=where),
        CallbackQueryHandler(roster_page_pressed, pattern=f"^{ROSTER_PAGE}"),
        CommandHandler("patient", patient_command, filters=where),
        CommandHandler("export", export_command, filters=where),
    ]
