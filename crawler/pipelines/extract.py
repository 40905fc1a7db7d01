"""Run page extraction on each fetched page and schedule its contact/support pages."""

from __future__ import annotations

import logging
from typing import Any

from scrapy.crawler import Crawler

from crawler.extract.page import extract_page
from crawler.items import PageItem

logger = logging.getLogger(__name__)


class ExtractPipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExtractPipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, PageItem):
            return item
        headers = {k.lower(): v for k, v in item.headers.items()}
        extraction = extract_page(item.body, url=item.final_url, headers=headers)
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
        return item

    def _follow(self, item: PageItem, links: Any) -> None:
        spider = self.crawler.spider
        follow = getattr(spider, "follow_links", None)
        if follow is None or self.crawler.engine is None:
            return
        urls = [link[0] if isinstance(link, tuple | list) else link for link in links]
        for request in follow(item, urls):
            self.crawler.engine.crawl(request)
