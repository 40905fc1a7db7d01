"""End-to-end: the nightly crawl against the sandbox web (search, proxy, sites)."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from urllib.parse import unquote_plus, urlsplit

import pytest

from core.domains import registered_domain
from crawler.extract.vocabulary import load_vocabulary
from crawler.sandbox.scenario import load_scenario
from crawler.sandbox.server import Sandbox
from nephelpdesk.run import RunOptions, nightly_run

QUERIES = [
    "hulp windows",
    "Microsoft helpdesk telefoonnummer",
    "Apple support number",
    "computerhulp bellen",
    "edge case crawler test",
]
FAST = {
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
    "DOWNLOAD_TIMEOUT": 3,
    "RETRY_TIMES": 0,
    "LOG_LEVEL": "WARNING",
}


@pytest.fixture(scope="module")
def scenario():
    return load_scenario()


@pytest.fixture(scope="module")
def sandbox(scenario):
    with Sandbox(scenario, max_hang=5.0) as sb:
        yield sb


def options(sandbox, **kw):
    base = dict(
        engine="searxng",
        engine_url=sandbox.search_url,
        queries=QUERIES,
        proxy=sandbox.proxy_url,
        settings=dict(FAST),
        stages=("crawl",),
    )
    base.update(kw)
    return RunOptions(**base)


def counts(path):
    db = sqlite3.connect(path)
    out = {
        t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("pages", "bodies", "domains", "page_phones", "page_brands", "pivots")
    }
    db.close()
    return out


def reachable(site) -> set[str]:
    """The landing page and the same-site pages the crawl follows from it: those whose
    link matches scoring/vocabulary.toml's contact_links words (a German /kontakt or a
    Dutch /algemene-voorwaarden is not followed; the sandbox has such pages on purpose)."""
    words = [w.lower() for w in load_vocabulary()["contact_links"]["words"]]
    followed = {path for path in site.pages if any(w in path.lower() for w in words)}
    return {site.landing} | followed


@pytest.fixture(scope="module")
def crawled(sandbox, tmp_path_factory):
    path = str(tmp_path_factory.mktemp("crawl") / "store.db")
    summary = nightly_run(path, options(sandbox))
    return path, summary


def test_run_finishes_with_summary_and_yield(crawled):
    path, summary = crawled
    assert summary.status == "finished", summary.errors
    assert {y["query"] for y in summary.query_yield} >= set(QUERIES)
    db = sqlite3.connect(path)
    stored = db.execute(
        "SELECT count(*) FROM query_yield WHERE run_id = ?", [summary.run_id]
    ).fetchone()[0]
    assert stored == len(summary.query_yield)
    status, finished = db.execute("SELECT status, finished FROM runs").fetchone()
    assert status == "finished" and finished
    assert summary.unresponsive_engines  # the sandbox reports some, and the run keeps them


def test_every_reachable_page_is_stored_with_evidence(crawled, scenario):
    path, _ = crawled
    db = sqlite3.connect(path)
    # By host: a free-hosting site (name.netlify.app) is stored under the registered
    # domain the crawler derives, while the scenario names the full platform subdomain.
    hit_sites = {
        site.domain: site
        for r in db.execute("SELECT DISTINCT url FROM search_hits WHERE crawled = 1")
        if (site := scenario.site_for_host(urlsplit(r[0]).hostname)) is not None
    }
    ordinary = [s for s in hit_sites.values() if s.label != "edge"]
    assert len(ordinary) >= 20
    for site in ordinary:
        domain = registered_domain(site.hosts[0]).domain
        urls = {r[0] for r in db.execute("SELECT final_url FROM pages WHERE domain = ?", [domain])}
        paths = {u.split(site.hosts[0], 1)[-1].split(site.hosts[-1], 1)[-1] or "/" for u in urls}
        stored = {unquote_plus(p if p.startswith("/") else "/" + p) for p in paths}
        assert {unquote_plus(p) for p in reachable(site)} <= stored, site.domain
    for sha, content, size in db.execute("SELECT sha256, content, size FROM bodies"):
        assert hashlib.sha256(content).hexdigest() == sha and len(content) == size
    for chain, final, headers, fetched in db.execute(
        "SELECT redirect_chain, final_url, headers, fetched_at FROM pages"
    ):
        assert json.loads(chain)[-1] == final and json.loads(headers) and fetched


def test_hits_keep_query_engine_rank_and_official_sites_are_not_crawled(crawled):
    path, _ = crawled
    db = sqlite3.connect(path)
    rows = db.execute(
        "SELECT query, engine, rank, result_page, crawled, domain FROM search_hits"
    ).fetchall()
    assert rows and all(r[1] and r[2] >= 1 and r[3] >= 1 for r in rows)
    skipped = {r[5] for r in rows if r[4] == 0}
    assert "microsoft.com" in skipped
    assert (
        db.execute("SELECT count(*) FROM pages WHERE domain = 'microsoft.com'").fetchone()[0] == 0
    )


def test_hostile_sites_are_bounded_and_counted(crawled):
    path, summary = crawled
    crawl = summary.counts["crawl"]
    db = sqlite3.connect(path)
    # calendar trap and session ids: bounded pages per site
    for domain in ("edge-trap.com", "edge-session.com"):
        n = db.execute("SELECT count(*) FROM pages WHERE domain = ?", [domain]).fetchone()[0]
        assert 1 <= n <= 4, (domain, n)
    assert not db.execute("SELECT count(*) FROM pages WHERE url LIKE '%PHPSESSID%'").fetchone()[0]
    # the hang and the oversized body end in counted errors, not a stuck crawl
    assert sum(v for k, v in crawl.items() if k.startswith("fetch_errors/")) >= 1
    assert (
        db.execute("SELECT count(*) FROM pages WHERE domain = 'edge-hang.com'").fetchone()[0] == 0
    )


def test_a_repeated_crawl_duplicates_nothing(sandbox, crawled, tmp_path):
    path, _ = crawled
    before = counts(path)
    again = nightly_run(path, options(sandbox))
    assert again.status == "finished" and not again.resumed
    assert counts(path) == before


def test_internal_addresses_are_refused_and_counted(sandbox, tmp_path):
    path = str(tmp_path / "s.db")
    host, port = sandbox.whois_address.split(":")
    summary = nightly_run(
        path,
        options(
            sandbox,
            queries=[],
            urls=[f"http://127.0.0.1:{port}/", "http://169.254.169.254/latest/"],
        ),
    )
    assert summary.counts["crawl"].get("ssrf_blocked") == 2
    assert counts(path)["pages"] == 0


def _kill_tree(proc):
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()


def test_a_killed_crawl_resumes_without_refetching(sandbox, tmp_path):
    path = str(tmp_path / "s.db")
    env = dict(os.environ, TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS="")
    qfile = tmp_path / "q.txt"
    qfile.write_text("\n".join(QUERIES[:4]) + "\n")
    cmd = [
        sys.executable,
        "-m",
        "nephelpdesk",
        "--db",
        path,
        "crawl",
        "--engine-url",
        sandbox.search_url,
        "--queries",
        str(qfile),
        "--proxy",
        sandbox.proxy_url,
        "--stage",
        "crawl",
        "-s",
        "DOWNLOAD_DELAY=0.05",
        "-s",
        "CONCURRENT_REQUESTS=1",
        "-s",
        "AUTOTHROTTLE_ENABLED=0",
        "-s",
        "LOG_LEVEL=WARNING",
        "-s",
        "NEPHELPDESK_COMMIT_EVERY=1",
    ]
    proc = subprocess.Popen(
        cmd, env=env, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.time() + 60
    stored = 0
    while time.time() < deadline and stored < 15:
        time.sleep(0.2)
        try:
            stored = counts(path)["pages"]
        except sqlite3.OperationalError:
            continue
    _kill_tree(proc)
    assert 15 <= stored, "the crawl did not get far enough to be killed midway"
    db = sqlite3.connect(path)
    assert db.execute("SELECT status FROM runs").fetchone()[0] == "running"
    fetched_before = {r[0] for r in db.execute("SELECT url FROM pages")}
    db.close()

    resumed = subprocess.run(
        cmd[:-12] + ["-s", "LOG_LEVEL=WARNING"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert resumed.returncode == 0, resumed.stderr[-2000:]
    assert "resumed" in resumed.stdout
    db = sqlite3.connect(path)
    runs = db.execute("SELECT id, status, resumed FROM runs").fetchall()
    assert runs == [(1, "finished", 1)]
    # Crawled fetches only: the render stage (in the resumed full run) stores each rendered
    # DOM as a page of its own under the same URL, by design.
    dupes = db.execute(
        "SELECT count(*) - count(DISTINCT url) FROM pages WHERE id NOT IN "
        "(SELECT render_page_id FROM renders WHERE render_page_id IS NOT NULL)"
    ).fetchone()[0]
    assert dupes == 0
    after = {r[0] for r in db.execute("SELECT url FROM pages")}
    assert fetched_before < after
    # nothing fetched before the kill was fetched again: a refetch of a stored URL would
    # have counted as "unchanged" (same URL, same body)
    crawl = json.loads(db.execute("SELECT counts FROM runs").fetchone()[0])["crawl"]
    assert crawl.get("pages_unchanged", 0) == 0
    assert crawl.get("pages_stored", 0) == len(after - fetched_before)
    searched = db.execute("SELECT count(*) FROM search_requests").fetchone()[0]
    assert (
        searched
        == db.execute(
            "SELECT count(DISTINCT query || result_page) FROM search_requests"
        ).fetchone()[0]
    )


def test_check_one_site_prints_its_domain_record(sandbox, scenario, tmp_path):
    scam = next(s for s in scenario.sites if s.label == "scam" and s.category == "fake_helpdesk")
    env = dict(os.environ, TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS="", **sandbox.env())
    subprocess.run([sys.executable, "-m", "nephelpdesk", "--db", str(tmp_path / "s.db"), "init"],
                   env=env, check=True, capture_output=True, timeout=60)  # fmt: skip
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "nephelpdesk",
            "--db",
            str(tmp_path / "s.db"),
            "check",
            f"http://{scam.hosts[0]}/",
            "--proxy",
            sandbox.proxy_url,
            "--json",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    record = json.loads(result.stdout)
    assert record["domain"] == scam.domain
    assert set(scam.phones) <= set(record["phones"])
    assert record["registrar"] and record["score"] is not None
    assert all({"indicator", "points", "evidence"} <= set(r) for r in record["reasons"])


def test_check_refuses_a_non_url(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "nephelpdesk", "--db", str(tmp_path / "s.db"), "check", "not a url"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "check 'not a url': not an http(s) URL" in result.stderr


def test_check_a_bare_domain_prints_a_summary_and_queues_it(sandbox, scenario, tmp_path):
    scam = next(s for s in scenario.sites if s.label == "scam" and s.category == "fake_helpdesk")
    env = dict(os.environ, TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS="", **sandbox.env())
    base = [sys.executable, "-m", "nephelpdesk", "--db", str(tmp_path / "s.db")]
    subprocess.run([*base, "init"], env=env, check=True, capture_output=True, timeout=60)
    result = subprocess.run(
        [*base, "-q", "check", scam.hosts[0], "--proxy", sandbox.proxy_url, "--queue"],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"{scam.domain}: FLAGGED, score "), lines
    assert any(line.startswith("  reasons:") for line in lines)
    assert f"  phones: {scam.phones[0]}" in result.stdout or scam.phones[0] in result.stdout
    assert lines[-1].startswith("  queue: new")
    assert "[nephelpdesk]" not in result.stderr  # -q: no progress lines
    queued = subprocess.run([*base, "queue", "list"], env=env, capture_output=True, text=True,
                            timeout=60)  # fmt: skip
    assert scam.domain in queued.stdout and "1 cases" in queued.stdout
