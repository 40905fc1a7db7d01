"""Per-server politeness: a blocking token bucket for each registry server we talk to.

Registries answer rate-limit text (or HTTP 429) when a client asks too fast; the surest
way not to get those answers is to never send faster than the server allows.
"""

from __future__ import annotations

import threading
import time


class TokenBucket:
    """`rate` requests a second on average, bursts up to `burst`. `acquire` waits."""

    def __init__(self, rate: float, burst: float = 1.0) -> None:
        if rate <= 0:
            raise ValueError("rate must be positive")
        self.rate = rate
        self.capacity = max(1.0, burst)
        self._tokens = self.capacity
        self._last = time.monotonic()
        self._lock = threading.Lock()

    def acquire(self) -> float:
        """Take one token, sleeping until it is there; returns the seconds waited."""
        with self._lock:
            now = time.monotonic()
            self._tokens = min(self.capacity, self._tokens + (now - self._last) * self.rate)
            self._last = now
            self._tokens -= 1.0  # may go negative: later callers queue behind us
            wait = 0.0 if self._tokens >= 0 else -self._tokens / self.rate
        if wait:
            time.sleep(wait)
        return wait


class ServerLimits:
    """One bucket per server ("host:port"), created on first use."""

    def __init__(self, rate: float, burst: float = 1.0) -> None:
        self.rate = rate
        self.burst = burst
        self._buckets: dict[str, TokenBucket] = {}
        self._lock = threading.Lock()

    def acquire(self, server: str) -> float:
        with self._lock:
            bucket = self._buckets.get(server)
            if bucket is None:
                bucket = self._buckets[server] = TokenBucket(self.rate, self.burst)
        return bucket.acquire()
