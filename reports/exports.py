"""The domain export of the interface contract (DESIGN.md, `nephelpdesk export domains`).

One record per domain seen: domain, domain_unicode, first_seen, last_seen, urls, phones
(E.164, valid numbers only), brands, score, band, flagged, reasons [{indicator, points,
evidence}], registrar, registrant_country, privacy, created, queue_status.

`registrant_country` here is the registry's value (ISO alpha-2 or null), not the
statistics category. In CSV, lists are joined with ";" and reasons are a JSON string
(reports/output.py); `parse_domains_csv` reads such a file back.
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from typing import Any

import sqlite_utils

from reports.source import DomainRow, domain_rows, select_status

COLUMNS = [
    "domain",
    "domain_unicode",
    "first_seen",
    "last_seen",
    "urls",
    "phones",
    "brands",
    "score",
    "band",
    "flagged",
    "reasons",
    "registrar",
    "registrant_country",
    "privacy",
    "created",
    "queue_status",
]
LIST_COLUMNS = ("urls", "phones", "brands")
BOOL_COLUMNS = ("flagged", "privacy")


def page_urls(db: sqlite_utils.Database) -> dict[str, list[str]]:
    """Distinct page URLs (as requested) per domain, sorted."""
    out: dict[str, list[str]] = defaultdict(list)
    for domain, url in db.execute("SELECT DISTINCT domain, url FROM pages ORDER BY url"):
        out[domain].append(url)
    return out


def reasons_of(raw: str | None) -> list[dict[str, Any]]:
    """The contract's reasons from scores.reasons; unreadable JSON is kept as evidence."""
    if not raw:
        return []
    try:
        reasons = json.loads(raw)
    except json.JSONDecodeError:
        return [{"indicator": "unreadable_reasons", "points": None, "evidence": raw}]
    # The contract's three keys first; family and explanation (words a prosecutor can
    # read) ride along where scoring recorded them.
    return [
        {"indicator": r.get("indicator"), "points": r.get("points"), "evidence": r.get("evidence")}
        | {k: r[k] for k in ("family", "explanation") if r.get(k)}
        for r in reasons
        if isinstance(r, dict)
    ]


def domain_record(row: DomainRow, urls: list[str]) -> dict[str, Any]:
    return {
        "domain": row.domain,
        "domain_unicode": row.domain_unicode,
        "first_seen": row.first_seen,
        "last_seen": row.last_seen,
        "urls": urls,
        "phones": [p.e164 for p in row.phones if p.valid],
        "brands": row.brands,
        "score": row.score,
        "band": row.band,
        "flagged": row.flagged,
        "reasons": reasons_of(row.reasons),
        "registrar": row.registrar,
        "registrant_country": row.registrant_country,
        "privacy": row.privacy,
        "created": row.created,
        "queue_status": row.status,
    }


def domain_records(
    db: sqlite_utils.Database, status: str = "all", domain: str | None = None
) -> list[dict[str, Any]]:
    """Every domain (or those in `status`, or just `domain`) as a contract record."""
    rows = select_status(domain_rows(db), status)
    if domain is not None:
        rows = [r for r in rows if r.domain == domain]
    urls = page_urls(db)
    return [domain_record(row, urls.get(row.domain, [])) for row in rows]


def _parse_cell(name: str, cell: str) -> Any:
    if name in LIST_COLUMNS:
        return cell.split(";") if cell else []
    if name == "reasons":
        return json.loads(cell) if cell else []
    if cell == "":
        return None
    if name in BOOL_COLUMNS:
        return cell == "true"
    if name == "score":
        return float(cell)
    return cell


def parse_domains_csv(text: str) -> list[dict[str, Any]]:
    """Read a CSV domain export back into records equal to the JSON export's."""
    return [
        {name: _parse_cell(name, cell) for name, cell in row.items()}
        for row in csv.DictReader(io.StringIO(text))
    ]
