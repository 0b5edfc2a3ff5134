"""A message the bot failed to handle: its safety reply still goes out, and the person hears.

Understanding a message and storing what it changed is one transaction, so a fault anywhere in
it (a database that is down, a write the schema refuses, a bug) rolls back its safety event
too. This error handler runs after any handler raised: the words are assessed again on their
own, the event is recorded in a transaction of its own (or, if even that fails, the staff chat
is alerted from memory), and anyone else is asked to send their message again.
"""

from __future__ import annotations

import datetime as dt
import logging
from zoneinfo import ZoneInfo

from sqlalchemy.exc import SQLAlchemyError
from telegram import Update
from telegram.constants import ChatType
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot.safety import SafetyAssessment, assess
from bot.texts import common
from handlers import safety as safety_handler
from handlers.context import current_patient, deps
from storage import inbox
from storage.models import Patient

log = logging.getLogger(__name__)


async def respond(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    if not isinstance(update, Update) or isinstance(context.error, TelegramError):
        return  # Telegram itself failed: a reply now would fail the same way
    chat, user = update.effective_chat, update.effective_user
    if chat is None or user is None or chat.type != ChatType.PRIVATE:
        return
    d = deps(context)
    now = d.clock()
    if _committed(context, update.update_id):
        return  # the handler's transaction went through, and its safety reply with it
    message = update.message or update.edited_message
    words = message.text if message is not None else None
    assessment = assess(words) if words else None
    try:
        patient, known = current_patient(context, user.id), True
    except SQLAlchemyError:
        patient, known = None, False
    if assessment is None or assessment.level == "none":
        await context.bot.send_message(chat.id, common.NOT_SAVED)
        return
    if known and patient is None:
        # Not a patient: nothing is theirs to record or alert, and this reply names 988 and 911.
        await context.bot.send_message(chat.id, common.not_enrolled(d.settings.clinic))
        return
    assert words is not None
    event_id = _record(context, patient, assessment, words, update.update_id, now)
    # The staff may have the words, but the diary does not: the reply must not say it does.
    await safety_handler.reply(context, chat.id, assessment, saved=False)
    if event_id is not None:
        context.application.create_task(
            safety_handler.send_alert(context.application, event_id), name=f"alert-{event_id}"
        )
    else:
        # Someone we could not look up may be a patient: the staff hear rather than miss it.
        label = patient.label if patient is not None else f"Telegram user {user.id}"
        zone = ZoneInfo(patient.timezone) if patient is not None else dt.UTC
        context.application.create_task(
            safety_handler.send_unsaved_alert(
                context.application, label, assessment, words, now.astimezone(zone)
            ),
            name=f"unsaved-alert-{update.update_id}",
        )


def _committed(context: ContextTypes.DEFAULT_TYPE, update_id: int) -> bool:
    try:
        with deps(context).sessions() as session:
            return inbox.is_handled(session, update_id)
    except SQLAlchemyError:
        return False


def _record(
    context: ContextTypes.DEFAULT_TYPE,
    patient: Patient | None,
    assessment: SafetyAssessment,
    words: str,
    update_id: int,
    now: dt.datetime,
) -> int | None:
    """The safety event on its own, with the update marked handled; None if it cannot be."""
    if patient is None:
        return None
    try:
        with deps(context).sessions.begin() as session:
            event_id = safety_handler.record_event(session, patient, assessment, words, now)
            inbox.mark_handled(session, update_id, now)
            return event_id
    except SQLAlchemyError as error:
        log.error(
            "safety.event_unsaved",
            extra={"patient_id": patient.id, "update_id": update_id, "error": type(error).__name__},
        )
        return None
