"""What `assess` answers: a level and the words that set it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

SafetyLevel = Literal["none", "urgent", "crisis"]


@dataclass(frozen=True)
class SafetyAssessment:
    level: SafetyLevel
    # The words that triggered it, for staff and audit; None when level is "none".
    matched: str | None = None


_NO_RISK = SafetyAssessment("none")  # one shared answer for the usual case: it is frozen
