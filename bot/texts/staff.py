"""What clinic staff read: acknowledgements, invitations, the roster, exports, refusals."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from bot.entry import SideEffect
from bot.roster import RECENT_DAYS, WINDOW_DAYS, Attention, ClinicCounts, RosterRow

ACK_USAGE = "Usage: /ack <event number>, e.g. /ack 12"
ACK_UNKNOWN = "There is no safety event {event_id}."
INVITE_USAGE = (
    "Usage: /invite <label> [time zone] [HH:MM], e.g. /invite P-0042 America/Chicago 07:30"
)
INVITE_LABEL_TAKEN = "The label {label} is already in use. Pick another one."
INVITE_BAD_TIMEZONE = (
    "I don't know the time zone {value!r}. Use a city or a name like America/Chicago."
)


def acknowledged(event_id: int, label: str, by: str, when: str) -> str:
    return f"✅ Event {event_id} ({label}) acknowledged by {by} at {when}."


def already_acknowledged(event_id: int, when: str) -> str:
    return f"Event {event_id} was already acknowledged at {when}."


def invitation(label: str, code: str, link: str | None, expires: str) -> str:
    lines = [f"Invitation for {label}", f"code: {code}"]
    if link:
        lines.append(f"link: {link}")
    lines.append(f"Valid until {expires}. It works once.")
    return "\n".join(lines)


# --- The roster (/patients, sleepdiary patients) and one patient (/patient) ---

ROSTER_EMPTY = "No patients yet. Invite one with /invite <label>."
PATIENT_USAGE = "Usage: /patient <label>, e.g. /patient P-0042"
PATIENT_UNKNOWN = "There is no patient labelled {label}. /patients lists them all."
NIGHT_TABLE_HEADER = ("night", "bed", "asleep", "wake", "up", "TST", "SE%", "Q", "effects")
ROSTER_HEADER = (
    "label",
    "status",
    "check-in",
    "time zone",
    "nights/14",
    "last entry",
    "side effects",
    "open events",
)
NO_NIGHT = "·"


def severity_short(severity: str | None) -> str:
    return {"mild": "1", "moderate": "2", "severe": "3"}.get(severity or "", "")


def side_effects_text(effects: Sequence[SideEffect] | None, *, short: bool = False) -> str:
    """'nausea (moderate), headache' / 'none' / '' when never stated."""
    if effects is None:
        return ""
    if not effects:
        return "none"
    parts = []
    for effect in effects:
        name = effect.name.replace("_", " ")
        if short:
            parts.append(f"{name} {severity_short(effect.severity)}".strip())
        else:
            parts.append(f"{name} ({effect.severity})" if effect.severity else name)
    return ", ".join(parts)


def roster_title(count: int, when: str) -> str:
    return f"{count:,} patient{'s' if count != 1 else ''} · as of {when}"


# Marks /patients puts before a patient listed first, and what they mean.
ATTENTION_MARKS = {
    Attention.SAFETY: "🔴",
    Attention.UNREACHABLE: "🚫",
    Attention.QUIET: "⏳",
    Attention.SIDE_EFFECTS: "💊",
}
ATTENTION_MEANING = {
    Attention.SAFETY: "open safety event",
    Attention.UNREACHABLE: "unreachable",
    Attention.QUIET: f"nothing logged for {RECENT_DAYS} days",
    Attention.SIDE_EFFECTS: f"side effects in the last {RECENT_DAYS} days",
}
ROSTER_USAGE = "Usage: /patients [page], e.g. /patients 2"
ROSTER_PREVIOUS = "◀ Page {page}"
ROSTER_NEXT = "Page {page} ▶"


def roster_page_head(counts: ClinicCounts, *, page: int, pages: int, when: str) -> str:
    """The top of a /patients page: clinic-wide counts, then what the order means."""
    statuses = ", ".join(f"{n:,} {status}" for status, n in counts.by_status.items() if n)
    if counts.open_events:
        people = counts.patients_with_open_events
        events = (
            f"⚠️ Open safety events: {counts.open_events:,} "
            f"({people:,} patient{'s' if people != 1 else ''})"
        )
    else:
        events = "No open safety events."
    legend = ", ".join(f"{ATTENTION_MARKS[a]} {ATTENTION_MEANING[a]}" for a in ATTENTION_MARKS)
    return "\n".join(
        [
            f"{roster_title(counts.patients, when)} · page {page} of {pages}",
            statuses,
            f"Nights logged for {counts.night:%a %d %b}: {counts.nights_logged:,}",
            events,
            f"First {legend}; then by label.",
            "",
        ]
    )


def roster_block(row: RosterRow) -> str:
    """One patient in /patients: a few short lines that read well on a phone."""
    mark = ATTENTION_MARKS.get(row.attention)
    lines = [
        f"{mark + ' ' if mark else ''}{row.label} · {row.status} · "
        f"{row.checkin_time:%H:%M} {row.timezone}",
        f"{row.nights_logged}/{WINDOW_DAYS} nights · last entry "
        + (f"{row.last_entry:%a %d %b}" if row.last_entry else "none yet"),
    ]
    if row.side_effects is not None and row.side_effects_date is not None:
        line = (
            f"side effects ({row.side_effects_date:%d %b}): {side_effects_text(row.side_effects)}"
        )
        recent = row.recent_side_effects_date
        if recent is not None and recent != row.side_effects_date:
            line += f" · some reported for {recent:%d %b}"
        lines.append(line)
    if row.open_events:
        ids = ", ".join(f"#{n}" for n in row.open_events)
        lines.append(f"⚠️ open safety events: {ids} (/ack {row.open_events[0]})")
    return "\n".join(lines) + "\n"


def roster_cells(row: RosterRow) -> list[str]:
    """One patient as table cells (the command line)."""
    return [
        row.label,
        row.status,
        f"{row.checkin_time:%H:%M}",
        row.timezone,
        str(row.nights_logged),
        row.last_entry.isoformat() if row.last_entry else "",
        side_effects_text(row.side_effects, short=True),
        " ".join(f"#{n}" for n in row.open_events),
    ]


def patient_title(row: RosterRow, first: dt.date, last: dt.date) -> str:
    return (
        f"{row.label} · {row.status} · {row.nights_logged}/{WINDOW_DAYS} nights logged\n"
        f"Nights {first:%d %b} to {last:%d %b %Y}. TST and SE% are empty when an answer "
        "is missing."
    )


CHART_CAPTION = "{label}: sleep over the last 14 nights (▼ = woke up)"

# --- /export and sleepdiary export ---

EXPORT_USAGE = (
    "Usage: /export [since] [until] [label], dates as YYYY-MM-DD, e.g. "
    "/export 2026-11-01 2026-11-30 P-0042"
)
EXPORT_BAD_RANGE = "The first date ({since}) is after the second ({until})."
EXPORT_NOTHING = "No nights match that export."
EXPORT_TOO_BIG = (
    "That export ({nights} nights) is too big to send in Telegram. Narrow it with dates or "
    "a label, or run sleepdiary export on the server."
)


def export_caption(nights: int, since: dt.date | None, until: dt.date | None) -> str:
    span = f"{since or 'first night'} to {until or 'last night'}"
    return (
        f"Sleep diary export: {nights} night{'s' if nights != 1 else ''}, {span}. "
        "Confidential: keep it in the clinic's systems."
    )
