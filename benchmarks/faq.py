"""FAQ latency: import + first answer, then per-question median and p99.

    python benchmarks/faq.py [--quick]

Runs on the bundled article and on a generated 50-section article. Prints figures and
never fails on timing.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.clinic import Clinic  # noqa: E402
from bot.faq import answer  # noqa: E402
from bot.knowledge import (  # noqa: E402
    KnowledgeBase,
    default_knowledge_base_path,
    load_knowledge_base,
    parse_knowledge_base,
)

QUESTIONS = [
    "is feeling woozy normal after an infusion",
    "does ketamine change rem sleep",
    "what are the risks for people with heart problems",
    "where are you located",
    "what time do you open on saturday",
    "should i up my dose",
    "can i take my sleeping pills tonight",
    "is there wifi in the waiting room",
    "will it help me stay asleep",
    "what's the bottom line",
]
WORDS = tuple(
    [
        "sleep",
        "rest",
        "night",
        "morning",
        "light",
        "caffeine",
        "alcohol",
        "exercise",
        "stress",
        "anxiety",
        "mood",
        "diet",
        "screen",
        "noise",
        "temperature",
        "routine",
        "schedule",
        "nap",
        "dream",
        "snore",
        "apnea",
        "pillow",
        "bedroom",
        "melatonin",
        "circadian",
        "rhythm",
        "shift",
        "travel",
        "jet",
        "lag",
        "recovery",
        "memory",
        "focus",
        "energy",
    ]
)


def generated_article(sections: int = 50, seed: int = 7) -> str:
    rng = random.Random(seed)
    lines = ["# A Generated Article", "", "An introduction with a few words about sleep.", ""]
    for number in range(sections):
        topic = rng.sample(WORDS, 3)
        lines += [f"## Section {number}: {' and '.join(topic)}", ""]
        for _ in range(3):
            sentence = " ".join(rng.choices(WORDS, k=14)).capitalize() + "."
            lines += [sentence + " " + " ".join(rng.choices(WORDS, k=10)) + ".", ""]
    return "\n".join(lines)


def time_answers(kb: KnowledgeBase, questions: list[str], rounds: int) -> tuple[float, float]:
    timings = []
    for _ in range(rounds):
        for question in questions:
            start = time.perf_counter()
            answer(question, kb)
            timings.append(time.perf_counter() - start)
    timings.sort()
    p99 = timings[min(len(timings) - 1, int(len(timings) * 0.99))]
    return statistics.median(timings) * 1000, p99 * 1000


def cold_start() -> float:
    """Seconds for a fresh interpreter to import, load the article and answer once."""
    code = (
        "import time; t=time.perf_counter()\n"
        "from bot.clinic import Clinic\n"
        "from bot.faq import answer\n"
        "from bot.knowledge import default_knowledge_base_path, load_knowledge_base\n"
        "kb = load_knowledge_base(default_knowledge_base_path(), Clinic())\n"
        "answer('is feeling dizzy normal after an infusion', kb)\n"
        "print(time.perf_counter() - t)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return float(done.stdout.strip())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a seconds-long run for CI")
    args = parser.parse_args()
    rounds = 5 if args.quick else 100

    print(f"cold start (import + load + first answer): {cold_start() * 1000:.0f} ms")
    bundled = load_knowledge_base(default_knowledge_base_path(), Clinic())
    generated = parse_knowledge_base(generated_article(), Clinic())
    for name, kb in (("bundled article", bundled), ("generated 50 sections", generated)):
        start = time.perf_counter()
        answer("warm up the index", kb)
        first = (time.perf_counter() - start) * 1000
        median, p99 = time_answers(kb, QUESTIONS, rounds)
        print(
            f"{name}: {len(kb.sections)} sections, first answer {first:.1f} ms, "
            f"median {median:.2f} ms, p99 {p99:.2f} ms over {rounds * len(QUESTIONS)} questions"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
