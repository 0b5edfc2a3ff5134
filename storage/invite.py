"""Inviting patients: a patient row under the clinic's label and a one-time code for it.

Shared by `sleepdiary invite` and the staff's /invite.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from storage import audit, invitations
from storage import patients as patient_store


class LabelTaken(ValueError):
    pass


@dataclass(frozen=True)
class NewInvitation:
    label: str
    code: str
    expires_at: dt.datetime


def invite(
    session: Session,
    *,
    label: str,
    timezone: str,
    checkin_time: dt.time,
    now: dt.datetime,
    valid_days: int,
    actor: str,
) -> NewInvitation:
    existing = patient_store.by_label(session, label)
    if existing is not None and existing.status != "invited":
        raise LabelTaken(label)
    patient = existing or patient_store.create_invited(
        session, label=label, timezone=timezone, checkin_time=checkin_time, now=now
    )
    patient.timezone, patient.checkin_time = timezone, checkin_time
    code = invitations.create(session, patient, now=now, valid_days=valid_days)
    audit.record(session, actor=actor, action="patient.invited", patient_id=patient.id, now=now)
    return NewInvitation(label, code, now + dt.timedelta(days=valid_days))
