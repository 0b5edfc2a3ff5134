"""The learned screen's fast path (words remembered, squares worked out at load, plain sums
where every feature is seen once) adds the same numbers in the same order as the plain
reading of features(): the probabilities are equal, not merely close."""

from __future__ import annotations

import math

import pytest

from bot.safety import model as safety_model

TEXTS = [
    "",
    "ok",
    "no no no no",
    "bed at 11, asleep by half past, woke twice, up at 6:45, a bit dizzy",
    "didn't sleep, not tired, never again, but it's fine. no chest pain though",
    "I DON’T `know´ what to do anymore, everyone would be better off",
    "slept ok ok ok, dreams dreams dreams",
    "chest. pain. left side. arm numb.",
    "sleeping pills counted. 40. tonight.",
    "ça va, café au lait, niño, straße",
    "bed at 11, asleep by half past, woke twice, up at 6:45, a bit dizzy. " * 60,
]


def _plain(model: safety_model.Model, text: str) -> dict[str, float]:
    """probabilities() as first written: feature by feature over features(text)."""
    squares = crisis = urgent = 0.0
    for feature, count in safety_model.features(text).items():
        entry = model.table.get(feature)
        if entry is None:
            continue
        tf = 1.0 + math.log(count) if count > 1 else 1.0
        idf, crisis_weight, urgent_weight = entry[:3]
        squares += (tf * idf) ** 2
        crisis += tf * crisis_weight
        urgent += tf * urgent_weight
    norm = math.sqrt(squares) or 1.0
    scores = (model.bias[0] + crisis / norm, model.bias[1] + urgent / norm)
    top = max(0.0, *scores)
    exps = [math.exp(score - top) for score in scores]
    total = math.exp(-top) + sum(exps)
    return {"none": math.exp(-top) / total} | {
        level: value / total for level, value in zip(safety_model.LEVELS, exps, strict=True)
    }


@pytest.mark.parametrize("text", TEXTS)
def test_the_fast_sums_are_the_plain_ones(text: str) -> None:
    model = safety_model.shipped()
    assert model.probabilities(text) == _plain(model, text)
    assert model.probabilities(text) == _plain(model, text)  # its words now remembered


def test_forgetting_words_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safety_model, "WORDS_REMEMBERED", 3)
    shipped = safety_model.shipped()
    model = safety_model.Model(shipped.table, shipped.bias, shipped.threshold)
    for text in TEXTS + TEXTS[::-1]:
        assert model.probabilities(text) == _plain(model, text)
