"""One night of the Consensus Sleep Diary, as understood from a patient's words.

Shared by understanding (which produces entries), diary (which merges and completes them),
storage (which keeps them) and export (which writes them out).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

Severity = Literal["mild", "moderate", "severe"]

SIDE_EFFECT_NAMES: tuple[str, ...] = (
    "confusion",
    "dissociation",
    "elevated_heart_rate",
    "elevated_blood_pressure",
    "nausea",
    "vomiting",
    "dizziness",
    "headache",
    "fatigue",
    "anxiety",
    "vivid_dreams",
    "blurred_vision",
    "other",
)

CLOCK_FIELDS: tuple[str, ...] = ("bedtime", "lights_out", "sleep_onset", "final_wake", "out_of_bed")

# The order the spec lists them in; export and the nlu command line keep it.
DIARY_FIELDS: tuple[str, ...] = (
    "diary_date",
    "bedtime",
    "lights_out",
    "sleep_onset",
    "sol_min",
    "awakenings",
    "waso_min",
    "final_wake",
    "out_of_bed",
    "quality",
    "nap_min",
    "side_effects",
)


@dataclass(frozen=True)
class SideEffect:
    name: str
    severity: Severity | None = None

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "severity": self.severity}


@dataclass
class DiaryEntry:
    """Every field is None unless the patient stated it (or it follows by a spec derivation).

    `side_effects`: None when not mentioned, [] when the patient said there were none.
    `evidence` maps a field name to the words that produced its value, so the patient's
    confirmation and a clinician's audit can show why a value is what it is.
    """

    diary_date: dt.date | None = None
    bedtime: dt.time | None = None
    lights_out: dt.time | None = None
    sleep_onset: dt.time | None = None
    sol_min: int | None = None
    awakenings: int | None = None
    waso_min: int | None = None
    final_wake: dt.time | None = None
    out_of_bed: dt.time | None = None
    quality: int | None = None
    nap_min: int | None = None
    side_effects: list[SideEffect] | None = None
    evidence: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The spec's DIARY object: dates ISO, clock times HH:MM, durations in minutes."""
        out: dict[str, Any] = {}
        for name in DIARY_FIELDS:
            value = getattr(self, name)
            if isinstance(value, dt.time):
                value = value.strftime("%H:%M")
            elif isinstance(value, dt.date):
                value = value.isoformat()
            elif name == "side_effects" and value is not None:
                value = [se.to_json() for se in value]
            out[name] = value
        return out

    def stated_fields(self) -> list[str]:
        """Names of the diary fields that hold a value (side_effects [] counts as stated)."""
        return [name for name in DIARY_FIELDS if getattr(self, name) is not None]
