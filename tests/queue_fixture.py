"""A realistic small store for the review-queue tests, built by inserting rows into the
crawler's, registration's and scoring's tables the way those stages write them.

Campaign: two Microsoft helpdesks share a phone number; an Apple helpdesk reuses the
first one's template with a different number. A Norton site carries XSS payloads in its
title, body, URL and WHOIS registrar. One repair shop is not flagged, one flagged
domain is allow-listed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import sqlite_utils

from core.evidence import store_body
from core.store import open_store

XSS = "<script>window.__xss=1;alert(1)</script>"
XSS_IMG = '<img src=x onerror="window.__xss=1;alert(1)">'
SHARED_PHONE = "+31851234567"
FP_A = "f0f0f0f0aaaa5555"
FP_A_CLONE = "f0f0f0f0aaaa5552"  # 2 bits from FP_A
FP_B = "0123456789abcdef"
FP_D = "ffff0000ffff0000"

SITES: list[dict[str, Any]] = [
    {
        "domain": "microsoft-hulp-helpdesk.nl",
        "phone": SHARED_PHONE,
        "fp": FP_A,
        "brand": "microsoft",
        "total": 85.0,
        "country": "IN",
        "privacy": "disclosed",
        "registrar": "Voorbeeld Registrar B.V.",
        "created": "2024-05-02",
        "title": "Microsoft Helpdesk Nederland - bel 085 123 4567",
        "body": "<html><head><title>Microsoft Helpdesk</title></head><body><h1>Microsoft"
        " storing?</h1><p>Bel 085 123 4567</p></body></html>",
    },
    {
        "domain": "windows-storing-hulp.com",
        "phone": SHARED_PHONE,
        "fp": FP_B,
        "brand": "microsoft",
        "total": 80.0,
        "country": None,
        "privacy": "shielded",
        "registrar": "Example Names Inc.",
        "created": "2024-06-10",
        "title": "Windows storing hulp",
        "body": "<html><body>Windows hulp 085-1234567</body></html>",
    },
    {
        "domain": "apple-support-bellen.nl",
        "phone": "+31201234567",
        "fp": FP_A_CLONE,
        "brand": "apple",
        "total": 75.0,
        "country": "IN",
        "privacy": "disclosed",
        "registrar": "Voorbeeld Registrar B.V.",
        "created": "2024-06-20",
        "title": "Apple Support bellen",
        "body": "<html><body>Apple support 020 123 4567</body></html>",
    },
    {
        "domain": "norton-helpdesk.online",
        "phone": "+31307654321",
        "fp": FP_D,
        "brand": "norton",
        "total": 70.0,
        "country": "US",
        "privacy": "disclosed",
        "registrar": f"Evil Registrar {XSS}",
        "created": "2024-07-01",
        "title": f"Norton hulp {XSS_IMG}{XSS}",
        "url": 'http://norton-helpdesk.online/?q="><script>window.__xss=1</script>',
        "body": f"<html><body><h1>Norton</h1>{XSS}{XSS_IMG}<p>Bel 030 765 4321</p></body></html>",
    },
    {
        "domain": "computerhulp-aan-huis.nl",
        "phone": "+31612345678",
        "fp": "1111111111111111",
        "brand": "microsoft",
        "total": 10.0,
        "flagged": 0,
        "country": "NL",
        "privacy": "disclosed",
        "registrar": "Nederlandse Registrar",
        "created": "2012-01-01",
        "title": "Computerhulp aan huis",
        "body": "<html><body>Reparatie</body></html>",
    },
    {
        "domain": "microsoft-officieel.nl",
        "phone": "+31205001500",
        "fp": "2222222222222222",
        "brand": "microsoft",
        "total": 60.0,
        "country": "NL",
        "privacy": "disclosed",
        "registrar": "Nederlandse Registrar",
        "created": "2010-01-01",
        "allow": True,
        "title": "Microsoft Nederland",
        "body": "<html><body>Officieel</body></html>",
    },
]
FLAGGED = [s["domain"] for s in SITES if s.get("flagged", 1) and not s.get("allow")]


def _reasons(site: dict[str, Any]) -> str:
    return json.dumps(
        [
            {
                "indicator": "brand_on_helpdesk_page",
                "family": "brand",
                "points": 30,
                "evidence": site["brand"],
                "explanation": "brand name next to helpdesk wording",
            },
            {
                "indicator": "phone_reused",
                "family": "phone",
                "points": 25,
                "evidence": site["phone"],
                "explanation": "number seen on other suspicious sites",
            },
        ]
    )


def add_site(db: sqlite_utils.Database, run_id: int, site: dict[str, Any]) -> None:
    domain, now = site["domain"], "2024-07-15T02:00:00+00:00"
    url = site.get("url", f"https://{domain}/")
    db.execute(
        "INSERT OR IGNORE INTO domains (domain, domain_unicode, first_seen, last_seen,"
        " first_run_id) VALUES (?, ?, ?, ?, ?)",
        [domain, domain, now, now, run_id],
    )
    sha = store_body(db, site["body"].encode())
    page = db.execute(
        "INSERT INTO pages (run_id, url, final_url, domain, status, headers, body_sha256,"
        " content_type, fetched_at, title, language, fingerprint, server_ip)"
        " VALUES (?, ?, ?, ?, 200, '{}', ?, 'text/html; charset=utf-8', ?, ?, 'nl', ?, ?)",
        [run_id, url, url, domain, sha, now, site["title"], site["fp"], "192.0.2.10"],
    ).lastrowid
    db.execute(
        "INSERT INTO page_phones (page_id, e164, raw, kind, country, valid) VALUES (?, ?, ?, 'fixed_line', 'NL', 1)",
        [page, site["phone"], site["phone"]],
    )
    db.execute("INSERT INTO page_brands VALUES (?, ?, 3, 1)", [page, site["brand"]])
    db.execute(
        "INSERT INTO search_hits (run_id, query, engine, result_page, rank, kind, url, title,"
        " domain, seen_at) VALUES (?, ?, 'searxng', 1, ?, 'organic', ?, ?, ?, ?)",
        [run_id, f"{site['brand']} helpdesk bellen", 3, url, site["title"], domain, now],
    )
    raw = f"Domain Name: {domain}\nRegistrar: {site['registrar']}\n".encode()
    db.execute(
        "INSERT INTO registrations (domain, registrar, registrant_country, privacy, privacy_state,"
        " created, source, abuse_email, abuse_phone, raw_sha256, fetched_at, expires_cache_at)"
        " VALUES (?, ?, ?, ?, ?, ?, 'whois', ?, '+1.5555550100', ?, ?, ?)",
        [
            domain,
            site["registrar"],
            site["country"],
            int(site["privacy"] == "shielded"),
            site["privacy"],
            site["created"],
            f"abuse@{domain.split('.')[0][:8]}-registrar.example",
            store_body(db, raw),
            now,
            now,
        ],
    )
    db.execute(
        "INSERT INTO scores (domain, total, band, flagged, reasons, rules_version, scored_at)"
        " VALUES (?, ?, 'high', ?, ?, 'test', ?)",
        [domain, site["total"], site.get("flagged", 1), _reasons(site), now],
    )
    if site.get("allow"):
        db.execute("INSERT INTO allow_list VALUES (?, 'official site', 'test', ?)", [domain, now])


def build_store(path: Path) -> sqlite_utils.Database:
    db = open_store(path)
    run_id = db.execute(
        "INSERT INTO runs (started, status) VALUES ('2024-07-15T02:00:00+00:00', 'finished')"
    ).lastrowid
    for site in SITES:
        add_site(db, int(run_id or 0), site)
    db.conn.commit()
    return db
