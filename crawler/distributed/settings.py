"""Scrapy settings of a distributed worker: the project's, plus the shared Redis parts."""

from __future__ import annotations

from typing import Any

from crawler.distributed.keys import Keys


def worker_settings(redis_url: str, keys: Keys, overrides: dict[str, Any] | None = None) -> dict:
    """Settings a worker adds to crawler.settings: shared frontier, shared duplicate filter,
    pages to the writer's list instead of the store."""
    settings: dict[str, Any] = {
        "SCHEDULER": "scrapy_redis.scheduler.Scheduler",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_QUEUE_CLASS": "crawler.distributed.queue.LeasingFifoQueue",
        # The frontier outlives any one worker: a restart continues it.
        "SCHEDULER_PERSIST": True,
        "SCHEDULER_QUEUE_KEY": keys.requests,
        "SCHEDULER_DUPEFILTER_KEY": keys.dupefilter,
        "REDIS_URL": redis_url,
        "NEPHELPDESK_REDIS_PREFIX": keys.prefix,
        # Extraction and storage happen in the single writer (crawler/distributed/writer.py).
        "ITEM_PIPELINES": {"crawler.distributed.items.RedisItemPipeline": 300},
    }
    settings.update(overrides or {})
    return settings
