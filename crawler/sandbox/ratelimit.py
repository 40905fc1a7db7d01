"""A token bucket: how the sandbox registries refuse clients that query too fast."""

from __future__ import annotations

import threading
import time


class TokenBucket:
    """`rate` answers a second on average, bursts up to `burst` (at least one)."""

    def __init__(self, rate: float, burst: float | None = None) -> None:
        if rate <= 0:
            raise ValueError("rate must be positive")
        self.rate = rate
        self.capacity = max(1.0, burst if burst is not None else rate)
        self._tokens = self.capacity
        self._last = time.monotonic()
        self._lock = threading.Lock()

    def allow(self) -> bool:
        with self._lock:
            now = time.monotonic()
            self._tokens = min(self.capacity, self._tokens + (now - self._last) * self.rate)
            self._last = now
            if self._tokens >= 1.0:
                self._tokens -= 1.0
                return True
            return False


def bucket_or_none(rate: float | None) -> TokenBucket | None:
    return TokenBucket(rate) if rate else None
