"""The FAQ's learned router: its arithmetic is scikit-learn's, its table is the one the
labelled questions make, it knows only the shipped article, it never overrides a referral,
and on questions written blind it keeps the figures it was measured at."""

from __future__ import annotations

import dataclasses
import gzip
import json
from pathlib import Path

import pytest

from bot import faq_router
from bot.clinic import Clinic
from bot.faq import answer
from bot.knowledge import CLINIC_SOURCE, default_knowledge_base_path, load_knowledge_base
from bot.text_features import features
from sleepdiary.commands import faq_router as training

CLINIC = Clinic(name="Test Clinic", address="1 Example Road", hours="Mon-Fri 8-4", phone="555-0100")
KETAMINE = load_knowledge_base(default_knowledge_base_path(), CLINIC)
CAFFEINE = load_knowledge_base(Path(__file__).parent / "data" / "kb_caffeine.md", CLINIC)
BLIND = Path(__file__).parent / "data" / "faq_blind"


def test_the_router_computes_what_scikit_learn_computes() -> None:
    from scipy.sparse import csr_matrix
    from sklearn.feature_extraction.text import TfidfTransformer
    from sklearn.linear_model import LogisticRegression

    rows = [row for row in training.question_rows() if row[0] in ("mixed_1", "mixed_2")]
    table = training.fit(rows)
    router = faq_router.from_json(table)
    columns = {feature: n for n, feature in enumerate(table["features"])}

    def matrix(texts: list[str]):  # type: ignore[no-untyped-def]
        cells = [
            (row, columns[f], count)
            for row, text in enumerate(texts)
            for f, count in features(text).items()
            if f in columns
        ]
        r, c, v = zip(*cells, strict=True) if cells else ((), (), ())
        return csr_matrix((v, (r, c)), shape=(len(texts), len(columns)))

    texts = [text for _, text, classes in rows for _ in classes]
    labels = [label for _, _, classes in rows for label in classes]
    tfidf = TfidfTransformer(sublinear_tf=True).fit(matrix(texts))
    model = LogisticRegression(C=training.C, max_iter=5000).fit(
        tfidf.transform(matrix(texts)), labels
    )
    probe = [text for _, text, _ in training.question_rows()[-30:]] + ["", "💤", "why " * 300]
    for text, row in zip(probe, model.predict_proba(tfidf.transform(matrix(probe))), strict=True):
        expected = dict(zip(model.classes_, row, strict=True))
        assert router.probabilities(text) == pytest.approx(expected, abs=1e-4), text


def test_the_shipped_table_is_the_one_the_labelled_questions_make() -> None:
    """Whoever changes the mixed sets' questions, the article's headings or the features
    retrains (sleepdiary faq-router train)."""
    with gzip.open(faq_router.ROUTER_PATH, "rt", encoding="utf-8") as file:
        shipped = json.load(file)
    fresh = training.fit(training.question_rows())
    for key in ("article", "classes", "features", "trained_on", "threshold"):
        assert shipped[key] == fresh[key], key
    drift = max(
        abs(a - b)
        for old, new in zip(shipped["weights"], fresh["weights"], strict=True)
        for a, b in zip(old, new, strict=True)
    )
    assert drift < 1e-2  # one release of the solver to the next; a stale table is far off


def test_it_knows_only_the_article_it_was_trained_for() -> None:
    assert faq_router.router_for(KETAMINE) is not None
    assert faq_router.router_for(CAFFEINE) is None
    question = "how long does caffeine stay in your body"
    assert answer(question, CAFFEINE).source == answer(question, CAFFEINE, use_router=False).source


def _always(heading: str) -> faq_router.Router:
    """A real router whose table sends every question it has a word of to `heading`."""
    return faq_router.from_json(
        {
            "article": [s.heading for s in KETAMINE.sections],
            "digest": faq_router.article_digest(KETAMINE),
            "classes": [heading, faq_router.CARE_TEAM],
            "features": ["ketamine", "infusion", "rash", "normal"],
            "idf": [1.0, 1.0, 1.0, 1.0],
            "weights": [[0.0, 0.0]] * 4,
            "bias": [5.0, 0.0],
            "threshold": 0.5,
            "trained_on": 0,
        }
    )


def test_the_policy_and_the_health_words_come_before_it(monkeypatch: pytest.MonkeyPatch) -> None:
    router = _always("Common Side Effects of Ketamine Therapy")
    monkeypatch.setattr("bot.faq.router_for", lambda kb: router)
    # it answers what it has a word of ...
    assert answer("does ketamine do anything", KETAMINE).source == router.classes[0]
    # ... but one's own dose is the care team's, whatever it would say
    assert answer("how much ketamine will they give me for my infusion", KETAMINE).source is None
    # ... and a symptom the article never names is left to the word index, which declines
    assert answer("is a rash normal after the infusion", KETAMINE).source is None
    # ... and a text with no word it knows is routed nowhere
    assert router.route("💤") is None


def test_an_edited_article_has_no_router() -> None:
    edited = dataclasses.replace(
        KETAMINE,
        sections=tuple(
            dataclasses.replace(s, text=s.text[:200]) if s.level == 3 else s
            for s in KETAMINE.sections
        ),
    )
    assert [s.heading for s in edited.sections] == [s.heading for s in KETAMINE.sections]
    assert faq_router.router_for(edited) is None


def test_a_table_of_two_classes_routes() -> None:
    rows = [
        ("a", "what does ketamine do in the brain", ["The Science Behind Ketamine Infusion"]),
        ("a", "how does ketamine work on receptors", ["The Science Behind Ketamine Infusion"]),
        ("b", "can i take my sleeping pills with it", [faq_router.CARE_TEAM]),
        ("b", "should i skip my next session", [faq_router.CARE_TEAM]),
    ]
    router = faq_router.from_json(training.fit(rows))
    chances = router.probabilities("how does ketamine work in the brain")
    assert max(chances, key=chances.__getitem__) == "The Science Behind Ketamine Infusion"


@pytest.mark.parametrize(
    ("question", "routed"),
    [
        # the word index quotes the results of studies, not that research goes on
        (
            "is anyone actually studying this for sleep or is it all hype",
            "Ongoing Research and Developments",
        ),
        # ... and declines a word it never met
        (
            "do i have to keep seeing my counselor while i get the infusions",
            "The Process of Ketamine Infusion Therapy",
        ),
    ],
)
def test_it_answers_where_the_word_index_does_not(question: str, routed: str) -> None:
    assert answer(question, KETAMINE, use_router=False).source != routed
    assert answer(question, KETAMINE).source == routed


def _figures(name: str) -> dict[str, float]:
    rows = [json.loads(line) for line in (BLIND / f"{name}.jsonl").read_text().splitlines()]
    answerable = right = wrong = refer = referred = clinic = clinic_right = 0
    for row in rows:
        sources, said = row["gold"]["sources"], answer(row["text"], KETAMINE).source
        if sources == [None]:
            refer += 1
            referred += said is None
        elif sources == [CLINIC_SOURCE]:
            clinic += 1
            clinic_right += said == CLINIC_SOURCE
        else:
            answerable += 1
            right += said in sources
            wrong += said is not None and said not in sources
    return {
        "right": right / answerable,
        "wrong": wrong / answerable,
        "referred": referred / refer,
        "clinic": clinic_right / clinic if clinic else 1.0,
    }


# Written blind in the twenty-fifth session (tests/data/faq_blind/README.md, which tells how
# far each is still blind): right 0.79, 0.74, 0.92 (c25's 50 look-alikes) and 0.81; wrong
# 0.05, 0.02, 0.04 and 0.04; referred 0.975, 1.0, 0.94 and 0.90. The word index alone:
# right 0.50, 0.51, 0.96 and 0.57; wrong 0.10, 0.07, 0 and 0.06; referred 0.95, 0.95, 0.91
# and 0.925.
BLIND_FLOORS = {
    "q25a": {"right": 0.79, "wrong": 0.05, "referred": 0.975, "clinic": 0.8},
    "q25b": {"right": 0.74, "wrong": 0.02, "referred": 1.0, "clinic": 0.9},
    "c25": {"right": 0.92, "wrong": 0.04, "referred": 0.94, "clinic": 1.0},
    "q25d": {"right": 0.81, "wrong": 0.04, "referred": 0.9, "clinic": 0.8},
}


@pytest.mark.parametrize("name", sorted(BLIND_FLOORS))
def test_blind_questions_keep_their_figures(name: str) -> None:
    figures, floors = _figures(name), BLIND_FLOORS[name]
    assert figures["right"] >= floors["right"], figures
    assert figures["wrong"] <= floors["wrong"], figures
    assert figures["referred"] >= floors["referred"], figures
    assert figures["clinic"] >= floors["clinic"], figures
