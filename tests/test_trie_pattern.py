"""_trie_pattern (bot/safety/normalise.py): written for speed, it must give the very text the
plain recursive build gives, since the safety layer's scans are compiled from it."""

from __future__ import annotations

import random
import re

from bot.safety.normalise import _FREQUENCY, _trie_pattern


def plain_trie_pattern(words: frozenset[str]) -> str:
    """The build as first written: one call per node, each character escaped as met."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        children = sorted(node.items(), key=lambda item: (_FREQUENCY.get(item[0], 99), item[0]))
        branches = [re.escape(ch) + build(child) for ch, child in children if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


def test_the_same_text_as_the_plain_build() -> None:
    rnd = random.Random(8)
    alphabet = "ab c.é\\*?(|)-\u200bz9"
    for _ in range(5000):
        words = frozenset(
            "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 7)))
            for _ in range(rnd.randint(0, 9))
        )
        assert _trie_pattern(words) == plain_trie_pattern(words), words


def test_the_same_text_for_the_safety_layers_anchors() -> None:
    from bot.safety.prefilter import _ALL_ANCHORS

    assert _trie_pattern(_ALL_ANCHORS) == plain_trie_pattern(_ALL_ANCHORS)
