"""One night's diary as a conversation builds it: merging statements, what is still missing,
the next question, the summary card and correction confirmations.

Values the patient stated are kept apart from values that follow from them by the spec's
derivations (sleep_onset <-> sol_min, and WASO 0 after a night slept through). A derived
value is marked in `evidence` ("derived: ..."), which storage already keeps, so the mark
survives a restart; a later statement that changes an input therefore moves the derived
value with it instead of leaving a stale number behind.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from bot.entry import DIARY_FIELDS, SIDE_EFFECT_NAMES, DiaryEntry, SideEffect
from bot.metrics import add_minutes, clock_minutes, night_metrics, sleep_anchor
from bot.texts import diary as texts

CORE_FIELDS: tuple[str, ...] = (
    "bedtime",
    "sleep_onset",
    "awakenings",
    "final_wake",
    "quality",
    "side_effects",
)

# What the conversation asks for, in this order: the core fields, plus the two Consensus Sleep
# Diary items without which total sleep and sleep efficiency stay unknown (time awake in the
# night, asked only after a night with awakenings, and getting out of bed).
ASKED_FIELDS: tuple[str, ...] = (
    "bedtime",
    "sleep_onset",
    "awakenings",
    "waso_min",
    "final_wake",
    "out_of_bed",
    "quality",
    "side_effects",
)

DERIVED_PREFIX = "derived: "

# A latency longer than this is two answers contradicting each other (asleep "before" bed),
# not a night; leaving it unknown beats recording a 23-hour wait.
MAX_DERIVED_SOL_MIN = 12 * 60

NO_SIDE_EFFECTS = "none"
OUT_OF_BED_AT_WAKE = "same"


@dataclass(frozen=True)
class Question:
    field: str
    text: str
    # (label shown, value sent back when pressed); empty for a free-text answer.
    buttons: list[tuple[str, str]] = field(default_factory=list)


# ---------------------------------------------------------------------------------------
# Stated versus derived


def is_derived_evidence(evidence: str | None) -> bool:
    return evidence is not None and evidence.startswith(DERIVED_PREFIX)


def derived_fields(entry: DiaryEntry) -> set[str]:
    """The fields of `entry` whose values follow from others rather than being stated.

    Marked ones are known. An entry straight from understanding carries the derivations
    unmarked; when its bedtime, latency and sleep onset agree, one of the last two must be
    derived: the one without evidence of its own, else sleep_onset (latency is the diary's
    own question, CSD Q3; the clock time of sleep onset is what follows from it).
    """
    out = {
        name
        for name, words in entry.evidence.items()
        if is_derived_evidence(words) and getattr(entry, name, None) is not None
    }
    anchor = sleep_anchor(entry)
    if (
        anchor is not None
        and entry.sol_min is not None
        and entry.sleep_onset is not None
        and not out & {"sol_min", "sleep_onset"}
        and add_minutes(anchor, entry.sol_min) == entry.sleep_onset
    ):
        if "sol_min" not in entry.evidence and "sleep_onset" in entry.evidence:
            out.add("sol_min")
        else:
            out.add("sleep_onset")
    # "Slept through" gives WASO 0; it stands or falls with the awakenings count.
    if entry.awakenings == 0 and entry.waso_min == 0:
        out.add("waso_min")
    return out


def stated_fields(entry: DiaryEntry) -> list[str]:
    """Diary fields with a value the patient gave (not one worked out from the others)."""
    derived = derived_fields(entry)
    return [name for name in entry.stated_fields() if name not in derived]


# ---------------------------------------------------------------------------------------
# Merging


def _merge_side_effects(
    current: list[SideEffect] | None, update: list[SideEffect] | None
) -> list[SideEffect] | None:
    if update is None:
        return list(current) if current is not None else None
    if not update:
        return []  # "no side effects" clears what was said before
    merged: dict[str, SideEffect] = {se.name: se for se in current or []}
    for se in update:
        before = merged.get(se.name)
        # Naming an effect again without a severity does not take back the severity given.
        if before is not None and se.severity is None:
            continue
        merged[se.name] = se
    return list(merged.values())


def merge(current: DiaryEntry | None, update: DiaryEntry) -> DiaryEntry:
    """`update` laid over `current`: later statements win field by field, then derivations.

    Derived values on either side are dropped and worked out again from the merged stated
    values, so a new bedtime moves a derived sleep onset with it.
    """
    current = current or DiaryEntry()
    cur_derived = derived_fields(current)
    upd_derived = derived_fields(update)

    values: dict[str, Any] = {}
    evidence: dict[str, str] = {
        key: words
        for key, words in {**current.evidence, **update.evidence}.items()
        if key not in DIARY_FIELDS
    }
    from_update: set[str] = set()
    for name in DIARY_FIELDS:
        if name == "side_effects":
            continue
        new = getattr(update, name)
        old = getattr(current, name)
        if new is not None and name not in upd_derived:
            values[name] = new
            from_update.add(name)
            source = update
        elif old is not None and name not in cur_derived:
            values[name] = old
            source = current
        else:
            values[name] = None
            continue
        words = source.evidence.get(name)
        if words is not None and not is_derived_evidence(words):
            evidence[name] = words

    values["side_effects"] = _merge_side_effects(current.side_effects, update.side_effects)
    # The newest words about side effects; older ones still stand while their effects do.
    se_words = update.evidence.get("side_effects")
    if se_words is None and update.side_effects != []:
        se_words = current.evidence.get("side_effects")
    if se_words is not None:
        evidence["side_effects"] = se_words

    merged = DiaryEntry(**values, evidence=evidence)
    return _derive(merged, from_update)


def _derive(entry: DiaryEntry, from_update: Collection[str]) -> DiaryEntry:
    """Apply the spec's derivations (and only those) to stated values, marking what they give."""
    evidence = dict(entry.evidence)
    changes: dict[str, Any] = {}

    anchor_name = "lights_out" if entry.lights_out is not None else "bedtime"
    anchor = sleep_anchor(entry)
    sol, onset = entry.sol_min, entry.sleep_onset
    if anchor is not None:
        derive_onset = sol is not None and onset is None
        derive_sol = onset is not None and sol is None
        if sol is not None and onset is not None and add_minutes(anchor, sol) != onset:
            # Both stated but no longer agreeing: the newer statement stands.
            derive_onset = "sol_min" in from_update and "sleep_onset" not in from_update
            derive_sol = "sleep_onset" in from_update and "sol_min" not in from_update
        if derive_onset and sol is not None:
            changes["sleep_onset"] = add_minutes(anchor, sol)
            evidence["sleep_onset"] = f"{DERIVED_PREFIX}{anchor_name} + sol_min"
        elif derive_sol and onset is not None:
            minutes = clock_minutes(anchor, onset)
            if minutes <= MAX_DERIVED_SOL_MIN:
                changes["sol_min"] = minutes
                evidence["sol_min"] = f"{DERIVED_PREFIX}sleep_onset - {anchor_name}"
            else:
                changes["sol_min"] = None
                evidence.pop("sol_min", None)

    if entry.awakenings == 0 and (
        entry.waso_min is None or ("awakenings" in from_update and "waso_min" not in from_update)
    ):
        changes["waso_min"] = 0
        evidence["waso_min"] = f"{DERIVED_PREFIX}awakenings = 0"

    return dataclasses.replace(entry, **changes, evidence=evidence)


# ---------------------------------------------------------------------------------------
# What is missing, and the next question


def _has(entry: DiaryEntry, name: str) -> bool:
    if name == "sleep_onset":
        return entry.sleep_onset is not None or entry.sol_min is not None
    return getattr(entry, name) is not None


def missing_fields(entry: DiaryEntry, skipped: Collection[str] = ()) -> list[str]:
    """Core fields still unanswered, in asking order; a skipped field is not asked again."""
    return [name for name in CORE_FIELDS if name not in skipped and not _has(entry, name)]


def _buttons(name: str) -> list[tuple[str, str]]:
    if name == "awakenings":
        return [(label, label) for label in texts.AWAKENING_LABELS]
    if name == "quality":
        return [(word, str(value)) for value, word in texts.QUALITY_WORDS.items()]
    if name == "side_effects":
        return [(texts.NO_SIDE_EFFECTS_LABEL, NO_SIDE_EFFECTS), *texts.SIDE_EFFECT_BUTTONS]
    if name == "waso_min":
        return [(label, str(minutes)) for label, minutes in texts.WASO_BUTTONS]
    if name == "out_of_bed":
        return [(texts.OUT_OF_BED_AT_WAKE_LABEL, OUT_OF_BED_AT_WAKE)]
    return []


def question_for(name: str) -> Question:
    return Question(field=name, text=texts.question_text(name), buttons=_buttons(name))


def questions_left(entry: DiaryEntry, skipped: Collection[str] = ()) -> list[str]:
    """What the conversation still has to ask about this night, in asking order."""
    return [
        name
        for name in ASKED_FIELDS
        if name not in skipped
        and not _has(entry, name)
        and (name != "waso_min" or bool(entry.awakenings))
    ]


def next_question(entry: DiaryEntry, skipped: Collection[str] = ()) -> Question | None:
    left = questions_left(entry, skipped)
    if not left:
        return None
    question = question_for(left[0])
    if question.field == "out_of_bed" and entry.final_wake is None:
        return Question(question.field, question.text)  # no wake time to copy
    return question


def _button_label(name: str, value: str) -> str:
    return next((label for label, v in _buttons(name) if v == value), value)


def apply_button(entry: DiaryEntry, field: str, value: str) -> DiaryEntry:
    """The entry with a pressed button's answer merged in (raises ValueError for a bad one)."""
    value = value.strip()
    update: DiaryEntry
    if field == "awakenings":
        count = value.removesuffix("+")
        if not count.isdigit():
            raise ValueError(f"not an awakenings button: {value!r}")
        update = DiaryEntry(awakenings=int(count))
    elif field == "quality":
        if value not in {str(v) for v in texts.QUALITY_WORDS}:
            raise ValueError(f"not a quality button: {value!r}")
        update = DiaryEntry(quality=int(value))
    elif field == "side_effects":
        if value == NO_SIDE_EFFECTS:
            update = DiaryEntry(side_effects=[])
        elif value in SIDE_EFFECT_NAMES:
            update = DiaryEntry(side_effects=[SideEffect(value)])
        else:
            raise ValueError(f"not a side-effect button: {value!r}")
    elif field == "waso_min":
        if value not in {str(minutes) for _, minutes in texts.WASO_BUTTONS}:
            raise ValueError(f"not a time-awake button: {value!r}")
        update = DiaryEntry(waso_min=int(value))
    elif field == "out_of_bed":
        if value != OUT_OF_BED_AT_WAKE or entry.final_wake is None:
            raise ValueError(f"not an out-of-bed button: {value!r}")
        update = DiaryEntry(out_of_bed=entry.final_wake)
    else:
        raise ValueError(f"no buttons for field {field!r}")
    update.evidence[field] = f"button: {_button_label(field, value)}"
    return merge(entry, update)


# ---------------------------------------------------------------------------------------
# What the patient sees


def _side_effect_items(entry: DiaryEntry) -> list[tuple[str, str | None]] | None:
    if entry.side_effects is None:
        return None
    return [(se.name, se.severity) for se in entry.side_effects]


def summary_card(entry: DiaryEntry) -> str:
    """The night as recorded, one short line per item; unknowns are a dash."""
    metrics = night_metrics(entry)
    lines = texts.CARD_LINES
    title = (
        texts.CARD_TITLE_DATED.format(date=texts.fmt_date(entry.diary_date))
        if entry.diary_date is not None
        else texts.CARD_TITLE
    )
    out = [title, lines["bed"].format(texts.fmt_time(entry.bedtime))]
    if entry.lights_out is not None:
        out.append(lines["lights_out"].format(texts.fmt_time(entry.lights_out)))
    out += [
        lines["asleep"].format(texts.card_asleep(entry.sleep_onset, metrics.sol_min)),
        lines["woke"].format(texts.fmt_times(entry.awakenings)),
        lines["final_wake"].format(texts.fmt_time(entry.final_wake)),
        lines["out_of_bed"].format(texts.fmt_time(entry.out_of_bed)),
        lines["total_sleep"].format(texts.card_total_sleep(metrics.tst_min, metrics.se_pct)),
        lines["quality"].format(texts.fmt_quality(entry.quality)),
        lines["side_effects"].format(texts.fmt_side_effects(_side_effect_items(entry))),
        lines["nap"].format(texts.fmt_minutes(entry.nap_min)),
    ]
    return "\n".join(out)


def confirm_buttons() -> list[tuple[str, str]]:
    return [(texts.LOOKS_RIGHT, "confirm"), (texts.FIX_SOMETHING, "fix")]


def _show(entry: DiaryEntry, name: str, *, new: bool) -> str:
    value = getattr(entry, name)
    if value is None:
        return texts.MISSING
    if name in {"bedtime", "lights_out", "sleep_onset", "final_wake", "out_of_bed"}:
        return texts.fmt_time(value)
    if name in {"sol_min", "waso_min", "nap_min"}:
        return texts.fmt_minutes(value)
    if name == "awakenings":
        return texts.fmt_awakenings_change(value) if new else str(value)
    if name == "quality":
        return texts.fmt_quality(value).lower()
    if name == "side_effects":
        return texts.fmt_side_effects(_side_effect_items(entry))
    if name == "diary_date" and isinstance(value, dt.date):
        return texts.fmt_date(value)
    return str(value)


def changed_fields(before: DiaryEntry | None, after: DiaryEntry) -> list[str]:
    before = before or DiaryEntry()
    return [name for name in DIARY_FIELDS if getattr(before, name) != getattr(after, name)]


def describe_changes(before: DiaryEntry | None, after: DiaryEntry) -> str:
    """A correction confirmation: "Changed: woke 3 times (was 2)"."""
    old_entry = before or DiaryEntry()
    changes = [
        texts.CHANGE_PHRASES[name].format(
            new=_show(after, name, new=True), old=_show(old_entry, name, new=False)
        )
        for name in changed_fields(before, after)
    ]
    return texts.changes_message(changes)
