"""What a patient reads while logging a night: questions, buttons, the summary card, corrections.

Short lines for a phone, read by someone who has just woken up. Missing values show as a
dash, never as a guess.
"""

from __future__ import annotations

import datetime as dt

MISSING = "—"

SKIP_HINT = "Not sure? Just say “skip”."

# The Consensus Sleep Diary's quality scale, 1..5.
QUALITY_WORDS: dict[int, str] = {
    1: "Very poor",
    2: "Poor",
    3: "Fair",
    4: "Good",
    5: "Very good",
}

AWAKENING_LABELS: tuple[str, ...] = ("0", "1", "2", "3", "4+")

NO_SIDE_EFFECTS_LABEL = "None"

# The common ones offered as buttons, by spec name; anything else the patient can type.
SIDE_EFFECT_BUTTONS: tuple[tuple[str, str], ...] = (
    ("Nausea", "nausea"),
    ("Dizziness", "dizziness"),
    ("Headache", "headache"),
    ("Feeling detached/floaty", "dissociation"),
    ("Vivid dreams", "vivid_dreams"),
    ("Tired", "fatigue"),
)

# How each side effect reads in a sentence.
SIDE_EFFECT_WORDS: dict[str, str] = {
    "confusion": "confusion",
    "dissociation": "feeling detached/floaty",
    "elevated_heart_rate": "racing heart",
    "elevated_blood_pressure": "high blood pressure",
    "nausea": "nausea",
    "vomiting": "vomiting",
    "dizziness": "dizziness",
    "headache": "headache",
    "fatigue": "tiredness",
    "anxiety": "anxiety",
    "vivid_dreams": "vivid dreams",
    "blurred_vision": "blurred vision",
    "other": "something else",
}

QUESTIONS: dict[str, str] = {
    "bedtime": "What time did you get into bed last night? (e.g. 11:15 pm)",
    "sleep_onset": (
        "Roughly when did you fall asleep? A time or how long it took is fine "
        "(e.g. 11:40 pm, or 20 min)."
    ),
    "awakenings": "How many times did you wake up in the night? (Not counting this morning.)",
    "waso_min": "Roughly how long were you awake in the night, all together?",
    "final_wake": "What time did you wake up for good this morning? (e.g. 6:45 am)",
    "out_of_bed": "And what time did you get out of bed? (e.g. 7:10 am)",
    "quality": "How would you rate your sleep last night?",
    "side_effects": (
        "Any side effects since your last check-in? Tap one, or tell me in your own words."
    ),
}

# Time awake in the night: rough answers are fine, and what patients can judge.
WASO_BUTTONS: tuple[tuple[str, int], ...] = (
    ("5 min", 5),
    ("15 min", 15),
    ("30 min", 30),
    ("1 hour", 60),
    ("2 hours", 120),
)
OUT_OF_BED_AT_WAKE_LABEL = "Straight away"

LOOKS_RIGHT = "Looks right"
FIX_SOMETHING = "Fix something"

CARD_TITLE = "Here’s your night:"
CARD_TITLE_DATED = "Your night (morning of {date}):"
CARD_QUESTION = "Does this look right?"

SAVED = "Thanks, that’s saved. Rest well today."
FIX_PROMPT = "What needs changing? Just tell me in your own words, e.g. “I woke 3 times”."
NOTHING_CHANGED = "Nothing changed; it’s all as it was."
CHANGED_ONE = "Changed: {change}"
CHANGED_MANY = "Changed:"


def question_text(field: str) -> str:
    return f"{QUESTIONS[field]}\n{SKIP_HINT}"


def fmt_time(value: dt.time | None) -> str:
    """12-hour, friendly: 11:15 pm, 7:00 am, midnight, noon."""
    if value is None:
        return MISSING
    if value.hour == 0 and value.minute == 0:
        return "midnight"
    if value.hour == 12 and value.minute == 0:
        return "noon"
    hour = value.hour % 12 or 12
    suffix = "am" if value.hour < 12 else "pm"
    return f"{hour}:{value.minute:02d} {suffix}"


def fmt_minutes(value: int | None) -> str:
    """45 min, 1 h, 7 h 10 min."""
    if value is None:
        return MISSING
    hours, minutes = divmod(value, 60)
    if not hours:
        return f"{minutes} min"
    if not minutes:
        return f"{hours} h"
    return f"{hours} h {minutes} min"


def fmt_times(count: int | None) -> str:
    if count is None:
        return MISSING
    if count == 0:
        return "didn’t wake"
    if count == 1:
        return "once"
    if count == 2:
        return "twice"
    return f"{count} times"


def fmt_quality(value: int | None) -> str:
    return QUALITY_WORDS.get(value, MISSING) if value is not None else MISSING


def fmt_side_effect(name: str, severity: str | None) -> str:
    word = SIDE_EFFECT_WORDS.get(name, name.replace("_", " "))
    return f"{word} ({severity})" if severity else word


def fmt_side_effects(items: list[tuple[str, str | None]] | None) -> str:
    if items is None:
        return MISSING
    if not items:
        return "none"
    return ", ".join(fmt_side_effect(name, severity) for name, severity in items)


def fmt_date(value: dt.date) -> str:
    return f"{value:%a} {value.day} {value:%b}"


def card_asleep(onset: dt.time | None, sol_min: int | None) -> str:
    if onset is not None and sol_min is not None:
        return f"{fmt_time(onset)} ({fmt_minutes(sol_min)} to fall asleep)"
    if sol_min is not None:
        return f"{fmt_minutes(sol_min)} to fall asleep"
    return fmt_time(onset)


def card_total_sleep(tst_min: int | None, se_pct: float | None) -> str:
    if tst_min is None:
        return MISSING
    if se_pct is None:
        return fmt_minutes(tst_min)
    return f"{fmt_minutes(tst_min)} ({se_pct:g}% of time in bed)"


CARD_LINES: dict[str, str] = {
    "bed": "Bed: {}",
    "lights_out": "Lights out: {}",
    "asleep": "Asleep: {}",
    "woke": "Woke in the night: {}",
    "final_wake": "Final wake: {}",
    "out_of_bed": "Out of bed: {}",
    "total_sleep": "Total sleep: {}",
    "quality": "Quality: {}",
    "side_effects": "Side effects: {}",
    "nap": "Nap: {}",
}

# How one changed field reads in a correction: "woke 3 times (was 2)".
CHANGE_PHRASES: dict[str, str] = {
    "diary_date": "night of {new} (was {old})",
    "bedtime": "bed {new} (was {old})",
    "lights_out": "lights out {new} (was {old})",
    "sleep_onset": "asleep {new} (was {old})",
    "sol_min": "time to fall asleep {new} (was {old})",
    "awakenings": "woke {new} (was {old})",
    "waso_min": "awake in the night {new} (was {old})",
    "final_wake": "final wake {new} (was {old})",
    "out_of_bed": "out of bed {new} (was {old})",
    "quality": "quality {new} (was {old})",
    "nap_min": "nap {new} (was {old})",
    "side_effects": "side effects {new} (was {old})",
}


def fmt_awakenings_change(count: int | None) -> str:
    """Awakenings in a correction line, where "woke 3 times (was 2)" reads best."""
    if count is None:
        return MISSING
    return "1 time" if count == 1 else f"{count} times"


def changes_message(changes: list[str]) -> str:
    if not changes:
        return NOTHING_CHANGED
    if len(changes) == 1:
        return CHANGED_ONE.format(change=changes[0])
    return "\n".join([CHANGED_MANY, *(f"• {change}" for change in changes)])
