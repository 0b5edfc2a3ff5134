"""A night's diary: merging statements, derivations, questions, buttons, the card, corrections."""

from __future__ import annotations

import copy
import datetime as dt

import pytest

from bot.diary import (
    ASKED_FIELDS,
    CORE_FIELDS,
    DERIVED_PREFIX,
    Question,
    apply_button,
    derived_fields,
    describe_changes,
    merge,
    missing_fields,
    next_question,
    stated_fields,
    summary_card,
)
from bot.entry import DiaryEntry, SideEffect
from bot.texts import diary as texts


def t(hhmm: str) -> dt.time:
    return dt.time.fromisoformat(hhmm)


def entry(**values: object) -> DiaryEntry:
    return DiaryEntry(**values)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------
# merge: later statements win, derivations follow


def test_later_statement_wins_field_by_field() -> None:
    first = entry(bedtime=t("23:00"), quality=2, awakenings=1, evidence={"quality": "bad"})
    second = entry(quality=4, final_wake=t("06:30"), evidence={"quality": "pretty good"})
    merged = merge(first, second)
    assert (merged.bedtime, merged.quality, merged.awakenings, merged.final_wake) == (
        t("23:00"),
        4,
        1,
        t("06:30"),
    )
    assert merged.evidence["quality"] == "pretty good"


def test_merge_does_not_touch_its_inputs() -> None:
    first = entry(bedtime=t("23:00"), sol_min=20, side_effects=[SideEffect("nausea")])
    second = entry(bedtime=t("22:30"), side_effects=[SideEffect("headache", "mild")])
    snapshot = (copy.deepcopy(first), copy.deepcopy(second))
    merge(first, second)
    assert (first, second) == snapshot


def test_merging_nothing_changes_nothing() -> None:
    night = merge(None, entry(bedtime=t("23:00"), sol_min=20, awakenings=0, quality=3))
    assert merge(night, DiaryEntry()) == night
    assert merge(night, night) == night


@pytest.mark.parametrize(
    ("stated", "derived_field", "value", "mark"),
    [
        ({"bedtime": t("23:00"), "sol_min": 20}, "sleep_onset", t("23:20"), "bedtime + sol_min"),
        ({"bedtime": t("23:50"), "sol_min": 30}, "sleep_onset", t("00:20"), "bedtime + sol_min"),
        (
            {"bedtime": t("22:00"), "lights_out": t("22:40"), "sol_min": 15},
            "sleep_onset",
            t("22:55"),
            "lights_out + sol_min",
        ),
        (
            {"bedtime": t("23:30"), "sleep_onset": t("00:15")},
            "sol_min",
            45,
            "sleep_onset - bedtime",
        ),
        (
            {"bedtime": t("22:00"), "lights_out": t("23:00"), "sleep_onset": t("23:10")},
            "sol_min",
            10,
            "sleep_onset - lights_out",
        ),
        ({"awakenings": 0}, "waso_min", 0, "awakenings = 0"),
    ],
)
def test_derivations_fill_and_mark(
    stated: dict[str, object], derived_field: str, value: object, mark: str
) -> None:
    merged = merge(None, entry(**stated))
    assert getattr(merged, derived_field) == value
    assert merged.evidence[derived_field] == DERIVED_PREFIX + mark
    assert derived_fields(merged) == {derived_field}


@pytest.mark.parametrize(
    "stated",
    [
        {"sol_min": 20},  # no bedtime: nothing to count from
        {"bedtime": t("23:00")},
        {"awakenings": 2},  # WASO is not zero and not known
        {"bedtime": t("23:30"), "sleep_onset": t("23:20")},  # asleep "before" bed: no 23 h SOL
    ],
)
def test_no_derivation_without_its_inputs(stated: dict[str, object]) -> None:
    merged = merge(None, entry(**stated))
    assert merged.to_json() == entry(**stated).to_json()
    assert derived_fields(merged) == set()


def test_new_bedtime_moves_a_derived_sleep_onset() -> None:
    night = merge(None, entry(bedtime=t("23:00"), sol_min=20, evidence={"sol_min": "20 min"}))
    fixed = merge(night, entry(bedtime=t("22:30")))
    assert (fixed.bedtime, fixed.sol_min, fixed.sleep_onset) == (t("22:30"), 20, t("22:50"))


def test_new_bedtime_moves_a_derived_latency() -> None:
    night = merge(None, entry(bedtime=t("23:00"), sleep_onset=t("23:40")))
    fixed = merge(night, entry(bedtime=t("23:30")))
    assert (fixed.sleep_onset, fixed.sol_min) == (t("23:40"), 10)


def test_derived_values_follow_lights_out_not_bedtime() -> None:
    night = merge(None, entry(bedtime=t("22:00"), lights_out=t("23:00"), sol_min=30))
    fixed = merge(night, entry(bedtime=t("21:30")))
    assert fixed.sleep_onset == t("23:30")


def test_lights_out_stated_later_becomes_the_anchor() -> None:
    night = merge(None, entry(bedtime=t("22:00"), sol_min=30))
    fixed = merge(night, entry(lights_out=t("23:00")))
    assert fixed.sleep_onset == t("23:30")


def test_unmarked_entry_from_understanding_treats_sleep_onset_as_derived() -> None:
    # Understanding returns its derivations unmarked; evidence tells which was said.
    told_latency = entry(
        bedtime=t("23:00"),
        sol_min=20,
        sleep_onset=t("23:20"),
        evidence={"bedtime": "bed at 11", "sol_min": "took 20 min"},
    )
    told_time = entry(
        bedtime=t("23:00"),
        sol_min=20,
        sleep_onset=t("23:20"),
        evidence={"bedtime": "bed at 11", "sleep_onset": "asleep by 11:20"},
    )
    assert derived_fields(told_latency) == {"sleep_onset"}
    assert derived_fields(told_time) == {"sol_min"}
    later = entry(bedtime=t("22:40"))
    assert merge(told_latency, later).sleep_onset == t("23:00")
    assert merge(told_time, later).sol_min == 40


def test_newer_sleep_onset_beats_an_older_stated_latency() -> None:
    night = merge(None, entry(bedtime=t("23:00"), sol_min=20))
    fixed = merge(night, entry(sleep_onset=t("23:45"), evidence={"sleep_onset": "more like 11:45"}))
    assert (fixed.sleep_onset, fixed.sol_min) == (t("23:45"), 45)
    assert stated_fields(fixed) == ["bedtime", "sleep_onset"]


def test_newer_latency_beats_an_older_stated_sleep_onset() -> None:
    night = merge(None, entry(bedtime=t("23:00"), sleep_onset=t("23:20")))
    fixed = merge(night, entry(sol_min=60))
    assert (fixed.sleep_onset, fixed.sol_min) == (t("00:00"), 60)


def test_a_correction_that_puts_sleep_before_bed_leaves_latency_unknown() -> None:
    night = merge(None, entry(bedtime=t("23:00"), sol_min=20, evidence={"sol_min": "20 min"}))
    fixed = merge(night, entry(sleep_onset=t("22:50")))
    assert (fixed.sleep_onset, fixed.sol_min) == (t("22:50"), None)
    assert "sol_min" not in fixed.evidence


def test_both_stated_together_are_kept_even_when_they_disagree_with_bedtime() -> None:
    # In bed at 22:30, tried to sleep later (lights out unsaid): neither answer is overridden.
    merged = merge(None, entry(bedtime=t("22:30"), sleep_onset=t("23:20"), sol_min=20))
    assert (merged.sleep_onset, merged.sol_min) == (t("23:20"), 20)
    assert derived_fields(merged) == set()


@pytest.mark.parametrize(
    ("first", "second", "waso"),
    [
        ({"awakenings": 0}, {"awakenings": 2}, None),  # slept-through WASO 0 goes with it
        ({"awakenings": 0}, {"quality": 4}, 0),
        ({"awakenings": 2, "waso_min": 30}, {"awakenings": 0}, 0),  # newer "slept through"
        ({"awakenings": 2, "waso_min": 30}, {"awakenings": 3}, 30),
        ({"awakenings": 0}, {"waso_min": 15}, 15),
    ],
)
def test_waso_follows_a_night_slept_through(
    first: dict[str, object], second: dict[str, object], waso: int | None
) -> None:
    assert merge(merge(None, entry(**first)), entry(**second)).waso_min == waso


NAUSEA = SideEffect("nausea")
NAUSEA_SEVERE = SideEffect("nausea", "severe")
HEADACHE_MILD = SideEffect("headache", "mild")


@pytest.mark.parametrize(
    ("before", "update", "after"),
    [
        (None, None, None),
        ([NAUSEA], None, [NAUSEA]),
        ([NAUSEA], [], []),  # "no side effects after all"
        ([], [HEADACHE_MILD], [HEADACHE_MILD]),
        ([NAUSEA], [HEADACHE_MILD], [NAUSEA, HEADACHE_MILD]),
        ([NAUSEA], [NAUSEA_SEVERE], [NAUSEA_SEVERE]),
        ([NAUSEA_SEVERE, HEADACHE_MILD], [SideEffect("headache", "moderate")],
         [NAUSEA_SEVERE, SideEffect("headache", "moderate")]),
        ([NAUSEA_SEVERE], [NAUSEA], [NAUSEA_SEVERE]),  # named again without a severity
        (None, [], []),
    ],
)  # fmt: skip
def test_side_effects_merge_by_name(
    before: list[SideEffect] | None,
    update: list[SideEffect] | None,
    after: list[SideEffect] | None,
) -> None:
    merged = merge(entry(side_effects=before), entry(side_effects=update))
    assert merged.side_effects == after


def test_evidence_is_merged_and_stale_marks_dropped() -> None:
    night = merge(
        None,
        entry(bedtime=t("23:00"), sol_min=20, evidence={"bedtime": "bed 11", "sol_min": "20m"}),
    )
    assert night.evidence["sleep_onset"].startswith(DERIVED_PREFIX)
    fixed = merge(night, entry(sleep_onset=t("23:30"), evidence={"sleep_onset": "asleep 11:30"}))
    assert fixed.evidence == {
        "bedtime": "bed 11",
        "sleep_onset": "asleep 11:30",
        "sol_min": DERIVED_PREFIX + "sleep_onset - bedtime",
    }


# ---------------------------------------------------------------------------------------
# missing fields and questions


@pytest.mark.parametrize(
    ("values", "skipped", "missing"),
    [
        ({}, (), list(CORE_FIELDS)),
        ({"bedtime": t("23:00"), "sol_min": 10}, (), CORE_FIELDS[2:]),
        ({"sleep_onset": t("23:10")}, (), ["bedtime", *CORE_FIELDS[2:]]),
        ({"awakenings": 0, "quality": 1}, ("bedtime",),
         ["sleep_onset", "final_wake", "side_effects"]),
        ({"side_effects": []}, (), list(CORE_FIELDS[:-1])),
        ({}, CORE_FIELDS, []),
        (
            {"bedtime": t("23:00"), "sleep_onset": t("23:20"), "awakenings": 1,
             "final_wake": t("07:00"), "quality": 4, "side_effects": [NAUSEA]},
            (),
            [],
        ),
    ],
)  # fmt: skip
def test_missing_fields(
    values: dict[str, object], skipped: tuple[str, ...], missing: list[str]
) -> None:
    assert missing_fields(entry(**values), skipped) == list(missing)


def test_time_awake_is_asked_only_after_a_night_with_awakenings() -> None:
    done = {"bedtime", "sleep_onset", "final_wake", "out_of_bed", "quality", "side_effects"}
    assert next_question(entry(awakenings=0), skipped=done) is None
    question = next_question(entry(awakenings=2), skipped=done)
    assert question is not None and question.field == "waso_min"
    after = apply_button(entry(awakenings=2), "waso_min", "30")
    assert after.waso_min == 30


def test_out_of_bed_straight_away_copies_the_final_wake() -> None:
    after = apply_button(entry(final_wake=t("06:40")), "out_of_bed", "same")
    assert after.out_of_bed == t("06:40")
    with pytest.raises(ValueError):
        apply_button(entry(), "out_of_bed", "same")  # nothing to copy


def test_next_question_asks_the_first_missing_field() -> None:
    question = next_question(entry(bedtime=t("23:00"), sol_min=5), skipped={"awakenings"})
    assert isinstance(question, Question)
    assert question.field == "final_wake"
    assert question.buttons == []
    assert "am" in question.text


def test_no_question_when_nothing_is_missing() -> None:
    assert next_question(entry(), skipped=ASKED_FIELDS) is None


@pytest.mark.parametrize("field", ASKED_FIELDS)
def test_every_question_says_skip_is_fine(field: str) -> None:
    skipped = [name for name in ASKED_FIELDS if name != field]
    night = entry() if field == "awakenings" else entry(awakenings=2)  # waso needs awakenings
    question = next_question(night, skipped)
    assert question is not None and question.field == field
    assert "skip" in question.text.lower()


@pytest.mark.parametrize(
    ("field", "labels"),
    [
        ("awakenings", ["0", "1", "2", "3", "4+"]),
        ("quality", ["Very poor", "Poor", "Fair", "Good", "Very good"]),
        (
            "side_effects",
            ["None", "Nausea", "Dizziness", "Headache", "Feeling detached/floaty",
             "Vivid dreams", "Tired"],
        ),
        ("bedtime", []),
        ("sleep_onset", []),
        ("waso_min", ["5 min", "15 min", "30 min", "1 hour", "2 hours"]),
        ("out_of_bed", ["Straight away"]),
    ],
)  # fmt: skip
def test_question_buttons(field: str, labels: list[str]) -> None:
    skipped = ASKED_FIELDS[: ASKED_FIELDS.index(field)]
    night = entry(final_wake=t("06:30"), awakenings=None if field == "awakenings" else 1)
    question = next_question(night, skipped)
    assert question is not None
    assert [label for label, _ in question.buttons] == labels
    # Every button round-trips through apply_button.
    for _, value in question.buttons:
        apply_button(entry(final_wake=t("06:30")), field, value)


@pytest.mark.parametrize(
    ("field", "value", "attr", "expected"),
    [
        ("awakenings", "0", "awakenings", 0),
        ("awakenings", "3", "awakenings", 3),
        ("awakenings", "4+", "awakenings", 4),
        ("quality", "1", "quality", 1),
        ("quality", "5", "quality", 5),
        ("side_effects", "none", "side_effects", []),
        ("side_effects", "dissociation", "side_effects", [SideEffect("dissociation")]),
        ("side_effects", "fatigue", "side_effects", [SideEffect("fatigue")]),
    ],
)
def test_apply_button(field: str, value: str, attr: str, expected: object) -> None:
    assert getattr(apply_button(entry(), field, value), attr) == expected


def test_apply_button_merges_and_derives() -> None:
    night = entry(awakenings=2, waso_min=40, side_effects=[HEADACHE_MILD])
    slept_through = apply_button(night, "awakenings", "0")
    assert (slept_through.awakenings, slept_through.waso_min) == (0, 0)
    both = apply_button(night, "side_effects", "nausea")
    assert both.side_effects == [HEADACHE_MILD, NAUSEA]
    assert both.evidence["side_effects"] == "button: Nausea"
    assert apply_button(night, "quality", "4").evidence["quality"] == "button: Good"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("awakenings", "lots"),
        ("quality", "6"),
        ("quality", "0"),
        ("side_effects", "hiccups"),
        ("bedtime", "23:00"),
    ],
)
def test_apply_button_refuses_what_no_button_sends(field: str, value: str) -> None:
    with pytest.raises(ValueError):
        apply_button(entry(), field, value)


# ---------------------------------------------------------------------------------------
# the summary card and corrections


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("23:15", "11:15 pm"),
        ("07:00", "7:00 am"),
        ("00:00", "midnight"),
        ("00:05", "12:05 am"),
        ("12:00", "noon"),
        ("12:30", "12:30 pm"),
        ("13:05", "1:05 pm"),
    ],
)
def test_times_are_friendly(value: str, shown: str) -> None:
    assert texts.fmt_time(t(value)) == shown


def test_summary_card_of_a_full_night() -> None:
    night = merge(
        None,
        entry(
            diary_date=dt.date(2026, 11, 24),
            bedtime=t("23:15"),
            sol_min=20,
            awakenings=2,
            waso_min=25,
            final_wake=t("06:45"),
            out_of_bed=t("07:15"),
            quality=4,
            nap_min=30,
            side_effects=[SideEffect("nausea", "mild"), SideEffect("headache")],
        ),
    )
    # TIB 480; TST = 450 - 20 - 25 = 405 (6 h 45 min); SE 84.4
    assert summary_card(night).splitlines() == [
        "Your night (morning of Tue 24 Nov):",
        "Bed: 11:15 pm",
        "Asleep: 11:35 pm (20 min to fall asleep)",
        "Woke in the night: twice",
        "Final wake: 6:45 am",
        "Out of bed: 7:15 am",
        "Total sleep: 6 h 45 min (84.4% of time in bed)",
        "Quality: Good",
        "Side effects: nausea (mild), headache",
        "Nap: 30 min",
    ]


def test_summary_card_shows_dashes_not_guesses() -> None:
    card = summary_card(entry(awakenings=1, final_wake=t("06:00")))
    lines = dict(line.split(": ", 1) for line in card.splitlines()[1:])
    assert lines == {
        "Bed": "—",
        "Asleep": "—",
        "Woke in the night": "once",
        "Final wake": "6:00 am",
        "Out of bed": "—",
        "Total sleep": "—",
        "Quality": "—",
        "Side effects": "—",
        "Nap": "—",
    }


@pytest.mark.parametrize(
    ("values", "line"),
    [
        ({"side_effects": []}, "Side effects: none"),
        ({"awakenings": 0}, "Woke in the night: didn’t wake"),
        ({"lights_out": t("23:30")}, "Lights out: 11:30 pm"),
        ({"sol_min": 90}, "Asleep: 1 h 30 min to fall asleep"),
        ({"bedtime": t("23:00"), "sleep_onset": t("00:10")},
         "Asleep: 12:10 am (1 h 10 min to fall asleep)"),
        ({"sleep_onset": t("00:10")}, "Asleep: 12:10 am"),
    ],
)  # fmt: skip
def test_summary_card_lines(values: dict[str, object], line: str) -> None:
    assert line in summary_card(merge(None, entry(**values))).splitlines()


def test_summary_card_lines_are_short() -> None:
    night = entry(
        side_effects=[SideEffect("dissociation", "moderate")], bedtime=t("23:00"), sol_min=5
    )
    assert all(len(line) <= 60 for line in summary_card(night).splitlines())


def test_describe_one_change() -> None:
    before = entry(awakenings=2, quality=3)
    after = merge(before, entry(awakenings=3))
    assert describe_changes(before, after) == "Changed: woke 3 times (was 2)"


def test_describe_several_changes_including_derived_ones() -> None:
    before = merge(None, entry(bedtime=t("23:00"), sol_min=20, quality=2))
    after = merge(before, entry(bedtime=t("22:30"), quality=4))
    assert describe_changes(before, after).splitlines() == [
        "Changed:",
        "• bed 10:30 pm (was 11:00 pm)",
        "• asleep 10:50 pm (was 11:20 pm)",
        "• quality good (was poor)",
    ]


def test_describe_added_and_cleared_values() -> None:
    before = entry(side_effects=[SideEffect("nausea", "mild")])
    after = merge(before, entry(side_effects=[], nap_min=20))
    assert describe_changes(before, after).splitlines() == [
        "Changed:",
        "• nap 20 min (was —)",
        "• side effects none (was nausea (mild))",
    ]


def test_describe_no_change() -> None:
    night = entry(quality=3)
    assert describe_changes(night, merge(night, entry(quality=3))) == texts.NOTHING_CHANGED
