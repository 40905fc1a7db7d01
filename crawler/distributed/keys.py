"""Redis key names of one distributed crawl; a prefix keeps several crawls apart."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_PREFIX = "nephelpdesk"


@dataclass(frozen=True)
class Keys:
    prefix: str = DEFAULT_PREFIX

    @property
    def seeds(self) -> str:
        """List of JSON seeds {url, depth, query}: what workers start from."""
        return f"{self.prefix}:seeds"

    @property
    def requests(self) -> str:
        """scrapy-redis's shared request queue (the frontier)."""
        return f"{self.prefix}:requests"

    @property
    def dupefilter(self) -> str:
        """scrapy-redis's set of request fingerprints seen by any worker."""
        return f"{self.prefix}:dupefilter"

    @property
    def items(self) -> str:
        """List of JSON pages waiting for the writer."""
        return f"{self.prefix}:items"

    @property
    def workers(self) -> str:
        """Set of worker ids that ever took work (to find dead workers' leases)."""
        return f"{self.prefix}:workers"

    def leases(self, worker: str) -> str:
        """Hash fingerprint -> JSON seed: what `worker` took and has not handed on yet."""
        return f"{self.prefix}:leases:{worker}"

    def alive(self, worker: str) -> str:
        """Heartbeat key with a time to live: gone means the worker is dead."""
        return f"{self.prefix}:alive:{worker}"
