"""The worker spider: seeds from Redis, pages to the writer, for Scrapy 2.16+.

scrapy-redis 0.9.1's RedisSpider feeds itself from `start_requests()` and
`next_requests()` on the idle signal; Scrapy 2.16+ calls `async def start()` instead and
never calls `start_requests()`, so a RedisSpider there crawls nothing. `RedisSeedMixin`
is the adaptation: `start()` keeps taking leased seeds while there are any, and the
idle signal takes more (the writer adds contact pages while the crawl runs) and keeps
the spider open until nothing is left anywhere for `NEPHELPDESK_IDLE_CLOSE` seconds.
"""

from __future__ import annotations

import asyncio
import os
import socket
import time
from collections.abc import AsyncIterator
from typing import Any

import scrapy
from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy.http import Response
from scrapy_redis.connection import get_redis_from_settings
from twisted.internet import task
from twisted.python.failure import Failure

from core.urls import strip_session
from crawler.distributed.keys import Keys
from crawler.distributed.queue import LEASE_META, SEED_META
from crawler.distributed.seeds import Leases
from crawler.items import PageItem

SEED_BATCH = 16


def default_worker_id() -> str:
    return f"{socket.gethostname()}-{os.getpid()}"


class RedisSeedMixin:
    """`async def start()` and idle-signal feeding from a leased Redis seed list."""

    crawler: Any
    settings: Any
    logger: Any

    def setup_redis(self, crawler: Any, worker_id: str | None) -> None:
        self.server = get_redis_from_settings(crawler.settings)
        self.worker_id = worker_id or default_worker_id()
        self.leases = Leases(
            self.server, Keys(crawler.settings.get("NEPHELPDESK_REDIS_PREFIX")), self.worker_id
        )
        self.idle_close = crawler.settings.getfloat("NEPHELPDESK_IDLE_CLOSE", 30.0)
        self.idle_since: float | None = None
        self.item_leases: dict[str, str] = {}
        crawler.signals.connect(self.on_idle, signal=signals.spider_idle)
        crawler.signals.connect(self.on_dropped, signal=signals.request_dropped)
        crawler.signals.connect(self.on_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.on_closed, signal=signals.spider_closed)

    def on_opened(self, spider: Any) -> None:
        restored = self.leases.recover()
        if restored:
            self.logger.info("re-queued %d requests left by killed workers", restored)
        self.crawler.stats.set_value("nephelpdesk/leases_restored", restored)
        self.leases.heartbeat()
        self.beat = task.LoopingCall(self.leases.heartbeat)
        self.beat.start(self.leases_ttl_third(), now=False)

    def on_closed(self, spider: Any) -> None:
        if self.beat.running:
            self.beat.stop()

    @staticmethod
    def leases_ttl_third() -> float:
        from crawler.distributed.seeds import HEARTBEAT_TTL

        return HEARTBEAT_TTL / 3

    def seed_requests(self) -> list[scrapy.Request]:
        return [self.seed_request(field, seed) for field, seed in self.leases.take(SEED_BATCH)]

    def seed_request(self, lease: str, seed: dict[str, Any]) -> scrapy.Request:
        raise NotImplementedError

    async def start(self) -> AsyncIterator[scrapy.Request]:
        while True:
            requests = self.seed_requests()
            for request in requests:
                yield request
            if not requests:
                if self.leases.outstanding() == 0 and self.quiet_for(self.idle_close):
                    return
                await asyncio.sleep(0.2)

    def quiet_for(self, seconds: float) -> bool:
        """True once nothing was left to do for `seconds` in a row."""
        now = time.monotonic()
        if self.idle_since is None:
            self.idle_since = now
        return now - self.idle_since >= seconds

    def on_idle(self) -> None:
        requests = self.seed_requests()
        for request in requests:
            self.crawler.engine.crawl(request)
        if requests or self.leases.outstanding():
            self.idle_since = None
            raise DontCloseSpider
        if not self.quiet_for(self.idle_close):
            raise DontCloseSpider

    def on_dropped(self, request: scrapy.Request, spider: Any) -> None:
        # Seen before by some worker: that worker fetches it; our seed lease is done.
        field = request.meta.get(SEED_META)
        if field:
            self.leases.release(field)


class DistributedSpider(RedisSeedMixin, scrapy.Spider):
    """Fetches pages from the shared frontier and hands them to the writer."""

    name = "distributed"

    def __init__(self, worker_id: str | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.requested_worker_id = worker_id

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> DistributedSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.setup_redis(crawler, spider.requested_worker_id)
        return spider

    def seed_request(self, lease: str, seed: dict[str, Any]) -> scrapy.Request:
        meta: dict[str, Any] = {
            "query": seed.get("query", ""),
            "depth_site": int(seed.get("depth", 0)),
            SEED_META: lease,
        }
        proxy = self.settings.get("NEPHELPDESK_PROXY")
        if proxy:
            meta["proxy"] = proxy
        return scrapy.Request(
            strip_session(seed["url"]), callback=self.parse, errback=self.failed, meta=meta
        )

    def parse(self, response: Response) -> Any:
        request_url = response.request.url if response.request else response.url
        lease = response.meta.get(LEASE_META)
        if lease:
            self.item_leases[request_url] = lease
        yield PageItem.from_response(response)

    def failed(self, failure: Failure) -> None:
        request = failure.request  # type: ignore[attr-defined]
        self.crawler.stats.inc_value(f"nephelpdesk/fetch_errors/{type(failure.value).__name__}")
        self.logger.info("fetch failed %s: %s", request.url, failure.value)
        lease = request.meta.get(LEASE_META)
        if lease:
            self.leases.release(lease)  # failed for good (after retries): not lost, counted
