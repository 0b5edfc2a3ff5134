"""Telegram in and out: every handler is registered here, in one place.

Handlers translate an Update into a domain call and a reply, and keep no state in memory:
where a patient is in a conversation is a database row, read per update.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from handlers import (
    fallback,
    faq,
    guards,
    messages,
    onboarding,
    patient_commands,
    staff,
    unrecorded,
)

PATIENT_COMMANDS = {
    "help": patient_commands.help_command,
    "log": patient_commands.log,
    "summary": patient_commands.summary,
    "weekly": patient_commands.set_weekly_day,
    "time": patient_commands.set_time,
    "timezone": patient_commands.set_timezone,
    "pause": patient_commands.pause,
    "resume": patient_commands.resume,
    "privacy": patient_commands.privacy,
    "mydata": patient_commands.mydata,
    "delete": patient_commands.delete,
    "stop": patient_commands.stop,
    "fix": patient_commands.fix,
    "faq": faq.topics,
}


def register(application: Application) -> None:
    private = filters.ChatType.PRIVATE
    new_text = private & filters.TEXT & ~filters.COMMAND & filters.UpdateType.MESSAGE
    edited_text = private & filters.TEXT & ~filters.COMMAND & filters.UpdateType.EDITED_MESSAGE
    application.add_handler(TypeHandler(Update, guards.skip_handled), group=-2)
    application.add_handler(TypeHandler(Update, guards.slow_floods), group=-1)
    application.add_handler(TypeHandler(Update, guards.mark_handled), group=99)
    application.add_error_handler(guards.log_errors)
    application.add_error_handler(unrecorded.respond)
    application.add_handlers(
        [
            CommandHandler("start", onboarding.start, filters=private),
            *[
                CommandHandler(name, callback, filters=private)
                for name, callback in PATIENT_COMMANDS.items()
            ],
            *staff.handlers(),
            CallbackQueryHandler(onboarding.agree, pattern=f"^{onboarding.AGREE}"),
            CallbackQueryHandler(onboarding.decline, pattern=f"^{onboarding.DECLINE}$"),
            CallbackQueryHandler(messages.button, pattern=r"^(ans|confirm|fix):"),
            CallbackQueryHandler(faq.topic_pressed, pattern=f"^{faq.TOPIC}"),
            CallbackQueryHandler(patient_commands.delete_answer, pattern=r"^delete:"),
            CallbackQueryHandler(
                patient_commands.timezone_picked, pattern=f"^{patient_commands.TIMEZONE_PICK}"
            ),
            MessageHandler(new_text & filters.Regex(r"(?i)^\W*what can i ask\b"), faq.topics),
            MessageHandler(new_text, messages.text),
            MessageHandler(edited_text, messages.edited),
            MessageHandler(private & filters.COMMAND, fallback.unknown_command),
            MessageHandler(private & filters.LOCATION, patient_commands.location),
            MessageHandler(private & ~filters.TEXT & filters.UpdateType.MESSAGE, fallback.not_text),
            MessageHandler(filters.ChatType.GROUPS & filters.COMMAND, fallback.group_message),
            CallbackQueryHandler(fallback.stale_button),
        ]
    )
