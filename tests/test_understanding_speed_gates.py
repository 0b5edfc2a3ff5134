"""The readers skip a pattern when its gate (bot/understanding/prefilter.py) says it cannot
match: a gate that wrongly said so would silently drop a diary value. Every pattern of the
understanding modules is checked against many messages (the phrases the understanding
tests use, and pieces of them cut anywhere): wherever it matches, its gate must let it,
and a gate's own search must find exactly what the pattern's finditer finds."""

from __future__ import annotations

import ast
import random
import re
from pathlib import Path

import pytest

from bot.understanding import (
    cues,
    dates,
    fields,
    intent,
    prefilter,
    quality,
    sideeffects,
    text,
    times,
)
from bot.understanding.prefilter import Gate, Probe
from bot.understanding.text import Text, normalize

TESTS = Path(__file__).parent


def _phrases() -> list[str]:
    found: set[str] = set()
    for path in sorted(TESTS.glob("test_understanding_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            value = node.value if isinstance(node, ast.Constant) else None
            if isinstance(value, str) and 0 < len(value) < 400:
                found.add(value)
    phrases = sorted(found)
    rng = random.Random(7)
    cut = []
    for phrase in rng.sample(phrases, min(600, len(phrases))):  # words cut at both ends
        a = rng.randrange(len(phrase))
        cut.append(phrase[a : a + rng.randrange(1, 40)])
    return [normalize(p) for p in phrases + cut]


def _patterns() -> dict[str, re.Pattern[str]]:
    found: dict[str, re.Pattern[str]] = {}
    for module in (cues, dates, fields, intent, quality, sideeffects, text, times):
        name = module.__name__.rsplit(".", 1)[-1]
        for key, value in vars(module).items():
            if isinstance(value, re.Pattern):
                found[f"{name}.{key}"] = value
            elif isinstance(value, list):
                for i, item in enumerate(value):
                    for part in item if isinstance(item, tuple) else (item,):
                        if isinstance(part, re.Pattern):
                            found[f"{name}.{key}[{i}]"] = part
    return found


PHRASES = _phrases()
PATTERNS = _patterns()


def test_there_is_something_to_check() -> None:
    assert len(PHRASES) > 1000 and len(PATTERNS) > 100


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_a_gate_never_turns_away_a_match(name: str) -> None:
    pattern = PATTERNS[name]
    gate = Gate(pattern)
    for s in PHRASES:
        probe = Probe(s)
        if pattern.search(s) is not None:
            assert gate.met(probe), (name, s)
        found = [(m.span(), m.groups()) for m in pattern.finditer(s)]
        assert [(m.span(), m.groups()) for m in gate.finditer(pattern, probe)] == found


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_a_gate_holds_for_each_sentence_and_clause(name: str) -> None:
    # the readers search sentences and clauses with the whole message's probe
    pattern = PATTERNS[name]
    gate = Gate(pattern)
    for raw in PHRASES[::3]:
        t = Text.of(raw)
        if gate.met(t.probe):
            continue
        for a, b in t.sentences + t.clauses:
            assert pattern.search(t.s[a:b]) is None, (name, t.s[a:b])


def _module_gates() -> list[Gate]:
    gates: list[Gate] = []
    for module in (cues, dates, fields, intent, quality, sideeffects, text, times):
        for value in vars(module).values():
            items = value if isinstance(value, list) else [value]
            for item in items:
                for part in item if isinstance(item, tuple) else (item,):
                    if isinstance(part, Gate):
                        gates.append(part)
    return gates


def test_the_readers_own_gates_agree_with_fresh_ones() -> None:
    # the gates made at import test bits (prefilter._Bits); made now, they test the sets
    gates = _module_gates()
    assert len(gates) > 50
    for gate in gates:
        fresh = prefilter._tester(gate._parts)
        for s in PHRASES[::3]:
            probe = Probe(s)
            assert bool(gate.met(probe)) == bool(fresh(probe)), (gate._parts, s)
