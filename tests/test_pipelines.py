"""Component tests of the item pipelines, each built by Scrapy's own `get_crawler` and
`from_crawler` (settings as a crawl passes them), fed items directly: no sandbox crawl.
The pivot pipeline's are in test_pivot_limit.py."""

from __future__ import annotations

import asyncio

import pytest
from scrapy.exceptions import NotConfigured
from scrapy.utils.test import get_crawler

from core.resolver import AddressResolver
from core.store import open_store
from crawler.items import PageItem, SearchHitItem
from crawler.pipelines.extract import ExtractPipeline
from crawler.pipelines.serverip import ServerIpPipeline
from crawler.pipelines.store import StorePipeline
from nephelpdesk.run import RunOptions, begin_run

HELPDESK = (
    b'<html lang="nl"><head><title>Microsoft Helpdesk Nederland</title></head><body>'
    b'<header><a href="tel:+31852081933">Bel 085 208 1933</a></header>'
    b"<p>Computerhulp op afstand, 24/7. Bel ons direct: 085 208 1933 (of +31 85 208 19).</p>"
    b'<a href="/contact">Contact</a></body></html>'
)


def _page(url: str = "http://helpdesk-nl.nl/", body: bytes = HELPDESK) -> PageItem:
    headers = {"Content-Type": "text/html; charset=utf-8"}
    return PageItem(url, url, 200, headers, [url], body, "text/html", "2026-12-01T02:00:00+00:00")


def _crawler(settings: dict | None = None):
    crawler = get_crawler(settings_dict=settings or {})
    crawler._apply_settings()
    return crawler


def test_the_extract_pipeline_attaches_facts_and_counts_what_it_rejected():
    crawler = _crawler({"NEPHELPDESK_EXTRACT_WORKERS": 0})
    pipeline = ExtractPipeline.from_crawler(crawler)
    pipeline.open_spider()
    item = asyncio.run(pipeline.process_item(_page()))
    pipeline.close_spider()
    assert [p.e164 for p in item.extraction.valid_phones] == ["+31852081933"]
    assert "microsoft" in item.extraction.brands
    assert crawler.stats.get_value("nephelpdesk/phones_unparsed") == 1  # "+31 85 208 19"
    hit = SearchHitItem("q", "seed", "sandbox", 1, 1, "organic", "http://x.nl/", "X", "", True)
    assert asyncio.run(pipeline.process_item(hit)) is hit  # not a page: passed on untouched


def test_the_extract_pipeline_with_worker_processes_gives_the_same_facts():
    crawler = _crawler({"NEPHELPDESK_EXTRACT_WORKERS": 1})
    pipeline = ExtractPipeline.from_crawler(crawler)
    pipeline.open_spider()
    try:

        async def run() -> PageItem:
            return await pipeline.process_item(_page())

        pooled = asyncio.run(run())
    finally:
        pipeline.close_spider()
    local = ExtractPipeline(crawler).process_now(_page())
    assert pooled.extraction.to_json_dict() == local.extraction.to_json_dict()


@pytest.fixture
def store_settings(tmp_path):
    db_path = str(tmp_path / "store.db")
    db = open_store(db_path)
    run_id, _ = begin_run(db, RunOptions(urls=["http://helpdesk-nl.nl/"]))
    db.close()
    return {"NEPHELPDESK_DB": db_path, "NEPHELPDESK_RUN_ID": run_id, "NEPHELPDESK_COMMIT_EVERY": 1}


def _store_pages(settings: dict, items: list) -> StorePipeline:
    crawler = _crawler(settings)
    extract = ExtractPipeline(crawler)
    store = StorePipeline.from_crawler(crawler)
    store.open_spider()
    for item in items:
        store.process_item(extract.process_now(item) if isinstance(item, PageItem) else item)
    store.close_spider()
    return store


def test_the_store_pipeline_keeps_evidence_once(store_settings):
    first, again = _page(), _page()
    _store_pages(store_settings, [first, again])
    db = open_store(store_settings["NEPHELPDESK_DB"], readonly=True)
    try:
        assert db.execute("SELECT count(*) FROM bodies").fetchone()[0] == 1
        pages = list(db.query("SELECT domain, final_url, body_sha256, title FROM pages"))
        assert {p["domain"] for p in pages} == {"helpdesk-nl.nl"}
        assert pages[0]["title"] == "Microsoft Helpdesk Nederland"
        numbers = [r[0] for r in db.execute("SELECT DISTINCT e164 FROM page_phones WHERE valid = 1")]
        assert numbers == ["+31852081933"]
        assert db.execute("SELECT count(*) FROM domains").fetchone()[0] == 1
    finally:
        db.close()
    assert first.page_id is not None


def test_the_server_ip_pipeline_needs_a_proxy():
    with pytest.raises(NotConfigured):
        ServerIpPipeline.from_crawler(_crawler({}))


def test_the_server_ip_pipeline_records_the_resolved_address(store_settings):
    settings = {**store_settings, "NEPHELPDESK_PROXY": "http://127.0.0.1:3128"}
    crawler = _crawler(settings)
    store = StorePipeline.from_crawler(crawler)
    store.open_spider()
    resolver = AddressResolver()
    resolver._cache["helpdesk-nl.nl"] = "203.0.113.7"  # the name's answer at fetch time
    server_ip = ServerIpPipeline(crawler, resolver)
    item = store.process_item(ExtractPipeline(crawler).process_now(_page()))
    server_ip.process_item(item)
    server_ip.close_spider()
    store.close_spider()
    db = open_store(store_settings["NEPHELPDESK_DB"], readonly=True)
    try:
        row = db.execute("SELECT server_ip, server_ip_source FROM pages").fetchone()
    finally:
        db.close()
    assert tuple(row) == ("203.0.113.7", "resolved")
    assert crawler.stats.get_value("nephelpdesk/server_ip_resolved") == 1
