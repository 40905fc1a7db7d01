"""Which crawled pages the render stage opens: suspect domains' pages, and every page
of a domain in a review case.

A domain is suspect when its score on the static evidence reaches render.toml's
`min_score`, or when its pages show scareware wording or locker code. Only the latest crawled fetch of each URL, HTML and not an error answer,
that has no render yet; the highest-scoring domains first, within the per-run caps.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable

import sqlite_utils

from crawler.render.config import RenderConfig
from crawler.render.store import SourcePage
from scoring.loader import load_facts
from scoring.rules import Rules
from scoring.score import score

CRAWLED = """
    SELECT p.id, p.url, p.domain, p.server_ip, p.server_ip_source, p.redirect_chain,
      p.id IN (SELECT page_id FROM renders) AS done,
      (p.content_type IS NULL OR p.content_type = '' OR lower(p.content_type) LIKE '%html%')
        AND (p.status IS NULL OR p.status < 400) AS renderable
    FROM pages p
    WHERE p.id NOT IN (SELECT render_page_id FROM renders WHERE render_page_id IS NOT NULL)
    ORDER BY p.domain, p.url, p.fetched_at DESC, p.id DESC
"""


def unrendered_pages(db: sqlite_utils.Database) -> dict[str, list[SourcePage]]:
    """Per domain: URLs whose latest crawled fetch is HTML and has no render yet."""
    seen: set[tuple[str, str]] = set()
    pages: dict[str, list[SourcePage]] = defaultdict(list)
    for page_id, url, domain, ip, ip_source, chain, done, renderable in db.execute(CRAWLED):
        if (domain, url) in seen:
            continue  # an older fetch of a URL already decided on
        seen.add((domain, url))
        if renderable and not done:
            pages[domain].append(SourcePage(page_id, url, domain, ip, ip_source, _first(chain)))
    return pages


def _first(chain: str | None) -> str:
    try:
        urls = json.loads(chain or "[]")
    except json.JSONDecodeError:
        return ""
    return str(urls[0]) if isinstance(urls, list) and urls else ""


def case_domains(db: sqlite_utils.Database) -> set[str]:
    try:
        return {d for (d,) in db.execute("SELECT DISTINCT domain FROM case_domains")}
    except sqlite3.OperationalError:
        return set()  # no review queue in this store yet


def static_scores(
    db: sqlite_utils.Database, rules: Rules, domains: Iterable[str]
) -> tuple[dict[str, float], set[str]]:
    """Each domain's total on its static evidence, and the domains whose pages use
    scareware wording or locker code (a browser locker often reads as a warning page,
    which scores it down, until a browser shows what it does)."""
    totals: dict[str, float] = {}
    scary: set[str] = set()
    for facts in load_facts(db, rules, domains):
        totals[facts.domain] = score(facts, rules).total
        if any(page.scare_terms or page.locker_behaviours for page in facts.pages):
            scary.add(facts.domain)
    return totals, scary


def select_pages(
    db: sqlite_utils.Database, config: RenderConfig, rules: Rules,
    only: Iterable[str] | None = None,
) -> list[SourcePage]:  # fmt: skip
    """The pages to render this run, in order."""
    pages = unrendered_pages(db)
    if only is not None:
        wanted = set(only)
        pages = {d: p for d, p in pages.items() if d in wanted}
    if not pages:
        return []
    totals, scary = static_scores(db, rules, pages)
    cased = case_domains(db) | scary
    chosen = [d for d in pages if d in cased or totals.get(d, 0.0) >= config.min_score]
    chosen.sort(key=lambda d: (d not in cased, -totals.get(d, 0.0), d))
    selected: list[SourcePage] = []
    for domain in chosen:
        selected += sorted(pages[domain], key=lambda p: (len(p.url), p.url))[
            : config.max_pages_per_domain
        ]
    return selected[: config.max_pages]
