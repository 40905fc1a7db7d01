"""Distributed crawl: worker processes on several hosts share one Redis, one writer stores.

- `keys.py`: the Redis key names, one place.
- `settings.py`: the Scrapy settings that make a worker use scrapy-redis's shared
  frontier (`scrapy_redis.scheduler.Scheduler`, subclassed in `scheduler.py` to lease
  what it pops) and duplicate filter (`scrapy_redis.dupefilter.RFPDupeFilter`).
- `seeds.py`: the seed list (URLs to crawl) and the leases that make a killed worker lose
  nothing: what a worker took is re-queued when it comes back or its heartbeat expires.
- `spider.py`: the worker spider, with `async def start()` and idle-time seed feeding
  (scrapy-redis 0.9.1's RedisSpider relies on `start_requests()`, which Scrapy 2.16+
  no longer calls).
- `items.py`: pages go to a Redis list; `writer.py` pops them and runs the crawler's own
  extract and store pipelines into the store.
- `cli.py`: `nephelpdesk worker`, `nephelpdesk writer`, `nephelpdesk seed`.
"""
