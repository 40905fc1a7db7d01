"""The review UI shows the render stage's evidence and the fetch record, in a real
browser: a sandbox crawl with rendering, triage, then a prosecutor opens the case and
sees the screenshot, the redirect chain with statuses, and the server IP with how it
was obtained; the bundle carries the screenshot."""

from __future__ import annotations

import io
import json
import threading
import zipfile
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from core.store import open_store
from crawler.render.browser import find_browser
from crawler.sandbox.dns import site_address
from crawler.sandbox.scenario import RENDER_SCENARIO, load_scenario
from crawler.sandbox.server import Sandbox
from nephelpdesk.run import RunOptions, nightly_run
from takedown_queue.bundle import verify_bundle
from takedown_queue.users import add_user
from takedown_queue.web.app import create_app

playwright_api = pytest.importorskip("playwright.sync_api")
CHROMIUM = find_browser().path
if CHROMIUM is None:
    pytest.skip("chromium not installed (scripts/test.sh installs it)", allow_module_level=True)

JS_SITE = "pc-hulpdienst-online.com"
PASSWORD = "correct horse battery"
FAST = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "RETRY_TIMES": 0,
        "DOWNLOAD_TIMEOUT": 5, "LOG_LEVEL": "WARNING"}  # fmt: skip


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    scenario = load_scenario(RENDER_SCENARIO)
    path = tmp_path_factory.mktemp("render-ui") / "store.db"
    with Sandbox(scenario, max_hang=3.0) as box, pytest.MonkeyPatch.context() as mp:
        for name, value in box.env().items():
            mp.setenv(name, value)
        options = RunOptions(engine="searxng", engine_url=box.search_url,
                             queries=["microsoft helpdesk bellen"], proxy=box.proxy_url,
                             settings=dict(FAST),
                             stages=("crawl", "render", "enrich", "score", "triage"))  # fmt: skip
        nightly_run(str(path), options)
    db = open_store(path)
    add_user(db, "pim", "prosecutor", PASSWORD)
    case_id = db.execute("SELECT case_id FROM case_domains WHERE domain = ?", [JS_SITE]).fetchone()
    db.close()
    assert case_id, "the scripted-number site was flagged and queued"
    return path, case_id[0], site_address(scenario.site_for_host(JS_SITE))


@pytest.fixture(scope="module")
def server(crawled):
    httpd = make_server("127.0.0.1", 0, create_app(crawled[0], secret_key="render-ui"), threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    thread.join(timeout=10)


@pytest.fixture
def page(server):
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        context = browser.new_context(accept_downloads=True, viewport={"width": 1280, "height": 900})
        page = context.new_page()
        page.set_default_timeout(15_000)
        page.goto(server + "/")
        page.fill("input[name=name]", "pim")
        page.fill("input[name=password]", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_selector("table.queue")
        yield page
        browser.close()


def test_case_page_shows_screenshot_redirect_chain_and_server_ip(page, server, crawled, tmp_path):
    _, case_id, address = crawled
    page.goto(f"{server}/case/{case_id}")
    page.wait_for_selector("img.screenshot")
    image = page.locator("img.screenshot").first
    image.scroll_into_view_if_needed()
    page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=image.element_handle())
    assert page.evaluate("img => img.naturalWidth", image.element_handle()) >= 1000
    src = image.get_attribute("src")
    answer = page.request.get(server + src)
    assert answer.headers["content-type"] == "image/png" and answer.body()[:4] == b"\x89PNG"
    page.locator("details.fetch-record summary").first.click()
    record = page.locator("details.fetch-record").first.inner_text()
    for status, path in (("301", "/"), ("302", "/go"), ("200", "/helpdesk")):
        assert f"{status} http://{JS_SITE}{path}" in record, record
    assert address in record and "looked up, not connected" in record
    renders = page.inner_text(".render")
    assert "+31853034455" in renders  # the number shown only after scripts ran
    page.screenshot(path=str(Path(tmp_path) / "case-render.png"), full_page=True)


def test_bundle_carries_the_screenshots(page, server, crawled):
    _, case_id, _ = crawled
    page.goto(f"{server}/case/{case_id}")
    with page.expect_download() as bundle:
        page.click("#download-bundle")
    data = Path(bundle.value.path()).read_bytes()
    assert verify_bundle(data) == []
    archive = zipfile.ZipFile(io.BytesIO(data))
    shots = [n for n in archive.namelist() if n.startswith("screenshots/")]
    assert shots and all(archive.read(n)[:4] == b"\x89PNG" for n in shots)
    described = json.loads(archive.read("renders.json"))
    assert described[JS_SITE][0]["phones_after_render"] == ["+31853034455"]
