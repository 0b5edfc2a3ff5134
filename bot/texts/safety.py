"""What the bot says when a message may mean someone is in danger, and the staff alert.

Read by a frightened or exhausted person on a phone: short lines, plain words, the number
to call first. After these replies the conversation goes on as usual.
"""

from __future__ import annotations

from bot.clinic import Clinic
from bot.texts.common import clinic_details

# Telegram refuses messages over 4096 characters; the patient's words are cut well before.
_ALERT_MESSAGE_MAX = 3000


def crisis_reply(clinic: Clinic) -> str:
    return (
        "Thank you for telling me. I'm taking what you wrote seriously.\n"
        "You don't have to handle this alone.\n"
        "\n"
        "Please reach out now:\n"
        "• Call or text 988 (Suicide & Crisis Lifeline), any time, day or night.\n"
        "• If you or someone else is in danger right now, call 911.\n"
        "\n"
        "Your clinic:\n"
        f"{clinic_details(clinic)}\n"
        "\n"
        "I'm letting your care team know about your message.\n"
        "You can keep writing to me here whenever you like."
    )


def urgent_reply(clinic: Clinic, *, saved: bool = True) -> str:
    # `saved` is False only when the database failed: the reply must not promise otherwise.
    return (
        "What you describe may need a doctor or nurse now.\n"
        "\n"
        "• If it is severe or getting worse, call 911 or go to the nearest emergency room.\n"
        "• Otherwise, please contact the clinic today:\n"
        "\n"
        f"{clinic_details(clinic)}\n"
        "\n"
        + (
            "I'm letting your care team know. Your message is saved in your diary."
            if saved
            else "I'm letting your care team know."
        )
    )


def staff_alert(
    label: str,
    level: str,
    message_text: str,
    when_text: str,
    event_id: int | str | None,
) -> str:
    heading = "CRISIS" if level == "crisis" else "URGENT"
    reason = (
        "possible suicide, self-harm or harm to others"
        if level == "crisis"
        else "symptoms that may need a clinician now"
    )
    shown = (
        "They were shown 988, 911 and the clinic's details."
        if level == "crisis"
        else "They were told to call 911 or go to the ER if it is severe, and shown the clinic's"
        " details."
    )
    text = message_text.strip()
    if len(text) > _ALERT_MESSAGE_MAX:
        text = text[:_ALERT_MESSAGE_MAX] + " […]"
    return (
        f"⚠️ {heading}: {label}\n"
        f"Why: {reason}\n"
        f"When: {when_text}\n"
        "\n"
        "Their message:\n"
        f"“{text}”\n"
        "\n"
        f"{shown}\n"
        + (
            f"Please contact them, then reply /ack {event_id} so the team knows it is handled."
            if event_id is not None
            # Sent from memory when the database failed: there is no event to acknowledge.
            else "The bot could not save this message, so there is nothing to /ack. "
            "Please contact them and note it in their chart."
        )
    )
