"""The two wires registration lookups use: HTTP GET for RDAP, port-43 text for WHOIS.

Both read with a socket timeout *and* an overall deadline, so a server that hangs or
trickles bytes costs at most `timeout` seconds, and both cap the answer size.
WHOIS uses this small client (any port, bounded size and time) and hands the text to
registration.whois_text.
"""

from __future__ import annotations

import http.client
import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass

from charset_normalizer import from_bytes

MAX_ANSWER = 2 * 1024 * 1024
USER_AGENT = "nephelpdesk-registration/0.1 (+https://github.com/nephelpdesk)"


class TransportError(Exception):
    """Raised by http_get / whois_query when no answer arrived: timeout, refused, closed
    early, too big. `reason` is the short text recorded with the attempt."""

    def __init__(self, reason: str, *, retryable: bool = True) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retryable = retryable


@dataclass(frozen=True)
class HttpAnswer:
    status: int
    body: bytes
    retry_after: float | None


def _read_all(read: object, timeout: float, deadline: float) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise TransportError(f"timed out after {timeout:g}s (answer incomplete)")
        chunk = read(65536)  # type: ignore[operator]
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        size += len(chunk)
        if size > MAX_ANSWER:
            raise TransportError(f"answer larger than {MAX_ANSWER} bytes", retryable=False)


def http_get(url: str, timeout: float) -> HttpAnswer:
    """GET `url`; any status is an answer, only network trouble raises."""
    request = urllib.request.Request(
        url, headers={"Accept": "application/rdap+json, application/json", "User-Agent": USER_AGENT}
    )
    deadline = time.monotonic() + timeout
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return HttpAnswer(response.status, _read_all(response.read, timeout, deadline), None)
    except urllib.error.HTTPError as exc:
        body = _read_all(exc.read, timeout, deadline) if exc.fp else b""
        return HttpAnswer(exc.code, body, _retry_after(exc.headers.get("Retry-After")))
    except TimeoutError as exc:
        raise TransportError(f"timed out after {timeout:g}s") from exc
    except urllib.error.URLError as exc:
        raise TransportError(f"cannot connect: {exc.reason}") from exc
    except (http.client.HTTPException, ConnectionError, OSError) as exc:
        raise TransportError(f"connection failed: {type(exc).__name__}: {exc}") from exc


def _retry_after(value: str | None) -> float | None:
    try:
        return float(value) if value else None
    except ValueError:
        return None


def whois_query(host: str, port: int, query: str, timeout: float) -> bytes:
    """Send one query line to a WHOIS server and read until it closes."""
    deadline = time.monotonic() + timeout
    try:
        with socket.create_connection((host, port), timeout=timeout) as sock:
            sock.sendall(query.encode("utf-8") + b"\r\n")
            data = _read_all(sock.recv, timeout, deadline)
    except TimeoutError as exc:
        raise TransportError(f"timed out after {timeout:g}s") from exc
    except ConnectionRefusedError as exc:
        raise TransportError(f"connection refused by {host}:{port}") from exc
    except ConnectionResetError as exc:
        raise TransportError(f"{host}:{port} closed the connection early") from exc
    except OSError as exc:
        raise TransportError(f"cannot reach {host}:{port}: {exc.strerror or exc}") from exc
    if not data:
        raise TransportError(f"{host}:{port} closed the connection without an answer")
    return data


def decode_text(data: bytes) -> str:
    """Text from a WHOIS answer with "\n" line ends (port 43 sends CRLF)."""
    return _decode(data).replace("\r\n", "\n")


def _decode(data: bytes) -> str:
    """Text from a WHOIS answer: UTF-8, else the detected charset, else Latin-1.

    Mixed-encoding answers (UTF-8 with a Latin-1 line) decode as UTF-8 with the odd
    bytes replaced, so the readable lines survive and nothing is invented.
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    if text.count("\ufffd") <= max(2, len(text) // 200):
        return text
    best = from_bytes(data).best()
    return str(best) if best is not None else data.decode("latin-1")
