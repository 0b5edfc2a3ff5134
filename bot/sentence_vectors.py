"""A sentence's meaning as a vector: the mean of its word pieces' static vectors.

The FAQ's retrieval matches words, with a vocabulary of lay terms. People ask in words no
list foresees ("are the side effects usually short lived", "does ketamine make you sleep
deeper"), so a question can match a passage's words too thinly to be trusted even when the
passage answers it. These vectors say how close in meaning a question is to a sentence.

The table (`sentence_vectors.bin.gz`, made by `sleepdiary word-vectors build`) holds one
vector per word piece of the all-MiniLM-L6-v2 sentence model (Apache-2.0), distilled with
model2vec into static vectors: no network, no model run at answer time, and no library but
the standard one. A sentence is cut into word pieces exactly as that model cuts it (BERT's
uncased WordPiece), and its vector is their mean, as model2vec makes it. Loaded on first use.
"""

from __future__ import annotations

import gzip
import json
import math
import sys
import unicodedata
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

TABLE_PATH = Path(__file__).with_name("sentence_vectors.bin.gz")
_CONTINUES = "##"
_LONGEST_WORD = 100  # a longer "word" is not cut into pieces (WordPiece's own limit)
_MOST_PIECES = 512  # the model's limit; a message is read no further


@dataclass(frozen=True)
class Table:
    """Word pieces and their vectors: row i is `scales[i]` times the int8 values at
    `values[i * dims : (i + 1) * dims]`."""

    pieces: dict[str, int]
    dims: int
    scales: array  # float32, one per piece
    values: array  # int8, dims per piece

    def vector(self, text: str) -> list[float] | None:
        """The sentence's vector, of length 1; None when no piece of it is known."""
        ids = [self.pieces[piece] for piece in word_pieces(text, self.pieces)]
        if not ids:
            return None
        dims, values, scales = self.dims, self.values, self.scales
        total = [0.0] * dims
        for i in ids[:_MOST_PIECES]:
            scale = scales[i]
            row = values[i * dims : (i + 1) * dims]
            total = [t + scale * v for t, v in zip(total, row, strict=True)]
        norm = math.sqrt(sum(t * t for t in total))
        if norm == 0.0:
            return None
        return [t / norm for t in total]


def similarity(a: Sequence[float] | None, b: Sequence[float] | None) -> float:
    """Cosine similarity of two vectors made by Table.vector (0.0 if either is None)."""
    if a is None or b is None:
        return 0.0
    return math.fsum(x * y for x, y in zip(a, b, strict=True))


@cache
def shipped() -> Table:
    return read_table(TABLE_PATH)


def read_table(path: Path) -> Table:
    """The table a file holds: a line of JSON (dims, how many pieces), the pieces one a line,
    then each piece's scale (float32, little-endian) and its values (int8, dims a piece).
    Kept as arrays, not as Python numbers: the bot's idle memory has a budget."""
    with gzip.open(path, "rb") as file:
        header = json.loads(file.readline())
        count, dims = int(header["pieces"]), int(header["dims"])
        pieces = {file.readline()[:-1].decode(): n for n in range(count)}
        # Read straight into the arrays: a bytes copy of the values first would double the
        # memory this takes while it loads, and leave the allocator holding the difference.
        scales = array("f", bytes(4 * count))
        values = array("b", bytes(dims * count))
        complete = (
            file.readinto(memoryview(scales).cast("B")) == 4 * count
            and file.readinto(memoryview(values).cast("B")) == dims * count
            and not file.read(1)
        )
    if sys.byteorder != "little":
        scales.byteswap()
    if len(pieces) != count or not complete:
        raise ValueError(f"{path}: the table's sizes do not agree; rebuild it")
    return Table(pieces=pieces, dims=dims, scales=scales, values=values)


def word_pieces(text: str, vocabulary: dict[str, int] | frozenset[str]) -> list[str]:
    """The known word pieces of `text`, as BERT's uncased tokenizer cuts it (a word it cannot
    cut is left out, as model2vec leaves out the unknown token)."""
    pieces: list[str] = []
    for word in _words(text):
        if len(word) > _LONGEST_WORD:
            continue
        start, found = 0, []
        while start < len(word):
            end = len(word)
            while end > start:
                piece = word[start:end] if start == 0 else _CONTINUES + word[start:end]
                if piece in vocabulary:
                    found.append(piece)
                    break
                end -= 1
            else:
                found = []  # the whole word is unknown
                break
            start = end
        pieces += found
    return pieces


def _words(text: str) -> list[str]:
    """BERT's basic tokenizer, uncased: control characters dropped, accents stripped,
    lower case, Chinese characters and punctuation each a word of their own."""
    kept = []
    for char in text:
        code = ord(char)
        if char in " \t\n\r" or unicodedata.category(char) == "Zs":
            kept.append(" ")
        elif code == 0 or code == 0xFFFD or _is_control(char):
            continue
        elif _is_cjk(code) or _is_punctuation(char):
            kept.append(f" {char} ")
        else:
            kept.append(char)
    lowered = "".join(kept).lower()
    stripped = "".join(
        c for c in unicodedata.normalize("NFD", lowered) if unicodedata.category(c) != "Mn"
    )
    return stripped.split()


def _is_control(char: str) -> bool:
    return unicodedata.category(char).startswith("C")


def _is_punctuation(char: str) -> bool:
    code = ord(char)
    if 33 <= code <= 47 or 58 <= code <= 64 or 91 <= code <= 96 or 123 <= code <= 126:
        return True
    return unicodedata.category(char).startswith("P")


def _is_cjk(code: int) -> bool:
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x20000 <= code <= 0x2A6DF
        or 0x2A700 <= code <= 0x2B73F
        or 0x2B740 <= code <= 0x2B81F
        or 0x2B820 <= code <= 0x2CEAF
        or 0xF900 <= code <= 0xFAFF
        or 0x2F800 <= code <= 0x2FA1F
    )
