"""Check-ins: the due-set query and the claims that make every send happen once."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from storage.models import CheckIn, DiaryEntryRow, Patient


def mark_answered(session: Session, patient_id: int, diary_date: dt.date, now: dt.datetime) -> None:
    """An answer for that night stops its reminder (and any late check-in for it)."""
    session.execute(
        update(CheckIn)
        .where(
            CheckIn.patient_id == patient_id,
            CheckIn.diary_date == diary_date,
            CheckIn.answered_at.is_(None),
        )
        .values(answered_at=now)
        # Nothing reads a loaded check-in's answered_at later in the same transaction, so
        # skip matching the session's objects (it costs more than the UPDATE on each answer).
        .execution_options(synchronize_session=False)
    )


def claim(
    session: Session, *, patient_id: int, diary_date: dt.date, due_at: dt.datetime, now: dt.datetime
) -> CheckIn | None:
    """Claim the (patient, night) check-in; None when another run or process already has."""
    checkin = CheckIn(patient_id=patient_id, diary_date=diary_date, due_at=due_at, claimed_at=now)
    try:
        with session.begin_nested():
            session.add(checkin)
            session.flush()
    except IntegrityError:
        return None
    return checkin


def due_patients(session: Session, now: dt.datetime, *, limit: int = 1000) -> list[Patient]:
    """Active patients whose next check-in instant has come (an index range scan)."""
    return list(
        session.scalars(
            select(Patient)
            .where(Patient.next_checkin_at <= now, Patient.status == "active")
            .order_by(Patient.next_checkin_at)
            .limit(limit)
        )
    )


def advance(session: Session, patient_id: int, *, was: dt.datetime, to: dt.datetime) -> bool:
    """Move a patient's next check-in on, only if nobody else already has (compare and set)."""
    result = session.execute(
        update(Patient)
        .where(Patient.id == patient_id, Patient.next_checkin_at == was)
        .values(next_checkin_at=to)
    )
    return result.rowcount == 1


def mark_sent(
    session: Session, checkin_id: int, *, message_id: int, now: dt.datetime, remind_at: dt.datetime
) -> None:
    session.execute(
        update(CheckIn)
        .where(CheckIn.id == checkin_id)
        .values(sent_at=now, telegram_message_id=message_id, reminder_due_at=remind_at)
    )


def unsent_claims(session: Session, *, claimed_before: dt.datetime) -> list[CheckIn]:
    """Claims whose send never completed (a crash or an outage between claim and send)."""
    return list(
        session.scalars(
            select(CheckIn)
            .where(
                CheckIn.sent_at.is_(None),
                CheckIn.answered_at.is_(None),
                CheckIn.claimed_at <= claimed_before,
            )
            .order_by(CheckIn.id)
        )
    )


def due_reminders(session: Session, now: dt.datetime) -> list[CheckIn]:
    return list(
        session.scalars(
            select(CheckIn)
            .where(
                CheckIn.reminder_due_at <= now,
                CheckIn.reminder_claimed_at.is_(None),
                CheckIn.answered_at.is_(None),
            )
            .order_by(CheckIn.reminder_due_at)
        )
    )


def claim_reminder(session: Session, checkin_id: int, now: dt.datetime) -> bool:
    result = session.execute(
        update(CheckIn)
        .where(CheckIn.id == checkin_id, CheckIn.reminder_claimed_at.is_(None))
        .values(reminder_claimed_at=now)
    )
    return result.rowcount == 1


def mark_reminder_sent(session: Session, checkin_id: int, now: dt.datetime) -> None:
    session.execute(update(CheckIn).where(CheckIn.id == checkin_id).values(reminder_sent_at=now))


def entry_exists(session: Session, patient_id: int, diary_date: dt.date) -> bool:
    return (
        session.scalar(
            select(DiaryEntryRow.id).where(
                DiaryEntryRow.patient_id == patient_id, DiaryEntryRow.diary_date == diary_date
            )
        )
        is not None
    )


MAX_RESEND_WAIT = dt.timedelta(minutes=30)


def reclaim(
    session: Session, claim: CheckIn, *, claimed_before: dt.datetime, now: dt.datetime
) -> bool:
    """Take over a claim whose send never completed; of two processes only one wins.

    The claim is dated forward by the time since the check-in fell due (at most 30 minutes),
    so a send that keeps failing is tried after 2, 4, 8... minutes, not every minute.
    """
    backoff = min(MAX_RESEND_WAIT, max(dt.timedelta(0), now - claim.due_at))
    result = session.execute(
        update(CheckIn)
        .where(
            CheckIn.id == claim.id,
            CheckIn.sent_at.is_(None),
            CheckIn.claimed_at == claim.claimed_at,
            CheckIn.claimed_at <= claimed_before,
        )
        .values(claimed_at=now + backoff)
    )
    return result.rowcount == 1
