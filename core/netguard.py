"""Internal addresses no fetch may reach: the one check every fetch path makes.

Crawled pages are written by criminals: a link to http://169.254.169.254/ or to a
service on 10.0.0.0/8 must never be fetched from the crawl host, whether by the
crawler (crawler/middlewares/ssrf.py), the browser (crawler/render), registration
lookups (registration/client.py) or the queue's rechecks (takedown_queue/recheck.py).
"""

from __future__ import annotations

import ipaddress
import socket
from functools import lru_cache
from urllib.parse import urlsplit


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
