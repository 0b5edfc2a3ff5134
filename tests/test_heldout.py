"""Accuracy on sets written by other people, kept so that no change quietly loses it.

tests/data/heldout/ holds labelled messages in the dev set's format, each written by a
writer who had not seen the rules (fields_*: diary answers of many kinds; side_effects_*;
safety_*: crisis, urgent and look-alikes in many voices). Each was scored blind once; its
families were then fixed, so these are regression floors now, not estimates of accuracy on
new text (BENCHMARKS.md keeps the blind figures). A floor sits just under today's figure:
a change that loses more than that loses something real.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from bot.clinic import Clinic
from bot.knowledge import default_knowledge_base_path, load_knowledge_base
from bot.understanding import understand

HELDOUT = Path(__file__).parent / "data" / "heldout"
# Measured, never trained on: the safety screen's current estimate on new writers.
UNTRAINED = Path(__file__).parent / "data" / "untrained"
# Messages of every kind, mixed as the dev set is (diary, questions, chat, safety).
MIXED = Path(__file__).parent / "data" / "mixed"
FIELDS = (
    "diary_date", "bedtime", "lights_out", "sleep_onset", "sol_min", "awakenings",
    "waso_min", "final_wake", "out_of_bed", "quality", "nap_min",
)  # fmt: skip
ALERTS = ("urgent", "crisis")


@dataclass
class Score:
    """The scorer's figures (../shared/eval/score.py) that these floors guard."""

    intent: list[int] = field(default_factory=lambda: [0, 0])
    field_tp: int = 0
    field_fp: int = 0
    field_fn: int = 0
    effects_found: list[int] = field(default_factory=lambda: [0, 0])
    alerts: dict[str, list[int]] = field(default_factory=lambda: {a: [0, 0] for a in ALERTS})
    false_alarms: list[int] = field(default_factory=lambda: [0, 0])
    answered: list[int] = field(default_factory=lambda: [0, 0])  # answerable questions
    declined: list[int] = field(default_factory=lambda: [0, 0])  # questions to refer

    def add(self, gold: dict[str, Any], out: dict[str, Any]) -> None:
        if gold["intent"] == "question" and gold.get("sources"):
            source = (out.get("faq") or {}).get("source")
            tally = self.declined if gold["sources"] == [None] else self.answered
            tally[0] += source in gold["sources"]
            tally[1] += 1
        self.intent[0] += out["intent"] == gold["intent"]
        self.intent[1] += 1
        level = gold.get("safety", "none")
        if level in ALERTS:
            # an urgent message flagged as crisis (or the reverse) still reaches staff
            self.alerts[level][0] += out["safety"] in ALERTS
            self.alerts[level][1] += 1
        else:
            self.false_alarms[0] += out["safety"] in ALERTS
            self.false_alarms[1] += 1
        if gold["intent"] != "diary":
            return
        g_entry, o_entry = gold.get("entry") or {}, out.get("entry") or {}
        for name in FIELDS:
            g, o = g_entry.get(name), o_entry.get(name)
            if g is not None and o == g:
                self.field_tp += 1
                continue
            self.field_fn += g is not None
            self.field_fp += o is not None
        g_names = {e["name"] for e in g_entry.get("side_effects") or []}
        o_names = {e["name"] for e in o_entry.get("side_effects") or []}
        self.effects_found[0] += len(g_names & o_names)
        self.effects_found[1] += len(g_names)

    def figures(self) -> dict[str, float]:
        def ratio(hit: int, n: int) -> float:
            return hit / n if n else 1.0

        return {
            "intent": ratio(*self.intent),
            "fieldP": ratio(self.field_tp, self.field_tp + self.field_fp),
            "fieldR": ratio(self.field_tp, self.field_tp + self.field_fn),
            "sideR": ratio(*self.effects_found),
            "urgentR": ratio(*self.alerts["urgent"]),
            "crisisR": ratio(*self.alerts["crisis"]),
            "faq": ratio(*self.answered),
            "declined": ratio(*self.declined),
            "falseAlarm": self.false_alarms[0] / self.false_alarms[1]
            if self.false_alarms[1]
            else 0,
        }


# The clinic's article, as `sleepdiary nlu` reads it (questions are answered from it).
ARTICLE = load_knowledge_base(default_knowledge_base_path(), Clinic(name="Test Clinic"))


def score(name: str, folder: Path = HELDOUT) -> dict[str, float]:
    result = Score()
    with (folder / f"{name}.jsonl").open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                item = json.loads(line)
                received_at = dt.datetime.fromisoformat(item["received_at"]).replace(tzinfo=None)
                out = understand(
                    item["text"], received_at, item.get("tz", "UTC"), ARTICLE
                ).to_json()
                result.add(item["gold"], out)
    return result.figures()


# Today's figures, less a little (a message or two); falseAlarm is a ceiling.
FLOORS: dict[str, dict[str, float]] = {
    "fields_a": {"intent": 0.99, "fieldP": 0.99, "fieldR": 0.99},
    "fields_b": {"intent": 0.98, "fieldP": 0.97, "fieldR": 0.96},
    "fields_c": {"intent": 0.98, "fieldP": 0.96, "fieldR": 0.93},
    "fields_d": {"intent": 0.96, "fieldP": 0.98, "fieldR": 0.95},
    "fields_e": {"intent": 0.99, "fieldP": 0.99, "fieldR": 0.99},
    "fields_f": {"intent": 0.99, "fieldP": 0.99, "fieldR": 0.98},
    "fields_g": {"intent": 0.98, "fieldP": 0.98, "fieldR": 0.95, "sideR": 0.95},
    "side_effects_1": {"intent": 0.99, "fieldP": 0.99, "fieldR": 0.97, "sideR": 0.99},
    # (sideR 0.976 since the twenty-second session: b2_077's "sweaty" is labelled "other" with
    # nothing tying it to treatment; 149 of 150 such sweats in these sets are not)
    "side_effects_2": {"intent": 0.98, "fieldP": 0.99, "fieldR": 0.98, "sideR": 0.97},
    "safety_1": {"urgentR": 0.97, "crisisR": 1.0, "falseAlarm": 0.02},
    "safety_2": {"urgentR": 1.0, "crisisR": 1.0, "falseAlarm": 0.0},
    "safety_3": {"urgentR": 1.0, "crisisR": 1.0, "falseAlarm": 0.0},
    "safety_4": {"urgentR": 1.0, "crisisR": 1.0, "falseAlarm": 0.0},
    "safety_5": {"urgentR": 1.0, "crisisR": 0.98, "falseAlarm": 0.0},
    "safety_6": {"urgentR": 1.0, "crisisR": 0.92, "falseAlarm": 0.02},
    "safety_7": {"urgentR": 0.95, "crisisR": 0.71, "falseAlarm": 0.0},
    "safety_8": {"urgentR": 1.0, "crisisR": 0.87, "falseAlarm": 0.02},
    # Written after every rule fix; blind, the rules alone found 0.60 and 0.62 of their
    # crises. They train the learned screen, so these figures are fit, not estimates.
    "safety_9": {"urgentR": 0.97, "crisisR": 0.96, "falseAlarm": 0.12},
    "safety_10": {"urgentR": 0.92, "crisisR": 0.93, "falseAlarm": 0.13},
    # Scored blind against the whole shipped screen (rules and model) before it was added.
    "safety_11": {"urgentR": 0.96, "crisisR": 0.97, "falseAlarm": 0.06},
    # Scored blind against the shipped screen, then trained on: 12 and 13 against the
    # screen of 26 Nov (fourth session), 14 against the one trained on 12 and 13.
    "safety_12": {"urgentR": 0.93, "crisisR": 0.95, "falseAlarm": 0.09},
    "safety_13": {"urgentR": 0.96, "crisisR": 0.97, "falseAlarm": 0.05},
    "safety_14": {"urgentR": 0.96, "crisisR": 0.92, "falseAlarm": 0.05},
    # Scored blind against the code of the sixth session's start (19: crisis 0.950, urgent
    # 0.967, false alarms 0.078; 20: 0.925, 1.000, 0.111), then rule fixes, then trained on.
    "safety_19": {"urgentR": 0.96, "crisisR": 0.97, "falseAlarm": 0.02},
    "safety_20": {"urgentR": 0.96, "crisisR": 0.97, "falseAlarm": 0.02},
    # Scored blind against the screen trained on 19, 20 and plain_5 (21: crisis 0.925, urgent
    # 0.967, false alarms 0.100; 22: 0.900, 0.933, 0.033), then rule fixes, then trained on.
    "safety_21": {"urgentR": 0.96, "crisisR": 0.97, "falseAlarm": 0.02},
    "safety_22": {"urgentR": 0.96, "crisisR": 0.97, "falseAlarm": 0.02},
    # Scored blind against the screen trained on 19-22 (23: crisis 0.950, urgent 1.000, false
    # alarms 0.078; 24: 0.950, 0.900, 0.022), then rule fixes, then trained on.
    "safety_23": {"urgentR": 0.96, "crisisR": 0.97, "falseAlarm": 0.03},
    "safety_24": {"urgentR": 0.96, "crisisR": 0.97, "falseAlarm": 0.02},
    # Scored blind against the screen trained on 19-24 (25: crisis 0.850, urgent 0.967, false
    # alarms 0.100; 26: 0.875, 1.000, 0.067), then rule fixes, then trained on.
    "safety_25": {"urgentR": 0.96, "crisisR": 0.97, "falseAlarm": 0.05},
    "safety_26": {"urgentR": 0.96, "crisisR": 0.97, "falseAlarm": 0.03},
    # Written last, scored once against the code of ca646a9 (27: crisis 0.975, urgent 1.000,
    # false alarms 0.078; 28: 0.950, 0.967, 0.044), then rule fixes, then trained on.
    "safety_27": {"urgentR": 0.96, "crisisR": 0.97, "falseAlarm": 0.06},
    "safety_28": {"urgentR": 0.96, "crisisR": 0.97, "falseAlarm": 0.03},
    # Seventh session: scored blind against its starting code (31: crisis 0.900, urgent 0.933,
    # false alarms 0.044; 32: 0.900, 0.967, 0.078), then rule fixes, then trained on.
    "safety_31": {"urgentR": 0.96, "crisisR": 0.97, "falseAlarm": 0.02},
    "safety_32": {"urgentR": 0.96, "crisisR": 0.97, "falseAlarm": 0.02},
    # Scored blind against the code after 31 and 32 (33: crisis 0.950, urgent 0.967, false
    # alarms 0.167; 34: 0.950, 0.967, 0.100), then rule fixes, then trained on.
    "safety_33": {"urgentR": 0.96, "crisisR": 0.97, "falseAlarm": 0.02},
    "safety_34": {"urgentR": 0.96, "crisisR": 0.97, "falseAlarm": 0.02},
    # Scored blind against the code after 31-34 (35: crisis 0.950, urgent 1.000, false alarms
    # 0.078; 36: 0.975, 0.967, 0.133), then rule fixes, then trained on.
    "safety_35": {"urgentR": 0.96, "crisisR": 0.97, "falseAlarm": 0.02},
    "safety_36": {"urgentR": 0.96, "crisisR": 0.97, "falseAlarm": 0.02},
    # Scored blind against the code after 31-36 (37: crisis 0.975, urgent 0.967, false alarms
    # 0.089; 38: 1.000, 1.000, 0.089), then rule fixes, then trained on.
    "safety_37": {"urgentR": 0.96, "crisisR": 0.97, "falseAlarm": 0.02},
    "safety_38": {"urgentR": 0.96, "crisisR": 0.97, "falseAlarm": 0.02},
    # Scored blind against the code after 31-38 (39: crisis 0.900, urgent 1.000, false alarms
    # 0.111; 40: 0.900, 0.967, 0.122), then rule fixes, then trained on.
    "safety_39": {"urgentR": 0.96, "crisisR": 0.97, "falseAlarm": 0.02},
    "safety_40": {"urgentR": 0.96, "crisisR": 0.97, "falseAlarm": 0.02},
    # Scored blind against the code after 31-42 (43: crisis 0.925, urgent 0.933, false alarms
    # 0.089; 44: 0.950, 1.000, 0.089), then rule fixes, then trained on.
    "safety_43": {"urgentR": 0.96, "crisisR": 0.97, "falseAlarm": 0.02},
    "safety_44": {"urgentR": 0.96, "crisisR": 0.97, "falseAlarm": 0.02},
    # Scored blind against the code after 31-44 (45: crisis 0.925, urgent 0.900, false alarms
    # 0.044; 46: 0.825, 0.900, 0.078), then rule fixes, then trained on.
    "safety_45": {"urgentR": 0.96, "crisisR": 0.97, "falseAlarm": 0.02},
    "safety_46": {"urgentR": 0.96, "crisisR": 0.97, "falseAlarm": 0.02},
    # Scored blind against the code after 31-46 (47: crisis 1.000, urgent 0.967, false alarms
    # 0.111; 48: 0.925, 0.967, 0.067), then rule fixes, then trained on.
    "safety_47": {"urgentR": 0.96, "crisisR": 0.97, "falseAlarm": 0.02},
    "safety_48": {"urgentR": 0.96, "crisisR": 0.97, "falseAlarm": 0.02},
    # Everyday messages only: what the screen alarms on when nothing is wrong.
    "plain_1": {"falseAlarm": 0.007},
    "plain_2": {"falseAlarm": 0.014},
    # Everyday messages in crisis words ("ive decided...", "goodnight all", "last infusion").
    "plain_5": {"falseAlarm": 0.007},
    # Everyday narration of nights (ninth session), trained on: the screen still alarms on a
    # few ("It's 3:22 and I'm awake again, nobody else is").
    "plain_6": {"falseAlarm": 0.03},
    "plain_7": {"falseAlarm": 0.03},
    "plain_8": {"falseAlarm": 0.03},
    "plain_9": {"falseAlarm": 0.03},
    "plain_10": {"falseAlarm": 0.01},
    # Written to be trained on: each crisis message beside a safe one sharing its words.
    "pairs_a": {"crisisR": 0.99, "falseAlarm": 0.07},
    "pairs_b": {"crisisR": 0.98, "falseAlarm": 0.10},
    "pairs_c": {"crisisR": 0.99, "falseAlarm": 0.14},
    "pairs_d": {"crisisR": 0.99, "falseAlarm": 0.07},
    # Urgent beside look-alikes ("140/90", a faint that passed): the rules alarm on 15% of
    # the look-alikes; the set is here to teach the screen urgent in lay words and Spanish.
    "pairs_e": {"urgentR": 0.99, "falseAlarm": 0.16},
    # tests/test_safety.py's sentences, labelled with the level those tests expect.
    "rule_tests": {"urgentR": 1.0, "crisisR": 1.0, "falseAlarm": 0.005},
    # Written blind for tests/data/untrained, scored there and fixed, then trained on in the
    # nineteenth session (the screen's training figures: the rules' figures were already fit).
    # Their history as untrained sets follows; the floors are what they score trained.
    # Retraining the screen with tests/data/teaching (seventeenth session) lowered ten floors:
    # sets 17, 18, 49, 51, 57 and 66 lost a crisis each the old screen had found ("rope's in
    # the garage. funny how calm i feel"); 58, 62, plain_12 and plain_14 gained false alarms
    # past their floors (42, plain_3 and plain_15 gained one each within theirs). On six new
    # blind sets the new screen found 220 crises of 240 against 211.
    # The thirteenth session fixed rule families for every crisis and urgent message these sets
    # still missed (Portuguese and Spanish, treasures handed on, a rope found, the last
    # check-in...), so their recall is fit, not blind, and each floor is now what they score:
    # a crisis or urgent message lost again fails here. (Blind figures: README.md.)
    "safety_15": {"urgentR": 1.0, "crisisR": 1.0, "falseAlarm": 0.03},
    # Retraining with 33 and 34 moved one crisis of 16 from 0.903 to 0.784 (seventh session).
    "safety_16": {"urgentR": 1.0, "crisisR": 1.0, "falseAlarm": 0.02},
    # Two crises missed: "was at albany med psych in '09 after i tried with the pills. never
    # thought i'd end up back there in my head. i am." and, since the teaching sets, one more.
    "safety_17": {"urgentR": 1.0, "crisisR": 0.95, "falseAlarm": 0.08},
    "safety_18": {"urgentR": 1.0, "crisisR": 0.975, "falseAlarm": 0.06},
    # Written after every change of the sixth session and scored once: never tuned on.
    # The seventh session's retraining (with 31 and 32) pushed one look-alike of 29 from 0.78
    # to 0.817, over the threshold, and one crisis of 18 from 0.805 to 0.786, under it.
    "safety_29": {"urgentR": 1.0, "crisisR": 1.0, "falseAlarm": 0.05},
    "safety_30": {"urgentR": 1.0, "crisisR": 1.0, "falseAlarm": 0.07},
    # Written after 31-40's fixes and scored against that code (41: crisis 0.950, urgent
    # 1.000, false alarms 0.067; 42: 0.950, 0.967, 0.122); their rule misses were then fixed,
    # so these are fit, not blind. Kept out of training: with them the screen alarmed on three
    # of tests/test_safety.py's everyday sentences.
    "safety_41": {"urgentR": 1.0, "crisisR": 1.0, "falseAlarm": 0.02},
    "safety_42": {"urgentR": 1.0, "crisisR": 1.0, "falseAlarm": 0.05},  # the screen's 4
    # Written while the seventh session's last fixes were made and scored once against its
    # final code: never trained on; the thirteenth session fixed rules for their misses.
    # (the ninth session's retraining: one crisis more, "rope's in the garage", and one
    # false alarm more, "sent my goodbye email to my coworkers today")
    "safety_49": {"urgentR": 1.0, "crisisR": 0.975, "falseAlarm": 0.07},
    "safety_50": {"urgentR": 1.0, "crisisR": 1.0, "falseAlarm": 0.07},
    # Written in the thirteenth session and scored blind against its starting code (51:
    # crisis 0.975, urgent 1.000, false alarms 0.089; 52: 0.900, 0.933, 0.056); their rule
    # families were then fixed. Never trained on.
    "safety_51": {"urgentR": 1.0, "crisisR": 0.975, "falseAlarm": 0.02},
    "safety_52": {"urgentR": 1.0, "crisisR": 1.0, "falseAlarm": 0.01},
    # Written after 51 and 52's fixes and the older sets' families; scored blind against the
    # code of that moment (53: crisis 0.950, urgent 0.933, false alarms 0.056; 54: 0.975,
    # 1.000, 0.033), then their families fixed.
    "safety_53": {"urgentR": 1.0, "crisisR": 1.0, "falseAlarm": 0.02},
    "safety_54": {"urgentR": 1.0, "crisisR": 1.0, "falseAlarm": 0.01},
    # Written last, scored blind against the session's final rules (start: crisis 0.875,
    # urgent 1.000, false alarms 0.044; final: 0.925, 1.000, 0.033), then three families
    # fixed. One crisis still missed: "the kids would be better off with his parents" (the
    # fourteenth session found the question from someone "who doesnt plan to be around").
    "safety_55": {"urgentR": 1.0, "crisisR": 0.975, "falseAlarm": 0.02},
    # Written in the fourteenth session and scored blind against its starting code (56:
    # crisis 0.825, urgent 1.000, false alarms 0.033; 57: 0.925, 0.933, 0.111), then their
    # families fixed. Never trained on.
    "safety_56": {"urgentR": 1.0, "crisisR": 1.0, "falseAlarm": 0.02},
    "safety_57": {"urgentR": 1.0, "crisisR": 0.975, "falseAlarm": 0.04},
    # Written after 56 and 57's fixes, scored blind against that code (crisis 0.900, urgent
    # 1.000, false alarms 0.067, as at the session's start), then its families fixed. One
    # crisis still missed: "signed the truck over to my brother. travelling light for the big
    # trip 😂".
    "safety_58": {"urgentR": 1.0, "crisisR": 0.975, "falseAlarm": 0.023},
    # Written after 58's fixes, scored blind against that code (crisis 0.875, urgent 1.000,
    # false alarms 0.022, as at the session's start), then its families fixed.
    "safety_59": {"urgentR": 1.0, "crisisR": 1.0, "falseAlarm": 0.01},
    # Written last, scored blind at the session's final rules but its own (crisis 0.925,
    # urgent 1.000, false alarms 0.022; the session's start: 0.925, 1.000, 0.044), then fixed.
    "safety_60": {"urgentR": 1.0, "crisisR": 1.0, "falseAlarm": 0.01},
    # The fifteenth session's. 61 was scored blind at its start (crisis 0.975, urgent 1.000,
    # false alarms 0.022), then fixed. 62 was written at the start, kept unread, and scored
    # blind at 44e9804, near the session's end (0.875, 1.000, 0.011: as at the start), then
    # its families fixed; one crisis still missed ("one more bad night and I'm out").
    "safety_61": {"urgentR": 1.0, "crisisR": 1.0, "falseAlarm": 0.01},
    "safety_62": {"urgentR": 1.0, "crisisR": 0.975, "falseAlarm": 0.012},
    # The sixteenth session's. 63 was scored blind at its start (crisis 0.925, urgent 0.967,
    # false alarms 0.011), 65 blind at its first round of rules (crisis 0.925, urgent 0.967,
    # false alarms 0.056; the start: the same, intent apart), then both fixed.
    "safety_63": {"urgentR": 1.0, "crisisR": 1.0, "falseAlarm": 0.01},
    # Written at the start, kept unread, scored blind at d074c34, the session's rules but its
    # last round (crisis 0.875, urgent 1.000, false alarms 0.022: as at the start), then fixed.
    "safety_64": {"urgentR": 1.0, "crisisR": 1.0, "falseAlarm": 0.01},
    "safety_65": {"urgentR": 1.0, "crisisR": 1.0, "falseAlarm": 0.01},
    # Scored blind at 5b8406c, the session's second round of rules (crisis 0.925, urgent
    # 0.933, false alarms 0.033: as at the start), then fixed.
    "safety_66": {"urgentR": 1.0, "crisisR": 0.975, "falseAlarm": 0.01},
    # Written at the seventeenth session's start (67, 68) and midway (69-72), scored blind
    # against the screen before and after tests/data/teaching (README.md); then only their
    # three urgent misses (voices and confusion that go on, told by family) were fixed. Their
    # crisis floors are their blind figures.
    "safety_67": {"urgentR": 1.0, "crisisR": 0.875, "falseAlarm": 0.045},
    "safety_68": {"urgentR": 1.0, "crisisR": 0.975, "falseAlarm": 0.078},
    "safety_69": {"urgentR": 1.0, "crisisR": 0.85, "falseAlarm": 0.045},
    "safety_70": {"urgentR": 1.0, "crisisR": 0.95, "falseAlarm": 0.023},
    "safety_71": {"urgentR": 1.0, "crisisR": 0.9, "falseAlarm": 0.067},
    "safety_72": {"urgentR": 1.0, "crisisR": 0.95, "falseAlarm": 0.056},
    # Written late in the seventeenth session and scored blind at 6835e4c (crisis 0.875 and
    # 0.925, urgent 0.900 and 1.000, false alarms 0.044 each); the start scored crisis 0.825
    # and 0.925. Their three urgent misses (a seizure and a swelling told in Spanish, a man in
    # the corner who will not go) were then fixed; their crisis floors are blind figures.
    "safety_73": {"urgentR": 1.0, "crisisR": 0.875, "falseAlarm": 0.045},
    "safety_74": {"urgentR": 1.0, "crisisR": 0.925, "falseAlarm": 0.045},
    # The eighteenth session's blind sets (README.md), in three waves, each scored before it
    # was read: 75-78 at the start (crisis 150/160, urgent 116/120, false alarms 17/360), 79-82
    # at the start and after the first rules (148, 114, 28 both times), 83-86 at the start
    # and after the second (142 -> 143, 119, 14 -> 15). Their misses were then read and the
    # kinds they showed written as rules; the floors are the figures after that.
    "safety_75": {"urgentR": 1.0, "crisisR": 1.0, "falseAlarm": 0.023},
    "safety_76": {"urgentR": 0.966, "crisisR": 0.975, "falseAlarm": 0.089},
    "safety_77": {"urgentR": 0.966, "crisisR": 0.95, "falseAlarm": 0.012},
    "safety_78": {"urgentR": 1.0, "crisisR": 1.0, "falseAlarm": 0.067},
    "safety_79": {"urgentR": 1.0, "crisisR": 1.0, "falseAlarm": 0.089},
    "safety_80": {"urgentR": 0.966, "crisisR": 0.975, "falseAlarm": 0.089},
    "safety_81": {"urgentR": 1.0, "crisisR": 0.975, "falseAlarm": 0.078},
    "safety_82": {"urgentR": 1.0, "crisisR": 0.975, "falseAlarm": 0.056},
    "safety_83": {"urgentR": 1.0, "crisisR": 0.975, "falseAlarm": 0.067},
    "safety_84": {"urgentR": 1.0, "crisisR": 0.925, "falseAlarm": 0.034},
    "safety_85": {"urgentR": 1.0, "crisisR": 0.95, "falseAlarm": 0.023},
    "safety_86": {"urgentR": 1.0, "crisisR": 0.95, "falseAlarm": 0.045},
    # Written mostly in Spanish (eighteenth session), scored blind and not fixed: 87-88 chose
    # the Spanish screen and its threshold (crisis 35 of 80 at the start, 45 with the Spanish
    # rules, 70 with the Spanish screen); 89-90 were kept unread to the end and judged it
    # (32, 37 and 63 of 80; urgent 45, 45 and 54 of 60; false alarms 9 of 180 throughout).
    "safety_87": {"urgentR": 0.866, "crisisR": 0.85, "falseAlarm": 0.034},
    "safety_88": {"urgentR": 1.0, "crisisR": 0.9, "falseAlarm": 0.056},
    "safety_89": {"urgentR": 0.966, "crisisR": 0.75, "falseAlarm": 0.034},
    "safety_90": {"urgentR": 0.833, "crisisR": 0.825, "falseAlarm": 0.067},
}


def assert_floors(figures: dict[str, float], floors: dict[str, float]) -> None:
    for figure, floor in floors.items():
        if figure == "falseAlarm":
            assert figures[figure] <= floor, (figure, figures)
        else:
            assert figures[figure] >= floor, (figure, figures)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_heldout_sets_keep_their_figures(name: str) -> None:
    assert_floors(score(name), FLOORS[name])


def test_every_heldout_set_is_guarded() -> None:
    assert {p.stem for p in HELDOUT.glob("*.jsonl")} == set(FLOORS)


UNTRAINED_FLOORS: dict[str, dict[str, float]] = {
    # The nineteenth session's blind sets (README.md), written at its start and scored before
    # they were read: crisis 151 of 160, urgent 119 of 120, false alarms 19 of 360; 152, 119
    # and 18 with the screens retrained on the older sets. Their misses' kinds were then written
    # as rules (tests/test_safety_round19.py). Kept out of training for now, so a later session
    # can see what training on them adds.
    "safety_91": {"urgentR": 1.0, "crisisR": 0.95, "falseAlarm": 0.034},
    "safety_92": {"urgentR": 1.0, "crisisR": 0.975, "falseAlarm": 0.067},
    "safety_93": {"urgentR": 1.0, "crisisR": 1.0, "falseAlarm": 0.045},
    "safety_94": {"urgentR": 1.0, "crisisR": 1.0, "falseAlarm": 0.056},
    # Written at the session's start beside 91-94 and kept unread until its last changes to the
    # screens: scored blind with them (crisis 146 of 160, urgent 118 of 120, false alarms 17 of
    # 360; the start scored 143, 117, 16). Their misses' kinds were then written as rules.
    "safety_95": {"urgentR": 1.0, "crisisR": 0.9, "falseAlarm": 0.089},
    "safety_96": {"urgentR": 1.0, "crisisR": 0.95, "falseAlarm": 0.034},
    "safety_97": {"urgentR": 1.0, "crisisR": 0.975, "falseAlarm": 0.045},
    "safety_98": {"urgentR": 1.0, "crisisR": 0.975, "falseAlarm": 0.023},
    # The twentieth session's blind sets (README.md). 99-102 were scored at its start (crisis
    # 151 of 160, urgent 119 of 120, false alarms 22 of 360) and their misses then written as
    # rules: these are fit figures. 103-110 were scored at the start and after every change and
    # never read: 154 and 153 crises of 160 before and after, urgent 118 and 118 of 120, false
    # alarms 22 -> 20 and 15 -> 15 of 360. Kept out of training (see README.md for why).
    "safety_99": {"urgentR": 1.0, "crisisR": 1.0, "falseAlarm": 0.0},
    "safety_100": {"urgentR": 1.0, "crisisR": 1.0, "falseAlarm": 0.0},
    "safety_101": {"urgentR": 1.0, "crisisR": 1.0, "falseAlarm": 0.034},
    "safety_102": {"urgentR": 1.0, "crisisR": 1.0, "falseAlarm": 0.012},
    "safety_103": {"urgentR": 1.0, "crisisR": 0.975, "falseAlarm": 0.056},
    "safety_104": {"urgentR": 1.0, "crisisR": 0.95, "falseAlarm": 0.045},
    "safety_105": {"urgentR": 0.966, "crisisR": 0.975, "falseAlarm": 0.067},
    "safety_106": {"urgentR": 0.966, "crisisR": 0.95, "falseAlarm": 0.056},
    "safety_107": {"urgentR": 1.0, "crisisR": 0.95, "falseAlarm": 0.045},
    "safety_108": {"urgentR": 1.0, "crisisR": 0.975, "falseAlarm": 0.023},
    "safety_109": {"urgentR": 1.0, "crisisR": 0.975, "falseAlarm": 0.045},
    "safety_110": {"urgentR": 0.933, "crisisR": 0.925, "falseAlarm": 0.056},
    # The twenty-second session's blind sets, scored at its start before they were read
    # (111: crisis 40 of 40, urgent 30 of 30, false alarms 3 of 90; 112: 35 of 40, 29 of 30,
    # 0 of 90), then their misses and false alarms written as rules: fit figures.
    "safety_111": {"urgentR": 1.0, "crisisR": 1.0, "falseAlarm": 0.0},
    "safety_112": {"urgentR": 1.0, "crisisR": 0.975, "falseAlarm": 0.0},
    # Written beside them and scored blind after 111-112's rules (d3e60e4), the same as at the
    # session's start: 113: crisis 36 of 40, urgent 29 of 30, false alarms 1 of 90; 114: 38,
    # 30 and 4. Their misses were then written as rules too: fit figures.
    "safety_113": {"urgentR": 1.0, "crisisR": 1.0, "falseAlarm": 0.0},
    "safety_114": {"urgentR": 1.0, "crisisR": 1.0, "falseAlarm": 0.0},
    # The third pair, scored blind after 111-114's rules (5f9424a; the same as at the start):
    # crisis 39 and 39 of 40, urgent 29 and 30 of 30, false alarms 6 and 5 of 90. Their misses
    # and false alarms were then read and written as rules too: fit figures.
    "safety_115": {"urgentR": 1.0, "crisisR": 1.0, "falseAlarm": 0.023},
    "safety_116": {"urgentR": 1.0, "crisisR": 1.0, "falseAlarm": 0.012},
    "plain_3": {"falseAlarm": 0.005},
    # Written in the tenth session as forum and blog posts; their rule families then fixed.
    "plain_12": {"falseAlarm": 0.027},
    "plain_13": {"falseAlarm": 0.02},
    "plain_14": {"falseAlarm": 0.044},
    # Everyday messages in the words of the thirteenth session's new families (gifts, ropes,
    # dates, guns, "finish him", last check-ins), scored blind: 7 false alarms of 300 (6 at
    # the session's start), then fixed. The nineteenth session's retraining raised its false
    # alarms from 1 to 4 (the screen: "scraping ice off the truck", a trampoline's net "zip
    # tied to heaven", "estou morrendo de vontade de ir pra praia", a gun safe bought).
    "plain_15": {"falseAlarm": 0.014},
    # Everyday messages full of the words of danger (screenings answered no, guns in the
    # safe, a form's items, someone else's emergency over), scored blind in the fourteenth
    # session: 16 false alarms of 300 at its start, 14 after 56 and 57's fixes; then fixed.
    # The 5 left since the nineteenth session's retraining (4 before) are the learned
    # screen's (wills and life insurance updated, good china given to grandchildren, rifles
    # taken to a brother's, a guitar sold) and a child's fever seizure long outgrown.
    "plain_16": {"falseAlarm": 0.017},
}


@pytest.mark.parametrize("name", sorted(UNTRAINED_FLOORS))
def test_untrained_sets_keep_their_figures(name: str) -> None:
    assert_floors(score(name, UNTRAINED), UNTRAINED_FLOORS[name])


def test_every_untrained_set_is_guarded() -> None:
    assert {p.stem for p in UNTRAINED.glob("*.jsonl")} == set(UNTRAINED_FLOORS)


def test_the_scorer_counts_an_alert_of_the_other_level_as_found() -> None:
    result = Score()
    result.add({"intent": "other", "safety": "urgent"}, {"intent": "other", "safety": "crisis"})
    result.add({"intent": "other", "safety": "none"}, {"intent": "other", "safety": "urgent"})
    figures = result.figures()
    assert figures["urgentR"] == 1.0 and figures["falseAlarm"] == 1.0


# Scored first against the code of their round, then fixed: today's figures, less a message
# or two (tests/data/mixed/README.md keeps the blind ones). The faq and declined floors
# were raised to today's figures in the twenty-third session (a question told beside one
# word about the night is a question; more questions for the care team are referred).
MIXED_FLOORS: dict[str, dict[str, float]] = {
    "mixed_1": {
        "intent": 0.95,
        "fieldP": 0.97,
        "fieldR": 0.93,
        "sideR": 0.93,
        "faq": 0.85,
        "declined": 1.0,
    },
    "mixed_4": {
        "intent": 0.96,
        "fieldP": 0.98,
        "fieldR": 0.98,
        "sideR": 0.98,
        "faq": 0.85,
        "declined": 1.0,
    },
    "mixed_5": {
        "intent": 0.98,
        "fieldP": 0.98,
        "fieldR": 0.97,
        "sideR": 0.97,
        "faq": 0.85,
        "declined": 1.0,
    },
    "mixed_6": {
        "intent": 0.95,
        "fieldP": 0.98,
        "fieldR": 0.95,
        "sideR": 0.98,
        "faq": 0.76,
        "declined": 1.0,
    },
    "mixed_7": {
        "intent": 0.96,
        "fieldP": 0.98,
        "fieldR": 0.95,
        "sideR": 0.94,
        "faq": 0.85,
        "declined": 1.0,
        "urgentR": 1.0,  # (second-language seizure and muddle: seventeenth session)
    },
    "mixed_8": {
        "intent": 0.96,
        "fieldP": 0.99,
        "fieldR": 0.97,
        "sideR": 0.94,
        "faq": 0.88,
        "declined": 1.0,
    },
    "mixed_9": {
        "intent": 0.93,
        "fieldP": 0.98,
        "fieldR": 0.93,
        "sideR": 0.97,
        "faq": 0.84,
        "declined": 1.0,
    },
    "mixed_10": {
        "intent": 0.96,
        "fieldP": 0.98,
        "fieldR": 0.95,
        "sideR": 0.96,
        "faq": 0.76,
        "declined": 0.9,
    },
    "mixed_11": {
        "intent": 0.97,
        "fieldP": 0.98,
        "fieldR": 0.94,
        "sideR": 0.98,
        "faq": 0.81,
        "declined": 1.0,
    },
    "mixed_12": {
        "intent": 0.95,
        "fieldP": 0.98,
        "fieldR": 0.97,
        "sideR": 0.98,
        "faq": 0.66,
        "declined": 1.0,
    },
    # Kept blind until the code of 042a935, scored once against it (the estimate), then used.
    "mixed_2": {
        "intent": 0.97,
        "fieldP": 0.98,
        "fieldR": 0.95,
        "sideR": 0.98,
        "faq": 0.73,
        "declined": 1.0,
        "urgentR": 1.0,  # (second-language seizure and muddle: seventeenth session)
    },
    "mixed_3": {
        "intent": 0.96,
        "fieldP": 0.98,
        "fieldR": 0.91,
        "sideR": 0.96,
        "faq": 0.77,
        "declined": 1.0,
    },
    # Written last and scored once against the session's final code: never fixed for.
    "mixed_13": {
        "intent": 0.96,
        "fieldP": 0.97,
        "fieldR": 0.95,
        "sideR": 0.97,
        "faq": 0.81,
        "declined": 1.0,
    },
    "mixed_14": {
        "intent": 0.95,
        "fieldP": 0.97,
        "fieldR": 0.93,
        "sideR": 0.94,
        "faq": 0.69,
        "declined": 1.0,
    },
    # The ninth session's first pair: scored against its starting code, then fixed for.
    "mixed_15": {
        "intent": 0.96,
        "fieldP": 0.97,
        "fieldR": 0.94,
        "sideR": 0.95,
        "faq": 0.66,
        "declined": 1.0,
    },
    "mixed_16": {
        "intent": 0.98,
        "fieldP": 0.98,
        "fieldR": 0.98,
        "sideR": 0.98,
        "faq": 0.81,
        "declined": 1.0,
    },
    # Written mid-session and scored once against its final code: never fixed for.
    "mixed_17": {
        "intent": 0.96,
        "fieldP": 0.97,
        "fieldR": 0.94,
        "sideR": 0.95,
        "faq": 0.77,
        "declined": 0.88,
    },
    "mixed_18": {
        "intent": 0.96,
        "fieldP": 0.98,
        "fieldR": 0.97,
        "sideR": 0.97,
        "faq": 0.66,
        "declined": 1.0,
    },
    # Written mid-way through the tenth session, scored once against its code then; two
    # regressions that scoring showed (a night scored beside a question read as a question)
    # and one missed crisis ("taking every oxycodone I have at once") were then fixed.
    "mixed_19": {
        "intent": 0.98,
        "fieldP": 0.97,
        "fieldR": 0.96,
        "sideR": 0.95,
        "faq": 0.6,
        "declined": 0.9,
        "crisisR": 1.0,
        "urgentR": 1.0,
    },
    "mixed_20": {
        "intent": 0.95,
        "fieldP": 0.98,
        "fieldR": 0.94,
        "sideR": 0.88,
        "faq": 0.62,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
    },
    # Written at the start of the eleventh session and first scored against its starting code
    # (fe077f5: fieldP 0.969, fieldR 0.948, sideR 0.971), then fixed for.
    "mixed_21": {
        "intent": 0.97,
        "fieldP": 0.98,
        "fieldR": 0.97,
        "sideR": 0.99,
        "faq": 0.81,
        "declined": 0.9,
        "crisisR": 1.0,
        "urgentR": 1.0,
    },
    # The same (first scoring: fieldP 0.964, fieldR 0.896, sideR 0.924), then fixed for.
    "mixed_23": {
        "intent": 0.96,
        "fieldP": 0.97,
        "fieldR": 0.96,
        "sideR": 0.99,
        "faq": 0.71,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
    },
    # The same (first scoring: fieldP 0.978, fieldR 0.938, sideR 0.986), then fixed for.
    "mixed_24": {
        "intent": 0.98,
        "fieldP": 0.98,
        "fieldR": 0.98,
        "sideR": 0.97,
        "faq": 0.85,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
    },
    # Written at the eleventh session's start and kept blind through its fixes: scored against
    # fe077f5 and against ba64491 before it was read (BENCHMARKS.md), then fixed for.
    "mixed_22": {
        "intent": 0.96,
        "fieldP": 0.97,
        "fieldR": 0.94,
        "sideR": 0.97,
        "faq": 0.65,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
    },
    # Written mid-way through the eleventh session, scored blind against fe077f5 and ba64491,
    # then fixed for.
    "mixed_25": {
        "intent": 0.97,
        "fieldP": 0.97,
        "fieldR": 0.94,
        "sideR": 0.94,
        "faq": 0.76,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
    },
    # The same.
    "mixed_26": {
        "intent": 0.97,
        "fieldP": 0.98,
        "fieldR": 0.97,
        "sideR": 0.96,
        # (0.69 until an emoji closed a clause: "up 3 times again 😩 will ketamine help me
        # stay asleep?" now records the night, where the label asks only)
        "faq": 0.7,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
    },
    # Written at the eleventh session's end and scored blind against its final code (and
    # fe077f5); then read: two false alarms of the screen's were fixed, nothing else.
    "mixed_27": {
        "intent": 0.97,
        "fieldP": 0.97,
        "fieldR": 0.94,
        "sideR": 0.96,
        "faq": 0.84,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
    },
    # The same.
    "mixed_28": {
        "intent": 0.95,
        "fieldP": 0.98,
        "fieldR": 0.96,
        "sideR": 0.92,
        "faq": 0.8,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
    },
    "mixed_29": {
        "intent": 0.97,
        "fieldP": 0.98,
        "fieldR": 0.97,
        "sideR": 0.98,
        "faq": 0.7,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
    },
    "mixed_30": {
        "intent": 0.97,
        "fieldP": 0.98,
        "fieldR": 0.98,
        "sideR": 0.97,
        "faq": 0.75,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
    },
    "mixed_31": {
        "intent": 0.98,
        "fieldP": 0.98,
        "fieldR": 0.98,
        "sideR": 0.98,
        "faq": 0.77,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
    },
    "mixed_32": {
        "intent": 0.96,
        "fieldP": 0.97,
        "fieldR": 0.96,
        "sideR": 0.97,
        "faq": 0.65,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
    },
    "mixed_33": {
        "intent": 0.98,
        "fieldP": 0.98,
        "fieldR": 0.98,
        "sideR": 0.98,
        "faq": 0.55,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
    },
    "mixed_34": {
        "intent": 0.98,
        "fieldP": 0.98,
        "fieldR": 0.98,
        "sideR": 0.98,
        "faq": 0.71,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
    },
    "mixed_35": {
        "intent": 0.97,
        "fieldP": 0.99,
        "fieldR": 0.98,
        "sideR": 0.99,
        "faq": 0.7,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
    },
    "mixed_36": {
        "intent": 0.97,
        "fieldP": 0.99,
        "fieldR": 0.98,
        "sideR": 0.99,
        "faq": 0.8,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
    },
    "mixed_37": {
        "intent": 0.97,
        "fieldP": 0.98,
        "fieldR": 0.97,
        "sideR": 0.99,
        "faq": 0.67,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
    },
    "mixed_38": {
        "intent": 0.97,
        "fieldP": 0.98,
        "fieldR": 0.98,
        "sideR": 0.99,
        "faq": 0.66,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
    },
    # The thirteenth session's sets: 39-42 scored blind, then read and fixed for; 43 and 44
    # scored blind at the session's last rules but one, then 43's carer family fixed.
    "mixed_39": {
        "intent": 0.96,
        "fieldP": 0.99,
        "fieldR": 0.98,
        "sideR": 0.99,
        "faq": 0.53,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
    },
    "mixed_40": {
        "intent": 0.98,
        "fieldP": 0.99,
        "fieldR": 0.96,
        "sideR": 0.9,
        "faq": 0.55,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
    },
    "mixed_41": {
        "intent": 0.97,
        "fieldP": 0.97,
        "fieldR": 0.95,
        "sideR": 0.95,
        "faq": 0.73,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
    },
    "mixed_42": {
        "intent": 0.98,
        "fieldP": 0.99,
        "fieldR": 0.96,
        "sideR": 0.97,
        "faq": 0.85,
        "declined": 0.9,
        "crisisR": 1.0,
        "urgentR": 1.0,
    },
    "mixed_43": {
        "intent": 0.96,
        "fieldP": 0.99,
        "fieldR": 0.95,
        "sideR": 0.94,
        "faq": 0.65,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
    },
    "mixed_44": {
        "intent": 0.96,
        "fieldP": 0.99,
        "fieldR": 0.93,
        "sideR": 0.94,
        "faq": 0.55,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
    },
    # Written last and scored blind at the session's final rules but one (0.919, 0.934, 0.872,
    # 0.928); then its two families fixed (a time told again in Zulu, "abuela says").
    "mixed_45": {
        "intent": 0.91,
        "fieldP": 0.97,
        "fieldR": 0.93,
        "sideR": 0.96,
        "faq": 0.68,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
    },
    # The fourteenth session's, scored blind against its starting code (46: 0.975, 0.975,
    # 0.948, 0.912; 47: 0.988, 0.986, 0.923, 1.000), then their families fixed.
    "mixed_46": {
        "intent": 0.98,
        "fieldP": 0.99,
        "fieldR": 0.97,
        "sideR": 0.94,
        "faq": 0.69,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
    },
    "mixed_47": {
        "intent": 0.98,
        "fieldP": 0.99,
        "fieldR": 0.97,
        "sideR": 0.99,
        "faq": 0.66,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
    },
    # Written after 46 and 47's first fixes; scored blind against the session's start (0.956,
    # 0.985, 0.963, 0.897) and against the code of that moment (0.963, 0.985, 0.968, 0.897),
    # then its families fixed.
    "mixed_48": {
        "intent": 0.97,
        "fieldP": 0.99,
        "fieldR": 0.98,
        "sideR": 0.93,
        "faq": 0.76,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
    },
    # Written after 46-48 and 56-59's fixes; scored blind against that code (49: 0.969,
    # 0.988, 0.976, 0.962; 50: 0.969, 0.990, 0.974, 1.000, urgent recall 0.833), then their
    # families fixed.
    "mixed_49": {
        "intent": 0.96,
        "fieldP": 0.99,
        "fieldR": 0.98,
        "sideR": 0.96,
        "faq": 0.56,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
    },
    "mixed_50": {
        "intent": 0.96,
        "fieldP": 0.99,
        "fieldR": 0.99,
        "sideR": 0.99,
        "faq": 0.62,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
    },
    # Written last; scored blind at the session's final rules before the reviews (f40dece:
    # 0.975, 0.986, 0.936, 0.946; the session's start: 0.969, 0.986, 0.932, 0.932), then the
    # log's "onset" label and "lamp off" fixed.
    "mixed_51": {
        "intent": 0.96,
        "fieldP": 0.98,
        "fieldR": 0.95,
        "sideR": 0.93,
        "faq": 0.42,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
    },
    # The fifteenth session's, scored blind at its start (52: 0.969, 0.977, 0.958, 0.899;
    # 53: 0.994, 0.954, 0.944, 0.947), then fixed.
    "mixed_52": {
        "intent": 0.97,
        "fieldP": 0.99,
        "fieldR": 0.98,
        "sideR": 0.95,
        "faq": 0.73,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
    },
    "mixed_53": {
        "intent": 0.99,
        "fieldP": 0.99,
        "fieldR": 0.98,
        "sideR": 0.98,
        "faq": 0.66,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
    },
    # Written at the session's start and kept unread; scored blind at 44e9804, the session's
    # rules but its last two commits (0.975, 0.986, 0.958, 0.975; the start: 0.969, 0.985,
    # 0.942, 0.950). Not fixed: these are its blind figures.
    "mixed_54": {
        "intent": 0.97,
        "fieldP": 0.98,
        "fieldR": 0.95,
        "sideR": 0.97,
        "faq": 0.66,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
    },
    # Scored blind at 1a1e7b0 (0.956, 0.975, 0.912, 0.968; urgent recall 0.833; the start:
    # 0.956, 0.974, 0.895, 0.937), then fixed.
    "mixed_55": {
        "intent": 0.95,
        "fieldP": 0.98,
        "fieldR": 0.95,
        "sideR": 0.96,
        "faq": 0.72,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
    },
    # The sixteenth session's: 56 scored blind at its start (0.963, 0.985, 0.949, 0.947),
    # 58 blind at its first round of rules (0.994, 0.981, 0.956, 0.971; the start: 0.988,
    # 0.981, 0.953, 0.956), then both fixed.
    "mixed_56": {
        "intent": 0.99,
        "fieldP": 0.99,
        "fieldR": 0.99,
        "sideR": 0.99,
        "faq": 0.73,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
    },
    # Written at the start, kept unread, scored blind at d074c34 (0.994, 0.988, 0.948, 1.000:
    # exactly as at the start), then fixed.
    "mixed_57": {
        "intent": 0.99,
        "fieldP": 0.98,
        "fieldR": 0.97,
        "sideR": 0.99,
        "faq": 0.74,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
    },
    "mixed_58": {
        "intent": 0.99,
        "fieldP": 0.99,
        "fieldR": 0.99,
        "sideR": 0.99,
        "faq": 0.73,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
    },
    # Scored blind at 5b8406c (0.981, 0.987, 0.969, 1.000: as at the start), then fixed.
    "mixed_59": {
        "intent": 0.98,
        "fieldP": 0.99,
        "fieldR": 0.98,
        "sideR": 0.99,
        "faq": 0.72,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
    },  # The twenty-first session's: 60 and 61 scored blind at its start (60: 0.969, 0.980, 0.985,
    # 0.986; 61: 0.950, 0.983, 0.983, 0.961), then fixed; 62 and 63 written at the start, kept
    # unread through 60 and 61's fixes and scored blind after them (62: 1.000, 0.995, 0.986,
    # 0.976; 63: 0.988, 0.994, 0.989, 0.962, exactly as at the start), then fixed.
    "mixed_60": {
        "intent": 0.98,
        "fieldP": 0.99,
        "fieldR": 0.99,
        "sideR": 0.99,
        "faq": 0.7,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
        "falseAlarm": 0.0,
    },
    "mixed_61": {
        "intent": 0.98,
        "fieldP": 0.99,
        "fieldR": 0.99,
        "sideR": 0.98,
        "faq": 0.61,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
        "falseAlarm": 0.01,
    },
    "mixed_62": {
        "intent": 1.0,
        "fieldP": 0.99,
        "fieldR": 0.99,
        "sideR": 0.99,
        "faq": 0.8,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
        "falseAlarm": 0.0,
    },
    "mixed_63": {
        "intent": 0.99,
        "fieldP": 0.99,
        "fieldR": 0.99,
        "sideR": 0.99,
        "faq": 0.57,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
        "falseAlarm": 0.0,
    },  # Written midway and scored blind at d769fd1, the session's rules but its last round (64:
    # 0.981, 0.981, 0.961, 0.977; 65: 0.969, 0.988, 0.956, 0.956; 66: 0.981, 0.987, 0.956,
    # 0.986; 67: 0.981, 0.990, 0.962, 0.931; the start: the same but 66's intent, 0.975); then
    # their commonest families fixed (lights put out, short grade labels, owned mistakes).
    "mixed_64": {
        "intent": 0.98,
        "fieldP": 0.98,
        "fieldR": 0.96,
        "sideR": 0.97,
        "faq": 0.77,
        "declined": 0.88,
        "crisisR": 1.0,
        "urgentR": 1.0,
        "falseAlarm": 0.0,
    },
    "mixed_65": {
        "intent": 0.96,
        "fieldP": 0.98,
        "fieldR": 0.95,
        "sideR": 0.95,
        "faq": 0.62,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
        "falseAlarm": 0.01,
    },
    "mixed_66": {
        "intent": 0.98,
        "fieldP": 0.99,
        "fieldR": 0.97,
        "sideR": 0.98,
        "faq": 0.76,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
        "falseAlarm": 0.01,
    },
    "mixed_67": {
        "intent": 0.98,
        "fieldP": 0.98,
        "fieldR": 0.96,
        "sideR": 0.93,
        "faq": 0.67,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
        "falseAlarm": 0.0,
    },
    "mixed_68": {
        "intent": 0.98,
        "fieldP": 0.99,
        "fieldR": 0.99,
        "sideR": 0.98,
        "faq": 0.65,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
        "falseAlarm": 0.0,
    },
    "mixed_69": {
        "intent": 0.98,
        "fieldP": 0.98,
        "fieldR": 0.95,
        "sideR": 0.97,
        "faq": 0.73,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
        "falseAlarm": 0.014,
    },
    "mixed_70": {
        "intent": 0.97,
        "fieldP": 0.98,
        "fieldR": 0.97,
        "sideR": 0.95,
        "faq": 0.69,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
        "falseAlarm": 0.007,
    },
    "mixed_71": {
        "intent": 0.99,
        "fieldP": 0.99,
        "fieldR": 0.96,
        "sideR": 0.97,
        "faq": 0.61,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
        "falseAlarm": 0.007,
    },
    "mixed_72": {
        "intent": 0.95,
        "fieldP": 0.97,
        "fieldR": 0.96,
        "sideR": 0.96,
        "faq": 0.64,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
        "falseAlarm": 0.014,
    },
    "mixed_73": {
        "intent": 0.97,
        "fieldP": 0.99,
        "fieldR": 0.98,
        "sideR": 1.0,
        "faq": 0.61,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
        "falseAlarm": 0.0,
    },
    # Written after the session's last rules, scored once and never read: blind figures.
    "mixed_74": {
        "intent": 0.97,
        "fieldP": 0.97,
        "fieldR": 0.95,
        "sideR": 0.98,
        "faq": 0.65,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
        "falseAlarm": 0.007,
    },
    "mixed_75": {
        "intent": 0.98,
        "fieldP": 0.97,
        "fieldR": 0.96,
        "sideR": 1.0,
        "faq": 0.76,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
        "falseAlarm": 0.0,
    },
    # Written at the twenty-third session's start and scored blind against its first
    # changes (the start, ec7323c: intent 0.988 and 0.981, fieldR 0.973 and 0.974, faq 0.630
    # and 0.630, false alarms 0.027 and 0.020; the rest as today). Then read: one false
    # alarm (a moment's muddle on waking) and two field families (lying awake until a night
    # hour, star emoji) were written as rules (tests/test_safety_round23.py,
    # tests/test_understanding_round19.py), so those figures are fit. Three more false
    # alarms' rules were withdrawn after a read-through found them silencing real alarms.
    "mixed_76": {
        "intent": 0.98,
        "fieldP": 0.99,
        "fieldR": 0.97,
        "sideR": 0.93,
        "faq": 0.62,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
        "falseAlarm": 0.021,
    },
    "mixed_77": {
        "intent": 0.98,
        "fieldP": 1.0,
        "fieldR": 0.97,
        "sideR": 1.0,
        "faq": 0.62,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
        "falseAlarm": 0.021,
    },
    "mixed_78": {
        "intent": 0.99,
        "fieldP": 0.98,
        "fieldR": 0.98,
        "sideR": 1.0,
        "faq": 0.74,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
        "falseAlarm": 0.014,
    },
    "mixed_79": {
        "intent": 0.97,
        "fieldP": 0.98,
        "fieldR": 0.97,
        "sideR": 0.98,
        "faq": 0.84,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
        "falseAlarm": 0.008,
    },
    "mixed_80": {
        "intent": 0.98,
        "fieldP": 0.99,
        "fieldR": 0.99,
        "sideR": 0.98,
        "faq": 0.70,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
        "falseAlarm": 0.001,
    },
    "mixed_81": {
        "intent": 0.98,
        "fieldP": 0.99,
        "fieldR": 0.98,
        "sideR": 0.98,
        "faq": 0.76,
        "declined": 1.0,
        "crisisR": 1.0,
        "urgentR": 1.0,
        "falseAlarm": 0.001,
    },
}


@pytest.mark.parametrize("name", sorted(MIXED_FLOORS))
def test_mixed_sets_keep_their_figures(name: str) -> None:
    assert_floors(score(name, MIXED), MIXED_FLOORS[name])


def test_every_mixed_set_is_guarded() -> None:
    assert {p.stem for p in MIXED.glob("*.jsonl")} == set(MIXED_FLOORS)
