"""`python bench/run.py --quick` prints every figure in the agreed format.

Small sizes make the ratios noisy on a shared machine, so this checks the format and
that each measurement is a real positive number, not the targets (the full run does).
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from tests.conftest import REPO

FIGURES = {
    "crawl_vs_bare_scrapy": (">=", 0.7),
    "crawl_memory_growth": ("<=", 1.5),
    "rescore_growth": ("<=", 11.0),
    "queue_page_growth": ("<=", 2.0),
    "registration_vs_ideal": ("<=", 1.3),
    "extraction_vs_parse": ("<=", 38.0),
    "render_cost": ("<=", 40.0),
    "ct_names_per_second": (">=", 10000.0),
}
LINE = re.compile(r"^figure (\S+) (\d+\.\d+) target (>=|<=) (\d+(?:\.\d+)?)$")


@pytest.mark.timeout(300)
def test_quick_benchmark_prints_every_figure() -> None:
    out = subprocess.run(
        [sys.executable, str(REPO / "bench" / "run.py"), "--quick"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=250,
        check=False,
    )
    assert out.returncode in (0, 1), out.stderr[-3000:]  # 1: a target missed, still printed
    found = {}
    for line in out.stdout.splitlines():
        if line.startswith("figure "):
            match = LINE.match(line)
            assert match, line
            name, value, op, limit = match.groups()
            found[name] = (float(value), op, float(limit))
    assert set(found) == set(FIGURES), out.stdout
    for name, (value, op, limit) in found.items():
        assert (op, limit) == FIGURES[name], name
        assert value > 0, name
    print(out.stdout)
