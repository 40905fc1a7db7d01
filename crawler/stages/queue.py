"""The nightly run's queue stages: triage flagged domains into cases, recheck ordered ones.

The queue owns cases; the crawler owns the network. Recheck fetches through the run's
proxy and refuses internal addresses like every other fetch (crawler.middlewares.ssrf).
"""

from __future__ import annotations

from typing import Any

import sqlite_utils

from crawler.middlewares.ssrf import destination_problem
from takedown_queue.recheck import http_fetch, recheck
from takedown_queue.triage import triage


def triage_stage(
    db: sqlite_utils.Database, *, run_id: int | None = None, options: Any = None
) -> dict:
    return triage(db)


def recheck_stage(
    db: sqlite_utils.Database, *, run_id: int | None = None, options: Any = None
) -> dict:
    proxy = getattr(options, "proxy", None)
    plain = http_fetch(timeout=15.0, proxy=proxy)

    def fetch(url: str) -> int | None:
        if destination_problem(url, resolve=not proxy):
            return None  # never fetched; an internal address is not "online"
        return plain(url)

    return recheck(db, fetch)
