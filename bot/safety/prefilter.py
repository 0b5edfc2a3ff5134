"""Where the anchors are: one pass over a message finds the sentences each level and each
concept needs to read."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import NamedTuple

from bot.safety.anchors import _CRISIS_ANCHORS, _NOT_ANCHOR_CHAR, _URGENT_ANCHORS
from bot.safety.concepts import _SECOND_LAYER
from bot.safety.normalise import _trie_pattern

# --------------------------------------------------------------------------------------------
# Where the anchors are. Every anchor of both levels and of every concept is found in one
# pass over `flat` (see anchors.py) instead of one str.find walk per anchor: a trie
# regex inside a lookahead is tried at each position, so anchors that overlap or sit inside
# one another ("myself" and "self") are all seen. At a position the trie reports the longest
# anchor there; every other anchor there is a prefix of it, so what each longest anchor stands
# for is worked out once, at import.

_ALL_ANCHORS: frozenset[str] = (
    _CRISIS_ANCHORS
    | _URGENT_ANCHORS
    | frozenset(anchor for concept in _SECOND_LAYER for anchor in concept.anchors)
)
_ANCHOR_SCAN = re.compile("(?=(" + _trie_pattern(_ALL_ANCHORS) + "))")
# The concepts (indexes into _SECOND_LAYER) each concept anchor stands for.
_CONCEPTS_OF: dict[str, tuple[int, ...]] = {
    anchor: tuple(c for c, concept in enumerate(_SECOND_LAYER) if anchor in concept.anchors)
    for concept in _SECOND_LAYER
    for anchor in concept.anchors
}


@dataclass(frozen=True)
class _Found:
    """What finding a longest anchor at a position means."""

    crisis: bool  # one of the anchors there is a crisis rules' anchor
    urgent: bool  # ... an urgent rules' anchor
    concept_anchors: tuple[str, ...]  # the concept anchors there


def _found(longest: str) -> _Found:
    here = [longest[:end] for end in range(1, len(longest) + 1) if longest[:end] in _ALL_ANCHORS]
    return _Found(
        crisis=any(anchor in _CRISIS_ANCHORS for anchor in here),
        urgent=any(anchor in _URGENT_ANCHORS for anchor in here),
        concept_anchors=tuple(anchor for anchor in here if anchor in _CONCEPTS_OF),
    )


_FOUND: dict[str, _Found] = {longest: _found(longest) for longest in _ALL_ANCHORS}
# The same, for a message of one sentence: only whether the levels' anchors are there, and
# every concept any of the anchors there stands for.
_FOUND_IN_ONE: dict[str, tuple[bool, bool, frozenset[int]]] = {
    longest: (
        found.crisis,
        found.urgent,
        frozenset(c for anchor in found.concept_anchors for c in _CONCEPTS_OF[anchor]),
    )
    for longest, found in _FOUND.items()
}


class _Hints(NamedTuple):
    """Which sentences (indexes, in order) each part of `assess` needs to read."""

    crisis: list[int]  # for the crisis rules
    urgent: list[int]  # for the urgent rules
    concepts: dict[int, list[int]]  # for each concept with an anchor in the text


def _hints(norm: str, spans: list[tuple[int, int]]) -> _Hints:
    # A space on each side: an anchor that opens or closes on one (" sh ", " si ") is then
    # found at the text's first and last word too, as the patterns' \b find them.
    flat = " " + _NOT_ANCHOR_CHAR.sub(" ", norm) + " "
    if len(spans) == 1 and spans[0][0] == 0:
        return _one_sentence_hints(flat)
    starts = [start for start, _ in spans]
    crisis: set[int] = set()
    urgent: set[int] = set()
    # Each concept anchor with the places it is found: (index in `flat`, sentence index).
    sites: dict[str, list[tuple[int, int]]] = {}
    for hit in _ANCHOR_SCAN.finditer(flat):
        i = hit.start()
        # `flat` has one leading space, so index i in it is index i - 1 in the text; an anchor
        # that opens with a space points at the word after it. -1: before the first sentence.
        k = bisect.bisect_right(starts, i if flat[i] == " " else i - 1) - 1
        found = _FOUND[hit.group(1)]
        if k >= 0:
            if found.crisis:
                crisis.add(k)
            if found.urgent:
                urgent.add(k)
        for anchor in found.concept_anchors:
            sites.setdefault(anchor, []).append((i, k))
    concepts: dict[int, set[int]] = {}
    for anchor, places in sites.items():
        walked = _walk(places, spans)
        if walked:
            for c in _CONCEPTS_OF[anchor]:
                concepts.setdefault(c, set()).update(walked)
    return _Hints(
        sorted(crisis), sorted(urgent), {c: sorted(ks) for c, ks in sorted(concepts.items())}
    )


def _one_sentence_hints(flat: str) -> _Hints:
    """_hints for the most common message, one sentence from its first character: every
    anchor is then in sentence 0, and the walk for each concept anchor stops at its first
    place, so what is left to find is only which anchors there are."""
    crisis = urgent = False
    concepts: set[int] = set()
    for longest in set(_ANCHOR_SCAN.findall(flat)):
        in_crisis, in_urgent, its_concepts = _FOUND_IN_ONE[longest]
        crisis = crisis or in_crisis
        urgent = urgent or in_urgent
        concepts.update(its_concepts)
    return _Hints([0] if crisis else [], [0] if urgent else [], {c: [0] for c in sorted(concepts)})


def _walk(places: list[tuple[int, int]], spans: list[tuple[int, int]]) -> list[int]:
    """The sentences, in order, that one concept anchor hints at.

    This replays the str.find walk the concepts were written against: after a hit it goes on
    from one past the end of that sentence, so an anchor that opens with a space and starts
    the very next sentence ("...die.kms") is passed over there. Kept so no answer changes.
    """
    walked: list[int] = []
    resume = 0
    for i, k in places:
        if i < resume or k < 0:
            continue
        walked.append(k)
        resume = max(spans[k][1] + 1, i + 1)
    return walked
