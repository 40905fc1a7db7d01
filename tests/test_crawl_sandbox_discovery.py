"""End-to-end: scams only a CT log or an NRD list names are fetched by the next nightly
run, scored with their evidence and queued; the summary counts domains per source."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest

from crawler.sandbox.scenario import load_scenario
from crawler.sandbox.server import Sandbox
from nephelpdesk.cli import main
from nephelpdesk.run import RunOptions, nightly_run

FAST = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_TIMEOUT": 3,
        "RETRY_TIMES": 0, "LOG_LEVEL": "WARNING"}  # fmt: skip
QUERIES = ["hulp windows", "apple support bellen"]
PARTNER = "+31858889999"  # the number of a campaign the queries above do not find


@pytest.fixture(scope="module")
def sandbox():
    with Sandbox(load_scenario(), max_hang=3.0) as box:
        yield box


def cli(db: str, *args: str) -> None:
    try:
        main(["--db", db, *args])
    except SystemExit as exc:
        assert not exc.code, args


@pytest.fixture(scope="module")
def run(sandbox, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("discovery")
    db = str(tmp / "store.db")
    numbers = tmp / "acm.csv"
    numbers.write_text("number,date,note\n085 888 9999,2025-05-20,blocked\n", encoding="utf-8")
    old_env = dict(os.environ)
    os.environ.update(sandbox.env())
    try:
        cli(db, "watch-ct", "--log", sandbox.ct_url, "--once", "--scheme", "http")
        cli(db, "discover", "--scheme", "http", "--nrd", str(sandbox.feed_path("nrd.txt")),
            "--zone", str(sandbox.feed_path("zone-old.txt")), str(sandbox.feed_path("zone-new.txt")))  # fmt: skip
        cli(db, "partner-numbers", str(numbers), "--source", "ACM blocking decision")
        options = RunOptions(engine="searxng", engine_url=sandbox.search_url, queries=QUERIES,
                             proxy=sandbox.proxy_url, settings=dict(FAST),
                             stages=("crawl", "enrich", "score", "triage"))  # fmt: skip
        summary = nightly_run(db, options)
    finally:
        os.environ.clear()
        os.environ.update(old_env)
    return db, summary


def only_discovered(sandbox) -> dict[str, str]:
    return {d: ch for ch in ("ct", "nrd", "zone") for d in sandbox.channels[ch]}


def test_discovery_only_scams_are_fetched_scored_and_queued(sandbox, run):
    db_path, summary = run
    assert summary.status == "finished", summary.errors
    db = sqlite3.connect(db_path)
    for domain, source in only_discovered(sandbox).items():
        assert (
            db.execute("SELECT count(*) FROM search_hits WHERE domain = ?", [domain]).fetchone()[0]
            == 0
        )
        pages = db.execute("SELECT count(*) FROM pages WHERE domain = ?", [domain]).fetchone()[0]
        assert pages >= 1, domain
        flagged, reasons = db.execute("SELECT flagged, reasons FROM scores WHERE domain = ?",
                                      [domain]).fetchone()  # fmt: skip
        assert flagged == 1, (domain, reasons)
        assert '"evidence"' in reasons
        assert (
            db.execute("SELECT count(*) FROM case_domains WHERE domain = ?", [domain]).fetchone()[0]
            == 1
        )
        listed = db.execute(
            "SELECT source, run_id FROM crawl_list WHERE domain = ?", [domain]
        ).fetchone()
        assert listed == (source, summary.run_id)


def test_the_summary_counts_domains_per_source(sandbox, run):
    _db, summary = run
    sources = summary.counts["sources"]
    assert sources["search"]["domains"] > 0
    for source in ("ct", "nrd", "zone"):
        wanted = [d for d, s in only_discovered(sandbox).items() if s == source]
        assert sources[source]["flagged"] >= len(wanted), sources
        assert sources[source]["fetched"] <= sources[source]["domains"]
    assert summary.counts["crawl"]["crawl_list_urls"] == sum(
        sources[s]["domains"] for s in ("ct", "nrd", "zone")
    )


def test_partner_numbers_are_searched_as_pivots(run):
    db_path, summary = run
    db = sqlite3.connect(db_path)
    row = db.execute("SELECT run_id, from_domain FROM pivots WHERE e164 = ?", [PARTNER]).fetchone()
    assert row == (summary.run_id, "partner: ACM blocking decision")
    searched = dict(db.execute(
        "SELECT query, hits FROM search_requests WHERE origin = 'pivot' AND run_id = ?",
        [summary.run_id]).fetchall())  # fmt: skip
    assert searched.get("085 888 9999", 0) > 0  # the campaign's pages showing the number
    when = db.execute(
        "SELECT reported_on, source FROM partner_numbers WHERE e164 = ?", [PARTNER]
    ).fetchone()
    assert when == ("2025-05-20", "ACM blocking decision")
    assert db.execute("SELECT source FROM fraud_numbers WHERE e164 = ?", [PARTNER]).fetchone()


def test_the_next_run_takes_nothing_twice(sandbox, run):
    db_path, _summary = run
    db = sqlite3.connect(db_path)
    assert db.execute("SELECT count(*) FROM crawl_list WHERE run_id IS NULL").fetchone()[0] == 0


def test_crawl_command_prints_domains_by_source(sandbox, tmp_path):
    db = str(tmp_path / "store.db")
    env = dict(os.environ, **sandbox.env(), TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS="")
    nh = [sys.executable, "-m", "nephelpdesk", "--db", db]
    subprocess.run(nh + ["discover", "--scheme", "http", "--nrd", str(sandbox.feed_path("nrd.txt"))],
                   env=env, check=True, capture_output=True)  # fmt: skip
    queries = tmp_path / "q.txt"
    queries.write_text("hulp windows\n", encoding="utf-8")
    done = subprocess.run(nh + ["crawl", "--engine-url", sandbox.search_url, "--queries", str(queries),
                                "--proxy", sandbox.proxy_url, "--stage", "crawl", "--stage", "score",
                                "-s", "DOWNLOAD_DELAY=0"],
                          env=env, capture_output=True, text=True, timeout=240)  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    line = next(x for x in done.stdout.splitlines() if "domains by source" in x)
    assert "nrd 2 / 2" in line and "search " in line
