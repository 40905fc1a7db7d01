"""The enrich benchmark, quick variant: 200 domains, 200 ms latency, 16 at a time."""

from __future__ import annotations

import importlib.util

from tests.conftest import REPO


def test_enrich_close_to_ideal_under_rate_limits() -> None:
    spec = importlib.util.spec_from_file_location(
        "bench_registration", REPO / "bench" / "registration.py"
    )
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    # measure() raises when any domain failed or any rate-limit answer came back.
    ratio = bench.measure(domains=200, latency=0.2, concurrency=16)
    print(f"figure registration_vs_ideal {ratio:.3f} target <= {bench.TARGET}")
    assert ratio <= bench.TARGET
