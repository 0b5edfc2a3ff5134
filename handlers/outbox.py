"""Messages the bot starts (check-ins, reminders, summaries): sent through PTB's rate limiter,
with Telegram's refusals turned into patient status instead of retry storms."""

from __future__ import annotations

import logging

from telegram import CallbackQuery, InlineKeyboardMarkup, Message
from telegram.error import BadRequest, Forbidden, NetworkError, TelegramError
from telegram.ext import Application

from handlers.ratelimit import BULK
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
        message = await application.bot.send_message(
            chat_id, text, reply_markup=markup, rate_limit_args=BULK
        )
    except Forbidden:
        d = application.bot_data["deps"]
        with d.sessions.begin() as session:
            patient_store.mark_unreachable(session, patient_id)
        log.warning("patient.unreachable", extra={"patient_id": patient_id})
    except BadRequest as error:  # a NetworkError subclass in PTB, but Telegram did answer
        log.warning("send.failed", extra={"patient_id": patient_id, "error": type(error).__name__})
    except NetworkError as error:  # a 5xx, a timeout, a dropped connection: retried later
        # Not logged as a warning per message: a Telegram-wide outage is noticed (and logged
        # once) by polling; this message is resent by a later tick.
        log.debug("send.failed", extra={"patient_id": patient_id, "error": type(error).__name__})
    except TelegramError as error:
        log.warning("send.failed", extra={"patient_id": patient_id, "error": type(error).__name__})
    else:
        return message
    return None


class Outage:
    """Whether Telegram as a whole is out of reach, as polling finds (kept in bot_data).

    An outage is logged once when it starts and once when it ends, not for every attempt;
    when it ends, the check-ins held back go out at once instead of waiting for backoff.
    """

    def __init__(self) -> None:
        self.failures = 0
        self._recovered = False

    def failed(self, error: Exception) -> None:
        if self.failures == 0:
            log.warning("telegram.unreachable", extra={"error": type(error).__name__})
        self.failures += 1

    def succeeded(self) -> None:
        if self.failures:
            log.info("telegram.reachable", extra={"failed_attempts": self.failures})
            self.failures = 0
            self._recovered = True

    def take_recovery(self) -> bool:
        """True once after Telegram came back: time to send what waited."""
        recovered, self._recovered = self._recovered, False
        return recovered


def outage(application: Application) -> Outage:
    return application.bot_data.setdefault("outage", Outage())


async def remove_buttons(query: CallbackQuery) -> None:
    """Take the buttons off the message that was pressed. Pressing an old, already answered or
    forged button is normal; then there is nothing to take off, and that is not an error."""
    try:
        await query.edit_message_reply_markup(None)
    except BadRequest as error:
        log.debug("buttons.not_removed", extra={"error": str(error)[:80]})
