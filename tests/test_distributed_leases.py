"""Leases on a real redis-server: taken seeds and popped requests come back after a kill.

Component level (no crawl): the seed list, the leasing frontier queue and recovery.
"""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

import redis
import scrapy
from scrapy_redis import picklecompat

from crawler.distributed.keys import Keys
from crawler.distributed.queue import LEASE_META, SEED_META, LeasingFifoQueue
from crawler.distributed.seeds import Leases, add_seeds
from tests.test_distributed import redis_url  # noqa: F401  (the redis-server fixture)


def _queue(server, leases):
    spider = SimpleNamespace(name="distributed", leases=leases, worker_id=leases.worker)
    return LeasingFifoQueue(server, spider, leases.keys.requests, picklecompat)


def test_taken_seeds_are_leased_and_restored_for_a_restarted_worker(redis_url):  # noqa: F811
    server = redis.Redis.from_url(redis_url)
    keys = Keys("t1")
    add_seeds(server, keys, [f"http://site{i}.nl/" for i in range(5)])
    a = Leases(server, keys, "host-a")
    taken = a.take(3)
    assert [seed["url"] for _, seed in taken] == [f"http://site{i}.nl/" for i in range(3)]
    assert server.llen(keys.seeds) == 2 and server.hlen(keys.leases("host-a")) == 3
    a.release(taken[0][0])  # handed on
    # host-a is killed; it restarts under the same id and gets back what it held
    assert Leases(server, keys, "host-a").recover() == 2
    assert server.hlen(keys.leases("host-a")) == 0
    urls = sorted(u.decode() for u in server.lrange(keys.seeds, 0, -1))
    assert len(urls) == 4 and '"http://site0.nl/"' not in " ".join(urls)


def test_popped_requests_are_leased_until_released_and_live_workers_keep_theirs(redis_url):  # noqa: F811
    server = redis.Redis.from_url(redis_url)
    keys = Keys("t2")
    a, b = Leases(server, keys, "host-a"), Leases(server, keys, "host-b")
    a.recover()
    b.recover()
    queue_a, queue_b = _queue(server, a), _queue(server, b)
    add_seeds(server, keys, ["http://x.nl/"])
    [(field, seed)] = a.take(1)
    queue_a.push(scrapy.Request(seed["url"], meta={SEED_META: field}))
    assert server.hlen(keys.leases("host-a")) == 0  # the push released the seed lease
    request = queue_b.pop()
    assert request is not None and request.url == "http://x.nl/"
    assert request.meta[LEASE_META].startswith("req:")
    assert server.hlen(keys.leases("host-b")) == 1 and server.llen(keys.requests) == 0
    b.heartbeat()  # host-b is alive: another worker's start leaves its lease alone
    assert Leases(server, keys, "host-c").recover() == 0
    server.delete(keys.alive("host-b"))  # heartbeat expired: host-b is dead
    assert Leases(server, keys, "host-c").recover() == 1
    again = queue_a.pop()
    assert again is not None and again.url == "http://x.nl/"  # back in the frontier


def test_start_takes_seeds_as_requests_for_scrapy_216(redis_url):  # noqa: F811
    """The adaptation: `async def start()` yields leased seeds (no start_requests())."""
    from crawler.distributed.spider import DistributedSpider

    server = redis.Redis.from_url(redis_url)
    keys = Keys("t3")
    add_seeds(server, keys, ["http://a.nl/", "http://b.nl/contact"])
    spider = DistributedSpider(worker_id="host-a")
    spider.server, spider.worker_id = server, "host-a"
    spider.leases = Leases(server, keys, "host-a")
    spider.idle_close, spider.idle_since, spider.item_leases = 0.0, None, {}
    spider.settings = {"NEPHELPDESK_PROXY": "http://127.0.0.1:9"}

    async def collect():
        return [request async for request in spider.start()]

    requests = asyncio.run(collect())
    assert [r.url for r in requests] == ["http://a.nl/", "http://b.nl/contact"]
    assert all(r.meta[SEED_META].startswith("seed:") for r in requests)
    assert requests[0].meta["proxy"] == "http://127.0.0.1:9"
    assert server.hlen(keys.leases("host-a")) == 2  # leased until queued in the frontier
