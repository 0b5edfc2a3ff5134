"""The audit log: who did what to whom, by ids and action names, never content."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from storage.models import AuditLog


def record(
    session: Session,
    *,
    actor: str,
    action: str,
    now: dt.datetime,
    patient_id: int | None = None,
    detail: dict[str, Any] | None = None,
) -> None:
    session.add(
        AuditLog(at=now, actor=actor, action=action, patient_id=patient_id, detail=detail or {})
    )
