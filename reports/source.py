"""Reading the store for reports: one row per registered domain, with what analysts count.

Reports only read. The queue's `domain_status` view (takedown_queue/schema.py) is used
when the store has it; without it every domain's queue status, approval and takedown
times are None, so the `approved` and `offline` selections are empty.
"""

from __future__ import annotations

import ipaddress
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from core.errors import StoreError

REQUIRED_TABLES = ("domains", "pages", "page_phones", "page_brands", "registrations", "scores")
QUEUE_VIEW = "domain_status"
STATUSES = ("flagged", "approved", "offline", "all")
QUEUE_COLUMNS = ("status", "case_id", "flagged_at", "approved_at", "ordered_at", "offline_at")

_BASE_SQL = """
SELECT d.domain, d.domain_unicode, d.first_seen, d.last_seen,
       r.registrar, r.registrant_country, r.privacy, r.privacy_state, r.created,
       s.total AS score, s.band, s.flagged, s.reasons,
       {queue}
FROM domains d
LEFT JOIN registrations r ON r.domain = d.domain
LEFT JOIN scores s ON s.domain = d.domain
{queue_join}
ORDER BY d.domain
"""

# The latest case per domain: SQLite takes the bare columns from the row holding max(case_id).
_QUEUE_JOIN = """
LEFT JOIN (SELECT domain, status, flagged_at, approved_at, ordered_at, offline_at,
                  max(case_id) AS case_id
           FROM domain_status GROUP BY domain) q ON q.domain = d.domain
"""


@dataclass
class Phone:
    e164: str
    country: str | None
    kind: str
    valid: bool


@dataclass
class DomainRow:
    """What reports know about one registered domain."""

    domain: str
    domain_unicode: str
    first_seen: str
    last_seen: str
    registrar: str | None
    registrant_country: str | None
    privacy: bool | None
    privacy_state: str
    created: str | None
    score: float | None
    band: str | None
    flagged: bool
    reasons: str | None
    status: str | None = None
    case_id: int | None = None
    flagged_at: str | None = None
    approved_at: str | None = None
    ordered_at: str | None = None
    offline_at: str | None = None
    phones: list[Phone] = field(default_factory=list)
    brands: list[str] = field(default_factory=list)
    server_ip: str | None = None

    @property
    def tld(self) -> str:
        # domains.domain is already a registered domain; its suffix is all after the label.
        return self.domain.split(".", 1)[1] if "." in self.domain else self.domain


def require_tables(db: sqlite_utils.Database) -> None:
    """Raise StoreError when the store lacks a table reports read (not a nephelpdesk store)."""
    present = set(db.table_names())
    missing = [name for name in REQUIRED_TABLES if name not in present]
    if missing:
        raise StoreError(
            f"store has no table {missing[0]!r}: not a nephelpdesk store, or run a crawl first"
        )


def has_queue_view(db: sqlite_utils.Database) -> bool:
    """Whether the queue's domain_status view (or a table of that name) exists."""
    row = db.execute(
        "SELECT 1 FROM sqlite_master WHERE name = ? AND type IN ('view', 'table')", [QUEUE_VIEW]
    ).fetchone()
    return row is not None


def _base_sql(with_queue: bool) -> str:
    if with_queue:
        queue = ", ".join(f"q.{name}" for name in QUEUE_COLUMNS)
        return _BASE_SQL.format(queue=queue, queue_join=_QUEUE_JOIN)
    queue = ", ".join(f"NULL AS {name}" for name in QUEUE_COLUMNS)
    return _BASE_SQL.format(queue=queue, queue_join="")


def _to_row(record: dict[str, Any]) -> DomainRow:
    record["privacy"] = None if record["privacy"] is None else bool(record["privacy"])
    record["privacy_state"] = record["privacy_state"] or "unknown"
    record["flagged"] = bool(record["flagged"])
    return DomainRow(**record)


def _phones(db: sqlite_utils.Database) -> dict[str, list[Phone]]:
    out: dict[str, dict[str, Phone]] = defaultdict(dict)
    sql = """SELECT DISTINCT p.domain, ph.e164, ph.country, ph.kind, ph.valid
             FROM page_phones ph JOIN pages p ON p.id = ph.page_id ORDER BY ph.e164"""
    for domain, e164, country, kind, valid in db.execute(sql).fetchall():
        out[domain].setdefault(e164, Phone(e164, country, kind, bool(valid)))
    return {domain: list(phones.values()) for domain, phones in out.items()}


def _brands(db: sqlite_utils.Database) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    sql = """SELECT DISTINCT p.domain, b.brand FROM page_brands b
             JOIN pages p ON p.id = b.page_id ORDER BY b.brand"""
    for domain, brand in db.execute(sql).fetchall():
        out[domain].append(brand)
    return out


def _server_ips(db: sqlite_utils.Database) -> dict[str, str]:
    """The server IP of each domain's most recently fetched page that has one."""
    sql = """SELECT domain, server_ip, max(fetched_at) FROM pages
             WHERE server_ip IS NOT NULL AND server_ip != '' GROUP BY domain"""
    return {domain: ip for domain, ip, _ in db.execute(sql).fetchall()}


def domain_rows(db: sqlite_utils.Database) -> list[DomainRow]:
    """Every domain seen, with registration, score, queue state, phones, brands and IP."""
    require_tables(db)
    try:
        cursor = db.execute(_base_sql(has_queue_view(db)))
        names = [c[0] for c in cursor.description]
        rows = [_to_row(dict(zip(names, values, strict=True))) for values in cursor.fetchall()]
        phones, brands, ips = _phones(db), _brands(db), _server_ips(db)
    except sqlite3.OperationalError as exc:
        raise StoreError(f"cannot read the store: {exc}") from exc
    for row in rows:
        row.phones = phones.get(row.domain, [])
        row.brands = brands.get(row.domain, [])
        row.server_ip = ips.get(row.domain)
    return rows


def select_status(rows: list[DomainRow], status: str) -> list[DomainRow]:
    """The rows in a selection: flagged now, approved (ever), taken offline (ever), or all."""
    if status == "all":
        return list(rows)
    if status == "flagged":
        return [r for r in rows if r.flagged]
    if status == "approved":
        return [r for r in rows if r.approved_at and r.status != "rejected"]
    if status == "offline":
        return [r for r in rows if r.offline_at]
    raise ValueError(f"unknown status {status!r}: use one of {', '.join(STATUSES)}")


def network_of(ip: str | None) -> str:
    """The network an IP belongs to, as its /24 (IPv4) or /48 (IPv6).

    No ASN database is available offline, so the network is the address block, not the
    hosting company; "unknown" when no page recorded an IP.
    """
    if not ip:
        return "unknown"
    try:
        address = ipaddress.ip_address(ip.strip())
    except ValueError:
        return "unknown"
    prefix = 24 if address.version == 4 else 48
    return str(ipaddress.ip_network(f"{address}/{prefix}", strict=False))
