"""A learned second opinion on safety: a linear model over words and letter groups.

The rules in this package know the wordings they were written for. Every new set of writers
found crisis wordings they missed: scored blind, crisis recall on a new set ran from 0.56 to
0.87, and 0.60 on the last two. A linear model trained on every labelled message generalises
further, because it weighs every word and letter group it has seen instead of needing one
exact pattern: left out of training, each set's crisis messages were found 0.80-0.98 of the
time (`sleepdiary safety-model evaluate` prints the table).

It is consulted only where the rules find nothing, so it can raise an alarm the rules missed
and never silences one. It is plain arithmetic over a table shipped with the code
(`safety_model.json.gz`, made by `sleepdiary safety-model train`): no library, no network.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from itertools import chain, pairwise
from pathlib import Path
from typing import Any

from bot.safety.levels import LEARNED_MARK, SafetyAssessment
from bot.safety.normalise import _APOSTROPHES as _APOSTROPHE_MARKS
from bot.text_features import WordRecord, features, walk, word_record

MODEL_PATH = Path(__file__).with_name("safety_model.json.gz")
# The screen for messages written mostly in Spanish (`screen_for`): trained on the same sets
# and tests/data/teaching_spanish, with only the features such messages have.
SPANISH_MODEL_PATH = Path(__file__).with_name("safety_model_spanish.json.gz")
# The screen for what is not real, told as going on (bot/safety/unreal.py, `seen_as_unreal`):
# urgent against "none" only, and only for the messages that frame admits.
UNREAL_MODEL_PATH = Path(__file__).with_name("safety_model_unreal.json.gz")
LEVELS = ("crisis", "urgent")  # scored against "none", which is the model's zero

# A model over letter groups finds likenesses no person would ("can't chat now, at work" is
# near "can't breathe at work"). An urgent alarm must at least name something of the body,
# of the mind's hold on the world, or a reading. The list is broad on purpose: it only keeps
# the model from alarming about nothing; the model decides. Crisis has no such list: the
# wordings the rules miss are exactly the ones no list foresees ("kms", "fade away").
_URGENT_SUBJECT = re.compile(
    r"\b(?:chest|heart\w*|breath\w*|air|chok\w*|throat|tongue|lips?|swell\w*|swollen|hives"
    r"|rash|allerg\w*|epipen|faint\w*|pass(?:ed|ing)? out|black(?:ed)? out|collaps\w*"
    r"|syncop\w*|loc|seiz\w*|fits?|convuls\w*|shak\w*|twitch\w*|confus\w*|disorient\w*"
    r"|year|where i|who i|recogni[sz]\w*|memory|remember|hallucinat\w*|seeing|see|saw"
    r"|hearing|hear|heard|voices?|bugs|shadows?|dead|bp|blood|pressure|pulse|hr|bpm|rate"
    r"|palpitat\w*|racing|pounding|head\w*|worst|vision|double|blind\w*|numb\w*|weak\w*"
    r"|droop\w*|slur\w*|speech|speak(?:s|ing)?|talk\w*|words|tingl\w*|paraly[sz]\w*|arms?|legs?|face"
    # a fall that was not a trip: "legs would not hold me and i went down in the hall"
    r"|went down|recall|faces|melting"
    # out cold as a witness tells it, and a figure the writer knows is not there
    r"|(?:was|went) (?:gone|out) for (?:a|about a|like a|a few|\d+) (?:minute|min|sec|second)s?"
    r"|(?:hes|shes|theyre|its|he is|she is|they are|it is) not (?:real|really there)"
    r"|(?:isnt|arent) (?:real|really there)"
    r"|grip|vomit\w*|throw\w* up|puk\w*|sick|keep (?:anything|water|it|food) down|dehydrat\w*"
    r"|pee\w*|urin\w*|wee|bladder|hematuria|piss\w*|pain\w*|hurts?|agony|sleep|slept"
    r"|manic|mania|god|energy|thoughts|fever|temperature|calf|stiff|neck|bleed\w*"
    r"|sense|mumbl\w*|straight|what day|who (?:she|he|they|i) (?:was|is|were|am)"
    r"|not in the room|sob|stridor|wheez\w*|spo2|sats|oxygen|o2"
    # figures that stay: "children standing in the corner ... they wont go away"
    r"|(?:wont|will not|would not|wouldnt) (?:go away|disappear)"
    r"|(?:standing|sitting|crouching|stood|sat) in the corner"
    # a fall that was a faint ("everything go black. my daughter find me on the floor"), and
    # a mind lost in time ("thinks he's back in baghdad", "calling me by my mother's name")
    r"|(?:found|find|finds|woke up|came to|lying|lay|was) (?:\w+ ){0,2}on the (?:\w+ )?floor"
    r"|hit the floor|(?:go|goes|went|gone) black|fall down|fell down"
    r"|thinks? (?:hes|shes|he is|she is|its|it is|im|i am) (?:back|still|in)"
    r"|(?:my|his|her) \w+s name"
    # Spanish, the clinic's second language, and a little French: the body and its alarms.
    r"|pecho|coraz[oó]n|respir\w*|ahog\w*|desmay\w*|convuls\w*|ataque|confundid\w*"
    r"|perd[ií]\w*|hinch\w*|garganta|lengua|labios|ronchas|alergi\w*|presi[oó]n|brazo"
    r"|pierna|cara|habla\w*|viendo|veo|escuch\w*|voces|dolor|sangre|v[oó]mit\w*|fiebre"
    r"|mare[oa]\w*|poitrine|c(?:oe|œ)ur|respirer|[ée]vanoui\w*)\b"
    r"|\d{2,3}\s*/\s*\d{2,3}"
)


# Blurred vision is a side effect to note, not a subject that needs a clinician now; "not a
# breath of air" is the weather.
_NOT_A_SUBJECT = re.compile(
    r"\b(?:blur\w*|fuzzy|hazy)\s+vision\b|\bvision\s+(?:\w+\s+){0,4}?(?:blur\w*|fuzzy|hazy)\b"
    r"|\b(?:not a|no|nary a|without a) breath of (?:fresh )?(?:air|wind)\b"
    r"|\bbreath of fresh air\b"
)


# Sleep is an urgent subject only lost for days ("haven't slept in 3 days", mania); "0300
# and still awake, haven't slept yet" is the night the diary is for.
_SLEEP_SUBJECT = frozenset(["sleep", "slept"])
_DAYS_WITHOUT = re.compile(
    r"\b(?:days?|nights?|\d+\s*(?:hours|hrs|h)\b|all week|48|72"
    r"|since (?:yesterday|last|the|my|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b"
)


def names_an_urgent_subject(text: str) -> bool:
    # The list is written without apostrophes, as the rules' normalised text is: "he isn't
    # real" must reach "isnt real" (it did not before the eighteenth session).
    lower = _NOT_A_SUBJECT.sub(" ", _APOSTROPHE_MARKS.sub("", text.lower()))
    subjects = [m.group(0) for m in _URGENT_SUBJECT.finditer(lower)]
    if subjects and all(word in _SLEEP_SUBJECT for word in subjects):
        return bool(_DAYS_WITHOUT.search(lower))
    return bool(subjects)


# Words recur from message to message, so each word's letter groups the table knows are
# kept: a message then costs a lookup per known feature, not a slice and a lookup per
# letter group (about 0.05 -> 0.03 ms a message). Bounded, so memory stays flat: past this
# many words, the longest remembered is forgotten first.
WORDS_REMEMBERED = 2048

# A feature's entry in Model.table: (idf, crisis weight x idf, urgent weight x idf, and
# (1.0 x idf) ** 2, the square a feature seen once adds, worked out once at load).
Entry = tuple[float, float, float, float]


@dataclass(frozen=True)
class Model:
    """Per feature: its idf, and its weight for each of LEVELS times that idf (so a message
    costs one lookup per feature; `Entry`); the levels' biases; the least probability that
    alarms."""

    table: dict[str, Entry]
    bias: tuple[float, float]
    threshold: float
    _recall: Callable[[str], WordRecord | None] = field(init=False, repr=False, compare=False)
    _learn: Callable[[str], WordRecord] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        table = self.table
        remembered: dict[str, WordRecord] = {}

        def learn(raw: str) -> WordRecord:
            # Letter groups the table lacks weigh nothing; the order of the rest is kept,
            # so the sums below add the same numbers in the same order as over features().
            groups, tokens, negated_groups, negated_tokens, negator = word_record(raw)
            if len(remembered) >= WORDS_REMEMBERED:  # (pop: another thread may drop it too)
                remembered.pop(next(iter(remembered)), None)
            known = remembered[raw] = (
                tuple(group for group in groups if group in table),
                tokens,
                tuple(group for group in negated_groups if group in table),
                negated_tokens,
                negator,
            )
            return known

        object.__setattr__(self, "_recall", remembered.get)
        object.__setattr__(self, "_learn", learn)

    def probabilities(self, text: str) -> dict[str, float]:
        """P(level) for "none" and each of LEVELS."""
        groups, words = walk(text, self._recall, self._learn)
        # features(): the same keys, in the same order (one Counter call, not three)
        found = Counter(chain(groups, words, map(" ".join, pairwise(words))))
        seen_once = len(found) == len(groups) + len(words) + max(len(words) - 1, 0)
        # The same sums as adding, feature by feature, (tf * idf) ** 2, tf * crisis weight and
        # tf * urgent weight, with tf-idf's sublinear tf: 1.0 for a feature seen once, which
        # most are, so their terms are the table's own.
        squares = crisis = urgent = 0.0
        entries = map(self.table.get, found)
        if seen_once:
            for entry in filter(None, entries):  # every feature seen once
                crisis += entry[1]
                urgent += entry[2]
                squares += entry[3]
        else:
            for entry, count in zip(entries, found.values(), strict=True):
                if entry is None:
                    continue
                if count > 1:
                    tf = 1.0 + math.log(count)
                    squares += (tf * entry[0]) ** 2
                    crisis += tf * entry[1]
                    urgent += tf * entry[2]
                else:
                    crisis += entry[1]
                    urgent += entry[2]
                    squares += entry[3]
        norm = math.sqrt(squares) or 1.0  # the message's vector has length 1
        scores = (self.bias[0] + crisis / norm, self.bias[1] + urgent / norm)
        top = max(0.0, *scores)  # "none" scores 0: the weights are relative to it
        exps = [math.exp(score - top) for score in scores]
        total = math.exp(-top) + sum(exps)
        return {"none": math.exp(-top) / total} | {
            level: value / total for level, value in zip(LEVELS, exps, strict=True)
        }

    def level(self, text: str) -> str:
        """The most likely level, if it is not "none" and at least `threshold` likely (and,
        for urgent, the message names something of its subject: _URGENT_SUBJECT)."""
        chances = self.probabilities(text)
        best = max(chances, key=chances.__getitem__)
        if best == "none" or chances[best] < self.threshold:
            return "none"
        if best == "urgent" and not names_an_urgent_subject(text):
            return "none"
        return best

    def reasons(self, text: str, level: str, count: int = 3) -> list[str]:
        """The words that pushed most towards `level` (for the staff alert and the audit)."""
        slot = 1 + LEVELS.index(level)
        pushed = [
            (entry[slot], feature)
            for feature in features(text)
            if feature[0] not in "#!" and (entry := self.table.get(feature)) is not None
        ]
        return [feature for weight, feature in sorted(pushed, reverse=True)[:count] if weight > 0]


def from_json(data: dict[str, Any], *, beside: Model | None = None) -> Model:
    """The model a table describes. `beside`: a model already in memory, whose feature names
    this one shares rather than holding its own copies. Features with the same idf share one
    idf and one square (a table has about 1,200 distinct idfs for 80,000 features): the
    shipped tables then fit in the idle footprint (benchmarks/footprint.py)."""
    idf, (crisis, urgent) = data["idf"], data["weights"]
    names = {name: name for name in beside.table} if beside is not None else {}
    idf_and_square: dict[float, tuple[float, float]] = {}
    table: dict[str, Entry] = {}
    for n, feature in enumerate(data["features"]):
        value = idf[n]
        if value not in idf_and_square:
            idf_and_square[value] = (value, (1.0 * value) ** 2)
        shared_idf, square = idf_and_square[value]
        table[names.get(feature, feature)] = (
            shared_idf,
            crisis[n] * value,
            urgent[n] * value,
            square,
        )
    return Model(
        table=table, bias=(data["bias"][0], data["bias"][1]), threshold=float(data["threshold"])
    )


@cache
def shipped() -> Model:
    return from_json(_read(MODEL_PATH))


@cache
def shipped_spanish() -> Model:
    return from_json(_read(SPANISH_MODEL_PATH), beside=shipped())


@cache
def shipped_unreal() -> Model:
    return from_json(_read(UNREAL_MODEL_PATH), beside=shipped())


def _read(path: Path) -> dict[str, Any]:
    with gzip.open(path, "rt", encoding="utf-8") as file:
        return json.load(file)


# Words that are nearly always Spanish, and nearly always English ("no" and "me" are both,
# and sent "no chest pain, no dizziness" to the Spanish screen; "a" and "he" are Spanish too:
# "a las 11", "he pensado"). A message is read by the
# Spanish screen when it has at least two of the first and no fewer than 0.7 of them for each
# of the second: "mi hija no duerme bien desde el martes" is Spanish; "slept ok, mi hija was
# up at 3" is not (the English screen has read Spanglish since the seventeenth session).
# fmt: off
_SPANISH_WORDS = frozenset((
    "que", "de", "la", "el", "y", "en", "los", "las", "del", "se", "por", "con", "para", "una",
    "un", "es", "lo", "mi", "ya", "pero", "muy", "porque", "estoy", "como", "mas", "más", "esta",
    "está", "le", "yo", "ni", "tengo", "fue", "hace", "eso", "mis", "nos", "al", "sin", "hoy",
    "anoche", "ayer", "pues", "mañana", "nada", "todo", "todos", "bien",
))
_ENGLISH_WORDS = frozenset((
    "the", "and", "i", "to", "my", "of", "is", "it", "in", "that", "was", "for", "with", "this",
    "she", "so", "but", "on", "at", "be", "have", "not", "just", "im", "its", "you", "they", "we",
    "had", "out", "if", "up", "about", "what", "get", "when", "all", "like",
))
# fmt: on
_LETTERS = re.compile(r"[a-záéíóúñü]+")


def mostly_spanish(text: str) -> bool:
    words = _LETTERS.findall(text.lower())
    spanish = sum(word in _SPANISH_WORDS for word in words)
    english = sum(word in _ENGLISH_WORDS for word in words)
    return spanish >= 2 and spanish >= 0.7 * english


def screen_for(text: str) -> Model:
    """The screen that reads `text`: the Spanish one for a message written mostly in Spanish.
    (One screen trained with the Spanish sets lost English crises the other finds:
    sleepdiary/commands/safety_model.py, SPANISH_THRESHOLD.)"""
    return shipped_spanish() if mostly_spanish(text) else shipped()


# "I" or "im" sent alone gives the screen a vector of two or three letter groups, whose
# weights then decide alone: a crisis at 0.999. A message with no word of three letters or
# more is not read ("pills" and "goodbye" alone still are).
_A_WORD_TO_READ = re.compile(r"[^\W\d_]{3}")


def has_words_to_read(text: str) -> bool:
    return _A_WORD_TO_READ.search(text) is not None


def second_opinion(text: str) -> SafetyAssessment | None:
    """The screen's alarm for a message the rules judged safe, or None."""
    if not has_words_to_read(text):
        return None
    model = screen_for(text)
    level = model.level(text)
    if level == "none":
        return None
    reasons = ", ".join(model.reasons(text, level))
    matched = f"{LEARNED_MARK}: {reasons}" if reasons else LEARNED_MARK
    return SafetyAssessment(level, matched)  # type: ignore[arg-type]
