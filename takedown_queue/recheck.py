"""Recheck: revisit domains whose takedown order was sent, record when they went offline
(time to takedown = offline_at - ordered_at), and reopen a case whose domain came back.

One fetcher serves every recheck (the nightly stage and `nephelpdesk queue recheck`):
`recheck_fetcher`, its timeout from queue.toml. It is always guarded: the site a domain
pointed at is hostile, so a URL or a redirect to a private, loopback or link-local address
is never fetched (crawler.middlewares.ssrf decides, as for every crawl request). It
returns the HTTP status, or None when nothing answered (DNS gone, refused, timeout,
refused by the guard): an internal address is never "online".
"""

from __future__ import annotations

import urllib.error
import urllib.request
from collections import Counter
from collections.abc import Callable
from http.client import HTTPMessage
from typing import IO

import sqlite_utils

from core.clock import now_iso
from core.netguard import destination_problem
from takedown_queue import audit, states
from takedown_queue.config import QueueConfig, load_config
from takedown_queue.txn import write_txn

Fetch = Callable[[str], int | None]


class RefusedDestination(urllib.error.URLError):
    """Raised inside the recheck fetcher for a URL or redirect to an internal address;
    the fetcher turns it into "no answer"."""


class _GuardedRedirects(urllib.request.HTTPRedirectHandler):
    """Follows a redirect only when its target passes the SSRF guard."""

    def __init__(self, resolve: bool) -> None:
        self.resolve = resolve

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:
        problem = destination_problem(newurl, resolve=self.resolve)
        if problem:
            raise RefusedDestination(f"redirect to {newurl}: {problem}")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def http_fetch(timeout: float, proxy: str | None = None) -> Fetch:
    """The guarded fetcher. With a proxy, the proxy resolves names, so only literal
    addresses and localhost are refused; without one, names are resolved and checked."""
    resolve = not proxy
    handlers: list[urllib.request.BaseHandler] = [_GuardedRedirects(resolve)]
    if proxy:
        handlers.append(urllib.request.ProxyHandler({"http": proxy, "https": proxy}))
    else:
        handlers.append(urllib.request.ProxyHandler({}))  # no proxy from the environment
    opener = urllib.request.build_opener(*handlers)

    def fetch(url: str) -> int | None:
        if destination_problem(url, resolve=resolve):
            return None
        try:
            with opener.open(url, timeout=timeout) as response:
                return int(response.status)
        except urllib.error.HTTPError as exc:
            return int(exc.code)
        except (urllib.error.URLError, OSError, ValueError):
            return None  # no answer (or refused by the guard): counts as offline

    return fetch


def recheck_fetcher(proxy: str | None = None, config: QueueConfig | None = None) -> Fetch:
    """The recheck fetcher every caller uses, configured from queue.toml."""
    return http_fetch((config or load_config()).fetch_timeout, proxy)


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
