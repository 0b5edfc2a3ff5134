"""What `assess` answers: a level and the words that set it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

SafetyLevel = Literal["none", "urgent", "crisis"]

# How the learned screen's `matched` begins (bot/safety/model.py): such an assessment is
# tentative, and the patient's reply and the staff alert say it may have misread.
LEARNED_MARK = "learned screen"


@dataclass(frozen=True)
class SafetyAssessment:
    level: SafetyLevel
    # The words that triggered it, for staff and audit; None when level is "none".
    matched: str | None = None

    @property
    def tentative(self) -> bool:
        """Only the learned screen saw a risk (bot/safety/model.py): it may have misread."""
        return seen_only_by_the_screen(self.matched)


def seen_only_by_the_screen(matched: str | None) -> bool:
    """Whether an assessment's words (or a stored event's) came from the learned screen."""
    return (matched or "").startswith(LEARNED_MARK)


_NO_RISK = SafetyAssessment("none")  # one shared answer for the usual case: it is frozen
