"""The nightly run's queue stages: triage flagged domains into cases, recheck ordered ones.

The queue owns cases and the one recheck fetcher (guarded against internal addresses,
configured in takedown_queue/data/queue.toml); the nightly run only passes its proxy.
"""

from __future__ import annotations

from typing import Any

import sqlite_utils

from takedown_queue.config import load_config
from takedown_queue.recheck import recheck, recheck_fetcher
from takedown_queue.triage import triage


def triage_stage(
    db: sqlite_utils.Database, *, run_id: int | None = None, options: Any = None
) -> dict:
    return triage(db)


def recheck_now(db: sqlite_utils.Database, proxy: str | None = None) -> dict[str, int]:
    """Revisit ordered domains with the queue's own fetcher (`queue recheck` and the
    nightly run both come here)."""
    config = load_config()
    return recheck(db, recheck_fetcher(proxy, config), config)


def recheck_stage(
    db: sqlite_utils.Database, *, run_id: int | None = None, options: Any = None
) -> dict:
    return recheck_now(db, getattr(options, "proxy", None))
