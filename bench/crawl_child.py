"""One measured crawl in a process of its own, printing one JSON line of results.

    python bench/crawl_child.py full ARGS.json   # the nephelpdesk crawl: fetch, extract, store
    python bench/crawl_child.py bare ARGS.json   # a bare Scrapy spider fetching the same URLs

ARGS.json holds {"db", "urls", "proxy", "settings"}. Both modes time the same span,
from creating the CrawlerProcess to its end (interpreter start-up and imports are left
out of both), and report peak resident memory: this process's, plus, in full mode, its
extraction worker processes' (a sum of peaks: an upper bound). The full mode runs
`nephelpdesk.crawl_process.run`, exactly what the nightly run's crawl child runs. A process
of its own per crawl keeps peaks apart and Twisted's reactor fresh.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import scrapy  # noqa: E402
from scrapy.crawler import CrawlerProcess  # noqa: E402
from scrapy.http import Response  # noqa: E402

from core.store import open_store  # noqa: E402
from nephelpdesk.crawl_process import run as run_crawl  # noqa: E402
from nephelpdesk.run import RunOptions, begin_run  # noqa: E402

# Settings the bare spider shares with the full crawl: same concurrency, same politeness.
SHARED_SETTINGS = (
    "USER_AGENT",
    "CONCURRENT_REQUESTS",
    "CONCURRENT_REQUESTS_PER_DOMAIN",
    "DOWNLOAD_DELAY",
    "AUTOTHROTTLE_ENABLED",
    "DOWNLOAD_TIMEOUT",
    "RETRY_TIMES",
    "COOKIES_ENABLED",
    "ROBOTSTXT_OBEY",
    "HTTPERROR_ALLOW_ALL",
    "TELNETCONSOLE_ENABLED",
    "LOG_LEVEL",
)


class BareSpider(scrapy.Spider):
    """Fetches each URL through the proxy and keeps nothing: the baseline."""

    name = "bare"

    def __init__(self, urls: list[str], proxy: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.urls = urls
        self.proxy = proxy

    async def start(self) -> Any:
        for url in self.urls:
            yield scrapy.Request(url, meta={"proxy": self.proxy}, callback=self.parse)

    def parse(self, response: Response) -> None:
        return None


def bare(args: dict[str, Any]) -> dict[str, Any]:
    from scrapy.utils.project import get_project_settings

    project = get_project_settings()
    project.setdict(args["settings"])
    settings = {name: project.get(name) for name in SHARED_SETTINGS}
    started = time.perf_counter()
    process = CrawlerProcess(settings, install_root_handler=True)
    crawler = process.create_crawler(BareSpider)
    process.crawl(crawler, urls=args["urls"], proxy=args["proxy"])
    process.start()
    elapsed = time.perf_counter() - started
    assert crawler.stats is not None
    return {
        "elapsed": elapsed,
        "responses": crawler.stats.get_value("response_received_count", 0),
        "peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    }


def full(args: dict[str, Any]) -> dict[str, Any]:
    options = RunOptions(urls=args["urls"], proxy=args["proxy"], contact_pages=0)
    db = open_store(args["db"])
    run_id, _ = begin_run(db, options)
    db.close()
    crawl_args = {
        "db": args["db"],
        "run_id": run_id,
        "urls": args["urls"],
        "proxy": args["proxy"],
        "contact_pages": 0,
        "settings": args["settings"],
    }
    started = time.perf_counter()
    code = run_crawl(crawl_args)
    elapsed = time.perf_counter() - started
    db = open_store(args["db"])
    stored = db.execute("SELECT count(*) FROM pages").fetchone()[0]
    counts = json.loads(db.execute("SELECT counts FROM runs WHERE id = ?", [run_id]).fetchone()[0])
    db.close()
    return {
        "elapsed": elapsed,
        "responses": counts.get("crawl", {}).get("response_received_count", 0),
        "stored": stored,
        # the crawl's process plus its extraction workers (ended, so counted as children)
        "peak_kb": _peak_kb(resource.RUSAGE_SELF) + _peak_kb(resource.RUSAGE_CHILDREN),
        "exit": code,
    }


def _peak_kb(who: int) -> int:
    return resource.getrusage(who).ru_maxrss


def main() -> None:
    mode, path = sys.argv[1], sys.argv[2]
    args = json.loads(Path(path).read_text(encoding="utf-8"))
    result = {"bare": bare, "full": full}[mode](args)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
