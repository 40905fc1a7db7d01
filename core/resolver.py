"""Looking up the address a host name has now, for the fetch record.

Through a proxy, Scrapy only knows the proxy's address, so the site's server IP is
what the name resolves to at fetch time: recorded with source "resolved" (looked up,
not connected to). `NEPHELPDESK_DNS_SERVER=host:port` sends every lookup to one DNS
server (the sandbox runs one on loopback); without it the system resolver answers.
Nothing here connects to the address found.
"""

from __future__ import annotations

import ipaddress
import os
import socket
from dataclasses import dataclass, field

import dns.exception
import dns.resolver

from core.errors import ConfigError

DNS_SERVER_ENV = "NEPHELPDESK_DNS_SERVER"
LIFETIME_SECONDS = 1.5


def parse_server(value: str) -> tuple[str, int]:
    """`host:port` (or `[v6]:port`, or a bare address for port 53) of a DNS server."""
    text = value.strip()
    host, port = text, ""
    if text.startswith("[") and "]" in text:
        host, _, rest = text[1:].partition("]")
        port = rest.removeprefix(":")
    elif text.count(":") == 1:
        host, port = text.split(":")
    try:
        ipaddress.ip_address(host)
        number = int(port) if port else 53
    except ValueError as exc:
        raise ConfigError(
            f"{DNS_SERVER_ENV}={value!r}: expected address:port, e.g. 127.0.0.1:5353"
        ) from exc
    if not 0 < number < 65536:
        raise ConfigError(f"{DNS_SERVER_ENV}={value!r}: port out of range")
    return host, number


@dataclass
class AddressResolver:
    """host -> first IPv4 (else IPv6) address, cached for the life of the object."""

    server: tuple[str, int] | None = None
    _cache: dict[str, str | None] = field(default_factory=dict, repr=False)

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> AddressResolver:
        value = (environ if environ is not None else os.environ).get(DNS_SERVER_ENV, "")
        return cls(parse_server(value) if value.strip() else None)

    def cached(self, host: str) -> tuple[bool, str | None]:
        """(known, address) without a lookup: most pages are on a host seen before."""
        key = host.strip("[]").lower().rstrip(".")
        return (key in self._cache, self._cache.get(key))

    def address(self, host: str) -> str | None:
        host = host.strip("[]").lower().rstrip(".")
        if not host:
            return None
        if host not in self._cache:
            self._cache[host] = self._lookup(host)
        return self._cache[host]

    def _lookup(self, host: str) -> str | None:
        try:
            return str(ipaddress.ip_address(host))  # a literal address is its own answer
        except ValueError:
            pass
        try:
            resolver = self._resolver()
        except (dns.exception.DNSException, OSError):
            return _system_lookup(host)  # no resolv.conf: the C library's resolver
        resolver.lifetime = LIFETIME_SECONDS
        for kind in ("A", "AAAA"):
            try:
                answer = resolver.resolve(host, kind)
            except dns.resolver.NoAnswer:
                continue  # no IPv4 address: try IPv6
            except (dns.exception.DNSException, ValueError):
                return None  # no such name, or no answer in time: asking again won't help
            for record in answer:
                return str(record.address)
        return None

    def _resolver(self) -> dns.resolver.Resolver:
        """The named server, else the system's (resolv.conf), with our time limit: the C
        library's lookup cannot be given one and waits long for a dead resolver."""
        if self.server is None:
            return dns.resolver.Resolver()
        resolver = dns.resolver.Resolver(configure=False)
        resolver.nameservers = [self.server[0]]
        resolver.port = self.server[1]
        return resolver


def _system_lookup(host: str) -> str | None:
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError, OSError):
        return None
    addresses = sorted({str(info[4][0]) for info in infos}, key=lambda a: (":" in a, a))
    return addresses[0] if addresses else None
