"""`sleepdiary safety-model train|evaluate`: the safety model's table, made from labelled sets.

Training needs scikit-learn (a development dependency: `pip install -e '.[dev]'`); the bot
only reads the table it writes (bot/safety/model.py). The labelled sets are
tests/data/heldout/*.jsonl, in the format of ../shared/eval/dev.jsonl (among them the blind
safety sets of earlier sessions, once scored and fixed; tests/data/untrained keeps the newest
out of training, to measure what training on them adds), and
tests/data/teaching/*.jsonl, written only to teach the screen (text and safety level). The
dev set itself is never trained on: it stays an honest check of the whole of understanding.

`train` writes three tables: the screen every message is read by, and the Spanish screen, made
from the same sets and tests/data/teaching_spanish/, which messages written mostly in Spanish
are read by instead (bot/safety/model.py, `screen_for`). A third, the screen for what is not
real told as going on, is made from the same sets and the reviews' probes (tests/data/reviews),
urgent against none (`fit_unreal`).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from bot.safety import model as safety_model
from bot.safety.normalise import _normalise
from bot.safety.unreal import perceived_and_going_on

_DATA = Path(__file__).resolve().parents[2] / "tests" / "data"
LABELLED = (_DATA / "heldout", _DATA / "teaching")
SPANISH_TEACHING = _DATA / "teaching_spanish"
# Probe sets written blind to the rules ({"text", "expected", "read_right"}): the screen for
# what is not real learns from those named in UNREAL_REVIEWS beside the labelled sets.
REVIEWS = _DATA / "reviews"
# ... and from messages written only to teach it (tests/data/teaching_unreal/README.md).
TEACHING_UNREAL = _DATA / "teaching_unreal"
# 0.8 until the ninth session; trained with plain_6-10 (people's own way of telling their
# nights), 0.78 found more crises left out (tests/data/untrained: 366 of 390 against 365 at
# 0.8 before) with a third of the false alarms on real people's writing about their sleep.
# With the teaching sets (seventeenth session), 0.80: with each teaching set left out, the
# screen and rules found 1,018 of their 1,250 crises (942 before them) for 151 false alarms
# of 2,450 (145); on the older tests/data/untrained sets 77 false alarms of 4,020 (67), where
# 0.78 gave 82.
THRESHOLD = 0.80
# Both chosen on text the screen had not seen, never on the dev set: crisis recall with each
# labelled set left out (`evaluate`), the sets in tests/data/untrained, and false alarms on
# tests/test_safety.py's list of everyday idioms (BENIGN_STRESS), which is not trained on.
# With the paired sets (pairs_*: a crisis and a safe message sharing its words), C=30 found
# more crises left out than C=10 (0.906 against 0.882 on sets 9-14) for 1.6% of the idioms
# against 1.3%; before them, C=30 had alarmed on up to 8% of the idioms.
C = 30.0
MIN_SETS = 2  # a feature must appear in at least this many messages to get a weight
# The Spanish screen (eighteenth session). Trained with the Spanish teaching sets, one screen
# for every message found 73 of 80 crises on two blind sets written mostly in Spanish (45
# without them), but lost 5 English crises of 1,830 on the untrained sets and added 13 false
# alarms of 8,791 on the mixed sets: so only messages written mostly in Spanish are read by
# it. At 0.85 it found 70 of the 80 (72 at 0.80, 65 at 0.90) with 8 false alarms of 180 (9
# at 0.80); on the reviews' 466 everyday look-alikes, half in Spanish, about 85 alarms (97 at
# 0.80, 80 without it).
SPANISH_THRESHOLD = 0.85
# The bias of a level a screen is not taught: exp(-50) against 1 is no chance at all.
_NEVER = -50.0


def labelled_sets(folders: Sequence[Path] = LABELLED) -> dict[str, list[dict[str, Any]]]:
    """Each set by its file's name (names are unique across the folders)."""
    return {
        path.stem: [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
        for folder in folders
        for path in sorted(folder.glob("*.jsonl"))
    }


def _sets_asked_for(args: argparse.Namespace) -> dict[str, list[dict[str, Any]]]:
    return labelled_sets([Path(args.data)] if args.data else LABELLED)


# Sets of everyday narration about sleep, written to teach the screen how people tell their
# nights in their own words (it alarmed on a third of such messages' look-alike words: "the
# last", "every night", "I just want some sleep"). They add ways of saying "none" but do not
# count in the class weights: with "balanced" weights, 1,500 more "none" messages made every
# "none" weigh less, and look-alikes the tests keep quiet ("i wont be needing a taxi
# tonight") rose over the threshold.
NARRATION = ("plain_6", "plain_7", "plain_8", "plain_9", "plain_10")


def class_weights(sets: dict[str, list[dict[str, Any]]]) -> dict[str, float]:
    """scikit-learn's "balanced" weights, counted without the NARRATION sets."""
    _, levels = _messages({name: rows for name, rows in sets.items() if name not in NARRATION})
    return _balanced(levels)


def _balanced(levels: Sequence[str]) -> dict[str, float]:
    counts = {level: levels.count(level) for level in set(levels)}
    return {level: len(levels) / (len(counts) * n) for level, n in counts.items()}


def fit(
    texts: Sequence[str],
    levels: Sequence[str],
    *,
    threshold: float = THRESHOLD,
    weights: dict[str, float] | str = "balanced",
    reads: Callable[[str], bool] | None = None,
    c: float = C,
) -> dict:
    """The model's table (what bot/safety/model.py reads), fitted on these messages.
    `reads`: which messages the screen will read, for a screen that reads only some. Only
    features found in those messages get a column; every message still trains it, through
    the features it shares with them. (A different fit from the one with every feature, not
    a pruning of it: a message it reads may hold a feature only others had, which then
    weighs nothing.)"""
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.feature_extraction.text import TfidfTransformer
    from sklearn.linear_model import LogisticRegression

    counted = [safety_model.features(text) for text in texts]
    seen_in: dict[str, int] = {}
    for found in counted:
        for feature in found:
            seen_in[feature] = seen_in.get(feature, 0) + 1
    features_read: set[str] | None = None
    if reads is not None:
        features_read = {
            feature
            for text, found in zip(texts, counted, strict=True)
            if reads(text)
            for feature in found
        }
    vocabulary = sorted(
        f
        for f, n in seen_in.items()
        if n >= MIN_SETS and (features_read is None or f in features_read)
    )
    columns = {feature: column for column, feature in enumerate(vocabulary)}
    rows, cols, values = [], [], []
    for row, found in enumerate(counted):
        for feature, count in found.items():
            if feature in columns:
                rows.append(row)
                cols.append(columns[feature])
                values.append(count)
    counts = csr_matrix((values, (rows, cols)), shape=(len(texts), len(vocabulary)))
    tfidf = TfidfTransformer(sublinear_tf=True, smooth_idf=True, norm="l2").fit(counts)
    classifier = LogisticRegression(C=c, class_weight=weights, max_iter=5000)
    classifier.fit(tfidf.transform(counts), list(levels))
    order = list(classifier.classes_)
    if len(order) == 2:
        # Two classes: one row of weights, for classes_[1] against classes_[0].
        coef = {order[0]: np.zeros_like(classifier.coef_[0]), order[1]: classifier.coef_[0]}
        intercept = {order[0]: 0.0, order[1]: float(classifier.intercept_[0])}
    else:
        coef = dict(zip(order, classifier.coef_, strict=True))
        intercept = dict(zip(order, map(float, classifier.intercept_), strict=True))
    # A level not taught weighs nothing and is never likely (a screen for one level).
    weights = [
        coef[level] - coef["none"] if level in coef else np.zeros_like(coef["none"])
        for level in safety_model.LEVELS
    ]
    bias = [
        intercept[level] - intercept["none"] if level in intercept else _NEVER
        for level in safety_model.LEVELS
    ]
    return {
        "features": vocabulary,
        "idf": [round(float(v), 6) for v in tfidf.idf_],
        "weights": [[round(float(v), 6) for v in row] for row in weights],
        "bias": [round(float(v), 6) for v in bias],
        "threshold": threshold,
        "trained_on": len(texts),
    }


def fit_sets(
    sets: dict[str, list[dict[str, Any]]],
    *,
    threshold: float = THRESHOLD,
    reads: Callable[[str], bool] | None = None,
) -> dict:
    """The table made from these labelled sets, as `train` makes it."""
    texts, levels = _messages(sets)
    return fit(texts, levels, threshold=threshold, weights=class_weights(sets), reads=reads)


def _messages(sets: dict[str, list[dict[str, Any]]]) -> tuple[list[str], list[str]]:
    rows = [row for name in sorted(sets) for row in sets[name]]
    return [row["text"] for row in rows], [row["gold"]["safety"] for row in rows]


def spanish_sets() -> dict[str, list[dict[str, Any]]]:
    """What the Spanish screen is made from: the labelled sets and the Spanish teaching sets."""
    return labelled_sets((*LABELLED, SPANISH_TEACHING))


def fit_spanish() -> dict[str, Any]:
    """The Spanish screen's table. It reads only messages written mostly in Spanish, so only
    features such messages have get a weight: a third of the main table's, with the same
    crises found on the blind Spanish sets (135 of 160 against 134 with every feature)."""
    return fit_sets(spanish_sets(), threshold=SPANISH_THRESHOLD, reads=safety_model.mostly_spanish)


# The screen for what is not real, told as going on (bot/safety/unreal.py, `seen_as_unreal`).
# Twenty-sixth session, trained without review26b, 26c and 26r (then scored on them): at
# 0.80 it read 24-26 more of 26b's and 26c's 150 alarms each than the rules, with none of
# their 300 everyday messages and 1-2 of 26r's 140 look-alikes; at 0.90, 16-20 more and none;
# at 0.70 as many as 0.80 with one more false alarm. C=10 against the main screen's 30:
# fewer messages, and its own wordings, are read by it (C=30 was not tried further).
UNREAL_THRESHOLD = 0.80
UNREAL_C = 10.0
# The probe sets it learns from, named (a new probe set is scored before anything is taught
# from it): those written in English, or mostly. Listed, not globbed, so a new set is a
# choice.
UNREAL_REVIEWS = (
    "round18_english",
    "round18_third",
    "round19",
    "round19_second",
    "round20",
    "review24",
    "review24b",
    "review24c",
    "review24d",
    "review24e",
    "review24f",
    "review26a",
    "review26b",
    "review26c",
    "review26r",
)
# Which urgent messages teach it: those about something perceived or believed, or a mind
# lost in time or place. A chest pain taught as "urgent" would teach it the body, and then it
# alarms on "his mouth has been dry ever since the infusion".
_OF_THE_MIND = re.compile(
    r"\b(?:see|sees|seeing|saw|seen|hear|hears|hearing|heard|voices?|hallucinat\w*|thinks?"
    r"|convinced|believes|insists?|confus\w*|disorient\w*|doesnt know (?:where|who|what)"
    r"|didnt know (?:where|who|what)|recogni[sz]\w*|what year|what day|where (?:she|he|i|we)"
    r" (?:is|am|are)|bugs|spiders|insects|snakes|not real|not there|nobody|no one"
    r"|nothing there|talking to|keeps (?:asking|saying|talking|calling)|crawling|melting)\b"
)


def unreal_messages() -> tuple[list[str], list[str]]:
    """The unreal screen's messages and their classes ("urgent" or "none"): every labelled,
    reviewed and teaching message, but for crises (no class of its own; the main screen reads them)
    and urgent messages not of the mind."""
    texts: list[str] = []
    levels: list[str] = []
    reviews = {path.stem for path in REVIEWS.glob("*.jsonl")} - set(UNREAL_REVIEWS)
    sets = labelled_sets((*LABELLED, REVIEWS, TEACHING_UNREAL))
    for name in sorted(set(sets) - reviews):
        for row in sets[name]:
            level = row["expected"] if "expected" in row else row["gold"]["safety"]
            if level == "crisis":
                continue
            if level == "urgent" and not _OF_THE_MIND.search(_normalise(row["text"])):
                continue
            texts.append(row["text"])
            levels.append(level)
    return texts, levels


def _read_by_the_unreal_screen(text: str) -> bool:
    return perceived_and_going_on(_normalise(text))


def fit_unreal() -> dict[str, Any]:
    """The unreal screen's table: only features of the messages it reads get a weight."""
    texts, levels = unreal_messages()
    # "balanced" weights, counted without the NARRATION sets (as class_weights does)
    sets = labelled_sets()
    narration = {row["text"] for name in NARRATION for row in sets[name]}
    weights = _balanced(
        [level for text, level in zip(texts, levels, strict=True) if text not in narration]
    )
    return fit(
        texts,
        levels,
        threshold=UNREAL_THRESHOLD,
        weights=weights,
        reads=_read_by_the_unreal_screen,
        c=UNREAL_C,
    )


def train(args: argparse.Namespace) -> int:
    sets = _sets_asked_for(args)
    _write(
        fit_sets(sets, threshold=args.threshold or THRESHOLD), args.out or safety_model.MODEL_PATH
    )
    # The Spanish table is made only beside the shipped one: a table trained on other data,
    # or written elsewhere, is an experiment on the main screen.
    if not args.data and not args.out:
        _write(fit_spanish(), safety_model.SPANISH_MODEL_PATH)
        _write(fit_unreal(), safety_model.UNREAL_MODEL_PATH)
    return 0


def _write(table: dict[str, Any], path: str | Path) -> None:
    out = Path(path)
    with gzip.GzipFile(out, "wb", mtime=0) as file:  # mtime 0: the same data, same bytes
        file.write(json.dumps(table, separators=(",", ":")).encode())
    print(f"trained on {table['trained_on']} messages, {len(table['features'])} features -> {out}")


def evaluate(args: argparse.Namespace) -> int:
    """Leave one set out: train on the others, score the set left out, for every safety set:
    the rules alone, the screen alone, and both as the bot uses them (the screen only where
    the rules find nothing). Columns: crisis recall, urgent recall, false alarms. (The main
    screen only: messages written mostly in Spanish meet the Spanish one in the bot.)"""
    from bot.safety.judge import assess_by_rules

    sets = _sets_asked_for(args)
    print("| set left out | rules | screen | both |")
    print("|---|---|---|---|")
    teaching = {path.stem for path in LABELLED[1].glob("*.jsonl")}
    for name in sorted(sets):
        if not name.startswith("safety") and name not in teaching:
            continue
        kept = {k: v for k, v in sets.items() if k != name}
        model = safety_model.from_json(fit_sets(kept, threshold=args.threshold or THRESHOLD))
        gold = [row["gold"]["safety"] for row in sets[name]]
        rules = [assess_by_rules(row["text"]).level for row in sets[name]]
        screen = [model.level(row["text"]) for row in sets[name]]
        both = [r if r != "none" else s for r, s in zip(rules, screen, strict=True)]
        columns = [_figures(gold, said) for said in (rules, screen, both)]
        print(f"| {name} | " + " | ".join(columns) + " |")
    return 0


def _figures(gold: Sequence[str], said: Sequence[str]) -> str:
    def share(wanted: str, hit: set[str]) -> float:
        picked = [s for g, s in zip(gold, said, strict=True) if g == wanted]
        return sum(s in hit for s in picked) / max(1, len(picked))

    return " / ".join(
        f"{value:.3f}"
        for value in (
            share("crisis", {"crisis"}),
            share("urgent", {"urgent", "crisis"}),
            share("none", {"urgent", "crisis"}),
        )
    )


def main(args: argparse.Namespace) -> int:
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print(
            "sleepdiary: safety-model needs scikit-learn; install with pip install -e '.[dev]'",
            file=sys.stderr,
        )
        return 2
    return train(args) if args.action == "train" else evaluate(args)
