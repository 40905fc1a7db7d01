"""Render cost: pages/s of the nightly run with the render stage against without it,
over the same sandbox pages.

Both sides fetch the same URLs through the same sandbox proxy (crawl with contact_pages=0,
so no links are followed); the rendering side then opens every one of those pages in
Debian's chromium (a render.toml override with no score threshold, so the same pages are
rendered whatever their score). Run alone: `python bench/render.py [--pages N]`.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

from bench.crawl import FAST_SETTINGS, page_urls  # noqa: E402
from core.store import open_store  # noqa: E402
from crawler.render.browser import find_browser  # noqa: E402
from crawler.sandbox.scenario import load_scenario  # noqa: E402
from crawler.sandbox.server import Sandbox  # noqa: E402
from nephelpdesk.run import RunOptions, nightly_run  # noqa: E402

EVERY_PAGE = "min_score = -1000000.0\nmax_pages = 100000\nmax_pages_per_domain = 100000\n"


def _timed_run(db: Path, urls: list[str], proxy: str, stages: tuple[str, ...], config: Path) -> float:
    options = RunOptions(urls=urls, proxy=proxy, contact_pages=0, settings=dict(FAST_SETTINGS),
                         stages=stages, render_config=str(config), engine="check")  # fmt: skip
    started = time.perf_counter()
    summary = nightly_run(str(db), options)
    elapsed = time.perf_counter() - started
    if summary.errors:
        raise RuntimeError(f"run failed: {summary.errors}")
    return elapsed


def _rendered(db: Path) -> int:
    store = open_store(db)
    try:
        return int(store.execute("SELECT count(*) FROM renders WHERE state != 'failed'").fetchone()[0])
    finally:
        store.close()


def measure(pages: int) -> dict[str, float]:
    """{render_cost, crawl_pages_per_s, render_pages_per_s, ...}; raises without a browser."""
    if find_browser().path is None:
        raise RuntimeError("no browser found: install Debian's chromium or set NEPHELPDESK_BROWSER")
    scenario = load_scenario()
    urls = page_urls(scenario, pages)
    with (
        tempfile.TemporaryDirectory(prefix="nephelpdesk-bench-render-") as tmp,
        Sandbox(scenario, max_hang=2.0) as sandbox,
    ):
        work = Path(tmp)
        config = work / "render.toml"
        config.write_text(EVERY_PAGE, encoding="utf-8")
        os.environ.update(sandbox.env())
        without = _timed_run(work / "without.db", urls, sandbox.proxy_url, ("crawl",), config)
        with_render = _timed_run(work / "with.db", urls, sandbox.proxy_url, ("crawl", "render"), config)
        rendered = _rendered(work / "with.db")
    if rendered < pages:
        raise RuntimeError(f"only {rendered} of {pages} pages rendered")
    return {
        "render_cost": (pages / without) / (pages / with_render),
        "crawl_pages_per_s": pages / without,
        "render_pages_per_s": pages / with_render,
        "render_seconds_per_page": (with_render - without) / pages,
        "pages": float(pages),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=40)
    values = measure(parser.parse_args().pages)
    print("# " + ", ".join(f"{k} {v:.3f}" for k, v in values.items()))


if __name__ == "__main__":
    main()
