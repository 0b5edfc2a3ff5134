"""Messages the bot starts (check-ins, reminders, summaries): sent through PTB's rate limiter,
with Telegram's refusals turned into patient status instead of retry storms."""

from __future__ import annotations

import logging

from telegram import CallbackQuery, InlineKeyboardMarkup, Message
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import Application

from storage import patients as patient_store

log = logging.getLogger(__name__)


async def deliver(
    application: Application,
    patient_id: int,
    chat_id: int,
    text: str,
    markup: InlineKeyboardMarkup | None = None,
) -> Message | None:
    """Send, or return None when Telegram would not take it now.

    A 403 means the patient blocked the bot: they are marked unreachable and not tried again
    until they write to us. RetryAfter is waited out by the rate limiter before we see it.
    """
    try:
        return await application.bot.send_message(chat_id, text, reply_markup=markup)
    except Forbidden:
        d = application.bot_data["deps"]
        with d.sessions.begin() as session:
            patient_store.mark_unreachable(session, patient_id)
        log.warning("patient.unreachable", extra={"patient_id": patient_id})
    except TelegramError as error:
        log.warning("send.failed", extra={"patient_id": patient_id, "error": type(error).__name__})
    return None


async def remove_buttons(query: CallbackQuery) -> None:
    """Take the buttons off the message that was pressed. Pressing an old or forged button
    twice is normal; Telegram's "message is not modified" then is not an error."""
    try:
        await query.edit_message_reply_markup(None)
    except BadRequest as error:
        if "not modified" not in str(error).lower():
            raise
