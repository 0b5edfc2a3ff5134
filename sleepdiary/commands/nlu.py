"""`sleepdiary nlu`: the understanding contract over JSON Lines (spec/understanding.md)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from bot.knowledge import KnowledgeBaseError, load_knowledge_base
from bot.understanding import understand
from sleepdiary.cli import settings
from sleepdiary.settings import SettingsError


def nlu(args: argparse.Namespace) -> int:
    config = settings()
    path = Path(args.kb) if args.kb else config.knowledge_base
    try:
        kb = load_knowledge_base(path, config.clinic)
    except (OSError, KnowledgeBaseError) as error:
        raise SettingsError(f"--kb {path}: {error}") from None
    out = sys.stdout
    for number, line in enumerate(sys.stdin, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            received_at = dt.datetime.fromisoformat(item["received_at"]).replace(tzinfo=None)
            text, tz = str(item.get("text") or ""), str(item.get("tz") or config.clinic_timezone)
        except (ValueError, KeyError, TypeError) as error:
            print(f"sleepdiary nlu: line {number} skipped: {error}", file=sys.stderr)
            continue
        result = understand(text, received_at, tz, kb)
        out.write(json.dumps({"id": item.get("id"), **result.to_json()}, ensure_ascii=False))
        out.write("\n")
    out.flush()
    return 0
