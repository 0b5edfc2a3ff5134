"""Invitation, consent and welcome."""

import datetime as dt

from bot.clinic import Clinic
from bot.texts.diary import fmt_time

AGREE_BUTTON = "✅ I agree"
DECLINE_BUTTON = "Not now"


def consent(clinic: Clinic) -> str:
    return (
        f"Welcome to the {clinic.name} sleep diary.\n\n"
        "What I keep: your answers about sleep (bedtime, waking, how you slept, naps and "
        "side effects), the messages you send me, and the time of each check-in.\n\n"
        f"Who sees it: your care team at {clinic.name}. "
        "The clinic knows you here by a code, not your name.\n\n"
        "Please note: this chat is not watched around the clock and is not for emergencies. "
        "In an emergency call 911. For a crisis, call or text 988.\n\n"
        "You can pause with /pause, leave with /stop, and delete everything with /delete "
        "at any time.\n\n"
        "If that's OK with you, tap “I agree”."
    )


def welcome(checkin_time: dt.time, timezone: str) -> str:
    return (
        "Thank you — you're all set! 🌙\n\n"
        f"I'll message you each morning at {fmt_time(checkin_time)} ({timezone}) "
        "to ask about your night.\n\n"
        "Just answer in your own words, like:\n"
        "“bed 11ish, took ages to drop off, up twice, alarm at 6:45, bit queasy”\n\n"
        "I'll ask about anything missing. You can change the time with /time 7:30, "
        "and see everything with /help."
    )


DECLINED = "No problem — nothing has been saved. If you change your mind, use your link again."
CODE_UNKNOWN = (
    "Hmm, I don't recognise that code. Please check it and try again, "
    "or ask the clinic for a new invitation."
)
CODE_EXPIRED = "That invitation has expired. Please ask the clinic for a new one."
CODE_USED = "That invitation has already been used. Please ask the clinic for a new one."
CODE_LOCKED = (
    "Too many codes that didn't work. Please wait an hour and try again, "
    "or ask the clinic for help."
)
ALREADY_ENROLLED = "You're already signed up. Tell me about your night any time, or send /help."
