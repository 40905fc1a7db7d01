"""Pivot on phone numbers: search each new suspicious number to find its campaign's sites.

The police found 137 fake helpdesk pages by following reused numbers. A number is
searched once ever (table `pivots`), only when the page offers it as its own contact and
the scoring rules would flag that page on its own evidence (the same rules as the score
stage, so "looks like a fake helpdesk" is decided in one place), never a brand's genuine
number, and at most NEPHELPDESK_PIVOT_MAX numbers a run. Once a run has taken that many,
pages are no longer scored for pivots (stat `pivots_over_limit_unscored` counts the pages
that showed a valid number not searched yet).
"""

from __future__ import annotations

import json
import logging
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from core.clock import now_iso
from core.domains import host_of, registered_domain
from crawler.items import PageItem
from crawler.queries import phone_query_forms
from scoring.facts import DomainFacts
from scoring.indicators.phone import offered_phones
from scoring.loader import page_facts
from scoring.rules import Rules, load_rules
from scoring.score import score

logger = logging.getLogger(__name__)


def pivot_numbers(item: PageItem, rules: Rules, searched: frozenset[str] | set[str] = frozenset()) -> list[str]:
    """The numbers worth searching from this page: offered, valid, not a brand's own, not
    `searched` already, on a page the rules flag by itself (scored only when such a
    number is left: scoring costs about as much as extracting the page)."""
    ext = item.extraction
    if ext is None or not ext.valid_phones:
        return []
    page = page_facts(item.final_url, ext)
    numbers = [p.e164 for p in offered_phones(page, rules)
               if p.valid and p.e164 not in searched and not rules.genuine_number(p.e164)]  # fmt: skip
    if not numbers:
        return []  # nothing to search, whatever the score says
    domain = registered_domain(item.final_url)
    name = domain.domain if domain else ""
    facts = DomainFacts(name, hosts=(host_of(item.final_url),), pages=(page,),
                        hosting_platform=domain.platform if domain else "")  # fmt: skip
    return numbers if score(facts, rules).flagged else []


def unsearched_numbers(
    item: PageItem, rules: Rules, searched: frozenset[str] | set[str] = frozenset()
) -> list[str]:
    """The page's valid numbers not `searched` yet and not a brand's own, unscored: what
    pivot_numbers would start from, without deciding whether the page offers them."""
    ext = item.extraction
    if ext is None:
        return []
    return [p.e164 for p in ext.valid_phones
            if p.e164 not in searched and not rules.genuine_number(p.e164)]  # fmt: skip


class PivotPipeline:
    def __init__(
        self, crawler: Crawler, db_path: str, run_id: int, limit: int, rules: Rules
    ) -> None:
        self.crawler = crawler
        self.rules = rules
        self.db_path = db_path
        self.run_id = run_id
        self.limit = limit
        self.queued = 0
        self.searched: set[str] = set()
        self.writer: Any = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PivotPipeline:
        settings = crawler.settings
        limit = settings.getint("NEPHELPDESK_PIVOT_MAX", 50)
        if limit <= 0 or not settings.get("NEPHELPDESK_DB"):
            raise NotConfigured("pivoting is off")
        db, run_id = settings["NEPHELPDESK_DB"], settings.getint("NEPHELPDESK_RUN_ID")
        return cls(crawler, db, run_id, limit, load_rules())

    def open_spider(self) -> None:
        writer = getattr(self.crawler, "nephelpdesk_writer", None)
        if writer is None:
            raise NotConfigured("the pivot pipeline needs the store pipeline before it")
        self.writer = writer
        row = writer.db.execute(
            "SELECT count(*) FROM pivots WHERE run_id = ?", [self.run_id]
        ).fetchone()
        self.queued = row[0]
        # A number is searched once ever: the ones already in `pivots` need no scoring.
        self.searched = {r[0] for r in writer.db.execute("SELECT e164 FROM pivots")}

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, PageItem):
            return item
        if self.queued >= self.limit:
            # Every pivot this run may take is taken: scoring the page (about as costly
            # as extracting it) could only count it, so it is counted unscored.
            if unsearched_numbers(item, self.rules, self.searched):
                assert self.crawler.stats is not None
                self.crawler.stats.inc_value("nephelpdesk/pivots_over_limit_unscored")
            return item
        for e164 in pivot_numbers(item, self.rules, self.searched):
            if self.queued >= self.limit:
                assert self.crawler.stats is not None
                self.crawler.stats.inc_value("nephelpdesk/pivots_over_limit")
                break
            self._pivot(e164, item)
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
        self.searched.add(e164)
        if not cur.rowcount:
            return
        self.queued += 1
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value("nephelpdesk/pivots_queued")
        queue = getattr(self.crawler.spider, "queue_pivot", None)
        if queue is not None:
            queue(forms, e164)
