"""Login throttling: too many failed passwords for one account, or from one address, lock
that account/address out for a while. In memory: a restart forgets, which is fine for a
guard against password guessing on a small, internal UI."""

from __future__ import annotations

import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable


class LoginThrottle:
    def __init__(
        self,
        max_failures: int = 5,
        window: float = 300.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.max_failures = max_failures
        self.window = window
        self.clock = clock
        self.failures: defaultdict[str, deque[float]] = defaultdict(deque)
        self.lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        times = self.failures[key]
        while times and now - times[0] > self.window:
            times.popleft()
        return times

    def retry_after(self, *keys: str) -> float:
        """Seconds until these keys may try again; 0 when they may now."""
        now = self.clock()
        with self.lock:
            waits = [
                self.window - (now - times[0])
                for times in (self._recent(k, now) for k in keys)
                if len(times) >= self.max_failures
            ]
        return max(waits, default=0.0)

    def failed(self, *keys: str) -> None:
        now = self.clock()
        with self.lock:
            for key in keys:
                self._recent(key, now).append(now)

    def succeeded(self, *keys: str) -> None:
        with self.lock:
            for key in keys:
                self.failures.pop(key, None)
