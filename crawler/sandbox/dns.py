"""A small DNS server on loopback that answers the sandbox's site names.

Each site's names resolve to an address from the documentation ranges (RFC 5737:
192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24), deterministic per campaign (the sites
of one campaign share a host, as they do in the wild) or per site when it has none.
Those addresses are only ever RECORDED as a page's server IP: the crawl's SSRF guard
refuses them, and the sites themselves are served by the sandbox proxy. Unknown names
get NXDOMAIN; only A queries are answered (AAAA gets an empty answer).
"""

from __future__ import annotations

import hashlib
import socketserver

import dns.flags
import dns.message
import dns.rcode
import dns.rdatatype
import dns.rrset

from crawler.sandbox.model import Scenario, Site
from crawler.sandbox.serving import BackgroundServer

DOCUMENTATION_NETWORKS = ("192.0.2", "198.51.100", "203.0.113")
TTL = 300


def site_address(site: Site) -> str:
    """The documentation-range address a site's names resolve to."""
    key = f"campaign:{site.campaign}" if site.campaign else f"site:{site.domain}"
    digest = hashlib.sha256(key.encode()).digest()
    network = DOCUMENTATION_NETWORKS[digest[0] % len(DOCUMENTATION_NETWORKS)]
    return f"{network}.{1 + digest[1] % 254}"


def answer(scenario: Scenario, query: bytes) -> bytes | None:
    """The wire-format reply to one query, or None for a packet that is not DNS."""
    try:
        message = dns.message.from_wire(query)
    except Exception:  # noqa: BLE001 - any malformed packet is dropped, as servers do
        return None
    reply = dns.message.make_response(message)
    reply.flags |= dns.flags.AA
    for question in message.question:
        site = scenario.site_for_host(question.name.to_text(omit_final_dot=True))
        if site is None:
            reply.set_rcode(dns.rcode.NXDOMAIN)
        elif question.rdtype == dns.rdatatype.A:
            reply.answer.append(
                dns.rrset.from_text(question.name, TTL, "IN", "A", site_address(site))
            )
    return reply.to_wire()


class _Handler(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        data, sock = self.request
        owner: DnsServer = self.server.owner  # type: ignore[attr-defined]
        reply = answer(owner.scenario, data)
        if reply is not None:
            sock.sendto(reply, self.client_address)


class _UDP(socketserver.ThreadingUDPServer):
    daemon_threads = True
    allow_reuse_address = True


class DnsServer(BackgroundServer):
    def __init__(self, scenario: Scenario, host: str = "127.0.0.1", port: int = 0) -> None:
        super().__init__(host, port)
        self.scenario = scenario

    def _make_server(self, address: tuple[str, int]) -> socketserver.BaseServer:
        return _UDP(address, _Handler)
