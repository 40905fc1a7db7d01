"""A hand-built store for the reports tests, with expectations computed by hand.

Ten flagged domains: 4 registered in India (one spelled "in"), 3 privacy-shielded (one
behind a proxy showing its own country "PA", one "IS"), 1 .nl (not published by the
registry), 1 unknown, 1 US. Two more domains are not flagged. The queue's
`domain_status` view is replaced by a table of the same shape when a test wants
queue data (`install_queue`), and removed when it wants none (`remove_queue`).
"""

from __future__ import annotations

import json

import sqlite_utils

T = "T10:00:00+00:00"

# domain, privacy_state, registrant_country, registrar, created, first_seen, flagged
DOMAINS = [
    ("msft-hulp.com", "disclosed", "IN", "Alpha Registrar", "2024-06-20", "2024-07-01", 1),
    ("windows-support-nl.com", "disclosed", "IN", "Alpha Registrar", "2024-06-01", "2024-07-05", 1),
    ("apple-helpdesk.net", "disclosed", "in", "Beta Names", "2024-05-01", "2024-08-01", 1),
    ("norton-hulp.org", "disclosed", "IN", "Beta Names", "2023-01-15", "2024-08-10", 1),
    ("hulp-pc.com", "shielded", "IS", "Alpha Registrar", "2024-07-01", "2024-07-03", 1),
    ("mcafee-hulp.com", "shielded", None, "Gamma Domains", "2024-08-20", "2024-09-01", 1),
    ("avast-help.info", "shielded", "PA", "Gamma Domains", None, "2024-09-15", 1),
    ("computerhulp-snel.nl", "not_published", None, "Delta B.V.", "2024-09-01", "2024-09-20", 1),
    ("hp-printer-hulp.com", "unknown", None, None, None, "2024-10-02", 1),
    ("dell-support.us", "disclosed", "US", "Beta Names", "2024-09-25", "2024-10-05", 1),
    ("microsoft-nieuws.nl", "not_published", None, "Delta B.V.", None, "2024-07-02", 0),
    ("reparatie-thuis.nl", "not_published", None, "Delta B.V.", None, "2024-08-02", None),
]

# domain -> (brands, [(e164, country, kind, valid)], server_ip)
PAGES = {
    "msft-hulp.com": (["microsoft"], [("+31851111111", "NL", "voip", 1)], "203.0.113.10"),
    "windows-support-nl.com": (
        ["microsoft"],
        [("+31851111111", "NL", "voip", 1), ("+919812345678", "IN", "mobile", 1)],
        "203.0.113.20",
    ),
    "apple-helpdesk.net": (["apple"], [("+31202222222", "NL", "fixed_line", 1)], "198.51.100.5"),
    "norton-hulp.org": (["norton"], [("+442071234567", "GB", "fixed_line", 1)], "198.51.100.6"),
    "hulp-pc.com": (["microsoft", "apple"], [("+31851111111", "NL", "voip", 1)], "203.0.113.30"),
    "mcafee-hulp.com": (["mcafee"], [], None),
    "avast-help.info": (["avast"], [("+919812345679", "IN", "mobile", 1)], None),
    "computerhulp-snel.nl": (
        ["microsoft"],
        [("+31203333333", "NL", "fixed_line", 1), ("+31205001500", "NL", "fixed_line", 1)],
        None,
    ),
    "hp-printer-hulp.com": (["hp"], [("0800-HULP", None, "unknown", 0)], None),
    "dell-support.us": (["dell"], [("+18005550199", "US", "toll_free", 1)], None),
    "microsoft-nieuws.nl": (["microsoft"], [("+31205001500", "NL", "fixed_line", 1)], None),
    "reparatie-thuis.nl": ([], [("+31204444444", "NL", "fixed_line", 1)], None),
}

# domain -> (status, flagged_at, approved_at, ordered_at, offline_at)
QUEUE = {
    "msft-hulp.com": ("offline", "2024-07-01", "2024-07-08", "2024-07-10", "2024-07-14"),
    "windows-support-nl.com": ("offline", "2024-07-05", "2024-07-12", "2024-07-15", "2024-07-25"),
    "apple-helpdesk.net": ("offline", "2024-08-01", "2024-08-05", "2024-08-06", "2024-08-20"),
    "hulp-pc.com": ("offline", "2024-07-03", "2024-07-04", "2024-07-05", "2024-07-06"),
    "norton-hulp.org": ("in_review", "2024-08-10", None, None, None),
    "dell-support.us": ("new", "2024-10-06", None, None, None),
    "microsoft-nieuws.nl": ("rejected", "2024-07-02", None, None, None),
}


def _reasons(domain: str) -> str:
    return json.dumps(
        [
            {
                "indicator": "brand_lookalike_domain",
                "family": "domain",
                "points": 30.0,
                "evidence": domain,
                "explanation": "brand in the domain name",
            },
            {
                "indicator": "helpdesk_wording",
                "family": "impersonation",
                "points": 20.0,
                "evidence": "storing, hulp",
                "explanation": "helpdesk words",
            },
        ]
    )


def _insert_domain(db: sqlite_utils.Database, index: int, spec: tuple) -> None:
    domain, state, country, registrar, created, first_seen, flagged = spec
    db["domains"].insert(
        {
            "domain": domain,
            "domain_unicode": domain,
            "first_seen": first_seen + T,
            "last_seen": "2024-10-20" + T,
        }
    )
    db["registrations"].insert(
        {
            "domain": domain,
            "registrar": registrar,
            "registrant_country": country,
            "privacy": {"shielded": 1, "disclosed": 0}.get(state),
            "privacy_state": state,
            "created": created,
            "source": "rdap",
            "fetched_at": first_seen + T,
            "expires_cache_at": "2025-01-01" + T,
        }
    )
    if flagged is not None:
        db["scores"].insert(
            {
                "domain": domain,
                "total": 80.0 if flagged else 10.0,
                "band": "high" if flagged else "low",
                "flagged": flagged,
                "reasons": _reasons(domain),
                "rules_version": "test",
                "scored_at": first_seen + T,
            }
        )
    brands, phones, ip = PAGES[domain]
    for n, path in enumerate(("/", "/contact")):  # two pages: every count must be distinct
        page_id = index * 10 + n + 1
        db["pages"].insert(
            {
                "id": page_id,
                "url": f"https://www.{domain}{path}",
                "final_url": f"https://www.{domain}{path}",
                "domain": domain,
                "status": 200,
                "server_ip": ip,
                "body_sha256": None,
                "fetched_at": first_seen + f"T1{n}:00:00+00:00",
            }
        )
        db["page_brands"].insert_all(
            [{"page_id": page_id, "brand": b, "mentions": 3} for b in brands]
        )
        db["page_phones"].insert_all(
            [
                {
                    "page_id": page_id,
                    "e164": e164,
                    "raw": e164,
                    "kind": kind,
                    "country": cc,
                    "valid": valid,
                }
                for e164, cc, kind, valid in phones
            ]
        )


def build_store(db: sqlite_utils.Database, keep_view: bool = False) -> sqlite_utils.Database:
    """Fill a fresh, migrated store with the fixture and no queue data.

    Without `keep_view` the queue's view is dropped: the store as before the queue existed.
    """
    for index, spec in enumerate(DOMAINS):
        _insert_domain(db, index, spec)
    if not keep_view:
        remove_queue(db)
    return db


def fill_real_queue(db: sqlite_utils.Database) -> None:
    """QUEUE through the queue's own tables (cases, case_domains), read via its real view."""
    for case_id, (domain, row) in enumerate(QUEUE.items(), start=1):
        status, flagged_at, approved_at, ordered_at, offline_at = row
        db["cases"].insert(
            {
                "id": case_id,
                "status": status,
                "label": domain,
                "opened_at": flagged_at + T,
                "updated_at": flagged_at + T,
                "approved_at": approved_at and approved_at + T,
            }
        )
        db["case_domains"].insert(
            {
                "domain": domain,
                "case_id": case_id,
                "link_reason": "score",
                "added_at": flagged_at + T,
                "flagged_at": flagged_at + T,
                "ordered_at": ordered_at and ordered_at + T,
                "offline_at": offline_at and offline_at + T,
            }
        )


def remove_queue(db: sqlite_utils.Database) -> None:
    """Drop the domain_status view (or test table): as before the queue existed."""
    kind = db.execute("SELECT type FROM sqlite_master WHERE name = 'domain_status'").fetchone()
    if kind:
        db.execute(f"DROP {kind[0].upper()} domain_status")


def install_queue(db: sqlite_utils.Database) -> None:
    """Replace the queue's view with a table of the same columns holding QUEUE."""
    remove_queue(db)
    db.execute(
        "CREATE TABLE domain_status (domain TEXT, case_id INTEGER, status TEXT, flagged_at TEXT,"
        " approved_at TEXT, ordered_at TEXT, offline_at TEXT, reopened_at TEXT)"
    )
    for case_id, (domain, row) in enumerate(QUEUE.items(), start=1):
        status, flagged_at, approved_at, ordered_at, offline_at = row
        stamp = {
            k: (v + T if v else None)
            for k, v in {
                "flagged_at": flagged_at,
                "approved_at": approved_at,
                "ordered_at": ordered_at,
                "offline_at": offline_at,
            }.items()
        }
        db["domain_status"].insert(
            {"domain": domain, "case_id": case_id, "status": status, "reopened_at": None} | stamp
        )
