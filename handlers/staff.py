"""Staff commands, for the users in STAFF_USER_IDS only, in a private chat or the staff chat.

Anyone else is told "not available" and the attempt is written to the audit log; no patient
data ever reaches a chat that is not staff.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import wraps
from zoneinfo import ZoneInfo

from telegram import Update
from telegram.ext import BaseHandler, CommandHandler, ContextTypes, filters

from bot import invitations, timezones
from bot.texts import common
from bot.texts import staff as texts
from handlers.context import deps
from sleepdiary.settings import SettingsError, parse_clock
from storage import audit
from storage import safety as safety_store
from storage.invite import LabelTaken, invite
from storage.models import Patient

StaffCommand = Callable[[Update, ContextTypes.DEFAULT_TYPE], Awaitable[None]]


def staff_only(handler: StaffCommand) -> StaffCommand:
    @wraps(handler)
    async def wrapper(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        user, chat, message = update.effective_user, update.effective_chat, update.effective_message
        if user is None or chat is None or message is None:
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
        event = session.get(safety_store.SafetyEvent, event_id)
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
        try:
            checkin_time = parse_clock("time", extra)
            continue
        except SettingsError:
            pass
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


def _when(value, timezone: str) -> str:  # type: ignore[no-untyped-def]
    return value.astimezone(ZoneInfo(timezone)).strftime("%a %d %b %Y %H:%M %Z")


def handlers() -> list[BaseHandler]:  # type: ignore[type-arg]
    where = filters.ChatType.PRIVATE | filters.ChatType.GROUPS
    return [
        CommandHandler("ack", ack, filters=where),
        CommandHandler("invite", invite_command, filters=where),
    ]
