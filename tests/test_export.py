"""Exports: columns, metrics against hand-computed nights, CSV / XLSX / JSON Lines, the data
dictionary, de-identification, streaming memory, and the command line."""

from __future__ import annotations

import csv
import datetime as dt
import gc
import io
import itertools
import json
import random
import threading
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session, sessionmaker

from bot import deidentify, dictionary, export
from bot.deidentify import SaltTooShort, deidentified, pseudonym, shift_days
from bot.entry import SIDE_EFFECT_NAMES, DiaryEntry, SideEffect
from bot.export import COLUMN_NAMES, Night
from bot.metrics import night_metrics
from sleepdiary import cli
from sleepdiary.commands import staff as staff_cli
from storage import diary as diary_store
from storage import exports
from storage.models import AuditLog, DiaryEntryRow, Patient, SideEffectRow
from tests.harness import enrolled_patient

UTC = dt.UTC
NOW = dt.datetime(2026, 11, 24, 13, 0, tzinfo=UTC)
SALT = "a-test-salt-of-enough-length"


def t(hhmm: str) -> dt.time:
    return dt.time.fromisoformat(hhmm)


def d(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


# --- Metrics in the export, against nights worked out by hand ---------------------------

HAND_COMPUTED = [
    pytest.param(
        # Bed 23:30, lights out 23:45, 20 min to sleep, 30 awake, wake 06:15, up 06:45.
        # TIB 23:30->06:45 = 435; TST (23:45->06:15 = 390) - 20 - 30 = 340; SE 78.2.
        DiaryEntry(
            bedtime=t("23:30"),
            lights_out=t("23:45"),
            sol_min=20,
            awakenings=2,
            waso_min=30,
            final_wake=t("06:15"),
            out_of_bed=t("06:45"),
        ),
        {"tib_min": "435", "tst_min": "340", "se_pct": "78.2"},
        id="midnight crossing, lights out apart from bedtime",
    ),
    pytest.param(
        # Bed 00:40, asleep 01:00 (SOL 20 by the clock), slept through, wake 07:00, up
        # 07:30, a 45-minute nap the day before. TIB 410; TST 380 - 20 = 360; SE 87.8.
        DiaryEntry(
            bedtime=t("00:40"),
            sleep_onset=t("01:00"),
            awakenings=0,
            final_wake=t("07:00"),
            out_of_bed=t("07:30"),
            nap_min=45,
        ),
        {"tib_min": "410", "tst_min": "360", "se_pct": "87.8", "nap_min": "45"},
        id="bed after midnight, nap not in TST",
    ),
    pytest.param(
        # Nobody said when they got up: TIB and SE unknown, TST 22:00->05:00 - 15 - 10 = 395.
        DiaryEntry(bedtime=t("22:00"), sol_min=15, waso_min=10, final_wake=t("05:00")),
        {"tib_min": "", "tst_min": "395", "se_pct": "", "out_of_bed": ""},
        id="out of bed missing",
    ),
    pytest.param(
        # Woke twice but never said for how long: TST and SE stay empty, TIB is known.
        DiaryEntry(
            bedtime=t("23:00"),
            sol_min=10,
            awakenings=2,
            final_wake=t("06:00"),
            out_of_bed=t("06:30"),
        ),
        {"tib_min": "450", "tst_min": "", "se_pct": "", "waso_min": ""},
        id="minutes awake missing",
    ),
    pytest.param(
        DiaryEntry(quality=4),
        {"tib_min": "", "tst_min": "", "se_pct": "", "bedtime": "", "quality": "4"},
        id="only quality",
    ),
    pytest.param(
        # Lights out at midnight is minute 0, still stated: TST from 00:00, not from bed.
        # TIB 23:30->06:30 = 420; TST 360 - 10 - 0 = 350; SE 83.3.
        DiaryEntry(
            bedtime=t("23:30"),
            lights_out=t("00:00"),
            sol_min=10,
            awakenings=0,
            final_wake=t("06:00"),
            out_of_bed=t("06:30"),
        ),
        {"tib_min": "420", "tst_min": "350", "se_pct": "83.3", "waso_min": ""},
        id="lights out at midnight",
    ),
]


@pytest.mark.parametrize(("entry", "expected"), HAND_COMPUTED)
def test_metrics_match_hand_computed_nights(entry: DiaryEntry, expected: dict[str, str]) -> None:
    entry.diary_date = d("2026-11-24")
    header, line = list(export.csv_lines([Night("P-1", entry)]))
    row = dict(zip(header, line, strict=True))
    for name, value in expected.items():
        assert row[name] == value, name


def test_columns_are_the_issues_in_order() -> None:
    assert COLUMN_NAMES[:15] == (
        "patient",
        "diary_date",
        "bedtime",
        "lights_out",
        "sleep_onset",
        "sol_min",
        "awakenings",
        "waso_min",
        "final_wake",
        "out_of_bed",
        "quality",
        "nap_min",
        "tib_min",
        "tst_min",
        "se_pct",
    )
    assert COLUMN_NAMES[15:-3] == SIDE_EFFECT_NAMES
    assert COLUMN_NAMES[-3:] == ("answered_at", "entry_source", "edits")


@pytest.mark.parametrize(
    ("side_effects", "labels", "expected"),
    [
        ([SideEffect("nausea", "moderate")], False, {"nausea": "2", "headache": ""}),
        ([SideEffect("nausea", "moderate")], True, {"nausea": "moderate", "headache": ""}),
        ([SideEffect("headache")], False, {"headache": "yes", "nausea": ""}),
        ([SideEffect("dizziness", "severe")], False, {"dizziness": "3"}),
        ([SideEffect("vivid_dreams", "mild")], False, {"vivid_dreams": "1"}),
        ([], False, {"nausea": "none", "other": "none"}),
        (None, False, {"nausea": "", "other": ""}),
    ],
)
def test_side_effect_columns(
    side_effects: list[SideEffect] | None, labels: bool, expected: dict[str, str]
) -> None:
    entry = DiaryEntry(diary_date=d("2026-11-24"), side_effects=side_effects, quality=2)
    header, line = list(export.csv_lines([Night("P-1", entry)], labels=labels))
    row = dict(zip(header, line, strict=True))
    for name, value in expected.items():
        assert row[name] == value, name
    assert row["quality"] == ("poor" if labels else "2")


def _nights() -> list[Night]:
    answered = dt.datetime(2026, 11, 24, 13, 7, 9, tzinfo=UTC)
    return [
        Night(
            "P-0001",
            DiaryEntry(
                diary_date=d("2026-11-24"),
                bedtime=t("23:30"),
                sol_min=20,
                awakenings=1,
                waso_min=15,
                final_wake=t("06:30"),
                out_of_bed=t("07:00"),
                quality=3,
                side_effects=[SideEffect("nausea", "mild"), SideEffect("headache")],
            ),
            answered_at=answered,
            entry_source="guided",
            edits=1,
        ),
        Night("P-0002", DiaryEntry(diary_date=d("2026-11-23")), entry_source="free_text"),
    ]


def test_csv_for_excel_has_a_bom_and_reads_back() -> None:
    out = io.StringIO()
    assert export.write_csv(_nights(), out, excel=True) == 2
    text = out.getvalue()
    assert text.startswith("\ufeffpatient,diary_date,")
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))
    assert [r["patient"] for r in rows] == ["P-0001", "P-0002"]
    assert rows[0]["bedtime"] == "23:30" and rows[0]["answered_at"] == "2026-11-24T13:07:09Z"
    assert rows[0]["tst_min"] == "385" and rows[1]["tst_min"] == ""


def test_csv_without_excel_has_no_bom_and_keeps_formula_like_labels() -> None:
    nights = [Night("=cmd", DiaryEntry(diary_date=d("2026-11-24")))]
    plain, excel = io.StringIO(), io.StringIO()
    export.write_csv(nights, plain)
    export.write_csv(nights, excel, excel=True)
    assert plain.getvalue().splitlines()[1].startswith("=cmd,")
    assert excel.getvalue().splitlines()[1].startswith("'=cmd,")


def test_xlsx_has_typed_cells() -> None:
    out = io.BytesIO()
    assert export.write_xlsx(_nights(), out) == 2
    sheet = load_workbook(io.BytesIO(out.getvalue()), read_only=True)["diary"]
    rows = list(sheet.iter_rows(values_only=False))
    header = [cell.value for cell in rows[0]]
    assert tuple(header) == COLUMN_NAMES
    first = {name: cell for name, cell in zip(header, rows[1], strict=True)}
    assert first["patient"].value == "P-0001"
    assert first["diary_date"].is_date and first["diary_date"].value.date() == d("2026-11-24")
    assert first["bedtime"].is_date and first["bedtime"].value == t("23:30")
    assert first["bedtime"].number_format == "hh:mm"
    assert isinstance(first["sol_min"].value, int) and first["sol_min"].value == 20
    assert isinstance(first["tib_min"].value, int) and first["tib_min"].value == 450
    assert isinstance(first["se_pct"].value, float) and first["se_pct"].value == 85.6
    assert first["nausea"].value == 1 and first["headache"].value == "yes"
    assert first["answered_at"].value == dt.datetime(2026, 11, 24, 13, 7, 9)
    second = {name: cell.value for name, cell in zip(header, rows[2], strict=True)}
    assert second["bedtime"] is None and second["tst_min"] is None


def test_json_lines_one_object_per_night() -> None:
    out = io.StringIO()
    assert export.write_jsonl(_nights(), out) == 2
    objects = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(objects) == 2 and all(tuple(o) == COLUMN_NAMES for o in objects)
    first = objects[0]
    assert first["diary_date"] == "2026-11-24" and first["bedtime"] == "23:30"
    assert first["tib_min"] == 450 and first["se_pct"] == 85.6 and first["nausea"] == 1
    assert first["answered_at"] == "2026-11-24T13:07:09Z"
    assert objects[1]["bedtime"] is None and objects[1]["nausea"] is None


AWKWARD_TEXT = ["=cmd", "+1", "-x", "@a", "\tTab", "a,b", 'q"uote', "new\nline", "cr\rx", " x", ""]


def _assorted_nights(count: int, seed: int = 8) -> list[Night]:
    """Nights of every shape: fields missing, midnight, seconds, awkward labels and sources."""
    rng = random.Random(seed)

    def clock() -> dt.time | None:
        if rng.random() < 0.25:
            return None
        return dt.time(rng.choice([0, 23, rng.randrange(24)]), rng.choice([0, rng.randrange(60)]))

    def minutes(top: int) -> int | None:
        return None if rng.random() < 0.3 else rng.choice([0, rng.randrange(top)])

    def effects() -> list[SideEffect] | None:
        if rng.random() < 0.3:
            return None
        names = rng.sample(SIDE_EFFECT_NAMES, rng.choice([0, 1, 1, 2, 4]))
        return [SideEffect(n, rng.choice([None, "mild", "moderate", "severe"])) for n in names]

    zones = [UTC, dt.timezone(dt.timedelta(hours=5, minutes=30))]
    nights = [Night("P-1", entry) for entry, _ in (p.values for p in HAND_COMPUTED)]
    for n in range(count):
        answered = dt.datetime(2026, 1, 1, tzinfo=rng.choice(zones)) + dt.timedelta(
            seconds=rng.randrange(10**8), microseconds=rng.randrange(10**6)
        )
        nights.append(
            Night(
                rng.choice([*AWKWARD_TEXT, "Ünïcødé", f"P-{n % 7}"]),
                DiaryEntry(
                    diary_date=None if n % 50 == 0 else d("2026-01-01") + dt.timedelta(n % 400),
                    bedtime=clock(),
                    lights_out=clock(),
                    sleep_onset=clock(),
                    sol_min=minutes(700),
                    awakenings=minutes(5),
                    waso_min=minutes(700),
                    final_wake=clock(),
                    out_of_bed=clock(),
                    quality=rng.choice([None, 1, 3, 5, 7]),
                    nap_min=minutes(120),
                    side_effects=effects(),
                ),
                answered_at=None if n % 9 == 0 else answered,
                entry_source=rng.choice(["free_text", "guided", "x,y", 'q"'])
                if n % 3
                else "guided",
                edits=rng.choice([0, 0, 1, 12]),
            )
        )
    return nights


@pytest.mark.parametrize(("labels", "excel"), [(False, False), (True, False), (False, True)])
def test_csv_is_what_csv_writer_writes_for_csv_lines(labels: bool, excel: bool) -> None:
    nights = _assorted_nights(3000)
    reference = io.StringIO()
    if excel:
        reference.write(export.BOM)
    csv.writer(reference, lineterminator="\r\n").writerows(
        export.csv_lines(nights, labels=labels, excel=excel)
    )
    out = io.StringIO()
    assert export.write_csv(nights, out, labels=labels, excel=excel) == len(nights)
    assert out.getvalue() == reference.getvalue()


def test_csv_lines_figures_are_night_metrics() -> None:
    nights = _assorted_nights(2000)
    header, *lines = export.csv_lines(nights)
    for night, line in zip(nights, lines, strict=True):
        row = dict(zip(header, line, strict=True))
        metrics = night_metrics(night.entry)
        assert [row["tib_min"], row["tst_min"], row["se_pct"]] == [
            export.as_text(metrics.tib_min),
            export.as_text(metrics.tst_min),
            export.as_text(metrics.se_pct),
        ]


def test_night_rows_stand_for_nights() -> None:
    nights = _assorted_nights(300)
    rows = [export.night_row(night) for night in nights]
    assert [export.row_night(row) for row in rows] == nights
    assert rows[-1][0] == nights[-1].patient and len(rows[-1]) == 16
    masked = [export.night_row(night) for night in deidentified(nights, SALT)]
    assert list(deidentify.deidentified_rows(rows, SALT)) == masked


# --- The data dictionary ----------------------------------------------------------------


def test_dictionary_lists_every_column_with_identifiers() -> None:
    rows = list(csv.DictReader(io.StringIO(dictionary.as_csv())))
    assert tuple(r["column"] for r in rows) == COLUMN_NAMES
    by_name = {r["column"]: r for r in rows}
    assert by_name["patient"]["identifier"] == "yes"
    assert by_name["diary_date"]["identifier"] == "yes"
    assert by_name["tst_min"]["identifier"] == "no"
    assert by_name["tst_min"]["unit"] == "minutes" and by_name["bedtime"]["csd_item"] == "Q1"
    assert all(r["meaning"] and r["type"] for r in rows)
    markdown = dictionary.as_markdown()
    assert all(f"| {name} |" in markdown for name in COLUMN_NAMES)


# --- De-identification -------------------------------------------------------------------


def _patient_nights(label: str, dates: list[str]) -> list[Night]:
    return [
        Night(
            label,
            DiaryEntry(diary_date=d(day), bedtime=t("23:00")),
            answered_at=dt.datetime.combine(d(day), t("13:00"), UTC),
        )
        for day in dates
    ]


def test_deidentify_keeps_intervals_and_weekdays_and_is_stable() -> None:
    dates = ["2026-11-20", "2026-11-21", "2026-11-24", "2027-01-02"]
    nights = _patient_nights("P-0042", dates) + _patient_nights("P-0043", dates[:2])
    once = list(deidentified(nights, SALT))
    again = list(deidentified(nights, SALT))
    assert once == again
    labels = {n.patient for n in once}
    assert len(labels) == 2 and not labels & {"P-0042", "P-0043"}
    p42 = [n for n in once if n.patient == pseudonym("P-0042", SALT)]
    shift = dt.timedelta(days=shift_days("P-0042", SALT))
    for original, masked in zip(nights[:4], p42, strict=True):
        assert original.entry.diary_date - masked.entry.diary_date == shift
        assert masked.entry.diary_date.weekday() == original.entry.diary_date.weekday()
        assert original.answered_at - masked.answered_at == shift
        assert masked.entry.bedtime == original.entry.bedtime
    gaps = [(b.entry.diary_date - a.entry.diary_date).days for a, b in itertools.pairwise(p42)]
    assert gaps == [1, 3, 39]


def test_deidentify_shifts_are_weeks_up_to_364_days_and_depend_on_the_salt() -> None:
    shifts = {shift_days(f"P-{n:04d}", SALT) for n in range(300)}
    assert all(s % 7 == 0 and 7 <= s <= 364 for s in shifts)
    assert len(shifts) > 30  # spread out, not one offset for everyone
    other = "another-salt-entirely-123"
    assert pseudonym("P-0042", SALT) != pseudonym("P-0042", other)
    assert pseudonym("P-0042", SALT) != pseudonym("P-0043", SALT)
    with pytest.raises(SaltTooShort):
        pseudonym("P-0042", "short")


# --- From the database --------------------------------------------------------------------


def log_night(
    sessions: sessionmaker[Session],
    patient_id: int,
    entry: DiaryEntry,
    *,
    source: str = "free_text",
) -> None:
    assert entry.diary_date is not None
    with sessions.begin() as session:
        row = diary_store.get_or_create_row(
            session, patient_id, entry.diary_date, now=NOW, source=source
        )
        diary_store.apply(session, row, entry, now=NOW, message_id=None)


def test_export_from_the_database_matches_what_was_logged(sessions) -> None:  # type: ignore[no-untyped-def]
    a = enrolled_patient(sessions, user_id=1, now=NOW, label="P-A")
    b = enrolled_patient(sessions, user_id=2, now=NOW, label="P-B")
    log_night(
        sessions,
        a,
        DiaryEntry(
            diary_date=d("2026-11-23"),
            bedtime=t("23:10"),
            final_wake=t("06:40"),
            side_effects=[SideEffect("nausea", "severe"), SideEffect("anxiety")],
        ),
        source="guided",
    )
    log_night(sessions, a, DiaryEntry(diary_date=d("2026-11-24"), quality=5, side_effects=[]))
    log_night(sessions, b, DiaryEntry(diary_date=d("2026-11-22"), nap_min=30))
    with sessions() as session:
        everyone = list(exports.iter_nights(session, exports.Filters(), batch=2))
        only_a = list(exports.iter_nights(session, exports.Filters(patient_id=a)))
        window = list(
            exports.iter_nights(
                session, exports.Filters(since=d("2026-11-23"), until=d("2026-11-23"))
            )
        )
        assert exports.count_nights(session, exports.Filters()) == 3
    assert [(n.patient, n.entry.diary_date.isoformat()) for n in everyone] == [
        ("P-A", "2026-11-23"),
        ("P-A", "2026-11-24"),
        ("P-B", "2026-11-22"),
    ]
    assert len(only_a) == 2 and len(window) == 1
    first, second = everyone[0], everyone[1]
    assert first.entry.side_effects == [SideEffect("nausea", "severe"), SideEffect("anxiety")]
    assert first.entry_source == "guided" and first.answered_at == NOW
    assert second.entry.side_effects == [] and everyone[2].entry.side_effects is None
    out = io.BytesIO()
    assert exports.write_export(everyone, out, format="csv") == 3
    rows = list(csv.DictReader(io.StringIO(out.getvalue().decode())))
    assert rows[0]["nausea"] == "3" and rows[0]["anxiety"] == "yes" and rows[0]["dizziness"] == ""
    assert rows[1]["nausea"] == "none" and rows[1]["quality"] == "5"
    assert rows[2]["nap_min"] == "30"


def test_export_rows_are_what_the_models_hold(sessions) -> None:  # type: ignore[no-untyped-def]
    a = enrolled_patient(sessions, user_id=1, now=NOW, label="P-A")
    b = enrolled_patient(sessions, user_id=2, now=NOW, label="=P,B")
    many = [SideEffect("vomiting", "mild"), SideEffect("anxiety"), SideEffect("nausea", "severe")]
    for day, entry in enumerate(
        [
            DiaryEntry(bedtime=t("23:10"), lights_out=t("00:00"), final_wake=t("06:40")),
            DiaryEntry(quality=5, side_effects=[]),
            DiaryEntry(sleep_onset=t("01:05"), awakenings=0, side_effects=many),
            DiaryEntry(sol_min=15, waso_min=0, side_effects=[SideEffect("headache")]),
            DiaryEntry(nap_min=30, side_effects=many[1:]),
        ]
    ):
        entry.diary_date = d("2026-11-01") + dt.timedelta(days=day)
        log_night(sessions, a, entry, source="guided" if day % 2 else "free_text")
        entry.diary_date -= dt.timedelta(days=10)
        log_night(sessions, b, entry)
    answered = dt.datetime(2026, 11, 2, 7, 5, 3, 250, UTC)
    with sessions.begin() as session:  # states the bot never writes, read as diary.to_entry does
        first, second = session.scalars(
            select(DiaryEntryRow)
            .where(DiaryEntryRow.side_effects.any())
            .order_by(DiaryEntryRow.id)
            .limit(2)
        ).all()
        first.no_side_effects = True
        second.no_side_effects = None
        session.execute(update(DiaryEntryRow).values(answered_at=answered))
    with sessions() as session:
        stored = session.scalars(
            select(DiaryEntryRow).join(Patient).order_by(Patient.label, DiaryEntryRow.diary_date)
        ).all()
        expected = [
            export.night_row(
                Night(
                    row.patient.label,
                    diary_store.to_entry(row),
                    answered_at=row.answered_at,
                    entry_source=row.source,
                    edits=row.edits,
                )
            )
            for row in stored
        ]
        for batch in (1, 2, 3, 1000):  # a night's side effects across batches too
            assert list(exports.iter_rows(session, exports.Filters(), batch=batch)) == expected
    stated = [[name for name, _ in row[12]] for row in expected if row[12]]
    assert ["vomiting", "anxiety", "nausea"] in stated  # in the order the patient gave them
    assert any(row[12] == () for row in expected) and any(row[12] is None for row in expected)
    assert {row[13] for row in expected} == {answered}


def test_export_stopped_early_leaves_the_session_usable(sessions) -> None:  # type: ignore[no-untyped-def]
    patient = enrolled_patient(sessions, user_id=1, now=NOW, label="P-A")
    for day in range(12):
        entry = DiaryEntry(diary_date=d("2026-11-01") + dt.timedelta(days=day), quality=3)
        log_night(sessions, patient, entry)
    with sessions() as session:
        rows = exports.iter_rows(session, exports.Filters(), batch=2)
        assert [next(rows)[1] for _ in range(3)] == [
            d("2026-11-01"),
            d("2026-11-02"),
            d("2026-11-03"),
        ]
        rows.close()  # a writer that failed half way, say
        assert exports.count_nights(session, exports.Filters()) == 12
    assert not [t for t in threading.enumerate() if t.name == "export-read-ahead"]


def test_read_ahead_hands_errors_over_and_stops_with_its_caller() -> None:
    def batches() -> Iterator[list[int]]:
        yield [1]
        yield [2]
        raise RuntimeError("connection lost")

    got = []
    with pytest.raises(RuntimeError, match="connection lost"):
        for batch in exports._read_ahead(batches()):
            got.append(batch)
    assert got == [[1], [2]]
    endless = exports._read_ahead(itertools.count())
    assert [next(endless) for _ in range(3)] == [0, 1, 2]
    endless.close()
    assert not [t for t in threading.enumerate() if t.name == "export-read-ahead"]


def _bulk_nights(sessions: sessionmaker[Session], count: int) -> None:
    """`count` nights over 50 patients, written in bulk (fast enough for a test)."""
    with sessions.begin() as session:
        ids = [
            session.scalar(
                insert(Patient)
                .values(
                    label=f"B-{n:03d}",
                    timezone="America/New_York",
                    checkin_time=t("08:00"),
                    status="active",
                    created_at=NOW,
                )
                .returning(Patient.id)
            )
            for n in range(50)
        ]
        per_patient = count // len(ids)
        start = d("2020-01-01")
        rows: list[dict[str, Any]] = [
            {
                "patient_id": pid,
                "diary_date": start + dt.timedelta(days=day),
                "bedtime": t("23:15"),
                "sol_min": 12,
                "awakenings": 1,
                "waso_min": 20,
                "final_wake": t("06:40"),
                "out_of_bed": t("07:05"),
                "quality": 3,
                "no_side_effects": day % 3 == 0,
                "evidence": {},
                "source": "free_text",
                "answered_at": NOW,
                "updated_at": NOW,
                "edits": 0,
                "version": 1,
            }
            for pid in ids
            for day in range(per_patient)
        ]
        session.execute(insert(DiaryEntryRow), rows)
        entry_ids = session.scalars(
            select(DiaryEntryRow.id).where(DiaryEntryRow.no_side_effects.is_(False))
        ).all()
        session.execute(
            insert(SideEffectRow),
            [{"entry_id": e, "name": "nausea", "severity": "mild"} for e in entry_ids],
        )


class _Sink(io.RawIOBase):
    """A binary stream that only counts what it is given."""

    def __init__(self) -> None:
        self.size = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self.size += len(data)
        return len(data)


def _export_peak(sessions: sessionmaker[Session], *, as_nights: bool) -> tuple[int, int]:
    sink = io.BufferedWriter(_Sink())
    # Python keeps freed tuples and lists for reuse, and tracemalloc counts them only when
    # new: empty those reuse lists first, so that every measured export starts alike.
    gc.collect()
    tracemalloc.start()
    try:
        with sessions() as session:
            if as_nights:  # the Night objects, as the Telegram /export writes them
                nights = exports.iter_nights(session, exports.Filters(), batch=500)
                rows = exports.write_export(nights, sink, format="csv")
            else:  # the rows, as the command line writes them
                night_rows = exports.iter_rows(session, exports.Filters(), batch=500)
                rows = exports.write_rows(night_rows, sink, format="csv")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return rows, peak


@pytest.mark.parametrize("as_nights", [False, True], ids=["rows", "nights"])
def test_export_memory_stays_flat_as_nights_grow(tmp_path: Path, as_nights: bool) -> None:
    from storage import migrate
    from storage.db import make_engine, make_session_factory

    peaks = {}
    for count in (2_500, 10_000):
        engine = make_engine(f"sqlite:///{tmp_path / f'big{count}.db'}")
        migrate.upgrade(engine)
        sessions = make_session_factory(engine)
        _bulk_nights(sessions, count)
        _export_peak(sessions, as_nights=as_nights)  # warm caches (compiled statements, imports)
        rows, peaks[count] = _export_peak(sessions, as_nights=as_nights)
        assert rows == count
        engine.dispose()
    # Four times the nights, about the same peak: rows are never all held at once.
    assert peaks[10_000] < peaks[2_500] * 1.3 + 200_000, peaks


# --- The command line ---------------------------------------------------------------------


@pytest.fixture
def cli_db(sessions, settings, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(cli, "load_settings", lambda: settings)
    a = enrolled_patient(sessions, user_id=1, now=NOW, label="P-A")
    log_night(
        sessions,
        a,
        DiaryEntry(diary_date=d("2026-11-23"), bedtime=t("23:10"), final_wake=t("06:40")),
    )
    log_night(sessions, a, DiaryEntry(diary_date=d("2026-11-24"), quality=2))
    return sessions


def test_cli_export_json_to_a_file_is_audited(cli_db, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "diary.jsonl"
    code = cli.main(["export", "--format", "json", "--since", "2026-11-24", "--out", str(out)])
    assert code == 0
    objects = [json.loads(line) for line in out.read_text().splitlines()]
    assert [o["diary_date"] for o in objects] == ["2026-11-24"] and objects[0]["quality"] == 2
    assert "1 nights written" in capsys.readouterr().err
    with cli_db() as session:
        logged = session.scalars(select(AuditLog).where(AuditLog.action == "staff.exported")).one()
    assert logged.actor.startswith("cli") and logged.detail["rows"] == 1
    assert logged.detail["format"] == "json" and logged.detail["since"] == "2026-11-24"


def test_cli_csv_is_what_csv_writer_writes_for_the_nights(cli_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "diary.csv"
    assert cli.main(["export", "--excel", "--labels", "--out", str(out)]) == 0
    with cli_db() as session:
        nights = list(exports.iter_nights(session, exports.Filters()))
    reference = io.StringIO()
    csv.writer(reference, lineterminator="\r\n").writerows(
        export.csv_lines(nights, labels=True, excel=True)
    )
    assert out.read_bytes() == (export.BOM + reference.getvalue()).encode()


def test_cli_export_xlsx_and_labels(cli_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "diary.xlsx"
    assert cli.main(["export", "--format", "xlsx", "--labels", "--out", str(out)]) == 0
    rows = list(load_workbook(out, read_only=True)["diary"].iter_rows(values_only=True))
    assert len(rows) == 3 and rows[2][COLUMN_NAMES.index("quality")] == "poor"


def test_cli_export_deidentified_needs_a_salt(cli_db, tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "diary.csv"
    assert cli.main(["export", "--deidentify", "--out", str(out)]) == 2
    assert "EXPORT_SALT" in capsys.readouterr().err
    monkeypatch.setattr(staff_cli, "export_salt", lambda config: SALT)
    assert cli.main(["export", "--deidentify", "--excel", "--out", str(out)]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert {r["patient"] for r in rows} == {pseudonym("P-A", SALT)}
    shift = dt.timedelta(days=shift_days("P-A", SALT))
    assert [d(r["diary_date"]) + shift for r in rows] == [d("2026-11-23"), d("2026-11-24")]


def test_cli_export_unknown_patient_and_bad_date(cli_db, capsys) -> None:  # type: ignore[no-untyped-def]
    assert cli.main(["export", "--patient", "P-ZZZ"]) == 1
    assert cli.main(["export", "--since", "24/11/2026"]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_cli_export_to_stdout_and_dictionary(cli_db, capsysbinary) -> None:  # type: ignore[no-untyped-def]
    assert cli.main(["export", "--patient", "P-A"]) == 0
    text = capsysbinary.readouterr().out.decode()
    assert text.splitlines()[0].startswith("patient,diary_date,") and len(text.splitlines()) == 3
    assert cli.main(["dictionary", "--format", "csv"]) == 0
    assert capsysbinary.readouterr().out.decode().startswith("column,meaning,")


def test_cli_patients_and_audit(cli_db, capsys) -> None:  # type: ignore[no-untyped-def]
    assert cli.main(["patients"]) == 0
    roster = capsys.readouterr().out.splitlines()
    assert roster[0].startswith("label") and roster[1].startswith("P-A")
    assert cli.main(["audit"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any("\tstaff.roster_viewed\t" in line and '"rows": 1' in line for line in lines)
    assert cli.main(["audit", "--since", "2999-01-01"]) == 0
    assert capsys.readouterr().out == ""


def test_progress_bar_counts_to_the_total() -> None:
    stream = io.StringIO()
    assert list(staff_cli.progress(range(5), 5, stream)) == [0, 1, 2, 3, 4]
    assert stream.getvalue().rstrip().endswith("5/5 nights (100%)")
