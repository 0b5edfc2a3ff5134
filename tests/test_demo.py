"""`sleepdiary demo` driven through piped standard input, as a script would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_demo_answers_piped_lines_and_quits(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_"))}
    result = subprocess.run(
        [sys.executable, str(ROOT / "bot.py"), "demo", "--db", str(tmp_path / "demo.db")],
        input="hello\n/help\n/quit\nnever read\n",
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "you> hello" in out
    assert "bot> " in out
    assert "never read" not in out
    assert (tmp_path / "demo.db").exists()
