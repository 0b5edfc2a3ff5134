"""Numbers as patients write them: digits, decimals, fractions and English number words."""

from __future__ import annotations

from functools import lru_cache

_UNITS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fourty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_DIGIT_WORDS = "one|two|three|four|five|six|seven|eight|nine"

# Longest alternatives first so "seventeen" is not read as "seven".
NUMBER_WORD = (
    r"(?:(?:twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety)"
    rf"(?:[- ](?:{_DIGIT_WORDS})\b)?"
    r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    r"|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
)
HOUR_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# Minutes said after an hour word: "ten thirty", "six forty-five", "ten oh five".
MINUTE_WORD = (
    rf"(?:o(?:h)?[- ]?(?:{_DIGIT_WORDS})"
    r"|(?:twenty|thirty|forty|fourty|fifty)(?:[- ](?:" + _DIGIT_WORDS + r"))?"
    r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
)
# A number in digits (with an optional decimal or a half) or in words.
NUMBER = rf"(?:[0-9]+(?:\.[0-9]+)?(?:\s*\u00bd)?|\u00bd|\b{NUMBER_WORD}\b)"


@lru_cache(maxsize=1024)  # numbers are few: "11", "six", "forty-five"
def word_value(word: str) -> int | None:
    """'forty-five' -> 45, 'seven' -> 7; None when it is not a number word."""
    w = word.strip().replace("-", " ")
    if w.startswith("oh ") or w.startswith("o "):
        w = w.split(" ", 1)[1]
    elif w.startswith("oh") and w[2:] in _UNITS:
        w = w[2:]
    parts = w.split()
    if not parts:
        return None
    if len(parts) == 1:
        if parts[0] in _UNITS:
            return _UNITS[parts[0]]
        return _TENS.get(parts[0])
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _UNITS and _UNITS[parts[1]] < 10:
        return _TENS[parts[0]] + _UNITS[parts[1]]
    return None


@lru_cache(maxsize=1024)
def value(token: str) -> float | None:
    """The value of a NUMBER match: '1.5' -> 1.5, '1½' -> 1.5, 'twenty' -> 20."""
    t = token.strip()
    if not t:
        return None
    half = 0.0
    if t.endswith("\u00bd"):
        half, t = 0.5, t[:-1].strip()
        if not t:
            return half
    if t[0].isdigit():
        try:
            return float(t) + half
        except ValueError:
            return None
    w = word_value(t)
    return None if w is None else w + half
