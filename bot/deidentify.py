"""De-identified exports for research: salted pseudonyms and per-patient date shifts.

As REDCap does it: each label becomes a stable salted hash, and every date of one patient
moves back by the same pseudo-random number of days (at most 364). The shift is a whole
number of weeks, so intervals between nights and weekdays are kept. The same salt always
gives the same pseudonyms and shifts, so exports taken months apart line up; without the
salt neither can be reversed or recomputed from the labels.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import hmac
from collections.abc import Iterable, Iterator

from bot.export import Night, NightRow

MIN_SALT_LENGTH = 16
PSEUDONYM_PREFIX = "S-"
PSEUDONYM_HEX_DIGITS = 16  # 64 bits: no collision in any clinic's cohort
MAX_SHIFT_WEEKS = 52  # 52 weeks = 364 days


class SaltTooShort(ValueError):
    pass


def _digest(salt: str, purpose: str, label: str) -> bytes:
    if len(salt) < MIN_SALT_LENGTH:
        raise SaltTooShort(f"the salt needs at least {MIN_SALT_LENGTH} characters")
    return hmac.new(salt.encode(), f"{purpose}\0{label}".encode(), hashlib.sha256).digest()


def pseudonym(label: str, salt: str) -> str:
    """A stable stand-in for a label, such as S-3f9c0a7d12e4b655."""
    return PSEUDONYM_PREFIX + _digest(salt, "label", label).hex()[:PSEUDONYM_HEX_DIGITS]


def shift_days(label: str, salt: str) -> int:
    """How many days this patient's dates move back: a multiple of 7 from 7 to 364."""
    number = int.from_bytes(_digest(salt, "shift", label)[:8], "big")
    return 7 * (1 + number % MAX_SHIFT_WEEKS)


@dataclasses.dataclass(frozen=True)
class Mask:
    pseudonym: str
    shift: dt.timedelta


def mask_for(label: str, salt: str) -> Mask:
    return Mask(pseudonym(label, salt), dt.timedelta(days=shift_days(label, salt)))


def deidentify(night: Night, mask: Mask) -> Night:
    entry = dataclasses.replace(
        night.entry,
        diary_date=night.entry.diary_date - mask.shift if night.entry.diary_date else None,
        # The patient's own words could name them; the export never carries them anyway.
        evidence={},
    )
    return dataclasses.replace(
        night,
        patient=mask.pseudonym,
        entry=entry,
        answered_at=night.answered_at - mask.shift if night.answered_at else None,
    )


def deidentified(nights: Iterable[Night], salt: str) -> Iterator[Night]:
    """The nights with labels hashed and dates shifted (streamed: one night at a time)."""
    masks: dict[str, Mask] = {}  # one per patient, not per night
    for night in nights:
        mask = masks.get(night.patient)
        if mask is None:
            mask = masks[night.patient] = mask_for(night.patient, salt)
        yield deidentify(night, mask)


def deidentified_rows(rows: Iterable[NightRow], salt: str) -> Iterator[NightRow]:
    """`deidentified` for the export's flat rows: the same pseudonyms and date shifts."""
    masks: dict[str, Mask] = {}  # one per patient, not per night
    for row in rows:
        mask = masks.get(row[0])
        if mask is None:
            mask = masks[row[0]] = mask_for(row[0], salt)
        day, answered_at = row[1], row[13]
        yield (
            mask.pseudonym,
            day - mask.shift if day else None,
            *row[2:13],
            answered_at - mask.shift if answered_at else None,
            *row[14:],
        )  # type: ignore[return-value]
