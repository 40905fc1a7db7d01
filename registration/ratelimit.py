"""Per-server politeness: a blocking token bucket for each registry server we talk to.

Registries answer rate-limit text (or HTTP 429) when a client asks too fast; the surest
way not to get those answers is to never send faster than the server allows.
"""

from __future__ import annotations

import threading

from core.ratelimit import TokenBucket


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
