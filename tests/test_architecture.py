"""The floors of the house (ARCHITECTURE.md), checked by parsing every import.

Each top-level package may import only the packages below it; nothing imports the
application shell; the ground floor imports nothing of ours. Imports inside functions
count too: a lazy import is still a dependency.
"""

from __future__ import annotations

import ast
import functools
import importlib
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# package -> the packages of ours it may import (ARCHITECTURE.md, "Rooms").
ALLOWED: dict[str, set[str]] = {
    "core": set(),
    "registration": {"core"},
    "scoring": {"core", "registration"},
    "takedown_queue": {"core", "scoring"},
    "reports": {"core", "scoring"},
    "crawler": {"core", "registration", "scoring"},
    "spiders": {"core", "crawler"},
    "nephelpdesk": {
        "core", "registration", "scoring", "takedown_queue", "reports", "crawler", "spiders",
    },
}  # fmt: skip
OURS = frozenset(ALLOWED)


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found & OURS


@functools.cache
def package_imports() -> dict[str, dict[str, list[str]]]:
    """package -> imported package -> the files that import it."""
    graph: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for package in OURS:
        for path in sorted((ROOT / package).rglob("*.py")):
            for other in _imports(path) - {package}:
                graph[package][other].append(str(path.relative_to(ROOT)))
    return graph


def test_every_package_is_in_the_table():
    on_disk = {p.parent.name for p in ROOT.glob("*/__init__.py")} - {"tests", "bench"}
    assert on_disk == OURS


@pytest.mark.parametrize("package", sorted(OURS))
def test_a_package_imports_only_the_floors_below_it(package):
    graph = package_imports()
    wrong = {
        other: files for other, files in graph[package].items() if other not in ALLOWED[package]
    }
    assert not wrong, f"{package} imports {wrong}"


def test_no_import_cycle_between_packages():
    graph = {p: set(edges) for p, edges in package_imports().items()}
    seen: dict[str, int] = {}  # 1 on the current path, 2 done

    def visit(node: str, path: list[str]) -> None:
        seen[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if seen.get(nxt) == 1:
                raise AssertionError(" -> ".join([*path, node, nxt]))
            if nxt not in seen:
                visit(nxt, [*path, node])
        seen[node] = 2

    for package in sorted(OURS):
        if package not in seen:
            visit(package, [])


def test_nothing_imports_the_application_shell():
    graph = package_imports()
    assert not [p for p, edges in graph.items() if "nephelpdesk" in edges]


def test_the_check_sees_a_lazy_import(tmp_path):
    module = tmp_path / "m.py"
    module.write_text("def f():\n    from nephelpdesk.cli import main\n    import core.store\n")
    assert _imports(module) == {"nephelpdesk", "core"}


def test_the_store_migrates_every_packages_tables():
    """The ground floor names the stages' schema modules (strings, imported when a store
    opens) so one `open_store` creates every table: each listed module exists, and no
    package's schema is left out."""
    from core.store import SCHEMA_MODULES

    for name in SCHEMA_MODULES:
        assert hasattr(importlib.import_module(name), "migrations"), name
    on_disk = {
        ".".join(p.relative_to(ROOT).with_suffix("").parts)
        for package in OURS
        for p in (ROOT / package).rglob("*schema.py")
        if "migrations = Migrations(" in p.read_text(encoding="utf-8")
    }
    assert on_disk == set(SCHEMA_MODULES)
    for name in SCHEMA_MODULES:
        assert _imports(ROOT / (name.replace(".", "/") + ".py")) == set(), name
