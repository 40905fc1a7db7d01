"""How the case page and the bundle show the fetch record and the rendered evidence.

Read-only over the crawler's `pages` columns (redirect hops, server IP and how it was
obtained, headers, TLS certificate) and the render stage's `renders` table. The
screenshot is served by SHA-256 as an image; the rendered DOM only ever as inert
evidence (never as live HTML).
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

import sqlite_utils

from core.evidence import load_body

IP_SOURCES = {
    "connected": "address of the server the crawler connected to",
    "resolved": "the host name's address at fetch time (looked up, not connected: fetched through a proxy)",
}


def _json(value: Any, default: Any) -> Any:
    try:
        loaded = json.loads(value) if isinstance(value, str) else value
    except json.JSONDecodeError:
        return default
    return default if loaded is None else loaded


def fetch_record(db: sqlite_utils.Database, page: dict[str, Any]) -> dict[str, Any]:
    """The fetch record of one stored page, ready for a template."""
    row = db.execute(
        "SELECT redirect_chain, redirect_hops, headers, server_ip_source, tls, extraction "
        "FROM pages WHERE id = ?",
        [page["id"]],
    ).fetchone()
    if row is None:
        return {}
    chain, hops, headers, source, tls, extraction = row
    hops = _json(hops, []) or [{"url": url, "status": None} for url in _json(chain, [])]
    return {
        "requested_url": hops[0]["url"] if hops else page.get("url"),
        "hops": hops,
        "headers": _json(headers, {}),
        "server_ip_source": source,
        "server_ip_how": IP_SOURCES.get(source or "", "not recorded"),
        "tls": _json(tls, None),
        "rendered_from": _json(extraction, {}).get("rendered_from_page"),
    }


def renders_for(db: sqlite_utils.Database, domain: str) -> list[dict[str, Any]]:
    """The domain's renders, newest first (none when the render stage never ran)."""
    try:
        cursor = db.execute(
            "SELECT id, page_id, render_page_id, url, final_url, rendered_at, state, reasons, "
            "status, redirect_hops, screenshot_sha256, dom_sha256, behaviours, events, blocked, "
            "images, phones_after_render, duration_ms FROM renders WHERE domain = ? "
            "ORDER BY rendered_at DESC, id DESC",
            [domain],
        )
    except sqlite3.OperationalError:
        return []
    keys = [d[0] for d in cursor.description]
    rows = [dict(zip(keys, r, strict=True)) for r in cursor]
    for row in rows:
        for key in ("reasons", "redirect_hops", "behaviours", "blocked", "images",
                    "phones_after_render"):  # fmt: skip
            row[key] = _json(row[key], [])
        row["events"] = _json(row["events"], {})
    return rows


def is_screenshot(db: sqlite_utils.Database, sha256: str) -> bool:
    try:
        row = db.execute(
            "SELECT 1 FROM renders WHERE screenshot_sha256 = ? LIMIT 1", [sha256]
        ).fetchone()
    except sqlite3.OperationalError:
        return False
    return row is not None


def bundle_files(db: sqlite_utils.Database, case: dict[str, Any]) -> dict[str, bytes]:
    """screenshots/<sha256>.png beside the snapshots, and renders.json describing them."""
    files: dict[str, bytes] = {}
    described: dict[str, list[dict[str, Any]]] = {}
    for domain in case["domains"]:
        described[domain["domain"]] = domain.get("renders", [])
        for render in domain.get("renders", []):
            sha = render["screenshot_sha256"]
            data = load_body(db, sha) if sha else None
            if data is not None:
                files[f"screenshots/{sha}.png"] = data
    if any(described.values()):
        files["renders.json"] = json.dumps(described, indent=2, ensure_ascii=False).encode()
    return files
