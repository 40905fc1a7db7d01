"""The render stage against the sandbox: headless Debian chromium through the sandbox
proxy. A number that exists only after JavaScript runs is found by the render stage (and
not by the crawl), reaches scoring; hostile pages are capped and recorded, internal
addresses refused, and the run goes on."""

from __future__ import annotations

import dataclasses
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from core.store import open_store
from crawler.render.browser import NO_BROWSER, find_browser
from crawler.render.config import load_config
from crawler.render.stage import render_pages
from crawler.sandbox import scripted
from crawler.sandbox.scenario import RENDER_SCENARIO, load_scenario
from crawler.sandbox.server import Sandbox
from nephelpdesk.run import RunOptions, nightly_run

if find_browser().path is None:
    pytest.skip("chromium not installed (scripts/test.sh installs it)", allow_module_level=True)

FAST = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "RETRY_TIMES": 0,
        "DOWNLOAD_TIMEOUT": 5, "LOG_LEVEL": "WARNING"}  # fmt: skip
QUERIES = ["microsoft helpdesk bellen", "windows storing hulp"]
JS_SITE = "pc-hulpdienst-online.com"
JS_NUMBER = scripted.number_of("scripted_number")
HOSTILE = ["uw-pc-geblokkeerd.com", "gratis-aanbieding-nu.com", "quicksupport-download.com",
           "traag-laden.com", "doorsturen-nu.com"]  # fmt: skip


@pytest.fixture(scope="module")
def sandbox():
    with Sandbox(load_scenario(RENDER_SCENARIO), max_hang=3.0) as box:
        with pytest.MonkeyPatch.context() as mp:
            for name, value in box.env().items():
                mp.setenv(name, value)
            yield box


def run(sandbox, path: Path, stages: tuple[str, ...]):
    options = RunOptions(engine="searxng", engine_url=sandbox.search_url, queries=QUERIES,
                         proxy=sandbox.proxy_url, settings=dict(FAST), stages=stages)  # fmt: skip
    return nightly_run(str(path), options)


@pytest.fixture(scope="module")
def without_render(sandbox, tmp_path_factory):
    path = tmp_path_factory.mktemp("static") / "store.db"
    run(sandbox, path, ("crawl", "enrich", "score"))
    return path


@pytest.fixture(scope="module")
def with_render(sandbox, tmp_path_factory):
    path = tmp_path_factory.mktemp("rendered") / "store.db"
    summary = run(sandbox, path, ("crawl", "render", "enrich", "score"))
    return path, summary


@pytest.fixture(scope="module")
def hostile(sandbox, with_render, tmp_path_factory):
    """The hostile sites rendered too (their static score is below the threshold)."""
    path = tmp_path_factory.mktemp("hostile") / "store.db"
    shutil.copy(with_render[0], path)
    db = open_store(path)
    # Every hostile site, whatever its static score (a locker reads as a warning page).
    config = dataclasses.replace(load_config(), min_score=-1e9, timeout_seconds=8.0)
    counts = render_pages(db, config, run_id=None, proxy=sandbox.proxy_url, only=HOSTILE)
    db.close()
    return path, counts


def query(path, sql, params=()):
    db = sqlite3.connect(path)
    db.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in db.execute(sql, params)]
    finally:
        db.close()


def phones_of(path, domain):
    return query(path, "SELECT pp.e164, pp.sources FROM page_phones pp JOIN pages p "
                       "ON p.id = pp.page_id WHERE p.domain = ?", [domain])  # fmt: skip


def score_of(path, domain):
    row = query(path, "SELECT total, flagged, reasons FROM scores WHERE domain = ?", [domain])[0]
    return row["total"], row["flagged"], json.loads(row["reasons"])


def test_the_crawl_alone_does_not_see_the_scripted_number(without_render):
    assert JS_NUMBER not in {p["e164"] for p in phones_of(without_render, JS_SITE)}
    _, _, reasons = score_of(without_render, JS_SITE)
    assert not any(JS_NUMBER in json.dumps(r) for r in reasons)


def test_the_render_stage_finds_the_scripted_number_and_says_so(with_render):
    path, summary = with_render
    assert summary.counts["render"]["rendered"] >= 1
    found = [p for p in phones_of(path, JS_SITE) if p["e164"] == JS_NUMBER]
    assert found and all("render" in p["sources"].split(",") for p in found)
    render = query(path, "SELECT * FROM renders WHERE domain = ?", [JS_SITE])[0]
    assert json.loads(render["phones_after_render"]) == [JS_NUMBER]
    assert render["state"] == "rendered"
    assert render["screenshot_sha256"] and render["dom_sha256"]
    shot = query(path, "SELECT content FROM bodies WHERE sha256 = ?", [render["screenshot_sha256"]])
    assert shot[0]["content"][:8] == b"\x89PNG\r\n\x1a\n"


def test_the_scripted_number_is_scored_and_flags_the_site(with_render, without_render):
    total, flagged, reasons = score_of(with_render[0], JS_SITE)
    assert any(JS_NUMBER in json.dumps(r) for r in reasons), reasons
    assert flagged == 1
    static_total, _, _ = score_of(without_render, JS_SITE)
    assert total > static_total


def test_the_browser_follows_and_records_each_redirect_hop(with_render):
    render = query(with_render[0], "SELECT redirect_hops FROM renders WHERE domain = ?", [JS_SITE])
    hops = [(h["url"].split(JS_SITE)[1], h["status"]) for h in json.loads(render[0]["redirect_hops"])]
    assert hops == [("/", 301), ("/go", 302), ("/helpdesk", 200)]


def test_a_legitimate_page_gains_nothing_from_rendering(with_render):
    rows = query(with_render[0], "SELECT phones_after_render FROM renders WHERE domain = ?",
                 ["pchulp-delft.nl"])  # fmt: skip
    assert all(json.loads(r["phones_after_render"]) == [] for r in rows)


def renders_of(path, domain):
    rows = query(path, "SELECT * FROM renders WHERE domain = ? AND url LIKE '%/'", [domain])
    assert rows, f"{domain} was not rendered"
    row = rows[0]
    for key in ("reasons", "behaviours", "events", "blocked"):
        row[key] = json.loads(row[key])
    return row


def test_a_browser_locker_is_capped_and_its_behaviour_recorded(hostile):
    row = renders_of(hostile[0], "uw-pc-geblokkeerd.com")
    assert row["state"] == "capped"
    assert any("alert loop" in r for r in row["reasons"])
    assert {"alert_loop", "fullscreen", "beforeunload", "autoplay_audio", "history_loop"} <= set(
        row["behaviours"]
    )
    facts = query(hostile[0], "SELECT extraction FROM pages WHERE id = ?", [row["render_page_id"]])
    assert "alert_loop" in json.loads(facts[0]["extraction"])["locker_behaviours"]


def test_popups_downloads_and_busy_pages_are_capped_and_recorded(hostile):
    path, counts = hostile
    # Each hostile site was rendered, in the nightly run (its static score reached the
    # threshold) or in this pass.
    assert all(renders_of(path, domain) for domain in HOSTILE)
    assert counts["selected"] >= 1
    assert any("popup" in r for r in renders_of(path, "gratis-aanbieding-nu.com")["reasons"])
    assert "download refused" in renders_of(path, "quicksupport-download.com")["reasons"]
    busy = renders_of(path, "traag-laden.com")
    assert busy["state"] in ("rendered", "capped") and busy["screenshot_sha256"]
    assert busy["duration_ms"] < 20_000


def test_internal_addresses_are_refused_even_behind_a_redirect(hostile):
    row = renders_of(hostile[0], "doorsturen-nu.com")
    blocked = {b["url"]: b["reason"] for b in row["blocked"]}
    assert "internal address 10.0.0.1" in blocked["http://10.0.0.1/pixel.png"]
    assert "169.254.169.254" in blocked["http://169.254.169.254/latest/meta-data/"]


def test_no_browser_is_said_plainly(monkeypatch, tmp_path):
    monkeypatch.setenv("NEPHELPDESK_BROWSER", str(tmp_path / "no-such-browser"))
    db = open_store(tmp_path / "store.db")
    result = render_pages(db, load_config(), run_id=None, proxy=None)
    assert isinstance(result, str) and NO_BROWSER in result


def test_a_second_run_renders_nothing_again(sandbox, with_render, tmp_path):
    path = tmp_path / "again.db"
    shutil.copy(with_render[0], path)
    db = open_store(path)
    before = db.execute("SELECT count(*) FROM renders").fetchone()[0]
    counts = render_pages(db, load_config(), run_id=None, proxy=sandbox.proxy_url)
    assert counts["selected"] == 0
    assert db.execute("SELECT count(*) FROM renders").fetchone()[0] == before
    db.close()
