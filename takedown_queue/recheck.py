"""Recheck: revisit domains whose takedown order was sent, record when they went offline
(time to takedown = offline_at - ordered_at), and reopen a case whose domain came back.

The fetch function is pluggable: the nightly run passes one that goes through its proxy;
`http_fetch` here is the plain default. It returns the HTTP status, or None when nothing
answered (DNS gone, refused, timeout).
"""

from __future__ import annotations

import urllib.error
import urllib.request
from collections import Counter
from collections.abc import Callable

import sqlite_utils

from crawler.clock import now_iso
from takedown_queue import audit, states
from takedown_queue.config import QueueConfig, load_config
from takedown_queue.txn import write_txn

Fetch = Callable[[str], int | None]


def http_fetch(timeout: float = 15.0, proxy: str | None = None) -> Fetch:
    handlers: list[urllib.request.BaseHandler] = []
    if proxy:
        handlers.append(urllib.request.ProxyHandler({"http": proxy, "https": proxy}))
    opener = urllib.request.build_opener(*handlers)

    def fetch(url: str) -> int | None:
        try:
            with opener.open(url, timeout=timeout) as response:
                return int(response.status)
        except urllib.error.HTTPError as exc:
            return int(exc.code)
        except (urllib.error.URLError, OSError, ValueError):
            return None  # no answer: counts as offline

    return fetch


def _url_of(db: sqlite_utils.Database, domain: str) -> str:
    row = db.execute(
        "SELECT final_url FROM pages WHERE domain = ? ORDER BY fetched_at DESC LIMIT 1", [domain]
    ).fetchone()
    return row[0] if row else f"http://{domain}/"


def _targets(db: sqlite_utils.Database) -> list[tuple[int, str, str, str | None]]:
    return db.execute(
        "SELECT c.id, c.status, cd.domain, cd.offline_at FROM case_domains cd"
        " JOIN cases c ON c.id = cd.case_id WHERE c.status IN ('order_sent', 'offline')"
        " AND cd.ordered_at IS NOT NULL"  # a rejected or held domain was never ordered
        " ORDER BY c.id, cd.domain"
    ).fetchall()


def _record(
    db: sqlite_utils.Database,
    case_id: int,
    domain: str,
    online: bool,
    status: int | None,
    offline_at: str | None,
    counts: Counter[str],
) -> None:
    now = now_iso()
    db.execute(
        "UPDATE case_domains SET last_checked_at = ?, last_check_status = ? WHERE domain = ?",
        [now, status, domain],
    )
    if not online and offline_at is None:
        db.execute(
            "UPDATE case_domains SET offline_at = ?, back_online_at = NULL WHERE domain = ?",
            [now, domain],
        )
        audit.append(
            db,
            actor=states.SYSTEM,
            action="domain-offline",
            case_id=case_id,
            why="recheck found no site",
            details={"domain": domain, "status": status},
        )
        counts["went_offline"] += 1
    elif online and offline_at is not None:
        db.execute("UPDATE case_domains SET back_online_at = ? WHERE domain = ?", [now, domain])
        audit.append(
            db,
            actor=states.SYSTEM,
            action="domain-back",
            case_id=case_id,
            why="recheck found the site again",
            details={"domain": domain, "status": status},
        )
        counts["came_back"] += 1


def _settle(db: sqlite_utils.Database, case_id: int, status: str, counts: Counter[str]) -> None:
    """Move the case on: all domains offline -> offline; an offline one back -> reopened."""
    offline, total, back = db.execute(
        "SELECT count(offline_at), count(*), count(back_online_at) FROM case_domains"
        " WHERE case_id = ? AND ordered_at IS NOT NULL",
        [case_id],
    ).fetchone()
    if status == "order_sent" and offline == total:
        states.apply(
            db,
            case_id,
            "mark-offline",
            actor=states.SYSTEM,
            role=states.SYSTEM,
            why="every domain of the case is offline",
        )
        counts["cases_offline"] += 1
    elif status == "offline" and back:
        states.apply(
            db,
            case_id,
            "reopen",
            actor=states.SYSTEM,
            role=states.SYSTEM,
            why="a domain of this offline case is back online",
        )
        counts["cases_reopened"] += 1


def recheck(
    db: sqlite_utils.Database, fetch: Fetch, config: QueueConfig | None = None
) -> dict[str, int]:
    """Check every domain of order_sent and offline cases once; returns counts."""
    config = config or load_config()
    counts: Counter[str] = Counter()
    by_case: dict[int, str] = {}
    for case_id, status, domain, offline_at in _targets(db):
        code = fetch(_url_of(db, domain))
        online = code is not None and code in config.online_statuses
        counts["checked"] += 1
        with write_txn(db):
            _record(db, case_id, domain, online, code, offline_at, counts)
        by_case[case_id] = status
    for case_id, status in by_case.items():
        with write_txn(db):
            _settle(db, case_id, status, counts)
    return {
        k: counts[k]
        for k in ("checked", "went_offline", "came_back", "cases_offline", "cases_reopened")
    }
