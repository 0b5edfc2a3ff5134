"""Kind answers to what the bot cannot use, and to people it does not know."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from bot.texts import common
from handlers.context import deps
from storage import patients as patient_store


async def not_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stickers, photos, voice notes, files, locations: say what the bot understands."""
    message = update.effective_message
    if message is None or update.effective_user is None:
        return
    d = deps(context)
    with d.sessions() as session:
        known = patient_store.by_telegram_user(session, update.effective_user.id) is not None
    if not known:
        await message.reply_text(common.not_enrolled(d.settings.clinic))
    elif message.location is not None:
        await message.reply_text(common.LOCATION_NOT_NEEDED)
    else:
        await message.reply_text(common.NOT_TEXT)


async def group_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is not None:
        await message.reply_text(common.GROUPS_NOT_SUPPORTED)


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is not None:
        await message.reply_text(common.UNKNOWN_COMMAND)


async def stale_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A button nobody handles (old, or forged data): answer it so the spinner stops."""
    if update.callback_query is not None:
        await update.callback_query.answer()
