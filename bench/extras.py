"""What the benchmark and reliability scripts need beyond a plain install, checked
before anything else runs: a missing package is one line naming the extra to install,
not a ModuleNotFoundError from deep inside a part of the suite."""

from __future__ import annotations

import importlib
import sys

# module -> why the script needs it. The `bench` extra in pyproject.toml installs them.
RELIABILITY = {"hypothesis": "the hostile-input fuzzing (reliability_fuzz.py)"}
BENCHMARK: dict[str, str] = {}  # bench/run.py needs only the plain install
INSTALL = "pip install -e '.[bench]'"


def missing(modules: dict[str, str]) -> list[str]:
    """The modules of `modules` that cannot be imported here."""
    gone = []
    for name in modules:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError:
            gone.append(name)
    return gone


def require(script: str, modules: dict[str, str]) -> None:
    """Exit 2 with one line on stderr when a needed module is not installed."""
    gone = missing(modules)
    if gone:
        needs = "; ".join(f"{name} for {modules[name]}" for name in gone)
        print(
            f"error: {script} needs {needs}: install the bench extra ({INSTALL})",
            file=sys.stderr,
        )
        sys.exit(2)
