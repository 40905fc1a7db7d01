"""Run one worker: a Scrapy crawl of the distributed spider against a shared Redis."""

from __future__ import annotations

from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.utils.project import get_project_settings

from crawler.distributed.keys import Keys
from crawler.distributed.settings import worker_settings
from crawler.distributed.spider import DistributedSpider


def run_worker(
    redis_url: str,
    *,
    keys: Keys,
    proxy: str | None = None,
    worker_id: str | None = None,
    idle_close: float = 30.0,
    overrides: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Crawl until nothing is left for `idle_close` seconds; returns the crawl stats."""
    settings = get_project_settings()
    extra = {"NEPHELPDESK_IDLE_CLOSE": idle_close, **(overrides or {})}
    if proxy:
        extra["NEPHELPDESK_PROXY"] = proxy
    for key, value in worker_settings(redis_url, keys, extra).items():
        settings.set(key, value)
    process = CrawlerProcess(settings, install_root_handler=True)
    crawler = process.create_crawler(DistributedSpider)
    process.crawl(crawler, worker_id=worker_id)
    process.start()
    assert crawler.stats is not None
    return crawler.stats.get_stats()
