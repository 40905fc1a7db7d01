"""The `search` spider: queries -> search backend -> result pages -> contact pages.

Thin on purpose: it turns search answers into hits and fetched pages into PageItems.
Extraction, storage and pivot decisions happen in pipelines (crawler/pipelines/); the
pivot pipeline hands new phone-number queries back through `queue_pivot`, and this
spider searches them when it would otherwise go idle.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import AsyncIterator, Iterable
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from core.domains import registered_domain
from core.errors import ConfigError
from core.urls import is_crawlable_scheme, strip_session
from crawler.items import PageItem, SearchHitItem, SearchPageItem
from crawler.official import should_crawl
from crawler.search import backend_for
from crawler.search.base import SearchResponseError

CONTACT_WORDS = (
    "contact",
    "support",
    "helpdesk",
    "klantenservice",
    "over-ons",
    "about",
    "bel",
    "hulp",
    "help",
    "service",
    "storing",
)


class SearchSpider(scrapy.Spider):
    name = "search"
    custom_settings: dict[str, Any] = {
        # A callback yields one page item (a result page some twenty hits): Scrapy's
        # default of 100 parallel item workers per response costs more than it saves.
        "CONCURRENT_ITEMS": 16,
        # Scrapy re-parses a generator callback's source on every response to warn
        # about `return value` (its cache holds bound methods weakly); the spider's
        # tests cover that instead. Measured at about 7% of a crawl's time.
        "WARN_ON_GENERATOR_RETURN_VALUE": False,
    }

    def __init__(
        self,
        queries: Iterable[str] | str = (),
        engine: str = "searxng",
        engine_url: str | None = None,
        api_key: str | None = None,
        result_pages: int | str = 2,
        contact_pages: int | str = 3,
        urls: Iterable[str] | str = (),
        done_searches: set[tuple[str, int]] | None = None,
        done_urls: set[str] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.queries = _as_list(queries)
        self.start_urls = _as_list(urls)
        self.backend = backend_for(engine, engine_url, api_key=api_key) if self.queries else None
        self.result_pages = int(result_pages)
        self.contact_pages = int(contact_pages)
        self.pages_per_site: Counter[str] = Counter()
        self.pivots: deque[tuple[str, str]] = deque()  # (query, origin number)
        # What a killed run already did; its resumption skips these.
        self.done_searches: set[tuple[str, int]] = set(done_searches or ())
        self.done_urls: set[str] = set(done_urls or ())
        if not self.queries and not self.start_urls:
            raise ConfigError("the search spider needs queries or urls")

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> SearchSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.on_idle, signal=signals.spider_idle)
        return spider

    # ---- start ---------------------------------------------------------------------
    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.start_urls:
            yield self.site_request(url, query="", depth=0)
        for query in self.queries:
            if (query, 1) not in self.done_searches:
                yield self.search_request(query, 1, origin="list")

    def search_request(self, query: str, page: int, origin: str) -> scrapy.Request:
        assert self.backend is not None
        req = self.backend.request(query, page)
        return scrapy.Request(
            req.url,
            headers=req.headers,
            callback=self.parse_search,
            errback=self.search_failed,
            dont_filter=True,
            priority=10,
            meta={
                "query": query,
                "page": page,
                "origin": origin,
                "nephelpdesk_trusted": True,
                "proxy": None,
                "dont_obey_robotstxt": True,
            },
        )

    def site_request(self, url: str, *, query: str, depth: int) -> scrapy.Request:
        meta: dict[str, Any] = {"query": query, "depth_site": depth}
        proxy = self.settings.get("NEPHELPDESK_PROXY")
        if proxy:
            meta["proxy"] = proxy
        return scrapy.Request(
            strip_session(url), callback=self.parse_page, errback=self.page_failed, meta=meta
        )

    # ---- search results --------------------------------------------------------------
    def parse_search(self, response: Response) -> Iterable[Any]:
        query, page, origin = (response.meta[k] for k in ("query", "page", "origin"))
        assert self.backend is not None
        try:
            result = self.backend.parse(response.body, page)
        except SearchResponseError as exc:
            self.crawler.stats.inc_value("nephelpdesk/search_errors")
            self.logger.error("search %r page %d: %s", query, page, exc)
            yield SearchPageItem(query, origin, self.backend.name, page, 0, error=str(exc))
            return
        if result.malformed:
            self.crawler.stats.inc_value("nephelpdesk/search_results_malformed", result.malformed)
        for hit in result.hits:
            crawl = is_crawlable_scheme(hit.url) and should_crawl(hit.url)
            yield SearchHitItem(
                query,
                origin,
                self.backend.name,
                page,
                hit.rank,
                hit.kind,
                hit.url,
                hit.title,
                hit.snippet,
                crawl,
            )
            if crawl and hit.url not in self.done_urls:
                yield self.site_request(hit.url, query=query, depth=0)
        yield SearchPageItem(
            query, origin, self.backend.name, page, len(result.hits), result.unresponsive_engines
        )
        if (
            result.has_more
            and page < self.result_pages
            and (query, page + 1) not in self.done_searches
        ):
            yield self.search_request(query, page + 1, origin)

    def search_failed(self, failure: Failure) -> Iterable[Any]:
        meta = failure.request.meta  # type: ignore[attr-defined]
        self.crawler.stats.inc_value("nephelpdesk/search_errors")
        self.logger.error(
            "search %r page %d failed: %s", meta["query"], meta["page"], failure.value
        )
        name = self.backend.name if self.backend else "none"
        yield SearchPageItem(
            meta["query"], meta["origin"], name, meta["page"], 0, error=repr(failure.value)
        )

    # ---- sites ---------------------------------------------------------------------------
    def parse_page(self, response: Response) -> Iterable[Any]:
        domain = registered_domain(response.url)
        item = PageItem.from_response(response)
        if domain is not None:
            self.pages_per_site[domain.domain] += 1
        yield item
        # Contact/support links are chosen by the extraction pipeline; see follow_links().

    def follow_links(self, item: PageItem, links: Iterable[str]) -> list[scrapy.Request]:
        """Same-site contact/support pages of a landing page, bounded per site; the site's
        home page first when a search result linked deeper (a landing URL that carries a
        number, a pop-up page): what the site shows at its root is evidence too."""
        if item.depth > 0:
            return []
        site = registered_domain(item.final_url)
        if site is None:
            return []
        parts = urlsplit(item.final_url)
        root = f"{parts.scheme}://{parts.netloc}/"
        if item.final_url != root:
            links = [root, *links]
        out: list[scrapy.Request] = []
        for url in links:
            url = strip_session(url)
            target = registered_domain(url)
            if target is None or target.domain != site.domain or url in self.done_urls:
                continue
            if self.pages_per_site[site.domain] + len(out) >= 1 + self.contact_pages:
                break
            out.append(self.site_request(url, query=item.query, depth=1))
        return out

    def page_failed(self, failure: Failure) -> None:
        if failure.check(HttpError):
            return  # non-2xx pages are kept via HTTPERROR_ALLOW_ALL; nothing to do
        self.crawler.stats.inc_value(f"nephelpdesk/fetch_errors/{type(failure.value).__name__}")
        self.logger.info("fetch failed %s: %s", failure.request.url, failure.value)  # type: ignore[attr-defined]

    # ---- pivots ----------------------------------------------------------------------------
    def queue_pivot(self, queries: Iterable[str], number: str) -> None:
        for query in queries:
            self.pivots.append((query, number))

    def on_idle(self) -> None:
        if not self.pivots or self.backend is None:
            return
        while self.pivots:
            query, _number = self.pivots.popleft()
            if (query, 1) not in self.done_searches:
                self.done_searches.add((query, 1))
                self.crawler.engine.crawl(self.search_request(query, 1, origin="pivot"))
        raise DontCloseSpider


def _as_list(value: Iterable[str] | str) -> list[str]:
    if isinstance(value, str):
        return [v for v in value.split("\n") if v.strip()]
    return list(value)
