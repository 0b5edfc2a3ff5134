"""The clinic's own details: what the bot tells a patient who needs to reach a human."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Clinic:
    name: str = "Albany Ketamine Infusions"
    address: str = "7 Wembley Ct., Albany, NY 12205"
    hours: str = "Monday-Sunday 9:00-5:00"
    phone: str | None = None
