"""Blood-pressure readings at a hypertensive-crisis level, and when a reading is not now."""

from __future__ import annotations

import re

from bot.safety.context import _context_veto
from bot.safety.guards import _long_ago

_BP_CONTEXT = re.compile(
    r"\b(?:bp|blood pressure|pressure|mmhg|mm hg|systolic|diastolic|readings?|cuff|monitor"
    r"|hypertensi\w*|b/p)\b"
)
_BP_READING = re.compile(
    # A full stop after the reading ends the sentence ("it says 210/125."); only a digit
    # after it makes a date or a decimal.
    r"(?<![\d/.:])(\d{2,3}) ?(?:/|\\|over|on|-) ?(\d{2,3})"
    r"(?![\d/:]|\.\d|\s*(?:mg|ml|%|lbs?|kg|pounds))"
)
_BP_SINGLE = re.compile(
    r"\b(?:systolic|top number|upper number)\D{0,20}?(\d{3})\b"
    r"|\b(?:diastolic|bottom number|lower number)\D{0,20}?(\d{2,3})\b"
)


# A reading said in words beside a pressure word: "my pressure is 190 with 125" (Spanish
# "con"), "185 and 122".
_BP_WORDY = re.compile(r"(?<![\d/.:])(\d{2,3}) (?:with|and|by) (\d{2,3})(?![\d/:]|\.\d)")


def _bp_urgent(sentence: str) -> str | None:
    """A reading at or above 180 systolic or 120 diastolic (a hypertensive crisis)."""
    has_context = bool(_BP_CONTEXT.search(sentence))
    readings = list(_BP_READING.finditer(sentence))
    if has_context:
        readings += _BP_WORDY.finditer(sentence)
    for m in readings:
        sys_, dia = int(m.group(1)), int(m.group(2))
        if not (60 <= sys_ <= 300 and 30 <= dia <= 200 and sys_ > dia):
            continue
        if sys_ < 180 and dia < 120:
            continue
        if has_context or (sys_ >= 180 and 80 <= dia <= 160):
            return m.group(0)
    if has_context:
        for m in _BP_SINGLE.finditer(sentence):
            if m.group(1) and int(m.group(1)) >= 180 and int(m.group(1)) <= 300:
                return m.group(0)
            if m.group(2) and 120 <= int(m.group(2)) <= 200:
                return m.group(0)
    return None


# What _BP_READING cannot match without: a digit, a separator, a digit. The reading patterns
# open with a lookbehind, so the engine tries them at every position; this one can skip
# straight to the digits. _BP_SINGLE cannot match without one of _BP_SINGLE_WORDS.
_BP_PAIR = re.compile(r"\d ?(?:/|\\|over|on|-|with|and|by) ?\d")
_BP_SINGLE_WORDS = ("systolic", "diastolic", "number")


def _may_hold_bp(norm: str) -> bool:
    return bool(_BP_PAIR.search(norm)) or any(word in norm for word in _BP_SINGLE_WORDS)


# "the er said my bp was 182/100 during my migraine last month, its back to 122/78 now": a
# high reading told, then the writer's own since, well under a crisis.
_BACK_DOWN = re.compile(
    r"\b(?:back (?:down )?to|down to|came down to|dropped to|settled (?:at|to)|now)\s*(?:about"
    r" |around |like )?(\d{2,3}) ?/ ?(\d{2,3})"
)
_STILL_HIGH = re.compile(
    r"\b(?:still (?:high|up|elevated|over|above|at|reading|around|about)|again|keeps? (?:going"
    r"|climbing|rising)|climbing|going up)\b"
)


def _came_down(sentence: str, text: str) -> bool:
    start = text.find(sentence)
    rest = text[start:] if start >= 0 else sentence
    return not _STILL_HIGH.search(rest) and any(
        int(m.group(1)) < 160 and int(m.group(2)) < 100 for m in _BACK_DOWN.finditer(rest)
    )


def _bp_not_now(sentence: str, text: str) -> bool:
    """A reading from long ago, or in a story or a dream, as the other urgent words are read;
    or one the writer says has come down well under a crisis since."""
    if _long_ago(sentence, None, text):  # type: ignore[arg-type]  # it reads the sentence only
        return True
    if _came_down(sentence, text):
        return True
    m = _BP_READING.search(sentence) or _BP_SINGLE.search(sentence)
    return m is not None and _context_veto("urgent", sentence, m, text)
