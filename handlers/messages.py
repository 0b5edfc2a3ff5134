"""Typed messages from private chats: an invitation code from a newcomer, or a patient's words."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from bot import invitations
from bot.texts import common
from handlers import diary
from handlers.context import current_patient, deps
from handlers.onboarding import offer_consent

TELEGRAM_MAX_TEXT = 4096


async def text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message, user = update.effective_message, update.effective_user
    if message is None or user is None or message.text is None:
        return
    d = deps(context)
    patient = current_patient(context, user.id)
    if patient is None:
        if invitations.looks_like_code(message.text):
            await offer_consent(update, context, message.text)
        else:
            await message.reply_text(common.not_enrolled(d.settings.clinic))
        return
    if len(message.text) >= TELEGRAM_MAX_TEXT:
        await message.reply_text(common.TOO_LONG)
        return
    await diary.on_text(update, context, patient)


async def edited(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message, user = update.edited_message, update.effective_user
    if message is None or user is None or message.text is None:
        return
    patient = current_patient(context, user.id)
    if patient is not None and len(message.text) < TELEGRAM_MAX_TEXT:
        await diary.on_edit(update, context, patient)


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A diary button. Buttons only ever touch the presser's own entries."""
    user = update.effective_user
    if update.callback_query is None or user is None:
        return
    patient = current_patient(context, user.id)
    if patient is None:
        await update.callback_query.answer()
        return
    await diary.on_button(update, context, patient)
