"""The crawl list: suspicious names from discovery, waiting for the next nightly run.

A name is listed once per unit (registered domain, or a site's own label on a hosting
platform), with where it came from and the domain-name reasons that put it there. The
nightly run takes the strongest waiting names (`take_for_run`); a resumed run gets the
same ones back. Names the store already knows (crawled from search before) and
allow-listed domains are counted, not listed.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from core.clock import now_iso
from crawler.discovery.names import NameVerdict

SOURCES = ("ct", "nrd", "zone")


@dataclass
class Tally:
    """What one batch of names from one source came to."""

    source: str
    origin: str
    counts: Counter[str] = field(default_factory=Counter)

    def as_dict(self) -> dict[str, Any]:
        return {"source": self.source, "origin": self.origin, **dict(sorted(self.counts.items()))}


def url_for(host: str, scheme: str) -> str:
    return f"{scheme}://{host}/"


def _known(db: sqlite_utils.Database, domains: list[str]) -> set[str]:
    """Units already crawled, already listed or allow-listed."""
    found: set[str] = set()
    tables = set(db.table_names())
    for table in ("domains", "crawl_list", "allow_list"):
        if table not in tables:
            continue
        for start in range(0, len(domains), 500):
            chunk = domains[start : start + 500]
            marks = ",".join("?" * len(chunk))
            found.update(
                row[0]
                for row in db.execute(
                    f"SELECT domain FROM {table} WHERE domain IN ({marks})", chunk
                )
            )
    return found


def add_verdicts(
    db: sqlite_utils.Database,
    verdicts: Iterable[tuple[NameVerdict, str]],
    tally: Tally,
    *,
    min_points: float,
    scheme: str,
) -> int:
    """List the suspicious verdicts (each with its origin); returns how many were new.
    Writes in the caller's transaction, so a log's position and its names move together."""
    suspicious: dict[str, tuple[NameVerdict, str]] = {}
    for verdict, origin in verdicts:
        tally.counts["scored"] += 1
        if verdict.points >= min_points and verdict.points > 0:
            tally.counts["suspicious"] += 1
            suspicious.setdefault(verdict.domain, (verdict, origin))
    known = _known(db, list(suspicious))
    rows = [
        (domain, v.host, url_for(v.host, scheme), tally.source, origin, v.points,
         json.dumps(list(v.reasons), ensure_ascii=False), now_iso())
        for domain, (v, origin) in suspicious.items() if domain not in known
    ]  # fmt: skip
    db.conn.executemany(
        "INSERT OR IGNORE INTO crawl_list (domain, host, url, source, origin, points, reasons, "
        "seen_at) VALUES (?,?,?,?,?,?,?,?)",
        rows,
    )
    tally.counts["queued"] += len(rows)
    tally.counts["already_known"] += len(suspicious) - len(rows)
    return len(rows)


def record_batch(db: sqlite_utils.Database, tally: Tally) -> None:
    db.conn.execute(
        "INSERT INTO discovery_batches (source, origin, at, counts) VALUES (?,?,?,?)",
        [tally.source, tally.origin, now_iso(), json.dumps(dict(tally.counts))],
    )


def take_for_run(db: sqlite_utils.Database, run_id: int, limit: int) -> list[str]:
    """URLs this run fetches from the crawl list: what it took before (a resumed run),
    plus the strongest waiting names up to `limit` in all."""
    with db.conn:
        taken = db.execute("SELECT count(*) FROM crawl_list WHERE run_id = ?", [run_id]).fetchone()
        room = max(limit - taken[0], 0)
        db.conn.execute(
            "UPDATE crawl_list SET run_id = ?, taken_at = ? WHERE domain IN (SELECT domain "
            "FROM crawl_list WHERE run_id IS NULL ORDER BY points DESC, seen_at LIMIT ?)",
            [run_id, now_iso(), room],
        )
    return [row[0] for row in db.execute(
        "SELECT url FROM crawl_list WHERE run_id = ? ORDER BY points DESC, domain", [run_id])]  # fmt: skip


def source_counts(db: sqlite_utils.Database, run_id: int) -> dict[str, dict[str, int]]:
    """Per source, for one run: domains it brought, fetched, and flagged by the scorer."""
    flagged = "scores" in db.table_names()
    out: dict[str, dict[str, int]] = {}
    search = db.execute(
        "SELECT count(DISTINCT h.domain), "
        + ("count(DISTINCT CASE WHEN s.flagged = 1 THEN h.domain END) " if flagged else "0 ")
        + "FROM search_hits h "
        + ("LEFT JOIN scores s ON s.domain = h.domain " if flagged else "")
        + "WHERE h.run_id = ? AND h.domain IS NOT NULL",
        [run_id],
    ).fetchone()
    out["search"] = {"domains": search[0], "flagged": search[1]}
    for source, listed, fetched, hit in db.execute(
        "SELECT c.source, count(*), "
        "sum(EXISTS (SELECT 1 FROM pages p WHERE p.domain = c.domain AND p.run_id = c.run_id)), "
        + (
            "sum(coalesce((SELECT s.flagged FROM scores s WHERE s.domain = c.domain), 0)) "
            if flagged
            else "0 "
        )  # fmt: skip
        + "FROM crawl_list c WHERE c.run_id = ? GROUP BY c.source ORDER BY c.source",
        [run_id],
    ):
        out[source] = {"domains": listed, "fetched": fetched or 0, "flagged": hit or 0}
    return out


def waiting_summary(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    if "crawl_list" not in db.table_names():
        return []  # a store no discovery command has written to yet (opened read-only)
    return [dict(r) for r in db.query(
        "SELECT source, count(*) AS listed, sum(run_id IS NULL) AS waiting, "
        "sum(run_id IS NOT NULL) AS taken FROM crawl_list GROUP BY source ORDER BY source")]  # fmt: skip


def list_names(db: sqlite_utils.Database, names: dict[str, int], tally: Tally, scorer: Any,
               *, min_points: float, scheme: str) -> Tally:  # fmt: skip
    """Score names read from a list or zone file (name -> line) and list the suspicious."""
    tally.counts["names"] += len(names)
    verdicts = []
    for name, line in names.items():
        verdict = scorer.score(name)
        if verdict is None:
            tally.counts["unusable"] += 1
        else:
            verdicts.append((verdict, f"{tally.origin} line {line}"))
    with db.conn:
        add_verdicts(db, verdicts, tally, min_points=min_points, scheme=scheme)
        record_batch(db, tally)
    return tally


def hand_off(db_path: str, run_id: int) -> list[str]:
    """What a nightly run takes from discovery: the crawl list's URLs it fetches, and
    partners' numbers queued as its pivots (searched with the run's other pivots)."""
    from core.store import open_store
    from crawler.discovery.partners import hand_off as partner_hand_off
    from crawler.discovery.settings import load_settings

    settings = load_settings()
    db = open_store(db_path)
    try:
        urls = take_for_run(db, run_id, settings.max_per_run)
        partner_hand_off(db, run_id)
    finally:
        db.close()
    return urls
