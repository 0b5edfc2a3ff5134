"""Invitation codes (stored hashed) and the wrong-code counters that limit guessing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from bot import invitations
from storage.models import CodeAttempt, Invitation, Patient

CodeCheck = Literal["ok", "unknown", "expired", "used", "locked"]


@dataclass(frozen=True)
class Redemption:
    outcome: CodeCheck
    patient: Patient | None = None
    invitation: Invitation | None = None


def create(session: Session, patient: Patient, *, now: dt.datetime, valid_days: int) -> str:
    """A fresh code for the patient; only its hash is stored, so print it now or never."""
    code = invitations.new_code()
    session.add(
        Invitation(
            patient_id=patient.id,
            code_hash=invitations.hash_code(code),
            created_at=now,
            expires_at=now + dt.timedelta(days=valid_days),
        )
    )
    session.flush()
    return code


def check(session: Session, code: str, *, telegram_user_id: int, now: dt.datetime) -> Redemption:
    """Whether `code` may enrol this user now. Counts a wrong code against the user."""
    if _locked(session, telegram_user_id, now):
        return Redemption("locked")
    invitation = session.scalars(
        select(Invitation).where(Invitation.code_hash == invitations.hash_code(code))
    ).first()
    if invitation is None:
        _count_failure(session, telegram_user_id, now)
        return Redemption("unknown")
    if invitation.used_at is not None:
        return Redemption("used")
    if invitation.expires_at <= now:
        return Redemption("expired")
    patient = session.get(Patient, invitation.patient_id)
    if patient is None or patient.status != "invited":
        return Redemption("used")
    return Redemption("ok", patient, invitation)


def redeem(session: Session, invitation: Invitation, *, now: dt.datetime) -> bool:
    """Mark the code used, atomically: of two presses at once only one wins."""
    result = session.execute(
        update(Invitation)
        .where(Invitation.id == invitation.id, Invitation.used_at.is_(None))
        .values(used_at=now)
    )
    return result.rowcount == 1


def _locked(session: Session, telegram_user_id: int, now: dt.datetime) -> bool:
    attempt = session.get(CodeAttempt, telegram_user_id)
    if attempt is not None and attempt.locked_until is not None and attempt.locked_until > now:
        return True
    recent = session.scalar(
        select(func.coalesce(func.sum(CodeAttempt.failures), 0)).where(
            CodeAttempt.window_started_at > now - invitations.GLOBAL_WINDOW
        )
    )
    return int(recent or 0) >= invitations.GLOBAL_MAX_FAILURES


def _count_failure(session: Session, telegram_user_id: int, now: dt.datetime) -> None:
    attempt = session.get(CodeAttempt, telegram_user_id)
    if attempt is None or attempt.window_started_at <= now - invitations.LOCKOUT:
        if attempt is None:
            attempt = CodeAttempt(telegram_user_id=telegram_user_id)
            session.add(attempt)
        attempt.failures = 0
        attempt.window_started_at = now
        attempt.locked_until = None
    attempt.failures += 1
    if attempt.failures >= invitations.MAX_FAILURES:
        attempt.locked_until = now + invitations.LOCKOUT
    session.flush()
