"""Crash safety of the crawl stage: SIGKILL at chosen moments, resume, compare with an
uninterrupted crawl of the same sandbox (the whole nightly run is bench/reliability.py's).

The kill moments are the ones that lost data before: right after the first page is
stored (its contact pages still to fetch) and right after the first phone-number pivot
is recorded (its searches still to run).
"""

from __future__ import annotations

import os
import signal
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

sys.path.append(str(Path(__file__).resolve().parent.parent / "bench"))  # after the real packages: bench/ has module names like theirs

from reliability_crash import (  # noqa: E402
    CrashResult,
    compare,
    reap,
    run_command,
    run_status,
    start,
)

from crawler.sandbox.scenario import load_scenario  # noqa: E402
from crawler.sandbox.server import Sandbox  # noqa: E402

QUERIES = ["hulp windows", "Microsoft helpdesk telefoonnummer"]


@pytest.fixture(scope="module")
def sandbox():
    with Sandbox(load_scenario(), max_hang=3.0) as sb:
        yield sb


@pytest.fixture(scope="module")
def env(sandbox):
    return dict(os.environ, TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS="", **sandbox.env())


def _count(db: Path, sql: str) -> int:
    try:
        conn = sqlite3.connect(db, timeout=30)
        try:
            return int(conn.execute(sql).fetchone()[0])
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return 0  # tables not created yet


def kill_when(cmd: list[str], env: dict, ready: Callable[[], bool]) -> bool:
    """Start the crawl, SIGKILL its process group once `ready()`; True if it was killed."""
    proc, _clock = start(cmd, env)
    try:
        deadline = time.monotonic() + 60
        while not ready():
            if proc.poll() is not None or time.monotonic() > deadline:
                return False
            time.sleep(0.01)
        os.killpg(proc.pid, signal.SIGKILL)
        return True
    finally:
        reap(proc)


def test_a_crawl_killed_after_its_first_page_and_first_pivot_loses_nothing(sandbox, env, tmp_path):
    qfile = tmp_path / "q.txt"
    qfile.write_text("\n".join(QUERIES) + "\n")
    ref, killed = tmp_path / "ref.db", tmp_path / "killed.db"
    urls = (sandbox.search_url, sandbox.proxy_url, qfile, ("crawl",))
    proc, clock = start(run_command(ref, *urls), env)
    assert proc.wait(timeout=120) == 0, clock.lines[-5:]

    cmd = run_command(killed, *urls)
    assert kill_when(cmd, env, lambda: _count(killed, "SELECT count(*) FROM pages") >= 1)
    # the second kill once the restarted run has resumed and a pivot is recorded
    pivoted = "SELECT count(*) FROM pivots WHERE (SELECT resumed FROM runs) >= 1"
    assert kill_when(cmd, env, lambda: _count(killed, pivoted) >= 1)
    assert run_status(killed) == "running"
    proc, clock = start(cmd, env)
    assert proc.wait(timeout=120) == 0, clock.lines[-5:]

    result = CrashResult(kills_planned=2)
    compare(ref, killed, result)
    assert result.lost == {} and result.duplicated == {}
    db = sqlite3.connect(killed)
    assert db.execute("SELECT status, resumed FROM runs").fetchall() == [("finished", 2)]
