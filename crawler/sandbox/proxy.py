"""An HTTP forward proxy that serves the scenario's sites by host name.

Clients send absolute-URI requests (`GET http://host/path HTTP/1.1`, as Scrapy and urllib
do through an http proxy); a direct request with a Host header works too. https goes
through CONNECT: the tunnel is answered with a TLS handshake under a certificate the
sandbox CA signs for that site (crawler/sandbox/tls.py), then served like http. Unknown hosts
get 502, as a proxy that cannot reach the origin answers. Threaded, with keep-alive.
Special pages: the huge body is streamed, the hanging page sleeps at most `max_hang`.
"""

from __future__ import annotations

import socketserver
import ssl
import threading
import time
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import urlsplit

from crawler.sandbox.model import Page, Scenario
from crawler.sandbox.serving import BackgroundServer, ThreadingHTTP
from crawler.sandbox.tls import SandboxCA


class ProxyServer(BackgroundServer):
    def __init__(
        self, scenario: Scenario, host: str = "127.0.0.1", port: int = 0, max_hang: float = 30.0
    ) -> None:
        super().__init__(host, port)
        self.scenario = scenario
        self.max_hang = max_hang
        self._ca: SandboxCA | None = None
        self._ca_lock = threading.Lock()

    @property
    def ca(self) -> SandboxCA:
        """Made on the first https request: an http-only run never pays for keys."""
        with self._ca_lock:
            if self._ca is None:
                self._ca = SandboxCA()
            return self._ca

    def stop(self) -> None:
        super().stop()
        if self._ca is not None:
            self._ca.close()

    def _make_server(self, address: tuple[str, int]) -> socketserver.BaseServer:
        return ThreadingHTTP(address, _ProxyHandler)

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def resolve(self, target: str, host_header: str) -> tuple[str, str]:
        """(host, path+query) from an absolute URI or a path plus Host header."""
        if target.startswith(("http://", "https://")):
            parts = urlsplit(target)
            host = parts.hostname or ""
            path = parts.path or "/"
        else:
            parts = urlsplit(target)
            host = host_header.split(":", 1)[0]
            path = parts.path or "/"
        return host.lower(), path + (f"?{parts.query}" if parts.query else "")


class _ProxyHandler(BaseHTTPRequestHandler):
    server_version = "sandbox-web/1.0"
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes; with Nagle on, keep-alive clients wait
    # for a delayed ACK (~40 ms) on every request.
    disable_nagle_algorithm = True

    def do_GET(self) -> None:  # noqa: N802
        self._serve(with_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._serve(with_body=False)

    def do_CONNECT(self) -> None:  # noqa: N802
        owner: ProxyServer = self.server.owner  # type: ignore[attr-defined]
        host = self.path.rsplit(":", 1)[0].strip("[]").lower()
        if owner.scenario.site_for_host(host) is None:
            return self._plain(502, f"502 Bad Gateway: unknown host {host}\n", True)
        self.send_response(200, "Connection Established")
        self.end_headers()
        self.wfile.flush()
        self.close_connection = True  # the tunnel is this connection's last use
        try:
            tunnel = owner.ca.context_for(host).wrap_socket(self.connection, server_side=True)
        except (ssl.SSLError, OSError):
            return  # the client gave up or does not speak TLS
        _ProxyHandler(tunnel, self.client_address, self.server)  # serves the tunnel

    def _serve(self, with_body: bool) -> None:
        owner: ProxyServer = self.server.owner  # type: ignore[attr-defined]
        host, path = owner.resolve(self.path, self.headers.get("Host", ""))
        site = owner.scenario.site_for_host(host)
        if site is None:
            return self._plain(502, f"502 Bad Gateway: unknown host {host}\n", with_body)
        page = site.page(path)
        if page is None:
            return self._plain(404, "404 Not Found\n", with_body)
        if page.hang_seconds:
            time.sleep(min(page.hang_seconds, owner.max_hang))
        self._page(page, with_body)

    def _page(self, page: Page, with_body: bool) -> None:
        body = page.body
        self.send_response(page.status)
        self.send_header("Content-Type", page.content_type)
        for name, value in page.headers:
            self.send_header(name, value)
        if isinstance(body, bytes):
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if with_body:
                self.wfile.write(body)
            return
        # Streamed body of unknown length: HTTP/1.1 without length ends at close.
        self.send_header("Connection", "close")
        self.close_connection = True
        self.end_headers()
        if with_body:
            try:
                for chunk in body:
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                return

    def _plain(self, status: int, text: str, with_body: bool) -> None:
        data = text.encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if with_body:
            self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        return
