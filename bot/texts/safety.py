"""What the bot says when a message may mean someone is in danger, and the staff alert.

Read by a frightened or exhausted person on a phone: short lines, plain words, the number
to call first. After these replies the conversation goes on as usual.
"""

from __future__ import annotations

from bot.clinic import Clinic
from bot.texts.common import clinic_details

# Telegram refuses messages over 4096 characters; the patient's words are cut well before.
_ALERT_MESSAGE_MAX = 3000


def crisis_reply(clinic: Clinic, *, tentative: bool = False) -> str:
    # `tentative`: only the learned screen (bot/safety/model.py) saw a risk, and it can be
    # wrong. The help is the same; the words do not tell someone who is fine that they are not.
    opening = (
        "I want to make sure you're safe.\n"
        "If you're having thoughts of ending your life, or of hurting yourself or someone "
        "else, please reach out now:\n"
        if tentative
        else "Thank you for telling me. I'm taking what you wrote seriously.\n"
        "You don't have to handle this alone.\n"
        "\n"
        "Please reach out now:\n"
    )
    closing = (
        "I've let your care team know, just in case.\n"
        "If I've misread you, I'm sorry. Carry on as usual."
        if tentative
        else "I'm letting your care team know about your message.\n"
        "You can keep writing to me here whenever you like."
    )
    return (
        opening + "• Call or text 988 (Suicide & Crisis Lifeline), any time, day or night.\n"
        "• If you or someone else is in danger right now, call 911.\n"
        "\n"
        "Your clinic:\n"
        f"{clinic_details(clinic)}\n"
        "\n" + closing
    )


def urgent_reply(clinic: Clinic, *, saved: bool = True, tentative: bool = False) -> str:
    # `saved` is False only when the database failed: the reply must not promise otherwise.
    # `tentative`: only the learned screen saw it (see crisis_reply).
    kept = " Your message is saved in your diary." if saved else ""
    return (
        (
            "Some of what you describe might need a doctor or nurse.\n"
            if tentative
            else "What you describe may need a doctor or nurse now.\n"
        )
        + "\n"
        "• If it is severe or getting worse, call 911 or go to the nearest emergency room.\n"
        "• Otherwise, please contact the clinic today:\n"
        "\n"
        f"{clinic_details(clinic)}\n"
        "\n"
        + (
            f"I've let your care team know, just in case.{kept}\n"
            "If I've misread you, I'm sorry. Carry on as usual."
            if tentative
            else f"I'm letting your care team know.{kept}"
        )
    )


def staff_alert(
    label: str,
    level: str,
    message_text: str,
    when_text: str,
    event_id: int | str | None,
    *,
    tentative: bool = False,
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
        f"Why: {reason}"
        + (
            " (seen by the learned screen, not a fixed rule: please read and judge)"
            if tentative
            else ""
        )
        + "\n"
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
