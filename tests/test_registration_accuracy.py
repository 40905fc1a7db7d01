"""parse_whois over whois-parser's real answers: accuracy per split, states, parse time.

The fixtures were split before tuning (tests/data/registry_samples/whois-parser/SOURCE.md):
the development part must reach the issue's 0.95 per field; the held-out part, the
product's figure, must not fall below what it reached when this test was written (see
FLOORS). bench/registration_accuracy.py prints both, per family, beside python-whois.
"""

from __future__ import annotations

import importlib.util
import logging
import sys
from types import ModuleType

import pytest

from tests.conftest import REPO
from tests.registry_fixtures import cases

FIELDS = ("registrar", "created", "country", "privacy", "state")
TARGET = 0.95
# Held-out figures when written (2026-12-02), less one answer's worth of slack each.
FLOORS = {"registrar": 0.91, "created": 0.95, "country": 0.97, "privacy": 0.97, "state": 0.89}


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "bench_registration_accuracy", REPO / "bench" / "registration_accuracy.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    logging.disable(logging.WARNING)
    return module


def test_split_was_fixed_before_tuning() -> None:
    dev, held = cases("dev"), cases("held-out")
    assert len(dev) > 400 and len(held) > 200
    assert not {c.key for c in dev} & {c.key for c in held}


def test_development_part_reaches_the_target(bench: ModuleType) -> None:
    tally = bench.accuracy(bench.ours, "dev")["ALL"]
    figures = {f: tally.share(f) for f in FIELDS}
    print("dev", figures)
    assert all(figures[f] >= TARGET for f in FIELDS), figures


def test_held_out_part_does_not_regress(bench: ModuleType) -> None:
    tally = bench.accuracy(bench.ours, "held-out")["ALL"]
    figures = {f: tally.share(f) for f in FIELDS}
    print("held-out", figures)
    assert all(figures[f] >= FLOORS[f] for f in FIELDS), figures


def test_no_record_refused_and_not_found_answers_found(bench: ModuleType) -> None:
    tally = bench.accuracy(bench.ours, None)["ALL"]
    assert tally.share("record_kept") >= 0.97  # 428 of 438 when written
    assert tally.share("not_found_kept") >= 0.96  # 243 of 251 when written


def test_one_megabyte_answers_parse_in_bounded_time(bench: ModuleType) -> None:
    for name, (text, domain) in bench.large_answers().items():
        best = min(bench.parse_ms(text, domain) for _ in range(3))  # shared host: best of 3
        assert best < bench.MAX_MS_PER_MB, name
