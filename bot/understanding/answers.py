"""Short answers to the one question the conversation just asked ("2", "none", "45 min").

Without that context a bare number means nothing; with it, "2" to "how many times did you
wake?" is two awakenings and "11" to "when did you go to bed?" is 23:00 (the clock fields
are read by the normal rules with the asked-for role; this module covers the rest).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.understanding.numbers import NUMBER_WORD, value
from bot.understanding.text import Text

_F = re.ASCII

_FILLER = (
    r"(?:(?:about|around|abt|like|maybe|roughly|approx|approximately|prob|probably|only|just"
    r"|i\s+think|i\s+guess|um+|uh+|hmm+|~)\s*)*"
)
_NO = re.compile(
    r"^\W*(?:no+|nope|none|nah|zero|0|nil|nothing|not\s+really|not\s+at\s+all|n/?a|no\s+thanks"
    r"|didn'?t|did\s+not|never|not\s+once|no\s+times|nothing\s+to\s+report|all\s+good"
    r"|none\s+at\s+all|no\s+i\s+didn'?t|no\s+nap|didn'?t\s+nap|no\s+side\s+effects)\W*$",
    _F,
)
_BARE_NUMBER = re.compile(
    rf"^\W*{_FILLER}(?P<n>[0-9]{{1,3}}(?:\.[0-9]+)?|{NUMBER_WORD})\s*(?P<unit>times?|x|ish)?\W*$",
    _F,
)


@dataclass(frozen=True)
class Answer:
    field: str
    value: object


def bare_answer(text: Text, expecting: str) -> Answer | None:
    s = text.s
    if expecting in ("side_effects",):
        return Answer("side_effects", []) if _NO.match(s) else None
    if expecting in ("awakenings", "nap_min", "waso_min") and _NO.match(s):
        return Answer(expecting, 0)
    m = _BARE_NUMBER.match(s)
    if m is None:
        return None
    n = value(m.group("n"))
    if n is None:
        return None
    if expecting == "awakenings":
        return Answer("awakenings", int(n)) if n == int(n) and n <= 30 else None
    if m.group("unit") in ("times", "time", "x"):
        return None
    if expecting == "nap_min":
        # "2" to "how long did you nap?" is hours; "45" is minutes
        return Answer("nap_min", round(n * 60) if n < 5 else round(n))
    if expecting in ("waso_min", "sol_min"):
        return Answer(expecting, round(n)) if n <= 600 else None
    if expecting == "sleep_onset" and n > 12 and n == int(n) and n <= 180:
        return Answer("sol_min", int(n))
    return None
