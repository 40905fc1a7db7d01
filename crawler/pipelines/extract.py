"""Run page extraction on each fetched page and schedule its contact/support pages.

Extraction is the costly part of a crawl (parsing, phones, brands, fingerprint), pure
and CPU-bound. With `NEPHELPDESK_EXTRACT_WORKERS` > 0 it runs in that many worker
processes, so the crawl's own process keeps fetching while pages are analysed on other
cores; 0 extracts in the crawl's process, as the distributed writer does.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
from concurrent.futures import Executor, ProcessPoolExecutor
from typing import Any

from scrapy.crawler import Crawler

from crawler.extract.page import extract_page
from crawler.items import PageItem

logger = logging.getLogger(__name__)


def default_workers() -> int:
    """One extraction process beside the crawl when the host has a core to spare."""
    return 1 if (os.cpu_count() or 1) > 1 else 0


def _lower_keys(headers: dict[str, str]) -> dict[str, str]:
    return {k.lower(): v for k, v in headers.items()}


def _extract(body: bytes, url: str, headers: dict[str, str]) -> Any:
    return extract_page(body, url=url, headers=headers)


class ExtractPipeline:
    def __init__(self, crawler: Crawler, workers: int = 0) -> None:
        self.crawler = crawler
        self.workers = workers
        self.pool: Executor | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExtractPipeline:
        workers = crawler.settings.getint("NEPHELPDESK_EXTRACT_WORKERS", default_workers())
        return cls(crawler, max(workers, 0))

    def open_spider(self) -> None:
        if self.workers:
            # spawn: a clean child, not a fork of a process running a reactor and threads
            context = multiprocessing.get_context("spawn")
            self.pool = ProcessPoolExecutor(self.workers, mp_context=context)

    def close_spider(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None

    async def process_item(self, item: Any) -> Any:
        if not isinstance(item, PageItem):
            return item
        if self.pool is None:
            return self.process_now(item)
        loop = asyncio.get_running_loop()
        extraction = await loop.run_in_executor(
            self.pool, _extract, item.body, item.final_url, _lower_keys(item.headers)
        )
        self.finish(item, extraction)
        return item

    def process_now(self, item: PageItem) -> PageItem:
        """Extract in this process (no pool, no event loop needed)."""
        headers = _lower_keys(item.headers)
        self.finish(item, extract_page(item.body, url=item.final_url, headers=headers))
        return item

    def finish(self, item: PageItem, extraction: Any) -> None:
        """Attach the extraction, count what it rejected, follow contact links."""
        item.extraction = extraction
        stats = self.crawler.stats
        assert stats is not None
        if extraction.skipped_reason:
            stats.inc_value(f"nephelpdesk/pages_skipped/{extraction.skipped_reason}")
        if extraction.phone_candidates_rejected:
            stats.inc_value(
                "nephelpdesk/phone_candidates_rejected", extraction.phone_candidates_rejected
            )
        if extraction.invalid_phones:
            stats.inc_value("nephelpdesk/phones_unparsed", len(extraction.invalid_phones))
        self._follow(item, extraction.contact_links)

    def _follow(self, item: PageItem, links: Any) -> None:
        spider = self.crawler.spider
        follow = getattr(spider, "follow_links", None)
        if follow is None or self.crawler.engine is None:
            return
        urls = [link[0] if isinstance(link, tuple | list) else link for link in links]
        for request in follow(item, urls):
            self.crawler.engine.crawl(request)
