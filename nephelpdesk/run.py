"""The nightly run: search and fetch (a Scrapy crawl), then enrich, score, triage, recheck.

Every stage reads from and writes to the store, so each can also run alone, and a run
killed midway is resumed by the next `nephelpdesk crawl`: it continues the unfinished
run record instead of starting over, and skips what was already stored.
"""

from __future__ import annotations

import importlib
import json
import logging
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from core.clock import now_iso
from core.errors import STORE_ERROR_EXIT, StoreError
from core.store import open_store

logger = logging.getLogger(__name__)


@dataclass
class RunOptions:
    engine: str = "searxng"
    engine_url: str | None = None
    api_key: str | None = None
    queries: list[str] = field(default_factory=list)
    queries_file: str | None = None
    urls: list[str] = field(default_factory=list)
    proxy: str | None = None
    result_pages: int = 2
    contact_pages: int = 3
    settings: dict[str, Any] = field(default_factory=dict)  # Scrapy setting overrides
    stages: tuple[str, ...] = ("crawl", "render", "enrich", "score", "triage", "recheck")
    render_config: str | None = None  # render.toml override (default: crawler/render/)
    verbosity: int = 0  # -1 quiet, 0 normal, 1 verbose (the CLI's -q / -v)
    # Fetch what discovery listed (CT logs, NRD lists) and pivot on partners' numbers;
    # off for `check`, which assesses one site only.
    crawl_list: bool = True


# Scrapy's log level per verbosity: its settings dump and stats are INFO, so only -v
# shows them; a plain run shows warnings and errors, a quiet one only errors.
LOG_LEVELS = {-1: "ERROR", 0: "WARNING", 1: "INFO"}


@dataclass
class RunSummary:
    run_id: int
    status: str
    resumed: bool
    counts: dict[str, Any]
    query_yield: list[dict[str, Any]]
    unresponsive_engines: list[str]
    errors: list[str]


def _pid_alive(pid: int | None) -> bool:
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def begin_run(db: sqlite_utils.Database, options: RunOptions) -> tuple[int, bool]:
    """Resume the last run if its process died midway, else open a new run record."""
    row = db.execute(
        "SELECT id, pid FROM runs WHERE status = 'running' ORDER BY id DESC LIMIT 1"
    ).fetchone()
    with db.conn:
        if row and not _pid_alive(row[1]):
            db.conn.execute(
                "UPDATE runs SET pid = ?, resumed = resumed + 1 WHERE id = ?", [os.getpid(), row[0]]
            )
            return row[0], True
        cur = db.conn.execute(
            "INSERT INTO runs (started, status, engine, engine_url, queries_file, pid) "
            "VALUES (?, 'running', ?, ?, ?, ?)",
            [now_iso(), options.engine, options.engine_url, options.queries_file, os.getpid()],
        )
    return int(cur.lastrowid or 0), False


def crawl_stage(db_path: str, run_id: int, options: RunOptions) -> dict[str, Any]:
    """Run the Scrapy crawl in a child process; returns {"exit": code}."""
    args = {
        # Absolute: the child runs from the checkout, not from the user's directory.
        "db": str(Path(db_path).resolve()),
        "run_id": run_id,
        "queries": options.queries,
        "urls": options.urls,
        "engine": options.engine,
        "engine_url": options.engine_url,
        "api_key": options.api_key,
        "proxy": options.proxy,
        "result_pages": options.result_pages,
        "contact_pages": options.contact_pages,
        "settings": _crawl_settings(options),
        "crawl_list": options.crawl_list,
    }
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as fh:
        json.dump(args, fh)
    try:
        env = dict(os.environ, TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS="")
        code = subprocess.call(
            [sys.executable, "-m", "nephelpdesk.crawl_process", fh.name],
            env=env,
            cwd=Path(__file__).resolve().parent.parent,
        )
    finally:
        os.unlink(fh.name)
    return {"exit": code}


def _crawl_settings(options: RunOptions) -> dict[str, Any]:
    """The Scrapy overrides for the child: the user's, plus a log level from -q/-v
    unless `-s LOG_LEVEL=` or NEPHELPDESK_LOG_LEVEL chose one."""
    settings = dict(options.settings)
    if "LOG_LEVEL" not in settings and not os.environ.get("NEPHELPDESK_LOG_LEVEL"):
        settings["LOG_LEVEL"] = LOG_LEVELS[max(-1, min(1, options.verbosity))]
    return settings


def search_health(db: sqlite_utils.Database, run_id: int) -> dict[str, Any]:
    """How the search backend did in this run: queries searched, answered, failed.

    A query failed when none of its result pages got a usable answer (refused, timed
    out, HTTP error, not the API's format); `first_error` says what the backend did.
    """
    rows = db.execute(
        "SELECT query, max(error IS NULL) FROM search_requests WHERE run_id = ? GROUP BY query",
        [run_id],
    ).fetchall()
    failed = sorted(query for query, ok in rows if not ok)
    first = db.execute(
        "SELECT error FROM search_requests WHERE run_id = ? AND error IS NOT NULL"
        " ORDER BY at LIMIT 1",
        [run_id],
    ).fetchone()
    return {
        "queries": len(rows),
        "answered": len(rows) - len(failed),
        "failed": len(failed),
        "failed_queries": failed[:20],  # enough to see which; the table has them all
        "first_error": first[0] if first else None,
    }


def search_failure(options: RunOptions, health: dict[str, Any]) -> str | None:
    """The run's error when the search backend answered no query at all, else None."""
    if not options.queries or health["answered"] > 0:
        return None
    where = f" at {options.engine_url}" if options.engine_url else ""
    if health["queries"] == 0:
        return f"search engine {options.engine}{where} was never asked: no query was searched"
    return (
        f"search engine {options.engine}{where} answered none of {health['queries']} queries "
        f"(first error: {health['first_error']})"
    )


# Later stages: (module, function), each in the package that owns it (ARCHITECTURE.md).
# Each takes the open store and returns a dict of counts.
STAGES: dict[str, tuple[str, str]] = {
    "enrich": ("registration.stage", "run_stage"),
    # After fetch, extract and enrich (registration counts towards choosing the pages to
    # render), before score: numbers assembled by JavaScript are scored.
    "render": ("crawler.render.stage", "run_stage"),
    "score": ("scoring.stage", "run_stage"),
    "triage": ("takedown_queue.stage", "triage_stage"),
    "recheck": ("takedown_queue.stage", "recheck_stage"),
}


def load_stage(name: str) -> Callable[..., dict[str, Any]]:
    """The stage's entry point, imported when the run reaches it."""
    module_name, attr = STAGES[name]
    stage: Callable[..., dict[str, Any]] = getattr(importlib.import_module(module_name), attr)
    return stage


def query_yield(db: sqlite_utils.Database, run_id: int) -> list[dict[str, Any]]:
    """Per query: hits, new domains (first seen in this run), flagged domains."""
    has_scores = "scores" in db.table_names()
    flagged_expr = (
        "(SELECT count(DISTINCT h2.domain) FROM search_hits h2 JOIN scores s ON s.domain = h2.domain "
        "WHERE h2.run_id = r.run_id AND h2.query = r.query AND s.flagged = 1)"
        if has_scores
        else "0"
    )
    sql = f"""
        SELECT r.query, max(r.origin) AS origin, count(DISTINCT r.result_page) AS pages_searched,
          (SELECT count(*) FROM search_hits h WHERE h.run_id = r.run_id AND h.query = r.query) AS hits,
          (SELECT count(DISTINCT h.domain) FROM search_hits h JOIN domains d ON d.domain = h.domain
            WHERE h.run_id = r.run_id AND h.query = r.query AND d.first_run_id = r.run_id) AS new_domains,
          {flagged_expr} AS flagged_domains
        FROM search_requests r WHERE r.run_id = ? GROUP BY r.query ORDER BY r.query
    """
    return [dict(row) for row in db.query(sql, [run_id])]


def finish_run(
    db: sqlite_utils.Database, run_id: int, counts: dict[str, Any], status: str, errors: list[str]
) -> RunSummary:
    yields = query_yield(db, run_id)
    unresponsive = sorted(
        {
            e
            for (value,) in db.execute(
                "SELECT unresponsive_engines FROM search_requests WHERE run_id = ?", [run_id]
            )
            for e in json.loads(value)
        }
    )
    row = db.execute("SELECT counts, resumed FROM runs WHERE id = ?", [run_id]).fetchone()
    stored = json.loads(row[0]) if row else {}
    stored.update(counts)
    with db.conn:
        db.conn.execute("DELETE FROM query_yield WHERE run_id = ?", [run_id])
        db.conn.executemany(
            "INSERT INTO query_yield (run_id, query, origin, hits, new_domains, flagged_domains, "
            "pages_searched) VALUES (?,?,?,?,?,?,?)",
            [
                (
                    run_id,
                    y["query"],
                    y["origin"],
                    y["hits"],
                    y["new_domains"],
                    y["flagged_domains"],
                    y["pages_searched"],
                )
                for y in yields
            ],
        )
        db.conn.execute(
            "UPDATE runs SET finished = ?, status = ?, counts = ?, errors = ?, "
            "unresponsive_engines = ?, pid = NULL WHERE id = ?",
            [
                now_iso(),
                status,
                json.dumps(stored),
                json.dumps(errors),
                json.dumps(unresponsive),
                run_id,
            ],
        )
    return RunSummary(run_id, status, bool(row and row[1]), stored, yields, unresponsive, errors)


def nightly_run(
    db_path: str, options: RunOptions, progress: Callable[[str], None] = lambda line: None
) -> RunSummary:
    db = open_store(db_path)
    run_id, resumed = begin_run(db, options)
    progress(f"run {run_id}{' (resumed)' if resumed else ''}: started")
    counts: dict[str, Any] = {}
    errors: list[str] = []
    if "crawl" in options.stages:
        progress("crawl: searching and fetching")
        result = crawl_stage(db_path, run_id, options)
        if result["exit"] == STORE_ERROR_EXIT:
            db.close()
            raise StoreError(
                f"the store {db_path} refused a write during the crawl (disk full or read-only?); "
                f"run {run_id} keeps what was committed and the next crawl resumes it"
            )
        if result["exit"] != 0:
            errors.append(f"crawl stage exited with code {result['exit']}")
        if options.queries:
            counts["search"] = search_health(db, run_id)
            failure = search_failure(options, counts["search"])
            if failure:
                errors.insert(0, failure)  # the line cron mail should show first
    for name in STAGES:
        if name not in options.stages:
            continue
        stage = load_stage(name)
        progress(f"{name}: running")
        counts[name] = stage(db, run_id=run_id, options=options)
    if "crawl" in options.stages and options.crawl_list:
        from crawler.discovery.crawllist import source_counts

        counts["sources"] = source_counts(db, run_id)  # search, ct, nrd, zone
    status = "finished" if not errors else "failed"
    summary = finish_run(db, run_id, counts, status, errors)
    db.close()
    return summary
