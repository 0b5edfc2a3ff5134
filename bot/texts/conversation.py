"""Small talk around the diary: thanks, greetings, and coming back to an open question."""

from __future__ import annotations

import re

BACK_TO_DIARY = "Back to last night:"
CANNOT_ANSWER = "I'm not able to answer that here. Your care team at the clinic can help."

_THANKS = re.compile(r"\b(thanks?|thank you|thx|ty|cheers|appreciate)\b", re.I)
_HELLO = re.compile(r"^\s*(hi|hello|hey|good (morning|afternoon|evening)|morning)\b", re.I)


def other_reply(text: str) -> str:
    if _THANKS.search(text):
        return "You're welcome! 😊"
    if _HELLO.search(text):
        return "Hi! Tell me about your night whenever you're ready, or ask me a question."
    return (
        "Got it. Whenever you like, tell me about your night — "
        "like “bed 11, up twice, woke 6:45” — or ask me a question."
    )
