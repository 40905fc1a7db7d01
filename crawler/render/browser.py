"""Which Chromium the render stage drives: the one NEPHELPDESK_BROWSER names, else
Debian's. A browser is never downloaded (`playwright install` is not used)."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass

BROWSER_ENV = "NEPHELPDESK_BROWSER"
DEBIAN_CHROMIUM = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
NO_BROWSER = (
    "no browser found: rendering skipped (install Debian's chromium or set NEPHELPDESK_BROWSER)"
)


@dataclass(frozen=True)
class BrowserChoice:
    path: str | None  # executable, or None when there is none to use
    why: str  # how it was found, or why rendering is skipped


def find_browser(environ: dict[str, str] | None = None) -> BrowserChoice:
    env = os.environ if environ is None else environ
    named = env.get(BROWSER_ENV, "").strip()
    if named:
        found = shutil.which(named)
        if found:
            return BrowserChoice(found, f"{BROWSER_ENV}={named}")
        return BrowserChoice(None, f"{BROWSER_ENV}={named} is not an executable: {NO_BROWSER}")
    for candidate in DEBIAN_CHROMIUM:
        if os.access(candidate, os.X_OK):
            return BrowserChoice(candidate, candidate)
    return BrowserChoice(None, NO_BROWSER)


def playwright_missing() -> str | None:
    """Why the Python side cannot drive a browser, or None when it can."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install -e . brings it): rendering skipped"
    return None
