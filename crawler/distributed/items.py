"""Pages from the workers to the single writer, through a Redis list.

A worker pushes each PageItem as JSON (body in base64) and releases the lease of the
request that fetched it in the same transaction, so a page is either still leased or
already waiting for the writer, never neither.
"""

from __future__ import annotations

import base64
import json
from dataclasses import asdict
from typing import Any

from scrapy.crawler import Crawler

from crawler.distributed.queue import LEASE_META
from crawler.items import PageItem


def dumps(item: PageItem) -> str:
    data = asdict(item)
    data.pop("extraction", None)  # the writer extracts
    data["body"] = base64.b64encode(item.body).decode("ascii")
    return json.dumps(data)


def loads(raw: bytes | str) -> PageItem:
    data = json.loads(raw)
    data["body"] = base64.b64decode(data["body"])
    return PageItem(**data)


class RedisItemPipeline:
    """The workers' only pipeline: hand the page to the writer, release its lease."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedisItemPipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, PageItem):
            return item
        spider: Any = self.crawler.spider
        lease = item_lease(spider, item)
        with spider.server.pipeline(transaction=True) as pipe:
            pipe.rpush(spider.leases.keys.items, dumps(item))
            if lease:
                pipe.hdel(spider.leases.keys.leases(spider.worker_id), lease)
            pipe.execute()
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value("nephelpdesk/pages_handed_on")
        return item


def item_lease(spider: Any, item: PageItem) -> str | None:
    """The lease field of the request that fetched `item` (kept by the spider)."""
    return spider.item_leases.pop(item.url, None)


__all__ = ["LEASE_META", "RedisItemPipeline", "dumps", "loads"]
