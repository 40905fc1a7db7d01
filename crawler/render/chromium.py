"""One page in headless Chromium, isolated: what it showed and what it tried to do.

Isolation, per page: a fresh browser context with no permissions, downloads refused,
service workers blocked, WebSockets closed, JavaScript dialogs dismissed, Chromium's popup
blocker on and any window that opens anyway closed. Every request must pass the crawl's
SSRF guard (crawler.middlewares.ssrf.destination_problem), through the crawl's proxy when
one is set: twice over, because Playwright's route handler sees only the first URL of a
redirect chain. The page's own DevTools session intercepts every request at the network
layer (Fetch domain), each redirect hop included, with site isolation off so that frames
of other sites run in the same target and are seen too. Time, sub-requests, dialogs, popups, screenshot height and DOM size are capped;
reaching a cap is recorded as the page's state ("capped") with the reason.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, Self
from urllib.parse import urlsplit

from playwright.sync_api import (
    BrowserContext,
    FloatRect,
    Page,
    Route,
    WebSocketRoute,
    sync_playwright,
)
from playwright.sync_api import Error as PlaywrightError

from core.netguard import destination_problem
from crawler.render.config import RenderConfig

INSTRUMENT = Path(__file__).with_name("instrument.js")
REPORTED = {"fullscreen", "beforeunload", "autoplay_audio", "keyboard_lock", "pointer_lock",
            "history_push", "window_open"}  # fmt: skip
COUNTED_ONLY = {"history_push", "window_open"}  # events, not behaviours by themselves
REDIRECTS = {301, 302, 303, 307, 308}
MAX_BLOCKED_KEPT = 50
LAUNCH_ARGS = [
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--mute-audio",
    "--disable-site-isolation-trials",
    # No automatic upgrade of http:// navigations to https://: the page is fetched as crawled.
    "--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable,IsolateOrigins,site-per-process,MediaRouter,OptimizationHints",
]


@dataclass
class RenderOutcome:
    """What one render found. `state`: rendered | capped | failed."""

    url: str
    final_url: str = ""
    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    hops: list[dict[str, Any]] = field(default_factory=list)  # {url, status}
    dom: bytes = b""
    screenshot: bytes = b""
    behaviours: list[str] = field(default_factory=list)
    events: dict[str, int] = field(default_factory=dict)
    blocked: list[dict[str, str]] = field(default_factory=list)
    images: list[dict[str, Any]] = field(default_factory=list)
    state: str = "rendered"
    reasons: list[str] = field(default_factory=list)
    duration_ms: int = 0

    def cap(self, reason: str) -> None:
        if self.state != "failed":
            self.state = "capped"
        if reason not in self.reasons:
            self.reasons.append(reason)

    def fail(self, reason: str) -> None:
        self.state = "failed"
        self.reasons.append(reason)


def _launch_args() -> list[str]:
    # Chromium's own sandbox cannot start as root (containers, CI); the page is still
    # confined by the context isolation and the route guard.
    return LAUNCH_ARGS + (["--no-sandbox"] if os.geteuid() == 0 else [])


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0][:300]


class Renderer:
    """A running Chromium; `render(url)` opens one page in its own context."""

    def __init__(self, executable: str, config: RenderConfig, proxy: str | None = None) -> None:
        self.executable = executable
        self.config = config
        self.proxy = proxy
        self._playwright: Any = None
        self._browser: Any = None

    def __enter__(self) -> Self:
        self._playwright = sync_playwright().start()
        try:
            self._browser = self._playwright.chromium.launch(
                executable_path=self.executable,
                args=_launch_args(),
                proxy={"server": self.proxy} if self.proxy else None,
                # Playwright turns Chromium's popup blocker off by default; keep it on.
                ignore_default_args=["--disable-popup-blocking"],
                timeout=30_000,
            )
        except BaseException:
            self._playwright.stop()
            raise
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:  # fmt: skip
        try:
            self._browser.close()
        finally:
            self._playwright.stop()

    def render(self, url: str) -> RenderOutcome:
        outcome = RenderOutcome(url=url)
        started = time.monotonic()
        context = self._browser.new_context(
            accept_downloads=False, permissions=[], service_workers="block",
            ignore_https_errors=True, java_script_enabled=True,
            viewport={"width": self.config.viewport_width, "height": self.config.viewport_height},
        )  # fmt: skip
        try:
            _PageSession(self, context, outcome, started).run()
        except PlaywrightError as exc:
            outcome.fail(_first_line(exc))
        finally:
            try:
                context.close()
            except PlaywrightError:
                pass  # the browser already dropped it
        outcome.duration_ms = int((time.monotonic() - started) * 1000)
        return outcome


class _PageSession:
    """The handlers and steps of one render; holds its counters."""

    def __init__(
        self, renderer: Renderer, context: BrowserContext, outcome: RenderOutcome, started: float
    ) -> None:
        self.config = renderer.config
        self.resolve = not renderer.proxy  # a proxy resolves names itself (as in the crawl)
        self.context = context
        self.outcome = outcome
        self.deadline = started + self.config.timeout_seconds
        self.counts: Counter[str] = Counter()
        self.page: Page | None = None
        self.cdp: Any = None

    def remaining_ms(self, floor: float = 1000) -> float:
        return max((self.deadline - time.monotonic()) * 1000, floor)

    # -- set-up -------------------------------------------------------------------

    def run(self) -> None:
        context = self.context
        context.expose_function("__nephelpdeskReport", self.on_report)
        context.add_init_script(path=str(INSTRUMENT))
        context.route("**/*", self.on_route)
        context.route_web_socket("**/*", self.on_websocket)
        page = context.new_page()
        self.page = page
        self.cdp = context.new_cdp_session(page)
        self.cdp.on("Fetch.requestPaused", self.on_paused)
        self.cdp.send("Fetch.enable", {"patterns": [{"urlPattern": "*", "requestStage": "Request"}]})
        page.set_default_timeout(self.config.timeout_ms)
        page.on("dialog", self.on_dialog)
        page.on("download", self.on_download)
        context.on("page", self.on_popup)
        self.navigate(page)
        self.capture(page)
        self.finish()

    # -- handlers -----------------------------------------------------------------

    def on_report(self, name: Any) -> None:
        if isinstance(name, str) and name in REPORTED:
            self.counts[name] += 1

    def on_dialog(self, dialog: Any) -> None:
        # Only count and dismiss here: a call into the page while a dialog is open would
        # wait for the page, and the page waits for the dialog. The loop is stopped when
        # the page is frozen for capture.
        self.counts["dialogs"] += 1
        if self.counts["dialogs"] == self.config.max_dialogs + 1:
            self.outcome.cap(f"more than {self.config.max_dialogs} dialogs (alert loop)")
        try:
            dialog.dismiss()
        except PlaywrightError:
            pass

    def on_download(self, download: Any) -> None:
        self.counts["downloads"] += 1
        self.outcome.cap("download refused")

    def on_popup(self, popup: Page) -> None:
        self.counts["popups"] += 1
        if self.counts["popups"] == self.config.max_popups + 1:
            self.outcome.cap(f"more than {self.config.max_popups} popups (popup loop)")
        try:
            popup.close()
        except PlaywrightError:
            pass

    def on_websocket(self, ws: WebSocketRoute) -> None:
        self.block(ws.url, "WebSocket refused")
        ws.close()

    def block(self, url: str, reason: str) -> None:
        self.counts["blocked"] += 1
        if len(self.outcome.blocked) < MAX_BLOCKED_KEPT:
            self.outcome.blocked.append({"url": url[:500], "reason": reason})

    def on_route(self, route: Route) -> None:
        """First URL of each request, every page and frame of the context (popups too)."""
        problem = self.problem(route.request.url, count=False)
        if problem:
            self.block(route.request.url, problem)
            route.abort("blockedbyclient")
            return
        route.continue_()

    def on_paused(self, event: dict[str, Any]) -> None:
        """Every request of the page at the network layer, redirect hops included."""
        url = str(event.get("request", {}).get("url", ""))
        problem = self.problem(url)
        try:
            if problem:
                self.block(url, problem)
                self.cdp.send("Fetch.failRequest",
                              {"requestId": event["requestId"], "errorReason": "BlockedByClient"})
            else:
                self.cdp.send("Fetch.continueRequest", {"requestId": event["requestId"]})
        except PlaywrightError:
            pass  # the page is closing

    def problem(self, url: str, count: bool = True) -> str | None:
        scheme = urlsplit(url).scheme.lower()
        if scheme in ("data", "blob"):
            return None  # in-page content, no network
        if scheme not in ("http", "https"):
            return f"scheme {scheme} refused"
        problem = destination_problem(url, resolve=self.resolve)
        if problem or not count:
            return problem
        self.counts["requests"] += 1
        if self.counts["requests"] > self.config.max_requests:
            self.outcome.cap(f"more than {self.config.max_requests} requests")
            return "request cap reached"
        return None

    # -- steps --------------------------------------------------------------------

    def navigate(self, page: Page) -> None:
        try:
            response = page.goto(self.outcome.url, wait_until="load", timeout=self.remaining_ms())
        except PlaywrightError as exc:
            if "Timeout" not in type(exc).__name__ and "Timeout" not in str(exc)[:60]:
                raise
            self.outcome.cap("timeout: the page did not finish loading")
            return
        if response is not None:
            self.outcome.status = response.status
            self.outcome.headers = {k: v[:2000] for k, v in response.headers.items()}
            self.outcome.hops = _hops(response)
        self.settle(page)

    def settle(self, page: Page) -> None:
        """Give scripts time to assemble what they show: until the DOM has been quiet for
        a moment (instrument.js), at most settle_ms. Not reaching quiet is no cap."""
        try:
            page.wait_for_function(
                "() => window.__nephelpdeskQuiet && window.__nephelpdeskQuiet()",
                timeout=min(self.config.settle_ms, self.remaining_ms(0)) or 1, polling=100,
            )
        except PlaywrightError:
            pass  # still changing (or the page never yields): capture it as it is

    def freeze(self) -> None:
        """Stop the page's scripts (a busy or alert loop never yields), keep what it shows."""
        if self.cdp is None:
            return
        try:
            # Terminate first: it interrupts a script that never yields the main thread.
            self.cdp.send("Runtime.terminateExecution")
            self.cdp.send("Emulation.setScriptExecutionDisabled", {"value": True})
        except PlaywrightError:
            pass

    def capture(self, page: Page) -> None:
        self.freeze()
        timeout = self.remaining_ms(3000)
        try:
            height = int(page.evaluate("document.documentElement.scrollHeight") or 0)
        except PlaywrightError:
            height = self.config.viewport_height
        kept = min(max(height, self.config.viewport_height), self.config.max_screenshot_height)
        if height > kept:
            self.outcome.cap(f"page taller than {self.config.max_screenshot_height} px: cut")
        clip: FloatRect = {"x": 0, "y": 0, "width": self.config.viewport_width, "height": kept}
        self.outcome.screenshot = page.screenshot(full_page=True, clip=clip, timeout=timeout)
        dom = page.content().encode("utf-8")
        if len(dom) > self.config.max_dom_bytes:
            self.outcome.cap(f"DOM over {self.config.max_dom_bytes} bytes: cut")
            dom = dom[: self.config.max_dom_bytes]
        self.outcome.dom = dom
        self.outcome.final_url = page.url
        self.outcome.images = _images(page)

    def finish(self) -> None:
        outcome, counts, cfg = self.outcome, self.counts, self.config
        if not outcome.hops and outcome.final_url:
            outcome.hops = [{"url": outcome.final_url, "status": outcome.status}]
        found = {name for name in REPORTED - COUNTED_ONLY if counts[name]}
        if counts["window_open"] > cfg.max_popups:
            outcome.cap(f"more than {cfg.max_popups} popups (popup loop)")
        if counts["dialogs"] >= cfg.alert_loop_dialogs:
            found.add("alert_loop")
        if counts["history_push"] >= cfg.history_loop_pushes:
            found.add("history_loop")
        outcome.behaviours = sorted(found)
        outcome.events = {k: v for k, v in sorted(counts.items()) if v}


def _hops(response: Any) -> list[dict[str, Any]]:
    """The navigation's redirect chain, requested URL first, each hop with its status."""
    hops: list[dict[str, Any]] = []
    request = response.request
    while request is not None:
        answer = request.response() if request is not response.request else response
        hops.append({"url": request.url, "status": answer.status if answer else None})
        request = request.redirected_from
    return hops[::-1]


IMAGES_JS = """() => Array.from(document.images).slice(0, 200).map(img => ({
  src: img.currentSrc || img.src || "", alt: img.alt || "", title: img.title || "",
  width: img.naturalWidth, height: img.naturalHeight,
  near: ((img.closest('a,p,div,li,td,header,footer') || {}).innerText || "").slice(0, 200)
}))"""


def _images(page: Page) -> list[dict[str, Any]]:
    """Images that may carry text (wide, short: a banner or a number set as a picture).

    Their pixels are kept in the screenshot; nothing here reads text out of images (no
    OCR is built), so a number shown only as an image is listed, not extracted."""
    try:
        found = page.evaluate(IMAGES_JS)
    except PlaywrightError:
        return []
    wide = []
    for image in found if isinstance(found, list) else []:
        width, height = int(image.get("width") or 0), int(image.get("height") or 0)
        if height and 12 <= height <= 160 and width >= 2.5 * height:
            wide.append({k: (str(v)[:500] if isinstance(v, str) else v) for k, v in image.items()})
    return wide[:50]


