"""A message that needs a human now: the patient's safe reply at once, the staff alert after.

The patient's reply never waits for the alert. An alert that fails is retried with backoff and
logged loudly; the minute job also re-sends any alert still unsent (after a restart, say).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session
from telegram.error import TelegramError
from telegram.ext import Application, ContextTypes

from bot.safety import SafetyAssessment
from bot.safety.levels import seen_only_by_the_screen
from bot.texts import safety as texts
from handlers.context import deps
from storage import safety as safety_store
from storage.models import Patient, SafetyEvent

log = logging.getLogger(__name__)

ALERT_RETRY_DELAYS = (1, 5, 30, 120)


def record_event(
    session: Session,
    patient: Patient,
    assessment: SafetyAssessment,
    text: str,
    now: dt.datetime,
) -> int | None:
    if assessment.level == "none":
        return None
    event = safety_store.create(
        session,
        patient_id=patient.id,
        level=assessment.level,
        text=text,
        matched=assessment.matched,
        now=now,
    )
    log.warning(
        "safety.event",
        extra={"patient_id": patient.id, "event_id": event.id, "level": assessment.level},
    )
    return event.id


async def respond(
    context: ContextTypes.DEFAULT_TYPE,
    patient: Patient,
    assessment: SafetyAssessment,
    event_id: int,
) -> None:
    if patient.chat_id is not None:
        await reply(context, patient.chat_id, assessment)
    context.application.create_task(
        send_alert(context.application, event_id), name=f"alert-{event_id}"
    )


async def reply(
    context: ContextTypes.DEFAULT_TYPE,
    chat_id: int,
    assessment: SafetyAssessment,
    *,
    saved: bool = True,
) -> None:
    clinic, tentative = deps(context).settings.clinic, assessment.tentative
    text = (
        texts.crisis_reply(clinic, tentative=tentative)
        if assessment.level == "crisis"
        else texts.urgent_reply(clinic, saved=saved, tentative=tentative)
    )
    await context.bot.send_message(chat_id, text)


async def send_unsaved_alert(
    application: Application,
    label: str,
    assessment: SafetyAssessment,
    message_text: str,
    when: dt.datetime,
    *,
    retry_delays: tuple[int, ...] = ALERT_RETRY_DELAYS,
) -> bool:
    """The alert for a message the database could not take, sent from memory (so no minute
    job will re-send it if every attempt fails: that is logged as an error)."""
    d = application.bot_data["deps"]
    if d.settings.staff_chat_id is None:
        log.error("safety.alert_unroutable", extra={"reason": "STAFF_CHAT_ID unset"})
        return False
    text = texts.staff_alert(
        label,
        assessment.level,
        message_text,
        _when(when),
        None,
        tentative=assessment.tentative,
    )
    for attempt, delay in enumerate((0, *retry_delays)):
        if delay:
            await asyncio.sleep(delay)
        if await _try_send(application, d.settings.staff_chat_id, text, None, attempt):
            return True
    log.error("safety.unsaved_alert_lost", extra={"level": assessment.level})
    return False


async def send_alert(
    application: Application, event_id: int, *, retry_delays: tuple[int, ...] = ALERT_RETRY_DELAYS
) -> bool:
    """Send one event's staff alert, retrying; True once it is sent (now or before)."""
    d = application.bot_data["deps"]
    if d.settings.staff_chat_id is None:
        log.error(
            "safety.alert_unroutable", extra={"event_id": event_id, "reason": "STAFF_CHAT_ID unset"}
        )
        return False
    for attempt, delay in enumerate((0, *retry_delays)):
        if delay:
            await asyncio.sleep(delay)
        with d.sessions.begin() as session:
            event = session.get(SafetyEvent, event_id)
            if event is None or event.alert_sent_at is not None:
                return event is not None
            patient = session.get(Patient, event.patient_id)
            event.alert_attempts += 1
            text = _alert_text(event, patient)
        if not await _try_send(application, d.settings.staff_chat_id, text, event_id, attempt):
            continue
        with d.sessions.begin() as session:
            event = session.get(SafetyEvent, event_id)
            if event is not None:
                event.alert_sent_at = d.clock()
        return True
    return False


async def _try_send(
    application: Application, chat_id: int, text: str, event_id: int | None, attempt: int
) -> bool:
    """One attempt at a staff alert, logged either way (an alert sent from memory after the
    database failed has no event id)."""
    try:
        await application.bot.send_message(chat_id, text)
    except TelegramError as error:
        log.error(
            "safety.alert_failed",
            extra={"event_id": event_id, "attempt": attempt + 1, "error": type(error).__name__},
        )
        return False
    log.info("safety.alert_sent", extra={"event_id": event_id})
    return True


def _alert_text(event: SafetyEvent, patient: Patient | None) -> str:
    tz = ZoneInfo(patient.timezone) if patient else None
    when = event.created_at.astimezone(tz) if tz else event.created_at
    return texts.staff_alert(
        patient.label if patient else f"patient #{event.patient_id}",
        event.level,
        event.message_text,
        _when(when),
        event.id,
        tentative=seen_only_by_the_screen(event.matched),
    )


def _when(moment: dt.datetime) -> str:
    return moment.strftime("%a %d %b %Y, %H:%M %Z")
