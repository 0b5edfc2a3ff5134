"""One-time invitation codes: how they look, how they are hashed, when a user is locked out."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets

# No 0/O, 1/I/L or U: a code read aloud over the phone or copied by hand survives.
ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789"
CODE_LENGTH = 10  # 30**10 ~ 2**49: comfortably over the 40 random bits we promise
MAX_FAILURES = 5
LOCKOUT = dt.timedelta(hours=1)
# All users together: at most this many wrong codes in GLOBAL_WINDOW before codes pause.
GLOBAL_MAX_FAILURES = 200
GLOBAL_WINDOW = dt.timedelta(minutes=10)


def new_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


def normalize(code: str) -> str:
    """What the patient typed, as it was issued: case, spaces and dashes do not matter."""
    return re.sub(r"[\s\-]", "", code).upper()


def hash_code(code: str) -> str:
    return hashlib.sha256(normalize(code).encode()).hexdigest()


def looks_like_code(text: str) -> bool:
    cleaned = normalize(text)
    return len(cleaned) == CODE_LENGTH and all(c in ALPHABET for c in cleaned)


def invitation_link(bot_username: str | None, code: str) -> str | None:
    return f"https://t.me/{bot_username}?start={code}" if bot_username else None
