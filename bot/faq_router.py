"""A learned router from a patient's question to the article's section that answers it, or
to the care team.

The word index (bot/faq_index.py) answers a question by the words it shares with a section,
and new writers ask in words no list foresees: on two sets of 150 questions written blind in
the twenty-fifth session, it gave 101 of 200 answerable questions an accepted section, quoted
a wrong one for 17, and referred 76 of the 80 questions for the care team. A linear model over
words, pairs of words and letter groups (bot/text_features.py), trained on every labelled
question of the mixed sets (tests/data/mixed), gave 152, 7 and 79 on the same questions, as
the FAQ uses it: where it is sure (`THRESHOLD`), its section or the care team; where it is
not, the word index.

It knows one article: the shipped one (content/article.md), as it was when trained (its
headings and a digest of its text). For any other knowledge base, or the same one edited,
`router_for` finds none and the word index answers alone.
Plain arithmetic over a table shipped with the code (`faq_router.json.gz`, made by
`sleepdiary faq-router train`): no library, no network. Questions the policy knows are
for the care team (faq_policy: one's own dose, medicines, stopping, driving, pregnancy) are
referred before it is asked; and where a question names a symptom, part of the body,
condition or group of people the article never mentions, its answer is set aside for the
word index's (bot/faq.py).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import math
from array import array
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from bot.knowledge import KnowledgeBase
from bot.text_features import features

ROUTER_PATH = Path(__file__).with_name("faq_router.json.gz")
# The class of questions the article must not answer: the care team's.
CARE_TEAM = "(care team)"


@dataclass(frozen=True)
class Route:
    heading: str | None  # the section that answers, or None for the care team
    probability: float


@dataclass(frozen=True)
class Router:
    """Per feature: its idf and one weight per class (`weights`, a row of len(classes) per
    feature); each class's bias; the least probability it routes at."""

    article: tuple[str, ...]  # every heading of the article it was trained for, in order
    digest: str  # article_digest() of that article
    classes: tuple[str, ...]  # the headings it routes to, and CARE_TEAM
    columns: dict[str, int]
    idf: array[float]
    weights: array[float]
    bias: tuple[float, ...]
    threshold: float

    def probabilities(self, text: str) -> dict[str, float]:
        """P(class) for each class: multinomial logistic regression over the message's
        tf-idf vector (sublinear tf, length 1), as scikit-learn computes it."""
        return self._probabilities(features(text))

    def _probabilities(self, counted: Counter[str]) -> dict[str, float]:
        width = len(self.classes)
        scores = list(self.bias)
        found = [
            (column, (1.0 + math.log(count)) * self.idf[column])
            for feature, count in counted.items()
            if (column := self.columns.get(feature)) is not None
        ]
        norm = math.sqrt(sum(value * value for _, value in found)) or 1.0
        weights = self.weights
        for column, value in found:
            value /= norm
            row = column * width
            for k in range(width):
                scores[k] += value * weights[row + k]
        top = max(scores)
        exps = [math.exp(score - top) for score in scores]
        total = sum(exps)
        return {name: e / total for name, e in zip(self.classes, exps, strict=True)}

    def route(self, text: str) -> Route | None:
        """The likeliest class, if it is at least `threshold` likely; else None. A text with
        no feature the table knows is routed nowhere (its biases alone are no evidence)."""
        counted = features(text)
        if not any(feature in self.columns for feature in counted):
            return None
        chances = self._probabilities(counted)
        best = max(chances, key=chances.__getitem__)
        if chances[best] < self.threshold:
            return None
        return Route(None if best == CARE_TEAM else best, chances[best])


def from_json(data: dict[str, Any]) -> Router:
    classes = tuple(data["classes"])
    weights = array("f")  # single precision: half the memory, the same routes
    for row in data["weights"]:  # one row per feature, one weight per class
        weights.extend(row)
    return Router(
        article=tuple(data["article"]),
        digest=data["digest"],
        classes=classes,
        columns={feature: n for n, feature in enumerate(data["features"])},
        idf=array("f", data["idf"]),
        weights=weights,
        bias=tuple(data["bias"]),
        threshold=float(data["threshold"]),
    )


@cache
def shipped() -> Router | None:
    try:
        with gzip.open(ROUTER_PATH, "rt", encoding="utf-8") as file:
            return from_json(json.load(file))
    except OSError:
        return None


def article_digest(kb: KnowledgeBase) -> str:
    """What tells the article apart from an edited one: its headings and text."""
    whole = "\n".join(f"{s.level} {s.heading}\n{s.text}" for s in kb.sections)
    return hashlib.sha256(whole.encode()).hexdigest()


def router_for(kb: KnowledgeBase) -> Router | None:
    """The shipped router, if `kb` is the article it was trained for, unedited."""
    router = shipped()
    if router is None or tuple(s.heading for s in kb.sections) != router.article:
        return None
    return router if _digest(kb) == router.digest else None


@lru_cache(maxsize=16)
def _digest(kb: KnowledgeBase) -> str:
    # KnowledgeBase is frozen and hashable: one digest per knowledge base, as index_for
    return article_digest(kb)
