"""The domain record of the interface contract (DESIGN.md), built from the store.

Used by `check --json` and by the domain export: domain, domain_unicode, first_seen,
last_seen, urls, phones (E.164), brands, score, band, flagged, reasons, registrar,
registrant_country, privacy, created, queue_status.
"""

from __future__ import annotations

import json
from typing import Any

import sqlite_utils


def _has(db: sqlite_utils.Database, name: str) -> bool:
    return db.execute(
        "SELECT 1 FROM sqlite_master WHERE name = ? AND type IN ('table', 'view')", [name]
    ).fetchone() is not None


def domain_record(db: sqlite_utils.Database, domain: str) -> dict[str, Any] | None:
    row = db.execute(
        "SELECT domain, domain_unicode, first_seen, last_seen FROM domains WHERE domain = ?",
        [domain],
    ).fetchone()
    if row is None:
        return None
    record: dict[str, Any] = dict(zip(("domain", "domain_unicode", "first_seen", "last_seen"), row))
    record["urls"] = [r[0] for r in db.execute(
        "SELECT DISTINCT final_url FROM pages WHERE domain = ? ORDER BY final_url", [domain])]
    record["phones"] = [r[0] for r in db.execute(
        "SELECT DISTINCT pp.e164 FROM page_phones pp JOIN pages p ON p.id = pp.page_id "
        "WHERE p.domain = ? AND pp.valid = 1 ORDER BY pp.e164", [domain])]
    record["brands"] = [r[0] for r in db.execute(
        "SELECT DISTINCT pb.brand FROM page_brands pb JOIN pages p ON p.id = pb.page_id "
        "WHERE p.domain = ? ORDER BY pb.brand", [domain])]
    record.update(_score(db, domain))
    record.update(_registration(db, domain))
    record["queue_status"] = _queue_status(db, domain)
    return record


def _score(db: sqlite_utils.Database, domain: str) -> dict[str, Any]:
    row = db.execute(
        "SELECT total, band, flagged, reasons FROM scores WHERE domain = ?", [domain]
    ).fetchone() if _has(db, "scores") else None
    if row is None:
        return {"score": None, "band": None, "flagged": False, "reasons": []}
    reasons = [
        {"indicator": r.get("indicator"), "points": r.get("points"), "evidence": r.get("evidence"),
         "family": r.get("family"), "explanation": r.get("explanation", "")}
        for r in json.loads(row[3])
    ]
    return {"score": row[0], "band": row[1], "flagged": bool(row[2]), "reasons": reasons}


def _registration(db: sqlite_utils.Database, domain: str) -> dict[str, Any]:
    row = db.execute(
        "SELECT registrar, registrant_country, privacy, privacy_state, created, expires, source "
        "FROM registrations WHERE domain = ?", [domain]
    ).fetchone() if _has(db, "registrations") else None
    if row is None:
        return {"registrar": None, "registrant_country": None, "privacy": None,
                "privacy_state": "unknown", "created": None}
    return {"registrar": row[0], "registrant_country": row[1],
            "privacy": None if row[2] is None else bool(row[2]), "privacy_state": row[3],
            "created": row[4]}


def _queue_status(db: sqlite_utils.Database, domain: str) -> str | None:
    if not _has(db, "domain_status"):
        return None
    row = db.execute("SELECT status FROM domain_status WHERE domain = ?", [domain]).fetchone()
    return row[0] if row else None
