"""Write search results and pages to the store, in small batched transactions.

One connection, one writer. A batch is committed every `NEPHELPDESK_COMMIT_EVERY` items
and when the spider closes, so a crash loses at most one batch of work in flight, which
the resumed run fetches again.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.utils.defer import deferred_from_coro
from twisted.internet import task

from core.clock import now_iso
from core.domains import registered_domain
from core.evidence import store_body
from core.store import open_store
from crawler.items import PageItem, SearchHitItem, SearchPageItem

logger = logging.getLogger(__name__)


class StorePipeline:
    def __init__(self, crawler: Crawler, db_path: str, run_id: int, commit_every: int) -> None:
        self.crawler = crawler
        self.db_path = db_path
        self.run_id = run_id
        self.commit_every = commit_every
        self.pending = 0
        self.db: Any = None
        self.failed: str | None = None  # set when the store refused a write

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        settings = crawler.settings
        db_path = settings.get("NEPHELPDESK_DB")
        run_id = settings.getint("NEPHELPDESK_RUN_ID")
        if not db_path or not run_id:
            raise NotConfigured("NEPHELPDESK_DB and NEPHELPDESK_RUN_ID are needed to store")
        return cls(crawler, db_path, run_id, settings.getint("NEPHELPDESK_COMMIT_EVERY", 50))

    def open_spider(self) -> None:
        self.db = open_store(self.db_path)
        # The pivot pipeline writes through this same connection: two connections in one
        # thread would wait on each other's write lock.
        self.crawler.nephelpdesk_writer = self  # type: ignore[attr-defined]
        # Commit at least once a second, so an idle crawl never holds the write lock
        # against the review UI or a rescoring.
        self.ticker = task.LoopingCall(self.commit)
        self.ticker.start(1.0, now=False)

    def close_spider(self) -> None:
        if self.db is not None:
            if self.ticker.running:
                self.ticker.stop()
            self.commit()
            self.db.close()

    def commit(self) -> None:
        if self.pending and not self.failed:
            try:
                self.db.conn.commit()
            except sqlite3.OperationalError as exc:
                self._store_failed(exc)
            self.pending = 0

    def process_item(self, item: Any) -> Any:
        if self.failed:
            return item  # the crawl is closing; the resumed run fetches this again
        try:
            if isinstance(item, PageItem):
                self._page(item)
            elif isinstance(item, SearchHitItem):
                self._hit(item)
            elif isinstance(item, SearchPageItem):
                self._search_page(item)
            else:
                return item
        except sqlite3.OperationalError as exc:
            self._store_failed(exc)
            return item
        self.pending += 1
        if self.pending >= self.commit_every:
            self.commit()
        return item

    def _store_failed(self, exc: sqlite3.OperationalError) -> None:
        """Disk full, read-only store...: one clear line, roll back the batch, stop the
        crawl. What was committed stays; the next run resumes from there."""
        self.failed = str(exc)
        logger.error("store refused a write (%s): stopping the crawl", exc)
        self._inc("store_errors")
        try:
            self.db.conn.rollback()
        except sqlite3.OperationalError as again:
            logger.debug("rollback after a refused write: %s", again)
        engine = self.crawler.engine
        if engine is not None:
            deferred_from_coro(engine.close_spider_async(reason="store_error"))

    def _inc(self, key: str, count: int = 1) -> None:
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value(f"nephelpdesk/{key}", count)

    def _hit(self, item: SearchHitItem) -> None:
        domain = registered_domain(item.url)
        cur = self.db.conn.execute(
            "INSERT OR IGNORE INTO search_hits (run_id, query, engine, result_page, rank, kind, "
            "url, title, snippet, domain, crawled, seen_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                self.run_id,
                item.query,
                item.engine,
                item.result_page,
                item.rank,
                item.kind,
                item.url,
                item.title[:500],
                item.snippet[:2000],
                domain.domain if domain else None,
                int(item.crawled),
                now_iso(),
            ],
        )
        self._inc("hits_stored" if cur.rowcount else "hits_duplicate")

    def _search_page(self, item: SearchPageItem) -> None:
        self.db.conn.execute(
            "INSERT OR REPLACE INTO search_requests (run_id, query, result_page, origin, engine, "
            "hits, unresponsive_engines, error, at) VALUES (?,?,?,?,?,?,?,?,?)",
            [
                self.run_id,
                item.query,
                item.result_page,
                item.origin,
                item.engine,
                item.hits,
                json.dumps(item.unresponsive_engines),
                item.error,
                now_iso(),
            ],
        )

    def _page(self, item: PageItem) -> None:
        self._inc(write_page(self.db, item, self.run_id, now_iso()))


def write_page(db: Any, item: PageItem, run_id: int, now: str) -> str:
    """Store one fetched page with its evidence and extraction, inside the caller's
    transaction; returns the crawl-stats key it counts as. The crawl's store pipeline and
    the sandbox evaluation both write pages through here."""
    domain = registered_domain(item.final_url) or registered_domain(item.url)
    if domain is None:
        return "pages_without_domain"
    conn = db.conn
    conn.execute(
        "INSERT INTO domains (domain, domain_unicode, first_seen, last_seen, first_run_id) "
        "VALUES (?,?,?,?,?) ON CONFLICT(domain) DO UPDATE SET last_seen = excluded.last_seen",
        [domain.domain, domain.domain_unicode, now, now, run_id],
    )
    digest = store_body(db, item.body)
    ext = item.extraction
    cur = conn.execute(
        "INSERT OR IGNORE INTO pages (run_id, url, final_url, domain, status, headers, "
        "redirect_chain, server_ip, body_sha256, content_type, fetched_at, title, language, "
        "fingerprint, extraction, redirect_hops, server_ip_source, tls) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [
            run_id,
            item.url,
            item.final_url,
            domain.domain,
            item.status,
            json.dumps(item.headers),
            json.dumps(item.redirect_chain),
            item.server_ip,
            digest,
            item.content_type,
            item.fetched_at,
            getattr(ext, "title", None),
            getattr(ext, "language", None),
            getattr(ext, "fingerprint", None),
            json.dumps(ext.to_json_dict() if ext is not None else {}),
            json.dumps(item.redirect_hops),
            item.server_ip_source,
            json.dumps(item.tls) if item.tls else None,
        ],
    )
    if not cur.rowcount:
        return "pages_unchanged"
    item.page_id = cur.lastrowid  # later pipelines (server IP) update the stored row
    if ext is not None:
        _write_extraction(conn, cur.lastrowid, ext)
    return "pages_stored"


def _write_extraction(conn: sqlite3.Connection, page_id: int, ext: Any) -> None:
    conn.executemany(
        "INSERT OR IGNORE INTO page_phones "
        "(page_id, e164, raw, kind, country, valid, role, sources) VALUES (?,?,?,?,?,?,?,?)",
        [
            (page_id, p.e164, p.raw, p.kind, p.country, int(p.valid), p.role, ",".join(p.sources))
            for p in ext.phones
        ],
    )
    in_title = set(ext.brands_in_title)
    conn.executemany(
        "INSERT OR IGNORE INTO page_brands (page_id, brand, mentions, in_title) "
        "VALUES (?,?,?,?)",
        [(page_id, b, n, int(b in in_title)) for b, n in ext.brands.items()],
    )
