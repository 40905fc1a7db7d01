"""The fetch stage in a process of its own: `python -m crawler.crawl_process ARGS.json`.

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

from crawler.store import open_store
from spiders.search import SearchSpider


def resume_state(db_path: str, run_id: int) -> tuple[set[tuple[str, int]], set[str]]:
    """What this run already did before a crash: searched pages and stored page URLs."""
    db = open_store(db_path)
    searched = {
        (row[0], row[1])
        for row in db.execute(
            "SELECT query, result_page FROM search_requests WHERE run_id = ? AND error IS NULL",
            [run_id],
        )
    }
    urls = {row[0] for row in db.execute("SELECT url FROM pages WHERE run_id = ?", [run_id])}
    db.close()
    return searched, urls


def pending_hits(db_path: str, run_id: int, done_urls: set[str]) -> list[tuple[str, str]]:
    """Hits stored before a crash whose pages were never fetched: (url, query)."""
    db = open_store(db_path)
    rows = db.execute(
        "SELECT url, min(query) FROM search_hits WHERE run_id = ? AND crawled = 1 GROUP BY url",
        [run_id],
    ).fetchall()
    db.close()
    return [(url, query) for url, query in rows if url not in done_urls]


def save_stats(db_path: str, run_id: int, stats: dict[str, Any]) -> None:
    db = open_store(db_path)
    row = db.execute("SELECT counts FROM runs WHERE id = ?", [run_id]).fetchone()
    counts = json.loads(row[0]) if row else {}
    crawl = {k.removeprefix("nephelpdesk/"): v for k, v in stats.items()
             if isinstance(v, int | float) and not k.startswith("scheduler/")}
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
    searched, done_urls = resume_state(db_path, run_id)
    process = CrawlerProcess(settings, install_root_handler=True)
    crawler = process.create_crawler(SearchSpider)
    collected: dict[str, Any] = {}

    def on_closed(spider: Any, reason: str) -> None:
        collected.update(crawler.stats.get_stats() if crawler.stats else {})
        collected["finish_reason"] = reason

    crawler.signals.connect(on_closed, signal=signals.spider_closed)
    resumed = pending_hits(db_path, run_id, done_urls)
    process.crawl(
        crawler,
        queries=args.get("queries", []),
        urls=args.get("urls", []) + [url for url, _ in resumed],
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
    save_stats(db_path, run_id, collected)
    return 0 if reason == "finished" else 1


def main() -> None:
    args = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    sys.exit(run(args))


if __name__ == "__main__":
    main()
