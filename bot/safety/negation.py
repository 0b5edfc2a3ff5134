"""Whether a negator in the same clause, a few words before a match, cancels it."""

from __future__ import annotations

import re

# --------------------------------------------------------------------------------------------
# Negation. A negator must sit in the same clause, a few words before the match. A comma
# ends its reach unless the words between read as a list ("no headache, nausea or chest
# pain"). Hedges ("not sure", "dont think", "dont remember") do not negate.

_URGENT_NEGATORS = (
    r"no|not|never|without|didnt|dont|doesnt|wasnt|isnt|arent|werent|havent|hasnt|hadnt"
    r"|nor|none|nothing|zero|neither|denies|deny|denied|free of|wouldnt|wont"
    r"|negative (?:on|for)"
)
_CRISIS_NEGATORS = (
    r"no|not|never|without|nor|none|zero|denies|deny|denied|wouldnt|wont|havent|hasnt"
    r"|hadnt|arent|isnt|wasnt|dont have|didnt have|dont get|dont feel|no longer|no more"
    r"|not having|not feeling|free of|negative (?:on|for)"
)
_HEDGE_AFTER = re.compile(
    r"^\s*(?:sure|know|certain|think|tell|remember|if|whether|want|wanna|understand|mean"
    r"|sure if|even know|mind)\b"
)
_CLAUSE_BREAK = re.compile(
    r"\b(?:but|though|although|however|except|yet|then|and then|because|cause|cuz|so|until"
    r"|till|til|now|and)\b"
)
_URGENT_NEG_RE = re.compile(rf"\b(?:{_URGENT_NEGATORS})\b")
_CRISIS_NEG_RE = re.compile(rf"\b(?:{_CRISIS_NEGATORS})\b")
_LIST_JOIN = re.compile(r"\b(?:or|nor)\b")
_POST_NEGATION = re.compile(r"^\s*(?:[:=\-]\s*|\?\s*)(?:no|none|nope|nil|zero|0|n/a|na)\b")


def _negated(prefix: str, after: str, negators: re.Pattern[str], window: int = 6) -> bool:
    if _POST_NEGATION.match(after):
        return True
    breaks = list(_CLAUSE_BREAK.finditer(prefix))
    if breaks:
        prefix = prefix[breaks[-1].end() :]
    words = prefix.split()
    if not words:
        return False
    scope = " ".join(words[-window:])
    for neg in reversed(list(negators.finditer(scope))):
        if _HEDGE_AFTER.match(scope[neg.end() :]):
            continue
        between = scope[neg.end() :]
        if "," in between and not _LIST_JOIN.search(between):
            continue
        if "," in between and any(len(part.split()) > 4 for part in between.split(",")[:-1]):
            continue
        return True
    return False
