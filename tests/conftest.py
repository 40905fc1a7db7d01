"""Test-wide set-up: nothing here may reach the internet."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] = ""

REPO = Path(__file__).resolve().parent.parent
# scripts/test.sh sets this once it has installed chromium and redis-server: a test that
# then finds one missing fails instead of skipping. Elsewhere (no root, no apt) such a
# test skips, naming what is missing and how to install it.
REQUIRE_ALL = os.environ.get("NEPHELPDESK_TEST_REQUIRE_ALL") == "1"


def need_program(name: str, why: str, *, path: str | None = None) -> str:
    """The path of an outside program a test uses for real, or a skip (a failure under
    scripts/test.sh) that names it, why the test needs it and how to install it."""
    import shutil

    found = path if path and Path(path).exists() else shutil.which(path or name)
    if found:
        return found
    message = (
        f"{path or name} not installed: {why}; install it with `apt-get install {name}` "
        "(scripts/test.sh does, as root)"
    )
    if REQUIRE_ALL:
        pytest.fail(message, pytrace=False)
    pytest.skip(message, allow_module_level=True)


def need_module(name: str, why: str) -> object:
    """A Python package from the test extra, or a skip (a failure under scripts/test.sh)
    saying to install the extra."""
    import importlib

    try:
        return importlib.import_module(name)
    except ModuleNotFoundError:
        message = f"{name} not installed: {why}; install the test extra (pip install -e '.[test]')"
        if REQUIRE_ALL:
            pytest.fail(message, pytrace=False)
        pytest.skip(message, allow_module_level=True)
    raise AssertionError("unreachable")
# Real registry answers from other open-source projects (each folder names its source
# and licence); shipped with the repository so a fresh clone has every file it reads.
REGISTRY_SAMPLES = REPO / "tests" / "data" / "registry_samples"


@pytest.fixture
def store(tmp_path):
    """A fresh, migrated store in a real SQLite file."""
    from core.store import open_store

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


@pytest.fixture
def readonly_dir(tmp_path):
    """(writable source dir, the same dir seen read-only): a read-only bind mount when
    root (root ignores file modes), else a directory without write permission."""
    import subprocess

    src, view = tmp_path / "media", tmp_path / "media-ro"
    src.mkdir()
    if os.geteuid() != 0:
        yield src, src
        src.chmod(0o755)
        return
    view.mkdir()
    mounted = subprocess.run(["mount", "--bind", str(src), str(view)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"read-only media: cannot bind-mount as root here ({mounted.stderr!r})")
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(view)], check=True)
        yield src, view
    finally:
        # lazy: a connection the command left open must not keep the mount busy
        subprocess.run(["umount", "-l", str(view)], check=True)


def make_readonly(src: Path) -> None:
    """Called once the store is in place: without root the directory loses write access."""
    if os.geteuid() != 0:
        src.chmod(0o555)
