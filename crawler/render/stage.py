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
    from crawler.render.pool import render_all
    from crawler.render.store import save_render
    from scoring.rules import load_rules

    pages = select_pages(db, config, load_rules(), only)
    counts: Counter[str] = Counter()
    failures: list[str] = []
    for page, outcome in render_all(choice.path, config, proxy, pages, failures):
        with db.conn:  # one short transaction a page: the review UI keeps working
            row = save_render(db, page, outcome, run_id=run_id, browser=choice.path)
        counts[outcome.state] += 1
        counts["phones_after_render"] += len(json.loads(row["phones_after_render"]))
        if outcome.state != "rendered":
            logger.info("render %s: %s (%s)", outcome.state, page.url, "; ".join(outcome.reasons))
    if failures and not counts:
        return f"browser {choice.path} could not start: {failures[0]}"
    result: dict[str, Any] = {"selected": len(pages), "rendered": counts["rendered"],
                              "capped": counts["capped"], "failed": counts["failed"],
                              "phones_after_render": counts["phones_after_render"]}  # fmt: skip
    if failures:
        result["browser_errors"] = len(failures)
    return result


def run_stage(
    db: sqlite_utils.Database, *, run_id: int | None = None, options: Any = None
) -> dict[str, Any] | str:
    config = load_config(getattr(options, "render_config", None))
    return render_pages(db, config, run_id=run_id, proxy=getattr(options, "proxy", None))
