"""The learned safety screen: its arithmetic is scikit-learn's, its table is the one the
labelled sets make, and it adds alarms the rules miss without alarming on ordinary nights."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest

from bot.safety import assess
from bot.safety import model as safety_model
from bot.safety.judge import assess_by_rules
from sleepdiary.commands import safety_model as training


def _sklearn_probabilities(texts: list[str], levels: list[str], table: dict, probe: list[str]):  # type: ignore[no-untyped-def]
    """The same fit done by scikit-learn alone, on the table's own vocabulary."""
    from scipy.sparse import csr_matrix
    from sklearn.feature_extraction.text import TfidfTransformer
    from sklearn.linear_model import LogisticRegression

    columns = {feature: n for n, feature in enumerate(table["features"])}

    def matrix(batch: list[str]):  # type: ignore[no-untyped-def]
        rows, cols, values = [], [], []
        for row, text in enumerate(batch):
            for feature, count in safety_model.features(text).items():
                if feature in columns:
                    rows.append(row)
                    cols.append(columns[feature])
                    values.append(count)
        return csr_matrix((values, (rows, cols)), shape=(len(batch), len(columns)))

    tfidf = TfidfTransformer(sublinear_tf=True).fit(matrix(texts))
    classifier = LogisticRegression(C=training.C, class_weight="balanced", max_iter=5000)
    classifier.fit(tfidf.transform(matrix(texts)), levels)
    chances = classifier.predict_proba(tfidf.transform(matrix(probe)))
    order = list(classifier.classes_)
    return [{level: row[order.index(level)] for level in order} for row in chances]


def test_the_screen_computes_what_scikit_learn_computes() -> None:
    sets = training.labelled_sets()
    texts, levels = training._messages({name: sets[name] for name in ("safety_1", "fields_a")})
    table = training.fit(texts, levels)
    model = safety_model.from_json(table)
    probe = [row["text"] for row in sets["safety_2"][:40]] + ["", "💤", "ok " * 500]
    expected = _sklearn_probabilities(texts, levels, table, probe)
    for text, wanted in zip(probe, expected, strict=True):
        got = model.probabilities(text)
        assert got == pytest.approx(wanted, abs=1e-4), text


def test_a_screen_that_reads_some_messages_weighs_only_their_features() -> None:
    sets = training.labelled_sets()
    texts, levels = training._messages({name: sets[name] for name in ("safety_1", "pairs_e")})
    spanish = [text for text in texts if safety_model.mostly_spanish(text)]
    assert spanish  # pairs_e holds urgent messages in Spanish
    table = training.fit(texts, levels, reads=safety_model.mostly_spanish)
    features_read = {feature for text in spanish for feature in safety_model.features(text)}
    every = training.fit(texts, levels)
    assert set(table["features"]) == set(every["features"]) & features_read
    assert len(table["features"]) < len(every["features"])
    # fitted on every message all the same, it reads the Spanish alarms it was taught
    model = safety_model.from_json(table)
    taught = [
        text
        for text, level in zip(texts, levels, strict=True)
        if level == "urgent" and safety_model.mostly_spanish(text)
    ]
    assert taught and all(model.probabilities(text)["urgent"] > 0.5 for text in taught)


def test_the_shipped_table_is_the_one_the_labelled_sets_make() -> None:
    """Whoever changes the labelled sets or the features retrains (sleepdiary safety-model
    train); a stale table would judge by data nobody can see."""
    sets = training.labelled_sets()
    texts, _ = training._messages(sets)
    _assert_shipped(safety_model.MODEL_PATH, training.fit_sets(sets), len(texts))


def test_the_shipped_spanish_table_is_the_one_its_sets_make() -> None:
    texts, _ = training._messages(training.spanish_sets())
    _assert_shipped(safety_model.SPANISH_MODEL_PATH, training.fit_spanish(), len(texts))


def test_the_shipped_unreal_table_is_the_one_its_sets_make() -> None:
    texts, _ = training.unreal_messages()
    _assert_shipped(safety_model.UNREAL_MODEL_PATH, training.fit_unreal(), len(texts))


def test_a_screen_of_one_level_computes_what_scikit_learn_computes() -> None:
    """Taught urgent against none only (the screen for what is not real), the table holds
    scikit-learn's one row of weights, and the level it was not taught is never likely."""
    sets = training.labelled_sets()
    texts, levels = training._messages({name: sets[name] for name in ("safety_1", "fields_a")})
    taught = [(text, level) for text, level in zip(texts, levels, strict=True) if level != "crisis"]
    texts, levels = [text for text, _ in taught], [level for _, level in taught]
    assert set(levels) == {"none", "urgent"}
    table = training.fit(texts, levels)
    model = safety_model.from_json(table)
    probe = [row["text"] for row in sets["safety_2"][:40]] + ["", "💤"]
    expected = _sklearn_probabilities(texts, levels, table, probe)
    for text, wanted in zip(probe, expected, strict=True):
        got = model.probabilities(text)
        assert got["urgent"] == pytest.approx(wanted["urgent"], abs=1e-4), text
        assert got["crisis"] < 1e-12


def _assert_shipped(path: Path, fresh: dict[str, Any], messages: int) -> None:
    with gzip.open(path, "rt", encoding="utf-8") as file:
        shipped = json.load(file)
    assert shipped["features"] == fresh["features"]
    assert shipped["trained_on"] == fresh["trained_on"] == messages
    assert shipped["threshold"] == fresh["threshold"]
    assert shipped["bias"] == pytest.approx(fresh["bias"], abs=1e-2)
    for level, (old, new) in enumerate(zip(shipped["weights"], fresh["weights"], strict=True)):
        drift = max(abs(a - b) for a, b in zip(old, new, strict=True))
        # The solver lands a little differently from one scikit-learn, NumPy or SciPy release
        # to the next (0.0015 on the Spanish table with scikit-learn 1.9.1); a table not made
        # again after its sets changed is far off (one message less moves a weight by about 1).
        assert drift < 1e-2, f"weights for {safety_model.LEVELS[level]} moved by {drift}"


@pytest.mark.parametrize(
    ("text", "spanish"),
    [
        ("mi hija no duerme bien desde el martes", True),
        ("anoche me acosté a las 11 y me levanté a las 6", True),
        ("dormí bien, gracias", False),  # too little to tell: the English screen reads it
        ("slept ok, mi hija was up at 3", False),
        ("bed at 11, woke twice, up at 6:45", False),
        ("no se que hacer, ya no puedo con esto", True),
        ("i told my mom que ya no puedo and she just hung up", False),
    ],
)
def test_messages_written_mostly_in_spanish_go_to_the_spanish_screen(
    text: str, spanish: bool
) -> None:
    assert safety_model.mostly_spanish(text) is spanish
    wanted = safety_model.shipped_spanish() if spanish else safety_model.shipped()
    assert safety_model.screen_for(text) is wanted


# Our own wordings, in Spanish, in none of the labelled sets: crises the rules have no
# pattern for, which the Spanish screen reads and the other did not (0.2-0.6 there).
@pytest.mark.parametrize(
    "text",
    [
        "le escribi una carta a cada uno de mis hijos y la deje en el cajon, ya estoy en paz",
        "ando juntando las pastillas de mi mama en un frasco aparte, nadie se ha dado cuenta",
    ],
)
def test_the_spanish_screen_reads_what_the_rules_miss(text: str) -> None:
    assert assess_by_rules(text).level == "none"
    assert safety_model.shipped_spanish().level(text) == "crisis"
    assert assess(text).level == "crisis"


# Our own wordings, in none of the labelled sets: crises the rules have no pattern for.
@pytest.mark.parametrize(
    "text",
    [
        "i have the belt on the hook in the garage",
        "honestly think its time i stopped being a weight on everyone",
        "bought a second bottle of the sleeping pills today, one won't be enough",
        "ive said sorry to everyone i needed to",
    ],
)
def test_the_screen_raises_a_crisis_the_rules_miss(text: str) -> None:
    from bot.safety.judge import assess_by_rules

    assert assess_by_rules(text).level == "none"
    found = assess(text)
    assert found.level == "crisis"
    assert found.tentative and found.matched is not None
    assert found.matched.startswith("learned screen")


# Confusion told as what it does, not named: the screen may say urgent only when the message
# names something of the body or the mind's hold on the world (model._URGENT_SUBJECT).
def test_the_screen_raises_an_urgent_confusion_the_rules_miss() -> None:
    from bot.safety.judge import assess_by_rules

    text = "since I woke up I cannot think straight, my wife says I keep asking what day it is"
    assert assess_by_rules(text).level == "none"
    found = assess(text)
    assert found.level == "urgent" and found.tentative


@pytest.mark.parametrize(
    "text",
    [
        "bed at 11, asleep by half past, up at 6:45, slept ok",
        "slept like the dead, 8 hours straight",
        "this heat is killing me, woke at 3 and couldn't get back off",
        "dead tired today, bed 10pm up 7am",
        "my alarm nearly gave me a heart attack at 6",
        "had a dream I was falling off a cliff, woke at 4",
        "can't chat now, at work",
        "is there a way to export my data?",
        "my thinking felt slow this morning",
        "bit queasy after the infusion, fine now",
        "headache all morning but it's easing off",
        "my son was up sick all night so I barely slept",
        "the film last night was about a man who jumps off a bridge, couldn't sleep after",
        # blurred vision is a side effect to record, not a subject that needs a clinician now
        "vision blurry since the session",
        "my vision has been a little blurry since the infusion",
    ],
)
def test_ordinary_nights_and_figures_of_speech_raise_nothing(text: str) -> None:
    assert assess(text).level == "none"


def test_sight_going_on_one_side_still_names_an_urgent_subject() -> None:
    assert safety_model.names_an_urgent_subject("my vision went dark on one side an hour ago")
    assert not safety_model.names_an_urgent_subject("my vision went a bit blurry after the session")


def test_it_adds_few_alarms_to_everyday_idioms_it_never_saw() -> None:
    """tests/test_safety.py's BENIGN_STRESS (from the 61st on: the first 60 are in the rule
    tests it trains on) is how the screen's threshold was chosen; this keeps it there."""
    from bot.safety.judge import assess_by_rules
    from tests.test_safety import BENIGN_STRESS

    unseen = BENIGN_STRESS[60:]
    added = [t for t in unseen if assess_by_rules(t).level == "none" and assess(t).level != "none"]
    assert len(added) / len(unseen) <= 0.025, added


def test_a_rule_match_is_not_tentative() -> None:
    found = assess("i want to kill myself")
    assert found.level == "crisis" and not found.tentative


# A blood-pressure reading below a crisis decides: the screen's "urgent" on the words around it
# ("my bp was high") is set aside, unless the message names something else urgent.
@pytest.mark.parametrize(
    ("text", "decides"),
    [
        ("bit of a headache and my bp was high, 150/95", True),
        ("blood pressure reading 152/96 this morning", True),
        ("six weeks after the birth, bp 174/116 and a headache nothing touches", False),
        ("bp 150/95 and the left side of my face is drooping", False),
        ("my blood pressure was 210/125 this morning", False),
        ("bad headache and my pressure feels high", False),
    ],
)
def test_a_reading_below_a_crisis_decides(text: str, decides: bool) -> None:
    from bot.safety.judge import _reading_decides
    from bot.safety.normalise import _normalise

    assert _reading_decides(_normalise(text)) is decides
