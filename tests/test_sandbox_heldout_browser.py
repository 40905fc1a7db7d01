"""Held-out pages whose numbers only appear once scripts run, rendered in a real browser.

Debian's chromium through Playwright, through the sandbox's own proxy, with every
request to a host other than the page's own aborted (nothing leaves loopback). Checks
the labels of script-built numbers: after rendering, the page's text holds the number
the label says it shows (assembled from pieces, or copied from the URL).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from crawler.sandbox.heldout import load_heldout
from crawler.sandbox.heldout.numbers import national_digits
from crawler.sandbox.server import Sandbox

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]  # fmt: skip
SCRIPTED = ("js_pieces", "url_param", "renew_countdown", "update_url", "i18n_locker")
# Chromium asks for https on these (HSTS preload), which the sandbox does not serve.
HSTS_PRELOADED = (".app", ".dev")

playwright_api = pytest.importorskip("playwright.sync_api")
if not Path(CHROMIUM).exists():
    pytest.skip("chromium not installed (scripts/test.sh installs it)", allow_module_level=True)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _only(host: str):  # noqa: ANN202 (Playwright's handler type)
    """A route handler letting through requests to `host` only (no CDN, no widget)."""

    def handle(route) -> None:  # noqa: ANN001
        if urlsplit(route.request.url).hostname == host:
            route.continue_()
        else:
            route.abort()

    return handle


def test_script_built_numbers_render_as_labelled() -> None:
    scenario = load_heldout(date(2026, 3, 2))
    targets = [
        (s, path, page)
        for s in scenario.sites
        if s.template in SCRIPTED and not s.hosts[0].endswith(HSTS_PRELOADED)
        for path, page in s.pages.items()
    ]
    assert len(targets) >= 10
    with Sandbox(scenario) as box, playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM, args=ARGS, proxy={"server": box.proxy_url}
        )
        try:
            for site, path, page in targets:
                context = browser.new_context()
                host = site.hosts[0]
                context.route("**/*", _only(host))
                tab = context.new_page()
                tab.goto(f"http://{host}{path}", wait_until="load", timeout=20_000)
                shown = _digits(tab.inner_text("body"))
                for number in page.phones:
                    assert national_digits(number) in shown or number[1:] in shown, (
                        host,
                        path,
                        number,
                    )
                if not page.phones:
                    assert not re.search(r"\d{9,}", shown), (host, path)
                context.close()
        finally:
            browser.close()


def test_chat_script_assembles_the_number_in_chromium() -> None:
    """Batch 2's chat_agent home: the number exists only after its script runs."""
    scenario = load_heldout(date(2026, 3, 2))
    targets = [s for s in scenario.sites if s.template == "chat_agent"]
    assert len(targets) >= 3
    with Sandbox(scenario) as box, playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM, args=ARGS, proxy={"server": box.proxy_url}
        )
        try:
            for site in targets:
                context = browser.new_context()
                host = site.hosts[0]
                context.route("**/*", _only(host))
                tab = context.new_page()
                tab.goto(f"http://{host}/", wait_until="load", timeout=20_000)
                tab.wait_for_selector("#chat-log li:nth-child(2)", timeout=10_000)
                shown = _digits(tab.inner_text("body"))
                assert national_digits(site.phones[0]) in shown, host
                assert tab.get_attribute("#callnr", "href") == "tel:" + national_digits(
                    site.phones[0]
                )
                context.close()
        finally:
            browser.close()
