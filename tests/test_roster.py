"""The staff roster: adherence in each patient's own calendar, one query, and the tables."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event

from bot import roster
from bot.entry import DiaryEntry, SideEffect
from bot.texts import staff as texts
from storage import safety as safety_store
from storage.roster import roster_rows
from tests.harness import enrolled_patient
from tests.test_export import log_night

UTC = dt.UTC


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
    offset = (d(today) - now.date()).days
    assert roster.nights_logged({-1: 1, 0: 2, 1: 3}, now=now, timezone=timezone) == offset + 2


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
    assert len(statements) == 1

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
