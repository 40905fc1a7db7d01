"""Writing hand-made crawl results into a real store, as the crawler's pipelines would,
for the facts-loader and rescoring tests."""

from __future__ import annotations

import json

import sqlite_utils

from core.evidence import store_body

SEEN = "2025-06-01T10:00:00+00:00"


def add_site(
    db: sqlite_utils.Database,
    domain: str,
    pages: list[dict],
    *,
    registration: dict | None = None,
    hosts: tuple[str, ...] = (),
    first_seen: str = SEEN,
) -> None:
    """One domain with its pages; each page dict: path, title, extraction, phones, fingerprint."""
    db["domains"].insert(
        {
            "domain": domain,
            "domain_unicode": domain,
            "first_seen": first_seen,
            "last_seen": first_seen,
        },
        replace=True,
    )
    host = hosts[0] if hosts else domain
    for page in pages:
        url = f"https://{host}{page.get('path', '/')}"
        body = json.dumps(page, sort_keys=True).encode()
        digest = store_body(db, body)
        page_id = (
            db["pages"]
            .insert(
                {
                    "url": url,
                    "final_url": url,
                    "domain": domain,
                    "status": 200,
                    "body_sha256": digest,
                    "fetched_at": first_seen,
                    "title": page.get("title", ""),
                    "language": "nl",
                    "fingerprint": page.get("fingerprint"),
                    "extraction": json.dumps(page.get("extraction", {})),
                }
            )
            .last_pk
        )
        for e164, kind, country in page.get("phones", []):
            db["page_phones"].insert(
                {
                    "page_id": page_id,
                    "e164": e164,
                    "raw": e164,
                    "kind": kind,
                    "country": country,
                    "valid": 1,
                }
            )
    if registration is not None:
        db["registrations"].insert(
            {"domain": domain, "fetched_at": SEEN, "expires_cache_at": SEEN, **registration},
            replace=True,
        )


def helpdesk_extraction(brand: str | None = "microsoft", **extra) -> dict:
    data = {
        "brands": {brand: 6} if brand else {},
        "brands_in_title": [brand] if brand else [],
        "helpdesk_terms": ["helpdesk", "storing", "bel nu"],
        "warning_terms": [],
        "business_terms": [],
        "remote_tools": ["anydesk"],
        "chat_widgets": [],
    }
    data.update(extra)
    return data


def warning_extraction() -> dict:
    return {
        "brands": {"microsoft": 2},
        "brands_in_title": ["microsoft"],
        "helpdesk_terms": ["helpdesk"],
        "warning_terms": ["oplichting", "waarschuwing", "politie"],
    }
