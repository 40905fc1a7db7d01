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


class Url(str):
    """The server's base URL, knowing its store file."""

    def __new__(cls, url: str, store: Path) -> Url:
        obj = super().__new__(cls, url)
        obj.store = store
        return obj


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
    yield Url(f"http://127.0.0.1:{httpd.server_port}", path)
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
        page.click("#order-html-1")
    html = Path(order.value.path()).read_text(encoding="utf-8")
    assert "125p" in html and "microsoft-hulp-helpdesk.nl" in html
    assert "windows-storing-hulp.com" not in html  # another registrar's domain
    with page.expect_download() as pdf:
        page.click("#order-pdf-1")
    assert Path(pdf.value.path()).read_bytes().startswith(b"%PDF")
    with page.expect_download() as bundle:
        page.click("#download-bundle")
    data = Path(bundle.value.path()).read_bytes()
    assert verify_bundle(data) == []
    manifest = json.loads(zipfile.ZipFile(io.BytesIO(data)).read("manifest.json"))
    assert sum(f["name"].endswith(".source.txt") for f in manifest["files"]) == 3
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


def test_case_page_shows_the_hosting_provider_and_its_abuse_address(page, server):
    """The server IP's network from IP RDAP (stored by the enrich stage) on the case page:
    in the evidence line and as a recipient of its own order."""
    from core.store import open_store
    from registration.ip_rdap import IpLookup, IpNetworkRecord, store_lookup

    db = open_store(server.store)
    record = IpNetworkRecord(
        "192.0.2.0/25", "192.0.2.0 - 192.0.2.127", "NL-VOORBEELDHOST-20190301",
        "Voorbeeld Hosting B.V.", "NL", "abuse@voorbeeldhosting.example", None,
    )  # fmt: skip
    with db.conn:
        store_lookup(db, IpLookup("192.0.2.10", record, None, b"{}", "http://127.0.0.1/"), 30)
    db.close()
    page.goto(server + "/case/1")
    hosting = page.locator(".snapshot .hosting").first
    assert "Voorbeeld Hosting B.V." in hosting.inner_text()
    assert hosting.locator(".hosting-abuse").inner_text() == "abuse@voorbeeldhosting.example"
    row = page.locator("table.recipients tr.hostingprovider")
    assert row.count() == 1
    assert row.locator(".recipient-name").inner_text() == "Voorbeeld Hosting B.V."
    assert row.locator(".recipient-contact").inner_text() == "abuse@voorbeeldhosting.example"


def test_bundle_snapshot_opened_from_disk_stays_inert(browser, tmp_path):
    """A lawyer unzips the bundle and double-clicks the hostile page's .html snapshot:
    it shows the page, and none of its payloads run."""
    from queue_fixture import build_store as build

    from takedown_queue.bundle import build_bundle

    db = build(tmp_path / "b.db")
    triage(db)
    zipfile.ZipFile(io.BytesIO(build_bundle(db, 2))).extractall(tmp_path / "bundle")
    db.close()
    [snapshot] = (tmp_path / "bundle" / "snapshots").glob("*.html")
    page = browser.new_page()
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    requests = []
    # Fetches that completed: Chromium may announce a request the CSP then blocks (it
    # fails and never finishes), so announced requests alone race.
    page.on("requestfinished", lambda r: requests.append(r.url))
    page.goto(snapshot.as_uri())
    page.wait_for_load_state("load")
    frame = next(f for f in page.frames if f != page.main_frame)
    assert frame.evaluate("document.querySelector('h1').textContent") == "Norton"
    assert frame.evaluate("typeof window.__xss") == "undefined"
    assert page.evaluate("typeof window.__xss") == "undefined" and dialogs == []
    assert requests == [snapshot.as_uri()]  # the img onerror's "x" was never fetched
    page.goto((tmp_path / "bundle" / "index.html").as_uri())
    assert "Bewijsbundel" in page.inner_text("h1")
    page.close()
