"""Test-wide set-up: nothing here may reach the internet."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] = ""

REPO = Path(__file__).resolve().parent.parent
# Real registry answers from other open-source projects (each folder names its source
# and licence); shipped with the repository so a fresh clone has every file it reads.
REGISTRY_SAMPLES = REPO / "tests" / "data" / "registry_samples"


@pytest.fixture
def store(tmp_path):
    """A fresh, migrated store in a real SQLite file."""
    from crawler.store import open_store

    db = open_store(tmp_path / "store.db")
    yield db
    db.close()


# Slow tiers, by module: `pytest -m "not slow"` is the fast loop (unit and component
# tests), `pytest -m browser` (or redis, reliability, bench, e2e) runs one tier.
TIERS = {
    "browser": ("test_web_browser", "test_render"),
    "redis": ("test_distributed",),
    "reliability": ("test_reliability", "test_fuzz_parsers"),
    "bench": ("test_bench", "test_registration_bench", "test_queue_scale"),
    "e2e": ("test_demo", "test_crawl_sandbox"),
}


def pytest_configure(config):
    for tier in TIERS:
        config.addinivalue_line("markers", f"{tier}: slow tier ({tier}); part of `slow`")
    config.addinivalue_line("markers", "slow: any slow tier; `-m 'not slow'` skips them all")


def pytest_collection_modifyitems(config, items):
    for item in items:
        module = item.module.__name__.rsplit(".", 1)[-1] if item.module else ""
        for tier, prefixes in TIERS.items():
            if module.startswith(prefixes):
                item.add_marker(getattr(pytest.mark, tier))
                item.add_marker(pytest.mark.slow)
