"""Refuse requests to private, loopback, link-local and other internal addresses.

Crawled pages are written by criminals: a link to http://169.254.169.254/ or to a
service on 10.0.0.0/8 must never be fetched from the crawl host. The search backend and
the configured proxy are trusted (requests carrying meta `nephelpdesk_trusted`); the
sandbox run names its own loopback services that way. When a proxy is configured the
proxy resolves host names, so only literal addresses and `localhost` are checked here;
without a proxy, names are resolved and every address they resolve to is checked.
"""

from __future__ import annotations

import logging

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest

from core.netguard import destination_problem

logger = logging.getLogger(__name__)


class BlockedDestination(IgnoreRequest):
    """Raised (and counted) by SsrfMiddleware for a request to an internal address."""


class SsrfMiddleware:
    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats
        self.resolve = not crawler.settings.get("NEPHELPDESK_PROXY")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SsrfMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        if request.meta.get("nephelpdesk_trusted"):
            return None
        problem = destination_problem(request.url, resolve=self.resolve)
        if problem:
            assert self.stats is not None
            self.stats.inc_value("nephelpdesk/ssrf_blocked")
            logger.warning("refused %s: %s", request.url, problem)
            raise BlockedDestination(problem)
        return None
