"""What a learned table reads of a text: its words, pairs of words, and the letter groups
inside each word, those in a negated clause marked apart.

The safety screen (bot/safety/model.py) and the FAQ's router (bot/faq_router.py) both read
messages this way. Its own module, so the FAQ need not load the safety rules to use it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from itertools import pairwise

_WORD = re.compile(r"\w\w+")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})
LETTER_GROUPS = (3, 4, 5)


# A word after one of these, up to the end of its clause, is read as negated: "no chest
# pain" and "never hurt my kids" must not weigh like "chest pain" and "hurt my kids".
_NEGATORS = frozenset(
    {
        "no",
        "not",
        "never",
        "nothing",
        "none",
        "nor",
        "without",
        "dont",
        "didnt",
        "doesnt",
        "isnt",
        "wasnt",
        "arent",
        "werent",
        "cant",
        "couldnt",
        "wont",
        "wouldnt",
        "havent",
        "hasnt",
        "hadnt",
        "shouldnt",
        "aint",
        "neither",
    }
)
_CLAUSE_END = re.compile(r"[.,;:!?\n()]|\b(?:but|though|although|except|until|yet)\b")
_CLAUSE_MARK = re.compile(r"[.,;:!?\n()]")  # _CLAUSE_END in a text without these words
_CLAUSE_WORDS = ("but", "though", "until", "except", "yet")  # ("although" holds "though")


def features(text: str) -> Counter[str]:
    """What the model reads: words, pairs of words, and letter groups inside each word (so
    'sucidal' still shares most of its groups with 'suicidal'). Words in a negated clause
    are marked, their letter groups too ("!" instead of "#")."""
    groups, words = walk(text, _NOTHING_REMEMBERED.get, word_record)
    found = Counter(groups)  # one counting pass in C, not one per word
    found.update(words)
    found.update(map(" ".join, pairwise(words)))
    return found


def _word_features(raw: str, negated: bool) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """One word's letter groups and its tokens (marked if `negated`)."""
    tokens = _WORD.findall(raw)
    mark = "!" if negated else "#"
    padded = f" {raw} "
    size = len(padded)
    groups = tuple(
        mark + padded[i : i + n] for n in LETTER_GROUPS if size >= n for i in range(size - n + 1)
    )
    return groups, tuple("not_" + token for token in tokens) if negated else tuple(tokens)


# What walk needs of a word, all of it found at once: its letter groups and tokens as read
# outside a negated clause, the same inside one, and whether it is a negator.
WordRecord = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...], bool]


def word_record(raw: str) -> WordRecord:
    groups, tokens = _word_features(raw, False)
    negated_groups, negated_tokens = _word_features(raw, True)
    negator = raw.replace("'", "").strip(".,!?") in _NEGATORS
    return groups, tokens, negated_groups, negated_tokens, negator


_NOTHING_REMEMBERED: dict[str, WordRecord] = {}


def walk(
    text: str,
    recall: Callable[[str], WordRecord | None],
    record: Callable[[str], WordRecord],
) -> tuple[list[str], list[str]]:
    """The letter groups and the tokens of `text`, in order. A word's record is what
    `recall` remembers of it, else what `record` makes (word_record, or a model's copy that
    keeps only the groups its table knows, and remembers it)."""
    lower = text.lower()
    if not lower.isascii() or "`" in lower:  # only then can _APOSTROPHES change anything
        lower = lower.translate(_APOSTROPHES)
    # Without one of its words, _CLAUSE_END splits where its characters are: a class finds
    # those far sooner than the alternation tried at every position.
    clause_end = _CLAUSE_END if any(map(lower.__contains__, _CLAUSE_WORDS)) else _CLAUSE_MARK
    words: list[str] = []
    groups: list[str] = []
    for clause in clause_end.split(lower):
        negated = False
        for raw in clause.split():
            word = recall(raw) or record(raw)
            if negated:
                groups += word[2]
                words += word[3]
            else:
                groups += word[0]
                words += word[1]
                if word[4]:
                    negated = True
    return groups, words
