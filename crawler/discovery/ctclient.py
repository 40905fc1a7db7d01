"""A certificate transparency log over its RFC 6962 JSON API: get-sth and get-entries.

One small class with timeouts, retries with exponential backoff on 429, 5xx and dropped
connections (a Retry-After header is honoured up to the cap), and a plain "no answer"
result (`NoAnswer`) instead of an exception, so a watcher records it and carries on.
Logs are configured by the cyber team, so no SSRF guard applies; environment proxies
are not used unless a proxy is given (a log on loopback must stay on loopback).
"""

from __future__ import annotations

import http.client
import json
import logging
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

logger = logging.getLogger(__name__)
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
MAX_BODY = 64 * 1024 * 1024  # a get-entries answer of a few thousand certificates fits


@dataclass(frozen=True)
class NoAnswer:
    """The log gave no usable answer after the retries: why, and the last HTTP status."""

    problem: str
    status: int | None = None

    def __bool__(self) -> bool:
        return False


@dataclass(frozen=True)
class TreeHead:
    tree_size: int
    timestamp: int
    root_hash: str


class CtClient:
    def __init__(
        self,
        url: str,
        *,
        timeout: float = 15.0,
        retries: int = 5,
        backoff: float = 1.0,
        max_backoff: float = 60.0,
        proxy: str | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        base = url.rstrip("/")
        self.url = base
        self.api = base if base.endswith("/ct/v1") else base + "/ct/v1"
        self.timeout, self.retries = timeout, retries
        self.backoff, self.max_backoff = backoff, max_backoff
        self.sleep = sleep
        proxies = {"http": proxy, "https": proxy} if proxy else {}
        self.opener = urllib.request.build_opener(urllib.request.ProxyHandler(proxies))
        self.retried = 0  # requests repeated after a 429/5xx/dropped connection

    def get_sth(self) -> TreeHead | NoAnswer:
        answer = self._get("get-sth")
        if isinstance(answer, NoAnswer):
            return answer
        try:
            size, stamp = int(answer["tree_size"]), int(answer["timestamp"])
            root = str(answer.get("sha256_root_hash", ""))
        except (KeyError, TypeError, ValueError):
            return NoAnswer("get-sth answer lacks tree_size/timestamp")
        if size < 0:
            return NoAnswer(f"get-sth answer has a negative tree_size {size}")
        return TreeHead(size, stamp, root)

    def get_entries(self, start: int, end: int) -> list[dict[str, Any]] | NoAnswer:
        """Entries start..end inclusive; a log may return fewer than asked (never more
        are used). Each is a dict with leaf_input and extra_data, as the log sent it."""
        answer = self._get("get-entries", {"start": start, "end": end})
        if isinstance(answer, NoAnswer):
            return answer
        entries = answer.get("entries")
        if not isinstance(entries, list):
            return NoAnswer("get-entries answer has no entries list")
        return entries[: end - start + 1]

    # ---- transport --------------------------------------------------------------------
    def _get(self, method: str, params: dict[str, int] | None = None) -> dict[str, Any] | NoAnswer:
        url = f"{self.api}/{method}" + (f"?{urlencode(params)}" if params else "")
        last = NoAnswer("no attempt made")
        for attempt in range(self.retries + 1):
            if attempt:
                self.retried += 1
            result, wait = self._attempt(url)
            if not isinstance(result, NoAnswer):
                return result
            last = result
            if wait is None or attempt == self.retries:
                break
            self.sleep(min(wait if wait > 0 else self.backoff * 2**attempt, self.max_backoff))
        logger.info("CT log %s: no answer to %s: %s", self.url, method, last.problem)
        return last

    def _attempt(self, url: str) -> tuple[dict[str, Any] | NoAnswer, float | None]:
        """(answer, None) or (NoAnswer, seconds to wait before retrying; 0 = backoff;
        None = do not retry)."""
        request = urllib.request.Request(url, headers={"Accept": "application/json"})
        try:
            with self.opener.open(request, timeout=self.timeout) as response:
                body = response.read(MAX_BODY + 1)
        except urllib.error.HTTPError as exc:
            status = exc.code
            problem = NoAnswer(f"HTTP {status} from {url}", status)
            return problem, (_retry_after(exc.headers.get("Retry-After"))
                             if status in RETRY_STATUS else None)  # fmt: skip
        except (TimeoutError, urllib.error.URLError, OSError, http.client.HTTPException) as exc:
            reason = getattr(exc, "reason", exc)
            return NoAnswer(f"{url}: {reason}"), 0.0
        if len(body) > MAX_BODY:
            return NoAnswer(f"{url}: answer larger than {MAX_BODY} bytes"), None
        try:
            data = json.loads(body)
        except ValueError:
            # A body cut short mid-transfer: ask again.
            return NoAnswer(f"{url}: answer is not JSON (cut short?)"), 0.0
        if not isinstance(data, dict):
            return NoAnswer(f"{url}: answer is not a JSON object"), None
        return data, None


def _retry_after(value: str | None) -> float:
    if value and value.strip().isdigit():
        return float(value.strip())
    return 0.0
