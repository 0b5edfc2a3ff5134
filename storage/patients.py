"""Patients: enrolment, lookup, schedule and status."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import checkins
from storage.models import Patient

ENROLLED = ("active", "paused", "unreachable")


def by_telegram_user(session: Session, telegram_user_id: int) -> Patient | None:
    """The enrolled patient behind a Telegram user, or None (unknown, or withdrawn)."""
    return session.scalars(
        select(Patient).where(
            Patient.telegram_user_id == telegram_user_id, Patient.status.in_(ENROLLED)
        )
    ).first()


def by_label(session: Session, label: str) -> Patient | None:
    return session.scalars(select(Patient).where(Patient.label == label)).first()


def create_invited(
    session: Session, *, label: str, timezone: str, checkin_time: dt.time, now: dt.datetime
) -> Patient:
    patient = Patient(
        label=label,
        timezone=timezone,
        checkin_time=checkin_time,
        status="invited",
        created_at=now,
    )
    session.add(patient)
    session.flush()
    return patient


def enroll(
    session: Session, patient: Patient, *, telegram_user_id: int, chat_id: int, now: dt.datetime
) -> None:
    """The patient agreed: from now on they are recorded and checked in with."""
    patient.telegram_user_id = telegram_user_id
    patient.chat_id = chat_id
    patient.status = "active"
    patient.consented_at = now
    patient.next_checkin_at = checkins.next_checkin_at(now, patient.timezone, patient.checkin_time)
    patient.next_summary_at = checkins.next_weekly_summary_at(
        now, patient.timezone, patient.checkin_time, patient.summary_weekday
    )
    session.flush()


def mark_unreachable(session: Session, patient_id: int) -> None:
    patient = session.get(Patient, patient_id)
    if patient is not None and patient.status == "active":
        patient.status = "unreachable"


def mark_reachable(session: Session, patient: Patient) -> None:
    """They wrote to us, so they unblocked the bot."""
    if patient.status == "unreachable":
        patient.status = "active"


def set_schedule(
    session: Session,
    patient: Patient,
    *,
    now: dt.datetime,
    checkin_time: dt.time | None = None,
    timezone: str | None = None,
    summary_weekday: int | None = None,
) -> None:
    if summary_weekday is not None:
        patient.summary_weekday = summary_weekday
    if checkin_time is not None:
        patient.checkin_time = checkin_time
    if timezone is not None:
        patient.timezone = timezone
    patient.next_checkin_at = checkins.next_checkin_at(now, patient.timezone, patient.checkin_time)
    patient.next_summary_at = checkins.next_weekly_summary_at(
        now, patient.timezone, patient.checkin_time, patient.summary_weekday
    )


def withdraw(session: Session, patient: Patient) -> None:
    """No more messages; the clinic keeps the diary under the label, the Telegram link goes."""
    patient.status = "withdrawn"
    patient.telegram_user_id = None
    patient.chat_id = None
    patient.next_checkin_at = None
    patient.next_summary_at = None


def delete(session: Session, patient: Patient) -> None:
    """Everything about the patient: entries, messages, history, check-ins, events (cascade)."""
    session.delete(patient)
    session.flush()


def lock(session: Session, patient_id: int) -> None:
    """Hold the patient's row until the transaction ends: two processes handling the same
    patient's messages take turns (PostgreSQL row lock; SQLite serialises writers anyway,
    and has no row locks, so there the statement would only cost a round trip)."""
    if session.get_bind().dialect.name == "sqlite":
        return
    session.execute(select(Patient.id).where(Patient.id == patient_id).with_for_update())
