"""Text -> intent, safety, diary fields, FAQ answer. Pure: no Telegram, database or network.

See ../shared/spec/understanding.md. The reading is rules and small lexicons compiled at
import time: every value can be traced to the words that produced it (entry.evidence).

    text.py         normalising, sentences and clauses (offsets kept)
    numbers.py      number words
    times.py        clock times, durations, counts, ratings, BP readings
    cues.py         role words: bed, asleep, woke, got up, nap...
    intent.py       questions, plans and farewells (parts that never fill in a night)
    other_times.py  times that are not the night's: the day's events, a train, a symptom
    fields.py       the clock, count and duration fields and the spec's derivations
    quality.py      sleep quality words and ratings
    sideeffects.py  side effects and severities
    dates.py        diary_date
    answers.py      bare answers to the question just asked
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import re
from dataclasses import dataclass, field
from typing import Any, Literal

from bot.entry import DIARY_FIELDS, DiaryEntry, SideEffect
from bot.faq import FaqAnswer
from bot.knowledge import CLINIC_SOURCE, KnowledgeBase
from bot.safety import SafetyAssessment, assess
from bot.understanding import faq_link
from bot.understanding.answers import bare_answer
from bot.understanding.cues import SOMEONE_ELSE_BEFORE, find_cues, writes_for_the_patient
from bot.understanding.dates import DiaryDate, diary_date
from bot.understanding.fields import Fields, read_fields
from bot.understanding.intent import DIARY_VERB, Reading, read, tells_one_night
from bot.understanding.prefilter import Gate
from bot.understanding.quality import bare_quality, read_quality, verdict_quality
from bot.understanding.sideeffects import SideEffectsFound, read_side_effects
from bot.understanding.text import Text
from bot.understanding.times import Mentions, scan

Intent = Literal["diary", "question", "other"]

log = logging.getLogger(__name__)

CORE_FIELDS: tuple[str, ...] = (
    "bedtime",
    "sleep_onset",
    "awakenings",
    "final_wake",
    "quality",
    "side_effects",
)
_DIARY_VERB_GATE = Gate(DIARY_VERB)  # prefilter.py: most messages hold none of its words
# Longer messages are cut here: nobody reports a night in more, and it bounds the work.
MAX_CHARS = 4096


@dataclass
class Understanding:
    intent: Intent
    safety: SafetyAssessment
    # The night's report. With intent "question", what a question told of a night in
    # passing (asked_in_passing) or of side effects felt (_felt_and_asked): the chat records
    # it too, but the spec's output (to_json) leaves it out, as the message's point was the
    # question.
    entry: DiaryEntry | None = None
    faq: FaqAnswer | None = None
    # Core fields still missing, in the order the conversation asks for them.
    missing: list[str] = field(default_factory=list)
    # A diary report that also asks something ("slept ok. how long does the queasy feeling
    # last?"): the answer, so the chat answers it too. Not part of the spec's output.
    also_asked: FaqAnswer | None = None

    def to_json(self) -> dict[str, Any]:
        reported = self.entry if self.intent == "diary" else None
        return {
            "intent": self.intent,
            "safety": self.safety.level,
            "entry": reported.to_json() if reported else None,
            "faq": self.faq.to_json() if self.faq else None,
            "missing": self.missing,
            "evidence": reported.evidence if reported else {},
        }


def understand(
    text: str,
    received_at: dt.datetime,
    tz: str,
    kb: KnowledgeBase | None = None,
    expecting: str | None = None,
) -> Understanding:
    """Read one patient message. Never raises; `received_at` is naive local wall-clock time."""
    safety = _safety(text)
    try:
        urgent = safety.level == "urgent"
        intent, entry, asked = _read(
            text if isinstance(text, str) else "", received_at, expecting, urgent=urgent
        )
    except Exception:  # a bug here must not lose the patient's message or the safety check
        log.exception("understanding failed; treating the message as 'other'")
        intent, entry, asked = "other", None, False
    result = Understanding(intent=intent, safety=safety)
    if intent == "diary" and entry is not None:
        result.entry = entry
        result.missing = missing_fields(entry)
        if asked and kb is not None:
            result.also_asked = faq_link.answer(text, kb, beside_a_report=True)
            if asked_in_passing(entry, result.also_asked):
                result.intent, result.faq, result.also_asked = "question", result.also_asked, None
                result.missing = []
    elif intent == "question":
        result.entry = entry  # side effects told beside the question (_felt_and_asked)
        result.faq = faq_link.answer(text, kb)
    return result


def asked_in_passing(entry: DiaryEntry, answer: FaqAnswer) -> bool:
    """Whether a report that also asks is a question told beside a word about the night:
    "woke 4x again. does ketamine actually help you stay asleep?". The article answers
    the question, and the report holds one field at most and says nothing of side effects
    (a side effect told beside "is that normal?", or "no side effects", is a report of its
    own; the clinic's hours answer nothing about the night). Over the 77 mixed sets, such
    messages were labelled questions 51 times and diary reports once; with a side effect
    told, 6 and 5; with two fields or more, 6 and 3."""
    if answer.source in (None, CLINIC_SOURCE) or entry.side_effects is not None:
        return False
    told = [
        name for name in DIARY_FIELDS if name not in _NOT_TOLD and getattr(entry, name) is not None
    ]
    return len(told) <= 1


# What a message need not say to be read as a report: the date (it may come from when the
# message arrived) and the side effects (asked_in_passing weighs them on their own).
_NOT_TOLD = frozenset({"diary_date", "side_effects"})


def missing_fields(entry: DiaryEntry) -> list[str]:
    missing = []
    for name in CORE_FIELDS:
        if name == "sleep_onset":
            if entry.sleep_onset is None and entry.sol_min is None:
                missing.append(name)
        elif getattr(entry, name) is None:
            missing.append(name)
    return missing


def _safety(text: str) -> SafetyAssessment:
    try:
        return assess(text)
    except Exception:
        log.exception("safety assessment failed")
        return SafetyAssessment("none")


def _read(
    raw: str, received_at: dt.datetime, expecting: str | None, *, urgent: bool = False
) -> tuple[Intent, DiaryEntry | None, bool]:
    """The intent, the night's entry, and whether a diary report also asks something.
    `urgent`: the rules found a symptom that needs a clinician now."""
    text = Text.of(raw[:MAX_CHARS])
    reading = read(text, night_in_progress=received_at.hour < 5)
    if not reading.active and not expecting:
        # Every reader keeps only what it finds in the parts that report (reading.active),
        # so a message that only asks or plans cannot fill in a night: skip them. (With
        # `expecting`, a bare answer is read from the whole message, so read it in full.)
        if reading.told:
            told = read_side_effects(text, scan(text), reading)
            return "question", _felt_and_asked(text, received_at, reading, told), False
        return ("question" if reading.has_question else "other"), None, False
    mentions = scan(text)
    cues = find_cues(text)
    fields = read_fields(text, mentions, cues, reading, expecting)
    effects = read_side_effects(text, mentions, reading)
    effect_spans = [sp for found in effects.spans.values() for sp in found]
    quality = read_quality(text, mentions.ratings, reading, expecting == "quality", effect_spans)

    if quality is not None:
        fields.put("quality", quality.level, (quality.start, quality.end))
    elif expecting == "quality":
        bare = bare_quality(text)
        if bare is not None:
            fields.put("quality", bare.level, (bare.start, bare.end))

    if quality is None and not fields.has("quality") and _has_clock_or_count(fields):
        verdict = verdict_quality(text, reading, effect_spans)
        if verdict is not None:
            fields.put("quality", verdict.level, (verdict.start, verdict.end))

    side_effects = _side_effects(effects, fields, expecting)
    if expecting:
        _apply_bare_answer(text, expecting, fields)
        if expecting == "side_effects" and fields.values.get("side_effects") == []:
            side_effects = []

    counted = side_effects
    if effects.told_only:
        # told only before a question: a report only beside a night the message reports
        asked_aside = dataclasses.replace(
            effects,
            effects={k: v for k, v in effects.effects.items() if k not in effects.told_only},
        )
        counted = _side_effects(asked_aside, fields, expecting)
    reports = (
        any(v is not None for k, v in fields.values.items() if k != "side_effects")
        or counted is not None
        or fields.mentioned
        or any(
            reading.span_active(m.start(), m.end())
            for m in _DIARY_VERB_GATE.finditer(DIARY_VERB, text.probe)
        )
    )
    if reading.farewell and not expecting:
        reports = False
    if reports and not expecting and _asks_about_how_nights_go(text, reading, fields, mentions):
        reports = False
    if (
        urgent
        and side_effects is None
        and not reading.has_question
        and not expecting
        and not _someone_elses(text)
    ):
        # "Went down in the garage this morning ... still lightheaded": a symptom that needs
        # a clinician now, told of the patient, is on the record as one, whatever its words
        side_effects = [("other", None)]
        reports = True
    if not reports:
        if reading.has_question:
            return "question", _felt_and_asked(text, received_at, reading, effects), False
        return "other", None, False

    entry = DiaryEntry()
    evidence: dict[str, str] = {}
    for name, value in fields.values.items():
        if value is None or name == "side_effects" or not hasattr(entry, name):
            continue
        setattr(entry, name, value)
        evidence[name] = _quote(text, fields.spans.get(name, []))
    if side_effects is not None:
        entry.side_effects = [SideEffect(name, severity) for name, severity in side_effects]
        spans = [sp for name, _ in side_effects for sp in effects.spans.get(name, [])]
        none_span = effects.none_strong or effects.none_weak or effects.negated
        if not spans and none_span is not None:
            spans = [none_span]
        if not spans:
            spans = fields.spans.get("side_effects", [])
        evidence["side_effects"] = _quote(text, spans) if spans else text.quote(0, len(raw))
    dated = diary_date(text, received_at, reading)
    entry.diary_date = dated.date
    if (
        received_at.hour < 5
        and dated.date == received_at.date()
        and entry.final_wake is not None
        and entry.final_wake > received_at.time()
    ):
        # "woke at 12:40 and still wide awake", sent at 01:30: the night is not over, and
        # no one wakes for the last time after they write
        entry.final_wake = None
        evidence.pop("final_wake", None)
    evidence["diary_date"] = _date_evidence(text, dated, received_at)
    entry.evidence = evidence
    return "diary", entry, reading.has_question


def _felt_and_asked(
    text: Text, received_at: dt.datetime, reading: Reading, effects: SideEffectsFound
) -> DiaryEntry | None:
    """The side effects a question tells of, felt of late by the patient: "dizzy when i stood
    up this morning, is that normal?", "threw up after yesterday's session, should I be
    worried?". The message asks (and the spec's output says so), but a clinician reading the
    diary wants them there, so the chat records them.

    Questions speak of fears, conditions and other people far more than reports do ("im
    nervous about the evaluation", "I have had high blood pressure for many years", "she
    gets nervous"), so the message must place what was felt after the treatment or in the
    last day, and name no one else. Over the 77 mixed sets, 92 questions named a side effect
    as felt; 36 placed it so (each read by hand), the rest spoke of fears, conditions, other
    people, or of "last time" and "since starting"."""
    if (
        not effects.effects
        or not _FELT_OF_LATE.search(text.s)
        or _someone_elses(text)
        or _ANOTHER_ONES.search(text.s)
    ):
        return None
    entry = DiaryEntry(side_effects=[SideEffect(n, sev) for n, sev in effects.effects.items()])
    dated = diary_date(text, received_at, reading)
    entry.diary_date = dated.date
    entry.evidence = {
        "side_effects": _quote(text, [sp for spans in effects.spans.values() for sp in spans]),
        "diary_date": _date_evidence(text, dated, received_at),
    }
    return entry


def _date_evidence(text: Text, dated: DiaryDate, received_at: dt.datetime) -> str:
    """The words that named the night, or the day the message came when none did."""
    return (
        _quote(text, [dated.span]) if dated.span else f"received {received_at.date().isoformat()}"
    )


# After the treatment, or in the day of the diary (not "since starting", "in the mornings",
# "last time": a diary night holds the last day's).
_FELT_OF_LATE = re.compile(
    r"\b(?:after|since|during)\s+(?:the\s+|my\s+|this\s+|today'?s\s+|yesterday'?s\s+)?"
    r"(?:infusion|session|treatment|tx)\b|\bpost[\s-]?infusion\b"
    r"|\b(?:today|this\s+(?:morning|am|afternoon|evening)|last\s+night|yesterday|again|still)\b",
    re.ASCII,
)
_ANOTHER_ONES = re.compile(r"\b(?:she|he|her|his|him|she'?s|he'?s)\b", re.ASCII)


def _someone_elses(text: Text) -> bool:
    """Another person named in the message, not as a witness to what the writer's body did
    ("Wife says I was out cold") nor as the patient a carer writes for."""
    return (
        bool(_ANOTHER_PERSON.search(text.s))
        and not _THE_WRITERS_BODY.search(text.s)
        and not writes_for_the_patient(text.s)
    )


_ANOTHER_PERSON = re.compile(
    SOMEONE_ELSE_BEFORE.pattern
    + r"|\b(?:coworker|co-worker|colleague|friend|boss|neighbou?r|stranger|someone|somebody"
    r"|mom|mum|dad|mother|father|brother|sister|grandma|grandpa)\b",
    re.ASCII,
)
# "I was out cold", "i still can", "my chest": the writer's own body (not what a helper did:
# "i drove her home", "i called 911")
_THE_WRITERS_BODY = re.compile(
    r"\b(?:i|i'?m|i'?ve)\s+(?!(?:drove|drive|called|call|took|take|gave|give|told|tell|asked|ask"
    r"|found|brought|rang|texted|helped|help|watched|stayed|sat|held|caught|checked|made|put"
    r"|think|thought|guess|hope|wonder|don'?t\s+know)\b)[a-z']+"
    r"|\bmy\s+(?:chest|heart|head|lips|tongue|throat|face|arms?|legs?|hands?|vision|eyes|bp"
    r"|blood\s+pressure|pulse|breathing|body|speech)\b",
    re.ASCII,
)


def _has_clock_or_count(fields: Fields) -> bool:
    return fields.slept_hours or any(
        v is not None for k, v in fields.values.items() if k not in ("side_effects", "quality")
    )


def _side_effects(
    effects: SideEffectsFound, fields: Fields, expecting: str | None
) -> list[tuple[str, str | None]] | None:
    if effects.effects:
        return list(effects.effects.items())
    if effects.none_strong or effects.negated:
        return []
    other_evidence = any(v is not None for v in fields.values.values()) or fields.mentioned
    if effects.none_weak and (other_evidence or expecting == "side_effects"):
        return []
    return None


def _asks_about_how_nights_go(
    text: Text, reading: Reading, fields: Fields, mentions: Mentions
) -> bool:
    """ "I wake at 4 most nights. Why?": how things usually go, told to ask about it. A
    night timed, counted, scored ("Sleep 4/10"; "sleep okay." may be chat) or named keeps
    the message a report."""
    return (
        reading.has_question
        and not _has_clock_or_count(fields)
        and not mentions.ratings
        and not tells_one_night(text)
    )


def _apply_bare_answer(text: Text, expecting: str, fields: Fields) -> None:
    target = "sol_min" if expecting == "sleep_onset" else expecting
    if fields.has(target) or (expecting == "sleep_onset" and fields.has("sleep_onset")):
        return
    answer = bare_answer(text, expecting)
    if answer is None or fields.has(answer.field):
        return
    fields.put(answer.field, answer.value, (0, len(text.s)))


def _quote(text: Text, spans: list[tuple[int, int]]) -> str:
    if len(spans) == 1:  # most evidence is one stretch of words
        return text.quote(*spans[0])
    seen: list[tuple[int, int]] = []
    for a, b in sorted(set(spans)):
        if seen and a <= seen[-1][1]:
            seen[-1] = (seen[-1][0], max(seen[-1][1], b))
        else:
            seen.append((a, b))
    return " … ".join(q for q in (text.quote(a, b) for a, b in seen) if q)
