"""The whole sandbox web on loopback: search, sites (proxy), RDAP, WHOIS, DNS and a CT log.

Usage:
    with Sandbox(load_scenario()) as box:
        env = box.env()   # NEPHELPDESK_RDAP_BOOTSTRAP (+ _IP_), NEPHELPDESK_WHOIS_SERVER,
                          # NEPHELPDESK_DNS_SERVER
        ... crawl with --engine-url box.search_url --proxy box.proxy_url ...
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from types import TracebackType
from typing import Self

from crawler.sandbox.ctlog import CtLogServer, load_discovery, sandbox_log, write_feeds
from crawler.sandbox.dns import DnsServer
from crawler.sandbox.model import Scenario
from crawler.sandbox.proxy import ProxyServer
from crawler.sandbox.rdap import RdapServer
from crawler.sandbox.searxng import SearxngServer
from crawler.sandbox.serving import BackgroundServer
from crawler.sandbox.whois import WhoisServer


class Sandbox:
    def __init__(
        self,
        scenario: Scenario,
        host: str = "127.0.0.1",
        search_port: int = 0,
        proxy_port: int = 0,
        rdap_port: int = 0,
        whois_port: int = 0,
        dns_port: int = 0,
        registry_latency: float = 0.0,
        registry_rate_limit: float | None = None,
        max_hang: float = 30.0,
        ct_port: int = 0,
    ) -> None:
        self.scenario = scenario
        # Sites reachable only through discovery (CT log, NRD list, zone files): served
        # by the proxy and the registries, never by the search engine.
        self.discovery, self.channels = load_discovery()
        web = Scenario(scenario.seed, scenario.reference_date,
                       [*scenario.sites, *self.discovery.sites], scenario.rdap_excluded_tlds,
                       scenario.source)  # fmt: skip
        records = web.records()
        # TLDs left out of the bootstrap make clients fall back to WHOIS (see scenario.toml).
        served = {r.tld for r in records.values()} - set(scenario.rdap_excluded_tlds)
        self.search = SearxngServer(scenario, host, search_port)
        self.proxy = ProxyServer(web, host, proxy_port, max_hang=max_hang)
        self.rdap = RdapServer(
            records, host, rdap_port, registry_latency, registry_rate_limit, tlds=served
        )
        self.whois = WhoisServer(records, host, whois_port, registry_latency, registry_rate_limit)
        # Answers the site names with documentation-range addresses, recorded only.
        self.dns = DnsServer(scenario, host, dns_port)
        self.ctlog = CtLogServer(sandbox_log(scenario, self.discovery, self.channels), host, ct_port)
        self._servers: list[BackgroundServer] = [
            self.search, self.proxy, self.rdap, self.whois, self.dns, self.ctlog,
        ]  # fmt: skip
        self._dir: Path | None = None

    def start(self) -> Self:
        try:
            for server in self._servers:
                server.start()
        except BaseException:
            self.stop()
            raise
        self._dir = Path(tempfile.mkdtemp(prefix="nephelpdesk-sandbox-"))
        self.rdap.write_bootstrap(self._dir / "dns.json")
        self.rdap.write_ip_bootstrap(self._dir / "ip.json")
        write_feeds(self._dir, self.channels)
        return self

    def stop(self) -> None:
        for server in self._servers:
            server.stop()
        if self._dir is not None:
            shutil.rmtree(self._dir, ignore_errors=True)
            self._dir = None

    @property
    def search_url(self) -> str:
        return self.search.url

    @property
    def proxy_url(self) -> str:
        return self.proxy.url

    @property
    def rdap_bootstrap_path(self) -> Path:
        if self._dir is None:
            raise RuntimeError("sandbox not started")
        return self._dir / "dns.json"

    @property
    def ct_url(self) -> str:
        return self.ctlog.url

    def feed_path(self, name: str) -> Path:
        """The sandbox's NRD list ("nrd.txt") or zone files ("zone-old.txt", "zone-new.txt")."""
        if self._dir is None:
            raise RuntimeError("sandbox not started")
        return self._dir / name

    @property
    def whois_address(self) -> str:
        return self.whois.address

    def env(self) -> dict[str, str]:
        return {
            "NEPHELPDESK_RDAP_BOOTSTRAP": str(self.rdap_bootstrap_path),
            "NEPHELPDESK_RDAP_IP_BOOTSTRAP": str(self.rdap_bootstrap_path.with_name("ip.json")),
            "NEPHELPDESK_WHOIS_SERVER": self.whois_address,
            "NEPHELPDESK_DNS_SERVER": self.dns.address,
        }

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
