"""Refuse requests to private, loopback, link-local and other internal addresses.

Crawled pages are written by criminals: a link to http://169.254.169.254/ or to a
service on 10.0.0.0/8 must never be fetched from the crawl host. The search backend and
the configured proxy are trusted (requests carrying meta `nephelpdesk_trusted`); the
sandbox run names its own loopback services that way. When a proxy is configured the
proxy resolves host names, so only literal addresses and `localhost` are checked here;
without a proxy, names are resolved and every address they resolve to is checked.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
from functools import lru_cache
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest

logger = logging.getLogger(__name__)


class BlockedDestination(IgnoreRequest):
    """Raised (and counted) by SsrfMiddleware for a request to an internal address."""


def is_internal(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
    )


@lru_cache(maxsize=4096)
def _resolve(host: str) -> tuple[str, ...]:
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError, OSError):
        return ()
    return tuple(sorted({str(info[4][0]) for info in infos}))


def destination_problem(url: str, *, resolve: bool) -> str | None:
    """Why `url` must not be fetched, or None when it may."""
    host = (urlsplit(url).hostname or "").strip("[]").lower()
    if not host:
        return "no host"
    if host == "localhost" or host.endswith(".localhost"):
        return "localhost"
    if is_internal(host):
        return f"internal address {host}"
    if resolve:
        for address in _resolve(host):
            if is_internal(address):
                return f"{host} resolves to internal address {address}"
    return None


class SsrfMiddleware:
    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats
        self.resolve = not crawler.settings.get("NEPHELPDESK_PROXY")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SsrfMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        if request.meta.get("nephelpdesk_trusted"):
            return None
        problem = destination_problem(request.url, resolve=self.resolve)
        if problem:
            assert self.stats is not None
            self.stats.inc_value("nephelpdesk/ssrf_blocked")
            logger.warning("refused %s: %s", request.url, problem)
            raise BlockedDestination(problem)
        return None
