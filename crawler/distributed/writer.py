"""The single writer: pops pages from Redis, runs the crawler's extract and store
pipelines on them, and queues each home page's contact pages as new seeds.

One process writes the store, as in a one-machine crawl (SQLite has one writer). The
pipelines are the same classes the one-machine crawl uses; `WriterHost` gives them the
small part of a Scrapy crawler they touch (stats, the spider's `follow_links`, the
engine's `crawl`). Pages are read from the head of the list and removed only after
their batch is committed, so a killed writer loses nothing; a page written twice is
recognised by the store (same URL, same body) and counted as unchanged.
"""

from __future__ import annotations

import json
import logging
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import redis

from core.domains import registered_domain
from core.urls import strip_session
from crawler.distributed.items import loads
from crawler.distributed.keys import Keys
from crawler.distributed.seeds import seed
from crawler.items import PageItem
from crawler.pipelines.extract import ExtractPipeline
from crawler.pipelines.store import StorePipeline

logger = logging.getLogger(__name__)
BATCH = 100


class Stats:
    """The crawl-stats interface the pipelines use, kept in a Counter."""

    def __init__(self) -> None:
        self.values: Counter[str] = Counter()

    def inc_value(self, key: str, count: int = 1, start: int = 0) -> None:
        self.values[key] += count

    def get_value(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)


class SeedQueue:
    """Stands in for the spider and engine: contact pages become seeds in Redis."""

    def __init__(self, server: redis.Redis, keys: Keys, contact_pages: int) -> None:
        self.server = server
        self.keys = keys
        self.contact_pages = contact_pages

    def follow_links(self, item: PageItem, links: Iterable[str]) -> list[str]:
        """Same-site contact/support pages of a home page, at most `contact_pages`."""
        site = registered_domain(item.final_url)
        if item.depth > 0 or site is None:
            return []
        out: list[str] = []
        for url in links:
            target = registered_domain(url)
            if (
                target is not None
                and target.domain == site.domain
                and len(out) < self.contact_pages
            ):
                out.append(seed(strip_session(url), 1, item.query))
        return out

    def crawl(self, request: str) -> None:
        self.server.rpush(self.keys.seeds, request)


@dataclass
class WriterHost:
    """The parts of a Scrapy crawler the extract and store pipelines use."""

    stats: Stats
    spider: SeedQueue
    engine: SeedQueue


class Writer:
    def __init__(
        self, server: redis.Redis, keys: Keys, db_path: str, run_id: int, contact_pages: int = 3
    ) -> None:
        self.server = server
        self.keys = keys
        queue = SeedQueue(server, keys, contact_pages)
        self.host = WriterHost(Stats(), queue, queue)
        self.extract = ExtractPipeline(self.host)  # type: ignore[arg-type]
        self.store = StorePipeline(self.host, db_path, run_id, commit_every=10**9)  # type: ignore[arg-type]

    def __enter__(self) -> Writer:
        self.store.open_spider()
        return self

    def __exit__(self, *exc: object) -> None:
        self.store.close_spider()

    def step(self) -> int:
        """Write one batch; returns how many pages it held."""
        raw = self.server.lrange(self.keys.items, 0, BATCH - 1)
        for value in raw:
            try:
                item = loads(value)
            except (ValueError, TypeError, KeyError) as exc:
                self.host.stats.inc_value("nephelpdesk/items_unreadable")
                logger.error("unreadable page in %s: %s", self.keys.items, exc)
                continue
            self.store.process_item(self.extract.process_now(item))
        if raw:
            self.store.pending = max(self.store.pending, 1)
            self.store.commit()
            self.server.ltrim(self.keys.items, len(raw), -1)  # only after the commit
        return len(raw)

    def run(self, idle_exit: float | None = None) -> dict[str, int]:
        """Write until stopped, or until nothing was left anywhere for `idle_exit` s."""
        quiet_since: float | None = None
        while True:
            if self.step():
                quiet_since = None
                continue
            if idle_exit is not None:
                if self.busy():
                    quiet_since = None
                else:
                    quiet_since = quiet_since or time.monotonic()
                    if time.monotonic() - quiet_since >= idle_exit:
                        return dict(self.host.stats.values)
            time.sleep(0.2)

    def busy(self) -> bool:
        """Work left: seeds, frontier, pages, or a worker's leases."""
        if any(self.server.llen(k) for k in (self.keys.seeds, self.keys.requests)):
            return True
        for raw in self.server.smembers(self.keys.workers):
            worker = raw.decode() if isinstance(raw, bytes) else str(raw)
            if self.server.hlen(self.keys.leases(worker)):
                return True
        return False


def stats_json(stats: dict[str, int]) -> str:
    return json.dumps({k.removeprefix("nephelpdesk/"): v for k, v in sorted(stats.items())})
