"""Questions answered from the article, declines, and messages that need a human now."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from sleepdiary.emulated import emulated_bot
from storage.models import AuditLog, DiaryEntryRow, SafetyEvent
from tests.harness import Clock, bundled_kb, enrolled_patient

USER = 910_001
STAFF = 9001  # STAFF_USER_IDS in the test settings
STAFF_CHAT = -100500  # STAFF_CHAT_ID in the test settings
MORNING = dt.datetime(2026, 11, 24, 13, 5, tzinfo=dt.UTC)


def _event_with_alert_sent(sessions) -> SafetyEvent | None:  # type: ignore[no-untyped-def]
    with sessions() as session:
        event = session.scalars(select(SafetyEvent)).one_or_none()
    return event if event is not None and event.alert_sent_at is not None else None


async def test_question_is_answered_with_its_source(settings, sessions) -> None:
    clock = Clock(MORNING)
    enrolled_patient(sessions, user_id=USER, now=clock.now)
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=clock) as running:
        running.emulator.send_text(USER, "does ketamine change REM sleep?")
        reply = await running.emulator.wait_for_message(USER, contains="From:")
        assert "“" in reply.text  # the article's own words, quoted


async def test_a_question_in_words_the_article_never_uses_is_answered(settings, sessions) -> None:
    # the word index declines "counselor"; the learned router (bot/faq_router.py) knows it
    clock = Clock(MORNING)
    enrolled_patient(sessions, user_id=USER, now=clock.now)
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=clock) as running:
        running.emulator.send_text(
            USER, "do i have to keep seeing my counselor while i get the infusions"
        )
        reply = await running.emulator.wait_for_message(USER, contains="From:")
        assert "The Process of Ketamine Infusion Therapy" in reply.text
        assert "therapy and support programs" in reply.text  # the sentence that answers it


async def test_personal_dose_question_is_referred_to_the_clinic(settings, sessions) -> None:
    clock = Clock(MORNING)
    enrolled_patient(sessions, user_id=USER, now=clock.now)
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=clock) as running:
        running.emulator.send_text(USER, "should I ask them to increase my ketamine dose?")
        reply = await running.emulator.wait_for_message(USER)
        assert "From:" not in reply.text
        assert "7 Wembley Ct." in reply.text


async def test_question_mid_conversation_then_the_open_question_again(settings, sessions) -> None:
    clock = Clock(MORNING)
    enrolled_patient(sessions, user_id=USER, now=clock.now)
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=clock) as running:
        emu = running.emulator
        emu.send_text(USER, "went to bed at 11")
        await emu.wait_for_message(USER, contains="fall asleep")
        emu.send_text(USER, "what are the common side effects of ketamine?")
        await emu.wait_for_message(USER, contains="From:")
        again = await emu.wait_for_message(USER, contains="fall asleep")
        assert "Back to last night" in again.text


async def test_faq_topics_as_buttons(settings, sessions) -> None:
    clock = Clock(MORNING)
    enrolled_patient(sessions, user_id=USER, now=clock.now)
    kb = bundled_kb(settings)
    async with emulated_bot(settings, sessions, kb, clock=clock) as running:
        emu = running.emulator
        emu.send_text(USER, "What can I ask?")
        topics = await emu.wait_for_message(USER, contains="topic")
        assert "Risks and Side Effects of Ketamine Infusion Therapy" in topics.button_labels()
        emu.click(USER, topics, "Risks and Side Effects")
        section = await emu.wait_for_message(USER, contains="From:")
        assert "Side Effects" in section.text


async def test_crisis_gets_a_safe_reply_and_staff_are_alerted(settings, sessions) -> None:
    clock = Clock(MORNING)
    enrolled_patient(sessions, user_id=USER, now=clock.now, label="P-0042")
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=clock) as running:
        emu = running.emulator
        emu.send_text(USER, "i can't go on, i want to kill myself")
        reply = await emu.wait_for_message(USER, contains="988")
        assert "911" in reply.text and "7 Wembley Ct." in reply.text
        alert = await emu.wait_for_message(STAFF_CHAT, contains="P-0042", since=0)
        assert "CRISIS" in alert.text and "kill myself" in alert.text
        event = await emu.wait_until(lambda: _event_with_alert_sent(sessions))
        assert event.level == "crisis"
        assert f"/ack {event.id}" in alert.text

        emu.send_text(USER + 5, f"/ack {event.id}")  # not staff
        refused = await emu.wait_for_message(USER + 5)
        assert "not available" in refused.text
        emu.send_text(STAFF, f"/ack {event.id}", chat_id=STAFF_CHAT)
        await emu.wait_for_message(STAFF_CHAT, contains="acknowledged")
    with sessions() as session:
        event = session.get(SafetyEvent, event.id)
        assert event is not None and event.acknowledged_by == STAFF
        actions = session.scalars(select(AuditLog.action)).all()
    assert "staff.refused" in actions and "safety.acknowledged" in actions


async def test_a_crisis_only_the_learned_screen_sees_gets_the_gentler_reply(
    settings, sessions
) -> None:
    clock = Clock(MORNING)
    enrolled_patient(sessions, user_id=USER, now=clock.now, label="P-0042")
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=clock) as running:
        emu = running.emulator
        emu.send_text(USER, "i have the belt on the hook in the garage")
        reply = await emu.wait_for_message(USER, contains="988")
        # The same help, without telling someone who may be fine that they are not.
        assert "make sure you're safe" in reply.text and "misread" in reply.text
        assert "911" in reply.text and "7 Wembley Ct." in reply.text
        alert = await emu.wait_for_message(STAFF_CHAT, contains="P-0042", since=0)
        assert "CRISIS" in alert.text and "learned screen" in alert.text
        event = await emu.wait_until(lambda: _event_with_alert_sent(sessions))
        assert event.matched.startswith("learned screen") and f"/ack {event.id}" in alert.text


async def test_urgent_diary_message_still_records_the_night(settings, sessions) -> None:
    clock = Clock(MORNING)
    enrolled_patient(sessions, user_id=USER, now=clock.now)
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=clock) as running:
        emu = running.emulator
        emu.send_text(USER, "bed at 11, woke at 6, chest pain all night and it's still there")
        reply = await emu.wait_for_message(USER, contains="911")
        assert "emergency room" in reply.text
        await emu.wait_for_message(STAFF_CHAT, contains="URGENT", since=0)
    with sessions() as session:
        row = session.scalars(select(DiaryEntryRow)).one()
    assert (row.bedtime, row.final_wake) == (dt.time(23), dt.time(6))


async def test_a_failed_staff_alert_is_retried(settings, sessions) -> None:
    clock = Clock(MORNING)
    enrolled_patient(sessions, user_id=USER, now=clock.now)
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=clock) as running:
        emu = running.emulator
        emu.fail_next("sendMessage", status=500, chat_id=STAFF_CHAT, description="Internal")
        emu.send_text(USER, "I took all my pills tonight so I won't wake up")
        await emu.wait_for_message(USER, contains="988")
        await emu.wait_for_message(STAFF_CHAT, contains="CRISIS", since=0, timeout=10)
        failed = [
            c
            for c in emu.calls("sendMessage")
            if c.params.get("chat_id") in (STAFF_CHAT, str(STAFF_CHAT)) and not c.ok
        ]
        assert len(failed) == 1
        event = await emu.wait_until(lambda: _event_with_alert_sent(sessions))
    assert event.alert_attempts == 2
