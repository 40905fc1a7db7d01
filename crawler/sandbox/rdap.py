"""A local RDAP service (RFC 7480/9082/9083) with its IANA-style bootstrap file (RFC 9224).

Layout on one port:
  /rdap/<registry>/domain/<name>           the registry's answer (bootstrap points here)
  /registrar/<iana id>/domain/<name>       the registrar's answer, linked from thin registries
  /rdap/dns.json                           the bootstrap file itself
  /rdap/<rir>/ip/<address>                 the IP network holding an address (ripe, arin)
  /rdap/ipv4.json, /rdap/ipv6.json         the IP bootstrap files (IANA's shape)

Threaded, so `latency` delays each answer without serialising clients; over
`rate_limit_per_sec` a client gets 429 with an RFC 9083 error body, as real registries do.
"""

from __future__ import annotations

import json
import socketserver
import time
from collections.abc import Iterable
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from core.domains import to_ascii
from core.ratelimit import bucket_or_none
from crawler.sandbox.ip_networks import IpRegistries, ip_registries
from crawler.sandbox.rdap_json import IP_SHAPES, domain_answer, error_answer
from crawler.sandbox.registry import RegistrationRecord, registry_of_tld
from crawler.sandbox.serving import BackgroundServer, ThreadingHTTP

RDAP_TYPE = "application/rdap+json"
OTHER_REGISTRY = "other"


class RdapServer(BackgroundServer):
    def __init__(
        self,
        records: dict[str, RegistrationRecord],
        host: str = "127.0.0.1",
        port: int = 0,
        latency: float = 0.0,
        rate_limit_per_sec: float | None = None,
        tlds: set[str] | None = None,
        ip_data: IpRegistries | None = None,
    ) -> None:
        super().__init__(host, port)
        self.records = records
        self.ip_data = ip_data or ip_registries()
        self.latency = latency
        self.bucket = bucket_or_none(rate_limit_per_sec)
        self.tlds = set(tlds) if tlds is not None else {r.tld for r in records.values()}

    def _make_server(self, address: tuple[str, int]) -> socketserver.BaseServer:
        return ThreadingHTTP(address, _RdapHandler)

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/"

    def registry_for(self, tld: str) -> str:
        found = registry_of_tld(tld)
        return found[0] if found else OTHER_REGISTRY

    def is_thin(self, tld: str) -> bool:
        found = registry_of_tld(tld)
        return bool(found and found[1].get("thin"))

    def bootstrap(self) -> dict[str, Any]:
        """IANA's dns.json shape: one service per registry, TLDs sorted for stable bytes."""
        groups: dict[str, list[str]] = {}
        for tld in sorted(self.tlds):
            groups.setdefault(self.registry_for(tld), []).append(tld)
        return {
            "version": "1.0",
            "publication": "2025-01-01T00:00:00Z",
            "description": "RDAP bootstrap file for the nephelpdesk sandbox registries",
            "services": [
                [tlds, [f"{self.url}rdap/{registry}/"]] for registry, tlds in sorted(groups.items())
            ],
        }

    def write_bootstrap(self, path: str | Path) -> Path:
        target = Path(path)
        target.write_text(json.dumps(self.bootstrap(), indent=2) + "\n", encoding="utf-8")
        return target

    def ip_bootstrap(self, version: int) -> dict[str, Any]:
        """IANA's ipv4.json / ipv6.json shape: blocks per registry."""
        services = []
        for registry, blocks in sorted(self.ip_data.blocks.items()):
            cidrs = [str(b) for b in blocks if b.version == version]
            if cidrs:
                services.append([cidrs, [f"{self.url}rdap/{registry}/"]])
        return {
            "version": "1.0",
            "publication": "2025-01-01T00:00:00Z",
            "description": f"RDAP bootstrap file for the sandbox's IPv{version} blocks",
            "services": services,
        }

    def write_ip_bootstrap(self, path: str | Path) -> Path:
        """One file holding the IPv4 and IPv6 services (NEPHELPDESK_RDAP_IP_BOOTSTRAP)."""
        v4, v6 = self.ip_bootstrap(4), self.ip_bootstrap(6)
        document = {**v4, "services": v4["services"] + v6["services"]}
        target = Path(path)
        target.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
        return target

    def answer(self, path: str) -> tuple[int, dict[str, Any]]:
        """(status, JSON) for a request path; no I/O, so it is testable on its own."""
        parts = [unquote(p) for p in urlsplit(path).path.split("/") if p]
        if parts == ["rdap", "dns.json"]:
            return 200, self.bootstrap()
        if len(parts) == 2 and parts[0] == "rdap" and parts[1] in ("ipv4.json", "ipv6.json"):
            return 200, self.ip_bootstrap(4 if parts[1] == "ipv4.json" else 6)
        if len(parts) == 4 and parts[0] == "rdap" and parts[2] == "ip":
            return self._ip_answer(parts[1], parts[3])
        if len(parts) == 4 and parts[0] == "rdap" and parts[2] == "domain":
            return self._registry_answer(parts[1], parts[3])
        if len(parts) == 4 and parts[0] == "registrar" and parts[2] == "domain":
            return self._registrar_answer(parts[1], parts[3])
        return 400, error_answer(400, "Bad Request", f"unsupported query {path}")

    def _lookup(self, name: str) -> RegistrationRecord | None:
        try:
            domain = to_ascii(name)
        except (ValueError, UnicodeError):
            return None
        record = self.records.get(domain)
        if record is None or record.tld not in self.tlds:
            return None
        return record

    def _registry_answer(self, registry: str, name: str) -> tuple[int, dict[str, Any]]:
        record = self._lookup(name)
        if record is None or self.registry_for(record.tld) != registry:
            return 404, error_answer(404, "Not Found", f"{name} is not registered here")
        self_url = f"{self.url}rdap/{registry}/domain/{record.domain}"
        now = datetime.now(UTC)
        if self.is_thin(record.tld) and record.registrar_iana_id:
            registrar_url = f"{self.url}registrar/{record.registrar_iana_id}/domain/{record.domain}"
            return 200, domain_answer(
                record, self_url, now, registrar_url, include_registrant=False
            )
        return 200, domain_answer(record, self_url, now)

    def _ip_answer(self, registry: str, ip: str) -> tuple[int, dict[str, Any]]:
        if self.ip_data.registry_of(ip) != registry:
            return 404, error_answer(404, "Not Found", f"{ip} is not in a block of {registry}")
        net = self.ip_data.network_of(ip)
        if net is None:
            return 404, error_answer(404, "Not Found", f"no network registered for {ip}")
        return 200, IP_SHAPES[net.registry](net, f"{self.url}rdap/{registry}/ip/{ip}")

    def _registrar_answer(self, iana_id: str, name: str) -> tuple[int, dict[str, Any]]:
        record = self._lookup(name)
        if record is None or record.registrar_iana_id != iana_id:
            return 404, error_answer(404, "Not Found", f"{name} is not sponsored by {iana_id}")
        self_url = f"{self.url}registrar/{iana_id}/domain/{record.domain}"
        return 200, domain_answer(record, self_url, datetime.now(UTC))


class _RdapHandler(BaseHTTPRequestHandler):
    server_version = "sandbox-rdap/1.0"
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes; with Nagle on, keep-alive clients wait
    # for a delayed ACK (~40 ms) on every request.
    disable_nagle_algorithm = True

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        owner: RdapServer = self.server.owner  # type: ignore[attr-defined]
        if owner.latency:
            time.sleep(owner.latency)
        if owner.bucket is not None and not owner.bucket.allow():
            body = error_answer(429, "Too Many Requests", "query rate limit exceeded")
            self._send(429, body, [("Retry-After", "1")])
            return
        status, body = owner.answer(self.path)
        self._send(status, body)

    def _send(
        self, status: int, body: dict[str, Any], extra: Iterable[tuple[str, str]] = ()
    ) -> None:
        data = json.dumps(body, ensure_ascii=False, indent=1).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", RDAP_TYPE)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Access-Control-Allow-Origin", "*")
        for name, value in extra:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        # The sandbox serves thousands of requests in tests; stderr noise helps nobody.
        return
