"""Fill in the server IP of pages fetched through a proxy, by looking the name up.

A direct fetch knows the peer address (source "connected", set from the response). Through
a proxy the peer is the proxy, so the site's address is what its host name resolves to
at fetch time (source "resolved": looked up, never connected to).

Runs after the store pipeline and never holds an item back: a host seen before is
answered from the cache at once; a new one is looked up in a thread (time-limited) and
its stored page updated when the answer comes, so a slow or dead resolver costs the
crawl nothing. The spider closes only after the lookups in flight have ended.
"""

from __future__ import annotations

import logging
import sqlite3
from typing import Any
from urllib.parse import urlsplit

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from twisted.internet import defer, threads

from core.resolver import AddressResolver
from core.store import open_store
from crawler.items import PageItem

RESOLVED = "resolved"
UPDATE = "UPDATE pages SET server_ip = ?, server_ip_source = ? WHERE id = ? AND server_ip IS NULL"
logger = logging.getLogger(__name__)


class ServerIpPipeline:
    def __init__(self, crawler: Crawler, resolver: AddressResolver) -> None:
        self.crawler = crawler
        self.resolver = resolver
        self.pending: set[defer.Deferred[Any]] = set()
        self.waiting: dict[str, list[int]] = {}  # host being looked up -> pages waiting
        self.late: list[tuple[str, int]] = []

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ServerIpPipeline:
        if not crawler.settings.get("NEPHELPDESK_PROXY"):
            raise NotConfigured("direct connections record their peer address themselves")
        return cls(crawler, AddressResolver.from_env())

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, PageItem) or item.server_ip or item.page_id is None:
            return item  # not a page, a direct fetch, or a page stored before
        host = urlsplit(item.final_url).hostname or ""
        known, address = self.resolver.cached(host)
        if known:
            self._record(item.page_id, address)
            return item
        if host in self.waiting:  # one lookup per host, however many pages wait on it
            self.waiting[host].append(item.page_id)
            return item
        self.waiting[host] = [item.page_id]
        lookup = threads.deferToThread(self.resolver.address, host)
        self.pending.add(lookup)

        def done(found: str | None) -> None:
            self.pending.discard(lookup)
            for page_id in self.waiting.pop(host, []):
                self._record(page_id, found)

        lookup.addCallback(done)
        return item

    def _record(self, page_id: int, address: str | None) -> None:
        stats = self.crawler.stats
        assert stats is not None
        writer = getattr(self.crawler, "nephelpdesk_writer", None)
        if address is None or writer is None or writer.failed:
            stats.inc_value("nephelpdesk/server_ip_unresolved")
            return
        stats.inc_value("nephelpdesk/server_ip_resolved")
        try:
            # Through the store pipeline's connection (one writer), committed with its batch.
            writer.db.conn.execute(UPDATE, [address, RESOLVED, page_id])
            writer.pending += 1
        except sqlite3.ProgrammingError:
            self.late.append((address, page_id))  # the store closed first: written at close

    def close_spider(self) -> defer.Deferred[Any] | None:
        if not self.pending and not self.late:
            return None
        waiting = defer.DeferredList(list(self.pending), consumeErrors=True)
        waiting.addCallback(lambda _: self._write_late())
        return waiting

    def _write_late(self) -> None:
        """Answers that came after the store pipeline closed (pipelines close together)."""
        if not self.late:
            return
        db = open_store(self.crawler.settings.get("NEPHELPDESK_DB"))
        try:
            with db.conn:
                db.conn.executemany(UPDATE, [(a, RESOLVED, p) for a, p in self.late])
        except sqlite3.OperationalError as exc:
            logger.error("server IPs not recorded (%s)", exc)
        finally:
            db.close()
