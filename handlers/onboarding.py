"""/start with an invitation code, the consent screen, and enrolment on "I agree"."""

from __future__ import annotations

import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot import invitations
from bot.texts import common, onboarding
from handlers.context import deps
from handlers.deps import Deps
from handlers.outbox import remove_buttons
from storage import audit
from storage import invitations as invitation_store
from storage import patients as patient_store

log = logging.getLogger(__name__)

AGREE = "agree:"
DECLINE = "decline"


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/start [CODE]: a deep link from an invitation, or someone finding the bot."""
    code = context.args[0] if context.args else None
    await offer_consent(update, context, code)


async def offer_consent(
    update: Update, context: ContextTypes.DEFAULT_TYPE, code: str | None
) -> None:
    d = deps(context)
    user, message = update.effective_user, update.effective_message
    if user is None or message is None:
        return
    with d.sessions.begin() as session:
        enrolled = patient_store.by_telegram_user(session, user.id) is not None
        result = None
        if not enrolled and code:
            result = invitation_store.check(session, code, telegram_user_id=user.id, now=d.clock())
    if enrolled:
        await message.reply_text(onboarding.ALREADY_ENROLLED)
        return
    if result is None or code is None:
        await message.reply_text(common.not_enrolled(d.settings.clinic))
        return
    log.info("invitation.checked", extra={"outcome": result.outcome})
    if result.outcome != "ok":
        await message.reply_text(_refusal(result.outcome))
        return
    # Nothing about this person is stored until they agree: the code rides in the button.
    keyboard = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    onboarding.AGREE_BUTTON, callback_data=AGREE + invitations.normalize(code)
                )
            ],
            [InlineKeyboardButton(onboarding.DECLINE_BUTTON, callback_data=DECLINE)],
        ]
    )
    await message.reply_text(onboarding.consent(d.settings.clinic), reply_markup=keyboard)


async def agree(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    user, chat = update.effective_user, update.effective_chat
    if query is None or user is None or query.data is None or chat is None:
        return
    await query.answer()
    reply = _enrol(deps(context), query.data.removeprefix(AGREE), user.id, chat.id)
    # Telegram is only called once the transaction is over: a write lock is never held
    # across a network round trip.
    await remove_buttons(query)
    await context.bot.send_message(chat.id, reply)


def _enrol(d: Deps, code: str, telegram_user_id: int, chat_id: int) -> str:
    """Redeem the code and enrol the patient; the reply to send, whatever happened."""
    now = d.clock()
    with d.sessions.begin() as session:
        if patient_store.by_telegram_user(session, telegram_user_id) is not None:
            return onboarding.ALREADY_ENROLLED
        result = invitation_store.check(session, code, telegram_user_id=telegram_user_id, now=now)
        if result.outcome != "ok":
            return _refusal(result.outcome)
        if not invitation_store.redeem(session, result.invitation, now=now):
            return _refusal("used")
        patient = result.patient
        patient_store.enroll(
            session, patient, telegram_user_id=telegram_user_id, chat_id=chat_id, now=now
        )
        audit.record(
            session,
            actor=f"telegram:{telegram_user_id}",
            action="patient.consented",
            patient_id=patient.id,
            now=now,
        )
    log.info("patient.enrolled", extra={"patient_id": patient.id})
    return onboarding.welcome(patient.checkin_time, patient.timezone)


async def decline(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    if query is None:
        return
    await query.answer()
    await remove_buttons(query)
    if update.effective_chat is not None:
        await context.bot.send_message(update.effective_chat.id, onboarding.DECLINED)


def _refusal(outcome: str) -> str:
    return {
        "unknown": onboarding.CODE_UNKNOWN,
        "expired": onboarding.CODE_EXPIRED,
        "used": onboarding.CODE_USED,
        "locked": onboarding.CODE_LOCKED,
    }[outcome]
