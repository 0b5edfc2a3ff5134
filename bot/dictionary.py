"""The data dictionary of the export: every column, its meaning, type, unit, Consensus Sleep
Diary item, whether it identifies a patient, and what --deidentify does to it."""

from __future__ import annotations

import csv
import io

from bot.export import COLUMNS, Column

HEADER: tuple[str, ...] = (
    "column",
    "meaning",
    "type",
    "unit",
    "csd_item",
    "identifier",
    "deidentified",
)

NOTES: tuple[str, ...] = (
    "One row per patient and night, oldest first within each patient.",
    "Empty (null in JSON) means not reported; a derived metric whose inputs are missing is "
    "empty, never guessed.",
    "Clock times are the patient's local wall-clock time, HH:MM; dates are YYYY-MM-DD.",
    "With --labels, quality and side-effect severities are words instead of codes.",
    "With --deidentify, labels become salted hashes and each patient's dates move back by "
    "the same whole number of weeks (7 to 364 days): intervals and weekdays are kept.",
    "Formats: CSV (UTF-8; --excel adds a byte-order mark), XLSX (typed cells), JSON Lines "
    "(one object per night per line).",
)


def _deidentified(column: Column) -> str:
    if column.name == "patient":
        return "replaced by a salted hash (S-...)"
    if column.type in ("date", "datetime"):
        return "shifted back by the patient's offset"
    return ""


def rows() -> list[list[str]]:
    return [
        [
            column.name,
            column.meaning,
            column.type,
            column.unit,
            column.csd_item,
            "yes" if column.identifier else "no",
            _deidentified(column),
        ]
        for column in COLUMNS
    ]


def as_csv() -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows(rows())
    return out.getvalue()


def as_markdown() -> str:
    def cells(values: list[str] | tuple[str, ...]) -> str:
        return "| " + " | ".join(v.replace("|", "\\|") for v in values) + " |"

    lines = ["# Sleep diary export: data dictionary", ""]
    lines += [f"- {note}" for note in NOTES]
    lines += ["", cells(HEADER), "|" + "---|" * len(HEADER)]
    lines += [cells(row) for row in rows()]
    return "\n".join(lines) + "\n"
