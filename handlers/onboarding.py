"""/start with an invitation code, the consent screen, and enrolment on "I agree"."""

from __future__ import annotations

import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot import invitations
from bot.texts import common, onboarding
from handlers.context import deps
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
        if patient_store.by_telegram_user(session, user.id) is not None:
            await message.reply_text(onboarding.ALREADY_ENROLLED)
            return
        if not code:
            await message.reply_text(common.not_enrolled(d.settings.clinic))
            return
        result = invitation_store.check(session, code, telegram_user_id=user.id, now=d.clock())
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
    user = update.effective_user
    if query is None or user is None or query.data is None or update.effective_chat is None:
        return
    await query.answer()
    d = deps(context)
    code = query.data.removeprefix(AGREE)
    now = d.clock()
    with d.sessions.begin() as session:
        if patient_store.by_telegram_user(session, user.id) is not None:
            await remove_buttons(query)
            await context.bot.send_message(update.effective_chat.id, onboarding.ALREADY_ENROLLED)
            return
        result = invitation_store.check(session, code, telegram_user_id=user.id, now=now)
        if result.outcome != "ok" or not invitation_store.redeem(
            session, result.invitation, now=now
        ):
            outcome = result.outcome if result.outcome != "ok" else "used"
            await context.bot.send_message(update.effective_chat.id, _refusal(outcome))
            return
        patient = result.patient
        patient_store.enroll(
            session,
            patient,
            telegram_user_id=user.id,
            chat_id=update.effective_chat.id,
            now=now,
        )
        audit.record(
            session,
            actor=f"telegram:{user.id}",
            action="patient.consented",
            patient_id=patient.id,
            now=now,
        )
        checkin_time, timezone, patient_id = patient.checkin_time, patient.timezone, patient.id
    log.info("patient.enrolled", extra={"patient_id": patient_id})
    await remove_buttons(query)
    await context.bot.send_message(
        update.effective_chat.id, onboarding.welcome(checkin_time, timezone)
    )


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
