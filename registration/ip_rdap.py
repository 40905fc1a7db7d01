"""IP RDAP: who hosts a server IP (network name, holder, country, abuse contact).

A takedown order goes to the registrar of a domain *and* to the hosting provider of the
server it resolved to; the provider is the holder of the IP network, which the regional
internet registries publish over RDAP (RFC 9083 "ip network" objects). Registries differ
in shape: RIPE puts `country` on the network and the abuse role object beside the holder;
ARIN has no country member, nests the abuse contact inside the holder and writes the
country only as the last line of the holder's address label. `parse_ip_answer` reads both.

Where to ask: `NEPHELPDESK_RDAP_IP_BOOTSTRAP` names a file in IANA's ipv4.json/ipv6.json
format (tests, sandbox, air-gapped relays); without it IANA's two files are fetched and
cached on disk. The same transport (timeouts, size cap) and per-server token buckets as
domain lookups; an IP without an answer is stored as "no answer" with the reason, so an
order can say the provider is still to be established.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import os
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote, urlsplit

import sqlite_utils

from core.clock import now_iso
from core.errors import ConfigError
from core.evidence import store_body
from registration.bootstrap import IANA_IP_BOOTSTRAPS, cache_dir
from registration.client import ClientSettings
from registration.ratelimit import ServerLimits

# One jCard/entity reader for domain and IP answers (nested entities, vCard fields).
from registration.rdap_answer import (
    _entities,
    _with_role,
    vcard_country,
    vcard_props,
    vcard_text,
)
from registration.transport import TransportError, http_get

log = logging.getLogger(__name__)

BOOTSTRAP_ENV = "NEPHELPDESK_RDAP_IP_BOOTSTRAP"
BOOTSTRAP_MAX_AGE = 7 * 86400
Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@dataclass(frozen=True)
class IpBootstrap:
    """IP blocks -> RDAP base URLs, from IANA-format bootstrap documents."""

    services: tuple[tuple[Network, tuple[str, ...]], ...]
    origin: str

    def base_urls(self, ip: str) -> tuple[str, ...]:
        """Base URLs of the most specific block holding `ip` (none for a bad address)."""
        try:
            address = ipaddress.ip_address(ip)
        except ValueError:
            return ()
        found = [(net, urls) for net, urls in self.services if address in net]
        return max(found, key=lambda f: f[0].prefixlen)[1] if found else ()


def parse_ip_bootstrap(documents: list[Any], origin: str) -> IpBootstrap:
    services: list[tuple[Network, tuple[str, ...]]] = []
    for document in documents:
        if not isinstance(document, dict) or not isinstance(document.get("services"), list):
            raise ConfigError(f"{origin}: not an RDAP bootstrap file (no 'services' list)")
        for i, entry in enumerate(document["services"]):
            if not (isinstance(entry, list) and len(entry) == 2 and all(isinstance(x, list) for x in entry)):  # fmt: skip
                raise ConfigError(f"{origin}: services[{i}] is not [[blocks], [urls]]")
            urls = tuple(u if u.endswith("/") else u + "/" for u in entry[1] if isinstance(u, str))
            urls = tuple(sorted(urls, key=lambda u: not u.startswith("https:")))
            for block in entry[0]:
                try:
                    services.append((ipaddress.ip_network(str(block), strict=False), urls))
                except ValueError as exc:
                    raise ConfigError(f"{origin}: services[{i}]: {exc}") from exc
    return IpBootstrap(tuple(services), origin)


def _read_json(path: str, origin: str) -> Any:
    try:
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)
    except OSError as exc:
        raise ConfigError(f"{origin}: cannot read {path}: {exc.strerror or exc}") from exc
    except ValueError as exc:
        raise ConfigError(f"{path}: not JSON: {exc}") from exc


def _iana_copy(url: str, timeout: float) -> Any | None:
    """IANA's file through the on-disk cache; a stale copy beats none."""
    cached = cache_dir() / f"rdap-{url.rsplit('/', 1)[-1]}"
    if not cached.exists() or time.time() - cached.stat().st_mtime > BOOTSTRAP_MAX_AGE:
        try:
            answer = http_get(url, timeout)
            if answer.status == 200:
                parse_ip_bootstrap([json.loads(answer.body)], url)  # validate before caching
                cached.parent.mkdir(parents=True, exist_ok=True)
                cached.write_bytes(answer.body)
        except (TransportError, ValueError, ConfigError, OSError) as exc:
            log.warning("IP RDAP bootstrap refresh failed (%s); using the cached copy", exc)
    return _read_json(str(cached), url) if cached.exists() else None


def load_ip_bootstrap(timeout: float = 20.0) -> IpBootstrap:
    """The override file, else IANA's files; none at all when the domain bootstrap is
    overridden (an air-gapped relay or a test) but the IP one is not: never reach out."""
    override = os.environ.get(BOOTSTRAP_ENV)
    if override:
        return parse_ip_bootstrap([_read_json(override, BOOTSTRAP_ENV)], override)
    if os.environ.get("NEPHELPDESK_RDAP_BOOTSTRAP"):
        log.warning("%s not set beside NEPHELPDESK_RDAP_BOOTSTRAP: no IP lookups", BOOTSTRAP_ENV)
        return IpBootstrap((), "none")
    documents = [d for d in (_iana_copy(u, timeout) for u in IANA_IP_BOOTSTRAPS) if d]
    if not documents:
        log.warning("no IP RDAP bootstrap available: hosting providers stay unknown")
    return parse_ip_bootstrap(documents, "IANA")


# --- the answer -------------------------------------------------------------------------


@dataclass(frozen=True)
class IpNetworkRecord:
    network: str | None  # "192.0.2.0/25", else "start - end"
    handle: str | None
    name: str | None
    org: str | None  # the holder: the hosting provider
    country: str | None
    abuse_email: str | None
    abuse_phone: str | None


def _network(answer: dict[str, Any]) -> str | None:
    for cidr in answer.get("cidr0_cidrs") or []:
        if isinstance(cidr, dict):
            prefix = cidr.get("v4prefix") or cidr.get("v6prefix")
            if prefix and isinstance(cidr.get("length"), int):
                return f"{prefix}/{cidr['length']}"
    start, end = answer.get("startAddress"), answer.get("endAddress")
    return f"{start} - {end}" if start and end else None


def _abuse(answer: dict[str, Any]) -> tuple[str | None, str | None]:
    entity = _with_role(answer, "abuse")
    email = vcard_text(entity, "email")
    if email is None:  # some holders mark the abuse address only by its type parameter
        email = next(
            (
                str(p[3])
                for e in _entities(answer)
                for p in vcard_props(e)
                if p[0] == "email" and "abuse" in json.dumps(p[1]).lower()
            ),
            None,
        )
    tel = vcard_text(entity, "tel")
    return email, tel.removeprefix("tel:") if tel else None


def parse_ip_answer(answer: Any) -> IpNetworkRecord:
    """The network record of an RDAP ip network answer; ValueError when it is none."""
    if not isinstance(answer, dict) or answer.get("objectClassName") != "ip network":
        code = answer.get("errorCode") if isinstance(answer, dict) else None
        raise ValueError(f"not an ip network answer{f' (error {code})' if code else ''}")
    holder = _with_role(answer, "registrant")
    country = answer.get("country") if isinstance(answer.get("country"), str) else None
    if not country:
        country = vcard_country(holder)[0]
    email, phone = _abuse(answer)
    return IpNetworkRecord(
        network=_network(answer),
        handle=answer.get("handle") if isinstance(answer.get("handle"), str) else None,
        name=answer.get("name") if isinstance(answer.get("name"), str) else None,
        org=vcard_text(holder, "fn") or vcard_text(holder, "org"),
        country=country.upper() if country else None,
        abuse_email=email,
        abuse_phone=phone,
    )


# --- the client -------------------------------------------------------------------------


@dataclass
class IpLookup:
    ip: str
    record: IpNetworkRecord | None = None
    reason: str | None = None  # why there is no record
    raw: bytes | None = None
    url: str | None = None


class IpRdapClient:
    """Bootstrap given, or (None) loaded from the environment at the first lookup."""

    def __init__(
        self, bootstrap: IpBootstrap | None = None, settings: ClientSettings | None = None
    ) -> None:
        self._bootstrap = bootstrap
        self.settings = settings or ClientSettings()
        self.limits = ServerLimits(self.settings.rate_per_server, self.settings.burst)

    @property
    def bootstrap(self) -> IpBootstrap:
        if self._bootstrap is None:
            self._bootstrap = load_ip_bootstrap(self.settings.timeout)
        return self._bootstrap

    @classmethod
    def from_env(cls, settings: ClientSettings | None = None) -> IpRdapClient:
        return cls(None, settings)

    def lookup(self, ip: str) -> IpLookup:
        try:
            address = ipaddress.ip_address(ip.strip())
        except ValueError:
            return IpLookup(ip, reason=f"not an IP address: {ip!r}")
        bases = self.bootstrap.base_urls(str(address))
        if not bases:
            return IpLookup(ip, reason=f"no RDAP service for {address} in the bootstrap")
        url = f"{bases[0]}ip/{quote(str(address))}"
        return self._get(IpLookup(ip, url=url), url)

    def _get(self, result: IpLookup, url: str) -> IpLookup:
        server = _server_of(url)
        for attempt in range(self.settings.retries + 1):
            if attempt:
                time.sleep(self.settings.backoff * 2 ** (attempt - 1))
            self.limits.acquire(server)
            try:
                answer = http_get(url, self.settings.timeout)
            except TransportError as exc:
                result.reason = f"RDAP: {exc.reason}"
                if not exc.retryable:
                    break
                continue
            if answer.status == 429 or answer.status >= 500:
                result.reason = f"RDAP: HTTP {answer.status}"
                continue
            return _parsed(result, answer.status, answer.body)
        return result


def _parsed(result: IpLookup, status: int, body: bytes) -> IpLookup:
    result.raw = body
    try:
        result.record = parse_ip_answer(json.loads(body))
        result.reason = None
    except (ValueError, RecursionError) as exc:
        result.reason = f"RDAP: HTTP {status}, {exc}"
    return result


def _server_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.hostname}:{parts.port or (443 if parts.scheme == 'https' else 80)}"


# --- the store --------------------------------------------------------------------------


def pending_ips(db: sqlite_utils.Database) -> list[str]:
    """Server IPs of stored pages without a fresh ip_networks row."""
    return [
        r[0]
        for r in db.execute(
            "SELECT DISTINCT p.server_ip FROM pages p LEFT JOIN ip_networks n"
            " ON n.ip = p.server_ip WHERE coalesce(p.server_ip, '') != ''"
            " AND (n.ip IS NULL OR n.expires_cache_at <= ?) ORDER BY 1",
            [now_iso()],
        )
    ]


def store_lookup(db: sqlite_utils.Database, result: IpLookup, max_age_days: float) -> None:
    # A failed lookup is kept for a day only: the next nightly run asks again.
    days = max_age_days if result.record else 1
    until = (datetime.now(UTC) + timedelta(days=days)).isoformat(timespec="seconds")
    rec = result.record
    db.table("ip_networks").upsert(
        {
            "ip": result.ip,
            "found": int(rec is not None),
            "reason": result.reason,
            "network": rec.network if rec else None,
            "handle": rec.handle if rec else None,
            "name": rec.name if rec else None,
            "org": rec.org if rec else None,
            "country": rec.country if rec else None,
            "abuse_email": rec.abuse_email if rec else None,
            "abuse_phone": rec.abuse_phone if rec else None,
            "rdap_url": result.url,
            "raw_sha256": store_body(db, result.raw) if result.raw else None,
            "fetched_at": now_iso(),
            "expires_cache_at": until,
        },
        pk="ip",
    )


def enrich_ips(
    db: sqlite_utils.Database, client: IpRdapClient, max_age_days: float = 30
) -> dict[str, int]:
    """Look up every server IP lacking a fresh record; counts of ok and no answer."""
    counts = {"ips_looked_up": 0, "ips_ok": 0, "ips_no_answer": 0}
    for ip in pending_ips(db):
        result = client.lookup(ip)
        with db.conn:  # one transaction per IP: a crash loses only the one in flight
            store_lookup(db, result, max_age_days)
        counts["ips_looked_up"] += 1
        counts["ips_ok" if result.record else "ips_no_answer"] += 1
    return counts
