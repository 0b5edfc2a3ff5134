"""FAQ answers: quoted from the right section, the clinic's details, or a kind referral."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

import pytest

from bot.clinic import Clinic
from bot.faq import answer, section_answer, subtopics, topics
from bot.knowledge import CLINIC_SOURCE, default_knowledge_base_path, load_knowledge_base

CLINIC = Clinic(name="Test Clinic", address="1 Example Road", hours="Mon-Fri 8-4", phone="555-0100")
KETAMINE = load_knowledge_base(default_knowledge_base_path(), CLINIC)
CAFFEINE = load_knowledge_base(Path(__file__).parent / "data" / "kb_caffeine.md", CLINIC)

SIDE_EFFECTS = "Common Side Effects of Ketamine Therapy"


@pytest.mark.parametrize(
    ("question", "accepted"),
    [
        (
            "I feel kind of spinny and woozy since yesterday's session, is that expected?",
            {SIDE_EFFECTS},
        ),
        ("could it make me throw up?", {SIDE_EFFECTS}),
        (
            "does the treatment do anything to dream sleep",
            {"How Ketamine Affects Sleep Patterns", "Ketamine Infusion Therapy and REM Sleep"},
        ),
        ("what does glutamate have to do with it", {"The Science Behind Ketamine Infusion"}),
        ("would it stop me tossing and waking at night", {"Improving Sleep Quality with Ketamine"}),
        ("is it dangerous if you have heart trouble", {"Addressing Potential Risks and Concerns"}),
        ("what are scientists looking into now", {"Ongoing Research and Developments"}),
        (
            "in short, does it work for sleep?",
            {"In Conclusion", "Improving Sleep Quality with Ketamine"},
        ),
        ("what's ketamine infusion therapy", {"Ketamine Infusion Therapy & Sleep"}),
    ],
)
def test_answers_name_the_section_that_answers(question: str, accepted: set[str]) -> None:
    result = answer(question, KETAMINE)
    assert result.source in accepted
    assert f"From: {result.source}" in result.answer


def test_answer_quotes_the_articles_own_words() -> None:
    result = answer("does ketamine shorten rem sleep?", KETAMINE)
    quoted = result.answer.split("”")[0].lstrip("“")
    section = KETAMINE.section(result.source or "")
    assert section is not None
    for sentence in quoted.split(". "):
        assert sentence.rstrip(".") in section.text
    assert 1 <= quoted.count(".") <= 3


@pytest.mark.parametrize(
    ("question", "caution"),
    [("are there side effects I should know about", True), ("what is REM sleep for", False)],
)
def test_general_information_line_where_it_matters(question: str, caution: bool) -> None:
    assert ("general information" in answer(question, KETAMINE).answer) is caution


@pytest.mark.parametrize(
    "question",
    [
        "where exactly is the clinic",
        "are you open on saturdays?",
        "what's your phone number",
        "how can I book a consultation",
        "can I drop in at 10am on Friday",
    ],
)
def test_clinic_questions_use_clinic_settings(question: str) -> None:
    result = answer(question, KETAMINE)
    assert result.source == CLINIC_SOURCE
    for detail in ("1 Example Road", "Mon-Fri 8-4", "555-0100"):
        assert detail in result.answer


@pytest.mark.parametrize(
    "question",
    [
        "should I go up to a higher dose next time",
        "can I have a glass of wine after my infusion",
        "is it fine to keep taking my zoloft with ketamine",
        "should I skip my infusion on Monday, I feel fine now",
        "do you think I should stop the treatment",
        "is ketamine right for me",
    ],
)
def test_personal_medical_questions_are_referred(question: str) -> None:
    result = answer(question, KETAMINE)
    assert result.source is None
    assert "care team" in result.answer and "1 Example Road" in result.answer


@pytest.mark.parametrize(
    "question",
    [
        "do you accept blue cross insurance",
        "can I bring my dog",
        "is ketamine legal in texas",
        "what's a good recipe for banana bread",
        "",
    ],
)
def test_unanswerable_questions_are_declined(question: str) -> None:
    result = answer(question, KETAMINE)
    assert result.source is None
    assert "555-0100" in result.answer


def test_no_phone_means_no_phone_line() -> None:
    kb = load_knowledge_base(default_knowledge_base_path(), Clinic(phone=None))
    assert "Phone" not in answer("what's the address", kb).answer
    assert "call" not in answer("can I bring my cat", kb).answer.lower()


@pytest.mark.parametrize(
    ("question", "source"),
    [
        ("why does coffee make me feel less sleepy", "Adenosine and Sleep Pressure"),
        ("how long is caffeine active in the body", "How Long Caffeine Stays in the Body"),
        ("does coffee reduce deep sleep", "Caffeine and Sleep Quality"),
        (
            "I want to give up coffee, what withdrawal symptoms might I get",
            "Withdrawal and Cutting Down",
        ),
        ("is there caffeine in decaf", "Practical Tips"),
        ("does ketamine help insomnia", None),
    ],
)
def test_another_article_answers_with_its_own_headings(question: str, source: str | None) -> None:
    assert answer(question, CAFFEINE).source == source


def test_topics_and_section_answers() -> None:
    assert topics(CAFFEINE) == [
        "How Caffeine Works",
        "Caffeine and Sleep Quality",
        "Withdrawal and Cutting Down",
        "Practical Tips",
    ]
    assert subtopics("How Caffeine Works", CAFFEINE) == [
        "Adenosine and Sleep Pressure",
        "How Long Caffeine Stays in the Body",
    ]
    bare = section_answer("How Caffeine Works", CAFFEINE)  # no text of its own: first part
    assert bare.source == "Adenosine and Sleep Pressure"
    assert bare.answer.endswith("From: Adenosine and Sleep Pressure")
    assert section_answer("No Such Topic", CAFFEINE).source is None


def test_long_sections_are_shortened_at_a_sentence() -> None:
    result = section_answer("Ketamine Therapy and Insomnia", KETAMINE)
    body = result.answer.split("\nFrom:")[0]
    assert len(body) <= 800 and body.endswith("…")


def test_answers_are_fast_once_indexed() -> None:
    questions = [
        "is feeling dizzy normal",
        "what time do you open",
        "should i up my dose",
        "does it help insomnia",
        "is there wifi",
    ] * 20
    answer("warm up", KETAMINE)
    timings = []
    for question in questions:
        start = time.perf_counter()
        answer(question, KETAMINE)
        timings.append(time.perf_counter() - start)
    # Generous bound for slow CI machines; benchmarks/faq.py reports the real figures.
    assert statistics.median(timings) < 0.05
