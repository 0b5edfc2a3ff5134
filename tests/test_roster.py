"""The staff roster: adherence in each patient's own calendar, one query, and the tables."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event

from bot import roster
from bot.entry import DiaryEntry, SideEffect
from bot.texts import staff as texts
from storage import safety as safety_store
from storage.models import Patient
from storage.roster import roster_page, roster_rows
from tests.harness import enrolled_patient
from tests.test_export import log_night

UTC = dt.UTC
NEW_YORK = "America/New_York"


def t(hhmm: str) -> dt.time:
    return dt.time.fromisoformat(hhmm)


def d(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


@pytest.mark.parametrize(
    ("now", "timezone", "today"),
    [
        (dt.datetime(2026, 11, 24, 3, 0, tzinfo=UTC), "America/New_York", "2026-11-23"),
        (dt.datetime(2026, 11, 24, 13, 0, tzinfo=UTC), "America/New_York", "2026-11-24"),
        (dt.datetime(2026, 11, 24, 13, 0, tzinfo=UTC), "Pacific/Kiritimati", "2026-11-25"),
        (dt.datetime(2026, 11, 24, 9, 0, tzinfo=UTC), "Pacific/Pago_Pago", "2026-11-23"),
    ],
)
def test_local_today_and_the_window(now: dt.datetime, timezone: str, today: str) -> None:
    assert roster.local_today(now, timezone) == d(today)
    first, last = roster.window(d(today))
    assert (last - first).days == 13 and last == d(today)
    days = roster.window_days(d(today))
    assert len(days) == 14 and days[0] == first and days[-1] == last
    assert roster.timezones_by_today(now, [timezone, "UTC"])[d(today)][0] == timezone


def test_split_message_keeps_blocks_whole_and_under_the_limit() -> None:
    blocks = [f"P-{n:04d} · active\n{'x' * 60}\n" for n in range(200)]
    parts = roster.split_message(blocks, limit=1000)
    assert all(len(p) <= 1000 for p in parts) and len(parts) > 10
    assert "".join(parts).count("P-0") == 200
    assert all(p.startswith("P-") for p in parts)  # never cut inside a patient's block
    huge = roster.split_message(["line\n" * 3000], limit=4096)
    assert all(len(p) <= 4096 for p in huge) and sum(p.count("line") for p in huge) == 3000
    assert roster.split_message(["a" * 9000], limit=4096) == ["a" * 4096, "a" * 4096, "a" * 808]


@pytest.mark.parametrize(
    ("entry", "cells"),
    [
        (
            DiaryEntry(
                bedtime=t("23:00"),
                sol_min=30,
                awakenings=1,
                waso_min=20,
                final_wake=t("06:30"),
                out_of_bed=t("07:00"),
                quality=4,
                side_effects=[SideEffect("nausea", "mild"), SideEffect("headache")],
            ),
            ["23:00", "23:30", "06:30", "07:00", "6:40", "83", "4", "headache,nausea1"],
        ),
        (
            DiaryEntry(bedtime=t("23:50"), sleep_onset=t("00:20"), side_effects=[]),
            ["23:50", "00:20", "", "", "", "", "", "none"],
        ),
        (DiaryEntry(quality=2), ["", "", "", "", "", "", "2", ""]),
    ],
)
def test_night_cells(entry: DiaryEntry, cells: list[str]) -> None:
    assert roster.night_cells(d("2026-11-24"), entry, missing="·") == ["Tue 24", *cells]


def test_night_cells_for_a_night_not_logged() -> None:
    assert roster.night_cells(d("2026-11-23"), None, missing="·")[:2] == ["Mon 23", "·"]


def test_aligned_columns() -> None:
    lines = roster.aligned([["a", "bb", "c"], ["ccc", "d", ""]])
    assert lines == ["a   bb c", "ccc d"]


NOW = dt.datetime(2026, 11, 24, 15, 0, tzinfo=UTC)  # 10:00 in New York


def test_roster_in_one_query(sessions, engine) -> None:  # type: ignore[no-untyped-def]
    busy = enrolled_patient(sessions, user_id=1, now=NOW, label="P-BUSY")
    quiet = enrolled_patient(sessions, user_id=2, now=NOW, label="P-QUIET", timezone="Asia/Tokyo")
    enrolled_patient(sessions, user_id=3, now=NOW, label="P-NEW")
    today = d("2026-11-24")
    for back in range(0, 20, 2):  # 10 nights over 20 days: 7 of them in the last 14
        log_night(sessions, busy, DiaryEntry(diary_date=today - dt.timedelta(days=back)))
    log_night(
        sessions,
        busy,
        DiaryEntry(
            diary_date=today - dt.timedelta(days=3),
            side_effects=[SideEffect("nausea", "moderate"), SideEffect("dizziness")],
        ),
    )
    log_night(sessions, busy, DiaryEntry(diary_date=today - dt.timedelta(days=30), side_effects=[]))
    # Tokyo is already on 25 November: a night dated the 25th is in its window.
    log_night(sessions, quiet, DiaryEntry(diary_date=d("2026-11-25"), side_effects=[]))
    log_night(sessions, quiet, DiaryEntry(diary_date=d("2026-11-11")))  # 15 days back: out
    with sessions.begin() as session:
        first = safety_store.create(
            session, patient_id=quiet, level="urgent", text="x", matched=None, now=NOW
        )
        second = safety_store.create(
            session, patient_id=quiet, level="crisis", text="y", matched=None, now=NOW
        )
        acked = safety_store.create(
            session, patient_id=busy, level="urgent", text="z", matched=None, now=NOW
        )
        safety_store.acknowledge(session, acked.id, by=9001, now=NOW)
        ids = (first.id, second.id)

    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(engine, "before_cursor_execute", count)
    try:
        with sessions() as session:
            rows = roster_rows(session, now=NOW)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert len(statements) == 2  # the time zones, then the figures: none per patient

    by_label = {row.label: row for row in rows}
    assert [row.label for row in rows] == ["P-BUSY", "P-NEW", "P-QUIET"]
    busy_row, new_row, quiet_row = by_label["P-BUSY"], by_label["P-NEW"], by_label["P-QUIET"]
    assert busy_row.nights_logged == 8  # 0,2,...,12 and the 3rd
    assert busy_row.last_entry == today
    assert busy_row.side_effects == (SideEffect("dizziness"), SideEffect("nausea", "moderate"))
    assert busy_row.side_effects_date == today - dt.timedelta(days=3)
    assert busy_row.open_events == ()
    assert quiet_row.nights_logged == 1 and quiet_row.side_effects == ()
    assert quiet_row.open_events == ids and quiet_row.timezone == "Asia/Tokyo"
    assert new_row.nights_logged == 0 and new_row.last_entry is None
    assert new_row.side_effects is None and new_row.status == "active"

    block = texts.roster_block(busy_row)
    assert "8/14 nights" in block and "nausea (moderate)" in block and "dizziness" in block
    assert f"/ack {ids[0]}" in texts.roster_block(quiet_row)
    assert "none yet" in texts.roster_block(new_row)
    with sessions() as session:
        assert [r.label for r in roster_rows(session, now=NOW, label="P-NEW")] == ["P-NEW"]


# --- /patients' pages: attention first, then by label ------------------------------------------

Attention = roster.Attention
LATER = dt.datetime(2026, 11, 24, 15, 0, tzinfo=UTC)  # Tokyo is already on the 25th


def _row(**fields: object) -> roster.RosterRow:
    base: dict[str, object] = {
        "patient_id": 1,
        "label": "P-1",
        "status": "active",
        "checkin_time": t("08:00"),
        "timezone": "America/New_York",
        "nights_logged": 0,
        "last_entry": d("2026-11-24"),
        "side_effects": None,
        "side_effects_date": None,
        "open_events": (),
        "consented_at": LATER - dt.timedelta(days=10),
    }
    base.update(fields)
    return roster.RosterRow(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({}, Attention.NONE),
        ({"open_events": (4,), "status": "unreachable", "last_entry": None}, Attention.SAFETY),
        ({"status": "unreachable", "last_entry": None}, Attention.UNREACHABLE),
        ({"last_entry": d("2026-11-21")}, Attention.QUIET),
        ({"last_entry": d("2026-11-22")}, Attention.NONE),  # 22nd-24th are the recent days
        ({"last_entry": None}, Attention.QUIET),
        ({"last_entry": None, "consented_at": LATER - dt.timedelta(days=2)}, Attention.NONE),
        ({"last_entry": None, "status": "paused"}, Attention.NONE),
        ({"last_entry": d("2026-11-22"), "timezone": "Asia/Tokyo"}, Attention.QUIET),
        ({"recent_side_effects_date": d("2026-11-22")}, Attention.SIDE_EFFECTS),
        ({"recent_side_effects_date": d("2026-11-21")}, Attention.NONE),
        (
            {"recent_side_effects_date": d("2026-11-22"), "timezone": "Asia/Tokyo"},
            Attention.NONE,
        ),
        ({"recent_side_effects_date": d("2026-11-23"), "status": "paused"}, Attention.SIDE_EFFECTS),
    ],
)
def test_attention_rule(fields: dict[str, object], expected: roster.Attention) -> None:
    assert roster.attention(_row(**fields), now=LATER) is expected


def test_time_zones_grouped_by_their_local_date() -> None:
    zones = ["America/New_York", "Asia/Tokyo", "Europe/London", "America/New_York"]
    assert roster.timezones_by_today(LATER, zones) == {
        d("2026-11-24"): ["America/New_York", "Europe/London"],
        d("2026-11-25"): ["Asia/Tokyo"],
    }
    assert roster.recent_since(d("2026-11-24")) == d("2026-11-22")
    assert roster.timezones_by_today(LATER, []) == {}


def test_pages_and_page_numbers() -> None:
    assert [roster.page_count(n, 20) for n in (0, 1, 20, 21, 10_000)] == [1, 1, 1, 2, 500]
    assert [roster.clamp_page(p, 3) for p in (0, 1, 3, 9)] == [1, 1, 3, 3]
    assert [roster.parse_page(v) for v in ("2", " 7 ", "x", "-1", "", None, "9" * 9)] == [
        2,
        7,
        None,
        None,
        None,
        None,
        None,
    ]


def test_fit_page_cuts_long_blocks_but_lists_every_patient() -> None:
    head = "Header line\n"
    blocks = [f"🔴 P-{n:02d} · active\n" + "side effects 💊 " * 40 + "\n" for n in range(20)]
    text = roster.fit_page(head, blocks)
    assert roster.telegram_length(text) <= 4096 < roster.telegram_length("\n".join(blocks))
    assert all(f"🔴 P-{n:02d} · active" in text for n in range(20))
    assert text.count("…") == 20 and text.startswith(head)
    short = [f"P-{n}\n" for n in range(3)]
    assert roster.fit_page(head, short) == "\n".join([head, *short])  # fits: unchanged
    assert roster.telegram_length("😴") == 2


def _patients_for_pages(sessions) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """One patient for each way of needing attention (and some that do not), by label."""
    settled = LATER - dt.timedelta(days=10)
    made = {}
    for n, (label, timezone, enrolled) in enumerate(
        [
            ("P-A-fine", "America/New_York", settled),
            ("P-B-event", "America/New_York", settled),
            ("P-C-blocked", "America/New_York", settled),
            ("P-D-quiet", "America/New_York", settled),
            ("P-E-never", "America/New_York", settled),
            ("P-F-new", "America/New_York", LATER),
            ("P-G-effects", "America/New_York", settled),
            ("P-H-paused", "America/New_York", settled),
            ("P-I-old-effects", "America/New_York", settled),
            ("P-J-tokyo", "Asia/Tokyo", settled),
            ("P-K-new-york", "America/New_York", settled),
            ("P-L-fine", "Europe/London", settled),
        ]
    ):
        made[label] = enrolled_patient(
            sessions, user_id=100 + n, now=enrolled, label=label, timezone=timezone
        )
    today = d("2026-11-24")

    def night(label: str, day: dt.date, **fields: object) -> None:
        log_night(sessions, made[label], DiaryEntry(diary_date=day, **fields))  # type: ignore[arg-type]

    for label in ("P-A-fine", "P-B-event", "P-C-blocked", "P-L-fine"):
        night(label, today)
    night("P-D-quiet", today - dt.timedelta(days=3))
    night("P-G-effects", today - dt.timedelta(days=1), side_effects=[SideEffect("nausea")])
    night("P-G-effects", today, side_effects=[])  # "none" since: still listed for them
    night("P-I-old-effects", today - dt.timedelta(days=4), side_effects=[SideEffect("nausea")])
    night("P-I-old-effects", today)
    night("P-J-tokyo", d("2026-11-22"))  # Tokyo's recent days are the 23rd to the 25th
    night("P-K-new-york", d("2026-11-22"))  # New York's are the 22nd to the 24th
    with sessions.begin() as session:
        for label in ("P-B-event", "P-B-event", "P-A-fine"):
            event = safety_store.create(
                session, patient_id=made[label], level="urgent", text="x", matched=None, now=LATER
            )
        safety_store.acknowledge(session, event.id, by=9001, now=LATER)  # P-A's: closed
        patient = session.get(Patient, made["P-C-blocked"])
        assert patient is not None
        patient.status = "unreachable"
        patient = session.get(Patient, made["P-H-paused"])
        assert patient is not None
        patient.status = "paused"
    return made


def test_roster_pages_put_attention_first(sessions, engine) -> None:  # type: ignore[no-untyped-def]
    made = _patients_for_pages(sessions)
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    pages = []
    event.listen(engine, "before_cursor_execute", count)
    try:
        with sessions() as session:
            for number in (1, 2, 3):
                pages.append(
                    roster_page(
                        session, now=LATER, page=number, per_page=5, clinic_timezone=NEW_YORK
                    )
                )
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert len(statements) == 3 * 4  # per page: counts, time zones, order, figures

    rows = [row for page in pages for row in page.rows]
    assert [len(page.rows) for page in pages] == [5, 5, 2]
    assert {(page.page, page.pages) for page in pages} == {(1, 3), (2, 3), (3, 3)}
    assert [(row.label, row.attention) for row in rows] == [
        ("P-B-event", Attention.SAFETY),
        ("P-C-blocked", Attention.UNREACHABLE),
        ("P-D-quiet", Attention.QUIET),
        ("P-E-never", Attention.QUIET),
        ("P-J-tokyo", Attention.QUIET),
        ("P-G-effects", Attention.SIDE_EFFECTS),
        ("P-A-fine", Attention.NONE),
        ("P-F-new", Attention.NONE),
        ("P-H-paused", Attention.NONE),
        ("P-I-old-effects", Attention.NONE),
        ("P-K-new-york", Attention.NONE),
        ("P-L-fine", Attention.NONE),
    ]
    # The order the database chose is the rule's order for the rows it returned.
    assert rows == sorted(rows, key=lambda row: (roster.attention(row, now=LATER), row.label))
    by_label = {row.label: row for row in rows}
    effects = by_label["P-G-effects"]
    assert effects.side_effects == () and effects.recent_side_effects_date == d("2026-11-23")
    assert "some reported for 23 Nov" in texts.roster_block(effects)
    assert texts.roster_block(by_label["P-B-event"]).startswith("🔴 P-B-event ·")
    assert texts.roster_block(by_label["P-A-fine"]).startswith("P-A-fine ·")
    assert by_label["P-B-event"].patient_id == made["P-B-event"]

    counts = pages[0].counts
    assert counts.patients == 12 and counts.by_status["active"] == 10
    assert counts.by_status["unreachable"] == 1 and counts.by_status["paused"] == 1
    assert (counts.open_events, counts.patients_with_open_events) == (2, 1)
    # New York's yesterday is the 23rd: P-G-effects' night only.
    assert (counts.night, counts.nights_logged) == (d("2026-11-23"), 1)

    with sessions() as session:
        past = roster_page(session, now=LATER, page=9, per_page=5, clinic_timezone=NEW_YORK)
        before = roster_page(session, now=LATER, page=0, per_page=5, clinic_timezone=NEW_YORK)
    assert past.page == 3 and past.rows == pages[2].rows
    assert before.page == 1 and before.rows == pages[0].rows


def test_an_empty_roster_is_one_empty_page(sessions) -> None:  # type: ignore[no-untyped-def]
    with sessions() as session:
        page = roster_page(session, now=LATER, page=1, clinic_timezone=NEW_YORK)
    assert page.rows == () and (page.page, page.pages) == (1, 1)
    assert page.counts.patients == 0 and page.counts.nights_logged == 0


def test_one_label_or_some_ids(sessions) -> None:  # type: ignore[no-untyped-def]
    made = _patients_for_pages(sessions)
    with sessions() as session:
        (one,) = roster_rows(session, now=LATER, label="P-J-tokyo")
        some = roster_rows(session, now=LATER, ids=[made["P-L-fine"], made["P-B-event"]])
        none = roster_rows(session, now=LATER, ids=[])
        everyone = roster_rows(session, now=LATER)
    assert one.attention is Attention.QUIET and one.timezone == "Asia/Tokyo"
    assert [row.label for row in some] == ["P-L-fine", "P-B-event"]  # in the order asked
    assert none == [] and len(everyone) == 12
    assert [row.label for row in everyone] == sorted(made)  # the command line: by label


def test_figures_in_each_patients_own_calendar(sessions) -> None:  # type: ignore[no-untyped-def]
    """At 10:00 UTC Pago Pago is a day behind and Kiritimati a day ahead: three groups of
    time zones, each counted in its own window, alike for everyone, a label and a page."""
    now = dt.datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
    zones = ["Pacific/Pago_Pago", "UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago"]
    assert len(roster.timezones_by_today(now, zones)) == 3
    made = {}
    for n, zone in enumerate(zones):
        label = f"P-{n}"
        made[label] = enrolled_patient(
            sessions, user_id=300 + n, now=now - dt.timedelta(days=20), label=label, timezone=zone
        )
        # Nights on the edges of every group's window and recent days.
        for day in ("2026-11-09", "2026-11-10", "2026-11-11", "2026-11-21", "2026-11-23"):
            log_night(sessions, made[label], DiaryEntry(diary_date=d(day), side_effects=[]))
        log_night(
            sessions,
            made[label],
            DiaryEntry(diary_date=d("2026-11-22"), side_effects=[SideEffect("nausea")]),
        )
    with sessions() as session:
        everyone = {row.label: row for row in roster_rows(session, now=now)}
        one_by_one = {label: roster_rows(session, now=now, label=label)[0] for label in made}
        page = roster_rows(session, now=now, ids=list(made.values()))
    assert one_by_one == everyone == {row.label: row for row in page}
    for label, row in everyone.items():
        days = roster.window_days(roster.local_today(now, row.timezone))
        logged = {
            "2026-11-09",
            "2026-11-10",
            "2026-11-11",
            "2026-11-21",
            "2026-11-22",
            "2026-11-23",
        }
        assert row.nights_logged == sum(1 for day in days if day.isoformat() in logged), label
        since = roster.recent_since(roster.local_today(now, row.timezone))
        expected = d("2026-11-22") if since <= d("2026-11-22") else None
        assert row.recent_side_effects_date == expected, label
    # Pago Pago's recent days are the 21st-23rd, Kiritimati's the 23rd-25th.
    assert everyone["P-0"].attention is Attention.SIDE_EFFECTS
    assert everyone["P-2"].attention is Attention.NONE
