"""The shared frontier: scrapy-redis's FIFO queue, with a lease on every pop.

scrapy-redis pops a request and forgets it; a worker killed after the pop loses it, and
the duplicate filter then stops anyone from queueing it again. Here the pop and the
lease are one Lua script, so the encoded request stays in the worker's lease hash until
its page is handed on (see `seeds.py` for how leases are released and restored). A push
also releases the seed lease of the request it came from, in the same transaction.
"""

from __future__ import annotations

import hashlib
from typing import Any

from scrapy import Request
from scrapy_redis.queue import FifoQueue

LEASE_META = "nephelpdesk_lease"  # request.meta key: the lease field to release
SEED_META = "nephelpdesk_seed_lease"

# KEYS: frontier list, leases hash. Pops one request and leases it as req:<sha1>.
POP_AND_LEASE = """
local value = redis.call('LPOP', KEYS[1])
if value then
  redis.call('HSET', KEYS[2], 'req:' .. redis.sha1hex(value), value)
end
return value
"""


class LeasingFifoQueue(FifoQueue):  # type: ignore[misc]
    """FIFO frontier whose pops are leased to the worker (spider.worker_id)."""

    def __init__(self, server: Any, spider: Any, key: str, serializer: Any = None) -> None:
        super().__init__(server, spider, key, serializer)
        self._pop = server.register_script(POP_AND_LEASE)

    def _leases(self) -> str:
        return str(self.spider.leases.keys.leases(self.spider.worker_id))

    def push(self, request: Request) -> None:
        seed_field = request.meta.pop(SEED_META, None)
        encoded = self._encode_request(request)
        with self.server.pipeline(transaction=True) as pipe:
            pipe.rpush(self.key, encoded)
            if seed_field:
                pipe.hdel(self._leases(), seed_field)
            pipe.execute()

    def pop(self, timeout: int = 0) -> Request | None:
        value = self._pop(keys=[self.key, self._leases()])
        if value is None:
            return None
        request = self._decode_request(value)
        request.meta[LEASE_META] = "req:" + hashlib.sha1(value).hexdigest()  # noqa: S324
        return request
