"""/faq and "What can I ask?": the article's topics as buttons; a press shows that section."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot import faq
from bot.texts import faq as texts
from handlers.context import deps
from handlers.patient_commands import for_patients
from storage.models import Patient

TOPIC = "faq:"  # + the topic's index: headings can be longer than Telegram's 64-byte data


@for_patients
async def topics(update: Update, context: ContextTypes.DEFAULT_TYPE, patient: Patient) -> None:
    headings = faq.topics(deps(context).kb)
    keyboard = InlineKeyboardMarkup(
        [[InlineKeyboardButton(h, callback_data=f"{TOPIC}{n}")] for n, h in enumerate(headings)]
    )
    await update.effective_message.reply_text(texts.TOPICS_INTRO, reply_markup=keyboard)  # type: ignore[union-attr]


@for_patients
async def topic_pressed(
    update: Update, context: ContextTypes.DEFAULT_TYPE, patient: Patient
) -> None:
    query = update.callback_query
    assert query is not None and query.data is not None
    await query.answer()
    kb = deps(context).kb
    headings = faq.topics(kb)
    index = query.data.removeprefix(TOPIC)
    if not index.isdigit() or int(index) >= len(headings):
        return  # stale or forged: nothing to show
    shown = faq.section_answer(headings[int(index)], kb)
    await context.bot.send_message(update.effective_chat.id, shown.answer)  # type: ignore[union-attr]
