"""CI runs the reliability suite's quick version: every figure line present and met."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench" / "reliability.py"
FIGURE = re.compile(r"^figure (\S+) (\S+) target (>=|==|<=) (\S+)$")
REQUIRED = {"kills_survived", "items_lost", "concurrent_decisions_lost", "locked_errors_seen"}
FUZZ_TARGETS = ("phones", "brands", "html", "page", "rdap", "whois", "rules", "searxng", "brave")


@pytest.mark.timeout(240)
def test_quick_reliability_run_meets_every_target():
    proc = subprocess.run(
        [sys.executable, str(BENCH), "--quick"], capture_output=True, text=True, timeout=230
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr[-3000:]
    lines = proc.stdout.strip().splitlines()
    figures = {}
    for line in lines:
        match = FIGURE.match(line)
        assert match, f"not a figure line: {line!r}"
        figures[match.group(1)] = (float(match.group(2)), match.group(3), float(match.group(4)))
    wanted = REQUIRED | {
        f"fuzz_{kind}_{t}" for t in FUZZ_TARGETS for kind in ("inputs", "failures")
    }
    assert wanted <= set(figures)
    assert figures["kills_survived"][0] >= 3
    assert figures["items_lost"][0] == 0 and figures["concurrent_decisions_lost"][0] == 0
    assert all(figures[f"fuzz_inputs_{t}"][0] > 0 for t in FUZZ_TARGETS)
