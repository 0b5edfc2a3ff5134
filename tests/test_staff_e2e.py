"""Staff tools end to end: the real bot, the emulator, a real database."""

from __future__ import annotations

import csv
import datetime as dt
import io

from sqlalchemy import select

from bot.entry import SIDE_EFFECT_NAMES, DiaryEntry, SideEffect
from bot.texts import common
from sleepdiary.emulated import emulated_bot
from storage import safety as safety_store
from storage.models import AuditLog, DiaryEntryRow, Patient
from tests.harness import Clock, bundled_kb, enrolled_patient
from tests.test_export import log_night

PATIENT = 940_001
OTHER_PATIENT = 940_002
STAFF = 9001  # STAFF_USER_IDS in the test settings
STAFF_CHAT = -100500  # STAFF_CHAT_ID in the test settings
OTHER_GROUP = -100777
MORNING = dt.datetime(2026, 11, 24, 15, 5, tzinfo=dt.UTC)  # Tuesday 10:05 in New York


def t(hhmm: str) -> dt.time:
    return dt.time.fromisoformat(hhmm)


def _csv_rows(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM: Excel reads it as UTF-8
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


def _audit(sessions, action: str) -> list[AuditLog]:  # type: ignore[no-untyped-def]
    with sessions() as session:
        return list(session.scalars(select(AuditLog).where(AuditLog.action == action)))


def _stored_nights(sessions) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    with sessions() as session:
        rows = session.execute(
            select(Patient.label, DiaryEntryRow.diary_date, DiaryEntryRow.bedtime)
            .join(Patient, Patient.id == DiaryEntryRow.patient_id)
            .order_by(Patient.label, DiaryEntryRow.diary_date)
        ).all()
    return [
        (label, day.isoformat(), bed.strftime("%H:%M") if bed else "") for label, day, bed in rows
    ]


def _seed(sessions, now: dt.datetime) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    a = enrolled_patient(sessions, user_id=PATIENT, now=now, label="P-0042")
    b = enrolled_patient(sessions, user_id=OTHER_PATIENT, now=now, label="P-0043")
    today = now.date()
    for back in (1, 2, 4):
        log_night(
            sessions,
            a,
            DiaryEntry(
                diary_date=today - dt.timedelta(days=back),
                bedtime=t("23:15"),
                sol_min=20,
                awakenings=1,
                waso_min=10,
                final_wake=t("06:45"),
                out_of_bed=t("07:00"),
                quality=3,
                side_effects=[SideEffect("nausea", "moderate")] if back == 1 else [],
            ),
        )
    log_night(sessions, b, DiaryEntry(diary_date=today - dt.timedelta(days=20), quality=4))
    return a, b


async def test_export_is_refused_to_anyone_but_staff(settings, sessions) -> None:
    clock = Clock(MORNING)
    _seed(sessions, clock.now)
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=clock) as running:
        emu = running.emulator
        emu.send_text(PATIENT, "/export")  # a patient, in their private chat
        assert "not available" in (await emu.wait_for_message(PATIENT)).text
        emu.send_text(PATIENT, "/patients")
        assert "not available" in (await emu.wait_for_message(PATIENT)).text
        emu.send_text(PATIENT, "/patient P-0043")
        assert "not available" in (await emu.wait_for_message(PATIENT)).text
        emu.send_text(PATIENT + 99, "/export", chat_id=STAFF_CHAT)  # not staff, in staff chat
        assert "not available" in (await emu.wait_for_message(STAFF_CHAT)).text
        emu.send_text(STAFF, "/export", chat_id=OTHER_GROUP)  # staff, in some other group
        assert "not available" in (await emu.wait_for_message(OTHER_GROUP)).text
        await running.idle()
        assert emu.calls("sendDocument") == [] and emu.calls("sendPhoto") == []
        for chat in (PATIENT, STAFF_CHAT, OTHER_GROUP):
            assert all("P-004" not in m.text for m in emu.messages_to(chat))
    refused = _audit(sessions, "staff.refused")
    assert len(refused) == 5
    assert {r.detail["command"] for r in refused} == {
        "export_command",
        "patients_command",
        "patient_command",
    }
    assert _audit(sessions, "staff.exported") == []


async def test_staff_export_matches_the_nights_logged(settings, sessions) -> None:
    clock = Clock(MORNING)
    a, _ = _seed(sessions, clock.now)
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=clock) as running:
        emu = running.emulator
        # One more night the patient writes in their own words, through the bot.
        emu.send_text(OTHER_PATIENT, "bed at 10, woke at 6")
        await running.idle()
        emu.send_text(STAFF, "/export")  # private chat with the bot
        everything = await emu.wait_for_message(STAFF, contains="Sleep diary export")
        emu.send_text(STAFF, "/export 2026-11-20 2026-11-23 P-0042", chat_id=STAFF_CHAT)
        some = await emu.wait_for_message(STAFF_CHAT, contains="Sleep diary export")
        emu.send_text(STAFF, "/export 2020-01-01 2020-01-31")
        nothing = await emu.wait_for_message(STAFF, contains="No nights")
        emu.send_text(STAFF, "/export P-9999")
        await emu.wait_for_message(STAFF, contains="no patient labelled P-9999")
        emu.send_text(STAFF, "/export 2026-11-24 2026-11-01")
        await emu.wait_for_message(STAFF, contains="is after")
        emu.send_text(STAFF, "/export a b")
        await emu.wait_for_message(STAFF, contains="Usage: /export")
    assert everything.file is not None and everything.file.filename == "sleep-diary-all.csv"
    rows = _csv_rows(everything.file.data)
    stored = _stored_nights(sessions)
    assert len(stored) == 5  # three seeded for P-0042, one seeded and one written for P-0043
    assert [(r["patient"], r["diary_date"], r["bedtime"]) for r in rows] == stored
    assert "5 nights" in everything.text
    latest = next(r for r in rows if r["diary_date"] == "2026-11-23")
    assert latest["nausea"] == "2" and latest["headache"] == ""
    assert (latest["tib_min"], latest["tst_min"], latest["se_pct"]) == ("465", "420", "90.3")
    assert not any(str(PATIENT) in line for line in everything.file.data.decode().splitlines())

    assert some.file is not None
    assert [(r["patient"], r["diary_date"]) for r in _csv_rows(some.file.data)] == [
        ("P-0042", "2026-11-20"),
        ("P-0042", "2026-11-22"),
        ("P-0042", "2026-11-23"),
    ]
    assert nothing.file is None
    exported = _audit(sessions, "staff.exported")
    assert [(e.actor, e.detail["rows"]) for e in exported] == [
        (f"telegram:{STAFF}", 5),
        (f"telegram:{STAFF}", 3),
        (f"telegram:{STAFF}", 0),
    ]
    assert exported[1].patient_id == a and exported[1].detail["since"] == "2026-11-20"


async def test_roster_and_one_patient(settings, sessions) -> None:
    clock = Clock(MORNING)
    a, b = _seed(sessions, clock.now)
    enrolled_patient(sessions, user_id=940_003, now=clock.now, label="P-0044")
    with sessions.begin() as session:
        event = safety_store.create(
            session, patient_id=b, level="urgent", text="chest pain", matched=None, now=clock.now
        )
        event_id = event.id
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=clock) as running:
        emu = running.emulator
        emu.send_text(STAFF, "/patients", chat_id=STAFF_CHAT)
        listing = await emu.wait_for_message(STAFF_CHAT, contains="3 patients")
        emu.send_text(STAFF, "/patient P-0042")
        table = await emu.wait_for_message(STAFF, contains="nights logged")
        chart = await emu.wait_for_call("sendPhoto")
        emu.send_text(STAFF, "/patient")
        await emu.wait_for_message(STAFF, contains="Usage: /patient")
        emu.send_text(STAFF, "/patient P-9999")
        await emu.wait_for_message(STAFF, contains="no patient labelled P-9999")
    text = listing.text
    # Attention first: the open safety event, then side effects last night, then the rest.
    assert text.index("🔴 P-0043") < text.index("💊 P-0042") < text.index("\nP-0044 ·")
    assert "3/14 nights" in text and "nausea (moderate)" in text
    assert f"open safety events: #{event_id}" in text and f"/ack {event_id}" in text
    assert "0/14 nights" in text and "none yet" in text
    assert "page 1 of 1" in text and "3 active" in text
    assert "Nights logged for Mon 23 Nov: 1" in text  # the clinic's yesterday
    assert "Open safety events: 1 (1 patient)" in text
    assert listing.keyboard == []  # one page: no buttons

    assert "3/14 nights logged" in table.text
    lines = table.text.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("night"))
    nights = lines[header + 1 :]
    assert len(nights) == 14 and nights[-1].split() == ["Tue", "24", "·"]
    assert nights[-2].split()[:5] == ["Mon", "23", "23:15", "23:35", "06:45"]
    assert "nausea2" in nights[-2] and "7:00" in nights[-2]  # TST 7 h 00
    assert nights[-4].split() == ["Sat", "21", "·"] and nights[-5].startswith("Fri 20 23:15")
    assert chart.files and next(iter(chart.files.values())).data.startswith(b"\x89PNG")
    assert "P-0042" in str(chart.params.get("caption"))

    assert [r.detail["rows"] for r in _audit(sessions, "staff.roster_viewed")] == [3]
    viewed = _audit(sessions, "staff.patient_viewed")
    assert [v.patient_id for v in viewed] == [a, None]


def _labels_listed(text: str) -> list[str]:
    """The labels of a /patients page, in order (each block's first line starts with one,
    after an attention mark)."""
    blocks = text.split("\n\n")[1:]
    return [block.split(" · ")[0].split(" ")[-1] for block in blocks if " · " in block]


async def test_patients_pages_turn_with_buttons(settings, sessions) -> None:
    clock = Clock(MORNING)
    earlier = clock.now - dt.timedelta(days=10)
    for n in range(45):
        enrolled_patient(sessions, user_id=950_000 + n, now=earlier, label=f"P-{n:04d}")
    quiet = {"P-0007", "P-0030"}  # nothing logged for days
    with sessions() as session:
        ids = {label: id_ for label, id_ in session.execute(select(Patient.label, Patient.id))}
    for label, patient_id in ids.items():
        if label not in quiet:
            log_night(sessions, patient_id, DiaryEntry(diary_date=clock.now.date(), quality=3))
    with sessions.begin() as session:
        session.get(Patient, ids["P-0044"]).status = "unreachable"  # type: ignore[union-attr]
    texts: list[str] = []  # the page message as each page was shown (it is edited in place)
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=clock) as running:
        emu = running.emulator
        emu.send_text(STAFF, "/patients")
        page = await emu.wait_for_message(STAFF, contains="page 1 of 3")
        texts.append(page.text)
        assert page.callback_data() == ["roster:2"] and page.button_labels() == ["Page 2 ▶"]
        for number in (2, 3):
            mark = emu.mark()
            emu.click(STAFF, page, f"Page {number}")
            edited = await emu.wait_for_message(STAFF, contains=f"page {number} of 3", since=mark)
            assert edited.message_id == page.message_id  # the same message, edited
            texts.append(edited.text)
            if number == 2:
                assert edited.callback_data() == ["roster:1", "roster:3"]
        assert page.button_labels() == ["◀ Page 2"]
        emu.send_text(STAFF, "/patients 3", chat_id=STAFF_CHAT)
        direct = (await emu.wait_for_message(STAFF_CHAT, contains="page 3 of 3")).text
        emu.send_text(STAFF, "/patients 99")  # past the end: the last page
        past = (await emu.wait_for_message(STAFF, contains="page 3 of 3")).text
        emu.send_text(STAFF, "/patients two")
        await emu.wait_for_message(STAFF, contains="Usage: /patients")
        forged = emu.press_button(STAFF, page.message_id, "roster:x")  # answered, no more
        await running.idle()
        assert page.text == texts[-1] and forged["id"] in emu.callback_answers
    pages = [_labels_listed(text) for text in texts]
    assert [len(labels) for labels in pages] == [20, 20, 5]
    listed = [label for labels in pages for label in labels]
    assert sorted(listed) == sorted(ids) and len(set(listed)) == 45
    # Unreachable, then the two quiet ones, then everyone else by label.
    assert listed[:3] == ["P-0044", "P-0007", "P-0030"]
    assert listed[3:] == sorted(set(ids) - {"P-0044", "P-0007", "P-0030"})
    assert "🚫 P-0044" in texts[0] and "⏳ P-0007" in texts[0] and "⏳ P-" not in texts[1]
    assert _labels_listed(direct) == pages[2] == _labels_listed(past)
    assert all(len(text) <= 4096 for text in texts)
    viewed = _audit(sessions, "staff.roster_viewed")
    assert [(v.detail["page"], v.detail["rows"]) for v in viewed] == [
        (1, 20),
        (2, 20),
        (3, 5),
        (3, 5),
        (3, 5),
    ]
    assert all(v.actor == f"telegram:{STAFF}" and v.detail["pages"] == 3 for v in viewed)


async def test_page_buttons_are_refused_to_anyone_but_staff(settings, sessions) -> None:
    clock = Clock(MORNING)
    for n in range(25):
        enrolled_patient(sessions, user_id=950_000 + n, now=clock.now, label=f"P-{n:04d}")
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=clock) as running:
        emu = running.emulator
        emu.send_text(STAFF, "/patients", chat_id=STAFF_CHAT)
        page = await emu.wait_for_message(STAFF_CHAT, contains="page 1 of 2")
        # Someone else in the staff chat presses Next; so does a patient, forging the press.
        stranger = emu.press_button(PATIENT + 99, page.message_id, "roster:2", chat_id=STAFF_CHAT)
        forged = emu.press_button(PATIENT, page.message_id, "roster:2")
        await running.idle()
        answers = [emu.callback_answers.get(q["id"], {}) for q in (stranger, forged)]
        shown = emu.messages_to(STAFF_CHAT)
    assert [a.get("text") for a in answers] == [common.NOT_AVAILABLE, common.NOT_AVAILABLE]
    assert len(shown) == 1 and shown[0].edits == 0 and "page 1 of 2" in shown[0].text
    assert all("P-00" not in m.text for m in emu.messages_to(PATIENT))
    refused = _audit(sessions, "staff.refused")
    assert [(r.actor, r.detail["command"]) for r in refused] == [
        (f"telegram:{PATIENT + 99}", "roster_page_pressed"),
        (f"telegram:{PATIENT}", "roster_page_pressed"),
    ]
    assert len(_audit(sessions, "staff.roster_viewed")) == 1


async def test_a_crowded_page_still_fits_one_message(settings, sessions) -> None:
    """Long labels and time zones, every side effect, many open events: the page is cut to
    fit Telegram's 4,096 characters, and every patient of it is still listed."""
    clock = Clock(MORNING)
    effects = [SideEffect(name, "moderate") for name in SIDE_EFFECT_NAMES]
    labels = [f"P-{n:02d}-" + "x" * 56 for n in range(22)]
    for n, label in enumerate(labels):
        patient = enrolled_patient(
            sessions,
            user_id=950_000 + n,
            now=clock.now,
            label=label,
            timezone="America/Argentina/ComodRivadavia",
        )
        log_night(
            sessions,
            patient,
            DiaryEntry(diary_date=clock.now.date() - dt.timedelta(days=1), side_effects=effects),
        )
        with sessions.begin() as session:
            for _ in range(8):
                safety_store.create(
                    session,
                    patient_id=patient,
                    level="urgent",
                    text="x",
                    matched=None,
                    now=clock.now,
                )
    async with emulated_bot(settings, sessions, bundled_kb(settings), clock=clock) as running:
        emu = running.emulator
        emu.send_text(STAFF, "/patients")
        page = await emu.wait_for_message(STAFF, contains="page 1 of 2")
    assert len(page.text.encode("utf-16-le")) // 2 <= 4096
    assert _labels_listed(page.text) == labels[:20]
