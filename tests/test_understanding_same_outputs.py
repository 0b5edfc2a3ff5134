"""The shortcuts that make `understand` faster change no answer.

Each one skips work that could have found nothing, or finds the same thing another way; these
tests hold each to the plain way it replaced, over the held-out messages and the dev set
(cut into sentences and clauses as the readers cut them) and over strings made to hit the
corners: the guarded copies of patterns (bot/safety/needed.py) against the patterns, the
clause and sentence breaks (bot/understanding/text.py) against the single patterns they
stand for, and the gates asked all at once (bot/understanding/prefilter.py) against the
gates asked one by one.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from bot.safety import concepts, context, guards, risk_cues, rules
from bot.safety.needed import guarded
from bot.safety.normalise import _normalise
from bot.understanding import cues, dates, intent, sideeffects, times
from bot.understanding.prefilter import Probe, met_among, met_each
from bot.understanding.text import (
    _ASCII_WORD,
    _CLAUSE_BREAK,
    _CLAUSE_BREAKS,
    _JOINING_WORDS,
    _SENTENCE_END,
    Text,
    _split,
)

TESTS = Path(__file__).parent
DEV = TESTS.parent.parent / "shared" / "eval" / "dev.jsonl"


def _messages() -> list[str]:
    found: list[str] = []
    for path in [*sorted((TESTS / "data" / "heldout").glob("*.jsonl")), DEV]:
        if path.exists():
            with path.open(encoding="utf-8") as f:
                found += [json.loads(line)["text"] for line in f if line.strip()]
    return found


MESSAGES = _messages()
NORMALISED = [_normalise(m) for m in MESSAGES]


def _safety_patterns() -> list[re.Pattern[str]]:
    found = [rule.pattern for rule in (*rules._CRISIS_RULES, *rules._URGENT_RULES)]
    found += [concept.pattern for concept in concepts._SECOND_LAYER]
    found += [cue.pattern for cue in risk_cues._CUES]
    for module in (context, guards):
        found += [v for v in vars(module).values() if isinstance(v, re.Pattern)]
    return found


SAFETY_PATTERNS = _safety_patterns()


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[object, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_there_is_something_to_check() -> None:
    assert len(MESSAGES) > 1000 and len(SAFETY_PATTERNS) > 300


@pytest.mark.parametrize("index", range(len(SAFETY_PATTERNS)))
def test_a_guarded_copy_finds_what_its_pattern_finds(index: int) -> None:
    pattern = SAFETY_PATTERNS[index]
    copy = guarded(pattern)
    for text in NORMALISED:
        assert _found(copy, text) == _found(pattern, text), (pattern.pattern[:60], text)


def test_a_guarded_copy_looks_for_what_its_matches_open_with() -> None:
    pattern = re.compile(r"\b(?:(?:want|wish) to|(?<!not )ready to) (?:die|go)\b")
    copy = guarded(pattern)
    assert copy is not pattern and copy.pattern.startswith(r"\b(?=")
    texts = ["i want to die", "im ready to go", "not ready to go", "wanting to go", "awish to die"]
    for text in texts:
        assert _found(copy, text) == _found(pattern, text)
    # where what a match opens with cannot be told, the pattern is its own copy
    unknown = re.compile(r"\w+ to die")
    assert guarded(unknown) is unknown


def _tricky_strings(count: int) -> list[str]:
    rng = random.Random(11)
    pieces = [
        *_JOINING_WORDS,
        "abut",
        "butt",
        "thou",
        "wherea",
        "a",
        "x",
        "_",
        "é",
        " ",
        "  ",
        "-",
        "--",
        ":",
        "1",
        ",",
        "(",
        ")",
        "[",
        "]",
        "\t",
        "\n",
        ".",
        "!",
        "?",
        ";",
    ]
    return ["".join(rng.choice(pieces) for _ in range(rng.randrange(12))) for _ in range(count)]


def test_clause_and_sentence_breaks_are_the_plain_patterns() -> None:
    # (a full stop after an abbreviation, "approx." or "dr.", ends no sentence)
    plain_end = re.compile(
        r"[!?;\n]+|\.(?![0-9])(?<!approx\.)(?<!\best\.)(?<!\bca\.)(?<!\bvs\.)(?<!\bdr\.)"
        r"(?<!\bmr\.)(?<!\bmrs\.)(?<!\bms\.)"
        r"|/(?<=\s/)(?=\s+(?:[a-z]|[0-9](?:\.[0-9])?\s*(?:/|out\s+of)\s*(?:10|5)\b))",
        re.ASCII,
    )
    for s in [*_tricky_strings(20000), *(Text.of(m).s for m in MESSAGES[::3])]:
        assert _split(s, 0, len(s), _SENTENCE_END) == _split(s, 0, len(s), plain_end), s
        joining = not _JOINING_WORDS.isdisjoint(_ASCII_WORD.findall(s))
        breaks = _CLAUSE_BREAKS[(":" in s, "-" in s, joining)]
        # the readers cut clauses out of sentences, whose ends are never inside a word
        for a, b in [*_split(s, 0, len(s), plain_end), (0, len(s))]:
            spans = [m.span() for m in breaks.finditer(s, a, b)]
            assert spans == [m.span() for m in _CLAUSE_BREAK.finditer(s, a, b)], (s, a, b)


def _gate_lists() -> list[list[object]]:
    return [
        [gate for *_, gate in times._DURATION_RULES],
        [gate for *_, gate in times._COUNT_RULES],
        [gate for *_, gate in times._CLOCK_RULES],
        [gate for *_, gate in sideeffects._GATED],
        [intent._SMALL_TALK_GATE, intent._FUTURE_GATE, intent._FAREWELL_GATE, cues._ROLE_GATE],
        [intent._QUESTION_TAIL_GATE],
        [dates._LAST_NIGHT_GATE, dates._OTHER_DATE_GATE, dates._N_NIGHTS_AGO_GATE],
    ]


@pytest.mark.parametrize("gates", _gate_lists(), ids=range(len(_gate_lists())))
def test_gates_asked_at_once_say_what_each_says(gates: list[object]) -> None:
    among = met_among(gates)  # type: ignore[arg-type]
    each = met_each(gates)  # type: ignore[arg-type]
    for text in MESSAGES[::3]:
        probe = Text.of(text).probe
        one_by_one = [bool(gate.met(probe)) for gate in gates]  # type: ignore[attr-defined]
        assert list(each(probe)) == one_by_one
        assert among(probe) == [i for i, met in enumerate(one_by_one) if met]
        # a probe made afresh, whose words are looked up again
        assert list(each(Probe(probe.s))) == one_by_one
