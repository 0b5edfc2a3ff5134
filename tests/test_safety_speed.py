"""The shortcuts that make `assess` fast change no answer.

Each shortcut skips work only where the skipped work would have found nothing, or replaces a
slow way of computing something with a faster one. These tests hold each to that against a
plain reference: the pre-filter's one-pass anchor scan against the str.find walk it replaced,
the needed strings read off each pattern against strings the pattern matches, the quick
checks in `_normalise` against running every step.
"""

from __future__ import annotations

import bisect
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.safety import SafetyAssessment, assess, normalise
from bot.safety.anchors import _CRISIS_ANCHORS, _URGENT_ANCHORS
from bot.safety.blood_pressure import _BP_READING, _BP_SINGLE, _may_hold_bp
from bot.safety.concepts import _SECOND_LAYER
from bot.safety.needed import _may_match, _needed_strings
from bot.safety.normalise import _SENTENCE, _normalise, _sentence_pattern
from bot.safety.prefilter import _hints
from bot.safety.rules import _CRISIS_RULES, _URGENT_RULES, _screen

SETTINGS = settings(
    max_examples=25,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)

# --------------------------------------------------------------------------------------------
# The anchor scan finds the same sentences as the walks it replaced.


def _reference_level(anchors: frozenset[str], flat: str, spans: list[tuple[int, int]]) -> list[int]:
    """A level's sentences: every sentence where one of its anchors starts."""
    starts = [start for start, _ in spans]
    found: set[int] = set()
    for anchor in anchors:
        i = flat.find(anchor)
        while i != -1:
            k = bisect.bisect_right(starts, i if anchor[0] == " " else i - 1) - 1
            if k >= 0:
                found.add(k)
            i = flat.find(anchor, i + 1)
    return sorted(found)


def _reference_concept(
    anchors: frozenset[str], flat: str, spans: list[tuple[int, int]]
) -> list[int]:
    """A concept's sentences, by the str.find walk the concepts were written against."""
    starts = [start for start, _ in spans]
    found: set[int] = set()
    for anchor in anchors:
        i = flat.find(anchor)
        while i != -1:
            k = bisect.bisect_right(starts, i if anchor[0] == " " else i - 1) - 1
            if k < 0:
                i = flat.find(anchor, i + 1)
                continue
            found.add(k)
            i = flat.find(anchor, max(spans[k][1] + 1, i + 1))
    return sorted(found)


def _both_ways(text: str) -> tuple[object, object]:
    norm = _normalise(text)
    spans = [m.span() for m in _SENTENCE.finditer(norm) if m.group(0).strip()]
    flat = " " + re.sub(r"[^a-z0-9]", " ", norm) + " "  # (as the pre-filter ends it: in a space)
    concepts = {}
    for c, concept in enumerate(_SECOND_LAYER):
        if found := _reference_concept(concept.anchors, flat, spans):
            concepts[c] = found
    reference = (
        _reference_level(_CRISIS_ANCHORS, flat, spans),
        _reference_level(_URGENT_ANCHORS, flat, spans),
        concepts,
    )
    return tuple(_hints(norm, spans)), reference


ANCHORS = sorted(_CRISIS_ANCHORS | _URGENT_ANCHORS | {a for c in _SECOND_LAYER for a in c.anchors})


def test_no_anchor_is_empty() -> None:
    # The scan reports the longest anchor at each position; an empty anchor would be "found"
    # everywhere and stand for nothing.
    assert all(ANCHORS)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "...",
        "slept great",
        "i want to die.kms",  # a space anchor opening the next sentence, no space after the stop
        "kms.kms. kms",
        "...kms at the start, before any sentence",
        "myself harm. self harm;\n\nsee. saw it, air! er, ed?",
        "studied hard, went to the weekend market",  # anchors inside longer words
        "bed at 11. \n. up at 6",  # a sentence of spaces only
        ("bed at 11, asleep by half past, woke twice, up at 6:45, a bit dizzy. " * 80)[:4096],
    ],
)
def test_anchor_scan_finds_the_same_sentences(text: str) -> None:
    ours, reference = _both_ways(text)
    assert ours == reference


@SETTINGS
@given(
    st.lists(
        st.one_of(
            st.sampled_from(ANCHORS),
            st.sampled_from([".", "!", "?", ";", "\n", ",", " ", "-", "'", "...", ". ", "x"]),
            st.text(max_size=6),
        ),
        max_size=25,
    ).map("".join)
)
def test_anchor_scan_finds_the_same_sentences_anywhere(text: str) -> None:
    ours, reference = _both_ways(text)
    assert ours == reference


# --------------------------------------------------------------------------------------------
# A pattern is skipped only where it cannot match.

RULE_PATTERNS = [rule.pattern for rule in (*_CRISIS_RULES, *_URGENT_RULES)]
CONCEPT_PATTERNS = [concept.pattern for concept in _SECOND_LAYER]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bkill(?:ing|ed)? my ?self\b", {"kill my self", "kill myself", "killing my self",
                                          "killing myself", "killed my self", "killed myself"}),
        (r"(?:ab)+c", {"abc"}),  # a repeat opens and closes with its own text
        (r"x{0,3}\bsleep\w*", {"sleep"}),
        (r"(?=[^.]*\bpills\b)\bi\b", {"pills"}),  # a lookahead's text is in the sentence
        (r"dead|gone\w*", {"dead", "gone"}),
        (r"(dead)\1|\w+ing", {"dead", "ing"}),
    ],
)  # fmt: skip
def test_needed_strings(pattern: str, expected: set[str]) -> None:
    assert _needed_strings(re.compile(pattern)) == expected


@pytest.mark.parametrize(
    "pattern",
    [
        r"\w+",
        r"dead|\w+",  # one way to match needs no particular string
        r"(?!pills)\w+",
        r"(?i)dead",
        r"(?i:dead)",
        r"a|b",  # one letter is in nearly every sentence
    ],
)
def test_needed_strings_none_when_nothing_is_certain(pattern: str) -> None:
    assert _needed_strings(re.compile(pattern)) is None


@pytest.mark.parametrize("pattern", RULE_PATTERNS + CONCEPT_PATTERNS, ids=lambda p: p.pattern[:30])
@settings(SETTINGS, max_examples=15)
@given(data=st.data())
def test_a_pattern_is_never_skipped_where_it_matches(
    pattern: re.Pattern[str], data: st.DataObject
) -> None:
    text = data.draw(st.from_regex(pattern))
    assert pattern.search(text)
    assert _may_match(pattern, text)
    for level, rules in (("crisis", _CRISIS_RULES), ("urgent", _URGENT_RULES)):
        for bit, rule in enumerate(rules):
            if rule.pattern is pattern:
                assert _screen(level).candidates(text) >> bit & 1


@SETTINGS
@given(st.one_of(st.from_regex(_BP_READING), st.from_regex(_BP_SINGLE)))
def test_blood_pressure_check_never_skips_a_reading(text: str) -> None:
    assert _may_hold_bp(text)


# --------------------------------------------------------------------------------------------
# The quick checks in _normalise skip only steps that would change nothing.


def _normalise_every_step(text: str) -> str:
    import unicodedata

    text = unicodedata.normalize("NFKC", text[: normalise._MAX_CHARS]).casefold()
    text = normalise._INVISIBLE.sub("", text)
    text = normalise._CONTROL.sub(" ", text)
    text = normalise._APOSTROPHES.sub("", text)
    text = text.replace("e.r.", "er").replace("a&e", "er")
    text = normalise._LETTER_HYPHEN.sub(" ", text)
    text = re.sub(r"([a-z])\1{2,}", r"\1\1", text)
    text = normalise._SPACES.sub(" ", text)
    return normalise._WORD_SUBS.sub(lambda m: normalise._WORD_SUB_MAP[m.group(0)], text)


TRICKY = (
    "aAbe r-_\u2011\u2013'`\u2019\u00b4\u02bc \t\r\f\v\n\x00\x0b\x1f\x7f\x85"
    "\u200b\u00ad\ufeff\u2028.\ufb01\u00bd"
)


@pytest.mark.parametrize(
    "text",
    [
        "slept great",
        "I'm soooo tired  today\t- can't sleep",
        "k\u200bill my\u00adself",
        "self-harm, self\u2013harm and self_harm",
        "e.r. visit,  a&e\r\nnow",
        "u r   gonna be ok\x0bi am fine\u2028i will",
        "\ufb01ne",  # NFKC turns the ligature into plain letters
    ],
)
def test_normalise_quick_checks_change_nothing(text: str) -> None:
    assert _normalise(text) == _normalise_every_step(text)


@settings(max_examples=300, deadline=None, database=None)
@given(st.text(alphabet=st.sampled_from(TRICKY)) | st.text())
def test_normalise_quick_checks_change_nothing_anywhere(text: str) -> None:
    assert _normalise(text) == _normalise_every_step(text)


@settings(max_examples=300, deadline=None, database=None)
@given(st.text(alphabet=st.sampled_from("ab dr mr st 7 . ! ? ; \n")) | st.text())
def test_sentences_without_a_point_are_cut_the_same(text: str) -> None:
    quick = [m.span() for m in _sentence_pattern(text).finditer(text)]
    assert quick == [m.span() for m in _SENTENCE.finditer(text)]


def test_a_shared_answer_is_still_an_answer() -> None:
    first, second = assess("slept great"), assess("bed at 11")
    assert first == second == SafetyAssessment("none")
