"""A patient's words, edits and button presses about a night, through to the stored entry."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Callable
from typing import TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.ext import ContextTypes

from bot import conversation, diary
from bot.conversation import FIXING, Reply, State, Turn
from bot.entry import DiaryEntry
from bot.texts import diary as diary_texts
from bot.understanding import Understanding, understand
from handlers import safety as safety_handler
from handlers.context import deps, handled_here
from handlers.deps import Deps
from handlers.outbox import remove_buttons
from storage import checkins as checkin_store
from storage import conversations, inbox
from storage import diary as diary_store
from storage import patients as patient_store
from storage.models import DiaryEntryRow, Patient

log = logging.getLogger(__name__)


def local_now(patient: Patient, now: dt.datetime) -> dt.datetime:
    """The patient's wall clock, naive, as understanding expects it."""
    return now.astimezone(ZoneInfo(patient.timezone)).replace(tzinfo=None)


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE, patient: Patient) -> None:
    message = update.effective_message
    assert message is not None and message.text is not None
    d = deps(context)
    now = d.clock()
    outcome = with_retries(lambda: _record_text(d, patient, update.update_id, message, now))
    handled_here(context, update.update_id)
    if outcome is None:
        return  # another process handled this update already
    understood, turn, event_id = outcome
    if event_id is not None:
        await safety_handler.respond(context, patient, understood.safety, event_id)
    log.info("message.handled", extra={"patient_id": patient.id, "intent": understood.intent})
    await send_replies(message, turn.replies)


def _record_text(
    d: Deps, patient: Patient, update_id: int, message: Message, now: dt.datetime
) -> tuple[Understanding, Turn, int | None] | None:
    """One transaction: what the message meant, the night it changes, the conversation's
    next state, its safety event, and the update marked handled -- all or nothing."""
    text = message.text or ""
    with d.sessions.begin() as session:
        patient_store.lock(session, patient.id)
        if not inbox.mark_handled(session, update_id, now):
            return None
        state = conversations.load(session, patient.id)
        understood = understand(
            text, local_now(patient, now), patient.timezone, d.kb, state.expecting(now)
        )
        event_id = safety_handler.record_event(session, patient, understood.safety, text, now)
        turn, looked_up = _turn(session, patient, understood, state, now=now, text=text)
        if turn.entry is not None and turn.diary_date is not None:
            _store(
                session,
                patient,
                turn,
                text,
                now,
                message,
                guided=bool(state.expecting(now)),
                looked_up=looked_up,
            )
        conversations.save(session, patient.id, turn.state, now=now)
    return understood, turn, event_id


@dataclasses.dataclass(frozen=True)
class LookedUp:
    """A night read in this transaction: its stored row, or None if there is none yet."""

    date: dt.date
    row: DiaryEntryRow | None


T = TypeVar("T")
ATTEMPTS = 3


def with_retries(work: Callable[[], T]) -> T:
    """Run a transaction again when another process changed the same night first (the
    entry's version moved on, or both created it at once); the second run sees their write."""
    for attempt in range(ATTEMPTS):
        try:
            return work()
        except (StaleDataError, IntegrityError):
            if attempt == ATTEMPTS - 1:
                raise
            log.info("transaction.retried", extra={"attempt": attempt + 1})
    raise AssertionError("unreachable")


def _turn(
    session: Session,
    patient: Patient,
    understood: Understanding,
    state: State,
    *,
    now: dt.datetime,
    text: str,
) -> tuple[Turn, LookedUp | None]:
    """The conversation's next turn, and the night it looked up (its row, None if new)."""
    date = conversation.night_for(understood, state, now)
    row = diary_store.get_row(session, patient.id, date) if date else None
    current = diary_store.to_entry(row) if row else None
    if understood.entry is not None and date is not None:
        understood.entry.diary_date = date
    # A correction (after the card was approved, or after "Fix something") shows what changed.
    confirmed = (row is not None and row.confirmed_at is not None) or state.fixing(now)
    turn = conversation.next_turn(
        understood, state, current, now=now, text=text, confirmed=confirmed
    )
    return turn, (LookedUp(date, row) if date else None)


def _store(
    session: Session,
    patient: Patient,
    turn: Turn,
    text: str,
    now: dt.datetime,
    message: Message,
    *,
    guided: bool,
    looked_up: LookedUp | None,
) -> None:
    assert turn.entry is not None and turn.diary_date is not None
    source = "guided" if guided else "free_text"
    if looked_up is not None and looked_up.date == turn.diary_date:
        row = looked_up.row or diary_store.create_row(
            session, patient.id, turn.diary_date, now=now, source=source
        )
    else:
        row = diary_store.get_or_create_row(
            session, patient.id, turn.diary_date, now=now, source=source
        )
    message_id = diary_store.add_message(
        session,
        row,
        text=text,
        kind="message",
        received_at=now,
        telegram_message_id=message.message_id,
    )
    diary_store.apply(session, row, turn.entry, now=now, message_id=message_id)
    checkin_store.mark_answered(session, patient.id, turn.diary_date, now)


async def on_edit(update: Update, context: ContextTypes.DEFAULT_TYPE, patient: Patient) -> None:
    """An edited message corrects the night it went into (or is read afresh if it went nowhere)."""
    message = update.edited_message
    assert message is not None and message.text is not None
    d = deps(context)
    now = d.clock()
    with d.sessions.begin() as session:
        patient_store.lock(session, patient.id)
        if not inbox.mark_handled(session, update.update_id, now):
            return
        row = diary_store.row_for_message(session, patient.id, message.message_id)
        local = local_now(patient, now)
        understood = understand(message.text, local, patient.timezone, d.kb)
        event_id = safety_handler.record_event(
            session, patient, understood.safety, message.text, now
        )
        replies: list[Reply] = []
        if row is not None and understood.entry is not None:
            first_text = diary_store.last_text_of(session, row, message.message_id)
            said_before = understand(first_text or "", local, patient.timezone).entry
            before = diary_store.to_entry(row)
            after = conversation.apply_edit(before, said_before, understood.entry)
            message_id = diary_store.add_message(
                session,
                row,
                text=message.text,
                kind="edit",
                received_at=now,
                telegram_message_id=message.message_id,
            )
            diary_store.apply(session, row, after, now=now, message_id=message_id)
            replies = [
                Reply(diary.describe_changes(before, after)),
                conversation.card_reply(after, row.diary_date),
            ]
    if event_id is not None:
        await safety_handler.respond(context, patient, understood.safety, event_id)
    await send_replies(message, replies)


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE, patient: Patient) -> None:
    """ans:<date>:<field>:<value>, confirm:<date> and fix:<date>; anything else is ignored."""
    query = update.callback_query
    assert query is not None and query.data is not None
    await query.answer()
    d = deps(context)
    now = d.clock()
    kind, _, rest = query.data.partition(":")
    key, _, answer = rest.partition(":")
    date = conversation.parse_date_key(key)
    if date is None or kind not in ("ans", "confirm", "fix"):
        return
    replies: list[Reply] = []
    with d.sessions.begin() as session:
        patient_store.lock(session, patient.id)
        if not inbox.mark_handled(session, update.update_id, now):
            return
        row = diary_store.get_row(session, patient.id, date)
        state = conversations.load(session, patient.id)
        if kind == "confirm" and row is not None:
            row.confirmed_at = row.confirmed_at or now
            replies = [Reply(diary_texts.SAVED)]
            conversations.save(session, patient.id, State(date, None, (), now), now=now)
        elif kind == "fix":
            replies = [Reply(diary_texts.FIX_PROMPT)]
            conversations.save(session, patient.id, State(date, FIXING, (), now), now=now)
        elif kind == "ans":
            field, _, value = answer.partition(":")
            current = diary_store.to_entry(row) if row else DiaryEntry(diary_date=date)
            try:
                after = diary.apply_button(current, field, value)
            except ValueError:
                return  # forged or stale data: change nothing
            row = row or diary_store.create_row(session, patient.id, date, now=now, source="guided")
            message_id = diary_store.add_message(
                session, row, text=value, kind="button", received_at=now, telegram_message_id=None
            )
            diary_store.apply(session, row, after, now=now, message_id=message_id)
            checkin_store.mark_answered(session, patient.id, date, now)
            skipped = state.skipped if state.diary_date == date else ()
            turn = conversation.after_answer(after, State(date, None, skipped, now), now=now)
            replies = turn.replies
            conversations.save(session, patient.id, turn.state, now=now)
    if query.message is not None and isinstance(query.message, Message):
        await remove_buttons(query)
        await send_replies(query.message, replies)


async def send_replies(message: Message, replies: list[Reply]) -> None:
    for reply in replies:
        markup = None
        if reply.buttons:
            markup = InlineKeyboardMarkup(
                [
                    [InlineKeyboardButton(label, callback_data=data) for label, data in row]
                    for row in reply.buttons
                ]
            )
        await message.get_bot().send_message(message.chat_id, reply.text, reply_markup=markup)
