"""One token bucket, both sides of a rate limit.

The registration client paces itself with `acquire` (it waits for its token, so it never
asks a registry server faster than that server allows); the sandbox registries refuse a
client that asks too fast with `allow` (no waiting: the answer is "rate limited").
"""

from __future__ import annotations

import threading
import time


class TokenBucket:
    """`rate` tokens a second on average, bursts up to `burst` (at least one)."""

    def __init__(self, rate: float, burst: float = 1.0) -> None:
        if rate <= 0:
            raise ValueError("rate must be positive")
        self.rate = rate
        self.capacity = max(1.0, burst)
        self._tokens = self.capacity
        self._last = time.monotonic()
        self._lock = threading.Lock()

    def _refill(self) -> None:
        now = time.monotonic()
        self._tokens = min(self.capacity, self._tokens + (now - self._last) * self.rate)
        self._last = now

    def allow(self) -> bool:
        """Take one token if there is one; never waits."""
        with self._lock:
            self._refill()
            if self._tokens >= 1.0:
                self._tokens -= 1.0
                return True
            return False

    def acquire(self) -> float:
        """Take one token, sleeping until it is there; returns the seconds waited."""
        with self._lock:
            self._refill()
            self._tokens -= 1.0  # may go negative: later callers queue behind us
            wait = 0.0 if self._tokens >= 0 else -self._tokens / self.rate
        if wait:
            time.sleep(wait)
        return wait


def bucket_or_none(rate: float | None) -> TokenBucket | None:
    """A bucket allowing bursts of one second's worth, or None for no limit."""
    return TokenBucket(rate, burst=rate) if rate else None
