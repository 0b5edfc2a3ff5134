"""The minute tick on PTB's JobQueue (APScheduler): check-ins, reminders, summaries, alerts.

Every send is claimed in storage first (unique per patient and night), so a late tick, a
restart or a second process never sends one twice, and a tick that was skipped is harmless.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time

from telegram.error import TelegramError
from telegram.ext import Application, ContextTypes

from bot import charts, checkins, metrics
from bot.conversation import State
from bot.texts import checkins as texts
from bot.texts import patient as patient_texts
from handlers.deps import Deps
from handlers.guards import flood_gate
from handlers.outbox import deliver, outage
from handlers.ratelimit import BULK
from handlers.safety import send_alert
from storage import checkins as checkin_store
from storage import conversations, inbox
from storage import diary as diary_store
from storage import safety as safety_store
from storage import summaries as summary_store
from storage.checkins import MAX_RESEND_WAIT
from storage.models import Patient

log = logging.getLogger(__name__)

# APScheduler drops a run that starts later than misfire_grace_time (1 s by default); a busy
# loop must delay the tick, never skip it.
JOB_KWARGS = {"misfire_grace_time": 50, "coalesce": True, "max_instances": 1}
TICK_SECONDS = 60
# Just past the minute, so that the tick's clock reads HH:MM:00 or later.
TICK_MARGIN = 0.2
# A claim whose send has not completed after this long is sent again (crash or outage).
RESEND_AFTER = dt.timedelta(minutes=2)
# Due check-ins claimed per database round trip, and sends in flight at once (the rate
# limiter, not this, sets the pace).
CLAIM_PAGE = 200
SENDERS = 40


def schedule_jobs(application: Application) -> None:
    assert application.job_queue is not None
    # On the minute of the bot's own clock (the real one, but for tests and benchmarks that
    # shift it), so an 08:00 check-in goes out at 08:00 and not up to a minute late.
    first = seconds_to_next_minute(application.bot_data["deps"].clock()) + TICK_MARGIN
    application.job_queue.run_repeating(
        _tick_job, interval=TICK_SECONDS, first=first, name="minute-tick", job_kwargs=JOB_KWARGS
    )


def seconds_to_next_minute(now: dt.datetime) -> float:
    into_minute = now.second + now.microsecond / 1_000_000
    return TICK_SECONDS - into_minute


async def _tick_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    await tick(context.application)


async def tick(application: Application) -> None:
    """One pass over everything that is due now; tests call this with a controlled clock."""
    await send_due_checkins(application)
    await send_due_reminders(application)
    await send_weekly_summaries(application)
    await retry_unsent_alerts(application)
    forget_old_updates(application)
    flood_gate(application).forget_idle(time.monotonic())
    forget_persistence_marks(application)


def forget_persistence_marks(application: Application) -> None:
    """PTB notes the chat and user id of every update for a persistence to save, and with
    no persistence never clears them: a set entry per patient who ever wrote (1.3 MB for
    5,000). The bot keeps its state in the database, so there is nothing to save."""
    if application.persistence is None:
        application._chat_ids_to_be_updated_in_persistence.clear()
        application._user_ids_to_be_updated_in_persistence.clear()


def forget_old_updates(application: Application) -> None:
    """Handled updates are kept a week (for redeliveries), then deleted: the inbox stays small."""
    d = application.bot_data["deps"]
    with d.sessions.begin() as session:
        inbox.forget_handled(session, d.clock())


Send = tuple[int, int, int, dt.date]  # check-in id, patient id, chat id, night


async def send_due_checkins(application: Application) -> int:
    """Claim what is due page by page (off the event loop) while earlier pages are sending,
    so a morning's fan-out keeps the rate limiter busy instead of waiting on the database."""
    d = application.bot_data["deps"]
    now = d.clock()
    await probe_if_down(application)
    recovered = outage(application).take_recovery()
    queue: asyncio.Queue[Send | None] = asyncio.Queue(maxsize=2 * CLAIM_PAGE)
    sent = 0

    async def claim_all() -> None:
        try:
            for item in await asyncio.to_thread(_claim_resends, d, now, recovered):
                await queue.put(item)
            while True:
                page, more = await asyncio.to_thread(_claim_page, d, now)
                for item in page:
                    await queue.put(item)
                if not more:
                    break
        finally:
            for _ in range(SENDERS):
                await queue.put(None)

    async def send_all() -> None:
        nonlocal sent
        while (item := await queue.get()) is not None:
            try:
                await _send_checkin(application, *item)
            except Exception:  # one patient's failure must not stop the morning's fan-out
                log.exception("checkin.failed", extra={"patient_id": item[1]})
                continue
            sent += 1

    await asyncio.gather(claim_all(), *(send_all() for _ in range(SENDERS)))
    return sent


def _claim_page(d: Deps, now: dt.datetime) -> tuple[list[Send], bool]:
    """Claim up to a page of due check-ins; also says whether more may be due."""
    to_send: list[Send] = []
    with d.sessions.begin() as session:
        due_now = checkin_store.due_patients(session, now, limit=CLAIM_PAGE)
        for patient in due_now:
            due = patient.next_checkin_at
            assert due is not None
            following = checkins.next_checkin_at(
                max(due, now), patient.timezone, patient.checkin_time
            )
            if not checkin_store.advance(session, patient.id, was=due, to=following):
                continue  # another process is handling this patient
            night = checkins.diary_date_for(due, patient.timezone)
            if not checkins.catch_up_allowed(due, now, patient.timezone):
                log.info("checkin.missed", extra={"patient_id": patient.id})
                continue
            if checkin_store.entry_exists(session, patient.id, night):
                continue  # already logged that night: nothing to ask
            claim = checkin_store.claim(
                session, patient_id=patient.id, diary_date=night, due_at=due, now=now
            )
            if claim is not None and patient.chat_id is not None:
                to_send.append((claim.id, patient.id, patient.chat_id, night))
    return to_send, len(due_now) == CLAIM_PAGE


def _claim_resends(d: Deps, now: dt.datetime, recovered: bool) -> list[Send]:
    """Claims whose send failed: retried with backoff, or all at once when Telegram is back."""
    resend_before = (now + MAX_RESEND_WAIT if recovered else now) - RESEND_AFTER
    to_send: list[Send] = []
    with d.sessions.begin() as session:
        for claim in checkin_store.unsent_claims(session, claimed_before=resend_before):
            patient = session.get(Patient, claim.patient_id)
            if (
                patient is not None
                and patient.status == "active"
                and patient.chat_id is not None
                and checkins.catch_up_allowed(claim.due_at, now, patient.timezone)
                and checkin_store.reclaim(session, claim, claimed_before=resend_before, now=now)
            ):
                to_send.append((claim.id, patient.id, patient.chat_id, claim.diary_date))
    return to_send


async def _send_checkin(
    application: Application, checkin_id: int, patient_id: int, chat_id: int, night: dt.date
) -> None:
    d = application.bot_data["deps"]
    message = await deliver(application, patient_id, chat_id, texts.CHECKIN)
    if message is None:
        return
    now = d.clock()
    with d.sessions.begin() as session:
        checkin_store.mark_sent(
            session,
            checkin_id,
            message_id=message.message_id,
            now=now,
            remind_at=checkins.reminder_due_at(now, d.settings.reminder_after_minutes),
        )
        conversations.save(session, patient_id, State(night, None, (), now), now=now)
    log.info("checkin.sent", extra={"patient_id": patient_id})


async def probe_if_down(application: Application) -> None:
    """During an outage, one cheap call tells whether Telegram is back (polling may be
    sleeping between its own retries)."""
    telegram = outage(application)
    if not telegram.failures:
        return
    try:
        await application.bot.get_me()
    except TelegramError as error:
        telegram.failed(error)
    else:
        telegram.succeeded()


async def send_due_reminders(application: Application) -> int:
    d = application.bot_data["deps"]
    now = d.clock()
    to_send: list[tuple[int, int]] = []
    with d.sessions.begin() as session:
        for claim in checkin_store.due_reminders(session, now):
            patient = session.get(Patient, claim.patient_id)
            if patient is None or patient.status != "active" or patient.chat_id is None:
                continue
            if checkin_store.entry_exists(session, patient.id, claim.diary_date):
                checkin_store.mark_answered(session, patient.id, claim.diary_date, now)
                continue
            if checkin_store.claim_reminder(session, claim.id, now):
                to_send.append((claim.id, patient.id, patient.chat_id))
    for checkin_id, patient_id, chat_id in to_send:
        if await deliver(application, patient_id, chat_id, texts.REMINDER) is not None:
            with d.sessions.begin() as session:
                checkin_store.mark_reminder_sent(session, checkin_id, d.clock())
            log.info("reminder.sent", extra={"patient_id": patient_id})
    return len(to_send)


async def send_weekly_summaries(application: Application) -> int:
    d = application.bot_data["deps"]
    now = d.clock()
    to_send: list[tuple[int, int, int, list[dt.date]]] = []
    with d.sessions.begin() as session:
        for patient in summary_store.due_patients(session, now):
            due = patient.next_summary_at
            assert due is not None
            following = checkins.next_weekly_summary_at(
                max(due, now), patient.timezone, patient.checkin_time, patient.summary_weekday
            )
            if not summary_store.advance(session, patient.id, was=due, to=following):
                continue
            if not checkins.catch_up_allowed(due, now, patient.timezone):
                continue
            week_ending = checkins.diary_date_for(due, patient.timezone)
            claim = summary_store.claim(
                session, patient_id=patient.id, week_ending=week_ending, now=now
            )
            if claim is not None and patient.chat_id is not None:
                days = [week_ending - dt.timedelta(days=6 - n) for n in range(7)]
                to_send.append((claim.id, patient.id, patient.chat_id, days))
    for claim_id, patient_id, chat_id, days in to_send:
        await _send_summary(application, claim_id, patient_id, chat_id, days)
    return len(to_send)


async def _send_summary(
    application: Application, claim_id: int, patient_id: int, chat_id: int, days: list[dt.date]
) -> None:
    d = application.bot_data["deps"]
    with d.sessions() as session:
        entries = diary_store.recent_entries(session, patient_id, since=days[0], until=days[-1])
    text = patient_texts.weekly_message(metrics.weekly_averages(entries))
    if await deliver(application, patient_id, chat_id, text) is None:
        return
    if entries:
        png = await asyncio.to_thread(charts.sleep_chart, entries, days=days)
        await application.bot.send_photo(chat_id, png, filename="week.png", rate_limit_args=BULK)
    with d.sessions.begin() as session:
        summary_store.mark_sent(session, claim_id, d.clock())
    log.info("summary.sent", extra={"patient_id": patient_id})


async def retry_unsent_alerts(application: Application) -> None:
    d = application.bot_data["deps"]
    now = d.clock()
    with d.sessions() as session:
        pending = [
            e.id
            for e in safety_store.unsent_alerts(session)
            if now - e.created_at > dt.timedelta(minutes=3)
        ]
    for event_id in pending:
        await send_alert(application, event_id, retry_delays=())
