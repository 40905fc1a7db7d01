"""A local WHOIS server (RFC 3912): one query line in, the registry's text out, close.

Answers in the registry's own format by TLD (see whois_text). Over the rate limit it
answers the refusal text real servers send, not a record; an unknown domain gets the
registry's "not found" text. Threaded, so `latency` does not serialise clients.
"""

from __future__ import annotations

import socketserver
import time
from datetime import UTC, datetime

from core.domains import to_ascii
from core.ratelimit import bucket_or_none
from crawler.sandbox.registry import RegistrationRecord
from crawler.sandbox.serving import BackgroundServer, ThreadingTCP
from crawler.sandbox.whois_text import not_found_text, rate_limited_text, record_text

MAX_QUERY = 1024
READ_TIMEOUT = 10.0


def query_domain(line: str) -> str:
    """The domain in a query line: "example.com", "domain example.com", "-T dn,ace x.de", "=x"."""
    words = line.strip().split()
    if not words:
        return ""
    name = words[-1].lstrip("=").strip(".").lower()
    try:
        return to_ascii(name)
    except (ValueError, UnicodeError):
        return name


class WhoisServer(BackgroundServer):
    def __init__(
        self,
        records: dict[str, RegistrationRecord],
        host: str = "127.0.0.1",
        port: int = 0,
        latency: float = 0.0,
        rate_limit_per_sec: float | None = None,
    ) -> None:
        super().__init__(host, port)
        self.records = records
        self.latency = latency
        self.bucket = bucket_or_none(rate_limit_per_sec)

    def _make_server(self, address: tuple[str, int]) -> socketserver.BaseServer:
        return ThreadingTCP(address, _WhoisHandler)

    def answer(self, line: str) -> str:
        """The text for one query line, ignoring latency and rate limits."""
        domain = query_domain(line)
        now = datetime.now(UTC)
        record = self.records.get(domain)
        if record is None:
            return not_found_text(domain or line.strip(), now)
        return record_text(record, now)


class _WhoisHandler(socketserver.StreamRequestHandler):
    timeout = READ_TIMEOUT

    def handle(self) -> None:
        owner: WhoisServer = self.server.owner  # type: ignore[attr-defined]
        try:
            raw = self.rfile.readline(MAX_QUERY)
        except (TimeoutError, ConnectionError):
            return
        line = raw.decode("utf-8", errors="replace")
        if owner.latency:
            time.sleep(owner.latency)
        if owner.bucket is not None and not owner.bucket.allow():
            text = rate_limited_text(query_domain(line), datetime.now(UTC))
        else:
            text = owner.answer(line)
        try:
            # Real servers use CRLF line ends on port 43.
            self.wfile.write(text.replace("\n", "\r\n").encode("utf-8"))
        except (BrokenPipeError, ConnectionResetError):
            return
