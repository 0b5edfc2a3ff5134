"""What clinic staff read: acknowledgements, invitations, refusals."""

from __future__ import annotations

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
