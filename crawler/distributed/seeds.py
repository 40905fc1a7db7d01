"""Seeds and leases: what a worker takes stays recorded until it has handed it on.

A worker takes seeds (and, in `queue.py`, requests from the shared frontier) with a Lua
script that pops and records a lease in one atomic step. The lease is released when the
page is pushed to the writer's list (`items.py`) or the request has failed for good. A
worker that is killed leaves its leases behind; they go back to the seed list or the
frontier when it restarts under the same id, or when any worker starts and finds that
the owner's heartbeat expired. A page may then be fetched twice; it is never lost.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import redis

from crawler.distributed.keys import Keys

HEARTBEAT_TTL = 15  # seconds without a heartbeat before a worker counts as dead

# KEYS: seeds list, leases hash. ARGV: how many. Pops seeds and leases each as seed:<json>.
TAKE_SEEDS = """
local out = {}
for i = 1, tonumber(ARGV[1]) do
  local seed = redis.call('LPOP', KEYS[1])
  if not seed then break end
  redis.call('HSET', KEYS[2], 'seed:' .. seed, seed)
  out[#out + 1] = seed
end
return out
"""

# KEYS: leases hash, seeds list, frontier list. Puts every lease back where it came from.
RESTORE = """
local fields = redis.call('HGETALL', KEYS[1])
for i = 1, #fields, 2 do
  if string.sub(fields[i], 1, 5) == 'seed:' then
    redis.call('RPUSH', KEYS[2], fields[i + 1])
  else
    redis.call('RPUSH', KEYS[3], fields[i + 1])
  end
end
redis.call('DEL', KEYS[1])
return #fields / 2
"""


def seed(url: str, depth: int = 0, query: str = "") -> str:
    return json.dumps({"url": url, "depth": depth, "query": query}, sort_keys=True)


def add_seeds(server: redis.Redis, keys: Keys, urls: Iterable[str], depth: int = 0) -> int:
    """Queue URLs for the workers; returns how many were queued."""
    values = [seed(url, depth) for url in urls]
    for start in range(0, len(values), 1000):
        server.rpush(keys.seeds, *values[start : start + 1000])
    return len(values)


class Leases:
    """One worker's view of the seed list and its own leases."""

    def __init__(self, server: redis.Redis, keys: Keys, worker: str) -> None:
        self.server = server
        self.keys = keys
        self.worker = worker
        self._take = server.register_script(TAKE_SEEDS)
        self._restore = server.register_script(RESTORE)

    def take(self, count: int) -> list[tuple[str, dict[str, Any]]]:
        """Up to `count` seeds as (lease field, seed), each leased until released."""
        raw = self._take(keys=[self.keys.seeds, self.keys.leases(self.worker)], args=[count])
        out = []
        for value in raw:
            text = value.decode() if isinstance(value, bytes) else str(value)
            out.append(("seed:" + text, json.loads(text)))
        return out

    def release(self, field: str) -> None:
        self.server.hdel(self.keys.leases(self.worker), field)

    def heartbeat(self) -> None:
        self.server.set(self.keys.alive(self.worker), "1", ex=HEARTBEAT_TTL)

    def recover(self) -> int:
        """Put back the leases of this id (a restart) and of dead workers; returns how many."""
        self.server.sadd(self.keys.workers, self.worker)
        restored = 0
        for raw in self.server.smembers(self.keys.workers):
            other = raw.decode() if isinstance(raw, bytes) else str(raw)
            if other != self.worker and self.server.exists(self.keys.alive(other)):
                continue
            restored += int(
                self._restore(keys=[self.keys.leases(other), self.keys.seeds, self.keys.requests])
            )
        return restored

    def outstanding(self) -> int:
        """Seeds waiting plus requests in the shared frontier."""
        return int(self.server.llen(self.keys.seeds)) + int(self.server.llen(self.keys.requests))
