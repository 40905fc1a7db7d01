"""Fill in the server IP of pages fetched through a proxy, by looking the name up.

A direct fetch knows the peer address (source "connected", set from the response). Through
a proxy the peer is the proxy, so the site's address is what its host name resolves to
at fetch time (source "resolved": looked up, never connected to). The lookup runs in a
thread so a slow resolver never stalls the crawl; a name that does not resolve leaves the
address empty and is counted.
"""

from __future__ import annotations

import asyncio
from typing import Any
from urllib.parse import urlsplit

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from crawler.items import PageItem
from crawler.resolver import AddressResolver

RESOLVED = "resolved"


class ServerIpPipeline:
    def __init__(self, crawler: Crawler, resolver: AddressResolver) -> None:
        self.crawler = crawler
        self.resolver = resolver

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ServerIpPipeline:
        if not crawler.settings.get("NEPHELPDESK_PROXY"):
            raise NotConfigured("direct connections record their peer address themselves")
        return cls(crawler, AddressResolver.from_env())

    async def process_item(self, item: Any) -> Any:
        if not isinstance(item, PageItem) or item.server_ip:
            return item
        host = urlsplit(item.final_url).hostname or ""
        loop = asyncio.get_running_loop()
        address = await loop.run_in_executor(None, self.resolver.address, host)
        assert self.crawler.stats is not None
        if address is None:
            self.crawler.stats.inc_value("nephelpdesk/server_ip_unresolved")
            return item
        item.server_ip, item.server_ip_source = address, RESOLVED
        self.crawler.stats.inc_value("nephelpdesk/server_ip_resolved")
        return item
