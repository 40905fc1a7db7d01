"""Running a socketserver in a background thread with start/stop and a clear port error.

Shared by every sandbox server (search, proxy, RDAP, WHOIS) so that each of them is a
context manager, binds port 0 by default, and turns "address in use" into one line.
"""

from __future__ import annotations

import errno
import socketserver
import threading
from http.server import ThreadingHTTPServer
from types import TracebackType
from typing import Self

from core.errors import ConfigError


class BackgroundServer:
    """Base: subclasses build the socketserver in `_make_server`."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self.host = host
        self.requested_port = port
        self._server: socketserver.BaseServer | None = None
        self._thread: threading.Thread | None = None

    def _make_server(self, address: tuple[str, int]) -> socketserver.BaseServer:
        raise NotImplementedError

    def start(self) -> Self:
        if self._server is not None:
            return self
        try:
            server = self._make_server((self.host, self.requested_port))
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise ConfigError(f"port {self.requested_port} is in use") from exc
            raise ConfigError(f"cannot listen on {self.host}:{self.requested_port}: {exc}") from exc
        server.owner = self  # type: ignore[attr-defined]  # handlers reach their server object
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is None:
            return
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = None
        self._thread = None

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("server not started")
        return int(self._server.server_address[1])  # type: ignore[index]

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


# A listen backlog of 5 (the socketserver default) drops SYNs when ten clients connect
# at once, and each dropped SYN costs the client a one-second retransmit.
BACKLOG = 256


class ThreadingTCP(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = BACKLOG


class ThreadingHTTP(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = BACKLOG
