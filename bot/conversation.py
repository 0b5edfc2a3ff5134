"""One turn of the diary conversation: given what a message meant, what to record and say.

Pure: the handler loads the conversation state and the night's entry, calls `next_turn`,
stores what it returns and sends the replies. Where a patient is in the conversation is
therefore always data (a stored row), never memory, so a restart or another process picks
it up where it stopped.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field

from bot import diary
from bot.entry import DIARY_FIELDS, DiaryEntry
from bot.faq import FaqAnswer
from bot.texts import conversation as texts
from bot.texts import diary as diary_texts
from bot.understanding import Understanding

# An open question older than this is not what a new message answers.
QUESTION_FRESH_FOR = dt.timedelta(hours=12)

_STRAIGHT_AWAY = re.compile(
    r"^\W*(straight away|right away|immediately|at once|same time|the same)\W*$", re.I
)

# Stored as the open question while a patient is correcting a night.
FIXING = "fix"

_SKIP = re.compile(r"^\s*(skip|pass|next|don'?t know|dunno|not sure|no idea|idk)\W*\s*$", re.I)


@dataclass(frozen=True)
class Reply:
    text: str
    # Rows of (label, callback data); empty for a plain message.
    buttons: list[list[tuple[str, str]]] = field(default_factory=list)


@dataclass(frozen=True)
class State:
    """Stored per patient: which night the conversation is about and what it last asked."""

    diary_date: dt.date | None = None
    open_question: str | None = None
    skipped: tuple[str, ...] = ()
    updated_at: dt.datetime | None = None

    def fresh(self, now: dt.datetime) -> bool:
        return self.updated_at is not None and now - self.updated_at <= QUESTION_FRESH_FOR

    def expecting(self, now: dt.datetime) -> str | None:
        """The diary field the last question asked for, while an answer can still be to it."""
        if self.open_question in (None, FIXING) or not self.fresh(now):
            return None
        return self.open_question

    def fixing(self, now: dt.datetime) -> bool:
        """The patient pressed "Fix something" (or sent /fix) and is saying what to change."""
        return self.open_question == FIXING and self.fresh(now)


@dataclass(frozen=True)
class Turn:
    replies: list[Reply]
    state: State
    # The night to write, and its entry after this message; None when nothing is recorded.
    diary_date: dt.date | None = None
    entry: DiaryEntry | None = None


def is_skip(text: str) -> bool:
    return bool(_SKIP.match(text))


def night_for(understanding: Understanding, state: State, now: dt.datetime) -> dt.date | None:
    """Which night a diary message is about: the open question's night when it answers one."""
    if understanding.entry is None:
        return state.diary_date if state.fresh(now) else None
    answering = state.expecting(now) or state.fixing(now)
    if answering and state.diary_date is not None and not names_a_night(understanding.entry):
        return state.diary_date
    return understanding.entry.diary_date


def names_a_night(entry: DiaryEntry) -> bool:
    """Whether the message itself said which night ("the night before last", "Saturday"),
    rather than its date coming from when it was received."""
    words = entry.evidence.get("diary_date", "")
    return bool(words) and not words.startswith("received")


def next_turn(
    understanding: Understanding,
    state: State,
    current: DiaryEntry | None,
    *,
    now: dt.datetime,
    text: str,
    confirmed: bool = False,
) -> Turn:
    """The replies and the new state after one message.

    `current` is the stored entry of the night the message is about (see `night_for`);
    `confirmed` says the patient had already approved that night's card, so this is a fix.
    """
    expecting = state.expecting(now)
    if expecting and is_skip(text):
        skipped = (*state.skipped, expecting)
        return _ask_or_show(current or DiaryEntry(diary_date=state.diary_date), state, skipped, now)
    if expecting == "out_of_bed" and current and current.final_wake and _STRAIGHT_AWAY.match(text):
        entry = diary.apply_button(current, "out_of_bed", diary.OUT_OF_BED_AT_WAKE)
        turn = _ask_or_show(entry, state, state.skipped, now)
        return Turn(turn.replies, turn.state, diary_date=entry.diary_date, entry=entry)

    if understanding.entry is not None:  # a report, or a question that told of the night
        update = understanding.entry
        merged = diary.merge(current, update)
        date = merged.diary_date or state.diary_date
        same_night = date == state.diary_date
        skipped = state.skipped if same_night else ()
        turn = _ask_or_show(merged, state, skipped, now, before=current, confirmed=confirmed)
        replies = turn.replies
        asked = understanding.also_asked or understanding.faq
        if asked is not None and understanding.safety.level == "none":
            # "slept ok. how long does the queasy feeling last?": the night is recorded and
            # the question answered, before the next question about the night
            replies = [Reply(asked.answer or texts.CANNOT_ANSWER), *replies]
        return Turn(replies, turn.state, diary_date=date, entry=merged)

    if understanding.safety.level != "none":
        return Turn([], state)  # the safety reply speaks; small talk after it would ring hollow
    lead: list[Reply] = []
    if understanding.intent == "question":
        faq = understanding.faq or FaqAnswer(None, "")
        lead.append(Reply(faq.answer or texts.CANNOT_ANSWER))
    else:
        lead.append(Reply(texts.other_reply(text)))
    if expecting:
        question = diary.question_for(expecting)
        lead.append(_question_reply(question, state.diary_date, again=True))
        return Turn(lead, State(state.diary_date, expecting, state.skipped, now))
    return Turn(lead, state)


def _ask_or_show(
    entry: DiaryEntry,
    state: State,
    skipped: tuple[str, ...],
    now: dt.datetime,
    *,
    before: DiaryEntry | None = None,
    confirmed: bool = False,
) -> Turn:
    date = entry.diary_date or state.diary_date
    replies: list[Reply] = []
    if confirmed and before is not None:
        replies.append(Reply(diary.describe_changes(before, entry)))
    question = diary.next_question(entry, skipped)
    if question is not None and not confirmed:
        replies.append(_question_reply(question, date, again=False))
        return Turn(replies, State(date, question.field, skipped, now))
    replies.append(card_reply(entry, date))
    return Turn(replies, State(date, None, skipped, now))


def after_answer(entry: DiaryEntry, state: State, *, now: dt.datetime) -> Turn:
    """After a button answer: the next question, or the card when nothing is missing."""
    return _ask_or_show(entry, state, state.skipped, now)


def apply_edit(
    current: DiaryEntry, said_before: DiaryEntry | None, says_now: DiaryEntry
) -> DiaryEntry:
    """An edited message changes only what the edit changed.

    Fields whose value differs between the message as first sent and as edited take the new
    value (or are cleared, if the edit removed them and nothing later restated them); the rest
    of the night, including corrections made since, stays as it is.
    """
    said_before = said_before or DiaryEntry()
    patch = DiaryEntry(diary_date=current.diary_date)
    cleared: list[str] = []
    for name in DIARY_FIELDS[1:]:
        old, new = getattr(said_before, name), getattr(says_now, name)
        if old == new:
            continue
        if new is not None:
            setattr(patch, name, new)
            if name in says_now.evidence:
                patch.evidence[name] = says_now.evidence[name]
        elif getattr(current, name) == old:
            cleared.append(name)
    base = dataclasses.replace(
        current,
        **{name: None for name in cleared},
        evidence={k: v for k, v in current.evidence.items() if k not in cleared},
    )
    return diary.merge(base, patch)


def card_reply(entry: DiaryEntry, date: dt.date | None) -> Reply:
    key = _date_key(date)
    buttons = [[(label, f"{value}:{key}") for label, value in diary.confirm_buttons()]]
    return Reply(f"{diary.summary_card(entry)}\n\n{diary_texts.CARD_QUESTION}", buttons)


def _question_reply(question: diary.Question, date: dt.date | None, *, again: bool) -> Reply:
    key = _date_key(date)
    rows = [[(label, f"ans:{key}:{question.field}:{value}")] for label, value in question.buttons]
    if question.field == "awakenings":  # five short numbers fit one row
        rows = [[pair[0] for pair in rows]]
    text = f"{texts.BACK_TO_DIARY}\n{question.text}" if again else question.text
    return Reply(text, rows)


def _date_key(date: dt.date | None) -> str:
    return date.strftime("%Y%m%d") if date else "-"


def parse_date_key(key: str) -> dt.date | None:
    try:
        return dt.datetime.strptime(key, "%Y%m%d").date()
    except ValueError:
        return None
