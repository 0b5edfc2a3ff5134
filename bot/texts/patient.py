"""Replies to a patient's own commands: schedule, pause, privacy, their data, leaving."""

from __future__ import annotations

import datetime as dt

from bot.clinic import Clinic
from bot.texts.diary import fmt_time

# The sleep chart's own words (bot/charts.py draws them).
CHART_TITLE = "Your sleep"
CHART_WOKE_UP = "woke up"

TIME_USAGE = "Send the time you'd like your morning message, like /time 7:30 or /time 6:45am."
TIMEZONE_USAGE = (
    "Send your city or time zone, like /timezone Chicago or /timezone America/Denver. "
    "Or share your location with the 📎 button and I'll work it out (I don't keep it)."
)
TIMEZONE_FROM_LOCATION_UNKNOWN = (
    "Sorry, I couldn't tell the time zone there. Try /timezone and your city instead."
)
TIMEZONE_KEEP_BUTTON = "No, keep mine"
TIMEZONE_KEPT = "OK, your time zone stays as it was."


def timezone_offer(timezone: str) -> str:
    return f"That looks like {timezone}. Use it for your check-ins?"


def timezone_use_button(timezone: str) -> str:
    return f"Yes, use {timezone}"


TIMEZONE_UNKNOWN = (
    "Sorry, I don't know that one. Try a nearby big city, like /timezone Denver, "
    "or a zone name like America/Denver."
)
PAUSED = "Check-ins are paused. I won't message you until you send /resume. 🌙"
ALREADY_PAUSED = "Check-ins are already paused. Send /resume to start them again."
NOT_PAUSED = "Check-ins are already on."
DELETE_CONFIRM = (
    "This deletes everything I have about you: every night, every message, and your "
    "sign-up. It can't be undone. The clinic can invite you again later if you like.\n\n"
    "Are you sure?"
)
DELETE_BUTTON = "Yes, delete everything"
KEEP_BUTTON = "No, keep it"
DELETED = "Done. Everything about you has been deleted. Take care. 💙"
KEPT = "OK, nothing was deleted."
STOPPED = (
    "You've left the sleep diary, and I won't message you again. "
    "Your past entries stay with the clinic for your care; send /delete first if you'd "
    "rather they were removed. Take care. 💙"
)
NO_DATA = "There's nothing in your diary yet."
MYDATA_CAPTION = "Your sleep diary, as a spreadsheet file."
NO_NIGHTS_THIS_WEEK = "No nights logged in the last 7 days yet. Tell me about last night any time!"
FIX_WHICH = "Which night? Try /fix, /fix yesterday, or /fix 2026-11-20."
FIX_NOTHING = "There's no entry for that night yet — just tell me about it."


def time_changed(value: dt.time, timezone: str) -> str:
    return f"Done! I'll check in at {fmt_time(value)} ({timezone}) from now on."


def timezone_changed(timezone: str, value: dt.time) -> str:
    return f"Got it — your time zone is now {timezone}. Check-ins at {fmt_time(value)}."


def resumed(value: dt.time, timezone: str) -> str:
    return f"Welcome back! Check-ins are on again at {fmt_time(value)} ({timezone})."


def privacy(clinic: Clinic) -> str:
    return (
        "What I keep: your answers about sleep, naps and side effects, the messages you "
        "send me, and when check-ins were sent.\n\n"
        f"Who sees it: your care team at {clinic.name}. The clinic knows you here by a code, "
        "not your name. Nothing is shared with anyone else.\n\n"
        "Your choices: /mydata sends you everything as a file, /fix corrects a night, "
        "/pause stops check-ins, /delete removes everything, /stop leaves the diary.\n\n"
        "This chat isn't watched around the clock. In an emergency call 911; for a crisis, "
        "call or text 988."
    )


def week_summary(averages: dict[str, float | int | None]) -> str:
    def minutes(value: float | int | None) -> str:
        if value is None:
            return "—"
        hours, mins = divmod(round(value), 60)
        return f"{hours} h {mins} min" if hours else f"{mins} min"

    quality = averages.get("quality")
    efficiency = averages.get("se_pct")
    return "\n".join(
        [
            f"Your last 7 nights ({averages.get('nights', 0)} logged):",
            f"Average sleep: {minutes(averages.get('tst_min'))}",
            f"Time to fall asleep: {minutes(averages.get('sol_min'))}",
            f"Awake in the night: {minutes(averages.get('waso_min'))}",
            f"Sleep efficiency: {'—' if efficiency is None else f'{efficiency:.0f}%'}",
            f"Sleep quality: {'—' if quality is None else f'{quality:.1f} out of 5'}",
        ]
    )


WEEKLY_INTRO = "Here's your week of sleep. Thanks for keeping your diary! 🌙"


def weekly_message(averages: dict[str, float | int | None]) -> str:
    return f"{WEEKLY_INTRO}\n\n{week_summary(averages)}"


WEEKLY_USAGE = "Which day would you like your weekly summary? Like /weekly Sunday."


def weekly_day_changed(day: str) -> str:
    return f"Done! Your weekly summary will come on {day.capitalize()}s."
