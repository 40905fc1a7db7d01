"""The fetch stage in a process of its own: `python -m nephelpdesk.crawl_process ARGS.json`.

Twisted's reactor cannot be restarted inside one process, and a crawl is the part most
likely to be killed; running it apart keeps the orchestrator (and tests) free of both
problems. Its stats land in `runs.counts["crawl"]` when the spider closes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from scrapy import signals
from scrapy.crawler import CrawlerProcess
from scrapy.utils.project import get_project_settings

from core.clock import now_iso
from core.domains import registered_domain
from core.errors import STORE_ERROR_EXIT
from core.store import open_store
from crawler.discovery.crawllist import hand_off
from crawler.extract.page import extract_page
from crawler.items import PageItem
from crawler.pipelines.pivot import pivot_numbers
from crawler.queries import phone_query_forms
from scoring.rules import load_rules
from spiders.search import SearchSpider


def resume_state(
    db_path: str, run_id: int, result_pages: int = 2
) -> tuple[set[tuple[str, int]], set[str]]:
    """What this run already did before a crash: searched pages and stored page URLs.

    A query killed between its result pages counts as not searched at all: the next
    page is only requested from the previous one's answer, so it is searched again from
    page 1 (hits and search pages are stored idempotently).
    """
    db = open_store(db_path, create=False)  # the orchestrator made it; never a second one
    pages: dict[str, dict[int, int]] = {}
    for query, page, hits in db.execute(
        "SELECT query, result_page, hits FROM search_requests WHERE run_id = ? AND error IS NULL",
        [run_id],
    ):
        pages.setdefault(query, {})[page] = hits
    urls = {row[0] for row in db.execute("SELECT url FROM pages WHERE run_id = ?", [run_id])}
    db.close()
    searched: set[tuple[str, int]] = set()
    for query, done in pages.items():
        last = max(done)
        if last < result_pages and done[last] > 0:
            continue  # may have had a next page: search it again
        searched.update((query, page) for page in done)
    return searched, urls


def pending_pivots(
    db_path: str, run_id: int, searched: set[tuple[str, int]]
) -> list[tuple[list[str], str]]:
    """Phone numbers this run decided to pivot on whose searches a crash cut short:
    (query forms, number). The `pivots` row marks a number as taken, so without this a
    resumed run would never search it."""
    db = open_store(db_path, create=False)  # the orchestrator made it; never a second one
    rows = db.execute("SELECT e164, queries FROM pivots WHERE run_id = ?", [run_id]).fetchall()
    db.close()
    out = []
    for e164, queries in rows:
        forms = [q for q in json.loads(queries) if (q, 1) not in searched]
        if forms:
            out.append((forms, e164))
    return out


def recover_page_pivots(db_path: str, run_id: int, limit: int) -> list[str]:
    """Pivots a crash cut off: pages this run stored whose number the pivot pipeline
    would have taken, killed before it wrote the `pivots` row (the page is committed
    first, and a resumed run does not fetch a stored page again). Decided by the pivot
    pipeline's own rule on the stored page, recorded as it would have, at most `limit`
    for the run; returns the numbers taken."""
    if limit <= 0:
        return []
    db = open_store(db_path, create=False)  # the orchestrator made it; never a second one
    try:
        searched = {row[0] for row in db.execute("SELECT e164 FROM pivots")}
        taken = db.execute("SELECT count(*) FROM pivots WHERE run_id = ?", [run_id]).fetchone()[0]
        rows = db.execute(
            "SELECT p.url, p.final_url, p.status, p.headers, p.content_type, p.fetched_at,"
            " b.content FROM pages p JOIN bodies b ON b.sha256 = p.body_sha256"
            " WHERE p.run_id = ? AND p.id IN (SELECT page_id FROM page_phones) ORDER BY p.id",
            [run_id],
        ).fetchall()
        rules, found = load_rules(), []
        for url, final_url, status, headers, content_type, fetched_at, body in rows:
            if taken >= limit:
                break
            lowered = {k.lower(): v for k, v in json.loads(headers).items()}
            item = PageItem(url, final_url, status or 0, lowered, [], bytes(body), content_type or "", fetched_at)
            item.extraction = extract_page(item.body, url=final_url, headers=lowered)
            for e164 in pivot_numbers(item, rules, searched):
                if taken >= limit:
                    break
                domain = registered_domain(final_url)
                db.conn.execute(
                    "INSERT OR IGNORE INTO pivots (e164, run_id, from_domain, queries, at) VALUES (?,?,?,?,?)",
                    [e164, run_id, domain.domain if domain else "", json.dumps(phone_query_forms(e164)), now_iso()],
                )
                searched.add(e164)
                found.append(e164)
                taken += 1
        db.conn.commit()
    finally:
        db.close()
    return found


def pending_contact_pages(
    db_path: str, run_id: int, done_urls: set[str], contact_pages: int
) -> list[tuple[str, str]]:
    """Contact/support pages of sites stored before a crash but not fetched: (url, query).

    They are followed from the home page's links, which are not stored, so the stored
    home pages of this run are extracted again to find them.
    """
    if contact_pages <= 0:
        return []
    db = open_store(db_path, create=False)  # the orchestrator made it; never a second one
    rows = db.execute(
        "SELECT p.url, p.final_url, p.headers, b.content, min(h.query) FROM pages p"
        " JOIN search_hits h ON h.url = p.url AND h.run_id = p.run_id"
        " JOIN bodies b ON b.sha256 = p.body_sha256 WHERE p.run_id = ? GROUP BY p.id",
        [run_id],
    ).fetchall()
    db.close()
    out = []
    for _url, final_url, headers, body, query in rows:
        lowered = {k.lower(): v for k, v in json.loads(headers).items()}
        links = extract_page(bytes(body), url=final_url, headers=lowered).contact_links
        out += [(link, query) for link in links[:contact_pages] if link not in done_urls]
    return out


def pending_hits(db_path: str, run_id: int, done_urls: set[str]) -> list[tuple[str, str]]:
    """Hits stored before a crash whose pages were never fetched: (url, query)."""
    db = open_store(db_path, create=False)  # the orchestrator made it; never a second one
    rows = db.execute(
        "SELECT url, min(query) FROM search_hits WHERE run_id = ? AND crawled = 1 GROUP BY url",
        [run_id],
    ).fetchall()
    db.close()
    return [(url, query) for url, query in rows if url not in done_urls]


def save_stats(db_path: str, run_id: int, stats: dict[str, Any]) -> None:
    db = open_store(db_path, create=False)  # the orchestrator made it; never a second one
    row = db.execute("SELECT counts FROM runs WHERE id = ?", [run_id]).fetchone()
    counts = json.loads(row[0]) if row else {}
    crawl = {
        k.removeprefix("nephelpdesk/"): v
        for k, v in stats.items()
        if isinstance(v, int | float) and not k.startswith("scheduler/")
    }
    previous = counts.get("crawl", {})
    for key, value in crawl.items():  # a resumed run adds to what the killed one did
        crawl[key] = value + previous.get(key, 0) if isinstance(previous.get(key), int) else value
    counts["crawl"] = crawl
    with db.conn:
        db.conn.execute("UPDATE runs SET counts = ? WHERE id = ?", [json.dumps(counts), run_id])
    db.close()


def run(args: dict[str, Any]) -> int:
    db_path, run_id = args["db"], int(args["run_id"])
    settings = get_project_settings()
    settings.set("NEPHELPDESK_DB", db_path)
    settings.set("NEPHELPDESK_RUN_ID", run_id)
    for key, value in (args.get("settings") or {}).items():
        settings.set(key, value)
    if args.get("proxy"):
        settings.set("NEPHELPDESK_PROXY", args["proxy"])
    searched, done_urls = resume_state(db_path, run_id, int(args.get("result_pages", 2)))
    # Discovery (CT logs, NRD lists, partners' numbers): the names this run fetches; the
    # partners' numbers become pivots of this run, searched with the others below.
    listed = hand_off(db_path, run_id) if args.get("crawl_list") else []
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(SearchSpider)
    collected: dict[str, Any] = {}

    def on_closed(spider: Any, reason: str) -> None:
        collected.update(crawler.stats.get_stats() if crawler.stats else {})
        collected["finish_reason"] = reason

    crawler.signals.connect(on_closed, signal=signals.spider_closed)
    if done_urls:  # a resumed run: the pivots its stored pages called for, first
        recover_page_pivots(db_path, run_id, settings.getint("NEPHELPDESK_PIVOT_MAX", 50))
    pivots = pending_pivots(db_path, run_id, searched)
    contacts = pending_contact_pages(db_path, run_id, done_urls, args.get("contact_pages", 3))

    def on_opened(spider: Any) -> None:
        for forms, e164 in pivots:  # searched when the start requests are done
            spider.queue_pivot(forms, e164)
        for url, query in contacts:
            crawler.engine.crawl(spider.site_request(url, query=query, depth=1))

    crawler.signals.connect(on_opened, signal=signals.spider_opened)
    resumed = pending_hits(db_path, run_id, done_urls)
    process.crawl(
        crawler,
        queries=args.get("queries", []),
        urls=args.get("urls", []) + [url for url, _ in resumed]
        + [url for url in listed if url not in done_urls],
        engine=args.get("engine", "searxng"),
        engine_url=args.get("engine_url"),
        api_key=args.get("api_key"),
        result_pages=args.get("result_pages", 2),
        contact_pages=args.get("contact_pages", 3),
        done_searches=searched,
        done_urls=done_urls,
    )
    process.start()
    reason = collected.pop("finish_reason", "unknown")
    collected["nephelpdesk/resumed_urls"] = len(resumed)
    collected["nephelpdesk/resumed_pivots"] = len(pivots)
    collected["nephelpdesk/resumed_contact_pages"] = len(contacts)
    collected["nephelpdesk/crawl_list_urls"] = len(listed)
    save_stats(db_path, run_id, collected)
    if reason == "store_error":
        return STORE_ERROR_EXIT
    return 0 if reason == "finished" else 1


def main() -> None:
    args = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    sys.exit(run(args))


if __name__ == "__main__":
    main()
