"""Writing one render to the store: evidence bodies, the rendered page, the renders row.

The rendered DOM is extracted like any fetched body (crawler.extract.page.extract_page)
and stored as a page of its own, with the same URL and a later fetch time, so the facts
loader (latest fetch per URL) scores what a visitor's browser showed. Its numbers carry
"render" in their sources; the ones the crawled page did not show are listed in
renders.phones_after_render. What the page did in the browser joins the extraction's
`locker_behaviours`. Nothing stored before is changed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from core.clock import now_iso
from core.evidence import store_body
from crawler.extract.page import PageExtraction, extract_page
from crawler.render.chromium import RenderOutcome

RENDER_SOURCE = "render"
RENDERED_TYPE = "text/html; charset=utf-8"


@dataclass(frozen=True)
class SourcePage:
    """The crawled fetch being rendered."""

    id: int
    url: str  # pages.url (Scrapy stores the last request's URL after redirects)
    domain: str
    server_ip: str | None = None
    server_ip_source: str | None = None
    requested_url: str = ""  # the first URL of the redirect chain: the browser opens this

    @property
    def open_url(self) -> str:
        return self.requested_url or self.url


def _insert_page(
    db: sqlite_utils.Database, source: SourcePage, outcome: RenderOutcome, dom_sha: str,
    ext: PageExtraction, run_id: int | None,
) -> int:  # fmt: skip
    data = ext.to_json_dict()
    static = data.get("locker_behaviours") or []
    data["locker_behaviours"] = sorted(set(static) | set(outcome.behaviours))
    data["rendered_from_page"] = source.id
    final_url = outcome.final_url or source.url
    cur = db.execute(
        "INSERT OR IGNORE INTO pages (run_id, url, final_url, domain, status, headers, "
        "redirect_chain, redirect_hops, server_ip, server_ip_source, body_sha256, content_type, "
        "fetched_at, title, language, fingerprint, extraction) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [run_id, source.url, final_url, source.domain, outcome.status,
         json.dumps(outcome.headers), json.dumps([h["url"] for h in outcome.hops] or [final_url]),
         json.dumps(outcome.hops), source.server_ip, source.server_ip_source, dom_sha,
         RENDERED_TYPE, now_iso(), ext.title, ext.language, ext.fingerprint, json.dumps(data)],
    )  # fmt: skip
    if cur.rowcount:
        return int(cur.lastrowid or 0)
    row = db.execute(
        "SELECT id FROM pages WHERE url = ? AND body_sha256 = ?", [source.url, dom_sha]
    ).fetchone()
    return int(row[0])


def _insert_phones(db: sqlite_utils.Database, page_id: int, ext: PageExtraction) -> None:
    db.conn.executemany(
        "INSERT OR IGNORE INTO page_phones "
        "(page_id, e164, raw, kind, country, valid, role, sources) VALUES (?,?,?,?,?,?,?,?)",
        [
            (page_id, p.e164, p.raw, p.kind, p.country, int(p.valid), p.role,
             ",".join(dict.fromkeys([*p.sources, RENDER_SOURCE])))
            for p in ext.phones
        ],
    )  # fmt: skip
    in_title = set(ext.brands_in_title)
    db.conn.executemany(
        "INSERT OR IGNORE INTO page_brands (page_id, brand, mentions, in_title) VALUES (?,?,?,?)",
        [(page_id, b, n, int(b in in_title)) for b, n in ext.brands.items()],
    )


def _static_numbers(db: sqlite_utils.Database, page_id: int) -> set[str]:
    return {e for (e,) in db.execute("SELECT e164 FROM page_phones WHERE page_id = ?", [page_id])}


def save_render(
    db: sqlite_utils.Database, source: SourcePage, outcome: RenderOutcome, *,
    run_id: int | None, browser: str,
) -> dict[str, Any]:  # fmt: skip
    """Store one render (in the caller's transaction); returns the renders row written."""
    shot = store_body(db, outcome.screenshot) if outcome.screenshot else None
    dom = store_body(db, outcome.dom) if outcome.dom else None
    render_page_id, after = None, []
    if dom is not None:
        ext = extract_page(outcome.dom, url=outcome.final_url or source.url,
                           headers={"content-type": RENDERED_TYPE})  # fmt: skip
        render_page_id = _insert_page(db, source, outcome, dom, ext, run_id)
        if render_page_id != source.id:
            _insert_phones(db, render_page_id, ext)
        static = _static_numbers(db, source.id)
        after = sorted({p.e164 for p in ext.phones if p.valid and p.e164 not in static})
    row = {
        "run_id": run_id, "page_id": source.id, "render_page_id": render_page_id,
        "domain": source.domain, "url": source.open_url, "final_url": outcome.final_url or None,
        "rendered_at": now_iso(), "state": outcome.state, "reasons": json.dumps(outcome.reasons),
        "status": outcome.status, "redirect_hops": json.dumps(outcome.hops),
        "screenshot_sha256": shot, "dom_sha256": dom,
        "behaviours": json.dumps(outcome.behaviours), "events": json.dumps(outcome.events),
        "blocked": json.dumps(outcome.blocked), "images": json.dumps(outcome.images),
        "phones_after_render": json.dumps(after), "browser": browser,
        "duration_ms": outcome.duration_ms,
    }  # fmt: skip
    # A page rendered again (`nephelpdesk render --again`) keeps only its latest render.
    db.execute("DELETE FROM renders WHERE page_id = ?", [source.id])
    db.execute(
        f"INSERT INTO renders ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
        list(row.values()),
    )
    return row
