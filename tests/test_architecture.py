"""Rules of the layout that a reader relies on, checked so they stay true."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _modules(folder: str) -> list[Path]:
    return sorted((ROOT / folder).rglob("*.py"))


@pytest.mark.parametrize("path", _modules("bot"), ids=lambda p: str(p.relative_to(ROOT)))
def test_the_domain_imports_no_telegram_and_no_database(path: Path) -> None:
    tree = ast.parse(path.read_text())
    imported = {
        (node.module or "") if isinstance(node, ast.ImportFrom) else alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }
    forbidden = {"telegram", "sqlalchemy", "storage", "handlers", "sleepdiary"}
    assert not {name.split(".")[0] for name in imported} & forbidden


@pytest.mark.parametrize("path", _modules("handlers"), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_telegram_call_is_awaited_inside_a_database_transaction(path: Path) -> None:
    """A write lock held across a network round trip stalls every other update (SQLite)."""
    tree = ast.parse(path.read_text())
    offending = [
        sub.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.With) and "sessions" in ast.unparse(node.items[0].context_expr)
        for sub in ast.walk(node)
        if isinstance(sub, ast.Await)
    ]
    assert offending == []


def _runtime_imports(tree: ast.Module) -> set[str]:
    """Top-level module names imported, leaving out `if TYPE_CHECKING:` blocks."""
    skipped = {
        id(sub)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
        for sub in ast.walk(node)
    }
    return {
        ((node.module or "") if isinstance(node, ast.ImportFrom) else alias.name).split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom) and id(node) not in skipped
        for alias in node.names
    }


@pytest.mark.parametrize("path", _modules("handlers"), ids=lambda p: str(p.relative_to(ROOT)))
def test_handlers_do_not_reach_up_into_the_wiring(path: Path) -> None:
    """sleepdiary/ builds the Application from handlers; the arrow never points back."""
    assert "sleepdiary" not in _runtime_imports(ast.parse(path.read_text()))


def test_the_wiring_check_sees_an_import_that_reaches_up() -> None:
    reaching = ast.parse("from sleepdiary.app import Deps\n")
    typing_only = ast.parse(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from sleepdiary import x\n"
    )
    assert "sleepdiary" in _runtime_imports(reaching)
    assert "sleepdiary" not in _runtime_imports(typing_only)


def _top_level_names(tree: ast.Module) -> list[str]:
    names = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.ClassDef):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
    return names


@pytest.mark.parametrize("path", _modules("bot"), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_level_name_is_defined_twice(path: Path) -> None:
    """In a long lexicon module a second `_LIE_IN` silently replaces the first for every
    rule built after it (it happened once)."""
    names = _top_level_names(ast.parse(path.read_text()))
    assert sorted({n for n in names if names.count(n) > 1}) == []
