"""One turn of the diary conversation, without Telegram: what is recorded and what is said."""

from __future__ import annotations

import datetime as dt

import pytest

from bot import conversation
from bot.clinic import Clinic
from bot.conversation import FIXING, State, next_turn
from bot.entry import DiaryEntry, SideEffect
from bot.knowledge import default_knowledge_base_path, load_knowledge_base
from bot.understanding import understand

NOW = dt.datetime(2026, 11, 24, 13, 5, tzinfo=dt.UTC)
LOCAL = dt.datetime(2026, 11, 24, 8, 5)
NIGHT = dt.date(2026, 11, 24)
TZ = "America/New_York"


def turn(text: str, state: State | None = None, current: DiaryEntry | None = None, **kw):  # type: ignore[no-untyped-def]
    state = state or State()
    understood = understand(text, LOCAL, TZ, None, state.expecting(NOW))
    return next_turn(understood, state, current, now=NOW, text=text, **kw)


def asking(field: str, **kw) -> State:  # type: ignore[no-untyped-def]
    return State(NIGHT, field, (), NOW - dt.timedelta(minutes=1), **kw)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("skip", True), ("Skip.", True), ("dunno", True), ("not sure", True), ("idk", True),
     ("pass", True), ("skip breakfast", False), ("I skipped my nap", False), ("", False)],
)  # fmt: skip
def test_what_counts_as_skipping(text: str, expected: bool) -> None:
    assert conversation.is_skip(text) is expected


def test_a_partial_night_asks_the_first_missing_field_once() -> None:
    result = turn("bed at 11")
    assert result.entry is not None and result.entry.bedtime == dt.time(23)
    assert result.state.open_question == "sleep_onset"
    assert len(result.replies) == 1 and "fall asleep" in result.replies[0].text


def test_a_bare_answer_fills_the_open_question() -> None:
    current = DiaryEntry(diary_date=NIGHT, bedtime=dt.time(23))
    result = turn("20 min", asking("sleep_onset"), current)
    assert result.entry is not None
    assert (result.entry.sol_min, result.entry.sleep_onset) == (20, dt.time(23, 20))
    assert result.state.open_question == "awakenings"


def test_skip_moves_to_the_next_question_and_remembers() -> None:
    current = DiaryEntry(diary_date=NIGHT, bedtime=dt.time(23))
    result = turn("skip", asking("sleep_onset"), current)
    assert result.entry is None  # nothing recorded
    assert result.state.open_question == "awakenings"
    assert result.state.skipped == ("sleep_onset",)


def test_a_question_is_answered_then_the_open_question_asked_again() -> None:
    result = turn("is insomnia common?", asking("awakenings"))
    assert result.entry is None
    assert result.state.open_question == "awakenings"
    assert "Back to last night" in result.replies[-1].text


def test_an_old_open_question_is_not_what_a_new_message_answers() -> None:
    stale = State(NIGHT, "awakenings", (), NOW - dt.timedelta(hours=13))
    result = turn("2", stale)
    assert result.entry is None  # a bare number means nothing without a fresh question


def test_a_complete_night_shows_the_card_with_its_buttons() -> None:
    result = turn(
        "bed 11pm asleep 11:20, woke once for 10 min, woke for good 6:30, out of bed 6:45, "
        "slept well, no side effects"
    )
    assert result.state.open_question is None
    card = result.replies[-1]
    assert "Does this look right?" in card.text
    assert card.buttons == [
        [("Looks right", "confirm:20261124"), ("Fix something", "fix:20261124")]
    ]


def test_a_correction_after_confirming_says_what_changed() -> None:
    current = DiaryEntry(diary_date=NIGHT, bedtime=dt.time(23), awakenings=1)
    result = turn("actually I woke 3 times", State(NIGHT, None, (), NOW), current, confirmed=True)
    assert result.entry is not None and result.entry.awakenings == 3
    assert "Changed" in result.replies[0].text


def test_fixing_writes_to_the_night_being_fixed() -> None:
    last_week = NIGHT - dt.timedelta(days=4)
    state = State(last_week, FIXING, (), NOW - dt.timedelta(minutes=1))
    understood = understand("went to bed at 10:30", LOCAL, TZ)
    assert conversation.night_for(understood, state, NOW) == last_week
    # ...unless the message itself names another night.
    understood = understand("the night before last I went to bed at 10:30", LOCAL, TZ)
    assert conversation.night_for(understood, state, NOW) == NIGHT - dt.timedelta(days=1)


def test_straight_away_copies_the_final_wake_into_out_of_bed() -> None:
    current = DiaryEntry(diary_date=NIGHT, final_wake=dt.time(6, 40))
    result = turn("straight away", asking("out_of_bed"), current)
    assert result.entry is not None and result.entry.out_of_bed == dt.time(6, 40)


def test_an_edit_changes_only_what_the_edit_changed() -> None:
    current = DiaryEntry(diary_date=NIGHT, bedtime=dt.time(22, 30), awakenings=2)  # fixed since
    before = DiaryEntry(diary_date=NIGHT, bedtime=dt.time(23), awakenings=2)
    now_says = DiaryEntry(diary_date=NIGHT, bedtime=dt.time(23), awakenings=3)
    after = conversation.apply_edit(current, before, now_says)
    assert (after.bedtime, after.awakenings) == (dt.time(22, 30), 3)


def test_an_edit_that_removes_a_statement_clears_it() -> None:
    current = DiaryEntry(diary_date=NIGHT, quality=4, side_effects=[SideEffect("nausea", "mild")])
    before = DiaryEntry(diary_date=NIGHT, quality=4)
    after = conversation.apply_edit(current, before, DiaryEntry(diary_date=NIGHT))
    assert after.quality is None
    assert after.side_effects == [SideEffect("nausea", "mild")]


def test_after_a_crisis_message_the_conversation_adds_no_small_talk() -> None:
    result = turn("i want to kill myself", asking("awakenings"))
    assert result.replies == [] and result.entry is None
    assert result.state.open_question == "awakenings"  # the diary question stays open


def test_a_night_told_with_a_question_is_recorded_and_the_question_answered() -> None:
    # "slept ok. <question>": the night is the patient's to record, the question theirs to
    # have answered; before, the question went unanswered
    kb = load_knowledge_base(default_knowledge_base_path(), Clinic(name="Test Clinic"))
    text = "slept ok, bed at 11. does ketamine change REM sleep?"
    understood = understand(text, LOCAL, TZ, kb)
    assert understood.intent == "diary" and understood.to_json()["faq"] is None
    result = next_turn(understood, State(), None, now=NOW, text=text)
    assert result.entry is not None and result.entry.bedtime == dt.time(23)
    assert "REM" in result.replies[0].text
    assert result.state.open_question == "sleep_onset"  # then back to the night


def test_a_night_without_a_question_gets_no_answer_first() -> None:
    understood = understand("slept ok, bed at 11", LOCAL, TZ, None)
    assert understood.also_asked is None
    result = next_turn(understood, State(), None, now=NOW, text="slept ok, bed at 11")
    assert len(result.replies) == 1
