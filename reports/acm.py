"""Dutch numbers for ACM blocking requests.

ACM (the Netherlands Authority for Consumers & Markets) can block Dutch numbers, so
this list holds only valid numbers of region NL in E.164 (+31...), seen on the
selected domains (flagged by default), each with first and last sighting, the domains
showing it and the evidence: every page (URL, fetch time, SHA-256 of the stored body).

Numbers a brand publishes as its own support line (scoring/brands.toml,
official_phones) are left out and counted: a scam site copying the real Microsoft
number must never get that number blocked.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from reports.official import BRANDS_FILE, official_numbers
from reports.source import domain_rows, select_status

COLUMNS = ["e164", "kind", "first_seen", "last_seen", "domains", "evidence", "fraud_list"]

_SQL = """
SELECT ph.e164, ph.kind, p.domain, p.url, p.fetched_at, p.body_sha256
FROM page_phones ph JOIN pages p ON p.id = ph.page_id
WHERE ph.valid = 1 AND ph.country = 'NL' AND ph.e164 LIKE '+31%'
ORDER BY ph.e164, p.fetched_at, p.url
"""


@dataclass
class AcmList:
    rows: list[dict[str, Any]]
    official_skipped: list[str]  # brand support numbers that were left out


def _fraud_lists(db: sqlite_utils.Database) -> dict[str, str]:
    if "fraud_numbers" not in db.table_names():
        return {}
    return dict(db.execute("SELECT e164, source FROM fraud_numbers").fetchall())


def acm_numbers(
    db: sqlite_utils.Database, status: str = "flagged", brands_file: Path = BRANDS_FILE
) -> AcmList:
    """The Dutch numbers on the selected domains, one row per number."""
    wanted = {row.domain for row in select_status(domain_rows(db), status)}
    official = official_numbers(brands_file)
    fraud = _fraud_lists(db)
    pages: dict[str, list[tuple]] = defaultdict(list)
    for e164, kind, domain, url, fetched_at, sha in db.execute(_SQL).fetchall():
        if domain in wanted:
            pages[e164].append((kind, domain, url, fetched_at, sha))
    rows, skipped = [], []
    for e164, seen in pages.items():
        if e164 in official:
            skipped.append(e164)
            continue
        rows.append(_row(e164, seen, fraud.get(e164)))
    return AcmList(rows, skipped)


def _row(e164: str, seen: list[tuple], fraud_source: str | None) -> dict[str, Any]:
    times = [fetched_at for _, _, _, fetched_at, _ in seen]
    return {
        "e164": e164,
        "kind": seen[0][0],
        "first_seen": min(times),
        "last_seen": max(times),
        "domains": sorted({domain for _, domain, _, _, _ in seen}),
        "evidence": [
            {"url": url, "fetched_at": fetched_at, "body_sha256": sha}
            for _, _, url, fetched_at, sha in seen
        ],
        "fraud_list": fraud_source,
    }
