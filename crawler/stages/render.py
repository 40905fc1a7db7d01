"""The nightly run's render stage (after fetch and extract, before score).

Opens the selected pages (crawler.render.select) in one headless Chromium, stores each
render as it goes (one short transaction a page, so the review UI and a crash lose
nothing), and returns the counts for the run summary, or says plainly that no browser
was found and rendering was skipped.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Iterable
from typing import Any

import sqlite_utils

from crawler.render.browser import find_browser, playwright_missing
from crawler.render.config import RenderConfig, load_config
from crawler.render.select import select_pages

logger = logging.getLogger(__name__)


def render_pages(
    db: sqlite_utils.Database, config: RenderConfig, *, run_id: int | None, proxy: str | None,
    only: Iterable[str] | None = None,
) -> dict[str, Any] | str:  # fmt: skip
    """Render what select_pages picks; counts per state, or why nothing was rendered."""
    choice = find_browser()
    missing = playwright_missing()
    if choice.path is None or missing:
        return missing or choice.why
    from playwright.sync_api import Error as PlaywrightError

    from crawler.render.chromium import Renderer
    from crawler.render.store import save_render
    from scoring.rules import load_rules

    pages = select_pages(db, config, load_rules(), only)
    counts: Counter[str] = Counter()
    if not pages:
        return {"selected": 0, "rendered": 0, "capped": 0, "failed": 0}
    try:
        with Renderer(choice.path, config, proxy=proxy) as renderer:
            for page in pages:
                outcome = renderer.render(page.open_url)
                with db.conn:
                    row = save_render(db, page, outcome, run_id=run_id, browser=choice.path)
                counts[outcome.state] += 1
                counts["phones_after_render"] += len(json.loads(row["phones_after_render"]))
                if outcome.state != "rendered":
                    logger.info("render %s: %s (%s)", outcome.state, page.url, "; ".join(outcome.reasons))
    except PlaywrightError as exc:
        return f"browser {choice.path} could not start or died: {str(exc).splitlines()[0][:200]}"
    return {"selected": len(pages), "rendered": counts["rendered"], "capped": counts["capped"],
            "failed": counts["failed"], "phones_after_render": counts["phones_after_render"]}  # fmt: skip


def run_stage(
    db: sqlite_utils.Database, *, run_id: int | None = None, options: Any = None
) -> dict[str, Any] | str:
    config = load_config(getattr(options, "render_config", None))
    return render_pages(db, config, run_id=run_id, proxy=getattr(options, "proxy", None))
