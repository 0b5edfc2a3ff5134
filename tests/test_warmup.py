"""Warm-up loads, before any patient needs it, every library the bot would load on first use.

A library imported inside a function in bot/ or handlers/ is loaded the first time a patient
(or a job) reaches that path: the loop stalls while it loads and memory jumps hours after
start-up. Each such import must be loaded by warm-up, or listed in NOT_SERVING with a reason.
"""

from __future__ import annotations

import ast
import gc
import json
import subprocess
import sys
from pathlib import Path

from sleepdiary import warmup

ROOT = Path(__file__).resolve().parent.parent
FIRST_PARTY = {"bot", "handlers", "storage", "sleepdiary"}


def lazy_imports() -> set[str]:
    """Third-party modules imported inside functions in bot/ and handlers/ (for `from X import
    Y`, X.Y when Y is a module of X, else X)."""
    found = set()
    for path in [*(ROOT / "bot").rglob("*.py"), *(ROOT / "handlers").rglob("*.py")]:
        for function in ast.walk(ast.parse(path.read_text())):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for node in ast.walk(function):
                if isinstance(node, ast.Import):
                    found.update(alias.name for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                    found.add(node.module)
                    found.update(f"{node.module}.{alias.name}" for alias in node.names)
    top = {name.split(".")[0] for name in found}
    return {
        name
        for name in found
        if name.split(".")[0] not in FIRST_PARTY | set(sys.stdlib_module_names)
        and (name in top or _is_module(name))
    }


def _is_module(name: str) -> bool:
    import importlib.util

    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:
        return False


def test_the_scan_finds_the_libraries_loaded_on_first_use() -> None:
    found = lazy_imports()
    assert {"dateparser", "tzfpy"} <= found
    assert "tzfpy.get_tz" not in found  # a function, not a module


def test_every_lazy_import_is_warmed_or_excused() -> None:
    warmed = {module for _load, modules in warmup.LIBRARIES.values() for module in modules}
    unaccounted = {
        name for name in lazy_imports() - warmed if name.split(".")[0] not in warmup.NOT_SERVING
    }
    assert not unaccounted, f"load these in sleepdiary/warmup.py, or excuse them: {unaccounted}"


_CHILD = """
import json, sys
from bot.knowledge import default_knowledge_base_path, load_knowledge_base
from sleepdiary.settings import load_settings
from sleepdiary.warmup import warm_up

settings = load_settings(environ={}, env_file=None)
kb = load_knowledge_base(default_knowledge_base_path(), settings.clinic)
names = json.loads(sys.argv[1])
before = [name for name in names if name in sys.modules]
warm_up(kb).join()
print(json.dumps({"before": before, "after": [name for name in names if name in sys.modules]}))
"""


def test_warm_up_loads_them_in_a_fresh_process() -> None:
    """In a new interpreter (this one may have imported them already): none is loaded until
    warm_up runs, and all are once its thread is done."""
    excused = set(warmup.NOT_SERVING)
    wanted = sorted(name for name in lazy_imports() if name.split(".")[0] not in excused)
    result = subprocess.run(
        [sys.executable, "-c", _CHILD, json.dumps(wanted)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    loaded = json.loads(result.stdout.splitlines()[-1])
    assert loaded["before"] == []
    assert loaded["after"] == wanted
    assert "warm_up.failed" not in result.stderr


def test_the_collector_is_paused_while_loading_and_on_again_after() -> None:
    assert gc.isenabled()
    try:
        with warmup.collector_paused():
            assert not gc.isenabled()
        assert gc.isenabled()
        assert gc.get_freeze_count() > 0  # what loading made is left out of collections
    finally:
        gc.unfreeze()  # this test process's objects are not the bot's
