"""What the patient reads when they ask a question: quotes, sources, kind referrals."""

from __future__ import annotations

from bot.clinic import Clinic
from bot.texts.common import clinic_details

FROM = "From: {heading}"
MORE = "…"

CARE_TEAM = "This is general information. Your care team can advise on your own treatment."

NOT_IN_ARTICLE = "I'm sorry, I can't answer that one here."
PERSONAL = (
    "That's a question about your own treatment, so it's best answered by your care team, "
    "not by me."
)
UNKNOWN_TOPIC = "Sorry, I couldn't find that topic."


def quote(text: str) -> str:
    return f"“{text}”"


def clinic_answer(clinic: Clinic) -> str:
    return f"Here's how to reach us:\n{clinic_details(clinic)}"


ABOUT_THE_BOT = "That's about how I work: send /help to see what I can do."


def declined(clinic: Clinic, *, personal: bool, about_bot: bool = False) -> str:
    lead = ABOUT_THE_BOT if about_bot else PERSONAL if personal else NOT_IN_ARTICLE
    how = "Please call or visit the clinic" if clinic.phone else "Please visit the clinic"
    return f"{lead}\n{how} and they'll be glad to help:\n{clinic_details(clinic)}"


TOPICS_INTRO = (
    "You can ask me anything about ketamine treatment and sleep, in your own words. "
    "Or pick a topic:"
)
