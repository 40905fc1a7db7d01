"""The review UI in a real browser (Debian's chromium through Playwright): log in, filter,
open a case, decide, download an order and a bundle; hostile page content stays inert."""

from __future__ import annotations

import io
import json
import os
import threading
import time
import zipfile
from pathlib import Path

import pytest
from conftest import need_module, need_program
from queue_fixture import build_store
from werkzeug.serving import make_server

from takedown_queue.bundle import verify_bundle
from takedown_queue.triage import triage
from takedown_queue.users import add_user
from takedown_queue.web.app import create_app

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PASSWORD = "correct horse battery"
SHOTS_ENV = "NEPHELPDESK_SCREENSHOTS"  # keep the screenshots somewhere to look at them

playwright_api = need_module("playwright.sync_api", "the review UI is tested in a real browser")
need_program("chromium", "Playwright drives Debian's chromium", path=CHROMIUM)


@pytest.fixture
def server(tmp_path):
    path = tmp_path / "store.db"
    db = build_store(path)
    triage(db)
    add_user(db, "pim", "prosecutor", PASSWORD)
    db.close()
    httpd = make_server("127.0.0.1", 0, create_app(path, secret_key="browser-test"), threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(accept_downloads=True, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.dialogs = []
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    page.set_default_timeout(15_000)
    page.goto(server + "/")
    page.fill("input[name=name]", "pim")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_selector("table.queue")
    yield page
    context.close()


def decide(page, label, why):
    page.fill("textarea[name=why]", why)
    page.click(f"#decide button:has-text('{label}')")
    page.wait_for_selector(".flash")


def test_review_flow_decide_and_download(page, tmp_path):
    page.fill("input[name=brand]", "microsoft")
    page.click("form#filters button[type=submit]")
    page.wait_for_url("**brand=microsoft**")
    rows = page.locator("table.queue tbody tr")
    assert rows.count() == 1 and "apple-support-bellen.nl" in rows.first.inner_text()
    page.select_option("select[name=status]", "new")  # applies at once (static/app.js)
    page.wait_for_url("**status=new**")
    shots = Path(os.environ.get(SHOTS_ENV) or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(shots / "queue.png"), full_page=True)
    page.click("table.queue tbody tr a.domain")
    page.wait_for_selector("h1:has-text('Case 1')")
    page.screenshot(path=str(shots / "case.png"), full_page=True)
    decide(page, "Start review", "looking at the shared number")
    decide(page, "Approve takedown", "same number on three helpdesk clones")
    assert "approved" in page.inner_text(".case-head .badge")
    decide(page, "Draft order", "order for the campaign")
    with page.expect_download() as order:
        page.click("#download-order-html")
    html = Path(order.value.path()).read_text(encoding="utf-8")
    assert "125p" in html and "microsoft-hulp-helpdesk.nl" in html
    with page.expect_download() as pdf:
        page.click("#download-order-pdf")
    assert Path(pdf.value.path()).read_bytes().startswith(b"%PDF")
    with page.expect_download() as bundle:
        page.click("#download-bundle")
    data = Path(bundle.value.path()).read_bytes()
    assert verify_bundle(data) == []
    manifest = json.loads(zipfile.ZipFile(io.BytesIO(data)).read("manifest.json"))
    assert sum(f["name"].startswith("snapshots/") for f in manifest["files"]) == 3
    history = page.inner_text("table.history")
    assert "pim" in history and "same number on three helpdesk clones" in history
    assert page.dialogs == []


def test_hostile_content_stays_inert(page, server):
    page.goto(server + "/case/2")
    page.wait_for_selector("iframe.evidence")
    # The frame navigates to its evidence URL after the page's own load: wait for it
    # rather than race it (a slow CI machine loses that race).
    deadline = time.monotonic() + 15
    frames = []
    while not frames and time.monotonic() < deadline:
        frames = [f for f in page.frames if "/evidence/" in f.url]
        if not frames:
            page.wait_for_timeout(100)
    assert frames, "the snapshot is shown in a frame"
    for frame in frames:
        frame.wait_for_load_state()
        assert frame.evaluate("typeof window.__xss") == "undefined"
        assert frame.evaluate("document.querySelector('h1') !== null"), "rendered, just inert"
    assert page.evaluate("typeof window.__xss") == "undefined"
    sandbox = page.get_attribute("iframe.evidence", "sandbox")
    assert sandbox is not None and "allow-scripts" not in sandbox
    # The same evidence opened on its own, and the raw WHOIS answer: still no script.
    hrefs = [
        a.get_attribute("href")
        for a in page.locator("a:has-text('source'), a:has-text('raw answer')").all()
    ]
    assert len(hrefs) == 2
    for href in hrefs:
        for view in ("", "?view=rendered"):
            page.goto(server + href + view)
            assert page.evaluate("typeof window.__xss") == "undefined"
    assert page.dialogs == []


def test_payload_would_run_without_the_sandbox(browser):
    """Control: the fixture's payloads are live, so the test above can fail."""
    from queue_fixture import SITES

    page = browser.new_page()
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.set_content(SITES[3]["body"])
    assert page.evaluate("window.__xss") == 1 and dialogs
    page.close()
