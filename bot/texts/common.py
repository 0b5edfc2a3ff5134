"""Replies to what the bot cannot use: unknown people, stickers, groups, very long messages."""

from bot.clinic import Clinic


def clinic_details(clinic: Clinic) -> str:
    """Name, address, hours and (when known) phone: how every referral reaches the clinic."""
    lines = [clinic.name, clinic.address, f"Opening hours: {clinic.hours}"]
    if clinic.phone:
        lines.append(f"Phone: {clinic.phone}")
    return "\n".join(lines)


def not_enrolled(clinic: Clinic) -> str:
    return (
        f"Hi! This is the sleep diary for patients of {clinic.name}.\n"
        "It only works with an invitation from the clinic. "
        "If you're a patient, ask the clinic for your invitation code.\n\n"
        "If you need help now, call 911 or call or text 988."
    )


NOT_TEXT = (
    "I can only read typed messages, sorry. "
    "Tell me about your night in words, or send /help to see what I can do."
)

LOCATION_NOT_NEEDED = (
    "Thanks! I don't need your location. "
    "To change your time zone, send /timezone and a city, like /timezone Chicago."
)

NOT_SAVED = (
    "Sorry, something went wrong on my side and I couldn't save that. "
    "Could you send it again in a few minutes?"
)

TOO_LONG = (
    "That's a long message! Could you send it in a few shorter parts? "
    "A line or two about your night is plenty."
)

GROUPS_NOT_SUPPORTED = (
    "I only chat one to one. Please message me directly to keep your sleep diary private."
)

SLOW_DOWN = "That's a lot of messages at once. I'll catch up in a moment — no need to resend."

UNKNOWN_COMMAND = "Sorry, I don't know that command. Send /help to see what I can do."

NOT_AVAILABLE = "Sorry, that's not available."
