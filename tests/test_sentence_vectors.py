"""The FAQ's sentence vectors: word pieces cut as the model cuts them, and closeness in meaning."""

from __future__ import annotations

import gzip
import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot import sentence_vectors
from bot.sentence_vectors import read_table, similarity, word_pieces

TABLE = sentence_vectors.shipped()

# What model2vec's own tokenizer (the model's tokenizer.json, through HF tokenizers) made of
# these sentences, with the unknown token left out as model2vec leaves it out (pieces
# written with a space between them).
PIECES_BY_THE_MODEL = [
    (
        "Woke up at 4:30, couldn't get back to sleep!!",
        "woke up at 4 : 30 , couldn ' t get back to sleep ! !",
    ),
    (
        "is the dizziness after an infusion normal?",
        "is the di ##zziness after an in ##fusion normal ?",
    ),
    ("Naïve café résumé — déjà vu", "naive cafe resume — de ##ja vu"),
    (
        "insomniacs & hyperventilation (mild)",
        "ins ##om ##nia ##cs & hyper ##vent ##ilation ( mild )",
    ),
    ("bed 11ish, up twice, alarm @ 6:45", "bed 11 ##ish , up twice , alarm @ 6 : 45"),
    ("漢字 and emoji 😴 together", "漢 and em ##oj ##i together"),
    ("tab\there\nnew line\u200b zero width", "tab here new line zero width"),
    ("pseudopseudohypoparathyroidism", "pseudo ##pse ##ud ##oh ##yp ##opa ##rath ##yr ##oid ##ism"),
    ("x" * 120, ""),
    (
        "ANTIDEPRESSANT Ketamine's NMDA-receptor effects",
        "anti ##de ##press ##ant ke ##tam ##ine ' s nm ##da - receptor effects",
    ),
    (
        "¿Puedo dormir después de la infusión?",
        "¿ pu ##edo dorm ##ir des ##pu ##es de la in ##fusion ?",
    ),
    ("", ""),
]


@pytest.mark.parametrize(("text", "pieces"), PIECES_BY_THE_MODEL)
def test_word_pieces_are_cut_as_the_model_cuts_them(text: str, pieces: str) -> None:
    assert word_pieces(text, TABLE.pieces) == pieces.split()


def test_the_shipped_table() -> None:
    assert TABLE.dims == 128
    assert len(TABLE.pieces) == len(TABLE.scales) > 29_000
    vector = TABLE.vector("is it normal to feel floaty after an infusion?")
    assert vector is not None
    assert len(vector) == TABLE.dims
    assert math.isclose(math.fsum(v * v for v in vector), 1.0, rel_tol=1e-9)


@pytest.mark.parametrize("text", ["", "   ", "😴😴😴", "x" * 150, "\x00\x01"])
def test_text_with_no_known_piece_has_no_vector(text: str) -> None:
    assert TABLE.vector(text) is None
    assert similarity(TABLE.vector(text), TABLE.vector("sleep")) == 0.0


# (a question, a sentence that answers it in other words, a sentence about something else)
MEANINGS = [
    (
        "do the side effects usually wear off soon after the infusion",
        "These side effects are usually mild and transient, resolving shortly after the"
        " infusion is complete.",
        "Scientists are continuing to explore the mechanisms of ketamine's effects on sleep.",
    ),
    (
        "will it stop me waking up all night",
        "Research indicates that ketamine can mitigate sleep fragmentation and reduce"
        " nighttime awakenings.",
        "Patients undergo a comprehensive evaluation to assess their medical history.",
    ),
    (
        "how long does caffeine stay active in my body",
        "The half-life of caffeine is about five to six hours in most adults.",
        "Remember that tea, cola, energy drinks and chocolate contain caffeine too.",
    ),
]


@pytest.mark.parametrize(("question", "answers", "other"), MEANINGS)
def test_a_sentence_that_answers_is_closer_than_one_about_something_else(
    question: str, answers: str, other: str
) -> None:
    asked = TABLE.vector(question)
    assert similarity(asked, TABLE.vector(answers)) > similarity(asked, TABLE.vector(other)) + 0.1


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=600))
def test_any_text_gets_no_vector_or_one_of_length_one(text: str) -> None:
    vector = TABLE.vector(text)
    assert vector is None or math.isclose(math.fsum(v * v for v in vector), 1.0, rel_tol=1e-9)


def test_a_damaged_table_is_refused_with_what_to_do(tmp_path: Path) -> None:
    with gzip.open(sentence_vectors.TABLE_PATH, "rb") as file:
        whole = file.read()
    damaged = tmp_path / "vectors.bin.gz"
    with gzip.open(damaged, "wb") as file:
        file.write(whole[:-1000])
    with pytest.raises(ValueError, match="rebuild it"):
        read_table(damaged)
