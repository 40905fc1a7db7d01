"""Opening cases, adding domains to them, and the per-case summary used for filtering."""

from __future__ import annotations

import hashlib
import json

import sqlite_utils

from core.clock import now_iso
from takedown_queue import audit
from takedown_queue.states import SYSTEM
from takedown_queue.txn import write_txn


def evidence_key(db: sqlite_utils.Database, domain: str) -> str:
    """Digest of what makes a site what it is: its phone numbers, page templates and
    brands. A rejected domain whose key changes has changed materially."""
    phones = [
        r[0]
        for r in db.execute(
            "SELECT DISTINCT pp.e164 FROM page_phones pp JOIN pages p ON p.id = pp.page_id"
            " WHERE p.domain = ? ORDER BY 1",
            [domain],
        )
    ]
    prints = [
        r[0]
        for r in db.execute(
            "SELECT DISTINCT fingerprint FROM pages WHERE domain = ? AND fingerprint IS NOT NULL"
            " ORDER BY 1",
            [domain],
        )
    ]
    brands = [
        r[0]
        for r in db.execute(
            "SELECT DISTINCT pb.brand FROM page_brands pb JOIN pages p ON p.id = pb.page_id"
            " WHERE p.domain = ? ORDER BY 1",
            [domain],
        )
    ]
    text = json.dumps([phones, prints, brands])
    return hashlib.sha256(text.encode()).hexdigest()


def open_case(
    db: sqlite_utils.Database,
    domain: str,
    *,
    reason: str,
    campaign_key: str | None,
    linked_case_id: int | None = None,
) -> int:
    now = now_iso()
    with write_txn(db):
        cursor = db.execute(
            "INSERT INTO cases (status, label, opened_at, updated_at, campaign_key, linked_case_id)"
            " VALUES ('new', ?, ?, ?, ?, ?)",
            [domain, now, now, campaign_key, linked_case_id],
        )
        case_id = int(cursor.lastrowid or 0)
        _insert_domain(db, case_id, domain, reason, now)
        audit.append(
            db,
            actor=SYSTEM,
            action="open",
            case_id=case_id,
            why=reason,
            details={"to": "new", "domain": domain, "linked_case_id": linked_case_id},
        )
        refresh_summary(db, case_id)
    return case_id


def join_case(
    db: sqlite_utils.Database, case_id: int, domain: str, *, reason: str, key: str | None = None
) -> None:
    """Add a domain to an open case; bumps its version so a reviewer who read the case
    before the new domain arrived must reload before deciding."""
    now = now_iso()
    with write_txn(db):
        _insert_domain(db, case_id, domain, reason, now)
        db.execute(
            "UPDATE cases SET version = version + 1, updated_at = ?,"
            " campaign_key = coalesce(campaign_key, ?) WHERE id = ?",
            [now, key, case_id],
        )
        audit.append(
            db, actor=SYSTEM, action="join", case_id=case_id, why=reason, details={"domain": domain}
        )
        refresh_summary(db, case_id)


def _insert_domain(
    db: sqlite_utils.Database, case_id: int, domain: str, reason: str, now: str
) -> None:
    flagged = db.execute("SELECT scored_at FROM scores WHERE domain = ?", [domain]).fetchone()
    db.execute(
        "INSERT INTO case_domains (domain, case_id, link_reason, added_at, flagged_at,"
        " evidence_key) VALUES (?, ?, ?, ?, ?, ?)",
        [domain, case_id, reason, now, flagged[0] if flagged else now, evidence_key(db, domain)],
    )


def refresh_summary(db: sqlite_utils.Database, case_id: int) -> None:
    """Recompute the columns the queue filters on (score, brands, countries, age)."""
    db.execute(
        """
        UPDATE cases SET
          top_score = coalesce((SELECT max(s.total) FROM scores s JOIN case_domains cd
                                ON cd.domain = s.domain WHERE cd.case_id = :id), 0),
          brands = coalesce((SELECT ',' || group_concat(brand, ',') || ',' FROM (
                     SELECT DISTINCT pb.brand FROM page_brands pb JOIN pages p ON p.id = pb.page_id
                     JOIN case_domains cd ON cd.domain = p.domain WHERE cd.case_id = :id
                     ORDER BY 1)), ''),
          countries = coalesce((SELECT ',' || group_concat(c, ',') || ',' FROM (
                     SELECT DISTINCT CASE
                         WHEN r.privacy_state = 'shielded' THEN 'privacy'
                         WHEN r.privacy_state = 'not_published' THEN 'not_published'
                         ELSE r.registrant_country END AS c
                     FROM registrations r JOIN case_domains cd ON cd.domain = r.domain
                     WHERE cd.case_id = :id AND c IS NOT NULL ORDER BY 1)), ''),
          newest_created = (SELECT max(r.created) FROM registrations r JOIN case_domains cd
                            ON cd.domain = r.domain WHERE cd.case_id = :id),
          domain_count = (SELECT count(*) FROM case_domains WHERE case_id = :id)
        WHERE id = :id
        """,
        {"id": case_id},
    )


def split_off(
    db: sqlite_utils.Database, source: int, domains: list[str], *, linked_to: int, limit: int
) -> int:
    """Move `domains` out of an oversized open case into a new case that continues the
    campaign (linked to `linked_to`, the part before it); both steps are logged."""
    now = now_iso()
    why = f"campaign case {source} held more than {limit} domains: continued in a new case"
    with write_txn(db):
        key = db.execute("SELECT campaign_key FROM cases WHERE id = ?", [source]).fetchone()[0]
        cursor = db.execute(
            "INSERT INTO cases (status, label, opened_at, updated_at, campaign_key, linked_case_id)"
            " VALUES ('new', ?, ?, ?, ?, ?)",
            [domains[0], now, now, key, linked_to],
        )
        case_id = int(cursor.lastrowid or 0)
        marks = ",".join("?" * len(domains))
        db.execute(
            f"UPDATE case_domains SET case_id = ?, link_reason = link_reason || ?"
            f" WHERE case_id = ? AND domain IN ({marks})",
            [case_id, f"; moved from case {source} (full at {limit} domains)", source, *domains],
        )
        db.execute(
            "UPDATE cases SET version = version + 1, updated_at = ? WHERE id = ?", [now, source]
        )
        details = {"domains": domains, "from_case": source}
        audit.append(db, actor=SYSTEM, action="open", case_id=case_id, why=why,
                     details={**details, "to": "new", "linked_case_id": linked_to})  # fmt: skip
        audit.append(db, actor=SYSTEM, action="split", case_id=source, why=why,
                     details={**details, "to_case": case_id})  # fmt: skip
        refresh_summary(db, case_id)
        refresh_summary(db, source)
    return case_id
