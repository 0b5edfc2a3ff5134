"""The schema: SQLAlchemy 2.0 typed models. Alembic migrations in storage/migrations create it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from storage.types import UTCDateTime

# Named constraints so Alembic migrations (and SQLite batch mode) can refer to them.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dt.datetime: UTCDateTime(), dict[str, Any]: JSON()}


class Patient(Base):
    """An enrolled (or invited) patient. The clinic knows them by `label`; we never ask a name."""

    __tablename__ = "patients"

    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(String(64), unique=True)
    telegram_user_id: Mapped[int | None] = mapped_column(BigInteger, unique=True)
    chat_id: Mapped[int | None] = mapped_column(BigInteger)
    timezone: Mapped[str] = mapped_column(String(64))
    checkin_time: Mapped[dt.time] = mapped_column(Time)
    summary_weekday: Mapped[int] = mapped_column(Integer, default=6)  # Monday 0 .. Sunday 6
    # invited -> active <-> paused; active -> unreachable (blocked us) -> active; -> withdrawn
    status: Mapped[str] = mapped_column(String(16), default="invited")
    consented_at: Mapped[dt.datetime | None]
    created_at: Mapped[dt.datetime]
    # The next check-in instant (UTC); the minute job's due-set query reads this index.
    next_checkin_at: Mapped[dt.datetime | None] = mapped_column(index=True)
    next_summary_at: Mapped[dt.datetime | None] = mapped_column(index=True)

    entries: Mapped[list[DiaryEntryRow]] = relationship(
        back_populates="patient", cascade="all, delete-orphan", passive_deletes=True
    )


class Invitation(Base):
    """A one-time code. Only its hash is stored: a leaked database lets nobody enrol."""

    __tablename__ = "invitations"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id", ondelete="CASCADE"))
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[dt.datetime]
    expires_at: Mapped[dt.datetime]
    used_at: Mapped[dt.datetime | None]


class CodeAttempt(Base):
    """Wrong-code counter per Telegram user (the only thing kept about an unknown user)."""

    __tablename__ = "code_attempts"

    telegram_user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    window_started_at: Mapped[dt.datetime]
    locked_until: Mapped[dt.datetime | None]


class DiaryEntryRow(Base):
    """One night (Consensus Sleep Diary), one row per patient and diary date."""

    __tablename__ = "diary_entries"
    __table_args__ = (
        UniqueConstraint("patient_id", "diary_date"),
        # The recent nights of everyone at once, for /patients' order and counts: who logged
        # since a date and who reported side effects, read from the index alone.
        Index("ix_diary_entries_by_date", "diary_date", "patient_id", "no_side_effects"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id", ondelete="CASCADE"))
    diary_date: Mapped[dt.date]
    bedtime: Mapped[dt.time | None] = mapped_column(Time)
    lights_out: Mapped[dt.time | None] = mapped_column(Time)
    sleep_onset: Mapped[dt.time | None] = mapped_column(Time)
    sol_min: Mapped[int | None]
    awakenings: Mapped[int | None]
    waso_min: Mapped[int | None]
    final_wake: Mapped[dt.time | None] = mapped_column(Time)
    out_of_bed: Mapped[dt.time | None] = mapped_column(Time)
    quality: Mapped[int | None]
    nap_min: Mapped[int | None]
    # None: not mentioned; True: the patient said there were none (side_effects == []).
    no_side_effects: Mapped[bool | None]
    evidence: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # "free_text" when the patient wrote it unprompted, "guided" when asked question by question.
    source: Mapped[str] = mapped_column(String(16), default="free_text")
    confirmed_at: Mapped[dt.datetime | None]
    answered_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]
    edits: Mapped[int] = mapped_column(Integer, default=0)
    # Optimistic locking: two processes writing the same night never lose an update.
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}

    patient: Mapped[Patient] = relationship(back_populates="entries")
    side_effects: Mapped[list[SideEffectRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="SideEffectRow.id"
    )
    messages: Mapped[list[EntryMessage]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="EntryMessage.id"
    )
    changes: Mapped[list[EntryChange]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="EntryChange.id"
    )


class SideEffectRow(Base):
    __tablename__ = "side_effects"
    __table_args__ = (UniqueConstraint("entry_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("diary_entries.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(32))
    severity: Mapped[str | None] = mapped_column(String(16))


class EntryMessage(Base):
    """Every raw message that went into an entry, word for word: nothing a patient wrote is lost."""

    __tablename__ = "entry_messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(
        ForeignKey("diary_entries.id", ondelete="CASCADE"), index=True
    )
    telegram_message_id: Mapped[int | None] = mapped_column(BigInteger)
    kind: Mapped[str] = mapped_column(String(16))  # message, edit, button
    text: Mapped[str] = mapped_column(Text)
    received_at: Mapped[dt.datetime]


class EntryChange(Base):
    """The change history of an entry, one row per field changed."""

    __tablename__ = "entry_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(
        ForeignKey("diary_entries.id", ondelete="CASCADE"), index=True
    )
    message_id: Mapped[int | None] = mapped_column(
        ForeignKey("entry_messages.id", ondelete="SET NULL")
    )
    field: Mapped[str] = mapped_column(String(32))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    changed_at: Mapped[dt.datetime]


class CheckIn(Base):
    """A claimed check-in: the unique (patient, diary date) key is what prevents a second send."""

    __tablename__ = "checkins"
    __table_args__ = (
        UniqueConstraint("patient_id", "diary_date"),
        Index("ix_checkins_reminder_due", "reminder_due_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id", ondelete="CASCADE"))
    diary_date: Mapped[dt.date]
    due_at: Mapped[dt.datetime]
    claimed_at: Mapped[dt.datetime]
    sent_at: Mapped[dt.datetime | None]
    telegram_message_id: Mapped[int | None] = mapped_column(BigInteger)
    reminder_due_at: Mapped[dt.datetime | None]
    reminder_claimed_at: Mapped[dt.datetime | None]
    reminder_sent_at: Mapped[dt.datetime | None]
    answered_at: Mapped[dt.datetime | None]


class WeeklySummary(Base):
    """A claimed weekly summary, unique per patient and week, like check-ins."""

    __tablename__ = "weekly_summaries"
    __table_args__ = (UniqueConstraint("patient_id", "week_ending"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id", ondelete="CASCADE"))
    week_ending: Mapped[dt.date]
    claimed_at: Mapped[dt.datetime]
    sent_at: Mapped[dt.datetime | None]


class ConversationState(Base):
    """Where a patient is in a conversation, read per update, so a restart or another process
    continues it."""

    __tablename__ = "conversation_states"

    patient_id: Mapped[int] = mapped_column(
        ForeignKey("patients.id", ondelete="CASCADE"), primary_key=True
    )
    diary_date: Mapped[dt.date | None]
    open_question: Mapped[str | None] = mapped_column(String(32))
    skipped: Mapped[dict[str, Any]] = mapped_column(default=dict)
    updated_at: Mapped[dt.datetime]


class SafetyEvent(Base):
    __tablename__ = "safety_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(
        ForeignKey("patients.id", ondelete="CASCADE"), index=True
    )
    level: Mapped[str] = mapped_column(String(16))  # urgent, crisis
    message_text: Mapped[str] = mapped_column(Text)
    matched: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime]
    alert_sent_at: Mapped[dt.datetime | None]
    alert_attempts: Mapped[int] = mapped_column(Integer, default=0)
    acknowledged_at: Mapped[dt.datetime | None]
    acknowledged_by: Mapped[int | None] = mapped_column(BigInteger)


class AuditLog(Base):
    """Who did what. Never message content: ids and action names only."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(index=True)
    actor: Mapped[str] = mapped_column(String(64))  # "telegram:<user id>" or "cli"
    action: Mapped[str] = mapped_column(String(64))
    patient_id: Mapped[int | None]  # no foreign key: the record outlives a deleted patient
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)


class InboxUpdate(Base):
    """Every Telegram update, stored before Telegram is told we have it.

    The polling offset moves past an update only once it is here, so a crash never loses a
    message; `processed_at` makes handling idempotent by update id. The payload is dropped once
    the update is handled (the diary keeps what it needs).
    """

    __tablename__ = "inbox_updates"

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    payload: Mapped[dict[str, Any] | None]
    received_at: Mapped[dt.datetime]
    processed_at: Mapped[dt.datetime | None] = mapped_column(index=True)
