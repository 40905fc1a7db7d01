"""Pivot on phone numbers: search each new suspicious number to find its campaign's sites.

The police found 137 fake helpdesk pages by following reused numbers. A number is
searched once ever (table `pivots`), only from a page that looks like a helpdesk (a brand
or helpdesk wording next to the number), and at most NEPHELPDESK_PIVOT_MAX numbers a run.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from crawler.clock import now_iso
from crawler.domains import registered_domain
from crawler.items import PageItem
from crawler.queries import phone_query_forms

logger = logging.getLogger(__name__)


def looks_like_helpdesk(extraction: Any) -> bool:
    """A page worth pivoting from: a brand and helpdesk wording, and no sign of a
    warning/news page or an established local business (whose numbers are their own)."""
    return (
        bool(extraction.helpdesk_terms)
        and bool(extraction.brands or extraction.brands_in_host)
        and not extraction.warning_terms
        and not extraction.business_terms
    )


class PivotPipeline:
    def __init__(self, crawler: Crawler, db_path: str, run_id: int, limit: int) -> None:
        self.crawler = crawler
        self.db_path = db_path
        self.run_id = run_id
        self.limit = limit
        self.queued = 0
        self.writer: Any = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PivotPipeline:
        settings = crawler.settings
        limit = settings.getint("NEPHELPDESK_PIVOT_MAX", 50)
        if limit <= 0 or not settings.get("NEPHELPDESK_DB"):
            raise NotConfigured("pivoting is off")
        return cls(
            crawler, settings["NEPHELPDESK_DB"], settings.getint("NEPHELPDESK_RUN_ID"), limit
        )

    def open_spider(self) -> None:
        writer = getattr(self.crawler, "nephelpdesk_writer", None)
        if writer is None:
            raise NotConfigured("the pivot pipeline needs the store pipeline before it")
        self.writer = writer
        row = writer.db.execute(
            "SELECT count(*) FROM pivots WHERE run_id = ?", [self.run_id]
        ).fetchone()
        self.queued = row[0]

    def process_item(self, item: Any) -> Any:
        ext = getattr(item, "extraction", None)
        if not isinstance(item, PageItem) or ext is None or not looks_like_helpdesk(ext):
            return item
        for phone in ext.phones:
            if self.queued >= self.limit:
                assert self.crawler.stats is not None
                self.crawler.stats.inc_value("nephelpdesk/pivots_over_limit")
                break
            if phone.valid:
                self._pivot(phone.e164, item)
        return item

    def _pivot(self, e164: str, item: PageItem) -> None:
        forms = phone_query_forms(e164)
        domain = registered_domain(item.final_url)
        cur = self.writer.db.conn.execute(
            "INSERT OR IGNORE INTO pivots (e164, run_id, from_domain, queries, at) "
            "VALUES (?,?,?,?,?)",
            [e164, self.run_id, domain.domain if domain else "", json.dumps(forms), now_iso()],
        )
        self.writer.pending += 1
        if not cur.rowcount:
            return
        self.queued += 1
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value("nephelpdesk/pivots_queued")
        queue = getattr(self.crawler.spider, "queue_pivot", None)
        if queue is not None:
            queue(forms, e164)
