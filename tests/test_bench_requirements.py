"""The benchmark and reliability scripts say what they need: after a plain install
(no `bench` extra) reliability.py ends with one line naming the extra, no traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"

# Runs a bench script in an interpreter where `hypothesis` cannot be imported, as after
# `pip install -e .` without extras.
WITHOUT_HYPOTHESIS = """
import runpy, sys

class NoHypothesis:
    def find_spec(self, name, path=None, target=None):
        if name == "hypothesis" or name.startswith("hypothesis."):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None

sys.meta_path.insert(0, NoHypothesis())
sys.argv = [sys.argv[1], *sys.argv[2:]]
runpy.run_path(sys.argv[0], run_name="__main__")
"""


def test_reliability_without_the_bench_extra_is_one_line():
    proc = subprocess.run(
        [sys.executable, "-c", WITHOUT_HYPOTHESIS, str(BENCH / "reliability.py"), "--quick"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 2, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
    assert proc.stderr.strip().splitlines() == [
        "error: bench/reliability.py needs hypothesis for the hostile-input fuzzing "
        "(reliability_fuzz.py): install the bench extra (pip install -e '.[bench]')"
    ]


def test_the_bench_extra_is_declared_and_named_in_the_readme():
    import tomllib

    root = BENCH.parent
    extras = tomllib.loads((root / "pyproject.toml").read_text())["project"]["optional-dependencies"]
    assert any(dep.startswith("hypothesis") for dep in extras["bench"])
    assert "'.[bench]'" in (root / "README.md").read_text()
