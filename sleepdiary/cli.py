"""The `sleepdiary` command line (also `python bot.py ...`).

Imports are made inside each command so that `sleepdiary nlu` does not pay for Telegram and
the database, and a settings mistake is reported before anything heavy loads.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from sleepdiary.settings import Settings, SettingsError, load_settings

Command = Callable[[argparse.Namespace], int]


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return 2
    try:
        return int(args.handler(args) or 0)
    except SettingsError as error:
        print(f"sleepdiary: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sleepdiary",
        description="A Telegram sleep diary for the patients of a ketamine infusion clinic.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    run = sub.add_parser("run", help="run the bot (long polling, or a webhook with --webhook-url)")
    run.add_argument("--webhook-url", help="public HTTPS URL Telegram should post updates to")
    run.add_argument("--listen", default="0.0.0.0", help="address to listen on for the webhook")
    run.add_argument("--port", type=int, default=8443, help="port to listen on for the webhook")
    run.set_defaults(handler=_lazy("sleepdiary.commands.run", "run"))

    demo = sub.add_parser("demo", help="chat with the bot in this terminal, no Telegram needed")
    demo.add_argument("--db", help="SQLite file to keep the demo in (default: a temporary one)")
    demo.set_defaults(handler=_lazy("sleepdiary.commands.demo", "demo"))

    nlu = sub.add_parser("nlu", help="understand messages: JSON Lines on stdin, results on stdout")
    nlu.add_argument("--kb", help="knowledge base (Markdown) to answer questions from")
    nlu.set_defaults(handler=_lazy("sleepdiary.commands.nlu", "nlu"))

    invite = sub.add_parser("invite", help="create one-time invitation codes for patients")
    invite.add_argument("--label", help="the clinic's label for the patient, such as P-0042")
    invite.add_argument("--count", type=int, help="invite a cohort of this many patients")
    invite.add_argument("--label-prefix", help="label prefix for a cohort, such as P-")
    invite.add_argument("--tz", help="the patient's time zone (default CLINIC_TIMEZONE)")
    invite.add_argument("--time", help="daily check-in time HH:MM (default DEFAULT_CHECKIN_TIME)")
    invite.set_defaults(handler=_lazy("sleepdiary.commands.staff", "invite"))

    patients = sub.add_parser("patients", help="list patients, adherence and open safety events")
    patients.set_defaults(handler=_lazy("sleepdiary.commands.staff", "patients"))

    export = sub.add_parser("export", help="export the diary as CSV, XLSX or JSON Lines")
    export.add_argument("--format", choices=("csv", "xlsx", "json"), default="csv")
    export.add_argument("--since", help="first diary date, YYYY-MM-DD")
    export.add_argument("--until", help="last diary date, YYYY-MM-DD")
    export.add_argument("--patient", help="only this patient's label")
    export.add_argument("--out", help="file to write (default: standard output)")
    export.add_argument("--excel", action="store_true", help="CSV with a BOM for Excel")
    export.add_argument("--deidentify", action="store_true", help="hash labels, shift dates")
    export.add_argument("--labels", action="store_true", help="words instead of codes")
    export.set_defaults(handler=_lazy("sleepdiary.commands.staff", "export"))

    dictionary = sub.add_parser("dictionary", help="the data dictionary of the export columns")
    dictionary.add_argument("--format", choices=("csv", "markdown"), default="markdown")
    dictionary.set_defaults(handler=_lazy("sleepdiary.commands.staff", "dictionary"))

    audit = sub.add_parser("audit", help="print the audit log: who did what, and when")
    audit.add_argument("--since", help="first day to print, YYYY-MM-DD (UTC)")
    audit.set_defaults(handler=_lazy("sleepdiary.commands.staff", "audit"))

    backup = sub.add_parser("backup", help="copy the live SQLite database consistently")
    backup.add_argument("--out", required=True, help="file to write the copy to")
    backup.set_defaults(handler=_lazy("sleepdiary.commands.backup", "backup"))

    model = sub.add_parser(
        "safety-model", help="train or evaluate the safety model (needs the dev extras)"
    )
    model.add_argument("action", choices=("train", "evaluate"))
    model.add_argument(
        "--data", help="one folder of labelled .jsonl sets (default: tests/data/heldout, teaching)"
    )
    model.add_argument("--out", help="where train writes the table (bot/safety/, shipped)")
    model.add_argument("--threshold", type=float, help="least P(level) to flag (default 0.8)")
    model.set_defaults(handler=_lazy("sleepdiary.commands.safety_model", "main"))

    router = sub.add_parser(
        "faq-router", help="train or evaluate the FAQ's question router (needs the dev extras)"
    )
    router.add_argument("action", choices=("train", "evaluate"))
    router.set_defaults(handler=_lazy("sleepdiary.commands.faq_router", "main"))

    db = sub.add_parser("db", help="database migrations")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    upgrade = db_sub.add_parser("upgrade", help="apply migrations (default: to the newest)")
    upgrade.add_argument("revision", nargs="?", default="head")
    upgrade.set_defaults(handler=_lazy("sleepdiary.commands.database", "upgrade"))
    downgrade = db_sub.add_parser("downgrade", help="undo migrations (default: all of them)")
    downgrade.add_argument("revision", nargs="?", default="base")
    downgrade.set_defaults(handler=_lazy("sleepdiary.commands.database", "downgrade"))
    return parser


def _lazy(module: str, function: str) -> Command:
    def handler(args: argparse.Namespace) -> int:
        import importlib

        return int(getattr(importlib.import_module(module), function)(args) or 0)

    return handler


def settings() -> Settings:
    return load_settings()


if __name__ == "__main__":
    raise SystemExit(main())
