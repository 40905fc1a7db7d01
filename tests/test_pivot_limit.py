"""The pivot pipeline at its per-run limit: the same pivots as before, no scoring after.

Real pipelines (store, then pivot) over real sandbox pages extracted by extract_page, on
a real store: a run limited to N pivots records exactly the first N numbers an unlimited
run records, in the same order, and pages after the limit are counted, not scored.
"""

from __future__ import annotations

import pytest
from scrapy.utils.test import get_crawler

from core.store import open_store
from crawler.extract.page import extract_page
from crawler.items import PageItem
from crawler.pipelines import pivot as pivot_module
from crawler.pipelines.pivot import PivotPipeline, unsearched_numbers
from crawler.pipelines.store import StorePipeline
from crawler.sandbox.scenario import load_scenario
from nephelpdesk.run import RunOptions, begin_run


@pytest.fixture(scope="module")
def pages() -> list[PageItem]:
    """Every page of the sandbox's scam and honest sites, extracted as the crawl does."""
    items = []
    for site in load_scenario().sites:
        if site.label == "edge":
            continue
        for path, page in sorted(site.pages.items()):
            if not page.ordinary or page.status != 200:
                continue
            url = f"http://{site.hosts[0]}{path}"
            body = page.body_bytes()
            headers = {"Content-Type": page.content_type}
            item = PageItem(url, url, 200, headers, [url], body, page.content_type, "2026-01-01")
            lowered = {k.lower(): v for k, v in headers.items()}
            item.extraction = extract_page(body, url=url, headers=lowered)
            items.append(item)
    return items


def crawl_pivots(tmp_path, pages, limit, scored=None):
    """Store and pivot every page through the real pipelines; (pivots rows, stats)."""
    db_path = str(tmp_path / f"limit-{limit}.db")
    db = open_store(db_path)
    run_id, _ = begin_run(db, RunOptions(urls=["http://example.com/"]))
    db.close()
    crawler = get_crawler(settings_dict={
        "NEPHELPDESK_DB": db_path, "NEPHELPDESK_RUN_ID": run_id, "NEPHELPDESK_PIVOT_MAX": limit,
    })  # fmt: skip
    crawler._apply_settings()
    store = StorePipeline.from_crawler(crawler)
    store.open_spider()
    pivots = PivotPipeline.from_crawler(crawler)
    pivots.open_spider()
    for page in pages:
        item = PageItem(**{**page.__dict__, "page_id": None})
        pivots.process_item(store.process_item(item))
    store.close_spider()
    db = open_store(db_path)
    rows = db.execute("SELECT e164, from_domain, queries FROM pivots ORDER BY rowid").fetchall()
    db.close()
    return rows, crawler.stats.get_stats()


def test_a_limited_run_pivots_on_the_first_numbers_an_unlimited_run_does(tmp_path, pages):
    unlimited, _ = crawl_pivots(tmp_path, pages, 10_000)
    assert len(unlimited) >= 4, "the sandbox's scam sites give several pivots"
    limited, stats = crawl_pivots(tmp_path, pages, 2)
    assert limited == unlimited[:2]
    # pages after the limit that show a number not yet searched are counted, unscored
    assert stats["nephelpdesk/pivots_queued"] == 2
    assert stats["nephelpdesk/pivots_over_limit_unscored"] > 0


def test_pages_after_the_limit_are_not_scored(tmp_path, pages, monkeypatch):
    calls = []
    real = pivot_module.pivot_numbers

    def counted(item, rules, searched=frozenset()):
        calls.append(item.url)
        return real(item, rules, searched)

    monkeypatch.setattr(pivot_module, "pivot_numbers", counted)
    rows, stats = crawl_pivots(tmp_path, pages, 1)
    assert len(rows) == 1
    # scored up to the page that took the one pivot, never after it
    first = next(i for i, p in enumerate(pages) if p.url == calls[-1])
    assert first < len(pages) - 1
    assert len(calls) == first + 1
    later = [p for p in pages[first + 1 :] if unsearched_numbers(p, pivot_module.load_rules(), {rows[0][0]})]
    assert stats["nephelpdesk/pivots_over_limit_unscored"] == len(later)
